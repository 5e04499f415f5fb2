"""A remote store on a real Oxigraph server (``oxigraph serve``, started by the session fixture):
endpoints, chunked Graph Store writes, a second client on the same data, and coded errors."""
from __future__ import annotations

import socket

import pytest

from kg.errors import GraphError, StoreError
from kg.store.base import open_store
from kg.store.remote import RemoteStore
from tests.store.conftest import sorted_nquads


def test_a_url_opens_a_remote_store_with_oxigraph_endpoints(remote_url):
    store = open_store(remote_url + "/")
    assert isinstance(store, RemoteStore)
    assert (store.query_url, store.update_url, store.store_url) == (
        f"{remote_url}/query", f"{remote_url}/update", f"{remote_url}/store")


def test_explicit_endpoints(remote_url, a1):
    store = open_store("https://unused.example", query_url=f"{remote_url}/query", update_url=f"{remote_url}/update",
                       store_url=f"{remote_url}/store")
    assert store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    assert store.article_hash(a1.graph_iri) == a1.content_hash


def test_chunked_writes_give_the_same_graph(remote_url, a1, a2):
    store = RemoteStore(remote_url, chunk_lines=7)
    store.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    expected = sorted(line for line in (a1.nquads + a2.nquads).splitlines() if line)
    assert len(a1.nquads.splitlines()) > 7 * 3
    assert sorted_nquads(store) == expected
    # rewritten in chunks again: the PUT of the first chunk replaces the whole graph
    store.put_article(a1.graph_iri, "new hash", a1.nquads)
    assert sorted_nquads(store) == expected


def test_another_client_sees_the_same_store(remote_url, a1):
    open_store(remote_url).put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    other = open_store(remote_url)
    assert list(other.articles()) == [(a1.graph_iri, a1.content_hash)]
    assert other.put_article(a1.graph_iri, a1.content_hash, a1.nquads) is False


def test_a_bad_query_is_a_query_error(remote_url):
    with pytest.raises(GraphError, match=r"\[E010\] Invalid SPARQL query: .+"):
        open_store(remote_url).query("SELECT * WHERE { ?s ")


def test_http_errors_are_coded(remote_url, a1):
    store = open_store(remote_url, store_url=f"{remote_url}/no-such-endpoint")
    with pytest.raises(StoreError, match=rf"\[E021\] SPARQL service {remote_url}/no-such-endpoint\?graph=.* answered HTTP 404"):
        store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
    assert store.article_hash(a1.graph_iri) is None  # no hash without its graph


def test_connection_refused_is_coded():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = open_store(f"http://127.0.0.1:{port}")
    with pytest.raises(StoreError, match=rf"\[E020\] Cannot reach the SPARQL service at http://127.0.0.1:{port}/query: .*refused"):
        len(store)
