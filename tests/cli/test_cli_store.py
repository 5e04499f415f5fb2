"""``--store`` on the command line: build, query, export and remove on an Oxigraph directory and
on a remote SPARQL 1.1 store (a real Oxigraph server); the same answers as from a graph file."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.cli.test_cli import CSTO_QUERY, CSTO_TABLE, DATA, EXAMPLE, assert_one_line_error, run
from tests.store.conftest import oxigraph_server, remote_url  # noqa: F401  (fixtures: a real Oxigraph server)

INPUTS = [EXAMPLE, DATA / "articles.jsonl", DATA / "en.txt", DATA / "id.txt"]  # 5 articles
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def nq_lines(path: Path) -> list[str]:
    return sorted(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """The INPUTS built into a plain N-Quads file."""
    path = tmp_path_factory.mktemp("ref") / "ref.nq"
    r = run("build", *INPUTS, "-o", path, "-q")
    assert r.exit_code == 0, r.output
    return path


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """The INPUTS built into an Oxigraph directory (once for the module; tests that change it copy it)."""
    path = tmp_path_factory.mktemp("store") / "db"
    r = run("build", *INPUTS, "--store", path, "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Stored 5 articles in {path}: 5 new, 0 changed, 0 unchanged; ")
    return path


@pytest.fixture
def fresh_dir(tmp_path) -> Path:
    path = tmp_path / "db"
    r = run("build", *INPUTS, "--store", path, "-q")
    assert r.exit_code == 0, r.output
    return path


def test_rebuilding_into_a_store_skips_unchanged_articles(fresh_dir):
    before = run("query", "--store", fresh_dir, COUNT, "--format", "csv").stdout
    r = run("build", *INPUTS, "--store", fresh_dir)
    assert r.exit_code == 0, r.output
    assert r.stdout == f"Stored 5 articles in {fresh_dir}: 0 new, 0 changed, 5 unchanged; 0 facts, 0 triples written\n"
    assert r.stderr == ""  # nothing built: no rates line
    assert run("query", "--store", fresh_dir, COUNT, "--format", "csv").stdout == before


def test_query_a_store_as_a_graph_file(store_dir, reference):
    r = run("query", "--store", store_dir, CSTO_QUERY)
    assert r.exit_code == 0, r.output
    assert r.stdout == CSTO_TABLE
    for fmt in ("csv", "json"):
        assert run("query", "--store", store_dir, COUNT, "--format", fmt).stdout == \
            run("query", reference, COUNT, "--format", fmt).stdout


def test_export_a_store_for_gephi_as_a_graph_file(store_dir, reference, tmp_path):
    a, b = tmp_path / "store.graphml", tmp_path / "file.graphml"
    ra = run("export", "--store", store_dir, "--to", "graphml", "-o", a)
    rb = run("export", reference, "--to", "graphml", "-o", b)
    assert ra.exit_code == 0, ra.output
    assert ra.stdout.replace(str(a), "OUT") == rb.stdout.replace(str(b), "OUT")
    assert a.read_bytes() == b.read_bytes()


def test_dump_a_store_as_nquads(store_dir, reference, tmp_path):
    out = tmp_path / "dump.nq"
    r = run("export", "--store", store_dir, "--to", "nquads", "-o", out)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Wrote {out} (nquads): ") and r.stdout.endswith(" triples\n")
    assert nq_lines(out) == nq_lines(reference)


def test_remove_articles_by_id_or_graph_iri(fresh_dir, reference):
    r = run("remove", "--store", fresh_dir, "a1", "https://w3id.org/kg-news/id/graph/kompas-2020-10-31-armenia-russia")
    assert r.exit_code == 0, r.output
    assert r.stdout == (f"Removed 2 articles from {fresh_dir}: a1, "
                        "https://w3id.org/kg-news/id/graph/kompas-2020-10-31-armenia-russia\n")
    r = run("query", "--store", fresh_dir, "SELECT ?id WHERE { ?a dcterms:identifier ?id } ORDER BY ?id", "--format", "csv")
    assert r.stdout.splitlines()[0] == "id" and "a1" not in r.stdout.splitlines()
    assert len(r.stdout.splitlines()) == 1 + 3
    # built again, the removed ones are new and the others unchanged
    r = run("build", *INPUTS, "--store", fresh_dir, "-q")
    assert r.stdout.startswith(f"Stored 5 articles in {fresh_dir}: 2 new, 0 changed, 3 unchanged; ")


def test_removing_an_unknown_article_removes_nothing(fresh_dir):
    before = run("query", "--store", fresh_dir, COUNT, "--format", "csv").stdout
    line = assert_one_line_error(run("remove", "--store", fresh_dir, "a1", "nope", "urn:x:nope"), "E023")
    assert line == f"Error: [E023] No article 'nope', 'urn:x:nope' in store {fresh_dir}"
    assert run("query", "--store", fresh_dir, COUNT, "--format", "csv").stdout == before


def test_graph_and_store_exclude_each_other(store_dir, reference):
    r = run("query", reference, COUNT, "--store", store_dir)
    assert r.exit_code == 2 and "give a GRAPH file or --store, not both" in r.stderr
    r = run("export", "--to", "gexf", "-o", "x.gexf")
    assert r.exit_code == 2 and "give a GRAPH file or --store" in r.stderr
    r = run("query", COUNT)
    assert r.exit_code == 2 and "Missing argument 'QUERY'" in r.stderr
    r = run("query", "--store", store_dir, "--endpoint", "query=http://x/q", COUNT)
    assert r.exit_code == 2 and "--endpoint needs an http(s) URL as --store" in r.stderr
    r = run("query", "--store", "http://x", "--endpoint", "select=http://x/q", COUNT)
    assert r.exit_code == 2 and "is not KIND=URL with KIND one of query, update, store" in r.stderr


def test_a_graph_file_is_not_a_store(reference):
    line = assert_one_line_error(run("query", "--store", reference, COUNT), "E019")
    assert line.endswith("it is a file, not a store directory (load graph files as GRAPH)")


def test_remote_store_build_query_export_remove(remote_url, reference, tmp_path):
    ends = ["--endpoint", f"query={remote_url}/query", "--endpoint", f"update={remote_url}/update"]
    r = run("build", *INPUTS, "--store", remote_url, *ends, "-q")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Stored 5 articles in {remote_url}: 5 new, 0 changed, 0 unchanged; ")
    assert run("query", "--store", remote_url, CSTO_QUERY).stdout == CSTO_TABLE
    assert run("query", "--store", remote_url, COUNT, "--format", "json").stdout == \
        run("query", reference, COUNT, "--format", "json").stdout
    out = tmp_path / "dump.nq"
    assert run("export", "--store", remote_url, "--to", "nquads", "-o", out).exit_code == 0
    assert nq_lines(out) == nq_lines(reference)
    r = run("remove", "--store", remote_url, "a1")
    assert r.stdout == f"Removed 1 article from {remote_url}: a1\n"
    r = run("build", *INPUTS, "--store", remote_url, "-q")
    assert r.stdout.startswith(f"Stored 5 articles in {remote_url}: 1 new, 0 changed, 4 unchanged; ")


def test_an_unreachable_remote_store_is_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    line = assert_one_line_error(run("query", "--store", f"http://127.0.0.1:{port}", COUNT), "E020")
    assert line.startswith(f"Error: [E020] Cannot reach the SPARQL service at http://127.0.0.1:{port}/query: ")
