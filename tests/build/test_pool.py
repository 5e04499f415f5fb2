"""The process pool survives dead workers: a real pool of 2 workers, one of which is killed
(SIGKILL) while it holds a given article. The killing stand-ins for :func:`process` are module
functions bound with ``functools.partial``, so they pickle to the forkserver's workers."""
from __future__ import annotations

import os
import signal
from functools import partial
from pathlib import Path

import pytest

from kg.build import ProcessPool, Task, process, run_build
from kg.build.pool import WorkerError
from kg.build.worker import graph_iri_of

from tests.build.test_runner import DictStore, in_process  # noqa: F401  (a fixture)

VICTIM = "a1"  # one of the 5 articles of the inputs


def die_once(task: Task, *, victim: str, marker: str):
    """:func:`process`, but the worker dies the first time it is given ``victim`` (across processes:
    the first one to create ``marker``)."""
    if task.article.id == victim:
        try:
            Path(marker).open("x").close()
        except FileExistsError:
            pass
        else:
            os.kill(os.getpid(), signal.SIGKILL)
    return process(task)


def die_always(task: Task, *, victim: str | None):
    """:func:`process`, but the worker dies whenever it is given ``victim`` (None: any article)."""
    if victim is None or task.article.id == victim:
        os.kill(os.getpid(), signal.SIGKILL)
    return process(task)


def test_a_killed_worker_is_replaced_and_its_articles_run_again(tmp_path, inputs, in_process):  # noqa: F811
    pool = ProcessPool(2, function=partial(die_once, victim=VICTIM, marker=str(tmp_path / "killed")))
    store = DictStore()
    summary = run_build(inputs, store, executor=pool)
    assert (tmp_path / "killed").exists()  # the worker did die
    assert summary.restarts == 1 and pool.restarts == 1
    assert (summary.new, summary.changed, summary.unchanged, summary.skipped) == (5, 0, 0, [])
    assert store.puts == 5  # every article committed once
    assert store.graphs == in_process[0].graphs  # the same graphs, hashes and N-Quads as in process
    assert (summary.facts, summary.triples) == (in_process[1].facts, in_process[1].triples)
    assert summary.restarted() == "worker pool restarted 1 time (a worker process died)"


def test_an_article_that_kills_its_worker_every_time_fails_with_e033(inputs, in_process):  # noqa: F811
    pool = ProcessPool(2, function=partial(die_always, victim=VICTIM))
    store = DictStore()
    summary = run_build(inputs, store, executor=pool, on_error=lambda e: None)
    assert summary.restarts == 2  # in flight during the first break; alone in the pool at the second
    assert summary.skipped == [f"[E033] Article '{VICTIM}' not built: a worker process died while processing it, "
                               "2 times (out of memory, a crash in a native library, or killed)"]
    assert summary.new == 4 and store.puts == 4
    expected = {iri: g for iri, g in in_process[0].graphs.items() if iri != graph_iri_of(VICTIM)}
    assert store.graphs == expected


def test_workers_that_always_die_end_the_build_with_e034(inputs):
    pool = ProcessPool(2, function=partial(die_always, victim=None), max_restarts=1)
    failed = []
    with pytest.raises(WorkerError, match=r"^\[E034\] Worker processes kept dying: the pool broke 2 times in this "
                                          r"build, more than the 1 restarts allowed; the build stops"):
        run_build(inputs, DictStore(), executor=pool, on_error=failed.append)
    assert [e.code for e in failed] == ["E033"]  # the article alone in the pool at the second break
