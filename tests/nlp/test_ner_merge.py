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


def test_one_word_bodies_named_once_and_run_together_names_are_dropped():
    nlp, doc = _doc("The War on Terror and Casey and North met .", "en", [(3, 4, "ORG"), (5, 8, "PER")])
    assert not [s for s in read_spans(doc) if s.start >= 3]
