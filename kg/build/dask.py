"""Distributed builds on a Dask cluster (``pip install 'kg[dask]'``).

Articles are sent in batches (one Dask task per batch) to workers that run the same pure
function as a local build (:func:`kg.build.worker.process_batch`); at most ``in_flight`` batches
are out at a time, and the N-Quads that come back are written by the caller (into a store, or
into shard files for a bulk loader). Every worker machine needs kg installed, the same version
as the client. Run a cluster with::

    dask-scheduler                                     # on one machine: tcp://HOST:8786
    dask-worker tcp://HOST:8786 --nworkers 4 --nthreads 1   # on each worker machine
    kg build corpus/ --dask tcp://HOST:8786 --store kg.db  # or --shards shards/

One thread per worker process: a spaCy pipeline is built once per process and used by one thread.
A batch that raises is run again (``retries``, default 2) before its articles are reported as failed.
"""
from __future__ import annotations

from itertools import islice
from typing import Any, Iterator

from kg.build.worker import ArticleResult, Failure, Task, describe, process_batch
from kg.errors import Errors, KGError

Outcome = ArticleResult | Failure
RETRIES = 2  # times a failed batch is run again (``kg build --retries``)


class DaskError(KGError):
    """Dask is missing or its scheduler cannot be reached."""


def connect(address: str | Any, timeout: str = "10s") -> tuple[Any, bool]:
    """A Client for ``address`` (a scheduler address or a Client/LocalCluster); whether we own it."""
    try:
        from distributed import Client
    except ImportError:
        raise DaskError(Errors.E027) from None
    if isinstance(address, Client):
        return address, False
    if not isinstance(address, str):  # a cluster object, e.g. LocalCluster
        return Client(address), True
    try:
        return Client(address, timeout=timeout), True
    except (OSError, TimeoutError) as e:
        raise DaskError(Errors.E028, address=address, msg=str(e).splitlines()[0] if str(e) else type(e).__name__) from None


class DaskExecutor:
    """Run articles on a Dask cluster in batches of ``batch_size``, at most ``in_flight`` batches
    out at a time (default: 2 per worker thread).

    A batch that raises (a lost connection, a transient error) is run again up to ``retries``
    times by Dask itself (``client.submit(..., retries=)``); one whose worker dies is moved to
    another worker by the scheduler (``distributed.scheduler.allowed-failures``, default 3). A
    batch that still fails gives one E031 :class:`Failure` per article, reported like any article
    kg refuses. An article whose own
    processing raises is a Failure inside its batch (:func:`~kg.build.worker.process`): it does not
    fail the batch, so it is not retried."""

    def __init__(self, address: str | Any, *, batch_size: int = 16, in_flight: int | None = None,
                 timeout: str = "10s", retries: int = RETRIES) -> None:
        self.address = address
        self.timeout = timeout
        self.batch_size = batch_size
        self.in_flight = in_flight
        self.retries = retries

    def imap(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        client, owned = connect(self.address, self.timeout)
        from distributed import as_completed

        running = as_completed()
        out: dict[str, list[Task]] = {}  # future key → its batch, for the batches in flight

        def submit(batch: list[Task]) -> None:
            future = client.submit(process_batch, batch, pure=False, retries=self.retries)
            out[future.key] = batch
            running.add(future)

        try:
            threads = sum(client.nthreads().values()) or 1
            in_flight = self.in_flight or 2 * threads
            batches = iter(lambda: list(islice(tasks, self.batch_size)), [])
            for batch in islice(batches, in_flight):
                submit(batch)
            for future in running:
                batch = out.pop(future.key)
                try:
                    outcomes = future.result()
                except Exception as e:  # failed retries + 1 times, or its workers kept dying (KilledWorker)
                    outcomes = [self._failure(t, e) for t in batch]
                future.release()
                following = next(batches, None)
                if following:
                    submit(following)
                yield from outcomes
        finally:
            if owned:
                client.close()

    def _failure(self, task: Task, e: Exception) -> Failure:
        error = DaskError(Errors.E031, id=task.article.id, retries=self.retries, msg=describe(e))
        return Failure.of(error, task.article.id)
