"""Stores: where article graphs live. ``memory`` (rdflib Dataset) now; others plug in by name."""
from kg.store.base import FORMATS, format_for_path, open_graph
from kg.store.memory import MemoryStore

__all__ = ["MemoryStore", "FORMATS", "format_for_path", "open_graph"]
