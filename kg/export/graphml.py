"""GraphML via :func:`networkx.write_graphml`, from the shared projection.

GraphML keeps only str/int/float/bool values: lists (edge ``dates``) are written ``;``-joined.
Edge ids are the stable ids of :func:`kg.export.project.edge_id`; the graph is directed and
each edge carries a boolean ``directed`` (false for symmetric relations).
"""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kg.export.project import edge_id, flat, iter_flat_edges, sorted_nodes
from kg.store.base import atomic_write

__all__ = ["write_graphml", "graphml_graph"]


def graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` fit for GraphML: flat values, no None, edge keys = stable edge ids."""
    H = nx.MultiDiGraph()
    for n, data in sorted_nodes(G):
        H.add_node(n, **{k: flat(v) for k, v in data.items() if v is not None})
    for u, v, k, data in iter_flat_edges(G):
        H.add_edge(u, v, key=edge_id(u, k, v), **{a: x for a, x in data.items() if x is not None})
    return H


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` (from :func:`kg.export.project.to_networkx`) as GraphML to ``path``, atomically."""
    buf = io.BytesIO()
    nx.write_graphml(graphml_graph(G), buf, encoding="utf-8", prettyprint=True)
    atomic_write(path, buf.getvalue())
