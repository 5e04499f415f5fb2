"""Calibration counts judged facts: a verdict applies to the fact the extractor finds again."""
from __future__ import annotations

import json

from kg.nlp.calibrate import count_judged, table


def test_judged_facts_count_per_rule(tmp_path):
    rows = [
        {"id": "s1", "lang": "en", "text": "Norway held talks with Sweden on fishing quotas.",
         "relation": "meetsWith", "subject": "country:SWE", "object": "country:NOR", "verdict": "correct"},
        {"id": "s2", "lang": "en", "text": "Lebanon asked France for help after the explosion.",
         "relation": "requestsAssistance", "subject": "country:LBN", "object": "country:FRA", "verdict": "wrong"},
        {"id": "s2", "lang": "en", "text": "Lebanon asked France for help after the explosion.",
         "relation": "meetsWith", "subject": "country:LBN", "object": "country:FRA", "verdict": "wrong"},
    ]
    path = tmp_path / "judged.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    tp, fp, relation_of = count_judged([str(path)], ner=False)
    assert sum(tp.values()) == 1 and sum(fp.values()) == 1  # meetsWith of s2 is not extracted: no count
    (meets,) = [r for r in tp if relation_of[r] == "meetsWith"]
    (asks,) = [r for r in fp if relation_of[r] == "requestsAssistance"]
    t = table(tp, fp, relation_of)
    assert t["rules"][meets]["confidence"] > t["rules"][asks]["confidence"]
