"""Ingest: files and folders → :class:`~kg.model.Article` (decoded, cleaned, with metadata).

Readers are registered by file suffix in :mod:`kg.ingest.readers`; cleaning (boilerplate,
captions, datelines) lives in :mod:`kg.ingest.clean`; language detection in
:mod:`kg.ingest.langid`.
"""
from __future__ import annotations

from kg.ingest.readers import iter_articles, read_path, READERS
from kg.ingest.clean import prepare

__all__ = ["iter_articles", "read_path", "prepare", "READERS"]
