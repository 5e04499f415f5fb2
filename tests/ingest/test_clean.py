"""Cleaning of the example article (segments and metadata) and language identification."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import prepare, read_path
from kg.ingest.langid import check_language, detect_language
from kg.model import Article

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "kompas-2020-10-31-armenia-russia.txt"
DATA = ROOT / "tests" / "data" / "ingest"


@pytest.fixture(scope="module")
def article() -> Article:
    (a,) = read_path(EXAMPLE)
    return prepare(a)


def texts(a: Article, kind: str) -> list[str]:
    return [a.text[s.start : s.end] for s in a.segments if s.kind == kind]


def covered(a: Article, needle: str, start: int = 0) -> bool:
    """Does any segment contain (part of) the first occurrence of ``needle`` from ``start``?"""
    at = a.text.index(needle, start)
    return any(s.start < at + len(needle) and at < s.end for s in a.segments)


def test_text_is_not_changed_and_segments_point_into_it(article):
    assert article.text == EXAMPLE.read_text(encoding="utf-8")
    for s in article.segments:
        assert 0 <= s.start < s.end <= len(article.text)
        seg = article.text[s.start : s.end]
        assert seg.strip()
        if s.kind != "meta":  # a dateline segment ends after its dash and space
            assert seg == seg.strip()
    starts = [s.start for s in article.segments]
    assert starts == sorted(starts)
    for a, b in zip(article.segments, article.segments[1:]):
        assert a.end <= b.start  # no overlap


def test_title(article):
    title = "Perang Mendekati Wilayah Armenia, Yerevan Minta Bantuan Rusia"
    assert article.title == title
    assert texts(article, "title") == [title]
    assert article.segments[0].kind == "title" and article.segments[0].start == 0


def test_publisher_and_date_from_the_publisher_line(article):
    assert article.publisher == "Kompas.com"
    assert article.date == dt.date(2020, 10, 31)
    # the "Kompas.com - 31/10/2020, 17:17 WIB" line is no body text
    assert not any("17:17 WIB" in t for t in texts(article, "body"))


def test_metadata_from_a_jsonl_record_wins_over_the_text():
    a = Article(id="x", text=EXAMPLE.read_text(encoding="utf-8"), date=dt.date(2020, 11, 1), publisher="Antara")
    prepare(a)
    assert a.date == dt.date(2020, 11, 1) and a.publisher == "Antara"


def test_dateline(article):
    assert article.dateline == "YEREVAN"
    body = texts(article, "body")
    assert body[0].startswith("Perdana Menteri Armenia Nikol Pashinyan secara resmi")
    assert not any("KOMPAS.com –" in t for t in body)


def test_caption_is_detected_and_is_not_body(article):
    assert article.caption is not None
    assert article.caption.startswith("Perdana Menteri Armenia Nikol Pashinian berhenti sejenak")
    assert "AP/Tigran Mehrabyan" in article.caption
    (caption,) = texts(article, "caption")
    assert caption == article.caption
    # the caption text (and its repeated copy) is in no body segment
    assert not any("Pashinian berhenti sejenak" in t for t in texts(article, "body"))
    # the caption's repeated copy after the credit belongs to no segment at all
    credit = article.text.index("AP/Tigran Mehrabyan")
    assert not covered(article, "Perdana Menteri Armenia Nikol Pashinian", credit)


def test_body_segments(article):
    body = texts(article, "body")
    assert len(body) == 10
    assert body[-1].startswith("Dia meminta bantuan Moskwa")
    assert "Pakta Pertahanan Kolektif ( CSTO)" in " ".join(body)


def test_baca_juga_paragraphs_are_in_no_segment(article):
    text = article.text
    at = 0
    found = 0
    while (at := text.find("Baca juga:", at)) >= 0:
        end = text.index("\n", at)
        assert not any(s.start < end and at < s.end for s in article.segments), text[at:end]
        at = end
        found += 1
    assert found == 2
    assert not covered(article, "Tak Mau Gencatan Senjata")
    assert not covered(article, "Halaman:")


def test_cited_source(article):
    assert article.cited_sources == ["Al Arabiya"]  # "dilansir dari Al Arabiya" and "Sumber Al Arabiya", once


def test_nothing_after_the_comments_marker_is_in_a_segment(article):
    marker = article.text.index("Rekomendasi untuk anda")
    assert all(s.end <= marker for s in article.segments)
    for tail in ("Tulis komentar", "Syarat & Ketentuan", "Laporkan Komentar", "Close Ads", "25th"):
        assert not covered(article, tail, marker), tail


def test_language_of_the_example(article):
    assert article.lang == "id"


def test_forced_language_is_kept():
    (a,) = read_path(EXAMPLE)
    assert prepare(a, "en").lang == "en"


def test_tail_marker_before_the_story_does_not_cut_it():
    text = "Komentar Presiden Rusia tentang Armenia\n\nPresiden Rusia mengatakan bahwa kedua negara akan bekerja sama dan bahwa itu sudah disepakati.\n"
    a = prepare(Article(id="t", text=text))
    assert len([s for s in a.segments if s.kind == "body"]) == 1


def test_english_source_line_and_skip_prefixes():
    text = (
        "Russia and Armenia Talk Again\n\n"
        "MOSCOW, Reuters - The president of Russia said on Monday that the two countries would talk, according to Reuters.\n\n"
        "Read more: Something else entirely\n\n"
        "Advertisement\n\n"
        "It was the first such meeting in a year, and it was held in the capital.\n\n"
        "Source: Reuters\n\n"
        "Comments\n\n"
        "This is a comment that must not be read by the pipeline at all.\n"
    )
    a = prepare(Article(id="t", text=text))
    assert a.lang == "en"
    assert a.title == "Russia and Armenia Talk Again"
    assert a.dateline == "MOSCOW" and a.publisher == "Reuters"
    assert a.cited_sources == ["Reuters"]
    body = texts(a, "body")
    assert len(body) == 2
    assert body[0].startswith("The president of Russia")
    assert not any("Read more" in t or "Advertisement" in t or "comment" in t for t in body)


# --- language identification ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "lang"), [("en.txt", "en"), ("id.txt", "id")])
def test_detect_language_of_files(name, lang):
    (a,) = read_path(DATA / name)
    assert prepare(a).lang == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government said that it would not change the rules for the people of the country.", "en"),
        ("Pemerintah mengatakan bahwa mereka tidak akan mengubah aturan untuk rakyat negara itu.", "id"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("name", ["de.txt", "symbols.txt"])
def test_text_in_neither_language_is_e007(name):
    (a,) = read_path(DATA / name)
    with pytest.raises(InputError) as info:
        prepare(a)
    assert info.value.code == "E007"
    assert name.removesuffix(".txt") in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger gelten.",
        "@@@ ### !!! 123 456 ***",
        "",
    ],
)
def test_detect_language_refuses(text):
    with pytest.raises(InputError, match=r"^\[E007\] Cannot tell the language of doc"):
        detect_language(text, "doc")


def test_a_record_language_skips_detection():
    (a,) = read_path(DATA / "de.txt")
    a.lang = "en"
    assert prepare(a).lang == "en"


def test_check_language():
    assert check_language("id", "x") == "id"
    assert check_language("en", "x") == "en"
    with pytest.raises(InputError, match=r"^\[E008\] Unsupported language 'de' for x; supported: id, en"):
        check_language("de", "x")
