"""The projection RDF → networkx that all exporters share."""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset, Graph

from .conftest import extraction1, extraction2
from kg.export.project import edge_id, full_date, to_networkx
from kg.ontology.mapping import article_graph

R = "https://w3id.org/kg-news/id/"
ARM, AZE, RUS = R + "country/ARM", R + "country/AZE", R + "country/RUS"
CSTO, YEREVAN = R + "org/csto", R + "place/yerevan"
PUTIN, PASHINYAN = R + "person/vladimir-putin", R + "person/nikol-pashinyan"


def test_counts(projected: nx.MultiDiGraph) -> None:
    assert isinstance(projected, nx.MultiDiGraph)
    assert projected.number_of_nodes() == 7
    assert projected.number_of_edges() == 5


def test_nodes(projected: nx.MultiDiGraph) -> None:
    assert dict(projected.nodes[ARM]) == {
        "label": "Armenia", "type": "Country", "key": "country:ARM", "iso3": "ARM",
        "geonames": "174982", "mentions": 4, "articles": 2, "start": "2024-03-05",
    }
    assert dict(projected.nodes[YEREVAN]) == {
        "label": "Yerevan", "type": "Place", "key": "place:yerevan", "geonames": "616052",
        "mentions": 1, "articles": 1, "start": "2024-04-10",
    }
    csto = projected.nodes[CSTO]
    assert (csto["type"], csto["mentions"], csto["articles"]) == ("Organization", 2, 2)
    assert "iso3" not in csto and "geonames" not in csto
    # mentioned in a1 only, but a fact of a2 is about it too
    assert (projected.nodes[AZE]["mentions"], projected.nodes[AZE]["articles"]) == (1, 2)
    # never mentioned: known only from facts
    assert (projected.nodes[RUS]["mentions"], projected.nodes[RUS]["articles"]) == (0, 2)
    assert projected.nodes[PUTIN]["type"] == "Person"


def test_english_label_preferred(projected: nx.MultiDiGraph) -> None:
    """Russia also has the Indonesian label "Rusia"; the English one wins."""
    assert projected.nodes[RUS]["label"] == "Russia"


def test_no_none_attributes(projected: nx.MultiDiGraph) -> None:
    for _, d in projected.nodes(data=True):
        assert None not in d.values()
    for *_, d in projected.edges(keys=True, data=True):
        assert None not in d.values()


def test_edges(projected: nx.MultiDiGraph) -> None:
    member = projected.edges[ARM, CSTO, "memberOf"]
    assert member == {
        "relation": "memberOf", "role": "", "label": "member of", "weight": 3, "directed": True,
        "articles": 2, "confidence": 0.9, "dates": ["2024-03-05", "2024-04-10"], "start": "2024-03-05",
    }
    role = projected.edges[PUTIN, RUS, "holdsRole:headOfState"]
    assert (role["relation"], role["role"], role["label"]) == ("holdsRole", "headOfState", "holds role in (headOfState)")
    assert (role["weight"], role["directed"], role["articles"], role["dates"]) == (1, True, 1, ["2024-03-05"])


def test_symmetric_edges_merge_across_articles(projected: nx.MultiDiGraph) -> None:
    """a1 says ARM–AZE, a2 says AZE–ARM: one undirected edge with the evidence of both."""
    conflict = projected.edges[ARM, AZE, "inConflictWith"]
    assert not projected.has_edge(AZE, ARM)
    assert (conflict["directed"], conflict["weight"], conflict["articles"]) == (False, 2, 2)
    assert conflict["confidence"] == 0.75
    assert conflict["dates"] == ["2024-03-05", "2024-04-10"]


def test_event_edges_and_fact_dates(projected: nx.MultiDiGraph) -> None:
    meets = projected.edges[PASHINYAN, PUTIN, "meetsWith"]
    assert (meets["directed"], meets["label"]) == (False, "meets with")
    assert meets["dates"] == ["2024-03-04", "2024-03-05"]
    assert meets["start"] == "2024-03-04"  # the fact date, before the article
    crit = projected.edges[ARM, RUS, "criticizes"]
    assert crit["directed"] is True
    assert crit["dates"] == ["2024-02", "2024-04-10"]  # dates keep their precision
    assert crit["start"] == "2024-02-01"  # start is always a full date


def test_single_article_without_date() -> None:
    x = extraction1()
    x.article.date = None
    ds = Dataset(default_union=True)
    g = article_graph(x)
    ds.addN((s, p, o, ds.graph(g.identifier)) for s, p, o in g)
    G = to_networkx(ds)
    assert "start" not in G.nodes[ARM]
    assert "start" not in G.edges[ARM, CSTO, "memberOf"]
    assert G.edges[PASHINYAN, PUTIN, "meetsWith"]["start"] == "2024-03-04"


def test_plain_graph_input() -> None:
    """A merged graph without named graphs (e.g. read from Turtle) projects the same."""
    union = Graph()
    for x in (extraction1(), extraction2()):
        union += article_graph(x)
    G = to_networkx(union)
    assert (G.number_of_nodes(), G.number_of_edges()) == (7, 5)
    assert G.edges[ARM, CSTO, "memberOf"]["weight"] == 3


def test_empty_dataset() -> None:
    G = to_networkx(Dataset(default_union=True))
    assert (G.number_of_nodes(), G.number_of_edges()) == (0, 0)


def test_full_date() -> None:
    assert full_date("2024") == "2024-01-01"
    assert full_date("2024-03") == "2024-03-01"
    assert full_date("2024-03-05") == "2024-03-05"
    assert full_date("2024-13-40") is None
    assert full_date("March 2024") is None


def test_edge_id_is_stable() -> None:
    assert edge_id(ARM, "memberOf", CSTO) == edge_id(ARM, "memberOf", CSTO)
    assert edge_id(ARM, "memberOf", CSTO) != edge_id(CSTO, "memberOf", ARM)


def test_endpoint_without_entity_type(dataset: Dataset) -> None:
    """An assertion about an IRI that is not a typed entity still yields a complete node."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF
    from kg.ontology.namespaces import KG

    fa, other = URIRef(R + "fact/x/1"), URIRef(R + "thing/unknown")
    g = dataset.graph(URIRef(R + "graph/x"))
    for t in ((fa, RDF.type, KG.Assertion), (fa, RDF.subject, URIRef(ARM)), (fa, RDF.predicate, KG.supports),
              (fa, RDF.object, other), (fa, KG.supportCount, Literal("not a number"))):
        g.add(t)
    G = to_networkx(dataset)
    assert G.nodes[str(other)] == {"label": "unknown", "type": "", "key": "", "mentions": 0, "articles": 0}
    edge = G.edges[ARM, str(other), "supports"]
    assert (edge["weight"], edge["articles"], edge["confidence"], edge["dates"]) == (1, 0, 0.0, [])
    assert "start" not in edge
