"""The spaCy pipeline per language: ``spacy.blank(lang)`` plus our components.

    kg_paragraphs (sentences) → kg_gazetteer → [kg_ner] → kg_agreements → kg_persons → [kg_ner_merge]
        → kg_linker → kg_relations

``kg_ner`` (statistical NER, ``kg/nlp/components/ner.py``, a small model in ``kg/models/``) and
``kg_ner_merge`` (its spans become entities where the rules found none) run by default; leave
them out with ``get_pipeline(lang, ner=False)``, or ``KG_NER=0`` in the environment (about 5x
faster, people without a title or a knowledge-base entry are then missed). Everything the
components know ships in the package, the NER models included.
"""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the modules registers the factories.
from kg.link import linker as _linker  # noqa: F401
from kg.nlp.components import agreements as _agreements  # noqa: F401
from kg.nlp.components import gazetteer as _gazetteer  # noqa: F401
from kg.nlp.components import ner_merge as _ner_merge  # noqa: F401
from kg.nlp.components import paragraphs as _paragraphs  # noqa: F401
from kg.nlp.components import persons as _persons  # noqa: F401
from kg.nlp.components import relations as _relations  # noqa: F401

COMPONENTS = ("kg_paragraphs", "kg_gazetteer", "kg_agreements", "kg_persons", "kg_linker", "kg_relations")
NER_COMPONENTS = {"kg_ner": "kg_gazetteer", "kg_ner_merge": "kg_persons"}  # component → the one it follows


def ner_default() -> bool:
    """Whether pipelines use the statistical NER unless told: yes, but for ``KG_NER=0``."""
    return os.environ.get("KG_NER", "").strip().lower() not in ("0", "false", "no", "off")


def get_pipeline(lang: str, ner: bool | None = None) -> Language:
    return _pipeline(lang, ner_default() if ner is None else bool(ner))


@lru_cache(maxsize=None)
def _pipeline(lang: str, ner: bool) -> Language:
    nlp = spacy.blank(lang)
    # The gazetteer fills the tokenizer's cache; a larger cache keeps tokenizing fast (MEASURED.md).
    nlp.tokenizer.max_cache_size = 10**6
    names = list(COMPONENTS)
    if ner:
        from kg.nlp.components import ner as _ner  # noqa: F401  (registers kg_ner; loads the model)

        for comp, after in NER_COMPONENTS.items():
            names.insert(names.index(after) + 1, comp)
    for name in names:
        nlp.add_pipe(name)
    nlp.get_pipe("kg_gazetteer").initialize()  # build the phrase matchers now, not on the first article
    return nlp
