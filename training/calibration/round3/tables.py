"""Aggregate tables of a judged calibration round (no per-fact output).

    .venv/bin/python training/calibration/round3/tables.py FACTS.jsonl [JUDGED.jsonl ...]

FACTS: the facts the extractor produces now (fields as extracted.jsonl); each gets the verdict of
the judged record with the same sentence id, relation, subject, object and role (either order for
symmetric relations, kg.nlp.calibrate._key). Without JUDGED, FACTS must carry the verdicts itself.
Precision = correct / (correct + wrong), 95 % Wilson interval; unsure facts are left out.
"""
from __future__ import annotations

import collections
import json
import math
import sys

from kg.nlp.calibrate import _key


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def prec(c: collections.Counter, ci: bool = False) -> str:
    n = c["correct"] + c["wrong"]
    if not n:
        return "–"
    s = f"{c['correct'] / n:.2f}"
    if ci:
        lo, hi = wilson(c["correct"], n)
        s += f" [{lo:.2f}, {hi:.2f}]"
    return s


def key(r: dict) -> tuple:
    return (r["id"], *_key(r["subject"], r["relation"], r["object"], r.get("role")))


def main(argv: list[str]) -> None:
    facts = [json.loads(l) for l in open(argv[0], encoding="utf-8") if l.strip()]
    if len(argv) > 1:
        verdicts = {}
        for p in argv[1:]:
            for l in open(p, encoding="utf-8"):
                if l.strip():
                    j = json.loads(l)
                    verdicts[key(j)] = j
        for f in facts:
            j = verdicts.get(key(f))
            f["verdict"] = j["verdict"] if j else None
            f["error_kind"] = j.get("error_kind") if j else None
    unjudged = sum(f["verdict"] is None for f in facts)
    judged = [f for f in facts if f["verdict"]]
    langs = [l for l in ("id", "en") if any(f["lang"] == l for f in facts)]
    print(f"facts {len(facts)}, judged {len(judged)}, without verdict {unjudged}\n")

    print("| lang | facts | correct | wrong | unsure | precision [95 % Wilson] |\n|---|---:|---:|---:|---:|---|")
    for lang in langs + (["both"] if len(langs) > 1 else []):
        c = collections.Counter(f["verdict"] for f in judged if lang == "both" or f["lang"] == lang)
        n = sum(1 for f in facts if lang == "both" or f["lang"] == lang)
        print(f"| {lang} | {n} | {c['correct']} | {c['wrong']} | {c['unsure']} | {prec(c, True)} |")

    print("\n| relation | lang | extracted | judged | correct | wrong | unsure | precision |\n|---|---|---:|---:|---:|---:|---:|---:|")
    ext = collections.Counter((f["relation"], f["lang"]) for f in facts)
    tab = collections.defaultdict(collections.Counter)
    for f in judged:
        tab[(f["relation"], f["lang"])][f["verdict"]] += 1
    rels = sorted({r for r, _ in ext}, key=lambda r: (-sum(v for (rr, _), v in ext.items() if rr == r), r))
    for rel in rels:
        for lang in langs:
            if (rel, lang) in ext:
                c = tab[(rel, lang)]
                print(f"| {rel} | {lang} | {ext[(rel, lang)]} | {sum(c.values())} | {c['correct']} | {c['wrong']} | {c['unsure']} | {prec(c)} |")

    print("\n| error kind | " + " | ".join(langs) + " | all |\n|---|" + "---:|" * (len(langs) + 1))
    kinds = collections.Counter(f["error_kind"] for f in judged if f["verdict"] == "wrong")
    for k, v in kinds.most_common():
        per = [sum(1 for f in judged if f["verdict"] == "wrong" and f["error_kind"] == k and f["lang"] == l) for l in langs]
        print(f"| {k} | " + " | ".join(map(str, per)) + f" | {v} |")

    print("\n| confidence | lang | correct | wrong | unsure | precision |\n|---|---|---:|---:|---:|---:|")
    band = collections.defaultdict(collections.Counter)
    for f in judged:
        b = round(f["confidence"], 1)
        band[(b, f["lang"])][f["verdict"]] += 1
        band[(b, "both")][f["verdict"]] += 1
    for (b, lang), c in sorted(band.items(), key=lambda x: (-x[0][0], x[0][1] != "both", x[0][1])):
        if lang == "both" and len(langs) == 1:
            continue
        print(f"| {b:.1f} | {lang} | {c['correct']} | {c['wrong']} | {c['unsure']} | {prec(c)} |")


if __name__ == "__main__":
    main(sys.argv[1:])
