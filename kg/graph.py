"""The Python API: build a knowledge graph from texts or files, query it, export it.

    >>> import kg
    >>> g = kg.build(["examples/"])                       # files, folders, .jsonl
    >>> g.add_text("Presiden Rusia Vladimir Putin ...", id="a1", lang="id")
    >>> g.query("SELECT ?s WHERE { ?s a kg:Country }")    # SPARQL; kg:, schema:, prov: predeclared
    >>> g.to_networkx(); g.serialize("out.trig")
    >>> with KnowledgeGraph.open("store/") as g:              # Oxigraph on disk; or "http://host:7878"
    ...     g.add_text("...", id="a2"); g.query("SELECT ...")
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from kg.errors import Errors, InputError
from kg.ingest import prepare
from kg.ingest.langid import check_language
from kg.model import Article, Extraction
from kg.nlp.extract import extract
from kg.ontology.iris import graph_iri
from kg.ontology.mapping import article_graph, article_nquads
from kg.ontology.namespaces import KG, PROV, RES, SCHEMA
from kg.store.base import Store, open_graph, open_store
from kg.store.memory import MemoryStore

PREFIXES = {"kg": KG._NS, "schema": SCHEMA._NS, "prov": PROV._NS, "res": RES}


class KnowledgeGraph:
    """Article graphs in a store (in memory by default), with SPARQL and exports on top."""

    def __init__(self, store: Store | None = None) -> None:
        self.store: Store = store if store is not None else MemoryStore()
        if isinstance(self.store, MemoryStore):
            for prefix, ns in PREFIXES.items():
                self.store.dataset.bind(prefix, ns)
        self.extractions: list[Extraction] = []
        self.summary = None  # what build() did: a kg.build.Summary

    @classmethod
    def open(cls, spec: str | Path | None = None, **options) -> "KnowledgeGraph":
        """The graph in the store ``spec`` names (see :func:`kg.store.open_store`): None → memory,
        a directory → Oxigraph on disk, ``http(s)://…`` → a remote SPARQL 1.1 store."""
        return cls(open_store(spec, **options))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @classmethod
    def load(cls, path: str | Path, fmt: str | None = None) -> "KnowledgeGraph":
        return cls(MemoryStore(open_graph(path, fmt)))

    @property
    def dataset(self) -> Dataset:
        """The rdflib Dataset of an in-memory graph (StoreError E024 for other stores)."""
        if not isinstance(self.store, MemoryStore):
            from kg.errors import StoreError

            raise StoreError(Errors.E024, store=self.store.name, what="validation and evaluation")
        return self.store.dataset

    def add_article(self, article: Article, lang: str | None = None) -> Extraction:
        from kg.build.worker import content_hash

        digest = content_hash(article, lang)  # as the build runner records it: before prepare()
        if lang:
            check_language(lang, article.id)
        prepare(article, lang)
        check_language(article.lang or "", article.id)
        x = extract(article)
        if isinstance(self.store, MemoryStore):
            self.store.put_graph(article_graph(x), digest)
        else:
            self.store.put_article(str(graph_iri(article.id)), digest, article_nquads(x))
        self.extractions.append(x)
        return x

    def add_text(self, text: str, *, id: str, lang: str | None = None, date: str | dt.date | None = None,
                 title: str | None = None, publisher: str | None = None) -> Extraction:
        if not text.strip():
            raise InputError(Errors.E002, path=id)
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        return self.add_article(Article(id=id, text=text, date=date, title=title, publisher=publisher), lang)

    def query(self, sparql: str):
        from kg.query import run_query

        return run_query(self.store, sparql)

    def to_networkx(self):
        from kg.export.project import to_networkx

        return to_networkx(self.store.triple_source())

    def serialize(self, path: str | Path, fmt: str | None = None) -> str:
        return self.store.serialize(path, fmt)

    def export(self, fmt: str, path: str | Path) -> dict:
        from kg.export import export

        return export(self.store.triple_source(), fmt, path)

    def validate(self):
        from kg.ontology.validate import validate

        return validate(self.dataset)

    def __len__(self) -> int:
        return len(self.store)


def build(inputs: Iterable[str | Path], *, lang: str | None = None,
          on_article: Callable[[Extraction], None] | None = None,
          on_error: Callable[[Exception], None] | None = None,
          workers: int = 1, dask: str | object | None = None, store: Store | None = None) -> KnowledgeGraph:
    """Build a graph from files and folders. ``on_error`` set: bad articles are reported and skipped.

    Runs :func:`kg.build.run_build`: in this process, in ``workers`` processes or on the Dask
    cluster at ``dask``; into ``store`` (default: a new in-memory store). The summary of the run
    is ``g.summary``.
    """
    from kg.build import run_build

    inputs = list(inputs)
    g = KnowledgeGraph(store)

    def committed(result) -> None:
        if result.extraction is not None:
            g.extractions.append(result.extraction)
            if on_article:
                on_article(result.extraction)

    g.summary = run_build(inputs, g.store, lang=lang, workers=workers, dask=dask, on_error=on_error,
                          on_result=committed, keep_extractions=True)
    if g.summary.articles == 0:
        raise InputError(Errors.E013, paths=", ".join(map(str, inputs)))
    return g
