"""``kg_paragraphs``: sentence boundaries, in one pass over the token table.

A line break or a segment boundary (title, caption, dateline, body) always starts a new
sentence: titles and datelines have no final full stop. Elsewhere a sentence ends after
sentence-final punctuation, as spaCy's ``Sentencizer`` decides it (the first token that is
not punctuation after a ".", "!", "?" starts the next sentence), without creating a Python
object per token.
"""
from __future__ import annotations

from itertools import compress

import numpy
from spacy.attrs import IS_PUNCT, SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

from kg.nlp.tokens import toks

PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> "Sentences":
    return Sentences()


class Sentences:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        t = toks(doc)
        text = t.string
        starts = {0}
        pos = text.find("\n")
        while pos != -1:
            i = t.token_containing(pos)
            if t.idx[i] <= pos:  # the newline is inside token i (a space token) or after it
                starts.add(i + 1)
            pos = text.find("\n", pos + 1)
        for seg in doc.user_data.get("segments", ()):
            i = t.token_at_char(seg.start)
            if i is not None:
                starts.add(i)
        punct = doc.to_array(IS_PUNCT).tolist()
        final = list(map(PUNCT_CHARS.__contains__, t.words))
        i = 0  # the first token after sentence-final punctuation that is no punctuation starts a sentence
        for f in compress(range(n), final):
            if f < i:
                continue
            i = f + 1
            while i < n and (punct[i] or final[i]):
                i += 1
            starts.add(i)  # (n: none)
        flags = numpy.full((n, 1), -1, dtype="int64")
        for i in starts:
            if i < n:
                flags[i, 0] = 1
        flags = flags.astype("uint64")  # spaCy stores attributes as uint64: -1 wraps round
        doc.from_array([SENT_START], flags)
        t.reset_sentences()
        return doc
