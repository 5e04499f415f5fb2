"""Batches of new article graphs written with Oxigraph's bulk loader (``put_articles``): the same
quads as one ``put_article`` each, and a journal that lets a store opened after a crash between
the loads drop the half-written graphs, so a rerun ends where a build without a crash does."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store.base import MANIFEST, open_store
from kg.store.oxigraph import BULK_MIN
from tests.store.conftest import Put, sorted_nquads
from tests.store.test_kill import consistent

ROOT = Path(__file__).resolve().parents[2]


def copies(*puts: Put, n: int) -> list[Put]:
    """``n`` distinct new article graphs: the puts' graphs under other IRIs (entities shared)."""
    out = []
    for k in range(n):
        p = puts[k % len(puts)]
        iri = f"{p.graph_iri}-copy{k}"
        out.append(Put(iri, f"{p.content_hash[:56]}{k:08d}", p.nquads.replace(f"<{p.graph_iri}>", f"<{iri}>")))
    return out


def reference(path: Path, puts: list[Put]):
    store = open_store(path)
    for p in puts:
        assert store.put_article(p.graph_iri, p.content_hash, p.nquads)
    return store


def pending(store) -> int:
    return len(list(store.query(f"SELECT ?g WHERE {{ GRAPH <{MANIFEST}> {{ ?g kg:loadPending ?h }} }}")))


def test_a_bulk_batch_holds_what_one_put_each_does(tmp_path, a1, a2):
    puts = copies(a1, a2, n=BULK_MIN + 3)
    store, ref = open_store(tmp_path / "bulk"), reference(tmp_path / "ref", puts)
    try:
        assert store.put_article(a1.graph_iri, a1.content_hash, a1.nquads)  # a graph there before
        ref.put_article(a1.graph_iri, a1.content_hash, a1.nquads)
        assert store.put_articles([(p.graph_iri, p.content_hash, p.nquads) for p in puts]) == [True] * len(puts)
        assert sorted_nquads(store) == sorted_nquads(ref)
        assert sorted(store.articles()) == sorted(ref.articles())
        assert len(store) == len(ref)
        assert pending(store) == 0
        consistent(store)
        # again: every one unchanged, nothing written
        again = [(p.graph_iri, p.content_hash, p.nquads) for p in puts]
        assert store.put_articles(again) == [False] * len(puts)
    finally:
        store.close()
        ref.close()


def test_a_small_batch_a_repeated_graph_and_a_triple_naming_its_graph(tmp_path, a1, a2):
    puts = copies(a1, a2, n=BULK_MIN)
    odd = puts[0]
    # a triple (no graph) whose object is the graph IRI: it must not be taken for a quad
    tricky = Put(odd.graph_iri, odd.content_hash, odd.nquads + f"<urn:x:s> <urn:x:p> <{odd.graph_iri}> .\n")
    items = [(p.graph_iri, p.content_hash, p.nquads) for p in [tricky, *puts[1:], puts[1]]]
    store, ref = open_store(tmp_path / "bulk"), reference(tmp_path / "ref", [tricky, *puts[1:]])
    try:
        assert store.put_articles(items) == [True] * (len(items) - 1) + [False]
        assert sorted_nquads(store) == sorted_nquads(ref)
        assert len(store) == len(ref)
        assert store.put_articles(items[:2]) == [False, False]  # fewer than BULK_MIN: one by one
        consistent(store)
    finally:
        store.close()
        ref.close()


CRASH = textwrap.dedent("""
    import os, signal, sys, json
    from kg.store.base import open_store

    store = open_store(sys.argv[1])
    items = json.loads(open(sys.argv[2]).read())
    after = int(sys.argv[3])  # die when the bulk loader is called for the (after+1)th time
    real = store._store
    calls = [0]

    class Proxy:
        def __getattr__(self, name):
            return getattr(real, name)

        def bulk_load(self, *a, **k):
            if calls[0] == after:
                os.kill(os.getpid(), signal.SIGKILL)
            calls[0] += 1
            return real.bulk_load(*a, **k)

    store._store = Proxy()
    store.put_articles(items)
    print("not killed")
""")


@pytest.mark.parametrize("after", [0, 1], ids=["before-the-quads", "before-the-default-copies"])
def test_a_store_killed_in_a_bulk_load_drops_the_half_written_graphs(tmp_path, a1, a2, after):
    db = tmp_path / "db"
    first = open_store(db)  # a graph committed before, sharing entities with the batch
    assert first.put_article(a2.graph_iri, a2.content_hash, a2.nquads)
    first.close()
    puts = copies(a1, a2, n=BULK_MIN + 1)
    (tmp_path / "items.json").write_text(json.dumps([[p.graph_iri, p.content_hash, p.nquads] for p in puts]))
    proc = subprocess.run([sys.executable, "-c", CRASH, str(db), str(tmp_path / "items.json"), str(after)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr[-2000:]

    store = open_store(db)
    ref = reference(tmp_path / "ref", [Put(a2.graph_iri, a2.content_hash, a2.nquads)])
    try:
        assert store.repaired == len(puts)
        assert pending(store) == 0
        consistent(store)
        assert sorted_nquads(store) == sorted_nquads(ref)  # the batch gone, the older graph whole
        assert len(store) == len(ref)
        # the rerun writes the batch
        assert store.put_articles([(p.graph_iri, p.content_hash, p.nquads) for p in puts]) == [True] * len(puts)
        for p in puts:
            ref.put_article(p.graph_iri, p.content_hash, p.nquads)
        assert sorted_nquads(store) == sorted_nquads(ref)
        assert len(store) == len(ref)
    finally:
        store.close()
        ref.close()


def test_the_cli_says_when_it_repaired_a_store(tmp_path, a1, a2):
    from click.testing import CliRunner

    from kg.cli import cli

    db = tmp_path / "db"
    store = open_store(db)
    puts = copies(a1, a2, n=2)
    store._store.load("\n".join(f"<{p.graph_iri}> <https://w3id.org/kg-news/ontology#loadPending> \"h\" <{MANIFEST}> ."
                                for p in puts), format=ox.RdfFormat.N_QUADS)
    store.close()
    result = CliRunner().invoke(cli, ["query", "--store", str(db), "ASK { ?s ?p ?o }"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"Repaired {db}: dropped 2 article graphs that an interrupted build had not "
                             "finished writing (a build rebuilds them)\n")
