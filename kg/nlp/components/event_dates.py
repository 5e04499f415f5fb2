"""The date of a reported event, from its sentence, the story or the article.

* the date in the sentence nearest the trigger; a bare weekday is read forward for a plan ("will
  meet on Thursday"), unless it follows a speech verb after the trigger ("..., kata juru bicara
  pemerintah, Jumat": the day of the saying);
* in a sentence without a date, the story's day: the first whole date of the article's title or
  body within the week up to the article's date ("Rabu (6/9)" in the second paragraph of a story
  of Thursday 7/9);
* else the article's date (the dateline's day where it gives one: :func:`kg.nlp.dates.reference_date`).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from kg.link.linker import FACT_SEGMENTS, SegmentIndex
from kg.nlp.components.cues import Cues
from kg.nlp.dates import DateMention, find_dates
from kg.nlp.tokens import Toks


class EventDates:
    """The dates of one document, found when a fact asks for them."""

    def __init__(self, t: Toks, lang: str, cues: Cues, segments: SegmentIndex, ref: dt.date | None) -> None:
        self.t, self.lang, self.cues, self.segments, self.ref = t, lang, cues, segments, ref
        self.story = cache(self._story)
        self._sentences: dict[tuple[int, int], list[DateMention]] = {}  # this document's only

    def sentence(self, ss: int, se: int) -> list[DateMention]:
        found = self._sentences.get((ss, se))
        if found is None:
            t = self.t
            c0 = t.idx[ss]
            found = self._sentences[(ss, se)] = find_dates(t.string[c0 : t.ends[se - 1]], self.lang, self.ref, offset=c0,
                                                           words=set(t.lower[ss:se]))
        return found

    def of_event(self, sentence_dates: Callable[[], list[DateMention]], char: int, modality: str) -> str | None:
        """The date of an event whose trigger is at character ``char`` (see the module)."""
        dates = sentence_dates()
        if dates:
            best = min(dates, key=lambda d: abs(d.start - char))
            if modality == "planned" and best.future and not self._said_before(char, best.start):
                return best.future
            return best.value
        if modality == "planned":
            return None
        return self.story() or (self.ref.isoformat() if self.ref else None)

    def _said_before(self, char: int, date_start: int) -> bool:
        """Is there a speech verb between the trigger (at ``char``) and a date after it?"""
        if date_start <= char:
            return False
        t = self.t
        lo, hi = bisect_left(t.idx, char), bisect_left(t.idx, date_start)
        return any(t.lower[k] in self.cues.speech_verbs for k in range(lo, hi))

    def _story(self) -> str | None:
        ref, t = self.ref, self.t
        if ref is None:
            return None
        for ss, se in t.sentences():
            if self.segments.kind(t.idx[ss]) not in FACT_SEGMENTS:
                continue
            for d in self.sentence(ss, se):
                if len(d.value) == 10 and 0 <= (ref - dt.date.fromisoformat(d.value)).days <= 7:
                    return d.value
        return None
