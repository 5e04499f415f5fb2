"""Benchmark (not a test): words per second of the NLP stage alone, with and without NER.

    .venv/bin/python benchmarks/bench_extract.py [ARTICLES.jsonl] [--repeat N] [--ner]

Articles are read and prepared once; then each one is tokenized and run through the pipeline
(``kg.nlp.extract.extract``). Prints the tokenizer alone, the whole extraction and the
extraction without the tokenizer, as words per second of process (CPU) time, so that other
processes on the machine disturb the figures less.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="?", default=str(ROOT.parent / "shared/corpus/articles_dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ner", action="store_true", help="with the statistical NER")
    args = ap.parse_args()

    from kg.ingest import iter_articles, prepare
    from kg.nlp.extract import extract, masked_text
    from kg.nlp.pipeline import get_pipeline

    arts = [prepare(a) for a in iter_articles([args.articles])]
    words = sum(a.words for a in arts)
    for a in arts:  # build the pipelines, fill the tokenizer's cache
        extract(a, ner=args.ner)
    clock = time.process_time
    t = clock()
    for _ in range(args.repeat):
        for a in arts:
            get_pipeline(a.lang, args.ner).make_doc(masked_text(a))
    tok = clock() - t
    t = clock()
    for _ in range(args.repeat):
        for a in arts:
            extract(a, ner=args.ner)
    total = clock() - t
    n = words * args.repeat
    print(f"{len(arts)} articles, {words} words, x{args.repeat}, NER {'on' if args.ner else 'off'} (CPU time)")
    print(f"tokenizer alone:             {n / tok:>10,.0f} words/s")
    print(f"extraction (with tokenizer): {n / total:>10,.0f} words/s")
    print(f"extraction without tokenizer:{n / (total - tok):>10,.0f} words/s")


if __name__ == "__main__":
    main()
