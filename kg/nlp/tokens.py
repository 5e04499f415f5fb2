"""Token attributes of a Doc as plain Python lists, built once per Doc and shared by the components.

Indexing a spaCy ``Doc`` (``doc[i]``, ``doc[a:b]``) creates a new ``Token`` or ``Span`` object every
time; the rules read the same few attributes (text, lower-cased text, offset, capitalisation,
sentence) again and again. :func:`toks` reads them once with ``Doc.to_array`` and keeps them in
``doc.user_data["kg_toks"]``; sentence boundaries are read when first asked for (after the
sentencizer has run).
"""
from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import IDX, SENT_START, SPACY
from spacy.tokens import Doc

KEY = "kg_toks"


class Toks:
    __slots__ = ("doc", "string", "words", "lower", "idx", "ends", "n", "cap", "space", "_sent_starts", "_sent_of",
                 "_has_sents", "_at_char", "_cap_idx")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        text = doc.user_data.get("text")  # the string the Doc was made from (kg.nlp.extract sets it)
        if text is None or (len(doc) and len(text) != doc[-1].idx + len(doc[-1].text_with_ws)):
            text = doc.text  # Doc.text joins the tokens anew on every call: read it once
        self.string: str = text
        n = len(doc)
        self.n = n
        idx = doc.to_array(IDX).tolist() if n else []
        space = doc.to_array(SPACY).tolist() if n else []
        # a token runs to the next one, less the one space spaCy keeps as its trailing whitespace
        self.ends: list[int] = [b - w for b, w in zip(idx[1:] + [len(text)], space)]
        self.words: list[str] = [text[a:b] for a, b in zip(idx, self.ends)]
        self.lower: list[str] = list(map(str.lower, self.words))
        self.idx: list[int] = idx
        # starts with a capital letter (spaCy's is_title is stricter: "McDonald", "Jae-in")
        self.cap: list[bool] = [w[:1].isupper() for w in self.words]
        self.space: list[bool] = list(map(str.isspace, self.words))  # "a   b": the extra spaces are a token
        self._sent_starts: list[int] | None = None
        self._sent_of: list[int] | None = None
        self._has_sents: bool | None = None
        self._at_char: dict[int, int] | None = None
        self._cap_idx: list[int] | None = None

    @property
    def cap_idx(self) -> list[int]:
        """Positions of the capitalised tokens."""
        if self._cap_idx is None:
            self._cap_idx = [i for i, c in enumerate(self.cap) if c]
        return self._cap_idx

    # -- sentences ------------------------------------------------------------------------------
    def _sents(self) -> None:
        starts: list[int] = []
        if self.n:
            starts = numpy.flatnonzero(self.doc.to_array(SENT_START) == 1).tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
        sent_of = [0] * self.n
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else self.n
            sent_of[s:e] = [k] * (e - s)
        self._sent_starts, self._sent_of = starts, sent_of

    def reset_sentences(self) -> None:
        self._sent_starts = self._sent_of = self._has_sents = None

    @property
    def has_sentences(self) -> bool:
        """``doc.has_annotation("SENT_START")``, read once (spaCy scans the tokens on every call)."""
        if self._has_sents is None:
            self._has_sents = self.doc.has_annotation("SENT_START")
        return self._has_sents

    @property
    def sent_starts(self) -> list[int]:
        if self._sent_starts is None:
            self._sents()
        return self._sent_starts  # type: ignore[return-value]

    @property
    def sent_of(self) -> list[int]:
        if self._sent_of is None:
            self._sents()
        return self._sent_of  # type: ignore[return-value]

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) token offsets of the sentences."""
        st = self.sent_starts
        return [(s, st[k + 1] if k + 1 < len(st) else self.n) for k, s in enumerate(st)]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        k = self.sent_of[i]
        st = self.sent_starts
        return st[k], (st[k + 1] if k + 1 < len(st) else self.n)

    # -- offsets -------------------------------------------------------------------------------
    def token_at_char(self, char: int) -> int | None:
        """The token starting exactly at ``char``."""
        if self._at_char is None:
            self._at_char = {c: i for i, c in enumerate(self.idx)}
        return self._at_char.get(char)

    def token_containing(self, char: int) -> int:
        return max(0, bisect_right(self.idx, char) - 1)

    def text(self, s: int, e: int) -> str:
        """The text of tokens ``s:e`` as it is in the document."""
        if e <= s:
            return ""
        return self.string[self.idx[s] : self.ends[e - 1]]

    def char_span(self, s: int, e: int) -> tuple[int, int]:
        return self.idx[s], self.ends[e - 1]


def toks(doc: Doc) -> Toks:
    t = doc.user_data.get(KEY)
    if t is None or t.doc is not doc:
        t = Toks(doc)
        doc.user_data[KEY] = t
    return t
