"""Benchmark (not a test): throughput of the build and of queries, and peak memory.

    .venv/bin/python benchmarks/bench_build.py [ARTICLES.jsonl] [--repeat N]

Prints, in one run on the same articles: words/s of spaCy's bare tokenizer (``spacy.blank``),
of the whole build (read → prepare → NLP → N-Quads, the per-article work of ``kg build``) with
and without the statistical NER, and of a build into the in-memory rdflib graph; then median
query times of the example queries, serialization and GEXF export time, and peak RSS.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _read(path: str):
    from kg.ingest import iter_articles

    return list(iter_articles([path]))


def _best(fn, repeat: int) -> tuple[float, float]:
    """Best wall and CPU (process) seconds of ``fn()`` over ``repeat`` runs."""
    wall, cpu = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT.parent / "shared/corpus/articles_dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import spacy

    from kg.build.worker import Task, process
    from kg.graph import KnowledgeGraph
    from kg.nlp.pipeline import get_pipeline

    articles = _read(args.articles)
    words = sum(a.words for a in articles)
    t = time.perf_counter()
    for lang in ("id", "en"):
        for ner in (False, True):
            get_pipeline(lang, ner)  # gazetteer matchers and NER models load once, outside the timings
    print(f"pipeline setup (both languages, with and without NER): {time.perf_counter() - t:.2f} s")
    print(f"corpus: {len(articles)} articles, {words} words; best of {args.repeat} runs; "
          "wall time (CPU time of this process in brackets)")

    bare = {lang: spacy.blank(lang).tokenizer for lang in ("id", "en")}
    for a in articles:
        bare[a.lang or "en"](a.text)  # warm the cache

    def tokenize() -> None:
        for a in articles:
            bare[a.lang or "en"](a.text)

    tok_wall, tok_cpu = _best(tokenize, args.repeat)
    tok = words / tok_wall
    print(f"{'spaCy bare tokenizer (spacy.blank)':<44} {tok:>9,.0f} words/s ({words / tok_cpu:,.0f})")

    def whole(ner: bool):
        os.environ["KG_NER"] = "1" if ner else "0"

        def run() -> None:
            for a in _read(args.articles):
                r = process(Task(a, ""))
                assert not hasattr(r, "code"), r
        return run

    for ner in (False, True):
        wall, cpu = _best(whole(ner), args.repeat)
        label = f"whole build, N-Quads out, NER {'on' if ner else 'off'}"
        print(f"{label:<44} {words / wall:>9,.0f} words/s ({words / cpu:,.0f}) = "
              f"{words / wall / tok * 100:.1f}% of the tokenizer; {len(articles) / wall:.1f} articles/s")
    os.environ.pop("KG_NER", None)

    times = []
    for _ in range(args.repeat):
        g = KnowledgeGraph()
        fresh = _read(args.articles)
        t = time.perf_counter()
        for a in fresh:
            g.add_article(a)
        times.append(time.perf_counter() - t)
    best = min(times)
    print(f"{'in-memory rdflib graph (KnowledgeGraph)':<44} {words / best:>9,.0f} words/s, "
          f"{len(articles) / best:.1f} articles/s, {len(g) / best:,.0f} triples/s ({len(g)} triples)")

    queries = sorted((ROOT / "examples/queries").glob("*.rq"))
    for q in queries:
        ms = []
        text = q.read_text(encoding="utf-8")
        for _ in range(5):
            t = time.perf_counter()
            list(g.query(text))
            ms.append((time.perf_counter() - t) * 1000)
        print(f"query {q.name}: median {statistics.median(ms):.1f} ms")
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        g.serialize(Path(d) / "g.trig")
        print(f"serialize TriG: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        g.export("gexf", Path(d) / "g.gexf")
        print(f"export GEXF: {time.perf_counter() - t:.2f} s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
