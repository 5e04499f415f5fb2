"""``kg_relations``: facts from trigger words and argument positions, per sentence.

The trigger lexicon and cue words are language data (``kg/nlp/lang/*/triggers.py``); this
module only knows the frames:

* ``svo``: subject = nearest actor to the left in the clause that is not the object of a
  preposition (a possessive "-nya" on the trigger points to the sentence's first actor),
  object = first actor to the right; coordinated actors ("A, B dan C") all take part;
* ``sym``: as svo when an object follows ("berunding dengan B", "war between A and B"),
  otherwise the coordinated actors to the left ("A dan B berunding");
* ``app``: apposition, "sekutu A, B" / "B, sekutu A" / "B sebagai anggota A" → rel(B, A);
* ``ovs``: passive, "A diserang oleh B" → rel(B, A).

Negation cues just before the trigger drop the fact; plan/hedge cues keep it as ``planned``
with lower confidence; claim cues keep it as ``claimed``. Facts only come from title and body
segments. Structural facts (roles, "City, Country", membership by apposition, parties to
agreements) are in :mod:`kg.nlp.components.structures`.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.link.linker import FACT_SEGMENTS, segment_of
from kg.model import Fact
from kg.nlp import lang as langdata
from kg.nlp.spans import longest_first
from kg.nlp.components.actors import Actor, document_actors
from kg.nlp.components.structures import geography_facts, structural_facts
from kg.nlp.dates import find_dates
from kg.nlp.gazetteer import knowledge_base
from kg.relations import RELATIONS

RIGHT_WINDOW = 12
PLACE_OBJECT = ("visits", "militaryPresenceIn")
ORG_OBJECT = ("memberOf",)
LOCATIVE = frozenset({"di", "ke", "dari", "in", "at", "to", "from", "near", "dekat"})
WITH = frozenset({"dengan", "with", "melawan", "against", "and", "dan"})
PASSIVE_AGENT = frozenset({"oleh", "by"})


@Language.factory("kg_relations", default_config={"planned_penalty": 0.8})
def make_relations(nlp: Language, name: str, planned_penalty: float) -> "Relations":
    return Relations(nlp, planned_penalty=planned_penalty)


@lru_cache(maxsize=None)
def _trigger_matcher(nlp: Language) -> PhraseMatcher:
    triggers = langdata.get(nlp.lang).TRIGGERS
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for text, doc in zip(triggers, nlp.tokenizer.pipe(list(triggers))):
        m.add(text, [doc])
    return m


class Relations:
    def __init__(self, nlp: Language, *, planned_penalty: float = 0.8) -> None:
        self.nlp = nlp
        self.lang = nlp.lang
        self.data = langdata.get(nlp.lang)
        self.kb = knowledge_base()
        self.planned_penalty = planned_penalty

    def __call__(self, doc: Doc) -> Doc:
        actors = document_actors(doc, self.kb, self.data)
        facts: list[Fact] = []
        matches = longest_first([(s, e, doc.vocab.strings[m]) for m, s, e in _trigger_matcher(self.nlp)(doc)])
        ref: dt.date | None = doc.user_data.get("article_date")
        for sent in doc.sents:
            in_sent = [a for a in actors if sent.start <= a.start < sent.end]
            kind = segment_of(doc, sent.start_char)
            if kind == "caption":  # a caption states no news, but its geography can be checked
                facts += geography_facts(doc, sent, in_sent, self.kb)
            if kind not in FACT_SEGMENTS:
                continue
            dates = find_dates(sent.text, self.lang, ref, offset=sent.start_char)
            used_as_object: set[int] = set()
            for s, e, phrase in (m for m in matches if sent.start <= m[0] < sent.end):
                facts += self._apply(doc, sent, s, e, phrase, in_sent, dates, ref, used_as_object)
            facts += structural_facts(doc, sent, in_sent, self.kb, self.data)
        doc.user_data["kg_facts"] = facts
        return doc

    # -- frames -----------------------------------------------------------------------------
    def _apply(self, doc, sent, s, e, phrase, actors, dates, ref, used) -> list[Fact]:
        rel, frame, conf = self.data.TRIGGERS[phrase]
        if self._cue(doc, sent, s, self.data.NEGATIONS, 3):
            return []
        modality = "asserted"
        if self._cue(doc, sent, s, self.data.PLANNED, 4):
            modality, conf = "planned", conf * self.planned_penalty
        elif self._cue(doc, sent, s, self.data.CLAIMS, 6):
            modality = "claimed"
        start = self._clause_start(doc, sent, s)
        end = self._clause_end(doc, sent, e)
        left = [a for a in actors if start <= a.start and a.end <= s]
        right = [a for a in actors if e <= a.start < end]
        pairs: list[tuple[Actor, Actor]] = []
        if frame in ("svo", "sym"):
            obj = self._object(doc, right, e, rel)
            if doc[e - 1].lower_ in ("antara", "between") and obj:
                group = self._coordinated(doc, right, obj[0], forward=True)
                pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
            elif obj:
                subj = self._subject(doc, sent, left, actors, s, used)
                pairs = [(a, b) for a in subj for b in obj]
                used.update(b.start for b in obj)
            elif frame == "sym" and left:
                group = self._coordinated(doc, left, self._nearest(doc, left, used) or left[-1], forward=False)
                pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
        elif frame == "app":
            pairs = self._apposition(doc, left, right, s, e)
        elif frame == "ovs":
            agent = [a for a in right if a.start <= e + 2]
            patient = left[-1:] if left else []
            pairs = [(a, b) for a in agent for b in patient]
        facts = []
        date = self._date(dates, doc[s].idx, ref) if _is_event(rel) else None
        place = self._place(doc, right) if _is_event(rel) else None
        for subj, obj in pairs:
            f = self._fact(doc, sent, rel, subj, obj, (doc[s].idx, doc[e - 1].idx + len(doc[e - 1])), conf, f"{self.lang}:{frame}:{phrase}", modality, date, place)
            if f is not None:
                facts.append(f)
        return facts

    def _cue(self, doc: Doc, sent: Span, s: int, words: frozenset[str], window: int) -> bool:
        lo = max(sent.start, s - window)
        return any(t.lower_ in words for t in doc[lo:s])

    def _clause_start(self, doc: Doc, sent: Span, s: int) -> int:
        for i in range(s - 1, sent.start - 1, -1):
            if doc[i].lower_ in self.data.CLAUSE_BREAKS:
                return i + 1
        return sent.start

    def _clause_end(self, doc: Doc, sent: Span, e: int) -> int:
        for i in range(e, min(sent.end, e + RIGHT_WINDOW)):
            if doc[i].lower_ in self.data.CLAUSE_BREAKS and doc[i].lower_ not in ("yang",):
                return i
        return min(sent.end, e + RIGHT_WINDOW)

    def _nearest(self, doc: Doc, left: list[Actor], used: set[int]) -> Actor | None:
        for a in reversed(left):
            if a.type != "Place" or a.lifted.startswith("country:"):
                if a.via != "oblique" and a.start not in used:
                    return a
        return None

    def _subject(self, doc, sent, left, actors, s, used) -> list[Actor]:
        if doc[s].lower_.endswith("nya") and doc[s].lower_ != "nya":
            first = next((a for a in actors if a.via != "oblique"), None)
            return [first] if first else []
        head = self._nearest(doc, left, used)
        return self._coordinated(doc, left, head, forward=False) if head else []

    def _object(self, doc: Doc, right: list[Actor], e: int, rel: str) -> list[Actor]:
        for a in right:
            prev = doc[a.start - 1].lower_ if a.start > 0 else ""
            if rel not in PLACE_OBJECT and prev in LOCATIVE:
                continue
            if a.type == "Place" and rel not in PLACE_OBJECT and not a.lifted.startswith("country:"):
                continue
            if self._after_place(doc, a, right):
                continue
            return self._coordinated(doc, right, a, forward=True)
        return []

    def _after_place(self, doc: Doc, a: Actor, actors: list[Actor]) -> bool:
        """"Jenewa, Swiss": the country after a place names where it is, not another party."""
        return any(b.end + 1 == a.start and doc[b.end].text == "," and b.type == "Place" for b in actors)

    def _coordinated(self, doc: Doc, pool: list[Actor], head: Actor, forward: bool) -> list[Actor]:
        group = [head]
        ordered = sorted(pool, key=lambda a: a.start)
        idx = ordered.index(head)
        step = 1 if forward else -1
        j = idx + step
        cur = head
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            lo, hi = (cur.end, nxt.start) if forward else (nxt.end, cur.start)
            between = [t.lower_ for t in doc[lo:hi]]
            if not between and nxt.start == cur.start:  # a group reference yields several actors at once
                group.append(nxt)
            elif between and all(w in self.data.COORD for w in between):
                group.append(nxt)
            else:
                break
            cur = nxt
            j += step
        return group

    def _apposition(self, doc, left, right, s, e) -> list[tuple[Actor, Actor]]:
        if not right or right[0].start > e + 2:
            return []
        head = right[0]
        after = [a for a in right if a.start == head.end + 1 and doc[head.end].text == ","]
        if after:
            return [(after[0], head)]
        if left:
            b = left[-1]
            gap = [t.lower_ for t in doc[b.end : s]]
            if all(w in (",", "sebagai", "adalah", "as", "is", "an", "a", "the", "salah", "satu", "one", "of", "merupakan") for w in gap):
                return [(b, head)]
        return []

    def _date(self, dates, char: int, ref: dt.date | None) -> str | None:
        if dates:
            return min(dates, key=lambda d: abs(d.start - char)).value
        return ref.isoformat() if ref else None

    def _place(self, doc: Doc, right: list[Actor]) -> str | None:
        for a in right:
            if a.type == "Place" and a.start > 0 and doc[a.start - 1].lower_ in LOCATIVE:
                return a.key
        return None

    def _fact(self, doc, sent, rel, subj, obj, trig, conf, rule, modality, date, place) -> Fact | None:
        s_key, o_key = subj.lifted, obj.lifted
        if rel in PLACE_OBJECT:
            e = self.kb.entities.get(obj.key)
            if obj.type == "Place" and e is not None and e.country:
                o_key = e.country
        if rel in ORG_OBJECT and obj.type != "Organization":
            return None
        if rel not in PLACE_OBJECT and (obj.type == "Place" and not o_key.startswith("country:")):
            return None
        if subj.type in ("Place", "Agreement") and not s_key.startswith("country:"):
            return None
        if obj.type == "Agreement" or s_key == o_key:
            return None
        lo = min(subj.char[0], obj.char[0], trig[0])
        hi = max(subj.char[1], obj.char[1], trig[1])
        return Fact(
            relation=rel, subject=s_key, object=o_key, sentence=(sent.start_char, sent.end_char),
            quote=(lo, hi), rule=rule, confidence=round(conf, 2), date=date, place=place,
            subject_mention=subj.char if subj.named else None,
            object_mention=obj.char if obj.named else None, modality=modality,
        )


def _is_event(rel: str) -> bool:
    return RELATIONS[rel].is_event

