"""Dates as news writes them, resolved against the article's publication date.

"Sabtu (31/10/2020)", "(30/10/2020)", "Kamis (6/7)", "5 Agustus 2017", "August 5", "Desember 2004",
"pada Rabu", "on Monday", "last Thursday", "Jumat pekan lalu", "kemarin", "yesterday", "pekan
lalu", "last week", "bulan lalu", "akhir Juli lalu", "tahun lalu", "sejak tahun 2006", "in 1989".

A bare weekday is the latest such day on or before the article date (``value``); for a planned
event it is the next one (``future``). A day and month without a year take the article's year, or
the year before when that would put them after the article. Week-level expressions give the
month when the week lies in one month, else nothing. The words are language data
(``kg/nlp/lang/*/dates.py``).

Relative dates count from :func:`reference_date`: the day a dateline gives ("WASHINGTON, March 3
(Reuters) -", a date-only line "December 27, 2004" above the story), else the publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Article
from kg.nlp import lang as langdata


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY
    future: str | None = None  # the reading for an event still to come (bare weekdays)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    d = langdata.get(lang)
    months = _alt(d.MONTHS)
    days = _alt(d.WEEKDAYS)
    rel = _alt(d.RELATIVE_DAYS)
    last = _alt(d.LAST_MARKERS)
    nxt = _alt(d.NEXT_MARKERS)
    week = _alt(d.WEEK_WORDS)
    month_w = _alt(d.MONTH_WORDS)
    year_w = _alt(d.YEAR_WORDS)
    year_pre = _alt(d.YEAR_PREFIXES)
    return [
        ("dmy", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")),
        ("dm", re.compile(r"\((\d{1,2})\s*/\s*(\d{1,2})\)")),
        ("d_month_y", re.compile(rf"\b(\d{{1,2}})(?:\s*-\s*\d{{1,2}})?\s+({months})\.?(?:,?\s+((?:19|20)\d{{2}}))?\b", re.I)),
        ("month_d_y", re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{{2}}))?", re.I)),
        ("month_y", re.compile(rf"\b({months})\.?,?\s+((?:19|20)\d{{2}})\b", re.I)),
        ("weekday_week", re.compile(rf"\b({days})\b,?\s+(?:(?:{week})\s+({last}|{nxt})|({last}|{nxt})\s+(?:{week}))\b", re.I)),
        ("weekday", re.compile(rf"\b(?:({last}|{nxt})\s+)?({days})\b(?!,?\s*\(?\d)(?:\s+({last}|{nxt})\b)?", re.I)),
        ("rel_week", re.compile(rf"\b(?:({last}|{nxt})\s+(?:{week})|(?:{week})\s+({last}|{nxt}))\b", re.I)),
        ("rel_month", re.compile(rf"\b(?:({last}|{nxt})\s+(?:{month_w})|(?:{month_w})\s+({last}|{nxt}))\b", re.I)),
        ("month_last", re.compile(rf"\b({months})\s+({last})\b", re.I)),
        ("rel_year", re.compile(rf"\b(?:({last}|{nxt})\s+(?:{year_w})|(?:{year_w})\s+({last}|{nxt}))\b", re.I)),
        ("month", re.compile(rf"\b(?:{year_pre})\s+(?:(?:{month_w})\s+)?({months})\b(?!\s*\d)", re.I)),
        ("relative", re.compile(rf"\b({rel})\b", re.I)),
        ("year", re.compile(rf"\b(?:{year_pre})\s+(?:(?:{year_w})\s+)?((?:19|20)\d{{2}})\b", re.I)),
        ("year_paren", re.compile(r"\(((?:19|20)\d{2})\)")),
    ]


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# the words a pattern cannot match without (a cheap substring test saves running it)
_NEEDS: dict[str, tuple[str, ...]] = {
    "dmy": ("slash",), "dm": ("slash",), "d_month_y": ("months",), "month_d_y": ("months",),
    "month_y": ("months", "digits"), "weekday_week": ("weekdays", "week"), "weekday": ("weekdays",),
    "rel_week": ("week", "markers"), "rel_month": ("monthword", "markers"), "month_last": ("months", "markers"),
    "rel_year": ("yearword", "markers"), "month": ("months",), "relative": ("relative",), "year": ("digits",),
    "year_paren": ("digits",),
}


@lru_cache(maxsize=None)
def _gates(lang: str) -> dict[str, tuple[str, ...]]:
    d = langdata.get(lang)
    return {
        "months": frozenset(d.MONTHS), "weekdays": frozenset(d.WEEKDAYS), "week": frozenset(d.WEEK_WORDS),
        "monthword": frozenset(d.MONTH_WORDS), "yearword": frozenset(d.YEAR_WORDS),
        "markers": frozenset(w.lower() for w in (*d.LAST_MARKERS, *d.NEXT_MARKERS)),
        "relative": frozenset(w.split()[0] for w in d.RELATIVE_DAYS),
    }


@lru_cache(maxsize=None)
def _last_words(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in langdata.get(lang).LAST_MARKERS)


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(m: int, d: int, ref: dt.date) -> dt.date | None:
    x = _safe(ref.year, m, d)
    if x is not None and x > ref + dt.timedelta(days=7):
        x = _safe(ref.year - 1, m, d)
    return x


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(ref: dt.date, k: int) -> str:
    y, m = divmod(ref.year * 12 + ref.month - 1 + k, 12)
    return _month(y, m + 1)


def _week_month(monday: dt.date) -> str | None:
    sunday = monday + dt.timedelta(days=6)
    return _month(monday.year, monday.month) if (monday.year, monday.month) == (sunday.year, sunday.month) else None


def find_dates(text: str, lang: str, ref: dt.date | None, offset: int = 0, words: set[str] | None = None) -> list[DateMention]:
    """All date expressions in ``text`` (offsets shifted by ``offset``), earliest first.
    ``words``: the lower-cased words of ``text`` when the caller has them (patterns whose
    words are absent are not run)."""
    d = langdata.get(lang)
    last_words = _last_words(lang)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def sign(word: str | None) -> int:
        if not word:
            return 0
        return -1 if word.lower() in last_words else 1

    gates = _gates(lang)
    if words is None:
        words = set(_WORD.findall(text.lower()))
    present = {name: not words.isdisjoint(ws) for name, ws in gates.items()}
    present["slash"] = "/" in text
    present["digits"] = _YEAR_DIGITS.search(text) is not None
    for kind, pat in _patterns(lang):
        if not all(present[g] for g in _NEEDS[kind]):
            continue
        for m in pat.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            value: dt.date | str | None = None
            future: str | None = None
            if kind == "dmy":
                value = _safe(int(m[3]), int(m[2]), int(m[1]))
            elif kind == "dm" and ref:
                value = _year_for(int(m[2]), int(m[1]), ref)
            elif kind == "d_month_y":
                mon = d.MONTHS[m[2].lower()]
                value = _safe(int(m[3]), mon, int(m[1])) if m[3] else (_year_for(mon, int(m[1]), ref) if ref else None)
            elif kind == "month_d_y":
                if m[1].lower() in d.AMBIGUOUS_MONTHS and not m[1][0].isupper():
                    continue
                mon = d.MONTHS[m[1].lower()]
                value = _safe(int(m[3]), mon, int(m[2])) if m[3] else (_year_for(mon, int(m[2]), ref) if ref else None)
            elif kind == "month_y":
                if m[1].lower() in d.AMBIGUOUS_MONTHS and not m[1][0].isupper():
                    continue
                value = _month(int(m[2]), d.MONTHS[m[1].lower()])
            elif kind == "weekday_week" and ref:
                if not m[1][0].isupper():
                    continue
                wd = d.WEEKDAYS[m[1].lower()]
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * sign(m[2] or m[3]))
                value = monday + dt.timedelta(days=wd)
            elif kind == "weekday" and ref:
                if not m[2][0].isupper():
                    continue
                if m[3] and re.match(rf"(?:{_alt(d.WEEK_WORDS)})\b", m[2], re.I):
                    continue  # "Minggu lalu" is last week, not last Sunday
                wd = d.WEEKDAYS[m[2].lower()]
                back = (ref.weekday() - wd) % 7
                ahead = (wd - ref.weekday()) % 7
                mod = sign(m[1]) or sign(m[3])
                if mod > 0:
                    value = ref + dt.timedelta(days=ahead or 7)
                else:
                    if mod < 0 and back == 0:
                        back = 7
                    value = ref - dt.timedelta(days=back)
                    if mod == 0:
                        future = (ref + dt.timedelta(days=ahead)).isoformat()
            elif kind == "rel_week" and ref:
                k = sign(m[1] or m[2])
                monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * k)
                value = _week_month(monday)
            elif kind == "rel_month" and ref:
                value = _shift_month(ref, sign(m[1] or m[2]))
            elif kind == "month_last" and ref:
                mon = d.MONTHS[m[1].lower()]
                y = ref.year if mon < ref.month else ref.year - 1
                value = _month(y, mon)
            elif kind == "rel_year" and ref:
                value = f"{ref.year + sign(m[1] or m[2]):04d}"
            elif kind == "month":
                if m[1].lower() in d.AMBIGUOUS_MONTHS and not m[1][0].isupper():
                    continue
                if ref is None:
                    continue
                mon = d.MONTHS[m[1].lower()]
                y = ref.year if mon <= ref.month else ref.year - 1
                value = _month(y, mon)
                s = m.start(1)
            elif kind == "relative" and ref:
                value = ref + dt.timedelta(days=d.RELATIVE_DAYS[m[1].lower()])
            elif kind == "year":
                value = m[1]
                s = m.start(1)
            elif kind == "year_paren":
                value = m[1]
            if value is None:
                continue
            taken.append((m.start(), e))
            out.append(DateMention(s + offset, e + offset, value if isinstance(value, str) else value.isoformat(), future))
    return sorted(out, key=lambda x: x.start)


def reference_date(article: Article) -> dt.date | None:
    """The day the article's relative dates ("on Tuesday", "kemarin") count from: the whole date
    a dateline (in the text or the reader's ``dateline`` field) or a date line before the story gives (the day it was filed, its year taken from the
    publication date when it has none), else the publication date."""
    lines = []
    for seg in article.segments:
        if seg.kind == "body":
            break
        if seg.kind == "meta":
            lines.append(article.text[seg.start : seg.end])
    if article.dateline:
        lines.append(article.dateline)  # a reader's metadata: "BRUSSELS, March 16 -"
    for line in lines:
        for d in find_dates(line, article.lang or "en", article.date):
            if len(d.value) == 10:
                return dt.date.fromisoformat(d.value)
    return article.date
