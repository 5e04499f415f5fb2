"""The cue words of a language that the relation rules read, as sets (made once per language).

The words themselves are language data (``kg/nlp/lang/*/triggers.py`` and ``names.py``); this
module only gathers them for the trigger matcher (:mod:`kg.nlp.components.triggers`), the clause
reader (:mod:`kg.nlp.components.modality`) and the frames (:mod:`kg.nlp.components.relations`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.nlp import lang as langdata


@dataclass(frozen=True, slots=True)
class Cues:
    classes: dict[str, frozenset[str]]  # word classes of trigger phrases ("<delegate>")
    breaks: frozenset[str]  # a clause ends there (clause breaks and irrealis markers)
    negations: frozenset[str]
    not_negating: frozenset[str]  # after a negation: "tidak hanya", "not only"
    denials: frozenset[str]
    hedges: frozenset[str]
    planned: frozenset[str]
    future_aux: frozenset[str]  # after the trigger's object: "will", "akan"
    irrealis: frozenset[str]
    cancellations: dict[str, tuple[tuple[str, ...], ...]]  # before a trigger, by first word: "postponed", "called off"
    cancelled_after: dict[str, tuple[tuple[str, ...], ...]]  # after it, by first word: "was postponed", "ditunda"
    sanctions_ended: dict[str, tuple[tuple[str, ...], ...]]  # the same for sanctions: "lifted", "dicabut"
    sanctions_ended_after: dict[str, tuple[tuple[str, ...], ...]]
    claims: frozenset[str]
    coord: frozenset[str]
    with_words: frozenset[str]
    between: frozenset[str]
    locative: frozenset[str]
    possessive: tuple[str, ...]  # possessive suffixes ("-nya")
    noun_determiners: frozenset[str]
    patient_preps: frozenset[str]
    non_state_heads: frozenset[str]
    origin_preps: frozenset[str]
    infinitive: frozenset[str]
    content_markers: frozenset[str]
    complementizers: frozenset[str]
    coord_skip: frozenset[str]
    skippable: frozenset[str]
    possessive_pronouns: frozenset[str]
    relativizers: frozenset[str]
    passive_auxiliaries: frozenset[str]  # "was attacked": the subject is the patient
    participles: frozenset[str]  # irregular past participles ("struck", "sent")
    stative_after: frozenset[str]  # "is opposed to": a state, not a passive
    speech_verbs: frozenset[str]  # "kata", "said": a date after them dates the saying
    subject_pronouns: frozenset[str]
    calendar: frozenset[str]  # weekday and month names: "on Friday", "pada Senin", "Amman Ahad"
    ambiguous_months: frozenset[str]  # month names that are also words ("may", "march")
    aid_words: frozenset[str]  # what is asked for names help
    state_nouns: frozenset[str]  # a noun for a state's government before its name ("Pemerintah AS")  # "he joined ...": the subject, known or not


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    d = langdata.get(lang)
    return Cues(
        classes={k: frozenset(v) for k, v in d.WORD_CLASSES.items()},
        breaks=frozenset(d.CLAUSE_BREAKS) | frozenset(d.IRREALIS),
        negations=frozenset(d.NEGATIONS),
        not_negating=frozenset(d.NOT_NEGATING_AFTER),
        denials=frozenset(d.DENIALS),
        hedges=frozenset(d.HEDGES),
        planned=frozenset(d.PLANNED),
        future_aux=frozenset(getattr(d, "FUTURE_AUXILIARIES", d.PLANNED)),
        irrealis=frozenset(d.IRREALIS),
        cancellations=_by_first_word(getattr(d, "CANCELLATIONS", ())),
        cancelled_after=_by_first_word(getattr(d, "CANCELLED_AFTER", ())),
        sanctions_ended=_by_first_word(getattr(d, "SANCTIONS_ENDED", ())),
        sanctions_ended_after=_by_first_word(getattr(d, "SANCTIONS_ENDED_AFTER", ())),
        claims=frozenset(d.CLAIMS),
        coord=frozenset(d.COORD),
        with_words=frozenset(d.WITH_MARKERS),
        between=frozenset(d.BETWEEN_MARKERS),
        locative=frozenset(d.LOCATIVE_PREPS),
        possessive=tuple(d.POSSESSIVE_SUFFIXES),
        noun_determiners=frozenset(d.NOUN_DETERMINERS),
        patient_preps=frozenset(d.PATIENT_PREPS),
        non_state_heads=frozenset(d.NON_STATE_HEADS),
        origin_preps=frozenset(d.ORIGIN_PREPS),
        infinitive=frozenset(d.INFINITIVE_MARKERS),
        content_markers=frozenset(d.CONTENT_MARKERS),
        complementizers=frozenset(d.COMPLEMENTIZERS),
        coord_skip=frozenset(d.COORD_SKIP),
        skippable=frozenset(d.SKIPPABLE),
        possessive_pronouns=frozenset(d.POSSESSIVE_PRONOUNS),
        relativizers=frozenset(d.RELATIVIZERS),
        passive_auxiliaries=frozenset(getattr(d, "PASSIVE_AUXILIARIES", ())),
        participles=frozenset(getattr(d, "PARTICIPLE", {}).values()),
        stative_after=frozenset(getattr(d, "STATIVE_PARTICIPLE_AFTER", ())),
        speech_verbs=frozenset(d.SPEECH_VERBS),
        subject_pronouns=frozenset(d.SUBJECT_PRONOUNS),
        calendar=frozenset(d.WEEKDAYS) | frozenset(d.MONTHS),
        ambiguous_months=frozenset(d.AMBIGUOUS_MONTHS),
        aid_words=frozenset(getattr(d, "AID_WORDS", ())),
        state_nouns=frozenset(getattr(d, "STATE_NOUNS_BEFORE", ())),
    )


def _by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as word tuples, grouped by their first word (a lookup per token, not per phrase)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return {w: tuple(v) for w, v in out.items()}
