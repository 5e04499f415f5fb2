"""A two-article dataset built from hand-made kg.model objects through the ontology mapping.

Article a1 (2024-03-05, en) and a2 (2024-04-10, id) share Armenia, CSTO, Azerbaijan and Russia.

Edges expected after projection (subject IRI < object IRI for the symmetric ones):

=====================  ==========  ======  ========  ============  =================================
edge                   directed    weight  articles  start         dates
=====================  ==========  ======  ========  ============  =================================
ARM memberOf CSTO      yes         2+1     2         2024-03-05    2024-03-05, 2024-04-10
putin holdsRole RUS    yes         1       1         2024-03-05    2024-03-05          (headOfState)
ARM inConflictWith AZE no          1+1     2         2024-03-05    2024-03-05, 2024-04-10
pashinyan meetsWith    no          1       1         2024-03-04    2024-03-04 (fact), 2024-03-05
  putin (event)
ARM criticizes RUS     yes         1       1         2024-02-01    2024-02 (fact), 2024-04-10
  (event)
=====================  ==========  ======  ========  ============  =================================
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from kg.export.project import to_networkx
from kg.model import Article, Entity, Extraction, Fact, Mention
from kg.ontology.mapping import article_graph

ARM = Entity("country:ARM", "Country", "Armenia", {"id": "Armenia"}, {"iso3": "ARM", "geonames": "174982"})
AZE = Entity("country:AZE", "Country", "Azerbaijan", {}, {"iso3": "AZE", "geonames": "587116"})
RUS = Entity("country:RUS", "Country", "Russia", {"id": "Rusia"}, {"iso3": "RUS", "geonames": "2017370"})
CSTO = Entity("org:csto", "Organization", "Collective Security Treaty Organization", {}, {"acronym": "CSTO"})
PUTIN = Entity("person:vladimir-putin", "Person", "Vladimir Putin", country="country:RUS")
PASHINYAN = Entity("person:nikol-pashinyan", "Person", "Nikol Pashinyan", country="country:ARM")
YEREVAN = Entity("place:yerevan", "Place", "Yerevan", {}, {"geonames": "616052"}, country="country:ARM")

TEXT1 = (
    "Armenia remains in the CSTO. Russian President Vladimir Putin spoke. "
    "Armenia and Azerbaijan are in conflict. Nikol Pashinyan met Putin on 4 March."
)
TEXT2 = "Armenia tetap anggota CSTO. Azerbaijan berkonflik dengan Armenia. Armenia mengkritik Rusia. Yerevan tenang."


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, e: Entity, nth: int = 0) -> Mention:
    s, t = span(text, phrase, nth)
    return Mention(s, t, phrase, e.key, e.type)


def fact(text: str, rel: str, s: Entity, o: Entity, sentence: str, conf: float, **kw) -> Fact:
    sent = span(text, sentence)
    return Fact(rel, s.key, o.key, sent, sent, f"test-{rel}", conf, **kw)


def extraction1() -> Extraction:
    t = TEXT1
    art = Article("a1", t, lang="en", date=dt.date(2024, 3, 5), title="Armenia and the CSTO")
    s1, s2, s3, s4 = (
        "Armenia remains in the CSTO.", "Russian President Vladimir Putin spoke.",
        "Armenia and Azerbaijan are in conflict.", "Nikol Pashinyan met Putin on 4 March.",
    )
    mentions = [
        mention(t, "Armenia", ARM), mention(t, "CSTO", CSTO), mention(t, "Vladimir Putin", PUTIN),
        mention(t, "Armenia", ARM, 1), mention(t, "Azerbaijan", AZE),
        mention(t, "Nikol Pashinyan", PASHINYAN), mention(t, "Putin", PUTIN, 1),
    ]
    facts = [
        fact(t, "memberOf", ARM, CSTO, s1, 0.8),
        fact(t, "memberOf", ARM, CSTO, s1, 0.9),  # a second rule on the same sentence
        fact(t, "holdsRole", PUTIN, RUS, s2, 0.9, role="headOfState"),
        fact(t, "inConflictWith", ARM, AZE, s3, 0.7),
        fact(t, "meetsWith", PASHINYAN, PUTIN, s4, 0.85, date="2024-03-04"),
    ]
    facts[1].rule = "test-memberOf-2"
    entities = {e.key: e for e in (ARM, AZE, RUS, CSTO, PUTIN, PASHINYAN)}
    return Extraction(art, entities, mentions, facts)


def extraction2() -> Extraction:
    t = TEXT2
    art = Article("a2", t, lang="id", date=dt.date(2024, 4, 10), title="Armenia dan CSTO")
    s1, s2, s3 = "Armenia tetap anggota CSTO.", "Azerbaijan berkonflik dengan Armenia.", "Armenia mengkritik Rusia."
    mentions = [
        mention(t, "Armenia", ARM), mention(t, "CSTO", CSTO), mention(t, "Armenia", ARM, 2),
        mention(t, "Yerevan", YEREVAN),
    ]
    facts = [
        fact(t, "memberOf", ARM, CSTO, s1, 0.7),
        fact(t, "inConflictWith", AZE, ARM, s2, 0.75),  # subject/object reversed: still one edge
        fact(t, "criticizes", ARM, RUS, s3, 0.6, date="2024-02"),
    ]
    entities = {e.key: e for e in (ARM, AZE, RUS, CSTO, YEREVAN)}
    return Extraction(art, entities, mentions, facts)


def build_dataset() -> Dataset:
    """A fresh Dataset with one named graph per article, as the pipeline stores them."""
    ds = Dataset(default_union=True)
    for x in (extraction1(), extraction2()):
        g = article_graph(x)
        ds.addN((s, p, o, ds.graph(g.identifier)) for s, p, o in g)
    return ds


@pytest.fixture
def dataset() -> Dataset:
    return build_dataset()


@pytest.fixture
def projected(dataset: Dataset) -> nx.MultiDiGraph:
    return to_networkx(dataset)


@pytest.fixture(scope="session")
def gexf_schema_path() -> Path:
    """The official GEXF 1.3 RelaxNG schema, next to the repository (../shared/gexf)."""
    path = Path(__file__).resolve().parents[2].parent / "shared/gexf/1.3/gexf.rng"
    if not path.exists():
        pytest.skip(f"official GEXF 1.3 schema not found at {path}; cannot validate")
    return path
