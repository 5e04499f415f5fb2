"""NER scoring (kg.evaluate.ner) on tiny hand-made gold files, and the ``kg evaluate-ner`` command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.evaluate.ner as ner_eval
from kg.cli import cli
from kg.errors import InputError
from kg.evaluate.ner import LabelScore, evaluate_ner, load_ner_gold, score_entities

DATA = Path(__file__).resolve().parents[1] / "data" / "ner"
GOLD_ID = DATA / "gold_id.jsonl"
GOLD_EN = DATA / "gold_en.jsonl"

# Hand-made predictions for gold_id.jsonl: two people right, "Kuala" alone (wrong span),
# "Bank Indonesia" as LOC (wrong label), "Piala Dunia" as MISC (EVT is not scored).
PRED_ID = [
    [(0, 11, "PER"), (20, 33, "PER"), (37, 42, "LOC")],
    [(0, 14, "LOC"), (41, 52, "MISC")],
    [],
]


def test_gold_labels_are_mapped_and_evt_dropped():
    docs = load_ner_gold(GOLD_ID)
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[0].entities == ((0, 11, "PER"), (20, 33, "PER"), (37, 49, "LOC"))
    assert docs[1].entities == ((0, 14, "ORG"),)
    assert docs[2].entities == ()
    assert docs[0].words[:2] == ("Joko", "Widodo")


def test_scores_exact_spans_per_label():
    gold = [d.entities for d in load_ner_gold(GOLD_ID)]
    scores = score_entities(gold, PRED_ID)
    assert scores["PER"] == LabelScore(tp=2, fp=0, fn=0)
    assert scores["LOC"] == LabelScore(tp=0, fp=2, fn=1)
    assert scores["ORG"] == LabelScore(tp=0, fp=0, fn=1)
    assert scores["MISC"] == LabelScore(tp=0, fp=1, fn=0)
    assert (scores["PER"].precision, scores["PER"].recall, scores["PER"].f1) == (1.0, 1.0, 1.0)
    assert scores["LOC"].f1 == 0.0


def test_micro_leaves_misc_out_unless_the_gold_has_it(monkeypatch):
    monkeypatch.setattr(ner_eval, "predict_entities", lambda docs, lang, system, model=None: PRED_ID)
    report = evaluate_ner(GOLD_ID, lang="id")
    assert not report.has_misc
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 2, 2)
    assert report.micro.f1 == 0.5
    assert [label for label, _ in report.rows()] == ["PER", "ORG", "LOC", "micro"]
    assert report.to_dict()["labels"]["micro"] == {
        "gold": 4, "predicted": 4, "tp": 2, "fp": 2, "fn": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5,
    }


def test_with_misc_in_the_gold_both_micros(monkeypatch):
    pred = [[(4, 37, "ORG"), (46, 56, "MISC"), (56, 67, "LOC")]]
    monkeypatch.setattr(ner_eval, "predict_entities", lambda docs, lang, system, model=None: pred)
    report = evaluate_ner(GOLD_EN, lang="en")
    assert report.has_misc
    rows = dict(report.rows())
    assert rows["micro"] == LabelScore(tp=1, fp=1, fn=1)
    assert rows["micro+MISC"] == LabelScore(tp=2, fp=1, fn=1)
    assert round(rows["micro+MISC"].f1, 4) == 0.6667


def test_bad_gold_record(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "a b", "tokens": ["a", "b"], "entities": [[0, 2, "PER"]]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\[E014\].*token boundaries"):
        load_ner_gold(bad)
    with pytest.raises(InputError, match=r"\[E001\]"):
        load_ner_gold(tmp_path / "missing.jsonl")


TABLE_ID = """\
gold_id.jsonl (lang id, system model): 3 sentences
label      |  gold |  pred |    tp |      P |      R |     F1
-----------+-------+-------+-------+--------+--------+-------
PER        |     2 |     2 |     2 | 100.00 | 100.00 | 100.00
ORG        |     1 |     0 |     0 |   0.00 |   0.00 |   0.00
LOC        |     1 |     2 |     0 |   0.00 |   0.00 |   0.00
micro      |     4 |     4 |     2 |  50.00 |  50.00 |  50.00
"""


def test_cli_prints_the_table(monkeypatch):
    monkeypatch.setattr(ner_eval, "predict_entities", lambda docs, lang, system, model=None: PRED_ID)
    r = CliRunner().invoke(cli, ["evaluate-ner", str(GOLD_ID), "--lang", "id"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert r.output == TABLE_ID


def test_cli_json(monkeypatch):
    monkeypatch.setattr(ner_eval, "predict_entities", lambda docs, lang, system, model=None: PRED_ID)
    r = CliRunner().invoke(cli, ["evaluate-ner", str(GOLD_ID), "--lang", "id", "--json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (report,) = json.loads(r.output)
    assert report["system"] == "model" and report["docs"] == 3
    assert report["labels"]["PER"]["f1"] == 1.0 and report["labels"]["micro"]["f1"] == 0.5


def test_cli_missing_file_is_a_one_line_error(tmp_path):
    r = CliRunner().invoke(cli, ["evaluate-ner", str(tmp_path / "nope.jsonl"), "--lang", "id"])
    assert r.exit_code == 1
    assert "[E001]" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("system", ["model", "combined"])
def test_cli_with_the_shipped_model(system):
    """The real model on the fixture: counts of gold entities do not depend on the model."""
    r = CliRunner().invoke(cli, ["evaluate-ner", str(GOLD_ID), "--system", system, "--json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    (report,) = json.loads(r.output)
    assert report["lang"] == "id" and report["system"] == system
    assert {k: v["gold"] for k, v in report["labels"].items()} == {"PER": 2, "ORG": 1, "LOC": 1, "micro": 4}


def test_combined_reads_the_products_spans_and_a_nationality_word_is_misc():
    from spacy.tokens import Doc

    from kg.nlp.pipeline import get_pipeline

    nlp = get_pipeline("en", ner=False)
    words = "Russian troops left Russia for Kyiv with Sola Hemp".split()
    doc = ner_eval._combined(nlp, Doc(nlp.vocab, words=words), [(7, 9, "PER")])
    assert ner_eval._kg_entities(doc) == [(0, 1, "MISC"), (3, 4, "LOC"), (5, 6, "LOC"), (7, 9, "PER")]
