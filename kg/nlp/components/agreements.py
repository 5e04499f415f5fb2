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
from spacy.tokens import Doc

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.components.cues import cues
from kg.nlp.spans import KgSpan, read_spans, write_spans
from kg.nlp.tokens import Toks, toks
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
        self.calendar = cues(nlp.lang).calendar  # "a deal on Friday" is no topic

    def __call__(self, doc: Doc) -> Doc:
        t = toks(doc)
        spans = read_spans(doc)
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        entities = doc.user_data.setdefault("kg_new_entities", {})
        starts = set(t.sent_starts)
        words = t.words
        new = []
        for i in [i for i, w in enumerate(t.lower) if w in self.words]:
            if i in taken:
                continue
            end = self._extent(t, i, taken, starts)
            start = i
            title = words[i].istitle()
            # "the 1997 treaty", "Paris Agreement", "INF Treaty": a year or capitalised words before
            while start > 0 and start - 1 not in taken and start not in starts:
                w = words[start - 1]
                if not (YEAR.match(w) or (title and w.istitle()) or (w.isupper() and len(w) > 1)):
                    break
                start -= 1
            if end - start < 2:
                continue
            text = t.text(start, end)
            key = f"agreement:{slug(text)}"
            year = next((w for w in words[start:end] if YEAR.match(w)), None)
            entities.setdefault(key, Entity(key, "Agreement", " ".join(text.split()), date=year))
            new.append(KgSpan(start, end, key, "Agreement"))
            taken.update(range(start, end))
        if new:
            write_spans(doc, spans + new)
        return doc

    def _extent(self, t: Toks, i: int, taken: set[int], starts: set[int]) -> int:
        """End of the treaty's name or description starting at the treaty word ``i``."""
        words, lower, n = t.words, t.lower, t.n
        j = i + 1
        if j < n and YEAR.match(words[j]):
            j += 1
        if words[i].istitle():  # "Perjanjian Paris", "Treaty of Rome"
            k = j
            if k < n and lower[k] == "of":
                k += 1
            while k < n and k not in taken and words[k].istitle() and k not in starts:
                k += 1
            if k > j and lower[k - 1] != "of":
                return k
        if j < n and lower[j] in self.about and not (j + 1 < n and lower[j + 1] in self.calendar):
            k = j + 1
            while k < n and k - i < MAX_DESCRIPTION and k not in starts:
                if words[k] in (".", ";", ":", "(", ")", '"', "“", "”") or lower[k] in ("yang", "which", "that"):
                    break
                k += 1
            while k > j + 1 and not any(c.isalnum() for c in words[k - 1]):
                k -= 1
            return k
        return j
