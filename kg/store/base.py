"""The store interface and its factory; serialization formats by name and by file extension;
atomic writes; loading a graph file."""
from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol, runtime_checkable

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import Errors, FormatError, GraphError, InputError, StoreError
from kg.ontology.namespaces import BASE

# name → (rdflib format, keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "jsonld": ("json-ld", True),
}
EXTENSIONS: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}


def format_for_path(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise FormatError(Errors.E011, fmt=fmt, choices=", ".join(FORMATS))
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in EXTENSIONS:
        raise FormatError(Errors.E012, path=str(path), choices=", ".join(FORMATS))
    return EXTENSIONS[ext]


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and rename: never a partial file."""
    with atomic_writer(path) as fh:
        fh.write(data)


@contextlib.contextmanager
def atomic_writer(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` when the block ends without an error (for big dumps)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def open_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Load a graph file written by kg (any of FORMATS) as a Dataset whose default graph is the union."""
    path = Path(path)
    if not path.exists():
        raise InputError(Errors.E001, path=str(path))
    try:
        fmt = format_for_path(path, fmt)
    except FormatError as e:
        raise GraphError(Errors.E009, path=str(path), msg=str(e).split("] ", 1)[-1]) from None
    ds = Dataset(default_union=True)
    try:
        ds.parse(str(path), format=FORMATS[fmt][0])
    except Exception as e:  # rdflib raises many kinds; all mean "not a graph of that format"
        msg = " ".join(str(e).split())[:300] or type(e).__name__
        raise GraphError(Errors.E009, path=str(path), msg=msg) from None
    if len(ds) == 0:
        raise GraphError(Errors.E009, path=str(path), msg="no triples")
    return ds


# --------------------------------------------------------------------------------------------
# Stores: one named graph per article, its content hash in a manifest graph

MANIFEST = URIRef(BASE + "manifest")
"""The manifest graph: ``<article graph> kg:graphHash "…"`` for each article graph of a store.
Never part of an article graph, a dump or an export."""

# store name → "module:class"; a backend module is imported only when its store is opened
STORES: dict[str, str] = {
    "memory": "kg.store.memory:MemoryStore",
    "oxigraph": "kg.store.oxigraph:OxigraphStore",
    "remote": "kg.store.remote:RemoteStore",
}


@runtime_checkable
class TripleSource(Protocol):
    """What the export projection reads: triples of the union graph by predicate (rdflib terms,
    each distinct triple once). An rdflib Graph or Dataset is one."""

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None]) -> Iterator[tuple[Node, Node, Node]]: ...

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]: ...


@runtime_checkable
class Store(Protocol):
    """Where article graphs live. Every backend (``memory``, ``oxigraph``, ``remote``) implements this.

    Graphs are named by IRI strings (``res:graph/<id>``, see :func:`kg.ontology.iris.graph_iri`);
    the default graph of :meth:`query` is the union of the article graphs.
    """

    name: str

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        """Replace the named graph ``graph_iri`` by the N-Quads ``nquads`` (lines of that graph, or
        triples) and record ``content_hash``, atomically. False, and nothing done, if the recorded
        hash equals ``content_hash``."""
        ...

    def put_graph(self, graph: Graph, content_hash: str) -> bool:
        """:meth:`put_article` for an rdflib Graph (its identifier names the graph)."""
        ...

    def article_hash(self, graph_iri: str) -> str | None:
        """The recorded content hash of ``graph_iri``; None if the store has no such article."""
        ...

    def remove_article(self, graph_iri: str) -> bool:
        """Drop the graph and its hash; False if there was no such article."""
        ...

    def articles(self) -> Iterator[tuple[str, str | None]]:
        """(graph IRI, content hash) of every article graph."""
        ...

    def query(self, sparql: str) -> Result:
        """Run SPARQL (kg's prefixes predeclared, union default graph) → an rdflib Result
        (what :func:`kg.query.format_result` formats). GraphError E010 on a bad query."""
        ...

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        """Every quad of the article graphs (not the manifest), as rdflib terms."""
        ...

    def triple_source(self) -> TripleSource:
        """The union graph as the export projection reads it."""
        ...

    def serialize(self, path: str | Path, fmt: str | None = None) -> str:
        """Write the article graphs to ``path`` (any of :data:`FORMATS`) atomically; the format name."""
        ...

    def __len__(self) -> int:
        """Triples in the union (default graph) of the article graphs, each counted once."""
        ...

    def close(self) -> None: ...


def open_store(spec: str | Path | None = None, **options: Any) -> Store:
    """The store ``spec`` names: None → in memory; ``http(s)://…`` → a remote SPARQL 1.1 store
    (``options``: ``query_url``, ``update_url``, ``store_url``); anything else → an Oxigraph
    store in that directory (created if missing)."""
    if spec is None or str(spec) in ("", ":memory:", "memory"):
        return _store_class("memory")()
    text = str(spec)
    if text.startswith(("http://", "https://")):
        return _store_class("remote")(text, **options)
    if options:
        raise StoreError(Errors.E019, spec=text, msg=f"options {', '.join(sorted(options))} are for remote stores")
    path = Path(spec)
    if path.exists() and not path.is_dir():
        raise StoreError(Errors.E019, spec=text, msg="it is a file, not a store directory (load graph files as GRAPH)")
    if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
        raise StoreError(Errors.E019, spec=text, msg="the directory is not empty and holds no Oxigraph store")
    return _store_class("oxigraph")(path)


def _store_class(name: str):
    module, _, cls = STORES[name].partition(":")
    return getattr(importlib.import_module(module), cls)


def store_prefixes() -> dict[str, str]:
    """kg's predeclared SPARQL prefixes, name → IRI (see :func:`kg.query.run.run_query`)."""
    from kg.query.run import _prefixes

    return {k: str(v) for k, v in _prefixes().items()}


def prefixed(sparql: str) -> str:
    """``sparql`` with kg's PREFIX declarations in front (for stores that take text)."""
    head = "".join(f"PREFIX {k}: <{v}>\n" for k, v in store_prefixes().items())
    return head + sparql


def article_lines(graph_iri: str, nquads: str) -> list[str]:
    """The triples of ``nquads`` as N-Triples lines (``s p o .``), checking that every quad is in
    ``graph_iri`` (triples are taken as in it). StoreError E022 for a quad of another graph."""
    suffix = f" <{graph_iri}> ."
    out: list[str] = []
    slow: list[str] = []
    for line in nquads.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith(suffix):
            out.append(line[: -len(suffix)] + " .")
        else:
            slow.append(line)
    if out and not _valid_ntriples("\n".join(out)):
        # a bad line, or a triple whose object is the graph IRI ("<s> <p> <g> ."), which the fast
        # path cut: the real parser says which (E022) or reads it right
        return _parse_lines(graph_iri, nquads)
    if slow:  # triples, or spacing the fast path does not know: let a real parser decide
        out.extend(_parse_lines(graph_iri, "\n".join(slow)))
    return out


def _valid_ntriples(text: str) -> bool:
    import pyoxigraph as ox

    try:
        for _ in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
            pass
    except SyntaxError:
        return False
    return True


def _parse_lines(graph_iri: str, text: str) -> list[str]:
    from kg.store.oxigraph import parse_article  # pyoxigraph's parser: fast, and strict N-Quads

    return [f"{nt(s)} {nt(p)} {nt(o)} ." for s, p, o in parse_article(graph_iri, text)]


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt(term: Node) -> str:
    """One rdflib term in N-Triples syntax (rdflib's ``n3()`` writes long literals in triple quotes)."""
    if isinstance(term, Literal):
        body = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return f"{body}^^<{term.datatype}>"
        return body
    if isinstance(term, BNode):
        return f"_:{term}"
    return f"<{term}>"


def write_quads(path: str | Path, fmt: str | None, quads: Iterable[tuple[Node, Node, Node, URIRef]],
                namespaces: Iterable[tuple[str, Any]] = ()) -> str:
    """Serialize ``quads`` to ``path`` atomically (named graphs kept, or their union for triple
    formats); the format name. N-Quads are written line by line, the others through rdflib."""
    fmt = format_for_path(path, fmt)
    rdf_format, keeps_graphs = FORMATS[fmt]
    if fmt == "nquads":
        lines = sorted({f"{nt(s)} {nt(p)} {nt(o)} {nt(g)} .\n" for s, p, o, g in quads})
        atomic_write(path, "".join(lines).encode("utf-8"))
        return fmt
    if keeps_graphs:
        target: Graph = Dataset()
        for s, p, o, g in quads:
            target.graph(g).add((s, p, o))
    else:
        target = Graph()
        for s, p, o, _ in quads:
            target.add((s, p, o))
    for prefix, ns in namespaces:
        target.bind(prefix, ns, override=False)
    atomic_write(path, target.serialize(format=rdf_format, encoding="utf-8"))
    return fmt
