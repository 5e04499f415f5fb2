"""Actors of a document in reading order, with pronouns and group references resolved.

Shared by the relation rules: an :class:`Actor` is a mention that can take part in a fact, its
entity key lifted to the state it stands for where the schema wants that (a titled person →
their country, a capital or government seat → its state, a ministry → its country).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.link.linker import actor_key
from kg.model import Entity
from kg.nlp.components.gazetteer import SPAN_KEY
from kg.nlp.gazetteer import KnowledgeBase

ACTOR_TYPES = ("Country", "Organization", "Person", "Place", "Agreement")


@dataclass
class Actor:
    start: int  # token offsets
    end: int
    key: str  # entity key as mentioned
    lifted: str  # the state or body that acts
    type: str
    char: tuple[int, int]
    via: str = "mention"  # mention | oblique (a mention after a preposition) | pronoun | group

    @property
    def named(self) -> bool:
        return self.via in ("mention", "oblique")


def _oblique(doc: Doc, start: int, lang_data) -> bool:
    i = start - 1
    while i >= 0 and doc[i].is_title:  # "kepada Presiden Rusia Vladimir Putin"
        i -= 1
    return i >= 0 and doc[i].lower_ in lang_data.OBLIQUE_PREPS


def lift(kb: KnowledgeBase, entities: dict[str, Entity], key: str) -> str:
    e = entities.get(key)
    if e is not None and e.type == "Person" and e.country:
        return e.country
    return actor_key(kb, entities, key)


def document_actors(doc: Doc, kb: KnowledgeBase, lang_data) -> list[Actor]:
    """Every actor mention of ``doc`` in order; pronouns and "kedua negara" resolved backwards."""
    entities: dict[str, Entity] = doc.user_data.get("kg_entities", {})
    spans = [sp for sp in doc.spans.get(SPAN_KEY, []) if sp.label_ in ACTOR_TYPES and sp.kb_id_ not in kb.news_orgs]
    by_start = {sp.start: sp for sp in spans}
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    groups = {tuple(g.split()): n for g, n in lang_data.GROUP_REFERENCES.items()}
    longest_group = max((len(g) for g in groups), default=0)
    out: list[Actor] = []
    i = 0
    while i < len(doc):
        sp = by_start.get(i)
        if sp is not None:
            via = "oblique" if _oblique(doc, sp.start, lang_data) else "mention"
            out.append(Actor(sp.start, sp.end, sp.kb_id_, lift(kb, entities, sp.kb_id_), sp.label_, (sp.start_char, sp.end_char), via))
            i = sp.end
            continue
        if i in covered:
            i += 1
            continue
        t = doc[i]
        if t.lower_ in lang_data.PRONOUNS:
            # the last person named as a subject, not as the object of a preposition
            person = next((a for a in reversed(out) if a.type == "Person" and a.via in ("mention", "pronoun")), None)
            if person is not None:
                out.append(Actor(i, i + 1, person.key, person.lifted, "Person", (t.idx, t.idx + len(t)), "pronoun"))
            i += 1
            continue
        matched = False
        for n in range(longest_group, 1, -1):
            words = tuple(x.lower_ for x in doc[i : i + n])
            if words in groups:
                want = groups[words]
                states: list[Actor] = []
                for a in reversed(out):
                    if a.lifted.startswith("country:") and all(a.lifted != s.lifted for s in states):
                        states.append(a)
                    if len(states) == want:
                        break
                end = doc[i + n - 1]
                for a in reversed(states):
                    out.append(Actor(i, i + n, a.lifted, a.lifted, "Country", (t.idx, end.idx + len(end)), "group"))
                i += n
                matched = True
                break
        if not matched:
            i += 1
    return out
