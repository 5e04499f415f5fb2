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
    assert values("minggu lalu") == ["2017-06"]  # last week (5-11 June), not last Sunday
    assert values("Minggu lalu") == ["2017-06"]


def test_day_month_after_the_article_is_last_year():
    assert values("(20/12)") == ["2016-12-20"]


def test_english_forms():
    assert values("on Monday and last Thursday", "en") == ["2017-06-12", "2017-06-08"]
    assert values("March 27, 1987 and June 1", "en") == ["1987-03-27", "2017-06-01"]
    assert values("they may meet", "en") == []


def test_no_reference_date_only_absolute():
    assert values("Senin (7/8) dan 1/2/2019", ref=None) == ["2019-02-01"]


def test_relative_weeks_months_years():
    assert values("Jumat pekan lalu") == ["2017-06-09"]
    assert values("pekan depan") == ["2017-06"]
    assert values("akhir Juli lalu") == ["2016-07"]
    assert values("bulan lalu dan tahun lalu") == ["2017-05", "2016"]
    assert values("Senin kemarin") == ["2017-06-12"]
    assert values("on Friday last week", "en") == ["2017-06-09"]
    assert values("last month, last year and last week", "en") == ["2017-05", "2016", "2017-06"]
    assert values("in December 2004 and in March", "en") == ["2004-12", "2017-03"]
    assert values("the treaty of 1997 (1991)", "en") == ["1997", "1991"]


def test_week_across_months_gives_nothing():
    assert values("pekan lalu", ref=dt.date(2017, 6, 1)) == ["2017-05"]  # 22-28 May lies in one month
    assert values("last week", "en", ref=dt.date(2017, 6, 8)) == []  # 29 May - 4 June


def test_planned_weekday_reads_forward():
    (d,) = find_dates("will hold talks in Beijing on Thursday", "en", dt.date(2017, 6, 13))  # a Tuesday
    assert d.value == "2017-06-08" and d.future == "2017-06-15"
