"""Distributed builds on a Dask LocalCluster (in this process, one worker thread: fast in CI)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.build.dask
from kg.build import run_build
from kg.build.dask import DaskExecutor
from kg.build.worker import process_batch
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


def flaky_batch(tasks):
    """process_batch that fails the first time it is called (marker file $KG_TEST_FLAKY), as a
    batch does whose worker lost its connection."""
    marker = Path(os.environ["KG_TEST_FLAKY"])
    if not marker.exists():
        marker.touch()
        raise ConnectionResetError("worker lost its connection")
    return process_batch(tasks)


@pytest.fixture
def flaky(tmp_path, monkeypatch):
    marker = tmp_path / "failed-once"
    monkeypatch.setenv("KG_TEST_FLAKY", str(marker))
    monkeypatch.setattr(kg.build.dask, "process_batch", flaky_batch)
    return marker


def test_a_failed_batch_is_retried(cluster, local, flaky):
    store = DictStore()
    with distributed.Client(cluster) as client:
        summary = run_build(INPUTS, store, executor=DaskExecutor(client, batch_size=2, in_flight=1, retries=1))
    assert flaky.exists()  # it did fail once
    assert (summary.new, summary.skipped) == (5, [])
    assert store.graphs == local.graphs


def test_a_batch_that_fails_every_try_skips_its_articles_as_e031(cluster, local, flaky):
    store = DictStore()
    with distributed.Client(cluster) as client:
        summary = run_build(INPUTS, store, executor=DaskExecutor(client, batch_size=2, in_flight=1, retries=0),
                            on_error=lambda e: None)
    assert summary.new == 3 and summary.skipped_by_code() == "E031: 2"
    first = "kompas-2020-10-31-armenia-russia"  # the first batch: the example and a1
    assert summary.skipped[0].startswith(f"[E031] Article '{first}' not built: its Dask batch failed, with 0 retries allowed: "
                                         "ConnectionResetError: worker lost its connection (at ")
    assert {iri: g for iri, g in local.graphs.items() if iri in store.graphs} == store.graphs


def test_a_batch_that_fails_every_try_stops_the_build_without_on_error(cluster, flaky):
    with distributed.Client(cluster) as client:
        with pytest.raises(KGError) as info:
            run_build(INPUTS, DictStore(), executor=DaskExecutor(client, batch_size=2, in_flight=1, retries=0))
    assert info.value.code == "E031"


@pytest.mark.parametrize(("retries", "built"), [("1", True), ("0", False)])
def test_kg_build_retries(cluster, flaky, tmp_path, retries, built):
    from kg.cli import cli

    shards = tmp_path / "shards"
    r = CliRunner().invoke(cli, ["build", *map(str, INPUTS), "--dask", cluster.scheduler_address, "--retries", retries,
                                 "--shards", str(shards), "--keep-going", "-q"], catch_exceptions=False)
    if built:
        assert r.exit_code == 0 and r.stdout.startswith(f"Wrote 5 articles to 1 shard files in {shards}: "), r.output
    else:  # one batch of 16 holds all 5 articles
        assert r.exit_code == 1
        assert [line.split("] ")[0] for line in r.stderr.splitlines()] == ["Skipped: [E031"] * 5 + ["Error: [E032"]


def dying_batch(tasks):
    """process_batch whose worker process dies the first time (marker file $KG_TEST_FLAKY)."""
    marker = Path(os.environ["KG_TEST_FLAKY"])
    if not marker.exists():
        marker.touch()
        os._exit(1)
    return process_batch(tasks)


def test_a_batch_whose_worker_dies_is_run_on_a_new_worker(tmp_path, monkeypatch):
    marker = tmp_path / "died-once"
    monkeypatch.setenv("KG_TEST_FLAKY", str(marker))  # before the worker process starts: it inherits it
    monkeypatch.setattr(kg.build.dask, "process_batch", dying_batch)
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": f"w{i}", "lang": "en", "text": "Armenia asked Russia for help."}) + "\n"
                           for i in range(2)), encoding="utf-8")
    with distributed.LocalCluster(processes=True, n_workers=1, threads_per_worker=1, dashboard_address=None) as c:
        summary = run_build([src], DictStore(), dask=c.scheduler_address, retries=0, on_error=lambda e: None)
    assert marker.exists()  # the first worker died
    assert (summary.new, summary.skipped) == (2, [])


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
