"""Language identification by stop-word share, using spaCy's own stop-word lists."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import Errors, InputError

SUPPORTED = ("id", "en")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    if lang == "id":
        from spacy.lang.id.stop_words import STOP_WORDS
    else:
        from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def language_scores(text: str) -> dict[str, float]:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if not words:
        return {lang: 0.0 for lang in SUPPORTED}
    return {lang: sum(w in _stop_words(lang) for w in words) / len(words) for lang in SUPPORTED}


def detect_language(text: str, name: str = "text") -> str:
    """'id' or 'en'; raise when neither language's stop words make up a plausible share."""
    scores = language_scores(text)
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 0.12:
        raise InputError(Errors.E007, name=name)
    return best


def check_language(lang: str, name: str) -> str:
    if lang not in SUPPORTED:
        raise InputError(Errors.E008, lang=lang, name=name, supported=", ".join(SUPPORTED))
    return lang
