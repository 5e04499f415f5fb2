"""GEXF 1.3 for Gephi, written by hand (networkx's writer produces files the schema rejects).

The output validates against the official RelaxNG schema (``gexf.net/1.3``):

* ``<graph defaultedgetype="directed" mode="dynamic" timeformat="date">``; each edge says its own
  ``type`` (``directed`` or ``undirected``: symmetric relations), so Gephi builds a mixed graph;
* nodes: ``label``, attvalues ``type``, ``key``, ``iso3``, ``geonames``, ``mentions``, ``articles``,
  ``viz:color`` by entity type (:data:`PALETTE`) and ``viz:size`` ``10 + 4·√degree``;
* edges: stable ``id`` (:func:`kg.export.project.edge_id`), ``label``, ``weight`` (evidence count),
  ``kind`` (relation name), attvalues ``relation``, ``role``, ``confidence``, ``articles``, ``dates``;
* ``start`` (earliest date) on nodes and edges that have one, for Gephi's timeline; elements
  without a date have no ``start`` and so exist throughout.

Output is deterministic (sorted nodes and edges, fixed attribute order, no timestamps).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import quoteattr

import networkx as nx

from kg.export.project import edge_id, flat, sorted_edges, sorted_nodes
from kg.store.base import atomic_write

__all__ = ["write_gexf", "gexf_bytes", "PALETTE", "NS", "NS_VIZ"]

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"

# entity type → (r, g, b)
PALETTE: dict[str, tuple[int, int, int]] = {
    "Country": (31, 119, 180),
    "Place": (44, 160, 44),
    "Organization": (255, 127, 14),
    "Person": (214, 39, 40),
    "Agreement": (148, 103, 189),
    "NamedEvent": (140, 86, 75),
}
OTHER_COLOUR = (127, 127, 127)

# (attribute id = title, GEXF type) per class, in output order
NODE_ATTRS: tuple[tuple[str, str], ...] = (
    ("type", "string"), ("key", "string"), ("iso3", "string"), ("geonames", "string"),
    ("mentions", "integer"), ("articles", "integer"),
)
EDGE_ATTRS: tuple[tuple[str, str], ...] = (
    ("relation", "string"), ("role", "string"), ("confidence", "double"), ("articles", "integer"),
    ("dates", "string"),
)

# characters XML 1.0 does not allow, even escaped
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# anything that needs escaping or removing in an attribute value
_SPECIAL = re.compile("[&<>\"'\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _q(value: object) -> str:
    """A quoted, escaped XML attribute value (plain values skip the escaping: it is the hot path)."""
    s = repr(round(value, 4)) if isinstance(value, float) else str(value)
    if _SPECIAL.search(s) is None:
        return f'"{s}"'
    return quoteattr(_INVALID_XML.sub("", s))


def _tag(name: str, attrs: dict[str, object], close: bool = True) -> str:
    body = "".join(f" {k}={_q(v)}" for k, v in attrs.items())
    return f"<{name}{body}{'/' if close else ''}>"


def _attributes(cls: str, spec: Iterable[tuple[str, str]]) -> list[str]:
    lines = [f'    <attributes class="{cls}" mode="static">']
    lines += [f"      {_tag('attribute', {'id': a, 'title': a, 'type': t})}" for a, t in spec]
    return lines + ["    </attributes>"]


def _attvalues(data: dict, spec: Iterable[tuple[str, str]]) -> list[str]:
    values = [(a, flat(data[a])) for a, _ in spec if a in data and data[a] not in ("", None)]
    if not values:
        return []
    inner = [f"        {_tag('attvalue', {'for': a, 'value': v})}" for a, v in values]
    return ["      <attvalues>", *inner, "      </attvalues>"]


def _timed(attrs: dict[str, object], data: dict) -> dict[str, object]:
    if data.get("start"):
        attrs["start"] = data["start"]
    return attrs


def _node(G: nx.MultiDiGraph, n: str, data: dict) -> list[str]:
    r, g, b = PALETTE.get(data.get("type", ""), OTHER_COLOUR)
    size = 10 + 4 * math.sqrt(G.degree(n))
    head = _tag("node", _timed({"id": n, "label": data.get("label") or n}, data), close=False)
    return [
        f"    {head}",
        *_attvalues(data, NODE_ATTRS),
        f"      {_tag('viz:color', {'r': r, 'g': g, 'b': b})}",
        f"      {_tag('viz:size', {'value': float(size)})}",
        "    </node>",
    ]


def _edge(u: str, v: str, k: str, data: dict) -> list[str]:
    attrs: dict[str, object] = {
        "id": edge_id(u, k, v),
        "source": u,
        "target": v,
        "type": "directed" if data.get("directed", True) else "undirected",
        "label": data.get("label") or k,
        "weight": data.get("weight", 1),
        "kind": data.get("relation") or k,
    }
    values = _attvalues(data, EDGE_ATTRS)
    if not values:
        return [f"    {_tag('edge', _timed(attrs, data))}"]
    return [f"    {_tag('edge', _timed(attrs, data), close=False)}", *values, "    </edge>"]


def gexf_lines(G: nx.MultiDiGraph) -> list[str]:
    """The GEXF document as lines (without the XML declaration)."""
    lines = [
        f'<gexf xmlns="{NS}" xmlns:viz="{NS_VIZ}" version="1.3">',
        "  <meta>",
        "    <creator>kg</creator>",
        "    <description>Knowledge graph of news articles: entities and the relations between them</description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
        *_attributes("node", NODE_ATTRS),
        *_attributes("edge", EDGE_ATTRS),
        f'    <nodes count="{G.number_of_nodes()}">',
    ]
    for n, data in sorted_nodes(G):
        lines += ["  " + x for x in _node(G, n, data)]
    lines.append(f'    </nodes>\n    <edges count="{G.number_of_edges()}">')
    for u, v, k, data in sorted_edges(G):
        lines += ["  " + x for x in _edge(u, v, k, data)]
    return lines + ["    </edges>", "  </graph>", "</gexf>"]


def gexf_bytes(G: nx.MultiDiGraph) -> bytes:
    """The GEXF 1.3 document of ``G``, UTF-8."""
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(gexf_lines(G)) + "\n"
    return text.encode("utf-8")


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``G`` (from :func:`kg.export.project.to_networkx`) as GEXF 1.3 to ``path``, atomically."""
    atomic_write(path, gexf_bytes(G))
