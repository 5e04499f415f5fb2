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

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from kg.model import Entity, Extraction, Fact
from kg.ontology.iris import article_iri, entity_iri, graph_iri, node_iri
from kg.ontology.namespaces import GEONAMES, KG, PROV, SCHEMA
from kg.relations import RELATIONS

__all__ = ["article_graph", "article_nquads", "article_triples", "article_iri", "entity_iri", "graph_iri", "date_literal", "nt_term"]

Triple = tuple[URIRef, URIRef, "URIRef | Literal"]

ENTITY_CLASS = {
    "Country": KG.Country,
    "Place": KG.Place,
    "Organization": KG.Organization,
    "Person": KG.Person,
    "Agreement": KG.Agreement,
    "Event": KG.NamedEvent,
}


def date_literal(value: str | dt.date) -> Literal:
    """ISO date of any precision → xsd:date, xsd:gYearMonth or xsd:gYear."""
    s = value.isoformat() if isinstance(value, dt.date) else value
    if len(s) == 4:
        return Literal(s, datatype=XSD.gYear)
    if len(s) == 7:
        return Literal(s, datatype=XSD.gYearMonth)
    return Literal(s, datatype=XSD.date)


def _conf(x: float) -> Literal:
    return Literal(Decimal(str(round(x, 2))), datatype=XSD.decimal)


class _Triples(list):
    """A list of triples with the ``add`` of a Graph: the mapping code appends, nothing is indexed."""

    add = list.append


def _entity(g: _Triples, e: Entity) -> URIRef:
    iri = entity_iri(e.key)
    g.add((iri, RDF.type, ENTITY_CLASS[e.type]))
    g.add((iri, RDFS.label, Literal(e.label, lang="en")))
    for lang, name in sorted(e.labels.items()):
        if lang != "en" and name != e.label:
            g.add((iri, RDFS.label, Literal(name, lang=lang)))
    g.add((iri, KG.entityKey, Literal(e.key)))
    ids = e.ids
    if "iso3" in ids:
        g.add((iri, KG.iso3166Alpha3, Literal(ids["iso3"])))
    if "iso2" in ids:
        g.add((iri, KG.iso3166Alpha2, Literal(ids["iso2"])))
    if "geonames" in ids:
        g.add((iri, KG.geonamesId, Literal(ids["geonames"])))
        g.add((iri, OWL.sameAs, GEONAMES[f"{ids['geonames']}/"]))
    if "acronym" in ids:
        g.add((iri, KG.acronym, Literal(ids["acronym"])))
    if e.date:
        g.add((iri, SCHEMA.startDate, date_literal(e.date)))
    if e.country and e.country != e.key:
        g.add((iri, KG.country, entity_iri(e.country)))
    return iri


def _group_key(f: Fact) -> tuple:
    s, o = f.subject, f.object
    if RELATIONS[f.relation].symmetric and o < s:
        s, o = o, s
    return (s, f.relation, o, f.role or "", f.date or "")


def article_graph(x: Extraction) -> Graph:
    """The named graph of one article (the graph's identifier is :func:`graph_iri`)."""
    g = Graph(identifier=graph_iri(x.article.id))
    for t in article_triples(x):
        g.add(t)
    return g


def article_nquads(x: Extraction) -> str:
    """The article's named graph as N-Quads text: sorted, duplicate-free lines, no rdflib Graph built.

    The same extraction always gives the same bytes; a store can load it as it is.
    """
    gname = f"<{graph_iri(x.article.id)}>"
    lines = {f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {gname} .\n" for s, p, o in article_triples(x)}
    return "".join(sorted(lines))


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: URIRef | Literal) -> str:
    """One term in N-Triples syntax (IRIs minted here are already escaped)."""
    if isinstance(term, Literal):
        body = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{body}^^<{term.datatype}>"
        return body
    return f"<{term}>"


def article_triples(x: Extraction) -> list[Triple]:
    """The triples of one article's named graph, in the order the mapping makes them (may repeat)."""
    a = x.article
    g = _Triples()
    art = article_iri(a.id)
    text = a.text
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, DCTERMS.identifier, Literal(a.id)))
    g.add((art, KG.contentHash, Literal(hashlib.sha256(text.encode("utf-8")).hexdigest())))
    if a.title:
        g.add((art, SCHEMA.headline, Literal(a.title)))
    if a.date:
        g.add((art, SCHEMA.datePublished, date_literal(a.date)))
    if a.lang:
        g.add((art, SCHEMA.inLanguage, Literal(a.lang)))
    if a.dateline:
        g.add((art, KG.dateline, Literal(a.dateline)))
    if a.caption:
        g.add((art, KG.photoCaption, Literal(a.caption)))
    if a.url:
        g.add((art, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.origin:
        g.add((art, KG.sourceFile, Literal(a.origin)))

    for e in sorted(x.entities.values(), key=lambda e: e.key):
        _entity(g, e)
    publisher = x.entities.get(a.publisher or "")
    if publisher is not None:
        g.add((art, SCHEMA.publisher, entity_iri(publisher.key)))
    elif a.publisher:
        g.add((art, SCHEMA.publisher, Literal(a.publisher)))
    for src in a.cited_sources:
        if src in x.entities:
            g.add((art, KG.citesSource, entity_iri(src)))
        else:
            g.add((art, KG.citesSource, Literal(src)))

    mention_iri: dict[tuple[int, int], URIRef] = {}
    for m in sorted(x.mentions, key=lambda m: (m.start, m.end)):
        iri = node_iri("mention", a.id, m.start, m.end)
        mention_iri[(m.start, m.end)] = iri
        g.add((iri, RDF.type, KG.Mention))
        g.add((iri, KG.mentionOf, entity_iri(m.key)))
        g.add((iri, KG.mentionText, Literal(m.text)))
        g.add((iri, KG.startOffset, Literal(m.start)))
        g.add((iri, KG.endOffset, Literal(m.end)))
        g.add((iri, KG.segmentKind, Literal(m.segment)))
        g.add((iri, KG.inArticle, art))

    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in x.facts:
        groups[_group_key(f)].append(f)
    for key, facts in sorted(groups.items()):
        s_key, rel_name, o_key, role, date = key
        rel = RELATIONS[rel_name]
        s, o, p = entity_iri(s_key), entity_iri(o_key), KG[rel_name]
        g.add((s, p, o))
        if role:
            g.add((s, KG[f"{role}Of"], o))
        fa = node_iri("fact", a.id, *key)
        g.add((fa, RDF.type, KG.Assertion))
        g.add((fa, RDF.subject, s))
        g.add((fa, RDF.predicate, p))
        g.add((fa, RDF.object, o))
        g.add((fa, PROV.wasDerivedFrom, art))
        g.add((fa, KG.supportCount, Literal(len(facts))))
        g.add((fa, KG.confidence, _conf(max(f.confidence for f in facts))))
        modality = "asserted" if any(f.modality == "asserted" for f in facts) else facts[0].modality
        g.add((fa, KG.modality, Literal(modality)))
        if role:
            g.add((fa, KG.role, KG[role]))
        if date:
            g.add((fa, KG.factDate, date_literal(date)))
        claimant = next((f.attributed_to for f in facts if f.attributed_to), None)
        if claimant:
            g.add((fa, KG.attributedTo, entity_iri(claimant)))
        if rel.is_event:
            ev = node_iri("event", a.id, *key)
            g.add((fa, KG.describesEvent, ev))
            g.add((ev, RDF.type, KG[rel.event_class]))
            g.add((ev, KG.actor, s))
            g.add((ev, KG.target, o))
            g.add((ev, KG.cameoCode, Literal(rel.cameo)))
            g.add((ev, PROV.wasDerivedFrom, art))
            if date:
                g.add((ev, KG.eventDate, date_literal(date)))
            place = next((f.place for f in facts if f.place), None)
            if place:
                g.add((ev, KG.place, entity_iri(place)))
        for f in facts:
            evd = node_iri("evidence", a.id, *key, f.quote, f.rule, f.subject_mention, f.object_mention, f.confidence)
            g.add((fa, KG.evidence, evd))
            g.add((evd, RDF.type, KG.Evidence))
            g.add((evd, KG.inArticle, art))
            s0, s1 = f.sentence
            q0, q1 = f.quote
            g.add((evd, KG.sentence, Literal(text[s0:s1])))
            g.add((evd, KG.sentenceStart, Literal(s0)))
            g.add((evd, KG.sentenceEnd, Literal(s1)))
            g.add((evd, KG.quote, Literal(text[q0:q1])))
            g.add((evd, KG.quoteStart, Literal(q0)))
            g.add((evd, KG.quoteEnd, Literal(q1)))
            g.add((evd, KG.extractionRule, Literal(f.rule)))
            g.add((evd, KG.confidence, _conf(f.confidence)))
            if f.subject_mention in mention_iri:
                g.add((evd, KG.subjectMention, mention_iri[f.subject_mention]))
            if f.object_mention in mention_iri:
                g.add((evd, KG.objectMention, mention_iri[f.object_mention]))
    return g
