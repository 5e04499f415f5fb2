"""``kg_agreements``: treaties, pacts and deals named or described in the text → Agreement spans.

* named: "Perjanjian Paris", "Treaty of Rome", "INF Treaty", "Paris Agreement" (capitalised);
* described: "perjanjian 1997 tentang persahabatan, kerja sama, dan bantuan timbal balik",
  "the 1987 treaty on intermediate-range missiles": a treaty word with a year and/or an
  "about" complement, running to the end of the clause.
Agreements whose name is an organization ("Pakta Pertahanan Kolektif (CSTO)") are left to the
gazetteer. The entity key is the slug of the normalised mention, so the same wording in two
articles is one entity.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.components.gazetteer import SPAN_KEY
from kg.ontology.iris import slug

YEAR = re.compile(r"^(19|20)\d{2}$")
MAX_DESCRIPTION = 14


@Language.factory("kg_agreements")
def make_agreements(nlp: Language, name: str) -> "Agreements":
    return Agreements(nlp)


class Agreements:
    def __init__(self, nlp: Language) -> None:
        data = langdata.get(nlp.lang)
        self.words = frozenset(data.AGREEMENT_WORDS)
        self.about = frozenset(data.AGREEMENT_ABOUT)

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[SPAN_KEY]) if SPAN_KEY in doc.spans else []
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        entities = doc.user_data.setdefault("kg_new_entities", {})
        new = []
        i = 0
        while i < len(doc):
            t = doc[i]
            if t.lower_ not in self.words or i in taken:
                i += 1
                continue
            end = self._extent(doc, i, taken)
            start = i
            # "the 1997 treaty", "Paris Agreement", "INF Treaty": a year or capitalised words before
            while start > 0 and start - 1 not in taken and (YEAR.match(doc[start - 1].text) or (t.is_title and doc[start - 1].is_title or doc[start - 1].is_upper and len(doc[start - 1]) > 1) and not doc[start - 1].is_sent_start):
                start -= 1
            if end - start < 2:
                i += 1
                continue
            text = doc[start:end].text
            key = f"agreement:{slug(text)}"
            year = next((x.text for x in doc[start:end] if YEAR.match(x.text)), None)
            entities.setdefault(key, Entity(key, "Agreement", " ".join(text.split()), date=year))
            new.append(Span(doc, start, end, label="Agreement", kb_id=key))
            taken.update(range(start, end))
            i = end
        doc.spans[SPAN_KEY] = sorted(spans + new, key=lambda sp: sp.start)
        return doc

    def _extent(self, doc: Doc, i: int, taken: set[int]) -> int:
        """End of the treaty's name or description starting at the treaty word ``i``."""
        j = i + 1
        if j < len(doc) and YEAR.match(doc[j].text):
            j += 1
        if doc[i].is_title:  # "Perjanjian Paris", "Treaty of Rome"
            k = j
            if k < len(doc) and doc[k].lower_ == "of":
                k += 1
            while k < len(doc) and k not in taken and doc[k].is_title and not doc[k].is_sent_start:
                k += 1
            if k > j and doc[k - 1].lower_ != "of":
                return k
        if j < len(doc) and doc[j].lower_ in self.about:
            k = j + 1
            while k < len(doc) and k - i < MAX_DESCRIPTION and not doc[k].is_sent_start:
                if doc[k].text in (".", ";", ":", "(", ")", '"', "“", "”") or doc[k].lower_ in ("yang", "which", "that"):
                    break
                k += 1
            while k > j + 1 and doc[k - 1].is_punct:
                k -= 1
            return k
        return j
