"""The build runner: stream articles from the inputs through the per-article function into a store.

    summary = run_build(["corpus.jsonl.gz"], open_store("kg.db"), workers=2)

The parent reads the inputs lazily, hashes each article (:func:`~kg.build.worker.content_hash`)
and skips it when the store already holds that hash; the others go to an executor that runs
:func:`~kg.build.worker.process` in this process, in a pool of worker processes (restarted
when one dies: :mod:`kg.build.pool`) or on a Dask cluster, with a bounded number of articles in
flight so memory stays flat however large the corpus. Results are written to the store here, in the order they complete; an article counts
as committed only once ``store.put_article`` (or ``put_articles``, for a batch) has returned. A
store whose writes run outside the GIL and may come from another thread (``concurrent_writes``:
Oxigraph) is written by a thread of its own, so one batch's write overlaps the extraction (in
process) or the reading and dispatching (with workers) of the next articles.
"""
from __future__ import annotations

import hashlib
import queue
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from kg.build.pool import ProcessPool
from kg.build.progress import Progress, Summary
from kg.build.worker import ArticleResult, Failure, Task, content_hash, graph_iri_of, process
from kg.errors import Errors, InputError, KGError
from kg.ingest.readers import iter_articles

Outcome = ArticleResult | Failure


class SeenIds:
    """The article ids read so far in a build, each with where it was first read.

    Memory: one dict entry per article, keyed by an 8-byte BLAKE2b hash of the id, its value
    the first source packed in one int (the file's index in a table of input files, the line):
    ~110 bytes per article in CPython 3.11, i.e. ~110 MB per million articles (a bare set of the
    hashes would be ~70 MB but could not name the first source), plus one path per input file
    (~0.2 KB: small for .jsonl corpora, ~200 MB more for a million .txt files). Two different ids
    share a hash with probability ~n²/2⁶⁵: 3·10⁻⁸ for a million articles, 3·10⁻⁴ for 100
    million; the later one would then be skipped as a duplicate.
    """

    def __init__(self) -> None:
        self._first: dict[int, int] = {}  # hash of the id → file index << 32 | line (0: none)
        self._index: dict[str, int] = {}  # file → its index in _files
        self._files: list[str] = []

    def add(self, article_id: str, origin: str | None) -> str | None:
        """Record ``article_id`` read from ``origin`` ("FILE:LINE" or "FILE"); None if it is new,
        else where it was first read."""
        key = int.from_bytes(hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest(), "little")
        first = self._first.get(key)
        if first is not None:
            path, line = self._files[first >> 32], first & 0xFFFFFFFF
            return (f"{path}:{line}" if line else path) or "an earlier input"
        path, _, line = (origin or "").rpartition(":")
        if not line.isdigit() or int(line) > 0xFFFFFFFF:
            path, line = origin or "", "0"
        index = self._index.setdefault(path, len(self._files))
        if index == len(self._files):
            self._files.append(path)
        self._first[key] = index << 32 | int(line)
        return None


class Sink(Protocol):
    """Where results go: a :class:`kg.store.base.Store`, or a shard writer. Only these two are used."""

    def article_hash(self, graph_iri: str) -> str | None: ...

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool: ...


class Executor(Protocol):
    """Runs :func:`process` over tasks; yields outcomes in the order they complete, holding
    at most a bounded number of tasks at a time (it pulls the next task only when one is done)."""

    def imap(self, tasks: Iterator[Task]) -> Iterator[Outcome]: ...


class InProcess:
    """Run each article here, one after the other (the pipelines are built on first use)."""

    def imap(self, tasks: Iterator[Task]) -> Iterator[Outcome]:
        for task in tasks:
            yield process(task)


def make_executor(workers: int = 1, dask: str | object | None = None, *, lang: str | None = None,
                  in_flight: int | None = None, retries: int | None = None) -> Executor:
    """In process (``workers`` ≤ 1), a process pool, or a Dask cluster (address or Client) that
    runs a failed batch again up to ``retries`` times (default :data:`kg.build.dask.RETRIES`)."""
    if dask is not None:
        from kg.build.dask import RETRIES, DaskExecutor

        return DaskExecutor(dask, in_flight=in_flight, retries=RETRIES if retries is None else retries)
    if workers <= 1:
        return InProcess()
    return ProcessPool(workers, langs=(lang,) if lang else (), in_flight=in_flight)


class _WriterThread:
    """Commits outcomes on a thread of its own, in the order given, at most ``depth`` waiting.
    With ``commit_batch``, outcomes go to it in batches: what arrives until the batch holds
    ``batch_triples`` triples or ``max_wait`` seconds have passed since its first outcome.
    The first error a commit raises is raised again by the next :meth:`put` or by :meth:`close`
    (the outcomes after it are not committed)."""

    _STOP = object()

    def __init__(self, commit: Callable[[Outcome], None], depth: int = 8, *,
                 commit_batch: Callable[[list[ArticleResult]], None] | None = None,
                 batch_triples: int = 50_000, max_wait: float = 2.0) -> None:
        self._commit = commit
        self._commit_batch = commit_batch
        self._batch_triples = batch_triples
        self._max_wait = max_wait
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is self._STOP:
                return
            batch = [item]
            if self._commit_batch is not None:
                size, deadline = item.triples, time.monotonic() + self._max_wait
                while size < self._batch_triples:
                    try:
                        item = self._queue.get(timeout=max(deadline - time.monotonic(), 0))
                    except queue.Empty:
                        break
                    if item is self._STOP:
                        stop = True
                        break
                    batch.append(item)
                    size += item.triples
            if self._error is None:
                try:
                    if self._commit_batch is not None:
                        self._commit_batch(batch)
                    else:
                        self._commit(batch[0])
                except BaseException as e:  # handed to the main thread
                    self._error = e

    def put(self, outcome: Outcome) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(outcome)

    def close(self) -> None:
        """Commit what is queued, stop the thread; raise the error a commit raised, if any."""
        self._queue.put(self._STOP)
        self._thread.join()
        if self._error is not None:
            raise self._error


def run_build(inputs: Iterable[str | Path], store: Sink, *, lang: str | None = None, workers: int = 1,
              dask: str | object | None = None, executor: Executor | None = None,
              on_error: Callable[[KGError], None] | None = None,
              on_result: Callable[[ArticleResult], None] | None = None,
              progress: Progress | None = None, keep_extractions: bool = False,
              in_flight: int | None = None, flush_every: int = 500, retries: int | None = None,
              batch_triples: int = 50_000, batch_seconds: float = 2.0, optimize: bool | None = None) -> Summary:
    """Build the articles of ``inputs`` into ``store``; what was done, as a :class:`Summary`.

    ``on_error`` set: an unreadable input or an article kg refuses is reported to it and skipped
    (and listed in the summary); unset, the first such error is raised. ``on_result`` is called
    after each article is committed. ``keep_extractions`` sends each article's
    :class:`~kg.model.Extraction` back with its result (for the Python API). A store with a
    ``flush()`` method is flushed every ``flush_every`` articles written. ``retries``: how many
    times a failed Dask batch is run again. A process pool whose worker dies is restarted (its
    unfinished articles run again; one in flight during two such deaths fails, E033), counted in
    ``summary.restarts``. An article id read a second time in the build is
    skipped (E029): the first one read is kept. A store with ``put_articles`` (Oxigraph: its bulk
    loader) is written in batches: the results that arrive until a batch holds ``batch_triples``
    triples or ``batch_seconds`` have passed since its first (0: no batches); each article of a
    batch is committed when the batch is. A store with ``optimize()`` (Oxigraph) is compacted
    after a build that wrote articles: always with ``optimize=True``, never with False, and by
    default (None) when the build wrote at least :data:`OPTIMIZE_SHARE` of the store's articles
    (compaction rewrites the whole store, so a small addition to a large one skips it).
    """
    summary = Summary()
    start = time.perf_counter()
    lock = threading.Lock()  # summary and progress, when a writer thread commits
    # A store that buffers writes (Oxigraph's RocksDB memtables) is flushed every flush_every
    # articles: its memory then stays flat (and writes get faster) however long the build.
    flush: Callable[[], None] | None = getattr(store, "flush", None)
    writes = [0]
    previous: dict[str, bool] = {}  # graph IRI → had a hash before, for the articles in flight
    seen = SeenIds()  # the same id twice in one build: the first is kept, the others are skipped

    def skip(e: KGError) -> None:
        if on_error is None:
            raise e
        with lock:
            summary.skipped.append(str(e))
            on_error(e)

    def advance(articles: int, words: int) -> None:
        if progress:
            with lock:
                progress.update(articles, words)

    def unreadable(e: KGError) -> None:  # a bad line or file: progress counted it among the articles
        advance(1, 0)
        skip(e)

    def tasks() -> Iterator[Task]:
        for article in iter_articles(inputs, unreadable if on_error is not None else None):
            first = seen.add(article.id, article.origin)
            if first is not None:
                advance(1, 0)
                skip(InputError(Errors.E029, id=article.id, path=article.origin or "an input", first=first))
                continue
            digest = content_hash(article, lang)
            iri = graph_iri_of(article)
            old = store.article_hash(iri)
            if old == digest:
                with lock:
                    summary.unchanged += 1
                advance(1, 0)
                continue
            previous[iri] = old is not None
            yield Task(article, digest, lang, keep_extractions)

    def commit(outcome: Outcome) -> None:
        if isinstance(outcome, Failure):
            previous.pop(graph_iri_of(outcome.article_id), None)
            skip(outcome.error())
            advance(1, 0)
            return
        committed(outcome, store.put_article(outcome.graph_iri, outcome.content_hash, outcome.nquads))

    def commit_batch(batch: list[ArticleResult]) -> None:
        written = put_batch([(r.graph_iri, r.content_hash, r.nquads) for r in batch])
        for outcome, w in zip(batch, written):
            committed(outcome, w)

    def committed(outcome: ArticleResult, written: bool) -> None:
        existed = previous.pop(outcome.graph_iri, False)
        writes[0] += 1
        if flush is not None and writes[0] >= flush_every:
            writes[0] = 0
            flush()
        with lock:
            if summary.first_result is None:
                summary.first_result = time.perf_counter() - start
            if not written:
                summary.unchanged += 1
            elif existed:
                summary.changed += 1
            else:
                summary.new += 1
            if written:
                summary.facts += outcome.facts
                summary.triples += outcome.triples
                summary.words += outcome.words
        advance(1, outcome.words)
        if on_result:
            on_result(outcome)

    runner = executor or make_executor(workers, dask, lang=lang, in_flight=in_flight, retries=retries)
    outcomes = runner.imap(tasks())
    put_batch = getattr(store, "put_articles", None) if batch_triples > 0 else None
    writer = (_WriterThread(commit, commit_batch=commit_batch if put_batch else None,
                            batch_triples=batch_triples, max_wait=batch_seconds)
              if getattr(store, "concurrent_writes", False) else None)
    try:
        for outcome in outcomes:
            if writer is not None and not isinstance(outcome, Failure):
                writer.put(outcome)
            else:  # a failure is reported here, in the order it happened among unreadable inputs
                commit(outcome)
        if writer is not None:
            writer, w = None, writer
            w.close()
    finally:
        if writer is not None:  # stopped by an error: commit what is done, then stop
            try:
                writer.close()
            except BaseException:
                pass  # the error that stopped the build is the one raised
        getattr(outcomes, "close", lambda: None)()  # after an error: stop the workers now
        if progress:
            progress.close()
    summary.restarts = getattr(runner, "restarts", 0)
    summary.seconds = time.perf_counter() - start
    _optimize(store, summary, optimize)
    return summary


OPTIMIZE_SHARE = 0.1
"""By default a build compacts its store when it wrote at least this share of the store's articles."""


def _optimize(store: Sink, summary: Summary, when: bool | None) -> None:
    """Compact ``store`` after a build (see :func:`run_build`), timed in ``summary.optimized``."""
    compact = getattr(store, "optimize", None)
    if compact is None or when is False or not summary.built:
        return
    if when is None and summary.built < OPTIMIZE_SHARE * store.article_count():
        return
    t = time.perf_counter()
    compact()
    summary.optimized = time.perf_counter() - t
