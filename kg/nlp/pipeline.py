"""The spaCy pipeline per language: ``spacy.blank(lang)`` plus our components.

    kg_paragraphs (sentences) → kg_gazetteer → kg_agreements → kg_persons → kg_linker → kg_relations

No downloaded model is needed; everything the components know ships in the package.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the modules registers the factories.
from kg.link import linker as _linker  # noqa: F401
from kg.nlp.components import agreements as _agreements  # noqa: F401
from kg.nlp.components import gazetteer as _gazetteer  # noqa: F401
from kg.nlp.components import paragraphs as _paragraphs  # noqa: F401
from kg.nlp.components import persons as _persons  # noqa: F401
from kg.nlp.components import relations as _relations  # noqa: F401

COMPONENTS = ("kg_paragraphs", "kg_gazetteer", "kg_agreements", "kg_persons", "kg_linker", "kg_relations")


@lru_cache(maxsize=None)
def get_pipeline(lang: str) -> Language:
    nlp = spacy.blank(lang)
    # The gazetteer fills the tokenizer's cache; a larger cache keeps tokenizing fast (MEASURED.md).
    nlp.tokenizer.max_cache_size = 10**6
    for name in COMPONENTS:
        nlp.add_pipe(name)
    nlp.get_pipe("kg_gazetteer").initialize()  # build the phrase matchers now, not on the first article
    return nlp
