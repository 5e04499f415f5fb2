"""Held-out round: draw the judging sample from heldout/extracted.jsonl, attach the verdicts
of heldout/verdicts.py, write heldout/judged.jsonl and print the tables of heldout/README.md.

Sampling rule (from the held-out brief): if there are more than 450 facts, take a stratified
random sample with random.Random(17): every fact of a (relation, language) with <= 30 facts,
else 30 per (relation, language); otherwise judge every fact. Error kinds as ../judge.py.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("calibration_judge", HERE.parent / "judge.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)  # the round-1 script: sampling, error kinds, tables


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (float("nan"), float("nan"))
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def extra() -> None:
    judged = [json.loads(l) for l in (HERE / "judged.jsonl").open(encoding="utf-8")]
    print("\nOverall precision, 95% Wilson:")
    for lang in ("id", "en", None):
        c = collections.Counter(r["verdict"] for r in judged if lang is None or r["lang"] == lang)
        n = c["correct"] + c["wrong"]
        lo, hi = wilson(c["correct"], n)
        print(f"  {lang or 'both'}: {c['correct']}/{n} = {c['correct'] / n:.2f} [{lo:.2f}, {hi:.2f}]  (unsure {c['unsure']})")
    print("\nSentences with >= 1 fact:")
    for s in ("idner2k", "nergrit", "crossner_politics"):
        print(f"  {s}: {len({r['id'] for r in judged if r['set'] == s})}")
    print("\nBy confidence band (round(confidence, 1)):")
    band = collections.defaultdict(collections.Counter)
    for r in judged:
        band[round(r["confidence"], 1)][r["verdict"]] += 1
    print("| confidence | correct | wrong | unsure | precision |\n|---|---:|---:|---:|---:|")
    for b in sorted(band, reverse=True):
        c = band[b]
        d = c["correct"] + c["wrong"]
        print(f"| {b:.1f} | {c['correct']} | {c['wrong']} | {c['unsure']} | {c['correct'] / d:.2f} |" if d else f"| {b:.1f} | {c['correct']} | {c['wrong']} | {c['unsure']} | – |")
    print("\nError kinds by language:")
    kinds = collections.Counter((r["error_kind"], r["lang"]) for r in judged if r["verdict"] == "wrong")
    for k in sorted({k for k, _ in kinds}, key=lambda k: -(kinds[(k, "id")] + kinds[(k, "en")])):
        print(f"| {k} | {kinds[(k, 'id')]} | {kinds[(k, 'en')]} | {kinds[(k, 'id')] + kinds[(k, 'en')]} |")


if __name__ == "__main__":
    from verdicts import V  # this folder's verdicts.py

    base.main(HERE, V, limit=450, seed=17, per_group=30)
    extra()
