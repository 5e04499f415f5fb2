"""Plain data passed between the stages: Article → Mention/Entity → Fact.

Nothing here knows about spaCy or RDF; every stage reads and writes these classes.
Character offsets are always into ``Article.text``, the text as it was read.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

SegmentKind = Literal["title", "body", "caption", "meta"]  # meta: dateline, publisher line, cited source


@dataclass(frozen=True)
class Segment:
    """A span of the original text and what it is. Only title and body yield facts."""

    start: int
    end: int
    kind: SegmentKind


@dataclass
class Article:
    id: str
    text: str
    lang: str | None = None
    date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    dateline: str | None = None
    caption: str | None = None
    url: str | None = None
    origin: str | None = None  # file the article came from
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


# Entity types of the gold schema; the ontology has one class for each.
ENTITY_TYPES = ("Country", "Place", "Organization", "Person", "Agreement", "Event")


@dataclass
class Entity:
    """One real-world thing. ``key`` is stable across articles ("country:ARM", "person:vladimir-putin")."""

    key: str
    type: str
    label: str
    labels: dict[str, str] = field(default_factory=dict)  # language → name
    ids: dict[str, str] = field(default_factory=dict)  # "iso3", "iso2", "geonames", "acronym"
    country: str | None = None  # key of the country a place, body or person belongs to
    aliases: set[str] = field(default_factory=set)
    date: str | None = None  # when an agreement was made, as precise as the text says


@dataclass
class Mention:
    start: int
    end: int
    text: str
    key: str  # entity key
    type: str
    segment: SegmentKind = "body"
    source: str = "gazetteer"  # gazetteer | title | acronym | name | pronoun


@dataclass
class Fact:
    relation: str  # a relation name of the gold schema: memberOf, requestsAssistance, ...
    subject: str  # entity key
    object: str  # entity key
    sentence: tuple[int, int]
    quote: tuple[int, int]
    rule: str
    confidence: float
    role: str | None = None
    date: str | None = None  # ISO 8601, as precise as the text allows
    place: str | None = None  # entity key
    subject_mention: tuple[int, int] | None = None
    object_mention: tuple[int, int] | None = None
    modality: str = "asserted"  # asserted | planned | claimed
    attributed_to: str | None = None  # entity key of the claimant


@dataclass
class Extraction:
    """What the NLP and linking stages found in one article."""

    article: Article
    entities: dict[str, Entity]
    mentions: list[Mention]
    facts: list[Fact]
