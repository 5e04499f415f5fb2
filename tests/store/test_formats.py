"""Serialization formats: round trips, determinism, format errors, atomic writes."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import FormatError, GraphError, InputError
from kg.graph import KnowledgeGraph, build
from kg.store import base
from kg.store.base import EXTENSIONS, FORMATS, atomic_write, format_for_path, open_graph

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt"
SUFFIX = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld"}


@pytest.fixture(scope="module")
def example() -> KnowledgeGraph:
    return build([EXAMPLE])


@pytest.fixture(scope="module")
def written(example, tmp_path_factory) -> dict[str, Path]:
    """The example graph written once in every format."""
    out = tmp_path_factory.mktemp("formats")
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = out / f"example{SUFFIX[fmt]}"
        assert example.serialize(paths[fmt]) == fmt
    return paths


def named_graphs(ds: Dataset) -> set:
    return {g.identifier for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier}


def test_every_format_has_a_suffix():
    assert set(SUFFIX) == set(FORMATS)
    for fmt, suffix in SUFFIX.items():
        assert format_for_path(f"x{suffix}") == fmt
    assert set(EXTENSIONS.values()) == set(FORMATS)


def test_example_has_one_named_graph(example):
    assert len(example) > 100
    assert len(named_graphs(example.dataset)) == 1


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_round_trip_keeps_every_triple(example, written, fmt):
    ds = open_graph(written[fmt])
    assert len(ds) == len(example)  # the default graph is the union
    assert set(ds.triples((None, None, None))) == set(example.dataset.triples((None, None, None)))


@pytest.mark.parametrize("fmt", [f for f, (_, quads) in FORMATS.items() if quads])
def test_quad_formats_keep_named_graphs(example, written, fmt):
    ds = open_graph(written[fmt])
    assert named_graphs(ds) == named_graphs(example.dataset)
    for ident in named_graphs(ds):
        assert len(ds.graph(ident)) == len(example.dataset.graph(ident))


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_explicit_format_overrides_the_suffix(example, tmp_path, fmt):
    p = tmp_path / "graph.data"
    assert example.serialize(p, fmt) == fmt
    assert len(open_graph(p, fmt)) == len(example)


def test_load_gives_a_queryable_graph(written, example):
    g = KnowledgeGraph.load(written["trig"])
    assert len(g) == len(example)
    rows = list(g.query('SELECT ?s WHERE { ?s kg:acronym "CSTO" }'))
    assert len(rows) == 1


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_building_twice_is_byte_identical(example, written, tmp_path, fmt):
    again = build([EXAMPLE])
    p = tmp_path / f"again{SUFFIX[fmt]}"
    again.serialize(p)
    assert p.read_bytes() == written[fmt].read_bytes()


@pytest.mark.parametrize("name", ["graph.xyz", "graph", "graph.txt", "graph.rdf"])
def test_unknown_extension_is_format_error(example, tmp_path, name):
    with pytest.raises(FormatError) as info:
        example.serialize(tmp_path / name)
    assert info.value.code == "E012"
    assert not (tmp_path / name).exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_name_is_format_error(example, tmp_path):
    with pytest.raises(FormatError, match=r"^\[E011\] Unknown output format 'rdfxml'"):
        example.serialize(tmp_path / "g.trig", "rdfxml")
    assert list(tmp_path.iterdir()) == []


def test_format_for_path_is_case_insensitive():
    assert format_for_path("G.TRIG") == "trig"
    assert format_for_path("g.NQ") == "nquads"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.trig", b"this is not <<< a graph {{{"),
        ("garbage.nq", b"<a> <b> no closing\n"),
        ("garbage.ttl", b"@prefix : <x> . :a :b"),
        ("garbage.jsonld", b"{not json"),
        ("binary.trig", b"\x00\x01\x02\xff\xfe"),
        ("empty.trig", b""),
        ("comment.nt", b"# nothing but a comment\n"),
    ],
)
def test_open_graph_on_garbage_is_e009(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(GraphError) as info:
        open_graph(p)
    assert info.value.code == "E009"
    assert str(info.value).startswith(f"[E009] Cannot parse graph {p}: ")
    assert "\n" not in str(info.value)


def test_open_graph_unknown_extension_is_e009(tmp_path):
    p = tmp_path / "g.xyz"
    p.write_text("<a> <b> <c> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"^\[E009\] .*Cannot tell the output format"):
        open_graph(p)


def test_open_graph_missing_is_e001(tmp_path):
    with pytest.raises(InputError, match=r"^\[E001\]"):
        open_graph(tmp_path / "nope.trig")


# --- atomic writes ----------------------------------------------------------------------------


def test_atomic_write_writes_and_replaces(tmp_path):
    p = tmp_path / "sub" / "f.bin"
    atomic_write(p, b"one")
    atomic_write(p, b"two")
    assert p.read_bytes() == b"two"
    assert [x.name for x in p.parent.iterdir()] == ["f.bin"]


class Boom(Exception):
    pass


def test_atomic_write_leaves_no_partial_file_when_writing_fails(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise Boom("disk full")

    monkeypatch.setattr(base.os, "replace", fail)
    p = tmp_path / "f.trig"
    with pytest.raises(Boom):
        atomic_write(p, b"data")
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    p = tmp_path / "f.trig"
    p.write_bytes(b"old")
    real_fdopen = os.fdopen

    class FailingFile:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()
            return False

        def write(self, data):
            self.fh.write(data[:2])  # a partial write, then the failure
            raise Boom("write failed")

    monkeypatch.setattr(base.os, "fdopen", lambda fd, mode: FailingFile(real_fdopen(fd, mode)))
    with pytest.raises(Boom):
        atomic_write(p, b"new data")
    assert p.read_bytes() == b"old"
    assert [x.name for x in tmp_path.iterdir()] == ["f.trig"]


def test_serialize_failure_leaves_no_file(example, tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise Boom("interrupted")

    monkeypatch.setattr(base.os, "replace", fail)
    with pytest.raises(Boom):
        example.serialize(tmp_path / "g.trig")
    assert list(tmp_path.iterdir()) == []
