"""The exporter registry and ``export()``: names, lazy imports, errors, byte-identical output."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from .conftest import build_dataset
from kg.errors import FormatError
from kg.export import EXPORTERS, export, get_exporter


def test_names() -> None:
    assert set(EXPORTERS) == {"gexf", "graphml", "csv"}
    for name in EXPORTERS:
        assert callable(get_exporter(name))


def test_unknown_name_raises_format_error(dataset: Dataset, tmp_path: Path) -> None:
    with pytest.raises(FormatError) as err:
        export(dataset, "dot", tmp_path / "x.dot")
    assert err.value.code == "E017"
    assert "'dot'" in str(err.value) and "gexf, graphml, csv" in str(err.value)
    assert not list(tmp_path.iterdir())


def test_writers_imported_only_when_used() -> None:
    code = (
        "import sys, kg.export\n"
        "assert not any(m in sys.modules for m in ('kg.export.gexf', 'kg.export.graphml', 'kg.export.csv',"
        " 'kg.export.project', 'networkx')), sorted(m for m in sys.modules if m.startswith('kg'))\n"
        "kg.export.get_exporter('gexf')\n"
        "assert 'kg.export.gexf' in sys.modules and 'kg.export.csv' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("fmt, name", [("gexf", "g.gexf"), ("graphml", "g.graphml"), ("csv", "g.csv")])
def test_export_counts(fmt: str, name: str, dataset: Dataset, tmp_path: Path) -> None:
    assert export(dataset, fmt, tmp_path / name) == {"nodes": 7, "edges": 5}


@pytest.mark.parametrize("fmt, name", [("gexf", "g.gexf"), ("graphml", "g.graphml"), ("csv", "g.csv")])
def test_byte_identical_across_runs(fmt: str, name: str, tmp_path: Path) -> None:
    """Two exports of two independently built datasets give the same bytes."""
    outputs = []
    for run in ("a", "b"):
        export(build_dataset(), fmt, tmp_path / run / name)
        outputs.append({p.name: p.read_bytes() for p in sorted((tmp_path / run).iterdir())})
    assert outputs[0] == outputs[1]
    assert all(outputs[0].values())
