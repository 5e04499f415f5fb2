from __future__ import annotations

import json

import pytest

from kg.evaluate import evaluate, read_predicted
from kg.evaluate.score import date_agreement

from .conftest import TEXT_A, ArticleBuilder, entities_a


def test_to_dict_is_json_and_stable(doc_a, gold_path):
    b = doc_a().fact("supports", "country:RUS", "country:ARM", "Rusia dan Armenia anggota")
    r = evaluate(b.graph(), gold_path)
    d = r.to_dict()
    text = json.dumps(d, ensure_ascii=False)
    assert json.dumps(evaluate(b.graph(), gold_path).to_dict(), ensure_ascii=False) == text
    assert list(d) == ["gold", "documents", "overall", "relations", "docs", "missing", "unscored", "unknown"]
    assert list(d["overall"]) == ["strict", "lenient", "entities", "dates", "planned"]
    assert d["overall"]["dates"] == {"same": 1, "coarser or finer": 0, "other": 0, "none": 0}
    assert d["overall"]["strict"] == {
        "precision": 0.833, "recall": 0.714, "f1": 0.769, "tp": 5, "fp": 1, "fn": 2, "optional": 0,
        "gold": 7, "predicted": 6,
    }
    assert d["overall"]["entities"]["recalled"] == 6 and d["overall"]["entities"]["gold"] == 9
    assert d["missing"] == ["eval-b"]
    a, b_ = d["docs"]
    assert a["doc"] == "eval-a" and a["found"] is True and b_["found"] is False
    assert a["false_positives"][0]["quotes"] == ["Rusia dan Armenia anggota"]
    assert [m["r"] for m in b_["missed"]] == ["holdsRole", "meetsWith"]
    assert list(d["relations"])[0] == "holdsRole"  # relation table order follows kg.relations


def test_to_text_headers_and_numbers(doc_a, gold_path):
    b = doc_a().fact("supports", "country:RUS", "country:ARM", "Rusia dan Armenia anggota")
    r = evaluate(b.graph(), gold_path)
    text = r.to_text()
    lines = text.splitlines()
    assert lines[0].startswith("Evaluation against ") and "2 documents" in lines[0]
    for header in ("Overall", "Per relation", "Per document"):
        assert header in lines
    assert any(l.startswith("Entity recall (Country, Organization, Person): 0.667 (6/9)") for l in lines)
    strict = next(l for l in lines if l.startswith("strict"))
    assert strict.split()[:4] == ["strict", "0.833", "0.714", "0.769"]
    assert any(l.startswith("eval-b (no prediction)") for l in lines)
    assert "Missed facts" not in text
    verbose = r.to_text(verbose=True)
    assert "== eval-a" in verbose and "Missed facts (2):" in verbose
    assert "Russia --supports--> Armenia" in verbose and '"Rusia dan Armenia anggota"' in verbose
    assert "Hamad bin Khalifa Al-Thani --holdsRole(monarch)--> Qatar" in verbose


def test_dataset_list_and_union_graph_read_alike(doc_a, doc_b, gold_path, make_dataset):
    ga = doc_a().graph()
    gb = (doc_b().entity("country:QAT", "Country", "Qatar", "QAT", ("Qatar",))
          .entity("country:ci", "Country", "Cote d'Ivoire", None, ("Cote d'Ivoire",))
          .fact("meetsWith", "country:QAT", "country:ci", "Qatar bertemu dengan delegasi Cote d'Ivoire")
          .graph())
    union = ga + gb  # one plain Graph holding both articles (like a Turtle export)
    outs = [evaluate(src, gold_path).to_dict() for src in (make_dataset(ga, gb), [ga, gb], union)]
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]["overall"]["strict"]["tp"] == 6


def test_read_predicted(doc_a, make_dataset):
    pred = read_predicted(make_dataset(doc_a().graph()))
    doc = pred["eval-a"]
    by_label = {e.label: e for e in doc.entities.values()}
    rus = by_label["Russia"]
    assert (rus.type, rus.iso3, rus.key, rus.mentions) == ("Country", "RUS", "country:RUS", ("Moskwa", "Rusia"))
    assert by_label["Nikol Pashinyan"].type == "Person"
    facts = {(by_label_of(doc, f.s), f.r, by_label_of(doc, f.o)): f for f in doc.facts}
    hr = facts[("Nikol Pashinyan", "holdsRole", "Armenia")]
    assert hr.role == "headOfGovernment" and hr.quotes == ("Perdana Menteri Armenia Nikol Pashinyan",)
    assert facts[("Armenia", "requestsAssistance", "Russia")].date == "2020-10-31"
    assert len(doc.facts) == 5


def by_label_of(doc, iri):
    return doc.entities[iri].label


@pytest.mark.parametrize("gold,predicted,agreement", [
    ("2020-10-31", {"2020-10-31", "2020-10"}, "same"),
    ("2020-10-31", {"2020-10"}, "coarser or finer"),
    ("2020-10", {"2020-10-30"}, "coarser or finer"),
    ("2020-10-31", {"2020-11-01"}, "other"),
    ("2020-10-31", set(), "none"),
])
def test_date_agreement(gold, predicted, agreement):
    assert date_agreement(gold, predicted) == agreement


def test_a_wrong_date_is_counted_and_listed(gold_path):
    b = entities_a(ArticleBuilder("eval-a", TEXT_A))
    b = b.fact("requestsAssistance", "country:ARM", "country:RUS", "Pashinyan meminta bantuan Moskwa", date="2020-10-30")
    r = evaluate(b.graph(), gold_path)
    assert r.dates == {"same": 0, "coarser or finer": 0, "other": 1, "none": 0}
    text = r.to_text(verbose=True)
    assert "Dates of matched facts the gold dates (1): same 0, coarser or finer 0, other 1, none 0" in text
    assert "  - Armenia --requestsAssistance--> Russia gold 2020-10-31, predicted 2020-10-30" in text


def test_planned_facts_are_counted_and_scored_like_the_others(doc_a, gold_path):
    b = doc_a().fact("supports", "country:RUS", "country:ARM", "Rusia dan Armenia anggota", modality="planned")
    r = evaluate(b.graph(), gold_path)
    assert r.planned == 1 and r.to_dict()["overall"]["planned"] == 1
    assert "announced as plans (kg:modality \"planned\", scored like the others): 1" in r.to_text()
