"""An event's date: the sentence's, the story's day for an undated sentence, the saying's for a plan
whose only date follows the speech verb."""
from __future__ import annotations


def _dates(x, rel):
    return {f.date for f in x.facts if f.relation == rel}


def test_an_undated_sentence_takes_the_story_day(run):
    text = ("Chile dan Peru menandatangani perjanjian perdagangan di Lima.\n\n"
            '"Ini langkah besar," ujar Menteri Perdagangan Chile, Selasa (9/3).')
    assert _dates(run(text, "id", date="2021-03-10"), "agreesWith") == {"2021-03-09"}


def test_a_date_outside_the_week_is_not_the_story_day(run):
    text = "Chile dan Peru menandatangani perjanjian perdagangan di Lima.\n\nKedua negara berunding sejak 5 Januari 2021."
    assert _dates(run(text, "id", date="2021-03-10"), "agreesWith") == {"2021-03-10"}


def test_a_plan_dated_after_the_speech_verb_takes_the_day_of_saying(run):
    # 2021-03-10 is a Wednesday: "Senin" of the saying is 8 March, not the next Monday
    x = run("Jepang akan menjatuhkan sanksi terhadap Myanmar, kata juru bicara pemerintah, Senin.", "id", date="2021-03-10")
    assert _dates(x, "sanctions") == {"2021-03-08"}


def test_a_plan_with_its_own_weekday_reads_forward(run):
    x = run("Japan will impose sanctions on Myanmar on Monday.", "en", date="2021-03-10")
    assert _dates(x, "sanctions") == {"2021-03-15"}
