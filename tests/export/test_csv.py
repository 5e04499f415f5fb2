"""Gephi spreadsheet CSV: a nodes file and an edges file with exact headers."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.export.csv import csv_paths, write_csv

R = "https://w3id.org/kg-news/id/"
ARM, AZE, CSTO, YEREVAN = R + "country/ARM", R + "country/AZE", R + "org/csto", R + "place/yerevan"
PUTIN, RUS = R + "person/vladimir-putin", R + "country/RUS"

NODE_HEADER = ["Id", "Label", "Type", "Key", "ISO3", "GeoNames", "Mentions", "Start"]
EDGE_HEADER = ["Source", "Target", "Type", "Weight", "Label", "Relation", "Role", "Confidence", "Articles", "Start"]


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def test_paths(tmp_path: Path) -> None:
    assert csv_paths(tmp_path / "x.csv") == (tmp_path / "x.nodes.csv", tmp_path / "x.edges.csv")
    assert csv_paths(tmp_path) == (tmp_path / "nodes.csv", tmp_path / "edges.csv")
    assert csv_paths(tmp_path / "new-folder") == (tmp_path / "new-folder/nodes.csv", tmp_path / "new-folder/edges.csv")


def test_nodes_file(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_csv(projected, tmp_path / "x.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.edges.csv", "x.nodes.csv"]
    header, rows = read(tmp_path / "x.nodes.csv")
    assert header == NODE_HEADER
    assert len(rows) == 7
    by_id = {r["Id"]: r for r in rows}
    assert by_id[ARM] == {"Id": ARM, "Label": "Armenia", "Type": "Country", "Key": "country:ARM", "ISO3": "ARM",
                          "GeoNames": "174982", "Mentions": "4", "Start": "2024-03-05"}
    assert (by_id[YEREVAN]["ISO3"], by_id[YEREVAN]["GeoNames"]) == ("", "616052")


def test_edges_file(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_csv(projected, tmp_path / "x.csv")
    header, rows = read(tmp_path / "x.edges.csv")
    assert header == EDGE_HEADER
    assert len(rows) == 5
    by_rel = {r["Relation"]: r for r in rows}
    assert by_rel["memberOf"] == {
        "Source": ARM, "Target": CSTO, "Type": "Directed", "Weight": "3", "Label": "member of",
        "Relation": "memberOf", "Role": "", "Confidence": "0.9", "Articles": "2", "Start": "2024-03-05",
    }
    assert (by_rel["inConflictWith"]["Type"], by_rel["inConflictWith"]["Target"]) == ("Undirected", AZE)
    assert (by_rel["holdsRole"]["Source"], by_rel["holdsRole"]["Target"]) == (PUTIN, RUS)
    assert (by_rel["holdsRole"]["Role"], by_rel["holdsRole"]["Label"]) == ("headOfState", "holds role in (headOfState)")
    assert by_rel["criticizes"]["Start"] == "2024-02-01"


def test_folder_output(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_csv(projected, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["edges.csv", "nodes.csv"]


def test_utf8(projected: nx.MultiDiGraph, tmp_path: Path) -> None:
    projected.nodes[CSTO]["label"] = 'Organisasi "Perjanjian", Keamanan — Kolektif ☂'
    write_csv(projected, tmp_path / "u.csv")
    _, rows = read(tmp_path / "u.nodes.csv")
    assert {r["Id"]: r["Label"] for r in rows}[CSTO] == 'Organisasi "Perjanjian", Keamanan — Kolektif ☂'
