"""Vocabularies as closed namespaces: a misspelt term raises AttributeError at import time.

``KG`` is the project ontology (``ontologies/kg.ttl``); ``SCHEMA``, ``PROV`` and ``WD`` are the
parts of schema.org, PROV-O and Wikidata kg uses. ``RES`` is where entity, article and fact
IRIs are minted (see :mod:`kg.ontology.iris`).
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

BASE = "https://w3id.org/kg-news/"


class KG(DefinedNamespace):
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # entity classes
    Actor: URIRef
    Country: URIRef
    Place: URIRef
    Organization: URIRef
    Person: URIRef
    Agreement: URIRef
    NamedEvent: URIRef
    # facts, evidence, mentions
    Assertion: URIRef
    Evidence: URIRef
    Mention: URIRef
    ExtractionRule: URIRef
    Role: URIRef
    # reported events (CAMEO)
    ReportedEvent: URIRef
    AssistanceRequest: URIRef
    Meeting: URIRef
    Visit: URIRef
    Cooperation: URIRef
    Criticism: URIRef
    Demand: URIRef
    Threat: URIRef
    Sanction: URIRef
    Attack: URIRef
    # roles (individuals of kg:Role)
    headOfState: URIRef
    headOfGovernment: URIRef
    monarch: URIRef
    foreignMinister: URIRef
    defenceMinister: URIRef
    minister: URIRef
    ambassador: URIRef
    spokesperson: URIRef
    secretaryGeneral: URIRef
    militaryCommander: URIRef
    official: URIRef
    # relations between entities (gold schema names)
    memberOf: URIRef
    holdsRole: URIRef
    alliedWith: URIRef
    inConflictWith: URIRef
    partyTo: URIRef
    militaryPresenceIn: URIRef
    locatedIn: URIRef
    supports: URIRef
    requestsAssistance: URIRef
    meetsWith: URIRef
    visits: URIRef
    agreesWith: URIRef
    criticizes: URIRef
    demands: URIRef
    threatens: URIRef
    sanctions: URIRef
    attacks: URIRef
    # role-specific shortcuts (sub-properties of holdsRole)
    headOfStateOf: URIRef
    headOfGovernmentOf: URIRef
    monarchOf: URIRef
    foreignMinisterOf: URIRef
    defenceMinisterOf: URIRef
    ministerOf: URIRef
    ambassadorOf: URIRef
    spokespersonOf: URIRef
    secretaryGeneralOf: URIRef
    militaryCommanderOf: URIRef
    officialOf: URIRef
    # event node properties
    actor: URIRef
    target: URIRef
    place: URIRef
    eventDate: URIRef
    cameoCode: URIRef
    # assertion / evidence properties
    role: URIRef
    evidence: URIRef
    supportCount: URIRef
    describesEvent: URIRef
    modality: URIRef
    attributedTo: URIRef
    factDate: URIRef
    inArticle: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    quote: URIRef
    quoteStart: URIRef
    quoteEnd: URIRef
    subjectMention: URIRef
    objectMention: URIRef
    extractionRule: URIRef
    confidence: URIRef
    # mentions
    mentionOf: URIRef
    mentionText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    segmentKind: URIRef
    # identifiers and metadata
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    geonamesId: URIRef
    acronym: URIRef
    country: URIRef
    entityKey: URIRef
    contentHash: URIRef
    graphHash: URIRef
    loadPending: URIRef
    dateline: URIRef
    photoCaption: URIRef
    citesSource: URIRef
    sourceFile: URIRef


class SCHEMA(DefinedNamespace):
    _NS = Namespace("https://schema.org/")
    _fail = True

    NewsArticle: URIRef
    Event: URIRef
    Place: URIRef
    Country: URIRef
    Organization: URIRef
    Person: URIRef
    headline: URIRef
    datePublished: URIRef
    publisher: URIRef
    inLanguage: URIRef
    isBasedOn: URIRef
    url: URIRef
    name: URIRef
    memberOf: URIRef
    containedInPlace: URIRef
    startDate: URIRef
    location: URIRef
    agent: URIRef


class PROV(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/ns/prov#")
    _fail = True

    Entity: URIRef
    Activity: URIRef
    wasDerivedFrom: URIRef
    wasQuotedFrom: URIRef
    wasGeneratedBy: URIRef
    wasAttributedTo: URIRef
    value: URIRef


class WDT(DefinedNamespace):
    """Wikidata direct properties used for alignment."""

    _NS = Namespace("http://www.wikidata.org/prop/direct/")
    _fail = True

    P463: URIRef  # member of
    P39: URIRef  # position held
    P35: URIRef  # head of state
    P6: URIRef  # head of government
    P1891: URIRef  # signatory
    P131: URIRef  # located in the administrative territorial entity
    P17: URIRef  # country
    P710: URIRef  # participant
    P297: URIRef  # ISO 3166-1 alpha-2 code
    P298: URIRef  # ISO 3166-1 alpha-3 code
    P1566: URIRef  # GeoNames ID


RES = Namespace(BASE + "id/")
GEONAMES = Namespace("https://sws.geonames.org/")
