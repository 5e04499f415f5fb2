"""Scoring extracted graphs against gold annotations (``SCHEMA.md`` format).

>>> report = evaluate(dataset, "gold/dev.jsonl")
>>> print(report.to_text(verbose=True))
>>> json.dumps(report.to_dict())

* :mod:`kg.evaluate.gold`: load and validate a gold JSONL file;
* :mod:`kg.evaluate.predicted`: read kg's RDF back into entities and facts in gold names;
* :mod:`kg.evaluate.score`: entity alignment and fact matching (strict and lenient);
* :mod:`kg.evaluate.report`: totals, per relation and per document tables.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from kg.evaluate.gold import Gold, GoldDoc, GoldEntity, GoldFact, load_gold
from kg.evaluate.predicted import PredDoc, PredEntity, PredFact, read_predicted
from kg.evaluate.report import Report
from kg.evaluate.score import Counts, DocScore, FalsePositive, align_entities, normalize, score_doc

__all__ = [
    "evaluate", "Report", "load_gold", "read_predicted", "score_doc", "align_entities", "normalize",
    "Gold", "GoldDoc", "GoldEntity", "GoldFact", "PredDoc", "PredEntity", "PredFact",
    "Counts", "DocScore", "FalsePositive",
]


def evaluate(dataset: object, gold_path: str | Path | Gold, docs: Iterable[str] | None = None) -> Report:
    """Score ``dataset`` (an rdflib Dataset, a Graph, or an iterable of per-article Graphs).

    Only documents present in the gold are scored (restricted to ``docs`` when given, in gold
    order); a gold document with no predicted article scores zero recall and is listed in
    :attr:`Report.missing`. Raises :class:`~kg.errors.InputError` for a bad gold file.
    """
    gold = gold_path if isinstance(gold_path, Gold) else load_gold(gold_path)
    pred = read_predicted(dataset)
    wanted = None if docs is None else list(dict.fromkeys([docs] if isinstance(docs, str) else docs))
    selected = [d for d in gold.docs if wanted is None or d in wanted]
    report = Report(gold_path=str(gold.path))
    report.docs = [score_doc(pred.get(d), gold.docs[d]) for d in selected]
    report.unknown = [d for d in (wanted or []) if d not in gold.docs]
    report.unscored = sorted(d for d in pred if d not in gold.docs)
    return report
