"""``kg_ner``: statistical named-entity recognition with the small models shipped in ``kg/models``.

Writes ``doc.spans["ner"]``: spans labelled PER, ORG, LOC or MISC (MISC only from the English
model). It never touches ``doc.ents`` nor ``doc.spans["kg"]`` (the gazetteer's linked spans);
:func:`combine` shows the intended merge (a gazetteer span wins where the two overlap).

The model is the spaCy pipeline in ``kg/models/ner_<lang>/`` (a CNN tok2vec inside a ``ner``
component, trained by ``training/ner/train.py``), loaded once per path. It runs on a copy of
the Doc's words in the model's own vocab, and its entities are mapped back by token index: the
Doc of our pipeline (``spacy.blank(lang)`` tokenizer, shared vocab) is left as it was, and the
model sees exactly the lexical features it was trained with.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.errors import Errors, KGError
from kg.nlp.spans import longest_first

SPAN_KEY = "ner"
LABELS = ("PER", "ORG", "LOC", "MISC")
MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
# Gazetteer (doc.spans["kg"]) entity types → NER labels; other types (Agreement, ...) have none.
GAZETTEER_LABELS = {"Country": "LOC", "Place": "LOC", "City": "LOC", "Organization": "ORG", "Person": "PER"}


def model_path(lang: str) -> Path:
    return MODELS_DIR / f"ner_{lang}"


@lru_cache(maxsize=None)
def load_model(path: str) -> Language:
    """The NER pipeline at ``path`` (loaded once); a clear coded error if it is not there."""
    p = Path(path)
    if not (p / "config.cfg").is_file() or not (p / "ner").is_dir():
        raise KGError(Errors.E018, path=p)
    return spacy.load(p)


@Language.factory("kg_ner", default_config={"model": None, "span_key": SPAN_KEY, "batch_size": 64})
def make_ner(nlp: Language, name: str, model: str | None, span_key: str, batch_size: int) -> "StatisticalNER":
    return StatisticalNER(nlp, model=model, span_key=span_key, batch_size=batch_size)


class StatisticalNER:
    """Tags PER/ORG/LOC(/MISC) into ``doc.spans[span_key]`` with the shipped model for ``nlp.lang``."""

    def __init__(self, nlp: Language, *, model: str | None = None, span_key: str = SPAN_KEY, batch_size: int = 64) -> None:
        self.lang = nlp.lang
        self.span_key = span_key
        self.batch_size = batch_size
        self.path = str(Path(model) if model else model_path(nlp.lang))
        self.model = load_model(self.path)
        self.ner = self.model.get_pipe("ner")
        for label in self.ner.labels:  # labels must be known to the strings of the caller's vocab
            nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc], batch_size=1))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        batch: list[Doc] = []
        size = batch_size or self.batch_size
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def predict(self, docs: Sequence[Doc]) -> list[list[tuple[int, int, str]]]:
        """Entities per doc as ``(start_token, end_token, label)``; the docs are not changed."""
        copies = [Doc(self.model.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
        out = []
        for copy in self.ner.pipe(copies, batch_size=len(copies) or 1):
            # a span over a line break or space token is an artefact of running text: drop it
            out.append([(e.start, e.end, e.label_) for e in copy.ents if not any(t.is_space for t in e)])
        return out

    def _process(self, docs: list[Doc]) -> list[Doc]:
        for doc, ents in zip(docs, self.predict(docs)):
            doc.spans[self.span_key] = [Span(doc, s, e, label=label) for s, e, label in ents]
        return docs


def gazetteer_entities(doc: Doc, key: str = "kg") -> list[tuple[int, int, str]]:
    """The gazetteer's spans with an NER label, non-overlapping (longest first)."""
    spans = doc.spans[key] if key in doc.spans else ()
    found = [(sp.start, sp.end, GAZETTEER_LABELS[sp.label_]) for sp in spans if sp.label_ in GAZETTEER_LABELS]
    return longest_first(set(found))


def combine(gazetteer: Iterable[tuple[int, int, str]], model: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Gazetteer spans, plus the model's spans that overlap none of them (the gazetteer wins).
    A plain baseline for tests; the product's combination is ``kg_ner_merge``."""
    gaz = list(gazetteer)
    taken = {i for s, e, _ in gaz for i in range(s, e)}
    kept = [x for x in model if not any(i in taken for i in range(x[0], x[1]))]
    return sorted(gaz + kept)
