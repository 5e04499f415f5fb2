"""kill -9 in the middle of a build into an Oxigraph store: the store opens, every article the
build reported as committed is there with its hash, the default graph is still exactly the union
of the article graphs, and a re-run ends with the same quads as a build that was never killed.

The killed build runs in a subprocess through the build runner (what ``kg build --store`` runs),
with an ``on_result`` callback that prints each article once ``put_article`` has returned (the
CLI prints no per-article lines) and small write batches (~9 articles, bulk loaded), so the kill
comes after a few batches; the re-run and the reference build run in this process. A kill inside a
bulk load is tested deterministically in ``test_bulk.py``.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kg.build import run_build
from kg.store.base import MANIFEST, open_store
from tests.store.conftest import sorted_nquads

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt"
DATA = ROOT / "tests" / "data" / "ingest"
N = 60

BUILD = textwrap.dedent("""
    import sys
    from kg.build import run_build
    from kg.store.base import open_store

    store = open_store(sys.argv[2])
    def committed(result):
        print(result.article_id, result.content_hash, flush=True)
    run_build([sys.argv[1]], store, on_result=committed, batch_triples=3000)  # bulk batches of ~9 articles
    store.close()
    print("done", flush=True)
""")


def corpus(path: Path) -> Path:
    """N articles with distinct ids: copies of the example (long) and two short test articles."""
    texts = [EXAMPLE.read_text(encoding="utf-8"), (DATA / "en.txt").read_text(encoding="utf-8"),
             (DATA / "id.txt").read_text(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            text = texts[i % 3] + f"\n\n({i})"
            fh.write(json.dumps({"id": f"copy-{i:04d}", "date": "2020-10-31", "text": text}) + "\n")
    return path


def consistent(store) -> None:
    """The default graph is the union of the article graphs; hash ⇔ non-empty graph."""
    m = f"<{MANIFEST}>"
    only_default = f"ASK {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {m}) }} }}"
    only_named = f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {m}) FILTER NOT EXISTS {{ ?s ?p ?o }} }}"
    assert not store.query(only_default).askAnswer
    assert not store.query(only_named).askAnswer
    for graph, digest in store.articles():
        assert digest is not None, f"{graph} has no hash"
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").askAnswer, f"{graph} is empty"


def test_kill_9_during_a_build_leaves_a_consistent_store(tmp_path):
    jsonl = corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "db"
    proc = subprocess.Popen([sys.executable, "-c", BUILD, str(jsonl), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    reported: dict[str, str] = {}
    try:
        deadline = time.monotonic() + 300
        while len(reported) < 25 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            article_id, digest = line.split()
            reported[article_id] = digest
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read()[-2000:]
    assert 25 <= len(reported) < N, "the build should have been killed part way"

    store = open_store(db)
    from kg.ontology.iris import graph_iri

    for article_id, digest in reported.items():
        assert store.article_hash(str(graph_iri(article_id))) == digest
    assert len(list(store.articles())) >= len(reported)
    consistent(store)
    store.close()

    # resumed (here, in-process: the same runner): the committed articles are skipped, the rest built
    store = open_store(db)
    resumed: list[str] = []
    summary = run_build([jsonl], store, on_result=lambda result: resumed.append(result.article_id))
    store.close()
    assert not set(resumed) & set(reported)
    assert summary.unchanged >= len(reported) and summary.articles == N

    reference = open_store(tmp_path / "reference")
    run_build([jsonl], reference)
    store = open_store(db)
    try:
        assert sorted(store.articles()) == sorted(reference.articles())
        assert sorted_nquads(store) == sorted_nquads(reference)
        assert len(store) == len(reference)
        consistent(store)
    finally:
        store.close()
        reference.close()
