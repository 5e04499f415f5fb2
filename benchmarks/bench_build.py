"""Benchmark (not a test): throughput of the build and of queries, and peak memory.

    .venv/bin/python benchmarks/bench_build.py [ARTICLES.jsonl] [--repeat N]

Prints words/s of spaCy's bare tokenizer and of the whole build (ingest → RDF) on the same
articles, articles/s, triples/s, median query time of the example queries, serialization time
and peak RSS.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT.parent / "shared/corpus/articles_dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from kg.graph import KnowledgeGraph
    from kg.ingest import iter_articles
    from kg.nlp.pipeline import get_pipeline

    articles = list(iter_articles([args.articles]))
    words = sum(a.words for a in articles)
    t = time.perf_counter()
    for lang in ("id", "en"):
        get_pipeline(lang)  # build the gazetteer matchers once, outside the timings
    print(f"pipeline setup (both languages): {time.perf_counter() - t:.2f} s")
    print(f"corpus: {len(articles)} articles, {words} words, repeated {args.repeat}x")

    t = time.perf_counter()
    for _ in range(args.repeat):
        for a in articles:
            get_pipeline(a.lang or "en").tokenizer(a.text)
    tok = time.perf_counter() - t
    print(f"spaCy tokenizer alone: {words * args.repeat / tok:,.0f} words/s")

    times = []
    for _ in range(args.repeat):
        g = KnowledgeGraph()
        fresh = list(iter_articles([args.articles]))
        t = time.perf_counter()
        for a in fresh:
            g.add_article(a)
        times.append(time.perf_counter() - t)
    best = min(times)
    print(f"build (ingest → NLP → RDF, in memory): {words / best:,.0f} words/s, {len(articles) / best:.1f} articles/s, "
          f"{len(g) / best:,.0f} triples/s ({len(g)} triples) = {words / best / (words * args.repeat / tok) * 100:.1f}% of tokenizer speed")

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
