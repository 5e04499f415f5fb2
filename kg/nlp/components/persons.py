"""``kg_persons``: people introduced by a title, with the role and affiliation the title gives.

"Perdana Menteri Armenia Nikol Pashinyan", "Presiden Rusia Vladimir Putin", "Russian President
Vladimir Putin", "Duta Besar Rusia untuk PBB, Vassily Nebenzia", "the President of Brazil, Luiz
Lula", "Hu Jintao, the President of China". Adds Person spans to ``doc.spans["kg"]`` and role
records to ``doc.user_data["kg_roles"]`` as ``(name_start, name_end, role, affiliation_key,
title_start)`` token offsets. Statistical NER (a later component) can add people no title names.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.nlp import lang as langdata
from kg.nlp.spans import longest_first
from kg.nlp.components.gazetteer import SPAN_KEY
from kg.nlp.gazetteer import knowledge_base

NAME_CONNECTORS = frozenset({"bin", "binti", "al", "el", "de", "da", "van", "von", "ibn", "abu", "der", "del", "di", "la", "le"})
MAX_NAME_TOKENS = 5


def person_key(name: str) -> str:
    """A spelling-tolerant key: "Nikol Pashinian" and "Nikol Pashinyan" share one."""
    norm = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    norm = re.sub(r"\s*-\s*", "-", norm)
    norm = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")
    norm = norm.replace("y", "i")
    norm = re.sub(r"([a-z])\1+", r"\1", norm)
    return f"person:{norm or 'x'}"


def clean_name(text: str) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(text.split()))


@Language.factory("kg_persons")
def make_persons(nlp: Language, name: str) -> "Persons":
    return Persons(nlp)


@lru_cache(maxsize=None)
def _title_matcher(nlp: Language) -> PhraseMatcher:
    titles = langdata.get(nlp.lang).TITLES
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for text, doc in zip(titles, nlp.tokenizer.pipe(list(titles))):
        m.add(titles[text], [doc])
    return m


class Persons:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.data = langdata.get(nlp.lang)
        self.capitals = frozenset(knowledge_base().capitals.values())

    def __call__(self, doc: Doc) -> Doc:
        matcher = _title_matcher(self.nlp)
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        ent_at = {}
        for sp in spans:
            for i in range(sp.start, sp.end):
                ent_at[i] = sp
        titles = longest_first(
            [(s, e, doc.vocab.strings[m]) for m, s, e in matcher(doc)], blocked=set(ent_at)
        )
        roles = doc.user_data.setdefault("kg_roles", [])
        new: list[Span] = []
        # A city name may be a first name ("Presiden Rusia Vladimir Putin"): names may cover places.
        taken = {i for i, sp in ent_at.items() if sp.label_ != "Place" or sp.kb_id_ in self.capitals}
        for s, e, role in titles:
            found = self._after(doc, s, e, ent_at, taken) or self._before(doc, s, ent_at, taken)
            if found is None:
                continue
            ns, ne, aff = found
            if aff is None:
                aff = self._affiliation_before(doc, s, ent_at)
            name = clean_name(doc[ns:ne].text)
            new.append(Span(doc, ns, ne, label="Person", kb_id=person_key(name)))
            taken.update(range(ns, ne))
            roles.append((ns, ne, role, aff, s))
        named = {i for sp in new for i in range(sp.start, sp.end)}
        spans = [sp for sp in spans if not any(i in named for i in range(sp.start, sp.end))]
        doc.spans[SPAN_KEY] = sorted(spans + new, key=lambda sp: sp.start)
        return doc

    def _affiliation_before(self, doc: Doc, s: int, ent_at: dict) -> str | None:
        i = s - 1
        if i >= 0 and doc[i].text in ("'s", "’s"):
            i -= 1
        sp = ent_at.get(i)
        if sp is not None and sp.label_ in ("Country", "Organization"):
            return sp.kb_id_
        return None

    def _after(self, doc: Doc, s: int, e: int, ent_at: dict, taken: set) -> tuple | None:
        i, aff = e, None
        if i < len(doc) and doc[i].lower_ == "of" and i + 1 in ent_at:
            i += 1
        sp = ent_at.get(i)
        if sp is not None and sp.label_ in ("Country", "Organization"):
            aff = sp.kb_id_
            i = sp.end
            # "Duta Besar Rusia untuk PBB": the posting, not the affiliation
            if i + 1 < len(doc) and doc[i].lower_ in ("untuk", "to", "for", "di", "at") and i + 1 in ent_at:
                i = ent_at[i + 1].end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        end = self._name_end(doc, i, taken)
        return (i, end, aff) if end > i else None

    def _before(self, doc: Doc, s: int, ent_at: dict, taken: set) -> tuple | None:
        """"Hu Jintao, the President of China": a name, a comma, maybe "the", then the title."""
        i = s - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].text != ",":
            return None
        end = i
        start = end
        while start > 0 and end - start < MAX_NAME_TOKENS and self._namey(doc, start - 1, taken):
            start -= 1
        if start == end or not doc[start].is_title:
            return None
        sp = ent_at.get(s + 1) if s + 1 < len(doc) and doc[s + 1].lower_ == "of" else None
        return (start, end, sp.kb_id_ if sp is not None and sp.label_ == "Country" else None)

    def _namey(self, doc: Doc, i: int, taken: set) -> bool:
        t = doc[i]
        if i in taken or t.text in self.data.NAME_STOP or t.is_sent_start and i > 0 and not t.is_title:
            return False
        return t.is_title or (t.is_upper and len(t) > 1 and t.is_alpha) or t.lower_ in NAME_CONNECTORS

    def _name_end(self, doc: Doc, i: int, taken: set) -> int:
        start = i
        while i < len(doc) and i - start < MAX_NAME_TOKENS:
            t = doc[i]
            if t.text == "-" and i > start and i + 1 < len(doc) and doc[i + 1].is_alpha and not t.whitespace_ == "\n":
                i += 2
                continue
            if not self._namey(doc, i, taken):
                break
            if t.lower_ in NAME_CONNECTORS and (i == start or i + 1 >= len(doc) or not doc[i + 1].is_title):
                break
            i += 1
        while i > start and doc[i - 1].lower_ in NAME_CONNECTORS:
            i -= 1
        if i > start and not doc[start].is_title:
            return start
        return i

