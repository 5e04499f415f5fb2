"""ontologies/shapes.ttl and kg.ontology.validate: mapped graphs conform, broken ones say why."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH

import kg.ontology.validate as validate_mod
from kg.errors import KGError
from kg.ontology.mapping import ENTITY_CLASS, article_graph
from kg.ontology.namespaces import KG, SCHEMA
from kg.ontology.validate import (
    ValidationReport,
    Violation,
    load_ontology,
    load_shapes,
    validate,
)
from kg.relations import RELATIONS, ROLES

NS = str(KG._NS)


def assertion(g: Graph, relation: str) -> URIRef:
    return next(g.subjects(RDF.predicate, KG[relation]))


def event_of(g: Graph, relation: str) -> URIRef:
    return g.value(assertion(g, relation), KG.describesEvent)


def only(g: Graph, cls: URIRef) -> URIRef:
    (node,) = g.subjects(RDF.type, cls)
    return node


# --- the shapes file itself ----------------------------------------------------------------


def test_shapes_parse_once():
    assert load_shapes() is load_shapes()
    assert len(load_shapes()) > 100


def test_shapes_use_only_declared_kg_terms():
    used = {t for triple in load_shapes() for t in triple if isinstance(t, URIRef) and t.startswith(NS)}
    assert {str(t)[len(NS):] for t in used} <= set(KG.__annotations__)
    onto = load_ontology()
    for t in used:
        assert set(onto.objects(t, RDF.type)), f"{t} is not declared in kg.ttl"


def sh_in(shapes: Graph, path: URIRef) -> set:
    (prop,) = [p for p in shapes.subjects(SH.path, path) if shapes.value(p, SH["in"]) is not None]
    return set(shapes.items(shapes.value(prop, SH["in"])))


def test_shapes_list_every_relation_and_role():
    shapes = load_shapes()
    assert sh_in(shapes, RDF.predicate) == {KG[r] for r in RELATIONS}
    assert sh_in(shapes, KG.role) == {KG[r] for r in ROLES}


def test_shapes_target_every_event_and_entity_class():
    shapes = load_shapes()
    targets = set(shapes.objects(None, SH.targetClass))
    onto = load_ontology()
    assert set(onto.subjects(RDFS.subClassOf, KG.ReportedEvent)) <= targets
    assert set(ENTITY_CLASS.values()) <= targets
    assert {SCHEMA.NewsArticle, KG.Mention, KG.Assertion, KG.Evidence, KG.Country} <= targets


# --- a graph built by the mapping ----------------------------------------------------------


def test_mapped_graph_conforms(graph):
    n = len(graph)
    report = validate(graph)
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.summary()
    assert report.results == [] and report.graphs == 1 and report.failed_graphs == []
    assert bool(report) is True
    assert len(graph) == n  # validation adds nothing to the data


def test_mapped_graph_has_what_the_shapes_check(graph):
    # guard against a vacuous pass: every targeted kind of node is there
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == 4
    assert (assertion(graph, "holdsRole"), KG.role, KG.headOfGovernment) in graph
    assert len(list(graph.objects(assertion(graph, "requestsAssistance"), KG.evidence))) == 2
    assert (event_of(graph, "requestsAssistance"), RDF.type, KG.AssistanceRequest) in graph
    assert graph.value(event_of(graph, "requestsAssistance"), KG.eventDate) == Literal("2020-10-31", datatype=ns.XSD.date)
    assert graph.value(event_of(graph, "meetsWith"), KG.place) is not None
    for cls in (KG.Country, KG.Person, KG.Organization, KG.Place, KG.Mention, KG.Evidence):
        assert set(graph.subjects(RDF.type, cls)), cls
    assert graph.value(only(graph, SCHEMA.NewsArticle), SCHEMA.datePublished) is not None


def test_mapped_graph_matches_the_ontology(graph):
    """Object properties get IRIs, datatype properties literals of their declared range."""
    onto = load_ontology()
    for s, p, o in graph:
        if p == RDF.type and o.startswith(NS):
            assert (o, RDF.type, OWL.Class) in onto, o
        if not p.startswith(NS):
            continue
        types = set(onto.objects(p, RDF.type))
        assert types, f"{p} is used by the mapping but not declared in kg.ttl"
        if OWL.ObjectProperty in types:
            assert isinstance(o, URIRef), (p, o)
        elif OWL.DatatypeProperty in types:
            assert isinstance(o, Literal), (p, o)
            rng = onto.value(p, RDFS.range)
            if rng == ns.XSD.string:
                assert o.datatype is None and o.language is None, (p, o)
            elif rng == ns.XSD.integer:
                assert o.datatype == ns.XSD.integer, (p, o)


def test_dataset_is_validated_graph_by_graph(graph, make_extraction):
    other = make_extraction()
    other.article.id = "second-article"
    ds = Dataset()
    for g in (graph, article_graph(other)):
        named = ds.graph(g.identifier)
        for t in g:
            named.add(t)
    report = validate(ds)
    assert report.conforms, report.summary()
    assert report.graphs == 2


def test_dataset_names_the_failing_graph(graph, make_extraction):
    bad = make_extraction(iso3="arm")
    bad.article.id = "bad-article"
    bad_graph = article_graph(bad)
    ds = Dataset()
    for g in (graph, bad_graph):
        named = ds.graph(g.identifier)
        for t in g:
            named.add(t)
    report = validate(ds)
    assert not report.conforms
    assert report.graphs == 2
    assert report.failed_graphs == [str(bad_graph.identifier)]
    assert "bad-article" not in str(graph.identifier)


# --- broken variants -------------------------------------------------------------------------


def no_evidence(g):
    fa = assertion(g, "memberOf")
    g.remove((fa, KG.evidence, None))
    return fa


def confidence_too_high(g):
    fa = assertion(g, "memberOf")
    g.set((fa, KG.confidence, Literal(Decimal("1.5"))))
    return fa


def evidence_confidence_negative(g):
    evd = g.value(assertion(g, "memberOf"), KG.evidence)
    g.set((evd, KG.confidence, Literal(Decimal("-0.1"))))
    return evd


def confidence_as_float(g):
    fa = assertion(g, "memberOf")
    g.set((fa, KG.confidence, Literal(0.5)))  # xsd:double
    return fa


def holds_role_without_role(g):
    fa = assertion(g, "holdsRole")
    g.remove((fa, KG.role, None))
    return fa


def role_on_other_relation(g):
    fa = assertion(g, "memberOf")
    g.add((fa, KG.role, KG.minister))
    return fa


def unknown_role(g):
    fa = assertion(g, "holdsRole")
    g.set((fa, KG.role, KG.Person))
    return fa


def unknown_predicate(g):
    fa = assertion(g, "memberOf")
    g.set((fa, RDF.predicate, KG.actor))
    return fa


def missing_direct_triple(g):
    fa = assertion(g, "memberOf")
    g.remove((g.value(fa, RDF.subject), KG.memberOf, g.value(fa, RDF.object)))
    return fa


def missing_role_shortcut(g):
    fa = assertion(g, "holdsRole")
    g.remove((g.value(fa, RDF.subject), KG.headOfGovernmentOf, g.value(fa, RDF.object)))
    return fa


def bad_modality(g):
    fa = assertion(g, "memberOf")
    g.set((fa, KG.modality, Literal("rumoured")))
    return fa


def evidence_without_quote(g):
    evd = g.value(assertion(g, "memberOf"), KG.evidence)
    g.remove((evd, KG.quote, None))
    return evd


def quote_offsets_reversed(g):
    evd = g.value(assertion(g, "memberOf"), KG.evidence)
    g.set((evd, KG.quoteEnd, Literal(0)))
    return evd


def event_without_cameo(g):
    ev = event_of(g, "requestsAssistance")
    g.remove((ev, KG.cameoCode, None))
    return ev


def event_with_two_actors(g):
    ev = event_of(g, "meetsWith")
    g.add((ev, KG.actor, URIRef("https://w3id.org/kg-news/id/country/ARM")))
    return ev


def mention_negative_offset(g):
    m = next(g.subjects(RDF.type, KG.Mention))
    g.set((m, KG.startOffset, Literal(-1)))
    return m


def mention_without_entity(g):
    m = next(g.subjects(RDF.type, KG.Mention))
    g.remove((m, KG.mentionOf, None))
    return m


def entity_without_key(g):
    e = URIRef("https://w3id.org/kg-news/id/person/nikol-pashinyan")
    g.remove((e, KG.entityKey, None))
    return e


def entity_without_label(g):
    e = URIRef("https://w3id.org/kg-news/id/org/csto")
    g.remove((e, RDFS.label, None))
    return e


def article_two_identifiers(g):
    a = only(g, SCHEMA.NewsArticle)
    g.add((a, DCTERMS.identifier, Literal("another-id")))
    return a


def article_language_fr(g):
    a = only(g, SCHEMA.NewsArticle)
    g.set((a, SCHEMA.inLanguage, Literal("fr")))
    return a


def article_date_as_year(g):
    a = only(g, SCHEMA.NewsArticle)
    g.set((a, SCHEMA.datePublished, Literal("2020", datatype=ns.XSD.gYear)))
    return a


def article_without_hash(g):
    a = only(g, SCHEMA.NewsArticle)
    g.remove((a, KG.contentHash, None))
    return a


BROKEN = [
    # (mutation, expected path, words the message must contain)
    (no_evidence, "kg:evidence", "at least one kg:evidence"),
    (confidence_too_high, "kg:confidence", "from 0 to 1"),
    (evidence_confidence_negative, "kg:confidence", "from 0 to 1"),
    (confidence_as_float, "kg:confidence", "xsd:decimal"),
    (holds_role_without_role, "", "holdsRole assertion needs a kg:role"),
    (role_on_other_relation, "", "Only a kg:holdsRole assertion has a kg:role"),
    (unknown_role, "kg:role", "kg:Role individual"),
    (unknown_predicate, "rdf:predicate", "kg relation properties"),
    (missing_direct_triple, "", "direct triple (https://w3id.org/kg-news/id/country/ARM kg:memberOf"),
    (missing_role_shortcut, "kg:role", "kg:headOfGovernmentOf"),
    (bad_modality, "kg:modality", '"asserted", "planned" or "claimed"'),
    (evidence_without_quote, "kg:quote", "kg:quote"),
    (quote_offsets_reversed, "kg:quoteStart", "not past kg:quoteEnd"),
    (event_without_cameo, "kg:cameoCode", "kg:cameoCode"),
    (event_with_two_actors, "kg:actor", "exactly one kg:actor"),
    (mention_negative_offset, "kg:startOffset", ">= 0"),
    (mention_without_entity, "kg:mentionOf", "kg:mentionOf"),
    (entity_without_key, "kg:entityKey", "kg:entityKey"),
    (entity_without_label, "rdfs:label", "rdfs:label"),
    (article_two_identifiers, "dcterms:identifier", "exactly one"),
    (article_language_fr, "schema:inLanguage", '"id" or "en"'),
    (article_date_as_year, "schema:datePublished", "xsd:date"),
    (article_without_hash, "kg:contentHash", "kg:contentHash"),
]


@pytest.mark.parametrize("mutate, path, words", BROKEN, ids=[b[0].__name__ for b in BROKEN])
def test_broken_graph_fails_with_a_useful_message(graph, mutate, path, words):
    focus = mutate(graph)
    report = validate(graph)
    assert not report.conforms
    assert report.failed_graphs == [str(graph.identifier)]
    hits = [r for r in report.results if r.focus == str(focus) and r.path == path]
    assert hits, f"no result on {focus} {path!r}; got:\n{report.summary()}"
    assert any(words in r.message for r in hits), report.summary()


def test_confidence_message_shows_the_value(graph):
    confidence_too_high(graph)
    (r,) = validate(graph).results
    assert r.path == "kg:confidence" and '(value: "1.5"^^xsd:decimal)' in r.message


def test_country_with_a_name_for_iso3_fails(make_extraction):
    g = article_graph(make_extraction(iso3="Armenia"))
    report = validate(g)
    assert not report.conforms
    (r,) = report.results
    assert r == Violation(
        "https://w3id.org/kg-news/id/country/ARM",
        "kg:iso3166Alpha3",
        r.message,
    )
    assert "three capital letters" in r.message and '"Armenia"' in r.message
    assert "kg:iso3166Alpha3" in report.summary()


def test_violation_is_a_triple_of_strings(graph):
    no_evidence(graph)
    report = validate(graph)
    for r in report.results:
        focus, path, message = r
        assert all(isinstance(x, str) for x in (focus, path, message))
        assert str(r).startswith(focus)


# --- files -----------------------------------------------------------------------------------


def test_ontology_dir_missing_raises(monkeypatch, tmp_path):
    fake = tmp_path / "kg" / "ontology" / "validate.py"
    monkeypatch.setattr(validate_mod, "__file__", str(fake))
    with pytest.raises(KGError) as err:
        validate_mod.ontology_dir()
    assert err.value.code == "E015"
    assert str(tmp_path / "ontologies") in str(err.value)


def test_ontology_dir_is_beside_the_package():
    import kg.relations

    from pathlib import Path

    d = validate_mod.ontology_dir()
    assert d == Path(kg.relations.__file__).resolve().parent.parent / "ontologies"
    assert (d / "kg.ttl").is_file() and (d / "shapes.ttl").is_file()
