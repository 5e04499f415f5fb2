"""A node table and an edge table in Gephi's spreadsheet-import convention, UTF-8 CSV.

Files written for ``OUT`` (see :func:`csv_paths`):

* ``OUT`` is ``x.csv`` (any file name with a suffix) → ``x.nodes.csv`` and ``x.edges.csv``
  next to it;
* ``OUT`` is an existing folder, or a path without a suffix → ``nodes.csv`` and ``edges.csv``
  inside that folder (created if needed).

Columns: nodes ``Id, Label, Type, Key, ISO3, GeoNames, Mentions, Start``; edges ``Source, Target,
Type`` (``Directed``/``Undirected``)``, Weight, Label, Relation, Role, Confidence, Articles, Start``.
Missing values are empty cells.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kg.export.project import sorted_edges, sorted_nodes
from kg.store.base import atomic_write

__all__ = ["write_csv", "csv_paths", "NODE_COLUMNS", "EDGE_COLUMNS"]

# column → node attribute
NODE_COLUMNS: dict[str, str] = {
    "Label": "label", "Type": "type", "Key": "key", "ISO3": "iso3", "GeoNames": "geonames",
    "Mentions": "mentions", "Start": "start",
}
# column → edge attribute ("Type" is derived from "directed")
EDGE_COLUMNS: dict[str, str] = {
    "Weight": "weight", "Label": "label", "Relation": "relation", "Role": "role",
    "Confidence": "confidence", "Articles": "articles", "Start": "start",
}


def csv_paths(out: str | Path) -> tuple[Path, Path]:
    """The (nodes, edges) files written for ``out``."""
    out = Path(out)
    if out.is_dir() or not out.suffix:
        return out / "nodes.csv", out / "edges.csv"
    stem = out.with_suffix("")
    return stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv")


def _cell(value: object) -> object:
    return "" if value is None else value


def _table(header: list[str], rows: Iterable[list[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _node_rows(G: nx.MultiDiGraph) -> Iterable[list[object]]:
    for n, d in sorted_nodes(G):
        yield [n, *(_cell(d.get(a)) for a in NODE_COLUMNS.values())]


def _edge_rows(G: nx.MultiDiGraph) -> Iterable[list[object]]:
    for u, v, _, d in sorted_edges(G):
        kind = "Directed" if d.get("directed", True) else "Undirected"
        yield [u, v, kind, *(_cell(d.get(a)) for a in EDGE_COLUMNS.values())]


def write_csv(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` as ``<stem>.nodes.csv`` + ``<stem>.edges.csv`` (see module doc), atomically each."""
    nodes_path, edges_path = csv_paths(path)
    atomic_write(nodes_path, _table(["Id", *NODE_COLUMNS], _node_rows(G)))
    atomic_write(edges_path, _table(["Source", "Target", "Type", *EDGE_COLUMNS], _edge_rows(G)))
