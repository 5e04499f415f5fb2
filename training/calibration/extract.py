"""Run kg over the sentences of a calibration round and write every extracted fact.

    .venv/bin/python training/calibration/extract.py 1|heldout|wikigold [OUT_DIR]
    .venv/bin/python training/calibration/extract.py nerui OUT_DIR   # no licence: outside the repo
    .venv/bin/python training/calibration/extract.py conll OUT_DIR   # evaluation-only licence: outside

Rounds (one sentence = one Article, date=None; kg.ingest.prepare, kg.nlp.extract.extract):
1: idner2k train, NERGRIT train (id), CrossNER train lines 0-850 (politics, en) → ./extracted.jsonl
heldout: idner2k dev, NERGRIT dev (id), CrossNER dev lines 0-538 (en) → heldout/extracted.jsonl
wikigold (round 3, en) → round3/extracted.jsonl; nerui (round 3, id) → OUT_DIR only.
conll (round 4, en): CoNLL-2003 English train, Reuters news of 1996 → OUT_DIR only.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from kg.ingest import prepare
from kg.model import Article
from kg.nlp.extract import extract

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # ../shared beside the checkout
HERE = Path(__file__).resolve().parent
ROUNDS: dict[str, tuple[list[tuple[str, str, Path, int | None]], Path | None]] = {
    "1": ([("idner2k", "id", CORPUS / "ner_id_idner2k_train.jsonl", None),
           ("nergrit", "id", CORPUS / "ner_id_nergrit_train.jsonl", None),
           ("crossner_politics", "en", CORPUS / "ner_en_crossner_train.jsonl", 851)], HERE),  # lines 0-850
    "heldout": ([("idner2k", "id", CORPUS / "ner_id_idner2k_dev.jsonl", None),
                 ("nergrit", "id", CORPUS / "ner_id_nergrit_dev.jsonl", None),
                 ("crossner_politics", "en", CORPUS / "ner_en_crossner_dev.jsonl", 539)], HERE / "heldout"),
    "wikigold": ([("wikigold", "en", CORPUS / "ner_en_wikigold_train.jsonl", None)], HERE / "round3"),
    "nerui": ([("nerui", "id", CORPUS / "ner_id_nerui_fold1_train.jsonl", None)], None),  # no licence
    "conll": ([("conll2003", "en", CORPUS / "ner_en_conll2003_train.jsonl", None)], None),  # evaluation only
}


def records(path: Path, limit: int | None):
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            yield json.loads(line)


def main() -> None:
    sets, out_dir = ROUNDS[sys.argv[1] if len(sys.argv) > 1 else "1"]
    if len(sys.argv) > 2:
        out_dir = Path(sys.argv[2])
    if out_dir is None:
        sys.exit("this set has no licence: give an output folder outside the repository")
    out_dir.mkdir(parents=True, exist_ok=True)
    per_rel: collections.Counter = collections.Counter()
    per_set: collections.Counter = collections.Counter()
    n_sent: collections.Counter = collections.Counter()
    errors = 0
    with (out_dir / "extracted.jsonl").open("w", encoding="utf-8") as out:
        for name, lang, path, limit in sets:
            for rec in records(path, limit):
                n_sent[name] += 1
                art = Article(id=rec["id"], text=rec["text"], date=None)
                try:
                    art = prepare(art, lang)
                    ex = extract(art)
                except Exception as e:  # noqa: BLE001 - keep going, report
                    errors += 1
                    print(f"ERROR {rec['id']}: {type(e).__name__}: {e}", file=sys.stderr)
                    continue
                text = art.text
                for f in ex.facts:
                    row = {
                        "set": name,
                        "id": rec["id"],
                        "lang": lang,
                        "text": rec["text"],
                        "relation": f.relation,
                        "subject": f.subject,
                        "object": f.object,
                        "subject_label": ex.entities[f.subject].label if f.subject in ex.entities else None,
                        "object_label": ex.entities[f.object].label if f.object in ex.entities else None,
                        "role": f.role,
                        "date": f.date,
                        "modality": f.modality,
                        "rule": f.rule,
                        "confidence": f.confidence,
                        "quote": text[f.quote[0]:f.quote[1]],
                    }
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    per_rel[f.relation] += 1
                    per_set[name] += 1
    print("sentences per set:", dict(n_sent))
    print("errors:", errors)
    print("facts per set:", dict(per_set))
    print("facts per relation:")
    for r, c in per_rel.most_common():
        print(f"  {r:22s} {c}")


if __name__ == "__main__":
    main()
