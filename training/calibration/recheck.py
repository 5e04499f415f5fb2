"""How the judged facts fare with the extractor as it is now (run after changing the rules).

    .venv/bin/python training/calibration/recheck.py [heldout]

Extracts the judged sentences again and sorts each fact found: judged "correct", judged "wrong",
"unsure", or not judged (new since the judging). Prints counts per language and the precision
over the judged ones. The judged sentences informed the fixes made after the judging, so this is
a check that fixes did what they meant, not an unbiased estimate. ``heldout`` rechecks the
held-out round instead (``heldout/judged.jsonl``): only its counts are printed, so that nobody
tunes to its sentences; there, facts "not judged" are new since the judging and unknown.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kg.ingest import prepare
from kg.model import Article
from kg.nlp.calibrate import _key
from kg.nlp.extract import extract

HERE = Path(__file__).resolve().parent


def main() -> None:
    verdicts: dict[tuple, str] = {}
    sentences: dict[str, tuple[str, str]] = {}
    folder = HERE / sys.argv[1] if len(sys.argv) > 1 else HERE
    for line in (folder / "judged.jsonl").open(encoding="utf-8"):
        j = json.loads(line)
        sentences[j["id"]] = (j["text"], j["lang"])
        verdicts[(j["id"], *_key(j["subject"], j["relation"], j["object"], j.get("role")))] = j["verdict"]
    before: Counter = Counter((sentences[k[0]][1], v) for k, v in verdicts.items())
    now: Counter = Counter()
    for sid, (text, lang) in sentences.items():
        x = extract(prepare(Article(id=sid, text=text), lang))
        for f in {(f.relation, f.subject, f.object, f.role) for f in x.facts}:
            now[(lang, verdicts.get((sid, *_key(f[1], f[0], f[2], f[3])), "not judged"))] += 1
    print("lang  verdict       judged  found now")
    for lang in ("id", "en"):
        for v in ("correct", "wrong", "unsure", "not judged"):
            print(f"{lang:4}  {v:12} {before[(lang, v)]:7} {now[(lang, v)]:10}")
        c, w = now[(lang, "correct")], now[(lang, "wrong")]
        c0, w0 = before[(lang, "correct")], before[(lang, "wrong")]
        print(f"{lang:4}  precision over judged facts: {c0 / max(c0 + w0, 1):.2f} -> {c / max(c + w, 1):.2f}")


if __name__ == "__main__":
    main()
