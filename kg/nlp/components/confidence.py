"""The confidence of a fact: the calibrated precision of the rule that found it.

``kg/nlp/confidence.json`` is written by :mod:`kg.nlp.calibrate` (per-rule and per-group
precision with add-one smoothing); a rule it does not know takes its group's, else its prior.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

CONFIDENCE_FILE = Path(__file__).resolve().parent.parent / "confidence.json"


@lru_cache(maxsize=1)
def calibrated() -> dict[str, dict[str, float]]:
    """Per-rule and per-group precision from the calibration (:mod:`kg.nlp.calibrate`)."""
    if not CONFIDENCE_FILE.is_file():
        return {"rules": {}, "groups": {}}
    data = json.loads(CONFIDENCE_FILE.read_text(encoding="utf-8"))
    return {"rules": {k: v["confidence"] for k, v in data.get("rules", {}).items()},
            "groups": {k: v["confidence"] for k, v in data.get("groups", {}).items()}}


MAX_CONFIDENCE = 0.99  # no rule is certain (and a decimal "1.0" would not round-trip through stores)


def confidence(rule: str, relation: str, prior: float) -> float:
    """The calibrated precision of ``rule`` (``lang:frame:phrase``), else of its group
    (``relation:frame``), else ``prior``; at most :data:`MAX_CONFIDENCE`."""
    cal = calibrated()
    if rule in cal["rules"]:
        return min(cal["rules"][rule], MAX_CONFIDENCE)
    parts = rule.split(":")
    group = f"{relation}:{parts[1]}" if len(parts) > 1 else relation
    return min(cal["groups"].get(group, prior), MAX_CONFIDENCE)
