"""Held-out round: draw the judging sample from heldout/extracted.jsonl, attach the verdicts
of heldout/verdicts.py, write heldout/judged.jsonl and print the tables of heldout/README.md.

Sampling rule (from the held-out brief): if there are more than 450 facts, take a stratified
random sample with random.Random(17): every fact of a (relation, language) with <= 30 facts,
else 30 per (relation, language); otherwise judge every fact. Error kinds as ../judge.py.
"""
from __future__ import annotations

import collections
import math
import json
import random
from pathlib import Path

from verdicts import V

HERE = Path(__file__).resolve().parent
LIMIT = 450


def sample(rows: list[dict]) -> list[int]:
    if len(rows) <= LIMIT:
        return list(range(len(rows)))
    rng = random.Random(17)
    per_rel = collections.Counter(r["relation"] for r in rows)
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["relation"], r["lang"])].append(i)
    chosen: list[int] = []
    for (rel, lang), idx in sorted(groups.items()):
        chosen += idx if per_rel[rel] <= 30 or len(idx) <= 30 else rng.sample(idx, 30)
    return sorted(chosen)


KINDS = [  # (prefixes of the reason, error kind); first match wins
    (("out of schema",), "out of schema (person as memberOf subject)"),
    (("role", "affiliation"), "holdsRole: wrong role or affiliation (incl. president-elect)"),
    (("hypothetical", "not asserted", "negation", "support explicitly past", "ordered, not done"),
     "modality: hypothetical / desired / negated / ended stated as fact"),
    (("direction/subject", "direction"), "direction reversed (mostly passives: 'backed by', 'was attacked')"),
    (("wrong entity", "wrong entities", "wrong person", "entity:"), "wrong or malformed entity (NER span / linking)"),
    (("wrong subject", "wrong object"), "wrong argument (actor or target taken from a neighbouring phrase)"),
    (("wrong relation",), "relation not stated (trigger misread)"),
]


def kind(why: str) -> str:
    if why.startswith("wrong entity: the host country"):
        return "wrong argument (actor or target taken from a neighbouring phrase)"
    for prefixes, k in KINDS:
        if why.startswith(prefixes):
            return k
    return "other"


def main() -> None:
    rows = [json.loads(l) for l in (HERE / "extracted.jsonl").open(encoding="utf-8")]
    picked = sample(rows)
    with (HERE / "judged.jsonl").open("w", encoding="utf-8") as out:
        for i in picked:
            verdict, why = V.get(i, ("correct", ""))
            rec = dict(rows[i], index=i, verdict=verdict, why=why)
            if verdict == "wrong":
                rec["error_kind"] = kind(why)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")

    judged = [json.loads(l) for l in (HERE / "judged.jsonl").open(encoding="utf-8")]
    ext = collections.Counter((r["relation"], r["lang"]) for r in rows)
    tab: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in judged:
        tab[(r["relation"], r["lang"])][r["verdict"]] += 1
        tab[(r["relation"], r["lang"])]["sampled"] += 1

    def prec(c):
        d = c["correct"] + c["wrong"]
        return f"{c['correct'] / d:.2f}" if d else "–"

    lines = ["| relation | lang | extracted | sampled | correct | wrong | unsure | precision |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    rels = sorted({k[0] for k in ext}, key=lambda r: (-sum(v for (rr, _), v in ext.items() if rr == r), r))
    for rel in rels:
        for lang in ("id", "en"):
            if (rel, lang) not in ext:
                continue
            c = tab[(rel, lang)]
            lines.append(f"| {rel} | {lang} | {ext[(rel, lang)]} | {c['sampled']} | {c['correct']} | {c['wrong']} | {c['unsure']} | {prec(c)} |")
    for lang in ("id", "en", None):
        c = collections.Counter()
        for (rel, lg), cc in tab.items():
            if lang is None or lg == lang:
                c.update(cc)
        n = sum(v for (rel, lg), v in ext.items() if lang is None or lg == lang)
        lines.append(f"| **all** | {lang or 'both'} | {n} | {c['sampled']} | {c['correct']} | {c['wrong']} | {c['unsure']} | **{prec(c)}** |")
    print("\n".join(lines))

    print("\nPer set:")
    for s in ("idner2k", "nergrit", "crossner_politics"):
        c = collections.Counter(r["verdict"] for r in judged if r["set"] == s)
        print(f"  {s}: {dict(c)} precision {prec(c)}")

    print("\nholdsRole vs the rest:")
    for lang in ("id", "en"):
        for grp, test in (("holdsRole", lambda r: r["relation"] == "holdsRole"), ("other relations", lambda r: r["relation"] != "holdsRole")):
            c = collections.Counter(r["verdict"] for r in judged if r["lang"] == lang and test(r))
            print(f"  {lang} {grp}: {dict(c)} precision {prec(c)}")

    print("\nError kinds (wrong verdicts):")
    for lang in (None, "id", "en"):
        c = collections.Counter(r["error_kind"] for r in judged if r["verdict"] == "wrong" and (lang is None or r["lang"] == lang))
        print(f"  [{lang or 'both'}]")
        for k, v in c.most_common():
            print(f"    {v:3d}  {k}")

    print("\nRule families (wrong/total):")
    fam = collections.defaultdict(collections.Counter)
    for r in judged:
        f = r["rule"].split(":")[0] + ":" + r["rule"].split(":")[1] if ":" in r["rule"] else r["rule"]
        fam[f][r["verdict"]] += 1
    for f, c in sorted(fam.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {f:18s} {dict(c)} precision {prec(c)}")


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
    main()
    extra()
