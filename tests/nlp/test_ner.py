"""The ``kg_ner`` component with the shipped models (loaded, never trained here).

Sentences are written for these tests (not taken from any training or dev set).
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from kg.errors import KGError
from kg.nlp.components import ner as ner_component
from kg.nlp.components.ner import combine, model_path


def spans(doc, key="ner"):
    return {(sp.text, sp.label_) for sp in doc.spans[key]}


@pytest.fixture(scope="module")
def nlp_id():
    nlp = spacy.blank("id")
    nlp.add_pipe("kg_ner")
    return nlp


@pytest.fixture(scope="module")
def nlp_en():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_ner")
    return nlp


@pytest.mark.parametrize("lang", ["id", "en"])
def test_models_ship_in_the_package(lang):
    path = model_path(lang)
    assert (path / "config.cfg").is_file() and (path / "ner" / "model").is_file()
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert size < 15_000_000


def test_indonesian_people_organizations_places(nlp_id):
    doc = nlp_id("Menteri Keuangan Sri Mulyani bertemu Gubernur Bank Indonesia di Surabaya pada Senin pagi.")
    found = spans(doc)
    assert ("Sri Mulyani", "PER") in found
    assert ("Surabaya", "LOC") in found
    assert any(label == "ORG" and "Bank Indonesia" in text for text, label in found)


def test_indonesian_second_sentence(nlp_id):
    doc = nlp_id("Wakil Presiden Hendra Wijaya meninjau banjir di Kabupaten Bandung bersama Basarnas.")
    found = spans(doc)
    assert ("Hendra Wijaya", "PER") in found
    assert any(label == "LOC" and "Bandung" in text for text, label in found)


def test_english_people_organizations_places(nlp_en):
    doc = nlp_en("Thomas Brandt, a spokesman for the United Nations, said the talks in Vienna would continue.")
    assert {("Thomas Brandt", "PER"), ("United Nations", "ORG"), ("Vienna", "LOC")} <= spans(doc)
    doc = nlp_en("Police in Chicago arrested David Miller on Friday, the Federal Bureau of Investigation said.")
    assert {("Chicago", "LOC"), ("David Miller", "PER"), ("Federal Bureau of Investigation", "ORG")} <= spans(doc)


def test_english_second_sentence(nlp_en):
    doc = nlp_en("Maria Gonzalez, who works for the World Health Organization, flew from Nairobi to Geneva.")
    found = spans(doc)
    assert ("Maria Gonzalez", "PER") in found
    assert ("World Health Organization", "ORG") in found
    assert {("Nairobi", "LOC"), ("Geneva", "LOC")} <= found


def test_labels_are_the_ner_scheme(nlp_en, nlp_id):
    for nlp, text in ((nlp_id, "Presiden Prabowo Subianto tiba di Tokyo."), (nlp_en, "Angela Merkel arrived in Tokyo.")):
        doc = nlp(text)
        assert {sp.label_ for sp in doc.spans["ner"]} <= {"PER", "ORG", "LOC", "MISC"}


def test_doc_ents_and_gazetteer_spans_untouched(nlp_id):
    doc = nlp_id.make_doc("Kemarin Joko Santoso dari Partai Maju berkunjung ke Medan.")
    doc.ents = [Span(doc, 0, 1, label="DATE")]
    doc.spans["kg"] = [Span(doc, 8, 9, label="Place", kb_id="place:medan")]
    before_ents = [(e.start, e.end, e.label_) for e in doc.ents]
    before_iob = [t.ent_iob_ for t in doc]
    doc = nlp_id.get_pipe("kg_ner")(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before_ents
    assert [t.ent_iob_ for t in doc] == before_iob
    assert [(sp.start, sp.end, sp.label_, sp.kb_id_) for sp in doc.spans["kg"]] == [(8, 9, "Place", "place:medan")]
    assert "ner" in doc.spans and len(doc.spans["ner"]) >= 1


def test_runs_on_the_kg_pipeline_doc():
    from kg.nlp.pipeline import get_pipeline

    nlp = get_pipeline("en")
    doc = nlp("Prime Minister Kwame Mensah of Ghana met Rolls-Royce managers in Accra.")
    kg_before = [(sp.start, sp.end, sp.label_, sp.kb_id_) for sp in doc.spans["kg"]]
    tagger = ner_component.StatisticalNER(nlp)
    doc = tagger(doc)
    assert [(sp.start, sp.end, sp.label_, sp.kb_id_) for sp in doc.spans["kg"]] == kg_before
    assert ("Kwame Mensah", "PER") in spans(doc)
    assert all(sp.doc is doc for sp in doc.spans["ner"])


def test_pipe_matches_call(nlp_id):
    texts = ["Polisi menangkap Budi Hartono di Makassar.", "Garuda Indonesia membuka rute baru ke Sydney."]
    one = [spans(nlp_id(t)) for t in texts]
    many = [spans(d) for d in nlp_id.pipe(texts)]
    assert one == many


def test_missing_model_is_a_coded_error(tmp_path):
    nlp = spacy.blank("id")
    with pytest.raises(KGError, match=r"\[E018\] NER model not found") as e:
        nlp.add_pipe("kg_ner", config={"model": str(tmp_path / "no-model")})
    assert e.value.code == "E018"


def test_combine_prefers_gazetteer_spans():
    gazetteer = [(3, 5, "LOC")]
    model = [(0, 2, "PER"), (4, 6, "ORG"), (7, 8, "LOC")]
    assert combine(gazetteer, model) == [(0, 2, "PER"), (3, 5, "LOC"), (7, 8, "LOC")]
