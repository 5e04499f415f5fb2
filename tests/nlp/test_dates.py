import datetime as dt

from kg.nlp.dates import find_dates

REF = dt.date(2017, 6, 15)  # a Thursday


def values(text, lang="id", ref=REF):
    return [d.value for d in find_dates(text, lang, ref)]


def test_indonesian_forms():
    assert values("pada Rabu (14/6) dan Sabtu (31/12/2016)") == ["2017-06-14", "2016-12-31"]
    assert values("pada Rabu lalu") == ["2017-06-14"]
    assert values("5 Agustus 2017, kemarin") == ["2017-08-05", "2017-06-14"]
    assert values("sejak tahun 2006") == ["2006"]
    assert values("minggu lalu") == []  # a week, not Sunday


def test_day_month_after_the_article_is_last_year():
    assert values("(20/12)") == ["2016-12-20"]


def test_english_forms():
    assert values("on Monday and last Thursday", "en") == ["2017-06-12", "2017-06-08"]
    assert values("March 27, 1987 and June 1", "en") == ["1987-03-27", "2017-06-01"]
    assert values("they may meet", "en") == []


def test_no_reference_date_only_absolute():
    assert values("Senin (7/8) dan 1/2/2019", ref=None) == ["2019-02-01"]
