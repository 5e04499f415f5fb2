"""Facts read from the shape of a phrase rather than from a trigger verb.

* roles: a title before a name ("Presiden Rusia Vladimir Putin") → holdsRole with the role;
* places: "Jenewa, Swiss", "Manila, Philippines" → locatedIn, when the gazetteer agrees that
  the place lies in that country (so "Tokyo, Jepang" counts and "Paris, Texas" does not);
* membership by apposition: "memiliki perjanjian pertahanan dengan Yerevan yakni CSTO" /
  "a defence pact with Armenia, namely the CSTO" → both parties memberOf the organization;
* parties to an agreement: "perjanjian ... antara A dan B", "kedua negara dan perjanjian 1997
  tentang ...", "A dan B menandatangani perjanjian ..." → partyTo.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.link.linker import actor_key
from kg.model import Fact
from kg.nlp.components.actors import Actor
from kg.nlp.gazetteer import KnowledgeBase

SIGN = frozenset({"menandatangani", "meneken", "signed", "sign", "ratified", "meratifikasi"})
BETWEEN = frozenset({"antara", "between"})
WITH = frozenset({"dengan", "with"})


def _fact(rel: str, s: str, o: str, sent: Span, lo: int, hi: int, rule: str, conf: float, **kw) -> Fact:
    return Fact(relation=rel, subject=s, object=o, sentence=(sent.start_char, sent.end_char), quote=(lo, hi), rule=rule, confidence=conf, **kw)


def structural_facts(doc: Doc, sent: Span, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    lang = doc.lang_
    return [
        *_roles(doc, sent, kb, lang),
        *_located(doc, sent, actors, kb, lang),
        *_membership_apposition(doc, sent, actors, data, lang),
        *_parties(doc, sent, actors, lang),
    ]


def geography_facts(doc: Doc, sent: Span, actors: list[Actor], kb: KnowledgeBase) -> list[Fact]:
    """Only "City, Country" facts that the gazetteer confirms (used for photo captions)."""
    return _located(doc, sent, actors, kb, doc.lang_)


def _roles(doc: Doc, sent: Span, kb: KnowledgeBase, lang: str) -> list[Fact]:
    entities = doc.user_data.get("kg_entities", {})
    roles = [r for r in doc.user_data.get("kg_roles", ()) if sent.start <= r[0] < sent.end and r[3] is not None]
    if not roles:
        return []
    people = {sp.start: sp.kb_id_ for sp in doc.spans["kg"] if sp.label_ == "Person" and sent.start <= sp.start < sent.end}
    out = []
    for ns, ne, role, aff, ts in roles:
        person = people.get(ns)
        if person is None or person not in entities:
            continue
        org = actor_key(kb, entities, aff)
        lo, hi = min(doc[ts].idx, doc[ns].idx), max(doc[ne - 1].idx + len(doc[ne - 1]), doc[ts].idx)
        out.append(_fact("holdsRole", person, org, sent, lo, hi, f"{lang}:title:{role}", 0.9, role=role,
                         subject_mention=(doc[ns].idx, doc[ne - 1].idx + len(doc[ne - 1]))))
    return out


def _located(doc: Doc, sent: Span, actors: list[Actor], kb: KnowledgeBase, lang: str) -> list[Fact]:
    out = []
    for a, b in zip(actors, actors[1:]):
        if a.type != "Place" or b.type != "Country" or b.start != a.end + 1 or doc[a.end].text != ",":
            continue
        place = kb.entities.get(a.key) or doc.user_data.get("kg_entities", {}).get(a.key)
        if place is None or place.country != b.key:
            continue
        out.append(_fact("locatedIn", a.key, b.key, sent, a.char[0], b.char[1], f"{lang}:place-comma-country", 0.9,
                         subject_mention=a.char, object_mention=b.char))
    return out


def _membership_apposition(doc: Doc, sent: Span, actors: list[Actor], data, lang: str) -> list[Fact]:
    out = []
    words = frozenset(data.AGREEMENT_WORDS) | {"aliansi", "alliance"}
    for org in actors:
        if org.type != "Organization":
            continue
        k = org.start - 1
        while k >= sent.start and doc[k].lower_ in ("the", ","):
            k -= 1
        if k < sent.start or doc[k].lower_ not in data.APPOSITION_MARKERS:
            continue
        treaty = next((i for i in range(k - 1, sent.start - 1, -1) if doc[i].lower_ in words), None)
        if treaty is None:
            continue
        members = [a for a in actors if treaty < a.start < k and doc[a.start - 1].lower_ in WITH]
        subject = next(
            (a for a in reversed(actors) if a.end <= treaty and a.lifted.startswith(("country:", "org:"))
             and not (a.start > 0 and doc[a.start - 1].lower_ in data.OBLIQUE_PREPS)),
            None,
        )
        if subject is not None:
            members.insert(0, subject)
        for m in members:
            if m.lifted != org.key:
                out.append(_fact("memberOf", m.lifted, org.key, sent, min(m.char[0], doc[treaty].idx), org.char[1],
                                 f"{lang}:treaty-namely-organization", 0.7, subject_mention=m.char if m.named else None,
                                 object_mention=org.char))
    return out


def _parties(doc: Doc, sent: Span, actors: list[Actor], lang: str) -> list[Fact]:
    out = []
    for ag in (a for a in actors if a.type == "Agreement"):
        parties: list[Actor] = []
        after = [a for a in actors if a.start >= ag.end and a.type == "Country"]
        if ag.end < len(doc) and doc[ag.end].lower_ in BETWEEN:
            parties = after[:2]
        if not parties:
            parties = [a for a in actors if a.via == "group" and abs(a.start - ag.start) <= 6]
        if not parties and any(t.lower_ in SIGN for t in doc[sent.start : ag.start]):
            parties = [a for a in actors if a.end <= ag.start and a.lifted.startswith("country:")][:2]
        for p in parties:
            out.append(_fact("partyTo", p.lifted, ag.key, sent, min(p.char[0], ag.char[0]), max(p.char[1], ag.char[1]),
                             f"{lang}:agreement-parties", 0.7, object_mention=ag.char,
                             subject_mention=p.char if p.named else None))
    return out
