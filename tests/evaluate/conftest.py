"""Builders for hand-made article graphs scored against ``tests/data/evaluate_gold.jsonl``."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.model import Article, Entity, Extraction, Fact, Mention
from kg.ontology.mapping import article_graph

GOLD = Path(__file__).resolve().parents[1] / "data" / "evaluate_gold.jsonl"

TEXT_A = (
    "Perdana Menteri Armenia Nikol Pashinyan meminta bantuan Moskwa. "
    "Rusia memiliki pangkalan militer di Armenia. "
    "Armenia berkonflik dengan Azerbaijan. "
    "Turki mendukung Azerbaijan. "
    "Rusia dan Armenia anggota Pakta Pertahanan Kolektif."
)
TEXT_B = (
    "Emir Qatar Hamad bin Khalifa al - Thani di Doha. "
    "Qatar bertemu dengan delegasi Cote d'Ivoire."
)


class ArticleBuilder:
    """Collects entities, mentions and facts of one article; quotes are given as text."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id, self.text = doc_id, text
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.facts: list[Fact] = []

    def _span(self, s: str) -> tuple[int, int]:
        i = self.text.find(s)
        assert i >= 0, f"{s!r} not in the text"
        return i, i + len(s)

    def entity(self, key: str, type: str, label: str, iso3: str | None = None,
               mentions: tuple[str, ...] = ()) -> ArticleBuilder:
        self.entities[key] = Entity(key=key, type=type, label=label, ids={"iso3": iso3} if iso3 else {})
        for surface in mentions:  # every occurrence
            start = self.text.find(surface)
            assert start >= 0, f"{surface!r} not in the text"
            while start >= 0:
                self.mentions.append(Mention(start, start + len(surface), surface, key, type))
                start = self.text.find(surface, start + 1)
        return self

    def fact(self, rel: str, s: str, o: str, quote: str, role: str | None = None,
             date: str | None = None, rule: str = "test", modality: str = "asserted") -> ArticleBuilder:
        q = self._span(quote)
        self.facts.append(Fact(relation=rel, subject=s, object=o, sentence=q, quote=q, rule=rule,
                               confidence=0.9, role=role, date=date, modality=modality))
        return self

    def without(self, rel: str, s: str | None = None) -> ArticleBuilder:
        self.facts = [f for f in self.facts if not (f.relation == rel and (s is None or f.subject == s))]
        return self

    def extraction(self) -> Extraction:
        art = Article(id=self.doc_id, text=self.text, lang="id")
        return Extraction(article=art, entities=dict(self.entities), mentions=list(self.mentions),
                          facts=list(self.facts))

    def graph(self) -> Graph:
        return article_graph(self.extraction())


def dataset(*graphs: Graph) -> Dataset:
    ds = Dataset(default_union=True)
    for g in graphs:
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    return ds


def entities_a(b: ArticleBuilder) -> ArticleBuilder:
    return (
        b.entity("country:ARM", "Country", "Armenia", "ARM", ("Armenia",))
        .entity("country:RUS", "Country", "Russia", "RUS", ("Rusia", "Moskwa"))
        .entity("country:AZE", "Country", "Azerbaijan", "AZE", ("Azerbaijan",))
        .entity("country:TUR", "Country", "Turkey", "TUR", ("Turki",))
        .entity("person:nikol-pashinyan", "Person", "Nikol Pashinyan", None, ("Nikol Pashinyan",))
        .entity("org:csto", "Organization", "Collective Security Treaty Organization", None,
                ("Pakta Pertahanan Kolektif",))
    )


def facts_a(b: ArticleBuilder) -> ArticleBuilder:
    """The five required gold facts of ``eval-a``."""
    return (
        b.fact("holdsRole", "person:nikol-pashinyan", "country:ARM", "Perdana Menteri Armenia Nikol Pashinyan",
               role="headOfGovernment")
        .fact("requestsAssistance", "country:ARM", "country:RUS", "Pashinyan meminta bantuan Moskwa",
              date="2020-10-31")
        .fact("militaryPresenceIn", "country:RUS", "country:ARM", "Rusia memiliki pangkalan militer di Armenia")
        .fact("inConflictWith", "country:ARM", "country:AZE", "Armenia berkonflik dengan Azerbaijan")
        .fact("supports", "country:TUR", "country:AZE", "Turki mendukung Azerbaijan")
    )


@pytest.fixture
def gold_path() -> Path:
    return GOLD


@pytest.fixture
def doc_a():
    """Factory: a builder for ``eval-a`` with its entities; ``facts=True`` adds the required facts."""

    def make(facts: bool = True) -> ArticleBuilder:
        b = entities_a(ArticleBuilder("eval-a", TEXT_A))
        return facts_a(b) if facts else b

    return make


@pytest.fixture
def doc_b():
    """Factory: a builder for ``eval-b`` (no facts)."""

    return lambda: ArticleBuilder("eval-b", TEXT_B)


@pytest.fixture
def add_facts_a():
    """Adds the five required facts of ``eval-a`` to a builder (after editing its entities)."""
    return facts_a


@pytest.fixture
def make_dataset():
    return dataset
