"""Cleaning: split an article into segments (title, body, caption, meta) and read its metadata.

Nothing is cut out of ``Article.text``: segments point into it, so every offset downstream is
an offset into the text as it was read. Boilerplate simply belongs to no segment.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from kg.ingest import boilerplate as bp
from kg.ingest.langid import detect_language
from kg.model import Article, Segment

_PARA = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for m in _PARA.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def _repeated_caption(par: str) -> int | None:
    """A photo caption often repeats its own text after the credit: return where the copy starts."""
    if len(par) < 80:
        return None
    probe = par[:40]
    at = par.find(probe, 40)
    return at if at > 0 else None


def _is_title(par: str, first: bool, has_more: bool) -> bool:
    return first and has_more and len(par) < 200 and not par.rstrip().endswith((".", '"', "”"))


def prepare(article: Article, lang: str | None = None) -> Article:
    """Fill ``segments``, metadata and language of an article read by a reader."""
    text = article.text
    pars = list(_paragraphs(text))
    segments: list[Segment] = []
    story_started = False
    for i, (s, e) in enumerate(pars):
        par = text[s:e]
        low = par.lower()
        if len(par) < 120 and low.startswith(bp.TAIL_MARKERS) and story_started:
            break
        if low.startswith(bp.SKIP_PREFIXES):
            continue
        m = bp.SOURCE_LINE.match(par)
        if m:
            _add_source(article, m.group("src"))
            segments.append(Segment(s + m.start("src"), s + m.end("src"), "meta"))
            continue
        m = bp.PUBLISHER_DATE_LINE.match(par)
        if m and not story_started:
            article.publisher = article.publisher or m.group("pub").strip()
            try:
                article.date = article.date or dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                pass
            segments.append(Segment(s + m.start("pub"), s + m.end("pub"), "meta"))
            continue
        if bp.DATE_ONLY.match(par) and not story_started:
            segments.append(Segment(s, e, "meta"))  # the NLP stage reads its date (kg.nlp.dates.reference_date)
            continue
        if bp.SIGNATURE.match(par):
            if par.isalpha():  # "REUTER": the agency signs the story
                segments.append(Segment(s, e, "meta"))
            continue
        if _is_title(par, i == 0 and article.title is None, len(pars) > 1):
            article.title = par
            segments.append(Segment(s, e, "title"))
            continue
        if not story_started:  # a caption or a dateline only comes before the story
            cut = _repeated_caption(par)
            if cut is not None or bp.PHOTO_CREDIT.search(par):
                article.caption = par[:cut].strip() if cut else par
                segments.append(Segment(s, s + (cut or len(par)), "caption"))
                continue
            m = (bp.DATELINE.match(par) or bp.DATED_DATELINE.match(par) or bp.REGION_DATELINE.match(par)
                 or bp.PUBLISHER_PREFIX.match(par) or bp.ISO_DATELINE.match(par))
            if m:
                found = m.groupdict()
                if "place" in found:
                    article.dateline = article.dateline or found["place"].strip()
                if found.get("pub"):
                    article.publisher = article.publisher or found["pub"].strip()
                segments.append(Segment(s, s + m.end(), "meta"))
                s += m.end()
        story_started = True
        if s < e:  # (a dateline on a line of its own leaves nothing)
            segments.append(Segment(s, e, "body"))
        for src in bp.SOURCE_IN_TEXT.finditer(par):
            _add_source(article, src.group("src"))
    article.segments = segments
    article.lang = lang or article.lang or detect_language(
        " ".join(text[g.start : g.end] for g in segments if g.kind in ("title", "body")), article.id
    )
    return article


def _add_source(article: Article, src: str) -> None:
    src = src.strip().rstrip(".,")
    if src and src not in article.cited_sources:
        article.cited_sources.append(src)
