"""Language data, one plain module per language (as in ``spacy/lang/``): no logic here."""
from __future__ import annotations

from importlib import import_module
from types import ModuleType

LANGS = ("id", "en")


def get(lang: str) -> ModuleType:
    return import_module(f"kg.nlp.lang.{lang}")
