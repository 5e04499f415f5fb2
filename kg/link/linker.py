"""``kg_linker``: one entity per real-world thing within an article.

* a person's later mentions by a part of the name ("Putin", "Pashinyan") or by a spelling
  variant ("Pashinian") link to the person (spelling-tolerant keys, see ``person_key``);
* entities get their label, ids and country (for people: the country of their title);
* the result is ``doc.user_data["kg_entities"]`` (key → Entity) with every span's ``kb_id_``
  final. Metonyms (a capital or a government seat standing for its state) are resolved where
  the role of the mention is known, in the relation stage, through :func:`actor_key`.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Entity
from kg.nlp.components.gazetteer import SPAN_KEY
from kg.nlp.components.persons import NAME_CONNECTORS, clean_name, person_key
from kg.nlp.gazetteer import KnowledgeBase, knowledge_base

FACT_SEGMENTS = ("title", "body")


@Language.factory("kg_linker")
def make_linker(nlp: Language, name: str) -> "Linker":
    return Linker()


def segment_of(doc: Doc, char: int) -> str:
    for seg in doc.user_data.get("segments", ()):
        if seg.start <= char < seg.end:
            return seg.kind
    return "body"


def actor_key(kb: KnowledgeBase, entities: dict[str, Entity], key: str) -> str:
    """The state behind a metonym: a capital, a government seat or a ministry → its country."""
    if key in kb.government_of:
        return kb.government_of[key]
    e = entities.get(key) or kb.entities.get(key)
    if e is None:
        return key
    if e.type == "Place" and e.country and kb.capitals.get(e.country) == key:
        return e.country
    if e.type == "Organization" and e.country and key.startswith("org:ministry"):
        return e.country
    return key


class Linker:
    def __init__(self) -> None:
        self.kb = knowledge_base()

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        new_entities: dict[str, Entity] = doc.user_data.get("kg_new_entities", {})
        spans += self._name_parts(doc, spans)
        spans.sort(key=lambda sp: (sp.start, -sp.end))
        doc.spans[SPAN_KEY] = spans
        entities: dict[str, Entity] = {}
        forms: dict[str, Counter] = {}
        for sp in spans:
            key = sp.kb_id_
            if sp.label_ == "Person":
                rank = 1 if segment_of(doc, sp.start_char) in FACT_SEGMENTS else 0
                forms.setdefault(key, Counter())[(len(sp), rank, clean_name(sp.text))] += 1
                continue
            e = self.kb.entities.get(key) or new_entities.get(key)
            if e is not None:
                entities[key] = e
                if e.country and e.country in self.kb.entities:
                    entities.setdefault(e.country, self.kb.entities[e.country])
        for key, counter in forms.items():
            (_, _, label), _ = max(counter.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[1]))
            entities[key] = Entity(key=key, type="Person", label=label, labels={"en": label})
        for ns, ne, role, aff, _ in doc.user_data.get("kg_roles", ()):
            key = person_key(clean_name(doc[ns:ne].text))
            if aff and key in entities and entities[key].country is None:
                aff_entity = entities.get(aff) or self.kb.entities.get(aff)
                if aff_entity is not None and aff_entity.type == "Country":
                    entities[key].country = aff
        doc.user_data["kg_entities"] = entities
        return doc

    def _name_parts(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Mentions of a titled person by one part of the name, tolerant to spelling."""
        parts: dict[str, set[str]] = {}
        for sp in spans:
            if sp.label_ != "Person":
                continue
            for t in sp:
                if t.is_title and len(t) >= 3 and t.lower_ not in NAME_CONNECTORS:
                    parts.setdefault(person_key(t.text), set()).add(sp.kb_id_)
        if not parts:
            return []
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        names = self.kb.surface_forms(doc.lang_ if doc.lang_ in ("id", "en") else "en")
        out = []
        for t in doc:
            if t.i in covered or not t.is_title or len(t) < 3 or t.text in names:
                continue
            owners = parts.get(person_key(t.text))
            if owners and len(owners) == 1:
                out.append(Span(doc, t.i, t.i + 1, label="Person", kb_id=next(iter(owners))))
        return out
