"""Readers: .txt and .jsonl files, folders, and every input error (E001-E006, E016)."""
from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

from kg.errors import InputError, KGWarning
from kg.ingest import READERS, iter_articles, read_path
from kg.ingest.readers import decode

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def read(name: str) -> list:
    return list(read_path(DATA / name))


def raises(code: str, fn, *args) -> InputError:
    with pytest.raises(InputError) as info:
        fn(*args)
    assert info.value.code == code
    assert str(info.value).startswith(f"[{code}] ")
    return info.value


# --- .txt -----------------------------------------------------------------------------------


def test_txt_one_article_id_is_stem_text_verbatim():
    (a,) = read("en.txt")
    assert a.id == "en"
    assert a.text == (DATA / "en.txt").read_text(encoding="utf-8")
    assert a.origin == str(DATA / "en.txt")
    assert a.warnings == []
    # metadata comes from cleaning, not from the reader
    assert a.lang is None and a.date is None and a.title is None and a.segments == []


def test_txt_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffRusia dan Armenia".encode("utf-8"))
    (a,) = read_path(p)
    assert a.text == "Rusia dan Armenia"


def test_suffix_is_case_insensitive_for_a_file(tmp_path):
    p = tmp_path / "UPPER.TXT"
    p.write_text("The president of Russia said so.", encoding="utf-8")
    (a,) = read_path(p)
    assert a.id == "UPPER"


def test_readers_registered_for_txt_and_jsonl():
    assert {".txt", ".jsonl"} <= set(READERS)


# --- .jsonl ---------------------------------------------------------------------------------


def test_jsonl_fields_ids_and_slug_titles():
    a1, a2 = read("articles.jsonl")
    assert a1.id == "a1"
    assert a1.lang == "en"
    assert a1.date == dt.date(2017, 8, 26)  # a timestamp is cut to its date
    assert a1.title == "Russia and Armenia sign a deal"
    assert a1.publisher == "antaranews"  # "source" is the publisher
    assert a1.url == "https://example.org/a1"
    assert a1.text.startswith("The president of Russia")
    assert a1.origin == f"{DATA / 'articles.jsonl'}:1"
    # the second record is on line 3 (a blank line is skipped) and has no id
    assert a2.id == "articles-3"
    assert a2.origin.endswith("articles.jsonl:3")
    assert a2.lang == "id"
    assert a2.date is None  # unparseable date → None, not an error
    assert a2.title is None  # title_is_url_slug: the slug is no headline
    assert a2.publisher == "Kompas.com"  # "publisher" when there is no "source"


def test_jsonl_bad_json_line_is_e005_with_line_number():
    e = raises("E005", read, "bad_json.jsonl")
    assert "line 2 of" in str(e)
    assert "bad_json.jsonl" in str(e)


def test_jsonl_non_object_is_e005():
    e = raises("E005", read, "not_object.jsonl")
    assert "line 1 of" in str(e) and "not a JSON object" in str(e)


def test_jsonl_record_without_text_is_e006():
    e = raises("E006", read, "no_text.jsonl")
    assert "line 2 of" in str(e) and "'text'" in str(e)


@pytest.mark.parametrize("text", ["", "   ", None, 42])
def test_jsonl_blank_or_non_string_text_is_e006(tmp_path, text):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    raises("E006", lambda: list(read_path(p)))


def test_jsonl_duplicate_id_is_e016():
    e = raises("E016", read, "duplicate_id.jsonl")
    assert "'a1'" in str(e)


def test_jsonl_reads_lazily_records_before_an_error_are_yielded():
    it = read_path(DATA / "bad_json.jsonl")
    assert next(it).id == "a1"
    with pytest.raises(InputError, match=r"^\[E005\]"):
        next(it)


def test_jsonl_real_article_file():
    path = SHARED / "corpus" / "articles_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = list(read_path(path))
    assert len(articles) == len(records)
    assert len({a.id for a in articles}) == len(articles)
    for rec, a in zip(records, articles):
        assert a.id == rec["id"]
        assert a.text == rec["text"]
        assert a.lang == (rec.get("lang") or None)
        if rec.get("title_is_url_slug"):
            assert a.title is None
        else:
            assert a.title == rec.get("title")


# --- folders ---------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_known_suffixes_only():
    articles = read("folder")
    assert [a.id for a in articles] == ["b", "a", "j1", "j2"]  # b.txt, sub/a.txt, sub/c.jsonl
    assert articles[1].origin == str(DATA / "folder" / "sub" / "a.txt")


def test_folder_suffixes_are_case_insensitive_like_files(tmp_path):
    (tmp_path / "B.TXT").write_text("The president of Russia said so.", encoding="utf-8")
    (tmp_path / "a.JSONL").write_text('{"id": "j", "text": "The president said so."}\n', encoding="utf-8")
    (tmp_path / "c.Md").write_text("not an article", encoding="utf-8")
    assert [a.id for a in read_path(tmp_path)] == ["B", "j"]


def test_iter_articles_keeps_argument_order():
    ids = [a.id for a in iter_articles([DATA / "id.txt", str(DATA / "en.txt")])]
    assert ids == ["id", "en"]


def test_empty_folder_yields_nothing(tmp_path):
    assert list(read_path(tmp_path)) == []


# --- errors ---------------------------------------------------------------------------------


def test_missing_file_is_e001(tmp_path):
    e = raises("E001", lambda: list(read_path(tmp_path / "nope.txt")))
    assert "nope.txt" in str(e)


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt"])
def test_empty_file_is_e002(name):
    raises("E002", read, name)


def test_empty_jsonl_is_e002(tmp_path):
    p = tmp_path / "e.jsonl"
    p.write_bytes(b"\n\n")
    raises("E002", lambda: list(read_path(p)))


def test_binary_file_is_e003():
    raises("E003", read, "binary.txt")


def test_binary_jsonl_is_e003(tmp_path):
    p = tmp_path / "b.jsonl"
    p.write_bytes(b'{"id": "x"}\x00\x00\x00')
    raises("E003", lambda: list(read_path(p)))


def test_unsupported_suffix_is_e004():
    e = raises("E004", read, "notes.md")
    assert "'.md'" in str(e)


def test_no_suffix_is_e004(tmp_path):
    p = tmp_path / "README"
    p.write_text("text", encoding="utf-8")
    e = raises("E004", lambda: list(read_path(p)))
    assert "(none)" in str(e)


# --- decoding -------------------------------------------------------------------------------


def test_cp1252_is_decoded_with_a_warning():
    with pytest.warns(KGWarning, match="not valid UTF-8, decoded as CP1252"):
        (a,) = read("cp1252.txt")
    assert "café" in a.text
    assert "\u201cLe Monde\u201d" in a.text
    assert len(a.warnings) == 1 and "CP1252" in a.warnings[0]


def test_cp1252_jsonl_warning_is_kept_on_every_record(tmp_path):
    p = tmp_path / "w.jsonl"
    p.write_bytes(b'{"id": "1", "text": "caf\xe9 one"}\n{"id": "2", "text": "caf\xe9 two"}\n')
    with pytest.warns(KGWarning):
        articles = list(read_path(p))
    assert [a.text for a in articles] == ["café one", "café two"]
    assert all(len(a.warnings) == 1 for a in articles)


def test_latin1_fallback_when_not_cp1252():
    # 0x81 is undefined in CP1252 but is a (control) character in Latin-1
    with pytest.warns(KGWarning, match="Latin-1"):
        text, warns = decode(b"caf\xe9 \x81 ok", "x")
    assert text == "caf\xe9 \x81 ok" and "Latin-1" in warns[0]


def test_utf8_decodes_without_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text, warns = decode("Moskwa – Jenewa".encode("utf-8"), "x")
    assert text == "Moskwa – Jenewa" and warns == []
