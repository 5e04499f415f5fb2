"""Oxigraph on disk: what only a persistent store has — reopening, the directory lock, opening
specs that are not stores — and the Python API on a store directory."""
from __future__ import annotations

import pytest

from kg.errors import StoreError
from kg.graph import KnowledgeGraph
from kg.store.base import open_store
from kg.store.memory import MemoryStore
from kg.store.oxigraph import OxigraphStore
from tests.store.conftest import sorted_nquads


def test_open_store_picks_the_backend_by_spec(tmp_path):
    assert isinstance(open_store(None), MemoryStore)
    store = open_store(tmp_path / "db")
    assert isinstance(store, OxigraphStore) and (tmp_path / "db").is_dir()
    store.close()


def test_data_survive_close_and_reopen(tmp_path, a1, a2):
    store = open_store(tmp_path / "db")
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    before = sorted_nquads(store)
    store.close()
    store = open_store(str(tmp_path / "db"))
    assert sorted_nquads(store) == before
    assert sorted(store.articles()) == sorted([(a1.graph_iri, a1.content_hash), (a2.graph_iri, a2.content_hash)])
    assert store.put_article(a1.graph_iri, a1.content_hash, a1.nquads) is False
    store.close()


def test_a_store_open_for_writing_is_locked(tmp_path):
    store = open_store(tmp_path / "db")
    with pytest.raises(StoreError, match=r"\[E019\] Cannot open store .*db: another process has it open"):
        open_store(tmp_path / "db")
    store.close()
    open_store(tmp_path / "db").close()  # released


def test_specs_that_are_not_store_directories(tmp_path):
    (tmp_path / "graph.trig").write_text("")
    with pytest.raises(StoreError, match=r"\[E019\] .*graph.trig: it is a file"):
        open_store(tmp_path / "graph.trig")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match=r"\[E019\] .*docs: the directory is not empty and holds no Oxigraph store"):
        open_store(tmp_path / "docs")
    with pytest.raises(StoreError, match=r"\[E019\] .*for remote stores"):
        open_store(tmp_path / "db", query_url="http://localhost/q")


def test_python_api_on_a_store_directory(tmp_path, a1):
    with KnowledgeGraph.open(tmp_path / "db") as g:
        g.store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
        assert len(g) == len(a1.nquads.splitlines())
        assert [str(r[0]) for r in g.query("SELECT ?o WHERE { ?s kg:memberOf ?o }")] == ["https://w3id.org/kg-news/id/org/csto"]
        G = g.to_networkx()
        assert G.has_edge("https://w3id.org/kg-news/id/country/ARM", "https://w3id.org/kg-news/id/org/csto")
        counts = g.export("graphml", tmp_path / "out.graphml")
        assert counts == {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
        with pytest.raises(StoreError, match=r"\[E024\] The oxigraph store holds no rdflib Dataset"):
            g.validate()
    with KnowledgeGraph.open(tmp_path / "db") as g:  # closed on leaving the block: opens again
        assert len(g) > 0


def test_optimize_compacts_without_changing_the_data(tmp_path, a1, a2):
    store = OxigraphStore(tmp_path / "db")
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    q = "SELECT ?s ?o WHERE { ?s kg:memberOf ?o } ORDER BY ?s"
    before, answers = sorted_nquads(store), [tuple(map(str, r)) for r in store.query(q)]
    assert store.article_count() == 2
    store.optimize()
    assert sorted_nquads(store) == before and [tuple(map(str, r)) for r in store.query(q)] == answers
    assert sorted(store.articles()) == sorted([(a1.graph_iri, a1.content_hash), (a2.graph_iri, a2.content_hash)])
    store.close()
