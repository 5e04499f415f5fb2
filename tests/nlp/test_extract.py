"""The NLP stage on sentences written for these tests (not taken from any example article)."""
from __future__ import annotations

from kg.nlp.components.persons import person_key
from tests.nlp.conftest import triples


def test_titles_give_people_roles_and_meetings_id(run):
    x = run("Presiden Prancis Emmanuel Macron bertemu dengan Kanselir Jerman Olaf Scholz di Berlin, Senin (8/3).", "id")
    roles = {(f.subject, f.object, f.role) for f in x.facts if f.relation == "holdsRole"}
    assert roles == {
        (person_key("Emmanuel Macron"), "country:FRA", "headOfState"),
        (person_key("Olaf Scholz"), "country:DEU", "headOfGovernment"),
    }
    meet = [f for f in x.facts if f.relation == "meetsWith"]
    assert len(meet) == 1 and {meet[0].subject, meet[0].object} == {"country:FRA", "country:DEU"}
    assert meet[0].date == "2021-03-08"
    assert x.entities[meet[0].place].label == "Berlin"


def test_english_roles_demonyms_and_weekday(run):
    x = run("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.", "en")
    assert ("holdsRole", "person:vladimir-putin", "country:RUS") in triples(x)
    assert ("holdsRole", "person:xi-jinping", "country:CHN") in triples(x)
    meet = next(f for f in x.facts if f.relation == "meetsWith")
    assert {meet.subject, meet.object} == {"country:RUS", "country:CHN"}
    assert meet.date == "2021-03-08"  # the Monday before Wednesday 2021-03-10


def test_negation_drops_and_plans_are_marked(run):
    x = run("Jepang tidak menjatuhkan sanksi terhadap Korea Selatan.", "id")
    assert not [f for f in x.facts if f.relation == "sanctions"]
    y = run("Jepang akan menjatuhkan sanksi terhadap Korea Utara.", "id")
    f = next(f for f in y.facts if f.relation == "sanctions")
    assert (f.subject, f.object, f.modality) == ("country:JPN", "country:PRK", "planned")


def test_capital_stands_for_its_state_and_coordination(run):
    x = run("Arab Saudi, Mesir dan Bahrain memutuskan hubungan dengan Doha.", "id")
    assert {(f.subject, f.object) for f in x.facts if f.relation == "sanctions"} == {
        ("country:SAU", "country:QAT"), ("country:EGY", "country:QAT"), ("country:BHR", "country:QAT"),
    }


def test_located_in_only_when_the_gazetteer_agrees(run):
    x = run("Pertemuan itu digelar di Tokyo, Jepang. Ia lahir di Paris, Kanada.", "id")
    located = {(f.subject, f.object) for f in x.facts if f.relation == "locatedIn"}
    assert located == {("place:geonames-1850147", "country:JPN")}


def test_pronoun_and_group_reference(run):
    text = (
        "Perdana Menteri Jepang Yoshihide Suga berbicara kepada Presiden Korea Selatan Moon Jae-in. "
        "Dia meminta bantuan Seoul. Kedua negara menandatangani perjanjian 2021 tentang pertukaran informasi militer."
    )
    x = run(text, "id")
    assert ("requestsAssistance", "country:JPN", "country:KOR") in triples(x)
    parties = {f.subject for f in x.facts if f.relation == "partyTo"}
    assert parties == {"country:JPN", "country:KOR"}
    agreement = next(e for e in x.entities.values() if e.type == "Agreement")
    assert agreement.date == "2021"


def test_offsets_point_into_the_original_text(run):
    text = "Baca juga: Rusia mengecam Ukraina\n\nMenteri Luar Negeri Iran Javad Zarif mengecam Israel pada Selasa (9/3)."
    x = run(text, "id")
    crit = [f for f in x.facts if f.relation == "criticizes"]
    assert [(f.subject, f.object) for f in crit] == [("country:IRN", "country:ISR")]  # nothing from "Baca juga"
    for f in x.facts:
        s0, s1 = f.sentence
        q0, q1 = f.quote
        assert s0 <= q0 < q1 <= s1
        assert text[q0:q1].strip() == text[q0:q1]
    for m in x.mentions:
        assert text[m.start : m.end] == m.text


def test_spelling_variants_link_to_one_person(run):
    x = run("Presiden Ukraina Volodymyr Zelenskyy tiba. Zelenskiy mengatakan Zelenskyy siap.", "id")
    people = {m.key for m in x.mentions if m.type == "Person"}
    assert people == {person_key("Volodymyr Zelenskyy")}


def test_acronym_defines_an_organization(run):
    x = run("Front Pembebasan Nasional Moro (MNLF) menyerang Filipina. MNLF lalu mundur.", "id")
    org = [m for m in x.mentions if m.text == "MNLF"]
    assert len(org) == 2 and len({m.key for m in org}) == 1
    assert ("attacks", org[0].key, "country:PHL") in triples(x)
