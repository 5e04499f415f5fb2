"""Streaming input: .jsonl.gz read one line at a time, bad lines and files skipped with on_error."""
from __future__ import annotations

import gzip
import json

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles, read_path
from kg.ingest.readers import count_articles, suffix_of

from tests.build.conftest import DATA, write_jsonl_gz

RECORDS = [
    {"id": "g1", "lang": "en", "text": "The president of Russia met the prime minister of Armenia."},
    {"id": "g2", "lang": "id", "text": "Presiden Rusia bertemu Perdana Menteri Armenia."},
    {"id": "g3", "lang": "en", "text": "Armenia asked Russia for help."},
]


def test_jsonl_gz_is_read_like_jsonl(tmp_path):
    plain = tmp_path / "c.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    gz = write_jsonl_gz(tmp_path / "c.jsonl.gz", RECORDS)
    a, b = list(read_path(plain)), list(read_path(gz))
    assert [x.id for x in b] == ["g1", "g2", "g3"]
    assert [(x.id, x.text, x.lang) for x in a] == [(x.id, x.text, x.lang) for x in b]
    assert b[0].origin == f"{gz}:1"


def test_jsonl_gz_without_ids_takes_the_name_before_the_suffix(tmp_path):
    gz = write_jsonl_gz(tmp_path / "News.JSONL.GZ", [{"text": "Russia and Armenia."}])
    assert suffix_of(gz) == ".jsonl.gz"
    assert [a.id for a in read_path(gz)] == ["News-1"]


def test_jsonl_gz_is_read_lazily_one_line_at_a_time(tmp_path):
    gz = write_jsonl_gz(tmp_path / "c.jsonl.gz", [RECORDS[0], "{not json", RECORDS[2]])
    it = read_path(gz)
    assert next(it).id == "g1"  # yielded before the bad line was read
    with pytest.raises(InputError, match=r"^\[E005\] Invalid JSON on line 2 of "):
        next(it)


def test_bad_lines_are_skipped_with_a_reason_and_reading_goes_on(tmp_path):
    gz = write_jsonl_gz(tmp_path / "c.jsonl.gz", [RECORDS[0], "{not json", {"id": "x"}, RECORDS[0], RECORDS[2]])
    errors: list[InputError] = []
    ids = [a.id for a in read_path(gz, errors.append)]
    assert ids == ["g1", "g3"]
    assert [e.code for e in errors] == ["E005", "E006", "E016"]
    assert "line 3 of" in str(errors[1])


def test_a_bad_file_is_skipped_and_the_next_inputs_are_read(tmp_path):
    good = write_jsonl_gz(tmp_path / "good.jsonl.gz", RECORDS[:1])
    corrupt = tmp_path / "corrupt.jsonl.gz"
    corrupt.write_bytes(gzip.compress(b'{"id": "c1", "text": "Russia."}\n' * 50)[:40])  # truncated
    errors: list[InputError] = []
    ids = [a.id for a in iter_articles([tmp_path / "missing.jsonl", corrupt, DATA / "binary.txt", good], errors.append)]
    assert ids == ["g1"]
    assert [e.code for e in errors] == ["E001", "E025", "E003"]
    assert str(errors[1]).startswith(f"[E025] Cannot read {corrupt}: ")


def test_without_on_error_a_corrupt_gz_raises(tmp_path):
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"this is not gzip at all")
    with pytest.raises(InputError, match=r"^\[E025\] Cannot read "):
        list(read_path(bad))


def test_empty_and_binary_gz(tmp_path):
    empty = write_jsonl_gz(tmp_path / "e.jsonl.gz", ["", "  "])
    with pytest.raises(InputError, match=r"^\[E002\]"):
        list(read_path(empty))
    binary = tmp_path / "b.jsonl.gz"
    binary.write_bytes(gzip.compress(b"\x00\x01\x02" * 100))
    with pytest.raises(InputError, match=r"^\[E003\]"):
        list(read_path(binary))


def test_cp1252_line_in_a_gz_is_decoded_with_one_warning(tmp_path):
    from kg.errors import KGWarning

    gz = tmp_path / "w.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"id": "1", "text": "ok one"}\n{"id": "2", "text": "caf\xe9 two"}\n{"id": "3", "text": "caf\xe9 3"}\n'))
    with pytest.warns(KGWarning, match="decoded as CP1252"):
        a = list(read_path(gz))
    assert [x.text for x in a] == ["ok one", "café two", "café 3"]
    assert [len(x.warnings) for x in a] == [0, 1, 1]


def test_folders_include_jsonl_gz_files(tmp_path):
    write_jsonl_gz(tmp_path / "b.jsonl.gz", RECORDS[1:])
    (tmp_path / "a.txt").write_text("The president of Russia said so.", encoding="utf-8")
    (tmp_path / "c.txt.bak").write_text("not an article", encoding="utf-8")
    assert [a.id for a in read_path(tmp_path)] == ["a", "g2", "g3"]


def test_count_articles_is_cheap_or_none(tmp_path):
    assert count_articles([DATA / "articles.jsonl", DATA / "en.txt", DATA / "folder"]) == 2 + 1 + 4
    gz = write_jsonl_gz(tmp_path / "c.jsonl.gz", RECORDS)
    assert count_articles([gz]) is None  # would need decompressing
