"""Map one article's :class:`~kg.model.Extraction` onto the ontology, as one rdflib Graph.

Shape of the output (all inside the article's named graph):

* the article: ``schema:NewsArticle`` with headline, datePublished, publisher, inLanguage,
  ``kg:citesSource``, ``kg:dateline``, ``kg:photoCaption``, ``kg:contentHash``, dcterms:identifier;
* each entity: its class, ``rdfs:label`` per language, ``kg:entityKey`` and standard ids
  (``kg:iso3166Alpha3``, ``kg:geonamesId`` + ``owl:sameAs`` GeoNames);
* each mention: ``kg:Mention`` with text, offsets, segment kind and ``kg:mentionOf``;
* each fact: the direct triple ``S kg:rel O`` (for roles also ``S kg:<role>Of O``) and a
  ``kg:Assertion`` (an ``rdf:Statement``) with ``rdf:subject/predicate/object``, ``kg:role``,
  ``kg:factDate``, ``kg:modality``, ``kg:confidence``, ``kg:supportCount`` and one
  ``kg:Evidence`` per supporting sentence (sentence, offsets, quote, mentions, rule, confidence);
  reported events also get an event node (``kg:Meeting``…) with actor, target, date, CAMEO code.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from decimal import Decimal
from typing import NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, XSD
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS

from kg.model import Entity, Extraction, Fact
from kg.ontology.iris import article_iri, entity_iri, entity_ref, graph_iri, node_ref
from kg.ontology.namespaces import GEONAMES
from kg.ontology.namespaces import KG as _KG
from kg.ontology.namespaces import PROV as _PROV
from kg.ontology.namespaces import SCHEMA as _SCHEMA
from kg.relations import RELATIONS

class _Terms:
    """A closed namespace whose terms, once looked up (and checked), are plain attributes, and
    plain strings: the mapping reads some 30 terms per fact, a DefinedNamespace lookup is slow,
    and formatting a URIRef (a str subclass) into a line costs five times a str's."""

    def __init__(self, ns) -> None:
        self._ns = ns
        self._items: dict[str, str] = {}

    def __getattr__(self, name: str) -> str:
        term = str(getattr(self._ns, name))  # a misspelt term still fails here
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = str(self._ns[name])
        return term


KG, PROV, SCHEMA, RDF, RDFS = (_Terms(ns) for ns in (_KG, _PROV, _SCHEMA, _RDF, _RDFS))
_DCT_IDENTIFIER, _OWL_SAME_AS, _GEONAMES = str(DCTERMS.identifier), str(OWL.sameAs), str(GEONAMES)

__all__ = ["article_graph", "article_nquads", "nquad_lines", "article_triples", "article_iri", "entity_iri", "graph_iri", "date_literal", "nt_term"]

Triple = tuple[URIRef, URIRef, "URIRef | Lit"]
_Statement = tuple[str, str, "str | Lit"]  # an IRI is a plain string inside the mapping

ENTITY_CLASS = {
    "Country": _KG.Country,
    "Place": _KG.Place,
    "Organization": _KG.Organization,
    "Person": _KG.Person,
    "Agreement": _KG.Agreement,
    "Event": _KG.NamedEvent,
}
_CLASS = {name: str(iri) for name, iri in ENTITY_CLASS.items()}


class Lit(NamedTuple):
    """A literal as the mapping makes it: lexical form plus datatype IRI or language tag.

    Cheaper than an rdflib Literal; :func:`to_rdflib` makes one when a Graph is wanted.
    """

    value: str
    datatype: str | None = None
    lang: str | None = None


_DATE_TYPES = {4: str(XSD.gYear), 7: str(XSD.gYearMonth)}
_INT, _DECIMAL, _ANYURI = str(XSD.integer), str(XSD.decimal), str(XSD.anyURI)


def _date(value: str | dt.date) -> Lit:
    s = value.isoformat() if isinstance(value, dt.date) else value
    return Lit(s, _DATE_TYPES.get(len(s), str(XSD.date)))


def date_literal(value: str | dt.date) -> Literal:
    """ISO date of any precision → xsd:date, xsd:gYearMonth or xsd:gYear."""
    return to_rdflib(_date(value))


def _int(n: int) -> Lit:
    return Lit(str(n), _INT)


def _conf(x: float) -> Lit:
    return Lit(str(Decimal(str(round(x, 2)))), _DECIMAL)


def to_rdflib(term: "URIRef | Lit") -> URIRef | Literal:
    if type(term) is Lit:
        return Literal(term.value, datatype=URIRef(term.datatype) if term.datatype else None, lang=term.lang)
    return term  # type: ignore[return-value]


class _Triples(list):
    """A list of statements with the ``add`` of a Graph: the mapping code appends, nothing is indexed."""

    add = list.append


def _entity(g: _Triples, e: Entity) -> str:
    iri = entity_ref(e.key)
    g.add((iri, RDF.type, _CLASS[e.type]))
    g.add((iri, RDFS.label, Lit(e.label, None, "en")))
    for lang, name in sorted(e.labels.items()):
        if lang != "en" and name != e.label:
            g.add((iri, RDFS.label, Lit(name, None, lang)))
    g.add((iri, KG.entityKey, Lit(e.key)))
    ids = e.ids
    if "iso3" in ids:
        g.add((iri, KG.iso3166Alpha3, Lit(ids["iso3"])))
    if "iso2" in ids:
        g.add((iri, KG.iso3166Alpha2, Lit(ids["iso2"])))
    if "geonames" in ids:
        g.add((iri, KG.geonamesId, Lit(ids["geonames"])))
        g.add((iri, _OWL_SAME_AS, f"{_GEONAMES}{ids['geonames']}/"))
    if "acronym" in ids:
        g.add((iri, KG.acronym, Lit(ids["acronym"])))
    if e.date:
        g.add((iri, SCHEMA.startDate, _date(e.date)))
    if e.country and e.country != e.key:
        g.add((iri, KG.country, entity_ref(e.country)))
    return iri


def _group_key(f: Fact) -> tuple:
    s, o = f.subject, f.object
    if RELATIONS[f.relation].symmetric and o < s:
        s, o = o, s
    return (s, f.relation, o, f.role or "", f.date or "")


def article_graph(x: Extraction) -> Graph:
    """The named graph of one article (the graph's identifier is :func:`graph_iri`)."""
    g = Graph(identifier=graph_iri(x.article.id))
    for s, p, o in article_triples(x):
        g.add((s, p, to_rdflib(o)))
    return g


def article_nquads(x: Extraction) -> str:
    """The article's named graph as N-Quads text: sorted, duplicate-free lines, no rdflib Graph built.

    The same extraction always gives the same bytes; a store can load it as it is.
    """
    return "".join(nquad_lines(x))


def nquad_lines(x: Extraction) -> list[str]:
    """The lines of :func:`article_nquads` (one quad each, with its line break)."""
    tail = f" <{graph_iri(x.article.id)}> .\n"
    lines = {f"<{s}> <{p}> {_lit_nt(o) if type(o) is Lit else f'<{o}>'}{tail}" for s, p, o in _statements(x)}
    return sorted(lines)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


_XSD_STRING = str(XSD.string)


def nt_term(term: "URIRef | Lit | Literal") -> str:
    """One term in N-Triples syntax (IRIs minted here are already escaped)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        term = Lit(str(term), str(term.datatype) if term.datatype else None, term.language)
    return _lit_nt(term)


def _lit_nt(term: Lit) -> str:
    """A literal the mapping made, in N-Triples syntax (the type is known: no isinstance checks)."""
    value, datatype, lang = term
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:  # rare: translate is slow
        value = value.translate(_ESCAPES)
    if lang:
        return f'"{value}"@{lang}'
    if datatype and datatype != _XSD_STRING:
        return f'"{value}"^^<{datatype}>'
    return f'"{value}"'


def article_triples(x: Extraction) -> list[Triple]:
    """The triples of one article's named graph, in the order the mapping makes them (may repeat)."""
    return [(URIRef(s), URIRef(p), o if type(o) is Lit else URIRef(o)) for s, p, o in _statements(x)]


def _statements(x: Extraction) -> list[_Statement]:
    """:func:`article_triples` with every IRI a plain string."""
    a = x.article
    g = _Triples()
    art = str(article_iri(a.id))
    text = a.text
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, _DCT_IDENTIFIER, Lit(a.id)))
    g.add((art, KG.contentHash, Lit(hashlib.sha256(text.encode("utf-8")).hexdigest())))
    if a.title:
        g.add((art, SCHEMA.headline, Lit(a.title)))
    if a.date:
        g.add((art, SCHEMA.datePublished, _date(a.date)))
    if a.lang:
        g.add((art, SCHEMA.inLanguage, Lit(a.lang)))
    if a.dateline:
        g.add((art, KG.dateline, Lit(a.dateline)))
    if a.caption:
        g.add((art, KG.photoCaption, Lit(a.caption)))
    if a.url:
        g.add((art, SCHEMA.url, Lit(a.url, _ANYURI)))
    if a.origin:
        g.add((art, KG.sourceFile, Lit(a.origin)))

    for e in sorted(x.entities.values(), key=lambda e: e.key):
        _entity(g, e)
    publisher = x.entities.get(a.publisher or "")
    if publisher is not None:
        g.add((art, SCHEMA.publisher, entity_ref(publisher.key)))
    elif a.publisher:
        g.add((art, SCHEMA.publisher, Lit(a.publisher)))
    for src in a.cited_sources:
        if src in x.entities:
            g.add((art, KG.citesSource, entity_ref(src)))
        else:
            g.add((art, KG.citesSource, Lit(src)))

    mention_iri: dict[tuple[int, int], str] = {}
    for m in sorted(x.mentions, key=lambda m: (m.start, m.end)):
        iri = node_ref("mention", a.id, m.start, m.end)
        mention_iri[(m.start, m.end)] = iri
        g.extend((  # one call for the seven (there are many mentions)
            (iri, RDF.type, KG.Mention),
            (iri, KG.mentionOf, entity_ref(m.key)),
            (iri, KG.mentionText, Lit(m.text)),
            (iri, KG.startOffset, _int(m.start)),
            (iri, KG.endOffset, _int(m.end)),
            (iri, KG.segmentKind, Lit(m.segment)),
            (iri, KG.inArticle, art),
        ))

    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in x.facts:
        groups[_group_key(f)].append(f)
    for key, facts in sorted(groups.items()):
        s_key, rel_name, o_key, role, date = key
        rel = RELATIONS[rel_name]
        s, o, p = entity_ref(s_key), entity_ref(o_key), KG[rel_name]
        g.add((s, p, o))
        if role:
            g.add((s, KG[f"{role}Of"], o))
        fa = node_ref("fact", a.id, *key)
        g.add((fa, RDF.type, KG.Assertion))
        g.add((fa, RDF.subject, s))
        g.add((fa, RDF.predicate, p))
        g.add((fa, RDF.object, o))
        g.add((fa, PROV.wasDerivedFrom, art))
        g.add((fa, KG.supportCount, _int(len(facts))))
        g.add((fa, KG.confidence, _conf(max(f.confidence for f in facts))))
        modality = "asserted" if any(f.modality == "asserted" for f in facts) else facts[0].modality
        g.add((fa, KG.modality, Lit(modality)))
        if role:
            g.add((fa, KG.role, KG[role]))
        if date:
            g.add((fa, KG.factDate, _date(date)))
        claimant = next((f.attributed_to for f in facts if f.attributed_to), None)
        if claimant:
            g.add((fa, KG.attributedTo, entity_ref(claimant)))
        if rel.is_event:
            ev = node_ref("event", a.id, *key)
            g.add((fa, KG.describesEvent, ev))
            g.add((ev, RDF.type, KG[rel.event_class]))
            g.add((ev, KG.actor, s))
            g.add((ev, KG.target, o))
            g.add((ev, KG.cameoCode, Lit(rel.cameo)))
            g.add((ev, PROV.wasDerivedFrom, art))
            if date:
                g.add((ev, KG.eventDate, _date(date)))
            place = next((f.place for f in facts if f.place), None)
            if place:
                g.add((ev, KG.place, entity_ref(place)))
        for f in facts:
            evd = node_ref("evidence", a.id, *key, f.quote, f.rule, f.subject_mention, f.object_mention, f.confidence)
            s0, s1 = f.sentence
            q0, q1 = f.quote
            g.extend((
                (fa, KG.evidence, evd),
                (evd, RDF.type, KG.Evidence),
                (evd, KG.inArticle, art),
                (evd, KG.sentence, Lit(text[s0:s1])),
                (evd, KG.sentenceStart, _int(s0)),
                (evd, KG.sentenceEnd, _int(s1)),
                (evd, KG.quote, Lit(text[q0:q1])),
                (evd, KG.quoteStart, _int(q0)),
                (evd, KG.quoteEnd, _int(q1)),
                (evd, KG.extractionRule, Lit(f.rule)),
                (evd, KG.confidence, _conf(f.confidence)),
            ))
            if f.subject_mention in mention_iri:
                g.add((evd, KG.subjectMention, mention_iri[f.subject_mention]))
            if f.object_mention in mention_iri:
                g.add((evd, KG.objectMention, mention_iri[f.object_mention]))
    return g
