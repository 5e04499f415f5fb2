"""A small hand-made Extraction (one Indonesian article) and its graph, for the ontology tests."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import Article, Entity, Extraction, Fact, Mention, Segment

TITLE = "Armenia Minta Bantuan Rusia"
BODY = (
    "YEREVAN, KOMPAS.com - Perdana Menteri Armenia Nikol Pashinyan meminta bantuan Rusia "
    "pada Sabtu (31/10/2020). Armenia adalah anggota CSTO. Pashinyan bertemu Vladimir Putin di Moskwa."
)
TEXT = f"{TITLE}\n\n{BODY}"


def span(needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``needle`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def sentence_of(needle: str) -> tuple[int, int]:
    """The sentence (title line or body sentence) that contains ``needle``."""
    s, _ = span(needle)
    start = max(TEXT.rfind("\n", 0, s), TEXT.rfind(". ", 0, s) + 1) + 1
    while TEXT[start] == " ":
        start += 1
    end = TEXT.find(".", s)
    return start, (end + 1 if end != -1 else len(TEXT))


def make_extraction(iso3: str = "ARM") -> Extraction:
    body_start = len(TITLE) + 2
    article = Article(
        id="kompas-2020-10-31-armenia-russia",
        text=TEXT,
        lang="id",
        date=dt.date(2020, 10, 31),
        title=TITLE,
        publisher="org:kompas",
        cited_sources=["Reuters"],
        dateline="YEREVAN, KOMPAS.com",
        url="https://example.org/armenia",
        origin="examples/kompas-2020-10-31-armenia-russia.txt",
        segments=[Segment(0, len(TITLE), "title"), Segment(body_start, len(TEXT), "body")],
    )
    entities = {
        e.key: e
        for e in (
            Entity("country:ARM", "Country", "Armenia", {"id": "Armenia"}, {"iso3": iso3, "iso2": "AM", "geonames": "174982"}),
            Entity("country:RUS", "Country", "Russia", {"id": "Rusia"}, {"iso3": "RUS", "iso2": "RU", "geonames": "2017370"}),
            Entity("person:nikol-pashinyan", "Person", "Nikol Pashinyan", country="country:ARM"),
            Entity("person:vladimir-putin", "Person", "Vladimir Putin", country="country:RUS"),
            Entity(
                "org:csto", "Organization", "Collective Security Treaty Organization",
                {"id": "Organisasi Perjanjian Keamanan Kolektif"}, {"acronym": "CSTO"},
            ),
            Entity("org:kompas", "Organization", "Kompas", country="country:IDN"),
            Entity("place:yerevan", "Place", "Yerevan", ids={"geonames": "616052"}, country="country:ARM"),
            Entity("place:moscow", "Place", "Moscow", {"id": "Moskwa"}, {"geonames": "524901"}, country="country:RUS"),
        )
    }

    def m(needle: str, key: str, typ: str, nth: int = 0, segment: str = "body") -> Mention:
        s, e = span(needle, nth)
        return Mention(s, e, needle, key, typ, segment)  # type: ignore[arg-type]

    mentions = [
        m("Armenia", "country:ARM", "Country", 0, "title"),
        m("Rusia", "country:RUS", "Country", 0, "title"),
        m("YEREVAN", "place:yerevan", "Place"),
        m("Armenia", "country:ARM", "Country", 1),
        m("Nikol Pashinyan", "person:nikol-pashinyan", "Person"),
        m("Rusia", "country:RUS", "Country", 1),
        m("Armenia", "country:ARM", "Country", 2),
        m("CSTO", "org:csto", "Organization"),
        m("Pashinyan", "person:nikol-pashinyan", "Person", 1),
        m("Vladimir Putin", "person:vladimir-putin", "Person"),
        m("Moskwa", "place:moscow", "Place"),
    ]
    facts = [
        Fact(
            "holdsRole", "person:nikol-pashinyan", "country:ARM",
            sentence=sentence_of("Perdana Menteri"), quote=span("Perdana Menteri Armenia Nikol Pashinyan"),
            rule="title-before-name", confidence=0.9, role="headOfGovernment",
            subject_mention=span("Nikol Pashinyan"), object_mention=span("Armenia", 1),
        ),
        Fact(
            "requestsAssistance", "country:ARM", "country:RUS",
            sentence=sentence_of("meminta bantuan"), quote=span("Nikol Pashinyan meminta bantuan Rusia"),
            rule="verb-request-aid", confidence=0.8, date="2020-10-31",
            subject_mention=span("Nikol Pashinyan"), object_mention=span("Rusia", 1),
        ),
        Fact(
            "requestsAssistance", "country:ARM", "country:RUS",
            sentence=(0, len(TITLE)), quote=span("Armenia Minta Bantuan Rusia"),
            rule="title-request-aid", confidence=0.7, date="2020-10-31",
        ),
        Fact(
            "memberOf", "country:ARM", "org:csto",
            sentence=sentence_of("adalah anggota"), quote=span("Armenia adalah anggota CSTO"),
            rule="copula-member", confidence=0.95,
            subject_mention=span("Armenia", 2), object_mention=span("CSTO"),
        ),
        Fact(
            "meetsWith", "person:vladimir-putin", "person:nikol-pashinyan",
            sentence=sentence_of("bertemu"), quote=span("Pashinyan bertemu Vladimir Putin"),
            rule="verb-meet", confidence=0.85, date="2020-10", place="place:moscow", modality="claimed",
            attributed_to="org:kompas",
        ),
    ]
    return Extraction(article, entities, mentions, facts)


@pytest.fixture(name="make_extraction")
def make_extraction_fixture():
    """The factory itself, for tests that need a variant (``make_extraction(iso3="Armenia")``)."""
    return make_extraction


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def graph(extraction):
    from kg.ontology.mapping import article_graph

    return article_graph(extraction)
