"""ontologies/kg.ttl against the code: every KG term declared, labelled and typed; relations and roles."""
from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.ontology.namespaces import KG, PROV, SCHEMA, WDT
from kg.ontology.validate import load_ontology, ontology_dir
from kg.relations import RELATIONS, ROLES

NS = str(KG._NS)
TERMS = sorted(KG.__annotations__)
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
TYPES = PROPERTY_TYPES | {OWL.Class, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def kg_iris(g) -> set[URIRef]:
    return {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(NS)}


def labels(g, iri, pred, lang):
    return [o for o in g.objects(iri, pred) if isinstance(o, Literal) and o.language == lang]


def test_ontology_header(onto):
    ont = URIRef("https://w3id.org/kg-news/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) is not None
    assert NS == str(ont) + "#"
    assert ontology_dir().name == "ontologies"


@pytest.mark.parametrize("name", TERMS)
def test_every_kg_term_is_declared_and_labelled(onto, name):
    iri = KG[name]
    types = set(onto.objects(iri, RDF.type))
    assert types & TYPES, f"kg:{name} has no OWL type in kg.ttl"
    for pred in (RDFS.label, RDFS.comment):
        for lang in ("en", "id"):
            found = labels(onto, iri, pred, lang)
            assert len(found) == 1, f"kg:{name} needs exactly one {pred.n3()}@{lang}, has {found}"
            assert str(found[0]).strip()


def test_no_kg_term_outside_the_namespace_class(onto):
    extra = sorted(str(i)[len(NS):] for i in kg_iris(onto) if str(i)[len(NS):] not in KG.__annotations__)
    assert not extra, f"kg.ttl uses kg: terms that KG does not declare: {extra}"


def test_each_term_has_one_kind(onto):
    for name in TERMS:
        iri = KG[name]
        kinds = set(onto.objects(iri, RDF.type)) & (PROPERTY_TYPES | {OWL.Class})
        assert len(kinds) <= 1, f"kg:{name} is typed {kinds}"
        if name[0].isupper():
            assert kinds == {OWL.Class}, f"kg:{name} should be an owl:Class"


def test_class_hierarchy(onto):
    sub = lambda c, d: (c, RDFS.subClassOf, d) in onto  # noqa: E731
    for c in (KG.Country, KG.Organization, KG.Person):
        assert sub(c, KG.Actor)
    assert not sub(KG.Place, KG.Actor)
    assert sub(KG.Assertion, RDF.Statement) and sub(KG.Assertion, PROV.Entity)
    assert sub(KG.Evidence, PROV.Entity)
    assert sub(KG.ReportedEvent, SCHEMA.Event) and not sub(KG.ReportedEvent, PROV.Entity)
    for ours, theirs in (
        (KG.Country, SCHEMA.Country), (KG.Place, SCHEMA.Place), (KG.Organization, SCHEMA.Organization),
        (KG.Person, SCHEMA.Person), (KG.NamedEvent, SCHEMA.Event),
    ):
        assert sub(ours, theirs)


def test_properties_have_ranges(onto):
    for name in TERMS:
        iri = KG[name]
        if {OWL.ObjectProperty, OWL.DatatypeProperty} & set(onto.objects(iri, RDF.type)):
            assert onto.value(iri, RDFS.range) is not None or (iri, RDFS.subPropertyOf, KG.holdsRole) in onto, (
                f"kg:{name} has no rdfs:range"
            )


@pytest.mark.parametrize(
    "names, datatype",
    [
        (("startOffset", "endOffset", "sentenceStart", "sentenceEnd", "quoteStart", "quoteEnd", "supportCount"), ns.XSD.integer),
        (("sentence", "quote", "mentionText", "extractionRule", "modality", "entityKey", "iso3166Alpha3",
          "iso3166Alpha2", "contentHash", "cameoCode", "segmentKind"), ns.XSD.string),
    ],
)
def test_datatype_ranges(onto, names, datatype):
    for name in names:
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto
        assert onto.value(KG[name], RDFS.range) == datatype, name


def test_confidence_is_a_decimal_from_0_to_1(onto):
    rng = onto.value(KG.confidence, RDFS.range)
    assert isinstance(rng, BNode)
    assert onto.value(rng, OWL.onDatatype) == ns.XSD.decimal
    facets = {p: o.toPython() for lst in onto.objects(rng, OWL.withRestrictions)
              for item in onto.items(lst) for p, o in onto.predicate_objects(item)}
    assert facets == {ns.XSD.minInclusive: 0, ns.XSD.maxInclusive: 1}


# --- relations and roles -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RELATIONS))
def test_relation_is_a_property(onto, name):
    rel = RELATIONS[name]
    iri = KG[name]
    types = set(onto.objects(iri, RDF.type))
    assert OWL.ObjectProperty in types
    assert (OWL.SymmetricProperty in types) == rel.symmetric
    assert onto.value(iri, RDFS.domain) is not None and onto.value(iri, RDFS.range) is not None
    assert labels(onto, iri, RDFS.label, "en") == [Literal(rel.label_en, lang="en")]
    assert labels(onto, iri, RDFS.label, "id") == [Literal(rel.label_id, lang="id")]
    if rel.is_event:
        cls = KG[rel.event_class]
        assert (cls, RDF.type, OWL.Class) in onto
        assert (cls, RDFS.subClassOf, KG.ReportedEvent) in onto
        assert list(onto.objects(cls, KG.cameoCode)) == [Literal(rel.cameo)]


def test_event_classes_are_those_of_the_relations(onto):
    declared = set(onto.subjects(RDFS.subClassOf, KG.ReportedEvent))
    assert declared == {KG[r.event_class] for r in RELATIONS.values() if r.is_event}


def test_role_shortcuts_are_properties_apart_from_the_relations(onto):
    shortcuts = {KG[f"{r}Of"] for r in ROLES}
    relations = {KG[r] for r in RELATIONS}
    assert shortcuts.isdisjoint(relations)
    for p in shortcuts:
        assert (p, RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("role", ROLES)
def test_role_is_an_individual_with_a_shortcut(onto, role):
    assert (KG[role], RDF.type, OWL.NamedIndividual) in onto
    assert (KG[role], RDF.type, KG.Role) in onto
    assert (KG[f"{role}Of"], RDFS.subPropertyOf, KG.holdsRole) in onto


def test_roles_are_closed(onto):
    assert set(onto.subjects(RDF.type, KG.Role)) == {KG[r] for r in ROLES}


# --- alignments ----------------------------------------------------------------------------

ALIGNMENT_PREDICATES = (
    RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty, SKOS.closeMatch,
)
WIKIDATA = str(WDT._NS)


def alignment_targets(g):
    """(kg term, predicate, external IRI); inverse-property expressions are followed."""
    for s in sorted(kg_iris(g)):
        for p in ALIGNMENT_PREDICATES:
            for o in g.objects(s, p):
                if isinstance(o, BNode):
                    inv = g.value(o, OWL.inverseOf)
                    if inv is None:
                        continue  # a restriction or a union: structure, not an alignment
                    o = inv
                if not str(o).startswith(NS):
                    yield s, p, o


def test_alignment_targets_are_in_the_expected_namespaces(onto):
    targets = list(alignment_targets(onto))
    assert len(targets) > 20
    for s, p, o in targets:
        if o == RDF.Statement:
            continue
        if str(o).startswith(str(SCHEMA._NS)):
            assert hasattr(SCHEMA, str(o)[len(str(SCHEMA._NS)):]), f"{s} {p} {o}: not a SCHEMA term"
        elif str(o).startswith(str(PROV._NS)):
            assert hasattr(PROV, str(o)[len(str(PROV._NS)):]), f"{s} {p} {o}: not a PROV term"
        else:
            local = str(o)[len(WIKIDATA):]
            assert str(o).startswith(WIKIDATA) and local[0] == "P" and local[1:].isdigit(), f"{s} {p} {o}"


@pytest.mark.parametrize(
    "term, pred, target",
    [
        (KG.memberOf, RDFS.subPropertyOf, WDT.P463),
        (KG.memberOf, RDFS.subPropertyOf, SCHEMA.memberOf),
        (KG.holdsRole, SKOS.closeMatch, WDT.P39),
        (KG.headOfStateOf, RDFS.subPropertyOf, WDT.P35),  # inverse
        (KG.headOfGovernmentOf, RDFS.subPropertyOf, WDT.P6),  # inverse
        (KG.partyTo, SKOS.closeMatch, WDT.P1891),
        (KG.locatedIn, SKOS.closeMatch, WDT.P131),
        (KG.locatedIn, SKOS.closeMatch, WDT.P17),
        (KG.locatedIn, RDFS.subPropertyOf, SCHEMA.containedInPlace),
        (KG.actor, RDFS.subPropertyOf, WDT.P710),
        (KG.quote, RDFS.subPropertyOf, PROV.value),
        (KG.Evidence, RDFS.subClassOf, PROV.Entity),
    ],
)
def test_expected_alignments(onto, term, pred, target):
    assert (term, pred, target) in set(alignment_targets(onto))


def test_every_wdt_term_is_used(onto):
    used = {o for _, _, o in alignment_targets(onto)}
    for name in WDT.__annotations__:
        assert WDT[name] in used, f"wdt:{name} is declared in namespaces.WDT but aligned to nothing"


def test_alignments_entail_the_external_terms(graph):
    """OWL RL over kg.ttl + a mapped graph yields the schema.org, PROV and Wikidata statements."""
    owlrl = pytest.importorskip("owlrl")  # installed with pyshacl
    from rdflib import Graph

    g = Graph()
    for t in load_ontology():
        g.add(t)
    for t in graph:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    res = "https://w3id.org/kg-news/id/"
    arm, csto = URIRef(res + "country/ARM"), URIRef(res + "org/csto")
    pashinyan = URIRef(res + "person/nikol-pashinyan")
    assert (arm, RDF.type, SCHEMA.Country) in g and (arm, RDF.type, KG.Actor) in g
    assert (arm, WDT.P463, csto) in g and (arm, SCHEMA.memberOf, csto) in g
    assert (arm, WDT.P6, pashinyan) in g  # inverse of kg:headOfGovernmentOf
    assert (pashinyan, KG.holdsRole, arm) in g
    assert (pashinyan, KG.meetsWith, URIRef(res + "person/vladimir-putin")) in g
    assert (URIRef(res + "person/vladimir-putin"), KG.meetsWith, pashinyan) in g  # symmetric
    for fa in graph.subjects(RDF.type, KG.Assertion):
        assert (fa, RDF.type, PROV.Entity) in g
        for evd in graph.objects(fa, KG.evidence):
            assert (fa, PROV.wasDerivedFrom, evd) in g
            assert (evd, PROV.value, graph.value(evd, KG.quote)) in g
    assert (None, RDF.type, OWL.Nothing) not in g
