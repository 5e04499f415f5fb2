"""A title in an apposition after the name: the body it is of, past a determiner, an adjective, a
preposition and words for the body's kind; a rank before the name. Sanctions lifted, and embargoes on
goods. Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.nlp.components.persons import person_key
from tests.nlp.test_rules import roles


@pytest.mark.parametrize("text,lang,person,aff,role", [
    # words for the body's kind between the title and the body
    ("Rahmat, juru bicara kelompok Tentara Pembebasan Papua, membantah tuduhan itu.", "id", "Rahmat",
     "org:tentara-pembebasan-papua", "spokesperson"),
    ("Rami Khoury, spokesman for the Amal militia, said the village was shelled.", "en", "Rami Khoury",
     "org:amal", "spokesperson"),
    # a determiner and an adjective before the title, an adjective after it
    ("Siti Rahma, seorang pejabat senior dari Kementerian Luar Negeri Malaysia, mengatakan hal itu.", "id",
     "Siti Rahma", "country:MYS", "official"),
    ("Ahmed Qurei, a senior official with the Palestine Liberation Organisation, said talks would resume.", "en",
     "Ahmed Qurei", "org:plo", "official"),
    # a rank before the name, then the apposition
    ("Mayor Ahmad Yani, juru bicara Front Pembebasan Islam Moro, mengatakan hal itu.", "id", "Ahmad Yani",
     "org:milf", "spokesperson"),
])
def test_a_title_after_the_name_takes_the_body_it_is_of(run, text, lang, person, aff, role):
    x = run(text, lang)
    assert (person_key(person), aff, role) in roles(x)
    assert len([m for m in x.mentions if m.key == person_key(person)]) == 1


def test_a_state_that_starts_a_bodys_name_is_no_affiliation(run):
    x = run("Colonel John Smith, spokesman for the Sudan People's Liberation Army, said so.", "en")
    assert not [r for r in roles(x) if r[1] == "country:SDN"]


@pytest.mark.parametrize("text,lang", [
    ("Washington lifted sanctions against Libya last year.", "en"),
    ("The U.N. sanctions on Iraq were lifted in 2003.", "en"),
    ("Amerika Serikat mencabut sanksi terhadap Sudan.", "id"),
    ("Uni Eropa melonggarkan sanksi terhadap Iran.", "id"),
])
def test_lifting_sanctions_imposes_none(run, text, lang):
    assert not [f for f in run(text, lang).facts if f.relation == "sanctions"]


def test_calling_for_sanctions_to_be_lifted_is_still_a_demand(run):
    x = run("The European Union imposed sanctions on Cuba in 1996. Spain has repeatedly called for the "
            "sanctions to be lifted.", "en")
    assert {(f.relation, f.subject, f.object) for f in x.facts} >= {
        ("sanctions", "org:eu", "country:CUB"), ("demands", "country:ESP", "org:eu")}


@pytest.mark.parametrize("text,pair", [
    ("The European Union imposed an embargo on arms sales to Iran.", ("org:eu", "country:IRN")),
    ("The U.S. embargo on oil exports to Cuba remains in force.", ("country:USA", "country:CUB")),
])
def test_an_embargo_on_goods_to_a_state_sanctions_it(run, text, pair):
    assert [(f.subject, f.object) for f in run(text, "en").facts if f.relation == "sanctions"] == [pair]


def test_an_embargo_still_to_be_lifted_is_in_force(run):
    x = run("The EU embargo on arms exports to China is likely to be lifted next year.", "en")
    assert [(f.subject, f.object) for f in x.facts if f.relation == "sanctions"] == [("org:eu", "country:CHN")]


@pytest.mark.parametrize("text,lang,pair", [
    ("Natuna, wilayah Indonesia di Laut China Selatan, dijaga ketat.", "id", ("place:natuna", "country:IDN")),
    ("Pulau Rote, salah satu pulau Indonesia, dikunjungi turis.", "id", (None, "country:IDN")),
])
def test_a_place_described_as_a_kind_of_place_of_a_state_lies_in_it(run, text, lang, pair):
    located = [(f.subject, f.object) for f in run(text, lang).facts if f.relation == "locatedIn"]
    assert len(located) == 1 and located[0][1] == pair[1] and (pair[0] is None or located[0][0] == pair[0])


def test_a_name_may_start_with_a_capitalised_connector(run):
    x = run("President Dos Santos of Angola proposed new talks.", "en")
    assert (person_key("Dos Santos"), "country:AGO", "headOfState") in roles(x)


def test_leaving_for_a_state_is_a_visit(run):
    x = run("The Guinean president left for Kuwait on Friday.", "en")
    assert [(f.subject, f.object) for f in x.facts if f.relation == "visits"] == [("country:GIN", "country:KWT")]


@pytest.mark.parametrize("text,place", [
    ("Troops entered the troubled western Mexican state of Guerrero.", "Guerrero"),
    ("Corfu, a Greek island, took in refugees.", "Corfu"),
])
def test_a_kind_of_place_makes_a_name_a_place(run, text, place):
    x = run(text, "en")
    assert [m.key for m in x.mentions if m.text == place and m.key.startswith("place:")]
    assert not [m for m in x.mentions if m.text == place and m.key.startswith("person:")]


def test_an_adjective_before_capital_of_is_not_the_capital(run):
    x = run("Fighting continued in the Chechen capital of Grozny on Monday.", "en")
    assert not [f for f in x.facts if f.relation == "locatedIn" and f.rule.endswith("capital-of")]


def test_a_place_before_the_comma_is_no_name_for_the_title(run):
    x = run("Troops left Grozny, the commander of Russian forces, General Ivan Petrov, said.", "en")
    assert not [r for r in roles(x) if r[0].startswith("place") or "grozny" in r[0]]


@pytest.mark.parametrize("text,person,state,role", [
    # a known state's acronym in brackets after it: the title stays a title
    ("Presiden Amerika Serikat (AS) Barack Obama tiba di Jakarta.", "Barack Obama", "country:USA", "headOfState"),
    ("Menteri Luar Negeri Amerika Serikat (AS) John Kerry tiba di Jakarta.", "John Kerry", "country:USA", "foreignMinister"),
])
def test_a_title_before_a_state_and_its_acronym(run, text, person, state, role):
    assert (person_key(person), state, role) in roles(run(text, "id"))


def test_taking_office_names_the_title(run):
    x = run("Zulkifli Hasan terpilih menjadi Ketua Umum PAN.", "id")
    assert (person_key("Zulkifli Hasan"), "org:pan", "official") in roles(x)


def test_a_visit_with_words_between_kunjungan_and_ke(run):
    x = run("Menlu Retno Marsudi melakukan kunjungan bilateral ke Ethiopia.", "id")
    assert [f.object for f in x.facts if f.relation == "visits"] == ["country:ETH"]


@pytest.mark.parametrize("text", [
    "Mohammad Rahim, juru bicara Jaish Ahrar al Nasr, mengatakan hal itu.",
    "\"Kami diserang,\" kata Mohammad Rahim, juru bicara Jaish Ahrar al Nasr.",
])
def test_in_indonesian_the_words_after_an_apposed_title_are_its_body(run, text):
    x = run(text, "id")
    assert [(r[0], r[2]) for r in roles(x)] == [(person_key("Mohammad Rahim"), "spokesperson")]
    assert not [m for m in x.mentions if m.text.startswith("Jaish") and m.key.startswith("person:")]


def test_a_list_of_titled_names_is_no_apposition(run):
    x = run("Hadir Menko Polhukam Luhut Pandjaitan, Menkes Nila Moeloek, Menteri Agama Lukman Hakim, "
            "Menhan Ryamizard Ryacudu dan lainnya.", "id")
    assert not [r for r in roles(x) if r[1].startswith("person:")]


@pytest.mark.parametrize("text,lang", [
    ("Russia has been waiting for a decade to join the WTO.", "en"),
    ("Kiev's bid to join NATO angered Moscow.", "en"),
    ("Ukraina ingin bergabung dengan NATO.", "id"),
])
def test_a_body_still_to_join_gives_no_membership(run, text, lang):
    assert not [f for f in run(text, lang).facts if f.relation == "memberOf"]


def test_a_joined_body_gives_membership(run):
    x = run("Poland joined NATO in 1999.", "en")
    assert [(f.subject, f.object, f.modality) for f in x.facts if f.relation == "memberOf"] == [
        ("country:POL", "org:nato", "asserted")]


def test_an_adjective_of_the_office_before_an_apposed_title(run):
    x = run("Wolfgang Ischinger, the political director of Germany's foreign ministry, said he met three "
            "Russian deputy foreign ministers.", "en")
    assert (person_key("Wolfgang Ischinger"), "country:DEU", "official") in roles(x)
    assert [(f.subject, f.object) for f in x.facts if f.relation == "meetsWith"] == [("country:DEU", "country:RUS")]


@pytest.mark.parametrize("text,lang", [
    ("Russia sent troops to Syria. The country also criticised Turkey.", "en"),
    ("Rusia mengirim pasukan ke Suriah. Negara itu juga mengecam Turki.", "id"),
])
def test_the_country_is_the_state_last_named_as_a_subject(run, text, lang):
    x = run(text, lang)
    assert [(f.subject, f.object) for f in x.facts if f.relation == "criticizes"] == [("country:RUS", "country:TUR")]


def test_a_common_word_is_no_town_at_a_sentence_start(run):
    x = run("Negara itu mengecam Turki.", "id")
    assert not [m for m in x.mentions if m.text == "Negara"]


def test_a_state_ministers_title(run):
    x = run("Menteri Negara Pemuda dan Olah Raga Adhyaksa Dault tiba di Jakarta.", "id", "2009-08-20")
    assert not [r for r in roles(x) if "pemuda" in r[0]]


def test_a_body_then_a_name_after_an_indonesian_title(run):
    x = run("Juru bicara William Hill, Graham Sharpe, mengatakan hal itu.", "id")
    assert (person_key("Graham Sharpe"), "org:william-hill", "spokesperson") in roles(x)
    # a list of titled names is no body and name
    y = run("Hadir Mendagri Tjahjo Kumolo, Mensos Khofifah, dan lainnya.", "id", "2017-06-01")
    assert not [r for r in roles(y) if r[1].startswith("person:")]


@pytest.mark.parametrize("text,lang,pair", [
    ("The agreement between Israel and Jordan was signed in 1994.", "en", ("country:ISR", "country:JOR")),
    ("Perjanjian antara Indonesia dan Malaysia ditandatangani pada 2010.", "id", ("country:IDN", "country:MYS")),
])
def test_an_agreement_between_two_parties(run, text, lang, pair):
    assert [(f.subject, f.object) for f in run(text, lang).facts if f.relation == "agreesWith"] == [pair]


@pytest.mark.parametrize("text,pair", [
    ("Japan expressed anger at China's decision.", ("country:JPN", "country:CHN")),
    ("France has been critical of the United States.", ("country:FRA", "country:USA")),
    ("China slammed Japan's decision.", ("country:CHN", "country:JPN")),
    ("Moscow blasted NATO's expansion plans.", ("country:RUS", "org:nato")),
])
def test_more_ways_of_criticising(run, text, pair):
    x = run(text, "en")
    assert [(f.subject, f.object, f.modality) for f in x.facts if f.relation == "criticizes"] == [(*pair, "asserted")]


def test_english_verb_forms_of_the_lexicon():
    from kg.nlp.lang.en.triggers import TRIGGERS

    for phrase in ("slammed", "slapped sanctions on", "hit out at", "travelled to", "traveled to", "left for"):
        assert phrase in TRIGGERS, phrase
    assert not [p for p in TRIGGERS if p.endswith(("slamed", "slaped", "hited"))]


def test_an_event_between_two_people_tied_to_no_state(run):
    x = run("Ani Susanti bertemu dengan Budi Hartono di Paris pada Desember 2006.", "id")
    assert [(f.subject, f.object) for f in x.facts if f.relation == "meetsWith"] == [
        (person_key("Ani Susanti"), person_key("Budi Hartono"))]


@pytest.mark.parametrize("text,lang,state", [
    ("Pesawat mendarat di Bandar Udara Sambuanga, Filipina.", "id", "country:PHL"),
    ("The plane landed at Zamboanga Airport, Philippines.", "en", "country:PHL"),
])
def test_a_place_whose_name_says_what_it_is_before_a_state(run, text, lang, state):
    assert [f.object for f in run(text, lang).facts if f.relation == "locatedIn"] == [state]


@pytest.mark.parametrize("text,lang", [
    ("Hal itu disampaikan wakil Dubes Inggris untuk Indonesia, Julliet Maric, di Jakarta.", "id"),
    ("Deputy Ambassador Julliet Maric of Britain said so.", "en"),
])
def test_a_deputy_ambassador_is_an_official(run, text, lang):
    assert (person_key("Julliet Maric"), "country:GBR", "official") in roles(run(text, lang))
