"""Dates as news writes them, resolved against the article's publication date.

"Sabtu (31/10/2020)", "(30/10/2020)", "Senin (7/8)", "5 Agustus 2017", "August 5", "pada Rabu",
"on Monday", "last Thursday", "kemarin", "yesterday", "sejak tahun 2006". A bare weekday is the
latest such day on or before the article date; a day and month without a year take the article's
year, or the year before when that would put them after the article.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp import lang as langdata


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY


@lru_cache(maxsize=None)
def _patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    d = langdata.get(lang)
    months = "|".join(sorted(d.MONTHS, key=len, reverse=True))
    days = "|".join(sorted(d.WEEKDAYS, key=len, reverse=True))
    rel = "|".join(sorted(d.RELATIVE_DAYS, key=len, reverse=True))
    return [
        ("dmy", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")),
        ("dm", re.compile(r"\((\d{1,2})/(\d{1,2})\)")),
        ("d_month_y", re.compile(rf"\b(\d{{1,2}})\s+({months})\.?(?:\s+((?:19|20)\d{{2}}))?\b", re.I)),
        ("month_d_y", re.compile(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{{2}}))?", re.I)),
        ("weekday", re.compile(rf"\b(last\s+|next\s+)?({days})\b(?!,?\s*\(?\d)", re.I)),
        ("relative", re.compile(rf"\b({rel})\b", re.I)),
        ("year", re.compile(r"\b(?:tahun|sejak|since|in|pada)\s+((?:19|20)\d{2})\b", re.I)),
    ]


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


def find_dates(text: str, lang: str, ref: dt.date | None, offset: int = 0) -> list[DateMention]:
    """All date expressions in ``text`` (offsets shifted by ``offset``), earliest first."""
    d = langdata.get(lang)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for kind, pat in _patterns(lang):
        for m in pat.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            value: dt.date | str | None = None
            if kind == "dmy":
                value = _safe(int(m[3]), int(m[2]), int(m[1]))
            elif kind == "dm" and ref:
                value = _year_for(int(m[2]), int(m[1]), ref)
            elif kind == "d_month_y":
                mon = d.MONTHS[m[2].lower()]
                value = _safe(int(m[3]), mon, int(m[1])) if m[3] else (_year_for(mon, int(m[1]), ref) if ref else None)
            elif kind == "month_d_y":
                if m[1].lower() == "may" and not m[1][0].isupper():
                    continue
                mon = d.MONTHS[m[1].lower()]
                value = _safe(int(m[3]), mon, int(m[2])) if m[3] else (_year_for(mon, int(m[2]), ref) if ref else None)
            elif kind == "weekday" and ref:
                if not m[2][0].isupper() or re.match(r"minggu\s+(lalu|depan|ini)\b", text[m.start(2):], re.I):
                    continue  # "Minggu lalu" is last week, not last Sunday
                wd = d.WEEKDAYS[m[2].lower()]
                back = (ref.weekday() - wd) % 7
                if (m[1] or "").lower().startswith("next"):
                    value = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
                else:
                    if (m[1] or "").lower().startswith("last") and back == 0:
                        back = 7
                    value = ref - dt.timedelta(days=back)
            elif kind == "relative" and ref:
                value = ref + dt.timedelta(days=d.RELATIVE_DAYS[m[1].lower()])
            elif kind == "year":
                value = m[1]
                s = m.start(1)
            if value is None:
                continue
            taken.append((s, e))
            out.append(DateMention(s + offset, e + offset, value if isinstance(value, str) else value.isoformat()))
    return sorted(out, key=lambda x: x.start)
