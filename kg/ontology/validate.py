"""Check graphs against ``ontologies/shapes.ttl`` (SHACL, via pyshacl, no inference).

pyshacl is slow on big graphs, so a Dataset is checked one named graph at a time: each is
copied into a plain in-memory :class:`rdflib.Graph` (fast for pyshacl whatever store backs the
Dataset) and validated against the shapes, which are parsed once per process.

One check is done here in Python rather than in the shapes: each ``kg:Assertion``'s direct
triple (``S P O``, and ``S kg:<role>Of O`` for a role) must be in the same graph. As a SPARQL
constraint pyshacl re-parsed the query for every assertion (~9 ms each).

Usage::

    report = validate(article_graph(extraction))  # or a Dataset of article graphs
    if not report.conforms:
        print(report.summary())
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pyshacl
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD
from rdflib.plugins.stores.memory import Memory
from rdflib.term import Node

from kg.errors import Errors, KGError
from kg.ontology.namespaces import KG, PROV, SCHEMA
from kg.relations import ROLES

__all__ = [
    "ValidationReport",
    "Violation",
    "load_ontology",
    "load_shapes",
    "ontology_dir",
    "validate",
]

ONTOLOGY_FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_dir() -> Path:
    """The repository's ``ontologies/`` folder (beside the ``kg`` package)."""
    # kg/ontology/validate.py → kg/ → the folder that holds kg/ and ontologies/
    path = Path(__file__).resolve().parent.parent.parent / "ontologies"
    if not (path / ONTOLOGY_FILE).is_file() or not (path / SHAPES_FILE).is_file():
        raise KGError(Errors.E015, path=path)
    return path


def _parse(name: str) -> Graph:
    path = ontology_dir() / name
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # a broken file in the repo is a bug, but say which file
        raise KGError(Errors.E009, path=path, msg=exc) from exc
    return g


def load_ontology() -> Graph:
    """The OWL ontology ``ontologies/kg.ttl`` as a new Graph."""
    return _parse(ONTOLOGY_FILE)


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return _parse(SHAPES_FILE)


def load_shapes() -> Graph:
    """The SHACL shapes ``ontologies/shapes.ttl`` (parsed once; do not modify the Graph)."""
    return _shapes()


class Violation(NamedTuple):
    """One SHACL result: the node that failed, the property, and what is wrong."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    results: list[Violation] = field(default_factory=list)
    graphs: int = 0  # how many graphs were checked
    failed_graphs: list[str] = field(default_factory=list)  # identifiers of graphs that did not conform

    def __bool__(self) -> bool:
        return self.conforms

    def summary(self, limit: int = 20) -> str:
        """A few lines for people: the verdict and the first ``limit`` results."""
        verdict = (
            "all conform"
            if self.conforms
            else f"{len(self.failed_graphs)} do not conform, {len(self.results)} result(s)"
        )
        head = f"{self.graphs} graph(s) checked: {verdict}"
        lines = [head, *(f"  {r}" for r in self.results[:limit])]
        if len(self.results) > limit:
            lines.append(f"  ... and {len(self.results) - limit} more")
        return "\n".join(lines)


_PREFIXES = {
    "kg": KG._NS,
    "schema": SCHEMA._NS,
    "prov": PROV._NS,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "dcterms": Namespace(str(DCTERMS)),
    "xsd": Namespace(str(XSD)),
}


def _short(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, ns in _PREFIXES.items():
            if node.startswith(ns):
                return f"{prefix}:{node[len(ns):]}"
        return str(node)
    if isinstance(node, Literal) and node.datatype is not None:
        return f"{Literal(str(node)).n3()}^^{_short(node.datatype)}"
    return node.n3()  # a plain literal, a blank node or a complex path


def _results(report: Graph) -> list[Violation]:
    out = []
    for r in report.objects(None, SH.result):
        focus = report.value(r, SH.focusNode)
        path = report.value(r, SH.resultPath)
        messages = sorted(str(m) for m in report.objects(r, SH.resultMessage))
        message = "; ".join(messages) or _short(report.value(r, SH.sourceConstraintComponent))
        value = report.value(r, SH.value)
        if value is not None and value != focus:
            message += f" (value: {_short(value)})"
        out.append(Violation(str(focus) if isinstance(focus, URIRef) else _short(focus), _short(path), message))
    return sorted(out)


_ROLE_SHORTCUTS = {KG[role]: KG[f"{role}Of"] for role in ROLES}


def _direct_triples(g: Graph) -> list[Violation]:
    """Each assertion's direct triple, and its role shortcut, must be in the graph."""
    out = []
    for fa in set(g.subjects(RDF.type, KG.Assertion)):
        s, p, o = g.value(fa, RDF.subject), g.value(fa, RDF.predicate), g.value(fa, RDF.object)
        if s is None or p is None or o is None:
            continue  # the shapes report what is missing
        focus = str(fa) if isinstance(fa, URIRef) else _short(fa)
        if (s, p, o) not in g:
            triple = f"{_short(s)} {_short(p)} {_short(o)}"
            out.append(Violation(focus, "", f"The assertion's direct triple ({triple}) is not in the graph"))
        for role in g.objects(fa, KG.role):
            shortcut = _ROLE_SHORTCUTS.get(role)  # type: ignore[call-overload]
            if shortcut is not None and (s, shortcut, o) not in g:
                triple = f"{_short(s)} {_short(shortcut)} {_short(o)}"
                out.append(Violation(focus, "kg:role", f"The role shortcut triple ({triple}) is not in the graph"))
    return out


def _validate_graph(g: Graph, shapes: Graph) -> list[Violation]:
    conforms, report, _ = pyshacl.validate(
        g,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
        inplace=True,  # no inference, so nothing is added to the data graph: no need for a copy
    )
    return sorted(([] if conforms else _results(report)) + _direct_triples(g))


def _plain(g: Graph) -> Graph:
    """``g`` itself if it is a plain in-memory Graph, else a copy in one.

    pyshacl is very slow on other stores (Oxigraph: see shared/design/MEASURED.md); a
    Dataset's graphs are copied too, so that each is validated on its own.
    """
    if type(g) is Graph and isinstance(g.store, Memory):
        return g
    copy = Graph(identifier=g.identifier)
    for t in g:
        copy.add(t)
    return copy


def validate(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate a Graph, or each non-empty graph of a Dataset/ConjunctiveGraph, against the shapes.

    ``shapes`` defaults to :func:`load_shapes`. The result lists every violation as
    (focus node, property path, message); ``failed_graphs`` names the graphs that did not conform.
    """
    shapes = load_shapes() if shapes is None else shapes
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        named = data.graphs() if isinstance(data, Dataset) else data.contexts()
        graphs = [g for g in named if len(g)]
        graphs.sort(key=lambda g: str(g.identifier))
    else:
        graphs = [data]
    results: list[Violation] = []
    failed: list[str] = []
    for g in graphs:
        found = _validate_graph(_plain(g), shapes)
        if found:
            failed.append(str(g.identifier))
            results.extend(found)
    return ValidationReport(conforms=not failed, results=results, graphs=len(graphs), failed_graphs=failed)
