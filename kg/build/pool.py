"""The process pool of a local build (``kg build --workers N``), restarted when a worker dies.

Workers are forked from a forkserver that has built the spaCy pipelines (:mod:`kg.build.preload`).
A worker process that dies (the OOM killer, a segfault in a native library, ``kill -9``) breaks
the whole :class:`~concurrent.futures.ProcessPoolExecutor`: every task in flight fails with
``BrokenProcessPool``. :class:`ProcessPool` then starts a new pool and submits those tasks again;
the results that had come back before the break are kept, so no article is lost or given twice.

Which task killed the worker cannot be told, so each task counts the breaks it was in flight
during; the tasks of a break are then run again one at a time, alone in the new pool, so a
further break is charged to the one article that caused it. A task in flight during
``max_restarts_per_task`` breaks (default 2) becomes an E033 :class:`~kg.build.worker.Failure`;
after ``max_restarts`` restarts (default 10) in one build, the next break ends it (E034).
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterator

from kg.build.worker import ArticleResult, Failure, Task, init_worker, process
from kg.errors import Errors, KGError

Outcome = ArticleResult | Failure
MAX_RESTARTS = 10  # pool restarts in one build before a further break ends it (E034)
MAX_RESTARTS_PER_TASK = 2  # breaks an article may be in flight during before it fails (E033)


class WorkerError(KGError):
    """Worker processes died: an article given up on (E033), or a build stopped (E034)."""


@dataclass
class _Job:
    task: Task
    breaks: int = 0  # pool breaks this task was in flight during


class ProcessPool:
    """``workers`` processes with the spaCy pipelines built once; at most ``in_flight`` articles
    submitted at a time (default 4 per worker).

    Workers are forked from a forkserver (a clean process: no threads of the parent, e.g. a
    store's) that has built the pipelines before forking (:mod:`kg.build.preload`), so they start
    at once and share the pipelines' memory; where there is no forkserver, each worker builds
    its own in the initializer (``langs``) or on first use.

    When a worker dies, the pool is restarted and the unfinished tasks are run again (see the
    module); :attr:`restarts` counts the restarts of the last :meth:`imap`. ``function`` is the
    per-article function (default :func:`~kg.build.worker.process`; a picklable stand-in lets
    tests kill their worker)."""

    def __init__(self, workers: int, *, langs: tuple[str, ...] = (), in_flight: int | None = None,
                 start_method: str | None = None, max_restarts: int = MAX_RESTARTS,
                 max_restarts_per_task: int = MAX_RESTARTS_PER_TASK,
                 function: Callable[[Task], Outcome] = process) -> None:
        self.workers = workers
        self.langs = langs
        self.in_flight = in_flight or 4 * workers
        methods = multiprocessing.get_all_start_methods()
        self.start_method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
        self.max_restarts = max_restarts
        self.max_restarts_per_task = max(max_restarts_per_task, 1)
        self.function = function
        self.restarts = 0

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":  # no effect once this process's forkserver runs
            ctx.set_forkserver_preload(["kg.build.preload"])
        return ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=init_worker, initargs=(self.langs,))

    def imap(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        self.restarts = 0
        pool = self._start()
        pending: dict[Future, _Job] = {}
        ready: deque[_Job] = deque()  # to submit before the next new task: never in flight during a break
        suspects: deque[_Job] = deque()  # in flight during a break: run again one at a time, alone
        more = True
        try:
            while True:
                broken = False
                while True:  # fill the pool
                    if suspects:
                        if pending:
                            break
                        job = suspects.popleft()
                    elif len(pending) >= self.in_flight:
                        break
                    elif ready:
                        job = ready.popleft()
                    elif more and (task := next(tasks, None)) is not None:
                        job = _Job(task)
                    else:
                        more = False
                        break
                    try:
                        pending[pool.submit(self.function, job.task)] = job
                    except BrokenProcessPool:  # a worker died while idle: this one never went out
                        (suspects if job.breaks else ready).appendleft(job)
                        broken = True
                        break
                if not pending and not broken:
                    return
                if not broken:
                    done, _ = wait(pending, timeout=5.0, return_when=FIRST_COMPLETED)
                    for future in done:
                        if isinstance(future.exception(), BrokenProcessPool):
                            broken = True
                        else:
                            del pending[future]
                            yield future.result()
                    broken = broken or bool(getattr(pool, "_broken", False))
                if broken:
                    pool.shutdown(wait=True)  # every future of the broken pool is settled now
                    yield from self._settle(pending, ready, suspects)
                    pending = {}
                    self.restarts += 1
                    if self.restarts > self.max_restarts:
                        raise WorkerError(Errors.E034, n=self.restarts, limit=self.max_restarts)
                    pool = self._start()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _settle(self, pending: dict[Future, _Job], ready: deque[_Job], suspects: deque[_Job]) -> Iterator[Outcome]:
        """After a break: the results that came back before it; each task it caught counts it, and
        is given up on (E033) or to be run again alone."""
        for future, job in pending.items():
            if not future.done() or future.cancelled():  # submitted as the pool broke, never sent out
                ready.append(job)
            elif future.exception() is None:
                yield future.result()
            elif not isinstance(future.exception(), BrokenProcessPool):
                future.result()  # raised on the parent's side (e.g. a task that does not pickle)
            else:
                job.breaks += 1
                if job.breaks < self.max_restarts_per_task:
                    suspects.append(job)
                else:
                    article_id = job.task.article.id
                    yield Failure.of(WorkerError(Errors.E033, id=article_id, n=job.breaks), article_id)


__all__ = ["ProcessPool", "WorkerError", "MAX_RESTARTS", "MAX_RESTARTS_PER_TASK"]
