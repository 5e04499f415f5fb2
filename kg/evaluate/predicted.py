"""Read kg's RDF output back into plain per-article entities and facts, in gold-schema names.

This module is the one place that maps ontology terms back to the gold vocabulary: entity
classes → gold entity types, ``kg:<relation>`` properties → relation names, role individuals
(``kg:headOfState``…) → role names. The RDF shape it reads is the one written by
:func:`kg.ontology.mapping.article_graph`.

Accepted inputs: an ``rdflib.Dataset`` / ``ConjunctiveGraph`` (each named graph is read on its
own), a single ``rdflib.Graph`` (one or several articles; e.g. a Turtle export of the union),
or any iterable of these. Everything is read with one pass per predicate over the graph's
predicate index: no SPARQL, no per-fact queries.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from rdflib.term import Node

from kg.ontology.mapping import ENTITY_CLASS
from kg.ontology.namespaces import KG, PROV, SCHEMA
from kg.relations import RELATIONS, ROLES

__all__ = ["PredEntity", "PredFact", "PredDoc", "read_predicted",
           "TYPE_OF_CLASS", "RELATION_OF_PROPERTY", "ROLE_OF_IRI"]

TYPE_OF_CLASS: dict[URIRef, str] = {iri: name for name, iri in ENTITY_CLASS.items()}
"""Ontology class → gold entity type."""
RELATION_OF_PROPERTY: dict[URIRef, str] = {URIRef(KG[name]): name for name in RELATIONS}
"""``kg:<relation>`` property → gold relation name."""
ROLE_OF_IRI: dict[URIRef, str] = {URIRef(KG[name]): name for name in ROLES}
"""Role individual → gold role name."""


@dataclass
class PredEntity:
    iri: URIRef
    label: str  # English label if any, else any label, else the key, else the IRI
    type: str | None = None  # gold entity type, None when the class is not an entity class
    iso3: str | None = None
    key: str | None = None
    labels: tuple[str, ...] = ()  # every rdfs:label, all languages
    mentions: tuple[str, ...] = ()  # mention texts in this article, first-seen order, no duplicates


@dataclass
class PredFact:
    iri: URIRef  # the kg:Assertion node
    s: URIRef
    r: str  # gold relation name
    o: URIRef
    role: str | None = None  # gold role name
    date: str | None = None
    quotes: tuple[str, ...] = ()  # evidence quotes


@dataclass
class PredDoc:
    doc: str  # dcterms:identifier of the article = gold doc id
    article: URIRef
    entities: dict[URIRef, PredEntity] = field(default_factory=dict)
    facts: list[PredFact] = field(default_factory=list)
    planned: int = 0  # facts the article announces for the future (kg:modality "planned")


def _iter_graphs(source: object) -> Iterator[Graph]:
    if isinstance(source, Dataset):
        yield from source.graphs()
    elif isinstance(source, ConjunctiveGraph):
        yield from source.contexts()
    elif isinstance(source, Graph):
        yield source
    elif isinstance(source, Iterable) and not isinstance(source, (str, bytes)):
        for item in source:
            yield from _iter_graphs(item)
    else:
        raise TypeError(f"expected an rdflib Dataset, Graph or an iterable of graphs, got {type(source).__name__}")


_PREDICATES = (
    RDF.type, DCTERMS.identifier, RDFS.label, KG.iso3166Alpha3, KG.entityKey, KG.inArticle,
    KG.mentionOf, KG.mentionText, KG.startOffset, SCHEMA.publisher, KG.citesSource,
    RDF.subject, RDF.predicate, RDF.object, KG.role, KG.factDate, PROV.wasDerivedFrom, KG.evidence, KG.quote,
    KG.modality,
)

Index = dict[Node, dict[Node, list[Node]]]  # predicate → subject → objects


def _index(g: Graph) -> Index:
    """One linear pass over the graph's own triples. (Per-predicate lookups on one named graph
    of a Dataset scan that predicate in *every* graph of the store: quadratic over a corpus.)"""
    idx: Index = {p: defaultdict(list) for p in _PREDICATES}
    for s, p, o in g:
        by_s = idx.get(p)
        if by_s is not None:
            by_s[s].append(o)
    return idx


def _multi(idx: Index, p: URIRef) -> dict[Node, list[Node]]:
    return idx[p]


def _single(idx: Index, p: URIRef) -> dict[Node, Node]:
    """First object per subject, in a deterministic order when there are several."""
    out: dict[Node, Node] = {}
    for s, os in idx[p].items():
        out[s] = os[0] if len(os) == 1 else min(os, key=lambda o: (str(o), str(getattr(o, "language", "") or "")))
    return out


def _best_label(labels: list[Node]) -> str | None:
    lits = [x for x in labels if isinstance(x, Literal)]
    if not lits:
        return None
    for pref in ("en", None):
        cands = sorted(str(x) for x in lits if (x.language or None) == pref)
        if cands:
            return cands[0]
    return sorted(str(x) for x in lits)[0]


def _local_role(iri: Node) -> str:
    if iri in ROLE_OF_IRI:
        return ROLE_OF_IRI[iri]  # type: ignore[index]
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _read_graph(g: Graph, out: dict[str, PredDoc]) -> None:
    idx = _index(g)
    types = _multi(idx, RDF.type)
    ident = _single(idx, DCTERMS.identifier)
    articles = {s: str(ident[s]) for s, ts in types.items() if SCHEMA.NewsArticle in ts and s in ident}
    if not articles:
        return
    only = next(iter(articles)) if len(articles) == 1 else None

    in_article = _single(idx, KG.inArticle)
    labels = _multi(idx, RDFS.label)
    iso3 = _single(idx, KG.iso3166Alpha3)
    keys = _single(idx, KG.entityKey)
    mention_of = _single(idx, KG.mentionOf)
    mention_text = _single(idx, KG.mentionText)
    starts = _single(idx, KG.startOffset)

    def ent_type(iri: Node) -> str | None:
        for t in sorted(types.get(iri, ()), key=str):
            if t in TYPE_OF_CLASS:
                return TYPE_OF_CLASS[t]  # type: ignore[index]
        return None

    # per article: entity IRIs in use, and their mention texts
    ents: dict[URIRef, set[Node]] = {a: set() for a in articles}
    texts: dict[URIRef, dict[Node, list[tuple]]] = {a: defaultdict(list) for a in articles}
    for m, target in mention_of.items():
        art = in_article.get(m, only)
        if art not in articles or m not in mention_text:
            continue
        ents[art].add(target)
        start = starts.get(m)
        order = start.toPython() if isinstance(start, Literal) and isinstance(start.toPython(), int) else 0
        texts[art][target].append((order, str(mention_text[m])))
    if only is not None:  # a one-article graph: every typed entity in it belongs to the article
        ents[only].update(s for s, ts in types.items() if any(t in TYPE_OF_CLASS for t in ts))
    else:
        for p in (SCHEMA.publisher, KG.citesSource):
            for art, objs in _multi(idx, p).items():
                if art in articles:
                    ents[art].update(o for o in objs if isinstance(o, URIRef))

    # assertions
    subj, pred, obj = _single(idx, RDF.subject), _single(idx, RDF.predicate), _single(idx, RDF.object)
    roles, dates = _single(idx, KG.role), _single(idx, KG.factDate)
    modality = _single(idx, KG.modality)
    planned: dict[URIRef, int] = defaultdict(int)
    derived = _multi(idx, PROV.wasDerivedFrom)
    evidence = _multi(idx, KG.evidence)
    quote = _single(idx, KG.quote)
    facts: dict[URIRef, list[PredFact]] = {a: [] for a in articles}
    for a in sorted(s for s, ts in types.items() if KG.Assertion in ts):
        if a not in subj or a not in obj or pred.get(a) not in RELATION_OF_PROPERTY:
            continue
        art = next((x for x in derived.get(a, ()) if x in articles), None)
        if art is None:
            art = next((in_article[e] for e in evidence.get(a, ()) if in_article.get(e) in articles), only)
        if art is None:
            continue
        if str(modality.get(a, "")) == "planned":  # counted for the report; scored like the others
            planned[art] += 1
        evs = sorted(evidence.get(a, ()), key=str)
        quotes = tuple(dict.fromkeys(str(quote[e]) for e in evs if e in quote))
        role = roles.get(a)
        date = dates.get(a)
        f = PredFact(iri=a, s=subj[a], r=RELATION_OF_PROPERTY[pred[a]], o=obj[a],  # type: ignore[index,arg-type]
                     role=_local_role(role) if role is not None else None,
                     date=str(date) if date is not None else None, quotes=quotes)
        facts[art].append(f)
        ents[art].update((f.s, f.o))

    for art, doc_id in articles.items():
        doc = out.get(doc_id)
        if doc is None:
            doc = out[doc_id] = PredDoc(doc=doc_id, article=art)
        for iri in sorted(ents[art], key=str):
            if not isinstance(iri, URIRef):
                continue
            mtexts = [t for _, t in sorted(texts[art].get(iri, ()))]
            all_labels = tuple(sorted({str(x) for x in labels.get(iri, ()) if isinstance(x, Literal)}))
            key = keys.get(iri)
            e = PredEntity(
                iri=iri,
                label=_best_label(labels.get(iri, [])) or (str(key) if key is not None else str(iri)),
                type=ent_type(iri),
                iso3=str(iso3[iri]).upper() if iri in iso3 else None,
                key=str(key) if key is not None else None,
                labels=all_labels,
                mentions=tuple(dict.fromkeys(mtexts)),
            )
            prev = doc.entities.get(iri)
            if prev is None:
                doc.entities[iri] = e
            else:  # the same article seen in several graphs: merge
                prev.mentions = tuple(dict.fromkeys(prev.mentions + e.mentions))
                prev.labels = tuple(sorted(set(prev.labels) | set(e.labels)))
                prev.type = prev.type or e.type
                prev.iso3 = prev.iso3 or e.iso3
                prev.key = prev.key or e.key
                if prev.label == str(iri):
                    prev.label = e.label
        seen = {f.iri for f in doc.facts}
        doc.facts.extend(f for f in facts[art] if f.iri not in seen)
        doc.planned = max(doc.planned, planned[art])


def read_predicted(source: object) -> dict[str, PredDoc]:
    """Per-article entities and facts of ``source`` (Dataset, Graph, or iterable of graphs), by doc id."""
    out: dict[str, PredDoc] = {}
    for g in _iter_graphs(source):
        _read_graph(g, out)
    return out
