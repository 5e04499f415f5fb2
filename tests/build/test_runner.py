"""The build runner: in process and in 2 worker processes give the same quads; unchanged
articles are skipped; bad articles are skipped or raised; the in-flight queue is bounded."""
from __future__ import annotations

import dataclasses
import json

import pytest

from kg.build import InProcess, ProcessPool, Task, content_hash, process, run_build
from kg.build.worker import Failure, graph_iri_of
from kg.errors import InputError
from kg.ingest import iter_articles
from kg.store import open_store

from tests.build.conftest import DATA, quads


class DictStore:
    """The two methods of a store that the runner uses, over a dict; counts the writes."""

    def __init__(self) -> None:
        self.graphs: dict[str, tuple[str, str]] = {}
        self.puts = 0

    def article_hash(self, graph_iri: str) -> str | None:
        return self.graphs[graph_iri][0] if graph_iri in self.graphs else None

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        self.puts += 1
        if self.article_hash(graph_iri) == content_hash:
            return False
        self.graphs[graph_iri] = (content_hash, nquads)
        return True

    def all_quads(self) -> set[str]:
        return set().union(*(quads(nq) for _, nq in self.graphs.values()))


@pytest.fixture(scope="module")
def in_process(inputs):
    store = DictStore()
    summary = run_build(inputs, store)
    return store, summary


class CountingPool(ProcessPool):
    """A pool that records, whenever it gives a result back, how many tasks it has taken and not
    yet given back."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pulled = 0
        self.outstanding: list[int] = []

    def imap(self, tasks):
        def counted():
            for t in tasks:
                self.pulled += 1
                yield t

        for n, result in enumerate(super().imap(counted())):
            self.outstanding.append(self.pulled - n)
            yield result


@pytest.fixture(scope="module")
def two_workers(inputs):
    """run_build in a pool of 2 worker processes, at most 2 articles in flight."""
    store, pool = DictStore(), CountingPool(2, in_flight=2)
    summary = run_build(inputs, store, executor=pool)
    return store, summary, pool


def test_in_process_builds_every_article(in_process):
    store, summary = in_process
    assert (summary.new, summary.changed, summary.unchanged, summary.skipped) == (5, 0, 0, [])
    assert summary.articles == 5 and summary.built == 5
    assert summary.triples == sum(len(quads(nq)) for _, nq in store.graphs.values())
    assert summary.facts > 0 and summary.words > 0 and summary.seconds > 0


def test_two_workers_give_the_same_quads_as_in_process(in_process, two_workers):
    store, summary, _ = two_workers
    assert (summary.new, summary.changed, summary.unchanged, summary.skipped) == (5, 0, 0, [])
    assert store.graphs == in_process[0].graphs  # same graphs, hashes and N-Quads text
    assert (summary.facts, summary.triples, summary.words) == (in_process[1].facts, in_process[1].triples, in_process[1].words)


def test_the_pool_holds_at_most_in_flight_articles(two_workers):
    _, _, pool = two_workers
    assert pool.pulled == 5 and len(pool.outstanding) == 5
    assert max(pool.outstanding) <= 2


def test_a_rerun_skips_unchanged_articles_before_extraction(inputs, in_process):
    store, _ = in_process
    puts = store.puts
    again = run_build(inputs, store)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 5)
    assert (again.facts, again.triples, again.words) == (0, 0, 0)
    assert store.puts == puts  # nothing was extracted or written


def test_a_changed_article_is_rebuilt(tmp_path, inputs):
    store = DictStore()
    src = tmp_path / "a.jsonl"
    recs = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    run_build([src], store)
    recs[0]["text"] += " Armenia thanked Russia."
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    summary = run_build([src], store)
    assert (summary.new, summary.changed, summary.unchanged) == (0, 1, 1)


def test_the_content_hash_covers_id_text_metadata_and_forced_language():
    (a,) = [x for x in iter_articles([DATA / "articles.jsonl"]) if x.id == "a1"]
    h = content_hash(a)
    assert h == content_hash(dataclasses.replace(a)) and len(h) == 64
    for change in ({"id": "a9"}, {"text": a.text + "."}, {"title": "Other"}, {"date": None}, {"publisher": "x"}):
        assert content_hash(dataclasses.replace(a, **change)) != h
    assert content_hash(a, "id") != h


def test_the_memory_store_gets_the_same_graph_as_the_python_api(inputs, in_process):
    from kg.graph import build

    store = open_store(None)
    run_build(inputs, store)
    g = build(inputs)
    assert len(store) == len(g) and len(g.extractions) == 5
    assert g.summary.new == 5


def test_a_refused_article_is_a_failure_not_an_exception():
    (a,) = iter_articles([DATA / "de.txt"])
    out = process(Task(a, content_hash(a)))
    assert isinstance(out, Failure) and out.code == "E007"
    e = out.error()
    assert isinstance(e, InputError) and e.code == "E007" and str(e) == out.message


def test_bad_articles_are_raised_without_on_error(tmp_path):
    with pytest.raises(InputError) as info:
        run_build([DATA / "en.txt", DATA / "de.txt"], DictStore())
    assert info.value.code == "E007"


def test_bad_articles_are_skipped_and_listed_with_on_error():
    seen = []
    store = DictStore()
    summary = run_build([DATA / "en.txt", DATA / "de.txt", DATA / "empty.txt", DATA / "bad_json.jsonl"], store,
                        on_error=seen.append)
    assert summary.new == 2  # en.txt and the good first line of bad_json.jsonl
    assert [e.code for e in seen] == ["E007", "E002", "E005"]
    assert [m[:6] for m in summary.skipped] == ["[E007]", "[E002]", "[E005]"]
    assert summary.skipped_by_code() == "E002: 1, E005: 1, E007: 1"


def test_results_are_committed_before_on_result_is_called(inputs):
    store = DictStore()
    order = []
    run_build(inputs[:2], store, on_result=lambda r: order.append(store.article_hash(r.graph_iri) == r.content_hash))
    assert order == [True, True, True]


def test_in_process_executor_pulls_one_task_at_a_time():
    arts = list(iter_articles([DATA / "articles.jsonl"]))
    pulled = []

    def tasks():
        for a in arts:
            pulled.append(a.id)
            yield Task(a, content_hash(a))

    out = InProcess().imap(tasks())
    first = next(out)
    assert pulled == ["a1"] and first.graph_iri == graph_iri_of(arts[0])


def test_a_store_that_buffers_writes_is_flushed_every_n_articles(inputs):
    class Flushing(DictStore):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1

    store = Flushing()
    run_build(inputs, store, flush_every=2)
    assert store.flushes == 2  # after the 2nd and the 4th of 5 writes



def test_an_article_whose_processing_raises_is_an_e030_failure(tmp_path, monkeypatch):
    import kg.nlp.extract

    original = kg.nlp.extract.extract

    def extract(article):  # a bug that only article g2 triggers
        if article.id == "g2":
            raise ValueError("bad offset 12\nsecond line")
        return original(article)

    monkeypatch.setattr(kg.nlp.extract, "extract", extract)
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": i, "lang": "en", "text": "Armenia asked Russia for help."}) + "\n"
                           for i in ("g1", "g2", "g3")), encoding="utf-8")
    store = DictStore()
    summary = run_build([src], store, on_error=lambda e: None)
    assert summary.new == 2 and sorted(store.graphs) == sorted([graph_iri_of("g1"), graph_iri_of("g3")])
    (message,) = summary.skipped
    assert message.startswith("[E030] Article 'g2' could not be built: ValueError: bad offset 12 (at tests/build/test_runner.py:")
    with pytest.raises(InputError, match=r"^\[E030\] Article 'g2' could not be built: ValueError"):
        run_build([src], DictStore())


class ThreadedStore(DictStore):
    """A store that takes writes from the runner's writer thread; the ``fail_at``-th write fails."""

    concurrent_writes = True

    def __init__(self, fail_at: int | None = None) -> None:
        super().__init__()
        self.fail_at = fail_at
        self.threads: set[str] = set()

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        import threading

        self.threads.add(threading.current_thread().name)
        if self.puts + 1 == self.fail_at:
            self.puts += 1
            raise InputError.__new__(InputError)
        return super().put_article(graph_iri, content_hash, nquads)


def test_a_store_with_concurrent_writes_is_written_by_a_writer_thread(inputs, in_process):
    store = ThreadedStore()
    reported = []
    summary = run_build(inputs, store, on_result=lambda r: reported.append(store.article_hash(r.graph_iri) == r.content_hash))
    assert store.threads == {"kg-store-writer"}
    assert store.all_quads() == in_process[0].all_quads()
    assert (summary.new, summary.facts, summary.triples) == (in_process[1].new, in_process[1].facts, in_process[1].triples)
    assert reported and all(reported)  # each article reported only once written


def test_a_write_error_on_the_writer_thread_stops_the_build(inputs):
    store = ThreadedStore(fail_at=2)
    reported = []
    with pytest.raises(InputError):
        run_build(inputs, store, on_result=lambda r: reported.append(r.article_id))
    assert len(reported) == 1 and len(store.graphs) == 1  # the first article, and nothing after the error


class BatchingStore(ThreadedStore):
    """A store with ``put_articles``: records the size of every batch it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def put_articles(self, items):
        self.batches.append(len(items))
        return [self.put_article(*item) for item in items]


def test_a_store_with_put_articles_is_written_in_batches(inputs, in_process):
    class Ready:  # every result at once (extracted beforehand): batches do not wait on extraction
        def imap(self, tasks):
            return [process(t) for t in list(tasks)]

    store = BatchingStore()
    reported = []
    summary = run_build(inputs, store, executor=Ready(),
                        on_result=lambda r: reported.append(store.article_hash(r.graph_iri) == r.content_hash))
    assert sum(store.batches) == 5 and max(store.batches) > 1
    assert store.all_quads() == in_process[0].all_quads()
    assert (summary.new, summary.facts, summary.triples) == (in_process[1].new, in_process[1].facts, in_process[1].triples)
    assert reported == [True] * 5  # each article reported only once its batch is written
    unbatched = BatchingStore()
    run_build(inputs, unbatched, batch_triples=0)
    assert unbatched.batches == [] and unbatched.all_quads() == store.all_quads()


class CompactingStore(DictStore):
    """A DictStore with ``optimize`` (counted) and as many articles as given beforehand."""

    def __init__(self, others: int = 0) -> None:
        super().__init__()
        self.graphs.update({f"urn:other:{i}": ("h", "") for i in range(others)})
        self.optimized = 0

    def article_count(self) -> int:
        return len(self.graphs)

    def optimize(self) -> None:
        self.optimized += 1


def test_a_store_is_compacted_after_a_build_that_wrote_a_tenth_of_it(inputs):
    fresh = CompactingStore()
    summary = run_build(inputs, fresh)
    assert fresh.optimized == 1 and summary.optimized is not None
    summary = run_build(inputs, fresh)  # nothing written: nothing to compact
    assert fresh.optimized == 1 and summary.optimized is None
    for others, when, expected in [(44, None, 1), (46, None, 0), (46, True, 1), (0, False, 0)]:
        store = CompactingStore(others)  # 5 written of 49 (≥ 10%) or of 51 (< 10%)
        run_build(inputs, store, optimize=when)
        assert store.optimized == expected, (others, when)
