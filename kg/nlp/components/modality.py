"""Whether the clause of a trigger asserts its fact: clause bounds, negation, denial, hedges,
conditions, claims and plans (the cue words are language data, :mod:`kg.nlp.components.cues`).

* a negation just before the trigger ("tidak", "not"; not "tidak hanya", "not only") or a
  denial before it in the sentence ("membantah", "denied that") → no fact;
* a hedge ("mungkin", "may", "is expected to") or a condition or wish ("jika", "agar", "if")
  → no fact;
* a claim ("X mengklaim ...", "X claims ...") → ``claimed``, with the claimant;
* an event called off ("postponed", "cancelled", "ditunda") → no fact;
* a plan or schedule ("akan", "dijadwalkan", "will", an infinitive "to join") → ``planned``.
"""
from __future__ import annotations

from kg.nlp.components.actors import Actor
from kg.nlp.components.cues import Cues
from kg.nlp.components.structures import Sentence
from kg.nlp.tokens import Toks

RIGHT_WINDOW = 14  # a clause after its trigger is read this far at most


def clause_start(t: Toks, cues: Cues, sent: Sentence, s: int) -> tuple[int, tuple[int, int]]:
    """Where the clause of a trigger at ``s`` starts, and the token range set aside in it: a
    relative clause closed by a comma before the trigger ("China and Israel, which have no
    relations, discussed ...") is stepped over, its actors are no arguments ((0, 0): none)."""
    lower, words = t.lower, t.words
    aside = (0, 0)
    i = s - 1
    while i >= sent.start:
        w = lower[i]
        if w in cues.breaks:
            if w in cues.relativizers and i > sent.start and words[i - 1] == "," and "," in words[i + 1 : s]:
                close = i + 1 + words[i + 1 : s].index(",")
                aside = (i, close + 1)
                i -= 2
                continue
            return i + 1, aside
        i -= 1
    return sent.start, aside


def clause_end(t: Toks, cues: Cues, sent: Sentence, e: int) -> int:
    lower = t.lower
    hi = min(sent.end, e + RIGHT_WINDOW)
    for i in range(e, hi):
        w = lower[i]
        if w in cues.breaks:
            return i
    return hi


def clause_modality(t: Toks, cues: Cues, sent: Sentence, cstart: int, s: int, e: int,
                    own: frozenset[str] = frozenset()) -> tuple[str, int | None] | None:
    """None when the clause does not assert the fact; else (modality, claim cue position). ``own``:
    the trigger phrase's words, whose negation is its meaning ("anggota tidak tetap", "tak sepakat")."""
    lower = t.lower
    for i in range(max(cstart, s - 3), e):
        if lower[i] in cues.negations and (i + 1 >= t.n or lower[i + 1] not in cues.not_negating) \
                and not (i >= s and lower[i] in own):
            return None
    before = lower[cstart:s]
    if not cues.denials.isdisjoint(lower[sent.start : s]):  # "X denied that it had ..."
        return None
    if any(lower[i] in cues.hedges and not (t.cap[i] and i > sent.start) for i in range(max(cstart, s - 5), e - 1)):
        return None  # also inside the trigger ("may attack"); a capitalised one inside a sentence is a
        # month or a name ("the May 17 attack")
    if _called_off(t, cues, sent, cstart, s, e, cues.cancellations, cues.cancelled_after):
        return None
    if cstart > sent.start and lower[cstart - 1] in cues.irrealis:
        return None
    if not cues.irrealis.isdisjoint(before):
        return None
    for i in range(s - 1, sent.start - 1, -1):
        if lower[i] in cues.claims:
            return "claimed", i
    if not cues.planned.isdisjoint(lower[max(cstart, s - 4) : s + 1]):  # "akan ...", "would sanction"
        return "planned", None
    if _future_after(t, cues, sent, e):  # "talks with Israel would resume": not held yet
        return "planned", None
    if s > cstart and lower[s - 1] in cues.infinitive:  # "to join", "to threaten": not done yet
        return "planned", None
    k = next((i for i in range(s - 2, max(cstart, s - 4) - 1, -1) if lower[i] in cues.infinitive), None)
    if k is not None and all(t.words[i].isalpha() and t.words[i].islower() for i in range(k + 1, s)):
        return "planned", None  # "agreed to reopen talks", "to hold a summit": a plan, not yet held
    return "asserted", None


def _future_after(t: Toks, cues: Cues, sent: Sentence, e: int) -> bool:
    """A plan word ("would", "will", "akan") right after the trigger's object, before any comma,
    conjunction or clause break: the event is the subject of a verb still to come."""
    lower = t.lower
    for i in range(e, min(sent.end, e + 4)):
        w = lower[i]
        if w in cues.future_aux:
            return i > e
        if w in cues.breaks or w in cues.coord or w in cues.speech_verbs:
            return False
    return False


def _called_off(t: Toks, cues: Cues, sent: Sentence, cstart: int, s: int, e: int, before: dict, after: dict) -> bool:
    """Whether the clause says the event was called off: an active verb a few words before its
    trigger ("Egypt postponed talks with"), or a passive a few words after it ("the visit to Cairo
    was postponed", "kunjungan ke Kairo ditunda"); the phrases by first word."""
    lower = t.lower
    hi = min(clause_end(t, cues, sent, e), e + 6)

    def found(lo: int, hi: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
        return any(tuple(lower[i : i + len(c)]) == c for i in range(lo, hi) for c in phrases.get(lower[i], ()))
    return found(max(cstart, s - 4), s, before) or found(e, hi, after)


def sanctions_lifted(t: Toks, cues: Cues, sent: Sentence, cstart: int, s: int, e: int) -> bool:
    """Whether the clause says the sanctions of its trigger are lifted or eased ("lifted sanctions
    against Libya", "embargo itu dicabut"): the sanctions were there, but none is imposed."""
    return _called_off(t, cues, sent, cstart, s, e, cues.sanctions_ended, cues.sanctions_ended_after)


def claimant_of(sent: Sentence, cue: int, actors: list[Actor]) -> str | None:
    """Who makes a claim: the last actor before its cue that is not the object of a preposition."""
    before = [a for a in actors if sent.start <= a.start and a.end <= cue and a.via != "oblique"]
    return before[-1].lifted if before else None
