"""The Store contract, the same for every backend: memory, Oxigraph on disk, a remote SPARQL 1.1
store (a real Oxigraph server). Idempotent puts, replace, remove, the union default graph,
queries with kg's prefixes, dumps and the export projection."""
from __future__ import annotations

import pytest
from rdflib import Dataset, URIRef

from kg.errors import GraphError, StoreError
from kg.export.project import to_networkx
from kg.graph import KnowledgeGraph
from kg.query import format_result
from kg.store.base import FORMATS, MANIFEST, Store, open_graph
from tests.store.conftest import sorted_nquads

SUFFIX = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld"}
MEMBER = "SELECT ?s ?o WHERE { ?s kg:memberOf ?o }"


def lines(nquads: str) -> list[str]:
    return sorted(line for line in nquads.splitlines() if line.strip())


def count(store: Store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0])


def test_every_backend_is_a_store(store):
    assert isinstance(store, Store)
    assert len(store) == 0 and list(store.articles()) == [] and list(store.quads()) == []


def test_put_records_the_hash_and_holds_exactly_the_nquads(store, a1):
    assert store.article_hash(a1.graph_iri) is None
    assert store.put_article(a1.graph_iri, a1.content_hash, a1.nquads) is True
    assert store.article_hash(a1.graph_iri) == a1.content_hash
    assert list(store.articles()) == [(a1.graph_iri, a1.content_hash)]
    assert sorted_nquads(store) == lines(a1.nquads)  # not the manifest
    assert len(store) == len(lines(a1.nquads))


def test_reingesting_an_unchanged_article_changes_nothing(store, a1, a2):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    before = sorted_nquads(store)
    assert store.put_article(a1.graph_iri, a1.content_hash, a1.nquads) is False
    assert store.put_article(a1.graph_iri, a1.content_hash, "not even N-Quads") is False  # not looked at
    assert sorted_nquads(store) == before
    # the same graph under a new hash is written again, and gives identical quads
    assert store.put_article(a1.graph_iri, "another hash", a1.nquads) is True
    assert sorted_nquads(store) == before
    assert store.article_hash(a1.graph_iri) == "another hash"


def test_a_changed_article_replaces_its_graph(store, a1, a2, a1_changed):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    assert store.put_article(a1_changed.graph_iri, a1_changed.content_hash, a1_changed.nquads) is True
    assert sorted_nquads(store) == sorted(lines(a1_changed.nquads) + lines(a2.nquads))
    assert store.article_hash(a1.graph_iri) == a1_changed.content_hash
    assert sorted(store.articles()) == sorted([(a1.graph_iri, a1_changed.content_hash), (a2.graph_iri, a2.content_hash)])
    assert not bool(store.query("ASK { ?p kg:meetsWith ?q }").askAnswer)  # only a1 stated the meeting


def test_the_default_graph_is_the_union_with_each_triple_once(store, a1, a2):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    union = set(lines(a1.nquads.replace(f" <{a1.graph_iri}> .", " .")) + lines(a2.nquads.replace(f" <{a2.graph_iri}> .", " .")))
    assert len(store) == len(union) < len(lines(a1.nquads)) + len(lines(a2.nquads))
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == len(union)
    # Armenia is one node, stated a member of the CSTO by both articles: one row
    rows = list(store.query(MEMBER))
    assert [(str(s), str(o)) for s, o in rows] == [
        ("https://w3id.org/kg-news/id/country/ARM", "https://w3id.org/kg-news/id/org/csto")]
    assert count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { <https://w3id.org/kg-news/id/country/ARM> a kg:Country } }") == 2


def test_remove_keeps_triples_another_article_states(store, a1, a2):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    assert store.remove_article(a1.graph_iri) is True
    assert store.remove_article(a1.graph_iri) is False
    assert store.remove_article("https://example.org/no-such-graph") is False
    assert store.article_hash(a1.graph_iri) is None
    assert list(store.articles()) == [(a2.graph_iri, a2.content_hash)]
    assert sorted_nquads(store) == lines(a2.nquads)
    assert len(store) == len(lines(a2.nquads))
    assert len(list(store.query(MEMBER))) == 1  # a2 states it too
    store.remove_article(a2.graph_iri)
    assert len(store) == 0 and list(store.query(MEMBER)) == [] and list(store.articles()) == []


def test_a_quad_of_another_graph_is_refused_and_nothing_changes(store, a1, a2):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    before = sorted_nquads(store)
    with pytest.raises(StoreError, match=r"\[E022\].*another graph"):
        store.put_article(a1.graph_iri, "new", a1.nquads + a2.nquads)
    with pytest.raises(StoreError, match=r"\[E022\]"):
        store.put_article(a1.graph_iri, "new", "<a> <b> .\n")
    assert sorted_nquads(store) == before and store.article_hash(a1.graph_iri) == a1.content_hash


def test_a_new_graph_with_bad_lines_is_refused_and_nothing_is_written(store, a1):
    with pytest.raises(StoreError, match=r"\[E022\]"):
        store.put_article(a1.graph_iri, "new", a1.nquads + f"<a> <b> <{a1.graph_iri}> .\n")
    with pytest.raises(StoreError, match=r"\[E022\]"):
        store.put_article(a1.graph_iri, "new", a1.nquads + "<a> <b> .\n")
    assert len(store) == 0 and list(store.articles()) == []


def test_a_triple_whose_object_is_the_graph_iri_is_kept(store, a1):
    line = f"<https://example.org/a> <https://example.org/seeGraph> <{a1.graph_iri}> ."
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads + line + "\n<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n")
    assert f"<https://example.org/a> <https://example.org/seeGraph> <{a1.graph_iri}> <{a1.graph_iri}> ." in sorted_nquads(store)


def test_triples_without_a_graph_go_into_the_article_graph(store, a1):
    triples = a1.nquads.replace(f" <{a1.graph_iri}> .", " .")
    store.put_article(a1.graph_iri, a1.content_hash, triples)
    assert sorted_nquads(store) == lines(a1.nquads)


def test_queries_have_kg_prefixes_and_every_result_form(store, a1, a2):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    select = store.query("SELECT ?c ?label WHERE { ?c a kg:Country ; rdfs:label ?label } ORDER BY ?c STR(?label)")
    assert format_result(select, "csv") == (
        "c,label\n"
        "https://w3id.org/kg-news/id/country/ARM,Armenia\n"
        "https://w3id.org/kg-news/id/country/AZE,Azerbaijan\n"
        "https://w3id.org/kg-news/id/country/RUS,Rusia\n"
        "https://w3id.org/kg-news/id/country/RUS,Russia\n")
    assert store.query("ASK { <https://w3id.org/kg-news/id/country/ARM> kg:memberOf <https://w3id.org/kg-news/id/org/csto> }").askAnswer is True
    graph = store.query("CONSTRUCT { ?s kg:memberOf ?o } WHERE { ?s kg:memberOf ?o }").graph
    assert set(graph) == {(URIRef("https://w3id.org/kg-news/id/country/ARM"), URIRef("https://w3id.org/kg-news/ontology#memberOf"),
                           URIRef("https://w3id.org/kg-news/id/org/csto"))}
    with pytest.raises(GraphError, match=r"\[E010\]"):
        store.query("SELECT WHERE {")


def test_the_manifest_is_a_named_graph_outside_the_default_graph(store, a1):
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    assert not store.query("ASK { ?g kg:graphHash ?h }").askAnswer
    if store.name != "memory":  # the in-memory store keeps hashes in a dict
        rows = list(store.query(f"SELECT ?g ?h WHERE {{ GRAPH <{MANIFEST}> {{ ?g kg:graphHash ?h }} }}"))
        assert [(str(g), str(h)) for g, h in rows] == [(a1.graph_iri, a1.content_hash)]


def test_same_answers_and_projection_as_the_memory_store(make_store, a1, a2):
    store = make_store()
    memory = KnowledgeGraph()
    for put in (a1, a2):
        store.put_article(put.graph_iri, put.content_hash, put.nquads)
        memory.store.put_article(put.graph_iri, put.content_hash, put.nquads)
    q = ("SELECT ?s ?rel ?o (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?rel ; "
         "rdf:object ?o } GROUP BY ?s ?rel ?o ORDER BY ?s ?rel ?o")
    for fmt in ("table", "csv", "tsv"):
        assert format_result(store.query(q), fmt) == format_result(memory.query(q), fmt)
    ours, theirs = to_networkx(store.triple_source()), to_networkx(memory.store.triple_source())
    assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
    assert sorted(ours.edges(keys=True, data=True), key=str) == sorted(theirs.edges(keys=True, data=True), key=str)
    assert ours.number_of_edges() == 5  # as tests/export/conftest.py lists them


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_serialize_round_trips(store, a1, a2, tmp_path, fmt):
    for put in (a1, a2):
        store.put_article(put.graph_iri, put.content_hash, put.nquads)
    path = tmp_path / f"dump{SUFFIX[fmt]}"
    assert store.serialize(path) == fmt
    ds = open_graph(path)
    expected = Dataset(default_union=True)
    expected.parse(data=a1.nquads + a2.nquads, format="nquads")
    assert set(ds.triples((None, None, None))) == set(expected.triples((None, None, None)))
    if FORMATS[fmt][1]:  # named graphs kept, and no manifest
        named = {g.identifier for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier}
        assert named == {URIRef(a1.graph_iri), URIRef(a2.graph_iri)}
