"""Oxigraph on disk (pyoxigraph, RocksDB): one named graph per article, kept in a directory.

* The store's default graph is kept equal to the union (RDF merge) of the article graphs, and
  queries run on it: entities shared by articles (same IRI) are one node and a triple stated by
  several articles is one triple, as in the in-memory store. (pyoxigraph 0.5's
  ``use_default_graph_as_union`` returns a triple once per graph holding it — oxigraph issue
  #1919 — so ``COUNT`` and joins on shared entity triples would be inflated.)
* :meth:`OxigraphStore.put_article` of a new graph is one ``Store.load`` (a transaction) of the
  graph's quads, their copies in the default graph and the hash. Replacing a graph is one SPARQL
  Update — take the graph's triples that no
  other graph holds out of the default graph, drop the graph, insert the new triples into it and
  into the default graph, replace its hash in the manifest graph — which Oxigraph runs as one
  transaction: after a crash or ``kill -9`` the store holds either the old graph, its default
  graph share and hash, or the new ones.
* :meth:`OxigraphStore.put_articles` (what a build's writer calls) puts a batch of new graphs in
  with Oxigraph's bulk loader, about twice as cheap per quad but not atomic. A journal makes it
  safe: one transaction marks the batch's graphs ``kg:loadPending`` in the manifest graph, the
  bulk loader writes their quads and then their default-graph copies, and one transaction
  replaces the marks by the hashes. Opening a store drops every graph still marked (a build
  killed in between), with its default-graph share, so the store is again the union of whole,
  hashed article graphs and a rerun builds those articles again.
* The manifest graph (``<graph> kg:graphHash "…"``) is a named graph, so it is outside the
  default graph, queries, dumps and exports.
* One process at a time may open a directory for writing (Oxigraph locks it).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import Errors, GraphError, StoreError
from kg.ontology.namespaces import KG
from kg.store.base import (MANIFEST, article_lines, atomic_writer, format_for_path, store_prefixes,
                           write_quads)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_HASH = ox.NamedNode(str(KG.graphHash))
_PENDING = ox.NamedNode(str(KG.loadPending))
_MANIFEST = ox.NamedNode(str(MANIFEST))
_DEFAULT = ox.DefaultGraph()
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
BULK_MIN = 8
"""Fewer new graphs than this in a :meth:`OxigraphStore.put_articles` batch go in one transaction
each: a bulk load has a fixed cost of ~15 ms, a transaction ~10 µs per quad."""


def to_rdflib(term) -> Node:
    """A pyoxigraph term as the rdflib term of the same value."""
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.Literal:
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if kind is ox.BlankNode:
        return BNode(term.value)
    if kind is ox.DefaultGraph:
        return DATASET_DEFAULT_GRAPH_ID
    raise TypeError(f"unsupported term {term!r}")


def to_oxigraph(term: Node | None):
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def parse_article(graph_iri: str, nquads: str) -> list[tuple[Node, Node, Node]]:
    """The triples of N-Quads text for graph ``graph_iri`` (lines without a graph are taken as in
    it), as rdflib terms. StoreError E022 for bad syntax or a quad of another graph."""
    return [(to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object))
            for q in _article_quads(graph_iri, ox.NamedNode(graph_iri), nquads)]


def _article_quads(graph_iri: str, node: ox.NamedNode, nquads: str) -> list[ox.Quad]:
    """The quads of N-Quads text for graph ``graph_iri`` (lines without a graph are put in it).
    StoreError E022 for bad syntax or a quad of another graph."""
    try:
        parsed = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as e:
        raise StoreError(Errors.E022, graph=graph_iri, msg=" ".join(str(e).split())[:300]) from None
    out = []
    for q in parsed:
        g = q.graph_name
        if g != node:
            if type(g) is not ox.DefaultGraph:
                raise StoreError(Errors.E022, graph=graph_iri, msg=f"a quad of another graph, {g}")
            q = ox.Quad(q.subject, q.predicate, q.object, node)
        out.append(q)
    return out


def _graph_lines(graph_iri: str, nquads: str) -> list[str] | None:
    """The non-blank lines of ``nquads`` if each one is a quad of graph ``graph_iri`` by its look
    (it ends with the graph, and what is before has three terms: a literal, the only term with
    spaces, is always the third), else None: a triple "<s> <p> <g> ." is not taken for a quad."""
    suffix = f" <{graph_iri}> ."
    cut = len(suffix)
    lines = [ln for ln in nquads.splitlines() if ln.strip()]
    for ln in lines:
        if not ln.endswith(suffix) or ('"' not in ln and len(ln[:-cut].split()) != 3):
            return None
    return lines


def _literal(text: str) -> str:
    return '"' + text.translate(_ESCAPES) + '"'


def _default_copies(graph_iri: str, lines: list[str]) -> list[str]:
    """The lines :func:`_graph_lines` gave, as triples of the default graph."""
    cut = len(graph_iri) + 5  # " <graph_iri> ."
    return [ln[:-cut] + " ." for ln in lines]


def _select_result(solutions: ox.QuerySolutions) -> Result:
    """A SELECT's solutions as an rdflib Result, term by term (twice as fast as through JSON)."""
    names = [v.value for v in solutions.variables]
    variables = [Variable(n) for n in names]
    result = Result("SELECT")
    result.vars = variables
    result.bindings = [{v: to_rdflib(term) for v, term in zip(variables, solution) if term is not None}
                       for solution in solutions]
    return result


class _UnionTriples:
    """The union graph as the export projection reads it: distinct triples by pattern."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None]) -> Iterator[tuple[Node, Node, Node]]:
        s, p, o = (to_oxigraph(t) for t in pattern)
        for q in self._store.quads_for_pattern(s, p, o, _DEFAULT):
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]:
        seen: set = set()
        for q in self._store.quads_for_pattern(None, to_oxigraph(predicate), to_oxigraph(object), _DEFAULT):
            if q.subject not in seen:
                seen.add(q.subject)
                yield to_rdflib(q.subject)


class OxigraphStore:
    """Article graphs in an Oxigraph store in directory ``path`` (created if missing)."""

    name = "oxigraph"
    concurrent_writes = True  # pyoxigraph writes outside the GIL and takes them from any thread

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._store = ox.Store(str(self.path))
        except OSError as e:
            msg = " ".join(str(e).split())
            if "lock" in msg.lower():
                msg = "another process has it open (" + msg[:200] + ")"
            raise StoreError(Errors.E019, spec=str(path), msg=msg[:300]) from None
        self.repaired = self._repair()

    # -- writing ------------------------------------------------------------------------------
    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        if self.article_hash(graph_iri) == content_hash:
            return False
        node = ox.NamedNode(graph_iri)
        if not self._store.contains_named_graph(node):
            # A new graph: its quads, their copies in the default graph and its hash go in as one
            # transaction, several times faster than the SPARQL Update below.
            self._put_new(graph_iri, node, content_hash, nquads)
            return True
        body = "\n".join(article_lines(graph_iri, nquads))
        g = f"<{graph_iri}>"
        self._update(
            self._drop(g)
            + f"INSERT DATA {{\nGRAPH {g} {{\n{body}\n}}\n"
            f"GRAPH <{MANIFEST}> {{ {g} <{KG.graphHash}> {_literal(content_hash)} }}\n}} ;\n"
            f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}",
            graph_iri,
        )
        return True

    def put_articles(self, items: Sequence[tuple[str, str, str]]) -> list[bool]:
        """:meth:`put_article` for each (graph IRI, content hash, N-Quads) of ``items``, in one
        batch; for each, whether it was written. New graphs whose lines are all quads of their
        graph go in with the bulk loader (:meth:`_bulk_put`) when there are at least
        :data:`BULK_MIN` of them; the others one by one. Each article is committed (as after
        :meth:`put_article`) once this returns."""
        done = [False] * len(items)
        bulk: list[tuple[int, str, str, list[str]]] = []
        later: list[int] = []
        seen: set[str] = set()
        for i, (iri, digest, nquads) in enumerate(items):
            if iri in seen:  # the same graph twice: after the first is in
                later.append(i)
                continue
            seen.add(iri)
            if self.article_hash(iri) == digest:
                continue
            lines = _graph_lines(iri, nquads)
            if lines is None or self._store.contains_named_graph(ox.NamedNode(iri)):
                later.append(i)
            else:
                bulk.append((i, iri, digest, lines))
        if len(bulk) < BULK_MIN:
            later.extend(i for i, *_ in bulk)
        else:
            try:
                self._bulk_put(bulk)
                for i, *_ in bulk:
                    done[i] = True
            except SyntaxError:  # e.g. "<s> <p> <g> ." (a triple) cut wrong: undo, then one by one
                self._repair()
                later.extend(i for i, *_ in bulk)
        for i in sorted(later):
            done[i] = self.put_article(*items[i])
        return done

    def _bulk_put(self, bulk: list[tuple[int, str, str, list[str]]]) -> None:
        """New graphs (index, IRI, hash, their N-Quads lines) in with the bulk loader, journalled:
        marks, quads, default-graph copies, then marks → hashes (see the module's docstring)."""
        m = f"<{_MANIFEST.value}>"
        marks = [f"<{iri}> <{_PENDING.value}> {_literal(digest)}" for _, iri, digest, _ in bulk]
        self._store.load("\n".join(f"{t} {m} ." for t in marks), format=ox.RdfFormat.N_QUADS)
        self._store.bulk_load("\n".join(ln for *_, lines in bulk for ln in lines), format=ox.RdfFormat.N_QUADS)
        self._store.bulk_load("\n".join(ln for _, iri, _, lines in bulk for ln in _default_copies(iri, lines)),
                              format=ox.RdfFormat.N_QUADS)
        hashes = " .\n".join(f"<{iri}> <{_HASH.value}> {_literal(digest)}" for _, iri, digest, _ in bulk)
        self._store.update(f"DELETE DATA {{ GRAPH {m} {{ {' .'.join(marks)} }} }} ;\n"
                           f"INSERT DATA {{ GRAPH {m} {{ {hashes} }} }}")

    def _repair(self) -> int:
        """Drop every graph a bulk load left marked ``kg:loadPending`` (a build killed during
        :meth:`_bulk_put`), with its share of the default graph; how many."""
        pending = {q.subject.value for q in self._store.quads_for_pattern(None, _PENDING, None, _MANIFEST)}
        for iri in sorted(pending):
            self._update(self._drop(f"<{iri}>")
                         + f"DELETE WHERE {{ GRAPH <{_MANIFEST.value}> {{ <{iri}> <{_PENDING.value}> ?h }} }}", iri)
        return len(pending)

    def _put_new(self, graph_iri: str, node: ox.NamedNode, content_hash: str, nquads: str) -> None:
        """One ``Store.load`` (a transaction, parsed in Rust) of the graph's quads, their copies in
        the default graph and the hash, when every line is a quad of ``graph_iri`` (what kg's
        build writes); else one ``Store.extend`` of the parsed quads (lines without a graph are
        put in it; E022 for a quad of another graph or bad syntax)."""
        lines = _graph_lines(graph_iri, nquads)
        hash_line = f"<{graph_iri}> <{_HASH.value}> {_literal(content_hash)} <{_MANIFEST.value}> ."
        if lines is not None:
            text = "\n".join([*lines, *_default_copies(graph_iri, lines), hash_line])
            try:
                self._store.load(text, format=ox.RdfFormat.N_QUADS)
                return
            except SyntaxError:
                pass  # nothing was written; the parse below says what is wrong (or "<s> <p> <g> ." was a triple)
        quads = _article_quads(graph_iri, node, nquads)
        quads += [ox.Quad(q.subject, q.predicate, q.object, _DEFAULT) for q in quads]
        quads.append(ox.Quad(node, _HASH, ox.Literal(content_hash), _MANIFEST))
        self._store.extend(quads)

    @staticmethod
    def _drop(g: str) -> str:
        """Update operations that take graph ``g`` out: its triples no other article graph holds
        leave the default graph, then the graph and its manifest entry go."""
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
                f"DROP SILENT GRAPH {g} ;\n"
                f"DELETE WHERE {{ GRAPH <{MANIFEST}> {{ {g} <{KG.graphHash}> ?h }} }} ;\n")

    def put_graph(self, graph: Graph, content_hash: str) -> bool:
        return self.put_article(str(graph.identifier), content_hash, graph.serialize(format="nt"))

    def remove_article(self, graph_iri: str) -> bool:
        node = ox.NamedNode(graph_iri)
        if self.article_hash(graph_iri) is None and not self._store.contains_named_graph(node):
            return False
        self._update(self._drop(f"<{graph_iri}>").rstrip(" ;\n"), graph_iri)
        return True

    def _update(self, update: str, graph_iri: str) -> None:
        try:
            self._store.update(update)
        except SyntaxError as e:
            raise StoreError(Errors.E022, graph=graph_iri, msg=" ".join(str(e).split())[:300]) from None

    # -- reading ------------------------------------------------------------------------------
    def article_hash(self, graph_iri: str) -> str | None:
        for q in self._store.quads_for_pattern(ox.NamedNode(graph_iri), _HASH, None, _MANIFEST):
            return q.object.value
        return None

    def articles(self) -> Iterator[tuple[str, str | None]]:
        hashes = {q.subject.value: q.object.value
                  for q in self._store.quads_for_pattern(None, _HASH, None, _MANIFEST)}
        for g in self._store.named_graphs():
            if g != _MANIFEST:
                yield g.value, hashes.get(g.value)

    def query(self, sparql: str) -> Result:
        try:
            r = self._store.query(sparql, prefixes=store_prefixes())
            if isinstance(r, ox.QueryBoolean):
                result = Result("ASK")
                result.askAnswer = bool(r)
                return result
            if isinstance(r, ox.QuerySolutions):
                return _select_result(r)
            g = Graph()
            g.parse(data=r.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
            for prefix, iri in store_prefixes().items():
                g.bind(prefix, iri)
            result = Result("CONSTRUCT")
            result.graph = g
            return result
        except (SyntaxError, ValueError, OSError) as e:
            raise GraphError(Errors.E010, msg=" ".join(str(e).split())[:400]) from None

    def _article_quads(self) -> Iterator[ox.Quad]:
        for q in self._store.quads_for_pattern(None, None, None, None):
            if q.graph_name != _MANIFEST and type(q.graph_name) is not ox.DefaultGraph:
                yield q

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for q in self._article_quads():
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), to_rdflib(q.graph_name)

    def triple_source(self) -> _UnionTriples:
        return _UnionTriples(self._store)

    def __len__(self) -> int:
        """Triples in the union of the article graphs (as ``len`` of the in-memory Dataset)."""
        return int(next(iter(self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)

    def serialize(self, path: str | Path, fmt: str | None = None) -> str:
        """Dump the article graphs (not the manifest): N-Quads and TriG stream from the store;
        Turtle and N-Triples hold the distinct triples of the union; JSON-LD goes through rdflib."""
        fmt = format_for_path(path, fmt)
        prefixes = store_prefixes()
        if fmt in ("nquads", "trig"):
            rdf_format = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TRIG
            with atomic_writer(path) as fh:
                ox.serialize(self._article_quads(), fh, rdf_format, prefixes=prefixes if fmt == "trig" else None)
        elif fmt in ("turtle", "ntriples"):
            triples = (q.triple for q in self._store.quads_for_pattern(None, None, None, _DEFAULT))
            rdf_format = ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES
            with atomic_writer(path) as fh:
                ox.serialize(triples, fh, rdf_format, prefixes=prefixes if fmt == "turtle" else None)
        else:
            write_quads(path, fmt, self.quads(), prefixes.items())
        return fmt

    def flush(self) -> None:
        self._store.flush()

    def article_count(self) -> int:
        """Article graphs in the store (the manifest graph is not one)."""
        return sum(1 for g in self._store.named_graphs() if g != _MANIFEST)

    def optimize(self) -> None:
        """Compact the store (RocksDB's full compaction, ``Store.optimize``). A build's bulk loads
        leave many overlapping files; compacted, selective queries read fewer of them (measured
        on 1,680 articles, 1.75M quads: a type lookup 23 → 9 ms, a 2-hop join 10.7 → 3.7 ms). It
        rewrites the whole store: ~5 s for 6M quads."""
        try:
            self._store.optimize()
        except OSError as e:
            raise StoreError(Errors.E035, spec=str(self.path), msg=" ".join(str(e).split())[:300]) from None

    def close(self) -> None:
        """Release the directory (another process may open it afterwards)."""
        store, self._store = getattr(self, "_store", None), None
        if store is not None:
            store.flush()
            del store


__all__ = ["OxigraphStore", "to_rdflib", "to_oxigraph"]
