"""The in-memory store: an rdflib Dataset, one named graph per article, union as default graph."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.store.base import FORMATS, atomic_write, format_for_path


class MemoryStore:
    name = "memory"

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)

    def add_graph(self, graph: Graph) -> None:
        """Replace the named graph with ``graph.identifier`` by ``graph``."""
        target = self.dataset.graph(graph.identifier)
        target.remove((None, None, None))
        for t in graph:
            target.add(t)

    def remove_graph(self, identifier) -> None:
        self.dataset.remove_graph(self.dataset.graph(identifier))

    def query(self, sparql: str) -> Result:
        return self.dataset.query(sparql)

    def __len__(self) -> int:
        return len(self.dataset)

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
