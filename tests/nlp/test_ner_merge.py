"""kg_ner_merge: the statistical NER's spans become entities where the rules found none.

The model is not needed: the tests put spans in ``doc.spans["ner"]`` as ``kg_ner`` would.
"""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from kg.nlp.components.ner_merge import NerMerge
from kg.nlp.components.persons import person_key
from kg.nlp.pipeline import COMPONENTS, get_pipeline
from kg.nlp.spans import read_spans


def _doc(text: str, lang: str, ner: list[tuple[int, int, str]]):
    nlp = get_pipeline(lang, ner=False)
    doc = nlp.make_doc(text)
    doc.user_data["article_date"] = dt.date(2021, 3, 10)
    for name in ("kg_paragraphs", "kg_gazetteer", "kg_agreements", "kg_persons"):
        doc = nlp.get_pipe(name)(doc)
    doc.spans["ner"] = [Span(doc, s, e, label=l) for s, e, l in ner]
    return nlp, NerMerge(nlp)(doc)


def test_model_spans_fill_the_gaps_and_the_gazetteer_wins():
    nlp, doc = _doc("Brad Adams of Amnesty International met Sola Hemp of the Narnia Trust in Chile today.", "en",
                    [(0, 2, "PER"), (3, 4, "ORG"), (6, 8, "PER"), (10, 12, "ORG"), (13, 14, "LOC")])
    got = {(s.start, s.end): (s.key, s.label) for s in read_spans(doc)}
    assert got[(0, 2)] == (person_key("Brad Adams"), "Person")
    assert got[(3, 5)] == ("org:amnesty", "Organization")  # the gazetteer's span wins over the model's "Amnesty"
    assert (3, 4) not in got
    assert got[(6, 8)] == (person_key("Sola Hemp"), "Person")
    assert got[(10, 12)] == ("org:narnia-trust", "Organization")
    assert got[(13, 14)][0] == "country:CHL"  # the gazetteer's Chile, not a new place
    assert doc.user_data["kg_new_entities"]["org:narnia-trust"].type == "Organization"


def test_titles_and_courtesy_words_are_not_part_of_the_name_and_junk_is_dropped():
    nlp, doc = _doc("Moves began . Mr Tobias Brandt spoke about Worth US$4bn .", "en",
                    [(0, 1, "PER"), (3, 6, "PER"), (8, 10, "ORG")])
    keys = {s.key for s in read_spans(doc)}
    assert person_key("Tobias Brandt") in keys
    assert not any("moves" in k or "worth" in k for k in keys)


def test_unknown_places_get_no_geonames_id():
    nlp, doc = _doc("Pasukan tiba di Kampung Durian Runtuh kemarin .", "id", [(3, 6, "LOC")])
    (sp,) = [s for s in read_spans(doc) if s.start == 3]
    assert sp.key == "place:kampung-durian-runtuh" and sp.label == "Place"
    assert not doc.user_data["kg_new_entities"][sp.key].ids


def test_pipelines_with_and_without_ner():
    assert "kg_ner" not in get_pipeline("en", ner=False).pipe_names
    assert list(get_pipeline("id", ner=False).pipe_names) == list(COMPONENTS)
    try:
        nlp = get_pipeline("en", ner=True)
    except Exception as e:  # the model is built by training/ner; without it only the rules run
        pytest.skip(f"no NER model: {e}")
    names = nlp.pipe_names
    assert names.index("kg_ner") == names.index("kg_gazetteer") + 1
    assert names.index("kg_ner_merge") == names.index("kg_persons") + 1


def test_run_together_names_are_dropped_and_a_one_word_name_inside_a_sentence_is_kept():
    nlp, doc = _doc("Casey and North met the Vandervelde board .", "en", [(0, 3, "PER"), (5, 6, "ORG")])
    got = _spans(doc)
    assert not [k for k in got if k[0] < 3]
    assert got[(5, 6)] == ("org:vandervelde", "Organization")  # capitalised inside a sentence: a name


# -- where the model's name and the rules' spans disagree about a name's extent ------------------

def _spans(doc):
    return {(s.start, s.end): (s.key, s.label) for s in read_spans(doc)}


def test_a_person_name_the_rules_cut_at_a_place_word_is_the_models_whole_name():
    # the title rule stops "Badrodin" at "Haiti", which the gazetteer reads as the country
    nlp, doc = _doc("Kapolri Jenderal Badrodin Haiti tiba di Medan .", "id", [(2, 4, "PER")])
    got = _spans(doc)
    assert got[(2, 4)] == (person_key("Badrodin Haiti"), "Person")
    assert not any(k == "country:HTI" for k, _ in got.values())  # no separate mention of Haiti
    assert [(r.ns, r.ne) for r in doc.user_data["kg_roles"]] == [(2, 4)]  # the title's role follows the name


def test_a_place_inside_a_longer_model_name_is_no_mention_of_its_own():
    nlp, doc = _doc("Pasukan tiba di Jakarta Pusat dan kantor Bank of Dandong tutup .", "id",
                    [(3, 5, "LOC"), (7, 10, "ORG")])
    got = _spans(doc)
    assert got[(3, 5)] == ("place:jakarta-pusat", "Place")
    assert got[(7, 10)] == ("org:bank-of-dandong", "Organization")
    assert (3, 4) not in got and (9, 10) not in got


def test_a_known_person_inside_a_longer_person_name_keeps_the_id():
    nlp, doc = _doc("Kemarin Megawati Soekarnoputri berbicara .", "id", [(1, 3, "PER")])
    assert _spans(doc)[(1, 3)] == ("person:megawati-sukarnoputri", "Person")


def test_the_rules_keep_states_in_bodies_known_bodies_and_affiliations_before_names():
    nlp, doc = _doc("The U.S. Air Force and Human Rights Watch Asia spoke .", "en", [(1, 4, "ORG"), (5, 9, "ORG")])
    got = _spans(doc)
    assert got[(1, 2)][0] == "country:USA"  # a state's body acts for the state
    assert got[(5, 8)][0] == "org:hrw" and (5, 9) not in got  # a body the knowledge base knows by that name
    nlp, doc = _doc("Presiden Mesir Abdel Fattah al-Sisi tiba .", "id", [(1, 7, "PER")])
    got = _spans(doc)
    assert got[(1, 2)][0] == "country:EGY" and got[(2, 7)][0] == "person:abdel-fatah-el-sisi"


def test_names_run_together_and_misc_spans_leave_the_rules_alone():
    nlp, doc = _doc("Presiden Amerika Serikat Donald Trump tiba .", "id", [(1, 5, "LOC")])
    got = _spans(doc)
    assert got[(1, 3)][0] == "country:USA" and got[(3, 5)][0] == "person:donald-trump"
    nlp, doc = _doc("Talks on the Gulf crisis ended .", "en", [(3, 5, "MISC")])
    assert _spans(doc)[(3, 4)][0] == "place:persian-gulf"


def test_the_models_names_replace_a_titled_persons_phrase_and_take_its_role():
    nlp, doc = _doc("Ketua Umum PKB Abdul Kadir tiba di Surabaya .", "id", [(2, 3, "ORG"), (3, 5, "PER")])
    got = _spans(doc)
    assert (2, 5) not in got
    assert got[(2, 3)][1] == "Organization"
    assert got[(3, 5)] == (person_key("Abdul Kadir"), "Person")
    assert [(r.ns, r.ne, r.role) for r in doc.user_data["kg_roles"]] == [(3, 5, "official")]


def test_an_untitled_unknown_person_the_model_reads_as_a_body_becomes_one():
    nlp, doc = _doc("Mr Blue Bird said so .", "en", [(1, 3, "ORG")])
    assert _spans(doc)[(1, 3)] == ("org:blue-bird", "Organization")


def test_without_prefer_model_extent_the_rules_win_every_overlap():
    nlp = get_pipeline("id", ner=False)
    doc = nlp.make_doc("Kapolri Jenderal Badrodin Haiti tiba di Jakarta Pusat .")
    for name in ("kg_paragraphs", "kg_gazetteer", "kg_agreements", "kg_persons"):
        doc = nlp.get_pipe(name)(doc)
    doc.spans["ner"] = [Span(doc, 2, 4, label="PER"), Span(doc, 6, 8, label="LOC")]
    got = _spans(NerMerge(nlp, prefer_model_extent=False)(doc))
    assert got[(3, 4)][0] == "country:HTI" and (2, 4) not in got and (6, 8) not in got


# -- names the rules and the model disagree on (general rules; sentences written for the tests) ---------


def test_a_capitalised_word_may_open_with_a_bracket_or_capitalise_a_part_after_a_hyphen():
    from kg.nlp.components.ner_merge import capitalised

    assert capitalised("Jokowi") and capitalised("(Jokowi)") and capitalised("al-Assad") and capitalised("se-Jawa")
    assert not capitalised("kota") and not capitalised("(kira-kira)") and not capitalised(")")


def test_one_word_at_the_start_of_a_one_sentence_text_is_a_name_unless_a_common_word():
    assert _spans(_doc("Hendrawan menolak tuduhan itu .", "id", [(0, 1, "PER")])[1])[(0, 1)] == \
        (person_key("Hendrawan"), "Person")
    assert _spans(_doc("BAPPEDAL menolak tuduhan itu .", "id", [(0, 1, "ORG")])[1])[(0, 1)][1] == "Organization"
    assert not _spans(_doc("Belakangan tuduhan itu dicabut .", "id", [(0, 1, "PER")])[1])  # a stop word
    # an article of more sentences that never writes it capitalised inside one: a capitalised common word
    assert (0, 1) not in _spans(_doc("Tuntutan datang . Para buruh menolak .", "id", [(0, 1, "ORG")])[1])


def test_a_name_may_hold_a_number_after_a_word():
    got = _spans(_doc("Ia bersekolah di SMA Negeri 3 Cimahi sejak kecil .", "id", [(3, 7, "ORG")])[1])
    assert got[(3, 7)] == ("org:sma-negeri-3-cimahi", "Organization")
    assert not _spans(_doc("Harga naik 30 Persen kemarin .", "id", [(2, 4, "ORG")])[1])  # a name does not start with one


def test_a_kind_of_place_in_lower_case_before_a_known_place_widens_the_mention_and_keeps_the_entity():
    got = _spans(_doc("Warga mengungsi dari kota Surabaya kemarin .", "id", [(3, 5, "LOC")])[1])
    assert got[(3, 5)][0].startswith("place:geonames-") and (4, 5) not in got
    got = _spans(_doc("Banjir melanda desa Sukamaju kemarin .", "id", [(2, 4, "LOC")])[1])
    assert got[(2, 4)] == ("place:sukamaju", "Place")  # an unknown one: the model's whole mention, its name the entity
    got = _spans(_doc("Flooding hit the town of Surabaya .", "en", [(2, 6, "LOC")])[1])
    assert (2, 6) not in got  # English writes the head first only in "of" phrases: no such name


def test_a_town_the_model_reads_as_a_person_is_the_person():
    got = _spans(_doc("Keputusan itu final , ujar Ahmad Sukarja di Bandung .", "id", [(5, 7, "PER")])[1])
    assert got[(5, 7)] == (person_key("Ahmad Sukarja"), "Person")
    got = _spans(_doc("Keputusan itu final , ujar Ahmad di Bandung .", "id", [(5, 6, "PER")])[1])
    assert got[(5, 6)] == (person_key("Ahmad"), "Person")
    got = _spans(_doc("Keputusan itu final , ujar Ahmad di Jakarta .", "id", [(7, 8, "PER")])[1])
    assert got[(7, 8)][1] == "Place"  # a capital may stand for its government: it stays


def test_a_town_after_a_preposition_of_place_stays_a_place():
    got = _spans(_doc("Chirac held talks with Kohl in Bonn .", "en", [(6, 7, "PER")])[1])
    assert got[(6, 7)][1] == "Place"
    got = _spans(_doc("Menteri itu berbicara di Bandung kemarin .", "id", [(4, 5, "PER")])[1])
    assert got[(4, 5)][1] == "Place"
    got = _spans(_doc("The decision was welcomed by Bonn Smith .", "en", [(5, 7, "PER")])[1])
    assert got[(5, 7)][1] == "Person"  # "by" is no preposition of place


def test_a_model_person_after_an_article_is_no_person():
    # "the Bill", "the Obama administration": a name takes no article
    nlp, doc = _doc("The Bill was backed by the Greens after the Jensen administration fell.", "en",
                    [(0, 2, "PER"), (9, 10, "PER")])
    assert not [s for s in read_spans(doc) if s.label == "Person"]
    nlp, doc = _doc("The report by Lars Jensen was backed by the Greens.", "en", [(3, 5, "PER")])
    assert [(s.start, s.end) for s in read_spans(doc) if s.label == "Person"] == [(3, 5)]


def test_model_names_a_hyphen_joins_without_spaces_are_one_name():
    nlp, doc = _doc("Ben-Gurion met the Mapai leaders.", "en", [(0, 1, "PER"), (2, 3, "PER")])
    assert [(s.start, s.end) for s in read_spans(doc) if s.label == "Person"] == [(0, 3)]
    nlp, doc = _doc("The Lund - Malmo line was closed.", "en", [(1, 2, "LOC"), (3, 4, "LOC")])
    assert (1, 4) not in {(s.start, s.end) for s in read_spans(doc)}  # spaced: two names


def test_a_one_word_name_that_ends_a_person_named_before_is_that_person():
    text = "Kandidat Andi Wijayakusuma tiba . Tim kampanye Wijayakusuma setuju ."
    got = _spans(_doc(text, "id", [(1, 3, "PER"), (7, 8, "LOC")])[1])
    assert got[(7, 8)] == (person_key("Andi Wijayakusuma"), "Person")
    got = _spans(_doc("Tim kampanye Wijayakusuma setuju .", "id", [(2, 3, "LOC")])[1])
    assert got[(2, 3)][1] == "Place"  # nobody of that name before: the model's reading stands


def test_a_day_after_a_place_is_no_part_of_its_name():
    got = _spans(_doc("Mereka bertemu di Amman Ahad lalu .", "id", [(3, 5, "LOC")])[1])
    assert (3, 5) not in got and got[(3, 4)][1] in ("Place", "City", "Country")
