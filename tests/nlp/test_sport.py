"""Sports reporting gives no political facts from its trigger words; politics that mentions a
sport once keeps its facts."""
from __future__ import annotations

from tests.nlp.conftest import triples


def test_a_sports_sentence_gives_no_trigger_facts(run):
    x = run("The tennis star from Spain toured Australia and met Serbia's champion in the quarter-final.", "en")
    assert not [f for f in x.facts if f.relation in ("visits", "meetsWith")]
    x = run("Timnas Indonesia menyerang Malaysia sepanjang laga semifinal dan mencetak dua gol.", "id")
    assert not [f for f in x.facts if f.relation == "attacks"]


def test_in_a_sports_article_every_sentence_is_sports_reporting(run):
    text = ("Chile beat Peru 2-1 in Santiago on Sunday. The striker scored twice before half-time and the "
            "goalkeeper saved a late shot.\n\nPeru attacked Chile for most of the second half.")
    assert ("attacks", "country:PER", "country:CHL") not in triples(run(text, "en"))


def test_politics_that_names_a_sport_keeps_its_facts(run):
    x = run("Russia attacked Ukraine on Monday. The Olympic committee met in Paris.", "en")
    assert ("attacks", "country:RUS", "country:UKR") in triples(x)
    x = run("The United States criticised China over the Olympic Games in Beijing.", "en")
    assert ("criticizes", "country:USA", "country:CHN") in triples(x)
