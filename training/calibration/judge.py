"""Draw the judging sample from extracted.jsonl, attach the verdicts of verdicts.py,
write judged.jsonl and print the precision table used in README.md.

Sampling rule (from the calibration brief): if there are more than ~400 facts, take a
stratified random sample with random.Random(13): every fact of a relation with <= 25
facts, else 25 per (relation, language); otherwise judge every fact. With 323 facts
the second branch applies: all facts are judged.
"""
from __future__ import annotations

import collections
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def sample(rows: list[dict], limit: int = 400, seed: int = 13, per_group: int = 25) -> list[int]:
    if len(rows) <= limit:
        return list(range(len(rows)))
    rng = random.Random(seed)
    per_rel = collections.Counter(r["relation"] for r in rows)
    groups: dict[tuple, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        groups[(r["relation"], r["lang"])].append(i)
    chosen: list[int] = []
    for (rel, lang), idx in sorted(groups.items()):
        chosen += idx if per_rel[rel] <= per_group or len(idx) <= per_group else rng.sample(idx, per_group)
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


def main(here: Path = HERE, verdicts: dict | None = None, **sampling: int) -> None:
    """Write ``here/judged.jsonl`` from ``here/extracted.jsonl`` and the verdicts (index →
    (verdict, why)); records of later rounds already in it (a "round" field: facts judged after
    the extractor changed) are kept at its end. Then print the tables."""
    if verdicts is None:
        from verdicts import V as verdicts  # this folder's verdicts.py
    HERE = here
    rows = [json.loads(l) for l in (HERE / "extracted.jsonl").open(encoding="utf-8")]
    picked = sample(rows, **sampling)
    judged_path = HERE / "judged.jsonl"
    later = [l for l in judged_path.open(encoding="utf-8") if json.loads(l).get("round")] if judged_path.exists() else []
    with judged_path.open("w", encoding="utf-8") as out:
        for i in picked:
            verdict, why = verdicts.get(i, ("correct", ""))
            rec = dict(rows[i], index=i, verdict=verdict, why=why)
            if verdict == "wrong":
                rec["error_kind"] = kind(why)
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        out.writelines(later)

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


if __name__ == "__main__":
    main()
