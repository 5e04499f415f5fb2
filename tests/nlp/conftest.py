from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import prepare
from kg.model import Article, Extraction
from kg.nlp.extract import extract


@pytest.fixture(scope="session")
def run():
    def _run(text: str, lang: str, date: str = "2021-03-10") -> Extraction:
        a = Article(id="t", text=text, date=dt.date.fromisoformat(date))
        return extract(prepare(a, lang))

    return _run


def triples(x: Extraction) -> set[tuple]:
    return {(f.relation, f.subject, f.object) for f in x.facts}
