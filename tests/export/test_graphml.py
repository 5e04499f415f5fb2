"""GraphML through networkx: flat attribute values, loads back with read_graphml."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.graphml import graphml_graph, write_graphml
from kg.export.project import edge_id

R = "https://w3id.org/kg-news/id/"
ARM, AZE, CSTO, YEREVAN = R + "country/ARM", R + "country/AZE", R + "org/csto", R + "place/yerevan"


def test_flat_values(projected: nx.MultiDiGraph) -> None:
    H = graphml_graph(projected)
    for _, d in H.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())
    for *_, d in H.edges(keys=True, data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())
    assert H.edges[ARM, CSTO, edge_id(ARM, "memberOf", CSTO)]["dates"] == "2024-03-05;2024-04-10"


def test_round_trip(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(projected, path)
    H = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(H, nx.MultiDiGraph)
    assert (H.number_of_nodes(), H.number_of_edges()) == (7, 5)
    assert H.nodes[ARM] == {
        "label": "Armenia", "type": "Country", "key": "country:ARM", "iso3": "ARM",
        "geonames": "174982", "mentions": 4, "articles": 2, "start": "2024-03-05",
    }
    assert "iso3" not in H.nodes[YEREVAN]
    member = H.edges[ARM, CSTO, edge_id(ARM, "memberOf", CSTO)]
    assert member == {
        "relation": "memberOf", "role": "", "label": "member of", "weight": 3, "directed": True,
        "articles": 2, "confidence": 0.9, "dates": "2024-03-05;2024-04-10", "start": "2024-03-05",
    }
    conflict = H.edges[ARM, AZE, edge_id(ARM, "inConflictWith", AZE)]
    assert conflict["directed"] is False and conflict["weight"] == 2


def test_deterministic(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_graphml(projected, tmp_path / "a.graphml")
    write_graphml(nx.MultiDiGraph(projected), tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
