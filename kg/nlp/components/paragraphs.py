"""``kg_paragraphs``: a line break or a segment boundary (title, caption, dateline, body) always
starts a new sentence: titles and datelines have no final full stop. Runs before the
sentencizer, which keeps boundaries already set."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> "ParagraphBreaks":
    return ParagraphBreaks()


class ParagraphBreaks:
    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc[0].is_sent_start = True
        starts = {seg.start for seg in doc.user_data.get("segments", ())}
        for i, tok in enumerate(doc[:-1]):
            if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
                doc[i + 1].is_sent_start = True
        for tok in doc[1:]:
            if tok.idx in starts:
                tok.is_sent_start = True
        return doc
