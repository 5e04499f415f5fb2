"""A remote store: any SPARQL 1.1 service (Oxigraph server, Fuseki, GraphDB, ...) over HTTP.

* Article graphs are written with the SPARQL 1.1 Graph Store HTTP Protocol: ``PUT`` of the
  graph's first chunk of N-Triples lines (replacing it), ``POST`` of the others; removed with
  ``DELETE``.
* The manifest graph (``<graph> kg:graphHash "…"``) and the default graph are kept with
  SPARQL 1.1 Update. As in the Oxigraph store, the default graph is the union (RDF merge) of the
  article graphs — so queries give the same answers on any service, whatever its default-graph
  settings — and it is what queries run on.
* Queries go through the SPARQL 1.1 Protocol (``POST``, ``application/sparql-query``; results
  as SPARQL JSON, CONSTRUCT/DESCRIBE as N-Triples).

Writing one article takes three requests, ordered so that an interrupted write never leaves a
hash without its complete graph: (1) one Update takes the old graph's share out of the default
graph and its hash out of the manifest, (2) the Graph Store requests write the graph, (3) one
Update copies it into the default graph and records its hash. An article without a hash is
written again on the next build.

Endpoints default to Oxigraph server's layout under the URL given (``/query``, ``/update``,
``/store``); pass ``query_url``, ``update_url`` and ``store_url`` for other services (Fuseki:
``/ds/query``, ``/ds/update``, ``/ds/data``). Only the standard library is used.
"""
from __future__ import annotations

import http.client
import io
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import Errors, GraphError, StoreError
from kg.ontology.namespaces import KG
from kg.store.base import MANIFEST, article_lines, prefixed, store_prefixes, write_quads

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


def _literal(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


class _SparqlTriples:
    """The union graph as the export projection reads it, one SELECT per pattern."""

    def __init__(self, store: "RemoteStore") -> None:
        self._store = store

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None]) -> Iterator[tuple[Node, Node, Node]]:
        names = ("s", "p", "o")
        terms = [t.n3() if t is not None else f"?{n}" for t, n in zip(pattern, names)]
        free = [n for t, n in zip(pattern, names) if t is None]
        if not free:
            if self._store.query(f"ASK {{ {' '.join(terms)} }}").askAnswer:
                yield pattern  # type: ignore[misc]
            return
        for row in self._store.query(f"SELECT {' '.join('?' + n for n in free)} WHERE {{ {' '.join(terms)} }}"):
            values = dict(zip(free, row))
            yield tuple(pattern[i] if pattern[i] is not None else values[n] for i, n in enumerate(names))  # type: ignore[misc]

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]:
        p = predicate.n3() if predicate is not None else "?p"
        o = object.n3() if object is not None else "?o"
        for row in self._store.query(f"SELECT DISTINCT ?s WHERE {{ ?s {p} {o} }}"):
            yield row[0]


class RemoteStore:
    """Article graphs in the SPARQL 1.1 service at ``url``."""

    name = "remote"
    concurrent_writes = True  # each request is its own connection, and waits on the network outside the GIL

    def __init__(self, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 store_url: str | None = None, chunk_lines: int = 50_000, timeout: float = 120.0) -> None:
        base = url.rstrip("/")
        self.url = url
        self.query_url = query_url or f"{base}/query"
        self.update_url = update_url or f"{base}/update"
        self.store_url = store_url or f"{base}/store"
        self.chunk_lines = chunk_lines
        self.timeout = timeout

    # -- HTTP ---------------------------------------------------------------------------------
    def _request(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, ok_missing: bool = False) -> tuple[bytes, str]:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get_content_type()
        except urllib.error.HTTPError as e:
            if ok_missing and e.code == 404:
                return b"", ""
            text = " ".join(e.read().decode("utf-8", "replace").split())[:300] or e.reason
            if url == self.query_url and e.code == 400:
                raise GraphError(Errors.E010, msg=text) from None
            raise StoreError(Errors.E021, url=url, status=e.code, msg=text) from None
        except urllib.error.URLError as e:
            raise StoreError(Errors.E020, url=url, msg=str(e.reason)) from None
        except (OSError, socket.timeout, http.client.HTTPException) as e:
            raise StoreError(Errors.E020, url=url, msg=str(e) or type(e).__name__) from None

    def _update(self, update: str) -> None:
        self._request("POST", self.update_url, update.encode("utf-8"), "application/sparql-update")

    def _graph_url(self, graph_iri: str) -> str:
        sep = "&" if "?" in self.store_url else "?"
        return f"{self.store_url}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"

    def _select(self, sparql: str) -> list[tuple]:
        return [tuple(row) for row in self.query(sparql)]

    # -- writing ------------------------------------------------------------------------------
    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        if self.article_hash(graph_iri) == content_hash:
            return False
        lines = article_lines(graph_iri, nquads)  # checked before anything is sent
        g = f"<{graph_iri}>"
        if self._has_graph(graph_iri):
            self._update(self._take_out(g))
        url = self._graph_url(graph_iri)
        for i in range(0, max(len(lines), 1), self.chunk_lines):
            chunk = "\n".join(lines[i:i + self.chunk_lines]) + "\n"
            self._request("PUT" if i == 0 else "POST", url, chunk.encode("utf-8"), "application/n-triples")
        self._update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }} ;\n"
                     f"INSERT DATA {{ GRAPH <{MANIFEST}> {{ {g} <{KG.graphHash}> {_literal(content_hash)} }} }}")
        return True

    def put_graph(self, graph: Graph, content_hash: str) -> bool:
        return self.put_article(str(graph.identifier), content_hash, graph.serialize(format="nt"))

    @staticmethod
    def _take_out(g: str) -> str:
        """Update: graph ``g``'s triples no other graph holds leave the default graph; its hash goes."""
        return (f"DELETE WHERE {{ GRAPH <{MANIFEST}> {{ {g} <{KG.graphHash}> ?h }} }} ;\n"
                f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g} && ?other != <{MANIFEST}>) }} }}")

    def remove_article(self, graph_iri: str) -> bool:
        if self.article_hash(graph_iri) is None and not self._has_graph(graph_iri):
            return False
        self._update(self._take_out(f"<{graph_iri}>"))
        self._request("DELETE", self._graph_url(graph_iri), ok_missing=True)
        return True

    # -- reading ------------------------------------------------------------------------------
    def _has_graph(self, graph_iri: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}").askAnswer)

    def article_hash(self, graph_iri: str) -> str | None:
        rows = self._select(f"SELECT ?h WHERE {{ GRAPH <{MANIFEST}> {{ <{graph_iri}> <{KG.graphHash}> ?h }} }}")
        return str(rows[0][0]) if rows else None

    def articles(self) -> Iterator[tuple[str, str | None]]:
        hashes = {str(g): str(h) for g, h in
                  self._select(f"SELECT ?g ?h WHERE {{ GRAPH <{MANIFEST}> {{ ?g <{KG.graphHash}> ?h }} }}")}
        for (g,) in self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if str(g) != str(MANIFEST):
                yield str(g), hashes.get(str(g))

    def query(self, sparql: str) -> Result:
        body, ctype = self._request("POST", self.query_url, prefixed(sparql).encode("utf-8"),
                                    "application/sparql-query", accept=_ACCEPT)
        if ctype in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle", "text/plain": "nt"}.get(ctype)
        if fmt is None:
            raise StoreError(Errors.E021, url=self.query_url, status=200, msg=f"unexpected result type {ctype!r}")
        g = Graph()
        g.parse(data=body.decode("utf-8"), format=fmt)
        for prefix, iri in store_prefixes().items():
            g.bind(prefix, iri)
        result = Result("CONSTRUCT")
        result.graph = g
        return result

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for s, p, o, g in self._select(
                f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{MANIFEST}>) }}"):
            yield s, p, o, g

    def triple_source(self) -> _SparqlTriples:
        return _SparqlTriples(self)

    def __len__(self) -> int:
        """Triples in the union of the article graphs."""
        return int(self._select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0][0])

    def serialize(self, path: str | Path, fmt: str | None = None) -> str:
        return write_quads(path, fmt, self.quads(), store_prefixes().items())

    def close(self) -> None:
        pass


__all__ = ["RemoteStore"]
