from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.evaluate import load_gold

ENT = {"doc": "d1", "entity": "Armenia", "type": "Country", "iso3": "ARM", "mentions": ["Armenia"]}
ENT2 = {"doc": "d1", "entity": "Russia", "type": "Country", "iso3": "RUS"}
FACT = {"doc": "d1", "s": "Armenia", "r": "requestsAssistance", "o": "Russia"}


def write(tmp_path, *lines):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return p


def test_load_fixture(gold_path):
    gold = load_gold(gold_path)
    assert list(gold.docs) == ["eval-a", "eval-b"]
    a = gold["eval-a"]
    assert list(a.entities)[:2] == ["Armenia", "Russia"]
    assert a.entities["Collective Security Treaty Organization"].aliases == ("CSTO",)
    assert len(a.facts) == 6 and len(a.required_facts) == 5
    opt = [f for f in a.facts if f.optional]
    assert [(f.s, f.r, f.o) for f in opt] == [("Nikol Pashinyan", "requestsAssistance", "Russia")]
    hr = a.facts[0]
    assert (hr.r, hr.role, hr.line) == ("holdsRole", "headOfGovernment", 8)
    assert a.facts[1].date == "2020-10-31"


def test_entities_may_follow_facts_and_blank_lines_are_skipped(tmp_path):
    gold = load_gold(write(tmp_path, FACT, "", ENT, ENT2))
    assert [(f.s, f.o, f.line) for f in gold["d1"].facts] == [("Armenia", "Russia", 1)]


@pytest.mark.parametrize("bad, needle", [
    ('{"doc": "d1", "entity": ', "bad JSON"),
    ("[1, 2]", "JSON object"),
    ({"doc": "d1", "s": "Armenia", "r": "requestsAssistance", "o": "Moscow"}, "'o' names 'Moscow'"),
    ({"doc": "d2", "s": "Armenia", "r": "requestsAssistance", "o": "Russia"}, "not an entity of doc 'd2'"),
    ({"doc": "d1", "s": "Armenia", "r": "befriends", "o": "Russia"}, "unknown relation 'befriends'"),
    ({"doc": "d1", "s": "Armenia", "r": "holdsRole", "o": "Russia"}, "needs a 'role'"),
    ({"doc": "d1", "s": "Armenia", "r": "holdsRole", "role": "king", "o": "Russia"}, "unknown role 'king'"),
    ({"doc": "d1", "s": "Armenia", "r": "visits", "o": "Russia", "date": "31/10/2020"}, "'date'"),
    ({"doc": "d1", "s": "Armenia", "r": "visits", "o": "Russia", "optional": "yes"}, "'optional'"),
    ({"doc": "d1", "entity": "Georgia", "type": "State"}, "unknown entity type 'State'"),
    ({"doc": "d1", "entity": "Georgia", "type": "Country", "iso3": "GE"}, "'iso3'"),
    ({"doc": "d1", "entity": "Armenia", "type": "Country"}, "duplicate entity 'Armenia'"),
    ({"entity": "Georgia", "type": "Country"}, "missing 'doc'"),
    ({"doc": "d1", "note": "?"}, "neither an entity"),
])
def test_bad_lines_raise_with_line_number(tmp_path, bad, needle):
    p = write(tmp_path, ENT, ENT2, bad)
    with pytest.raises(InputError) as exc:
        load_gold(p)
    msg = str(exc.value)
    assert exc.value.code == "E014"
    assert "line 3 " in msg and str(p) in msg
    assert needle in msg


def test_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError) as exc:
        load_gold(tmp_path / "nope.jsonl")
    assert exc.value.code == "E001"
    with pytest.raises(InputError) as exc:
        load_gold(write(tmp_path, ""))
    assert exc.value.code == "E002"
