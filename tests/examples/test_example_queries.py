"""The example queries answer the analyst's questions on the seed article, and the seed scores."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.graph as kgg

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
QUERIES = ROOT / "examples" / "queries"


@pytest.fixture(scope="module")
def graph() -> kgg.KnowledgeGraph:
    return kgg.build([ROOT / "examples"])


def answer(graph, name: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) if v is not None else "" for v in row) for row in graph.query((QUERIES / name).read_text())]


def test_csto_members(graph):
    assert {r[1] for r in answer(graph, "01-csto-members.rq")} == {"Armenia", "Russia"}


def test_allies_of_azerbaijan(graph):
    assert [r[1] for r in answer(graph, "02-allies-of-azerbaijan.rq")] == ["Turkey"]


def test_treaties_between_armenia_and_russia(graph):
    rows = answer(graph, "03-treaties-armenia-russia.rq")
    assert ("organization", "Collective Security Treaty Organization", "") in rows
    agreements = [r for r in rows if r[0] == "agreement"]
    assert len(agreements) == 1 and agreements[0][2] == "1997" and "1997" in agreements[0][1]


def test_requests_for_help(graph):
    assert answer(graph, "04-requests-for-help.rq") == [("Armenia", "Russia", "2020-10-31")]


def test_evidence_points_into_the_article(graph):
    rows = answer(graph, "05-evidence.rq")
    assert rows
    text = (ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt").read_text(encoding="utf-8")
    for article, quote, start, end, rule, confidence, sentence in rows:
        assert article == "kompas-2020-10-31-armenia-russia"
        assert text[int(start) : int(end)] == quote and quote in sentence
        assert 0 < float(confidence) <= 1 and rule


@pytest.mark.skipif(not (SHARED / "gold" / "seed.jsonl").exists(), reason="shared gold not present")
def test_seed_scores_full_recall(graph):
    from kg.evaluate import evaluate

    report = evaluate(graph.dataset, SHARED / "gold" / "seed.jsonl").to_dict()["overall"]
    assert report["strict"]["recall"] == 1.0
    assert report["strict"]["precision"] >= 0.9
    assert report["entities"]["recall"] >= 0.9
