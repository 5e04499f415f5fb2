"""Calibrate the confidence of the extraction rules on annotated articles.

    .venv/bin/python -m kg.nlp.calibrate -g GOLD.jsonl [-g GOLD2.jsonl] [-j JUDGED.jsonl] ARTICLES [ARTICLES ...] [-o kg/nlp/confidence.json]

Runs the extractor on every article that has gold, maps each fact it extracts to gold names the
way the evaluation does (entity alignment of :mod:`kg.evaluate.score`), and counts per rule
(``lang:frame:phrase``, as in ``Fact.rule``) how many of its facts are right:

* **TP**: the fact (s, r, o, role) is a required gold fact of its document;
* **FP**: it matches no gold fact at all;
* a fact that matches only an optional gold fact counts for neither.

Judged facts (``-j``, e.g. ``training/calibration/judged.jsonl``: facts the extractor found in
sentences nobody tuned it on, each judged "correct", "wrong" or "unsure" by a person) count too:
the judged sentences are extracted again, and each fact found that has a verdict (same sentence,
relation, entities and role) is a TP when "correct", an FP when "wrong". The gold articles say
what is missed; the judged sentences say how often each rule is wrong on new text.

Confidence is a precision with add-one (Laplace) smoothing: for a group of rules (relation and
frame, ``"sanctions:svo"``) ``(TP + 1) / (TP + FP + 2)``; for one rule the group's precision is the
prior, with the weight of two facts: ``(TP + 2·p_group) / (TP + FP + 2)``. A rule or group that
the calibration never saw fire keeps the prior written in the trigger lexicon. The extractor reads
the result (:func:`kg.nlp.components.confidence.confidence`); ``planned`` facts are further
multiplied by the pipeline's ``planned_penalty``.

Calibrating the *values* on the development gold is the point of this script; the *rules* are
not changed by it.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kg.relations import RELATIONS

OUT = Path(__file__).resolve().parent / "confidence.json"
PRIOR_WEIGHT = 2.0


def group_of(rule: str, relation: str) -> str:
    parts = rule.split(":")
    return f"{relation}:{parts[1]}" if len(parts) > 1 else relation


def count(gold_paths: list[str], article_paths: list[str], ner: bool = False) -> tuple[Counter, Counter, dict[str, str]]:
    """TP and FP per rule over the gold documents; rule → relation."""
    from kg.evaluate.gold import load_gold
    from kg.evaluate.predicted import read_predicted
    from kg.evaluate.score import align_entities
    from kg.ingest import iter_articles, prepare
    from kg.nlp.extract import extract
    from kg.ontology.iris import entity_iri
    from kg.ontology.mapping import article_graph

    golds = [load_gold(p) for p in gold_paths]
    tp: Counter = Counter()
    fp: Counter = Counter()
    relation_of: dict[str, str] = {}
    for article in iter_articles(article_paths):
        gold = next((gd for gd in golds if article.id in gd), None)
        if gold is None:
            continue
        prepare(article)
        x = extract(article, ner=ner)
        g = gold[article.id]
        pred = read_predicted(article_graph(x)).get(article.id)
        names = {str(k): v for k, v in align_entities(pred, g).items()}
        required, optional = set(), set()
        for f in g.facts:
            (optional if f.optional else required).add(_key(f.s, f.r, f.o, f.role))
        for f in x.facts:
            relation_of[f.rule] = f.relation
            s, o = names.get(str(entity_iri(f.subject))), names.get(str(entity_iri(f.object)))
            k = _key(s or f"?{f.subject}", f.relation, o or f"?{f.object}", f.role)
            if k in required:
                tp[f.rule] += 1
            elif k not in optional:
                fp[f.rule] += 1
    return tp, fp, relation_of


def count_judged(paths: list[str], ner: bool = False) -> tuple[Counter, Counter, dict[str, str]]:
    """TP ("correct") and FP ("wrong") per rule over judged facts, re-extracted; rule → relation."""
    from kg.ingest import prepare
    from kg.model import Article
    from kg.nlp.extract import extract

    verdicts: dict[tuple, str] = {}
    sentences: dict[str, tuple[str, str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    j = json.loads(line)
                    sentences[j["id"]] = (j["text"], j["lang"])
                    verdicts[(j["id"], *_key(j["subject"], j["relation"], j["object"], j.get("role")))] = j["verdict"]
    tp: Counter = Counter()
    fp: Counter = Counter()
    relation_of: dict[str, str] = {}
    for sid, (text, lang) in sentences.items():
        x = extract(prepare(Article(id=sid, text=text), lang), ner=ner)
        for f in x.facts:
            verdict = verdicts.get((sid, *_key(f.subject, f.relation, f.object, f.role)))
            if verdict in ("correct", "wrong"):
                relation_of[f.rule] = f.relation
                (tp if verdict == "correct" else fp)[f.rule] += 1
    return tp, fp, relation_of


def _key(s: str, r: str, o: str, role: str | None) -> tuple:
    if RELATIONS[r].symmetric and o < s:
        s, o = o, s
    return (s, r, o, role or "")


def table(tp: Counter, fp: Counter, relation_of: dict[str, str]) -> dict:
    groups: dict[str, list[int]] = {}
    for rule, rel in relation_of.items():
        g = groups.setdefault(group_of(rule, rel), [0, 0])
        g[0] += tp[rule]
        g[1] += fp[rule]
    group_conf = {g: (t + 1) / (t + f + 2) for g, (t, f) in groups.items()}
    rules = {}
    for rule, rel in sorted(relation_of.items()):
        t, f = tp[rule], fp[rule]
        p = group_conf[group_of(rule, rel)]
        rules[rule] = {"tp": t, "fp": f, "confidence": round((t + PRIOR_WEIGHT * p) / (t + f + PRIOR_WEIGHT), 3)}
    return {
        "groups": {g: {"tp": t, "fp": f, "confidence": round(group_conf[g], 3)} for g, (t, f) in sorted(groups.items())},
        "rules": rules,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-g", "--gold", action="append", required=True, help="gold JSONL (repeatable)")
    ap.add_argument("articles", nargs="+")
    ap.add_argument("-o", "--output", default=str(OUT))
    ap.add_argument("-j", "--judged", action="append", default=[], help="judged facts JSONL (repeatable)")
    ap.add_argument("--no-ner", dest="ner", action="store_false",
                    help="leave the statistical NER out (it is on by default, as in kg build)")
    args = ap.parse_args(argv)
    tp, fp, relation_of = count(args.gold, args.articles, ner=args.ner)
    if args.judged:
        jtp, jfp, jrel = count_judged(args.judged, ner=args.ner)
        tp, fp = tp + jtp, fp + jfp
        relation_of.update(jrel)
    data = {
        "_comment": "Per-rule precision of the extraction rules on annotated articles and judged facts, "
                    "add-one smoothed (written by kg/nlp/calibrate.py; see its docstring). Read by kg_relations.",
        "gold": [Path(g).name for g in args.gold],
        "judged": [Path(j).name for j in args.judged],
        **table(tp, fp, relation_of),
    }
    Path(args.output).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    total_tp, total_fp = sum(tp.values()), sum(fp.values())
    print(f"{len(relation_of)} rules fired; {total_tp} TP, {total_fp} FP; written to {args.output}")


if __name__ == "__main__":
    main()
