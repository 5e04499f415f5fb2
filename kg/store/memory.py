"""The in-memory store: an rdflib Dataset, one named graph per article, union as default graph.

Content hashes are kept in a dict next to the Dataset (not in it), so the Dataset holds exactly
the article graphs: what is serialized, validated and evaluated.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Node

from kg.store.base import FORMATS, TripleSource, atomic_write, format_for_path


class MemoryStore:
    name = "memory"

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self.hashes: dict[str, str] = {}

    # -- writing ------------------------------------------------------------------------------
    def add_graph(self, graph: Graph) -> None:
        """Replace the named graph with ``graph.identifier`` by ``graph``."""
        target = self.dataset.graph(graph.identifier)
        target.remove((None, None, None))
        for t in graph:
            target.add(t)

    def put_graph(self, graph: Graph, content_hash: str) -> bool:
        key = str(graph.identifier)
        if self.hashes.get(key) == content_hash:
            return False
        self.add_graph(graph)
        self.hashes[key] = content_hash
        return True

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        if self.hashes.get(graph_iri) == content_hash:
            return False
        from kg.store.oxigraph import parse_article  # pyoxigraph's N-Quads parser, ~10x rdflib's

        triples = parse_article(graph_iri, nquads)  # all parsed before anything changes
        target = self.dataset.graph(URIRef(graph_iri))
        target.remove((None, None, None))
        self.dataset.addN((s, p, o, target) for s, p, o in triples)
        self.hashes[graph_iri] = content_hash
        return True

    def remove_graph(self, identifier) -> None:
        self.dataset.remove_graph(self.dataset.graph(identifier))

    def remove_article(self, graph_iri: str) -> bool:
        if graph_iri not in self.hashes and not len(self.dataset.graph(URIRef(graph_iri))):
            return False
        self.remove_graph(URIRef(graph_iri))
        self.hashes.pop(graph_iri, None)
        return True

    # -- reading ------------------------------------------------------------------------------
    def article_hash(self, graph_iri: str) -> str | None:
        return self.hashes.get(graph_iri)

    def articles(self) -> Iterator[tuple[str, str | None]]:
        """Every non-empty named graph; the hash is None for graphs loaded from a file."""
        for g in self.dataset.graphs():
            if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g):
                yield str(g.identifier), self.hashes.get(str(g.identifier))

    def query(self, sparql: str) -> Result:
        from kg.query.run import run_query

        return run_query(self.dataset, sparql)

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            yield s, p, o, getattr(g, "identifier", g)

    def triple_source(self) -> TripleSource:
        return self.dataset

    def __len__(self) -> int:
        return len(self.dataset)

    def close(self) -> None:
        pass

    def serialize(self, path: str | Path, fmt: str | None = None) -> str:
        fmt = format_for_path(path, fmt)
        rdf_format, quads = FORMATS[fmt]
        if quads:
            data = self.dataset.serialize(format=rdf_format, encoding="utf-8")
        else:
            union = Graph()
            for t in self.dataset.triples((None, None, None)):
                union.add(t)
            for prefix, ns in self.dataset.namespaces():
                union.bind(prefix, ns, override=False)
            data = union.serialize(format=rdf_format, encoding="utf-8")
        atomic_write(path, data)
        return fmt
