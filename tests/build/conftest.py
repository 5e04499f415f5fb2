"""Inputs shared by the build tests: a few small articles in Indonesian and English."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"
EXAMPLE = ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt"
INPUTS = [EXAMPLE, DATA / "articles.jsonl", DATA / "en.txt", DATA / "id.txt"]  # 5 articles


def write_jsonl_gz(path: Path, records: list[dict | str]) -> Path:
    """Records (dicts as JSON, strings as they are) one per line, gzip-compressed."""
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for rec in records:
            fh.write((rec if isinstance(rec, str) else json.dumps(rec, ensure_ascii=False)) + "\n")
    return path


def quads(nquads_text: str) -> set[str]:
    return {line for line in nquads_text.splitlines() if line.strip()}


@pytest.fixture(scope="session")
def inputs() -> list[Path]:
    return list(INPUTS)
