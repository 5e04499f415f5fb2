"""``kg_paragraphs``: a line break or a segment boundary (title, caption, dateline, body) always
starts a new sentence: titles and datelines have no final full stop. Runs before the
sentencizer, which keeps boundaries already set."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.tokens import toks


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> "ParagraphBreaks":
    return ParagraphBreaks()


class ParagraphBreaks:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        t = toks(doc)
        text = doc.text
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
        for i in sorted(starts):
            if i < n:
                doc[i].is_sent_start = True
        return doc
