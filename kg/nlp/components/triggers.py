"""Trigger phrases of the relation rules: read from the language data, found in the token table.

A phrase (``kg/nlp/lang/*/triggers.py``) names its relations ("meetsWith+requestsAssistance":
one phrase, two facts), its argument frame and a prior confidence. Besides words it may hold a
gap: ``…`` (a few words, no actor: "mengirimkan … ke"), ``~`` (a few words that may hold the
agent: "sanksi ~ terhadap"), ``@`` (the object: an actor and those coordinated with it:
"bernegosiasi dengan @ agar") or ``<class>`` (a word of a class of the language data: "sent
<delegate> to"). What the frames make of a match is :mod:`kg.nlp.components.relations`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from kg.nlp import lang as langdata
from kg.nlp.components.actors import Actor
from kg.nlp.components.cues import Cues
from kg.nlp.spans import longest_first
from kg.nlp.tokens import Toks

GAP, AGENT_GAP, OBJECT_SLOT = "…", "~", "@"
MAX_GAP = 4


@dataclass(frozen=True, slots=True)
class Trigger:
    phrase: str
    relations: tuple[str, ...]  # "meetsWith+requestsAssistance" in the data: one phrase, two facts
    frame: str
    prior: float
    pattern: tuple  # words, gap markers or ("class", name)
    words: frozenset[str] = frozenset()  # the phrase's own words (its negation is its meaning: "anggota tidak tetap")

    @property
    def content_relations(self) -> tuple[str, ...]:
        """The relations it may give ("requestsAssistance|demands": either, by what is asked)."""
        return tuple(r for rel in self.relations for r in rel.split("|"))


# (start, end, trigger, agent found in a "~" gap, object of an "@" slot)
Match = tuple[int, int, Trigger, "Actor | None", "Actor | None"]


@lru_cache(maxsize=None)
def lexicon(nlp: Language) -> dict[str, dict[str | None, list[Trigger]]]:
    """First word → second word (None: a gap, or a one-word phrase) → triggers, longest first."""
    data = langdata.get(nlp.lang)
    out: dict[str, list[Trigger]] = {}
    for phrase, (rel, frame, conf) in data.TRIGGERS.items():
        pattern: list = []
        for part in phrase.split():
            if part in (GAP, AGENT_GAP, OBJECT_SLOT):
                pattern.append(part)
            elif part.startswith("<") and part.endswith(">"):
                pattern.append(("class", part[1:-1]))
            else:
                pattern.extend(tok.lower_ for tok in nlp.tokenizer(part))
        trig = Trigger(phrase, tuple(rel.split("+")), frame, conf, tuple(pattern),
                       frozenset(w for w in pattern if isinstance(w, str)))
        second = pattern[1] if len(pattern) > 1 and isinstance(pattern[1], str) and pattern[1] not in (GAP, AGENT_GAP, OBJECT_SLOT) else None
        out.setdefault(pattern[0], {}).setdefault(second, []).append(trig)
    for by_second in out.values():
        for v in by_second.values():
            v.sort(key=lambda x: -len(x.pattern))
    return out


class TriggerMatcher:
    """Finds the trigger phrases of one language in a document's token table."""

    def __init__(self, nlp: Language, cues: Cues) -> None:
        self.lexicon = lexicon(nlp)
        self.cues = cues

    def __call__(self, t: Toks, actors: list[Actor]) -> list[Match]:
        """The trigger phrases of the document, longest first where they overlap, in order."""
        lex = self.lexicon
        actor_at = {a.start: a for a in actors}
        in_actor = {i for a in actors if a.named for i in range(a.start, a.end)}
        found = []
        lower, space, n = t.lower, t.space, t.n
        for i in [i for i, w in enumerate(lower) if w in lex]:
            if i in in_actor:
                continue
            by_second = lex[lower[i]]
            j = i + 1
            while j < n and space[j]:
                j += 1
            two = by_second.get(lower[j]) if j < n else None
            one = by_second.get(None)
            if two is None and one is None:
                continue
            cands = sorted(two + one, key=lambda x: -len(x.pattern)) if two and one else (two or one)
            for trig in cands:
                m = self._match(t, i, trig.pattern, actor_at)
                if m is not None:
                    found.append((i, m[0], (trig, m[1], m[2])))
                    break
        return [(s, e, trig, agent, obj) for s, e, (trig, agent, obj) in longest_first(found)]


    def _match(self, t: Toks, i: int, pattern: tuple, actor_at: dict[int, Actor]) -> tuple[int, Actor | None, Actor | None] | None:
        lower, n, space = t.lower, t.n, t.space
        cues = self.cues
        j, agent, obj = i, None, None
        k = 0
        while k < len(pattern):
            el = pattern[k]
            if el == OBJECT_SLOT:
                a = actor_at.get(j)
                if a is None and j + 1 < n and lower[j] in cues.state_nouns:  # "menyeru Pemerintah AS"
                    a = actor_at.get(j + 1)
                    a = a if a is not None and a.is_state else None
                if a is None or a.type in ("Agreement",):
                    return None
                obj = a
                j = a.end
                while True:  # "dengan China dan Rusia agar": the slot takes the coordinated actors
                    g = j
                    while g < n and g - j < 2 and lower[g] in cues.coord:
                        g += 1
                    b = actor_at.get(g) if g > j else None
                    if b is None:
                        break
                    j = b.end
                k += 1
                continue
            if isinstance(el, tuple) and k + 1 == len(pattern):  # a class word ends the phrase: that word, next
                if j >= n or lower[j] not in cues.classes[el[1]]:
                    return None
                j += 1
                k += 1
                continue
            if el == GAP or el == AGENT_GAP or isinstance(el, tuple):
                nxt = pattern[k + 1] if k + 1 < len(pattern) else None
                limit = min(n, j + MAX_GAP + 1)
                g = j
                if isinstance(el, tuple):
                    cls = cues.classes[el[1]]
                    if not any(lower[x] in cls for x in range(j, limit) if nxt is None or lower[x] != nxt):
                        return None
                while g < limit and (nxt is None or lower[g] != nxt):
                    if lower[g] in cues.breaks or t.words[g] in (".", ";", ":"):
                        return None
                    a = actor_at.get(g)
                    if a is not None:
                        if el != AGENT_GAP or agent is not None:
                            return None
                        agent = a
                        g = a.end
                        continue
                    g += 1
                if nxt is None or g >= limit or lower[g] != nxt:
                    return None
                j = g
                k += 1
                continue
            while j < n and j > i and space[j]:
                j += 1
            if j < n and j > i and lower[j] != el:  # "had lunch today with", "bertemu pula dengan"
                g = j
                while g < n and g - j < 2 and lower[g] in cues.skippable:
                    g += 1
                if g > j and g < n and lower[g] == el:
                    j = g
            if j >= n or lower[j] != el:
                return None
            j += 1
            k += 1
        return j, agent, obj

