"""Relative dates count from the day a dateline gives, else from the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import prepare
from kg.model import Article
from kg.nlp.dates import reference_date
from kg.nlp.extract import extract


def _prepared(text: str, date: dt.date | None, lang: str = "en") -> Article:
    return prepare(Article(id="t", text=text, date=date), lang)


@pytest.mark.parametrize("text,date,lang,expected", [
    ("OTTAWA, Nov. 9 (Reuters) - Canada and Mexico signed a trade accord on Tuesday.",
     dt.date(2021, 11, 10), "en", dt.date(2021, 11, 9)),
    ("LIMA, 2 Mei (ANTARA) - Peru dan Chile menandatangani perjanjian dagang pada Senin.",
     dt.date(2019, 5, 3), "id", dt.date(2019, 5, 2)),
    ("June 4, 2008\n\nKenya and Uganda agreed on Monday to settle the island dispute.",
     None, "en", dt.date(2008, 6, 4)),
    ("NAIROBI (Reuters) - Kenya and Uganda agreed on Monday to settle the island dispute.",
     dt.date(2008, 6, 4), "en", dt.date(2008, 6, 4)),  # no date in the dateline: publication date
    ("OTTAWA, Nov. 9 (Reuters) - Canada and Mexico signed a trade accord.",
     None, "en", None),  # a day without a year and no publication date: nothing to count from
])
def test_reference_date(text, date, lang, expected):
    assert reference_date(_prepared(text, date, lang)) == expected


def test_dateline_field_of_a_record():
    a = Article(id="t", text="Greece and Turkey held talks today.", date=dt.date(1987, 3, 28),
                dateline="UNITED NATIONS, March 29 -")
    assert reference_date(prepare(a, "en")) == dt.date(1987, 3, 29)


def test_event_dates_count_from_the_dateline():
    # filed on Tuesday 9 November, published Wednesday: "on Monday" is 8 November
    a = _prepared("OTTAWA, Nov. 9 (Reuters) - Canada held talks with Mexico on Monday.",
                  dt.date(2021, 11, 10))
    assert a.dateline == "OTTAWA" and a.publisher == "Reuters"
    dates = {f.date for f in extract(a).facts if f.relation == "meetsWith"}
    assert dates == {"2021-11-08"}
