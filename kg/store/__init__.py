"""Stores: where article graphs live. ``memory`` (rdflib Dataset), ``oxigraph`` (a directory on
disk) and ``remote`` (SPARQL 1.1 services), registered by name in :data:`STORES` and imported
only when opened with :func:`open_store`."""
from kg.store.base import FORMATS, MANIFEST, STORES, Store, format_for_path, open_graph, open_store
from kg.store.memory import MemoryStore

__all__ = ["Store", "MemoryStore", "open_store", "STORES", "MANIFEST", "FORMATS",
           "format_for_path", "open_graph"]
