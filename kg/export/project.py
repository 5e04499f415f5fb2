"""Project the RDF graph onto a property graph (networkx) that every exporter writes.

Input is the union of the article graphs (see :mod:`kg.ontology.mapping`): entities, mentions
and ``kg:Assertion`` nodes. Output is a :class:`networkx.MultiDiGraph`:

* one node per entity (anything typed with one of :data:`ENTITY_CLASSES`), id = entity IRI,
  attributes ``label``, ``type``, ``key``, ``mentions``, ``articles`` and, where known, ``iso3``,
  ``geonames``, ``start``. No attribute is ever ``None``;
* one edge per (subject, relation, object, role) over all articles, attributes ``relation``,
  ``role`` ("" if none), ``label``, ``weight`` (sum of ``kg:supportCount``), ``directed``,
  ``articles``, ``confidence`` (max), ``dates`` (sorted distinct article and fact dates, as given)
  and ``start`` where known. Edges of symmetric relations are stored once, the endpoint with the
  smaller IRI as source, with ``directed=False``. The edge key is the relation name, with the role
  appended for roles (``"holdsRole:headOfState"``) so two roles between one pair stay two edges.

``start`` is always a full ``YYYY-MM-DD`` date: the earliest date, partial ones (``2024``,
``2024-03``) padded to their first day, so GEXF time and Gephi's timeline can use it.

Every kind of node is read in one pass per predicate with ``triples()``: no per-entity queries.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from kg.ontology.namespaces import KG, PROV, SCHEMA
from kg.relations import RELATIONS

__all__ = ["ENTITY_CLASSES", "to_networkx", "edge_id", "sorted_nodes", "sorted_edges", "flat", "full_date",
           "iter_flat_edges", "paused_gc"]

# entity class → node type (the class's local name); the first listed wins for multi-typed IRIs
ENTITY_CLASSES: dict[URIRef, str] = {
    KG.Country: "Country",
    KG.Place: "Place",
    KG.Organization: "Organization",
    KG.Person: "Person",
    KG.Agreement: "Agreement",
    KG.NamedEvent: "NamedEvent",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_DATE_PREFIX = re.compile(r"^\d{4}(?:-\d{2}){0,2}")


@functools.lru_cache(maxsize=4096)
def local_name(iri: Node) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    s = str(iri)
    return re.split(r"[#/]", s)[-1] or s


def iso(value: Node) -> str:
    """An xsd date-ish literal as an ISO string; times and time zones are cut off."""
    s = str(value).strip()
    m = _DATE_PREFIX.match(s)
    return m.group(0) if m else s


@functools.lru_cache(maxsize=65536)
def full_date(value: str) -> str | None:
    """``2024`` → ``2024-01-01``, ``2024-03`` → ``2024-03-01``; anything not a date → None."""
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)).isoformat()
    except ValueError:
        return None


def earliest(dates: Iterable[str]) -> str | None:
    """The earliest of ISO dates of any precision, as a full date (None if there is none)."""
    full = [d for d in (full_date(x) for x in dates) if d]
    return min(full) if full else None


def edge_id(source: str, key: str, target: str) -> str:
    """A stable id for an edge, independent of the other edges in the graph."""
    return "e" + hashlib.sha256(f"{source}\x1f{key}\x1f{target}".encode("utf-8")).hexdigest()[:16]


def flat(value: Any) -> str | int | float | bool:
    """An attribute value fit for GraphML/CSV: lists become ``;``-joined strings."""
    if isinstance(value, (set, frozenset)):
        value = sorted(value)
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


def sorted_nodes(G: nx.MultiDiGraph) -> list[tuple[str, dict]]:
    """Nodes in a deterministic order (by id)."""
    return sorted(G.nodes(data=True), key=lambda t: t[0])


def sorted_edges(G: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """Edges in a deterministic order (by source, target, key)."""
    return sorted(G.edges(keys=True, data=True), key=lambda t: (t[0], t[1], t[2]))


def _number(value: Node | None, default: float) -> float:
    """The numeric value of a literal; ``default`` if absent or not a number."""
    try:
        return float(value.toPython()) if isinstance(value, Literal) else default
    except (TypeError, ValueError, ArithmeticError):
        return default


def _objects(ds: Graph, predicate: URIRef, subjects: set | dict) -> dict[Node, Node]:
    """subject → object for one predicate, restricted to ``subjects`` (one pass)."""
    return {s: o for s, _, o in ds.triples((None, predicate, None)) if s in subjects}


def _entity_types(ds: Graph) -> dict[Node, str]:
    types: dict[Node, str] = {}
    for cls, name in ENTITY_CLASSES.items():
        for s in ds.subjects(RDF.type, cls):
            types.setdefault(s, name)
    return types


def _labels(ds: Graph, entities: dict) -> dict[Node, str]:
    """English label, else a label without language, else the first label by (lang, text)."""
    found: dict[Node, list[Literal]] = defaultdict(list)
    for s, _, o in ds.triples((None, RDFS.label, None)):
        if s in entities and isinstance(o, Literal):
            found[s].append(o)

    def rank(lit: Literal) -> tuple:
        lang = (lit.language or "").lower()
        return (lang != "en", lang != "", lang, str(lit))

    return {s: str(min(lits, key=rank)) for s, lits in found.items()}


@dataclass
class _EdgeAgg:
    weight: int = 0
    confidence: float = 0.0
    articles: set = field(default_factory=set)
    dates: set = field(default_factory=set)


@dataclass
class _Assertions:
    """All kg:Assertion nodes, aggregated per edge, plus the articles that state facts on each entity."""

    edges: dict[tuple[Node, str, Node, str], _EdgeAgg]
    entity_articles: dict[Node, set]


def _assertions(ds: Graph, art_dates: dict[Node, str]) -> _Assertions:
    ids = set(ds.subjects(RDF.type, KG.Assertion))
    subj, pred, obj = (_objects(ds, p, ids) for p in (RDF.subject, RDF.predicate, RDF.object))
    role, support = _objects(ds, KG.role, ids), _objects(ds, KG.supportCount, ids)
    conf, fdate = _objects(ds, KG.confidence, ids), _objects(ds, KG.factDate, ids)
    derived: dict[Node, list[Node]] = defaultdict(list)
    for a, _, art in ds.triples((None, PROV.wasDerivedFrom, None)):
        if a in ids:
            derived[a].append(art)

    edges: dict[tuple, _EdgeAgg] = defaultdict(_EdgeAgg)
    entity_articles: dict[Node, set] = defaultdict(set)
    for a in ids:
        if a not in subj or a not in pred or a not in obj:
            continue
        s, o, rel = subj[a], obj[a], local_name(pred[a])
        if rel in RELATIONS and RELATIONS[rel].symmetric and str(o) < str(s):
            s, o = o, s
        agg = edges[(s, rel, o, local_name(role[a]) if a in role else "")]
        agg.weight += int(_number(support.get(a), 1))
        agg.confidence = max(agg.confidence, _number(conf.get(a), 0.0))
        for art in derived[a]:
            agg.articles.add(art)
            if art in art_dates:
                agg.dates.add(art_dates[art])
        if a in fdate:
            agg.dates.add(iso(fdate[a]))
        entity_articles[s].update(derived[a])
        entity_articles[o].update(derived[a])
    return _Assertions(dict(edges), dict(entity_articles))


def _mentions(ds: Graph, entities: dict) -> tuple[Counter, dict[Node, set]]:
    """Mentions per entity and the articles they are in."""
    mention_of = {m: e for m, _, e in ds.triples((None, KG.mentionOf, None)) if e in entities}
    counts: Counter = Counter(mention_of.values())
    articles: dict[Node, set] = defaultdict(set)
    for m, _, art in ds.triples((None, KG.inArticle, None)):
        if m in mention_of:
            articles[mention_of[m]].add(art)
    return counts, articles


def _node_attrs(e: Node, etype: str, label: str | None, key: Node | None) -> dict[str, Any]:
    return {"label": label or (str(key) if key else local_name(e)), "type": etype, "key": str(key or "")}


def _add_nodes(G: nx.MultiDiGraph, ds: Graph, types: dict[Node, str], facts: _Assertions,
               art_dates: dict[Node, str]) -> None:
    labels, keys = _labels(ds, types), _objects(ds, KG.entityKey, types)
    iso3, geonames = _objects(ds, KG.iso3166Alpha3, types), _objects(ds, KG.geonamesId, types)
    mentions, mention_articles = _mentions(ds, types)
    for e in sorted(types, key=str):
        attrs = _node_attrs(e, types[e], labels.get(e), keys.get(e))
        if e in iso3:
            attrs["iso3"] = str(iso3[e])
        if e in geonames:
            attrs["geonames"] = str(geonames[e])
        arts = mention_articles.get(e, set()) | facts.entity_articles.get(e, set())
        attrs["mentions"] = mentions.get(e, 0)
        attrs["articles"] = len(arts)
        start = earliest(art_dates[a] for a in arts if a in art_dates)
        if start:
            attrs["start"] = start
        G.add_node(str(e), **attrs)


def _edge_label(rel: str, role: str) -> str:
    base = RELATIONS[rel].label_en if rel in RELATIONS and RELATIONS[rel].label_en else rel
    return f"{base} ({role})" if role else base


def _add_edges(G: nx.MultiDiGraph, facts: _Assertions) -> None:
    for (s, rel, o, role), agg in sorted(facts.edges.items(), key=lambda kv: tuple(map(str, kv[0]))):
        for end in (s, o):  # an endpoint that is not a typed entity still gets a usable node
            if str(end) not in G:
                G.add_node(str(end), label=local_name(end), type="", key="", mentions=0, articles=0)
        attrs: dict[str, Any] = {
            "relation": rel,
            "role": role,
            "label": _edge_label(rel, role),
            "weight": agg.weight,
            "directed": not (rel in RELATIONS and RELATIONS[rel].symmetric),
            "articles": len(agg.articles),
            "confidence": agg.confidence,
            "dates": sorted(agg.dates),
        }
        start = earliest(agg.dates)
        if start:
            attrs["start"] = start
        G.add_edge(str(s), str(o), key=f"{rel}:{role}" if role else rel, **attrs)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector: building millions of acyclic objects next to a large
    rdflib store otherwise triggers full collections that cost more than the work itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def to_networkx(dataset: Graph) -> nx.MultiDiGraph:
    """The property graph of ``dataset``: a Dataset with ``default_union=True``, any Graph, a
    :class:`kg.store.Store` or anything else with rdflib's ``triples()`` and ``subjects()`` over the
    union graph (:meth:`kg.store.Store.triple_source`: an Oxigraph store is read by predicate from
    its own indexes, never copied into rdflib)."""
    if not isinstance(dataset, Graph) and hasattr(dataset, "triple_source"):
        dataset = dataset.triple_source()
    with paused_gc(), warnings.catch_warnings():
        # rdflib 7.x warns about its own use of Dataset.default_context on every triples() call
        warnings.filterwarnings("ignore", "Dataset.default_context is deprecated", DeprecationWarning)
        return _project(dataset)


def _project(dataset: Graph) -> nx.MultiDiGraph:
    art_dates = {a: iso(d) for a, _, d in dataset.triples((None, SCHEMA.datePublished, None))}
    types = _entity_types(dataset)
    facts = _assertions(dataset, art_dates)
    G = nx.MultiDiGraph()
    _add_nodes(G, dataset, types, facts, art_dates)
    _add_edges(G, facts)
    return G


def iter_flat_edges(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict]]:
    """Sorted edges with attribute values flattened by :func:`flat`."""
    for u, v, k, d in sorted_edges(G):
        yield u, v, k, {name: flat(value) for name, value in d.items()}
