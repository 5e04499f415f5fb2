"""Sports reporting: sentences whose trigger words are no political facts ("France beat Germany
2-1", "struck out", "a tour of Spain"). A sentence with ``SPORT_SENTENCE`` distinct words of the
language's ``SPORT_WORDS`` is sports reporting; in an article with ``SPORT_ARTICLE`` of them, every
sentence is. The relation rules read no trigger there (structural facts, such as a title's role
or "City, Country", stay)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import lang as langdata
from kg.nlp.tokens import Toks


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\-", "[- ]?") for w in words)


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern[str]:
    words = sorted(langdata.get(lang).SPORT_WORDS, key=len, reverse=True)
    body = _alternatives(words)
    if all(w[:1].isascii() and w[:1].isalpha() for w in words):
        # The same alternatives, grouped by their first letter ("g(?:oals|oal)|s(?:...)"): a
        # character matches one ASCII letter at most, so only one group can match where the
        # regex tries, and in it the words keep their order; but the engine tries some 30 groups
        # at each word start instead of every word (four times faster).
        groups: dict[str, list[str]] = {}
        for w in words:
            groups.setdefault(w[0].lower(), []).append(w)
        body = "|".join(f"{first}(?:{_alternatives([w[1:] for w in ws])})" for first, ws in groups.items())
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def sport_sentences(t: Toks, lang: str) -> set[int]:
    """The first token of every sentence of ``t`` that is sports reporting."""
    d = langdata.get(lang)
    pattern = _pattern(lang)
    found: list[tuple[int, set[str]]] = []
    article: set[str] = set()
    for ss, se in t.sentences():
        words = {re.sub(r"[- ]", "", m.group(0).lower()) for m in pattern.finditer(t.string, t.idx[ss], t.ends[se - 1])}
        found.append((ss, words))
        article |= words
    if len(article) >= d.SPORT_ARTICLE:
        return {ss for ss, _ in found}
    return {ss for ss, words in found if len(words) >= d.SPORT_SENTENCE}
