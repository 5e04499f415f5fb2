#!/usr/bin/env python
"""Words per second of the shipped NER models on one core, on the dev text.

    .venv/bin/python training/ner/speed.py --lang id [--repeat 3]

Three figures: the model's ``nlp.pipe`` on the dev sentences as text (tokenizer + ner), the ner
pipe alone on pre-tokenised Docs, and the ``kg_ner`` component on Docs of ``spacy.blank(lang)``
(which copies the words into the model's vocab and maps the spans back).
"""
from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from kg.nlp.components.ner import load_model, model_path  # noqa: E402

DEV = {"id": "ner_id_idner2k_dev.jsonl", "en": "ner_en_conll2003_dev.jsonl"}


def best_rate(fn, words: int, repeat: int) -> float:
    rates = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        rates.append(words / (time.perf_counter() - t))
    return max(rates)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=["id", "en"], required=True)
    ap.add_argument("--model", type=Path, help="default: the shipped model")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    recs = [json.loads(line) for line in (args.corpus / DEV[args.lang]).open(encoding="utf-8")]
    texts = [r["text"] for r in recs]
    nlp = load_model(str(args.model or model_path(args.lang)))
    ner = nlp.get_pipe("ner")
    words = sum(len(r["tokens"]) for r in recs)
    list(nlp.pipe(texts[:100]))  # warm up

    docs = [Doc(nlp.vocab, words=r["tokens"]) for r in recs]
    blank = spacy.blank(args.lang)
    comp = blank.add_pipe("kg_ner", config={"model": str(args.model) if args.model else None})
    blank_docs = [Doc(blank.vocab, words=r["tokens"]) for r in recs]
    out = {
        "words": words,
        "nlp.pipe(texts)": best_rate(lambda: list(nlp.pipe(texts, batch_size=256)), words, args.repeat),
        "ner.pipe(docs)": best_rate(lambda: list(ner.pipe(docs, batch_size=256)), words, args.repeat),
        "kg_ner.pipe(docs)": best_rate(lambda: list(comp.pipe(blank_docs, batch_size=256)), words, args.repeat),
    }
    print(json.dumps({k: round(v) for k, v in out.items()}, indent=2))


if __name__ == "__main__":
    import kg.nlp.components.ner  # noqa: F401  (registers kg_ner)

    main()
