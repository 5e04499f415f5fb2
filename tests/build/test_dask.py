"""Distributed builds on a Dask LocalCluster (in this process, one worker thread: fast in CI)."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from kg.build import run_build
from kg.build.dask import DaskExecutor
from kg.errors import KGError

from tests.build.conftest import INPUTS, quads
from tests.build.test_runner import DictStore

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def local():
    store = DictStore()
    run_build(INPUTS, store)
    return store


def test_dask_build_gives_the_same_graphs_as_in_process(cluster, local):
    store = DictStore()
    with distributed.Client(cluster) as client:
        summary = run_build(INPUTS, store, executor=DaskExecutor(client, batch_size=2, in_flight=1))
    assert (summary.new, summary.unchanged) == (5, 0)
    assert store.graphs == local.graphs


def test_dask_build_skips_unchanged(cluster, local):
    store = DictStore()
    store.graphs = dict(local.graphs)
    summary = run_build(INPUTS, store, dask=cluster.scheduler_address)
    assert (summary.new, summary.changed, summary.unchanged) == (0, 0, 5)


def test_kg_build_dask_shards_load_into_an_oxigraph_store(cluster, local, tmp_path):
    ox = pytest.importorskip("pyoxigraph")
    from kg.build.shards import UNION_UPDATE
    from kg.cli import cli
    from kg.store import open_store

    shards = tmp_path / "shards"
    r = CliRunner().invoke(cli, ["build", *map(str, INPUTS), "--dask", cluster.scheduler_address,
                                 "--shards", str(shards), "-q"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"Wrote 5 articles to 1 shard files in {shards}: ")
    text = (shards / "part-00000.nq").read_text(encoding="utf-8")
    assert quads(text) == local.all_quads()

    # a bulk load (as `oxigraph load` does), the union default graph filled, then opened by kg
    db = tmp_path / "db"
    bulk = ox.Store(str(db))
    for name in ("part-00000.nq", "manifest.nq"):
        bulk.bulk_load(path=str(shards / name), format=ox.RdfFormat.N_QUADS)
    bulk.update(UNION_UPDATE)
    bulk.flush()
    del bulk
    store = open_store(db)
    try:
        assert {iri: store.article_hash(iri) for iri in local.graphs} == {iri: h for iri, (h, _) in local.graphs.items()}
        summary = run_build(INPUTS, store)  # the loaded store knows every article
        assert summary.unchanged == 5
        memory = open_store(None)
        run_build(INPUTS, memory)
        assert len(store) == len(memory)
    finally:
        store.close()


def test_an_unreachable_scheduler_is_e028():
    with pytest.raises(KGError) as info:
        list(DaskExecutor("tcp://127.0.0.1:9", timeout="1s").imap(iter([])))
    assert info.value.code == "E028"
    assert str(info.value).startswith("[E028] Cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")


def test_without_dask_installed_it_is_e027(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(KGError) as info:
        list(DaskExecutor("tcp://127.0.0.1:9").imap(iter([])))
    assert info.value.code == "E027"
