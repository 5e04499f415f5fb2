"""Export the knowledge graph as a property graph for Gephi and other tools.

:data:`EXPORTERS` names each target as ``"module:function"``; a writer module (and networkx) is
imported only when its target is used. Every writer takes the same projection
(:func:`kg.export.project.to_networkx`) and a path::

    from kg.export import export
    counts = export(dataset, "gexf", "graph.gexf")  # {"nodes": ..., "edges": ...}
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import Errors, FormatError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["EXPORTERS", "get_exporter", "export"]

EXPORTERS: dict[str, str] = {
    "gexf": "kg.export.gexf:write_gexf",
    "graphml": "kg.export.graphml:write_graphml",
    "csv": "kg.export.csv:write_csv",
}


def get_exporter(fmt: str) -> Callable[[Any, str | Path], None]:
    """The writer ``(graph, path) -> None`` registered as ``fmt``; FormatError (E017) if none."""
    if fmt not in EXPORTERS:
        raise FormatError(Errors.E017, fmt=fmt, choices=", ".join(EXPORTERS))
    module, _, func = EXPORTERS[fmt].partition(":")
    return getattr(importlib.import_module(module), func)


def export(dataset: Graph, fmt: str, out_path: str | Path) -> dict[str, int]:
    """Project ``dataset`` and write it as ``fmt`` to ``out_path``; returns ``{"nodes", "edges"}`` counts."""
    writer = get_exporter(fmt)
    from kg.export.project import paused_gc, to_networkx

    with paused_gc():
        G = to_networkx(dataset)
        writer(G, out_path)
    return {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
