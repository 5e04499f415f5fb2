"""Arguments of a relation found away from its trigger's own phrase, for ``kg_relations``
(:mod:`kg.nlp.components.relations` mixes these in):

* the head of a relative clause whose passive verb is the trigger ("Pasukan Suriah yang didukung
  Iran": Syria is supported);
* the agent named in a relative clause after the noun criticised ("mengecam serangan yang dilakukan
  Israel": Israel is criticised);
* an event read before, taken up by a noun phrase ("mengecam tindakan tersebut");
* the state of a place attacked when the target is a place ("menyerang sejumlah pos polisi" in a
  sentence about Rakhine);
* an object that names what a state said or decided ("attacked Britain's stance": criticism);
* a date between a subject and its verb, which the subject search steps over ("Kenya on Tuesday
  condemned ...");
* the parties after "between", also when the second follows "dengan" ("perang antara Israel dengan
  gerakan Islam Hamas").

They read the component's cue words (``self.cues``), its event history (``self._history``) and
the knowledge base (``self.kb``).
"""
from __future__ import annotations

import datetime as dt

from kg.nlp.components.actors import Actor
from kg.nlp.components.cues import Cues
from kg.nlp.gazetteer import KnowledgeBase
from kg.nlp.tokens import Toks


OBJECT_WINDOW = 4  # an object not introduced by a preposition starts this close to the trigger


class RemoteArguments:
    # set by the component (kg.nlp.components.relations.Relations)
    cues: Cues
    kb: KnowledgeBase
    anaphor_relations: frozenset[str]
    anaphora: dict[str, list[tuple[tuple[str, ...], str]]]
    _history: list[tuple[str, Actor]]
    _date_ref: dt.date | None
    data: object
    verbal_targets: frozenset[str]
    calendar: frozenset[str]
    ambiguous_months: frozenset[str]
    date_preps: frozenset[str]
    def _relative_head(self, t: Toks, actors: list[Actor], s: int) -> list[Actor]:
        """The head of a relative clause whose verb is the passive trigger at ``s``: "Pasukan
        Suriah yang didukung Iran", "the rebels, who are backed by Rwanda" → the patient."""
        k = s - 1
        while k >= 0 and t.lower[k] in self.cues.passive_auxiliaries:
            k -= 1
        if k < 1 or t.lower[k] not in self.cues.relativizers:
            return []
        k -= 1 if t.words[k - 1] == "," else 0
        # the actor may be a modifier of the head noun: "the Syrian army, which ..."
        return [a for a in actors if k - 2 <= a.end <= k and all(w.isalpha() and w.islower() for w in t.words[a.end : k])][-1:]

    def _relative_agent(self, t: Toks, e: int, rel: str, actors: list[Actor]) -> Actor | None:
        """The agent of what is criticised, in a relative clause after its noun: "mengecam serangan
        yang dilakukan Israel", "condemned the attack that Israel carried out"."""
        if rel not in self.anaphor_relations:
            return None
        r = e
        while r < min(t.n, e + 4) and t.lower[r] not in self.cues.relativizers and t.lower[r] not in self.cues.complementizers:
            if not (t.words[r].isalpha() and t.words[r].islower()):
                return None  # the noun of the object: lower-case words only
            r += 1
        if r == e or r >= min(t.n, e + 4):
            return None
        return next((a for a in actors if r + 1 <= a.start <= r + 2 and a.named
                     and all(t.words[i].isalpha() for i in range(r + 1, a.start))), None)

    def _anaphor(self, t: Toks, e: int, rel: str) -> Actor | None:
        """"mengecam tindakan tersebut", "called for the embargo to be lifted": the actor of an
        event read before."""
        if rel not in self.anaphor_relations:
            return None
        lower = t.lower
        for i in range(e, min(t.n, e + OBJECT_WINDOW)):
            for words, want in self.anaphora.get(lower[i], ()):
                if tuple(w for w in lower[i : i + len(words) + 2] if not w.isspace())[: len(words)] != words:
                    continue
                for r, a in reversed(self._history):
                    if want == "*" or r == want:
                        return Actor(i, i + len(words), a.key, a.lifted, a.type, (t.idx[i], t.ends[i + len(words) - 1]), "reference")
                return None
        return None

    def _place_target(self, sent, actors: list[Actor], subj: Actor, s: int) -> Actor | None:
        """"ARSA menyerang sejumlah pos polisi" in a sentence about Rakhine: the place's state."""
        best = None
        for a in actors:
            if a.type != "Place" or a.is_state:
                continue
            e = self.kb.entities.get(a.key)
            if e is None or not e.country or e.country == subj.lifted:
                continue
            if best is None or abs(a.start - s) < abs(best.start - s):
                best = a
        if best is None:
            return None
        country = self.kb.country_at(self.kb.entities[best.key].country, self._date_ref)
        return Actor(best.start, best.end, country, country, "Country", best.char, "reference")

    def _said_thing(self, t: Toks, o: Actor) -> bool:
        """Whether the object names what a state said or decided ("Britain's stance", "kebijakan Israel")."""
        if self.data.GENITIVE_AFTER_NOUN:
            return o.start > 0 and t.lower[o.start - 1] in self.verbal_targets
        return o.end + 1 < t.n and t.words[o.end] in ("'s", "’s") and t.lower[o.end + 1] in self.verbal_targets

    def _date_word(self, t: Toks, k: int) -> bool:
        """A word of a date between a subject and its verb: "Kenya on Tuesday condemned ...", "Brazil
        in March accused ...", "Rusia pada Senin (31/10) mengecam ..."."""
        w, cal = t.lower[k], self.calendar
        if w in cal and (t.cap[k] or w not in self.ambiguous_months):
            return True
        if w[:1].isdigit() or w in ("(", ")"):
            return any(0 <= j < t.n and t.lower[j] in cal for j in (k - 2, k - 1, k + 1, k + 2))
        return w in self.date_preps and k + 1 < t.n and (t.lower[k + 1] in cal or t.lower[k + 1][:1].isdigit())

    def _between_group(self, t: Toks, right: list[Actor]) -> list[Actor]:
        """The parties after "between"/"antara": "X and Y" (coordinated), or "X dengan (a few words)
        Y"."""
        group = self._coordinated(t, right, right[0], forward=True) if right else []  # type: ignore[attr-defined]
        if len(group) == 1 and len(right) > 1:
            head, nxt = right[0], right[1]
            gap = t.words[head.end:nxt.start]
            if gap and t.lower[head.end] in self.cues.with_words and len(gap) <= 4 and all(w.isalpha() for w in gap):
                group = [head, nxt]
        return group

    def _described_member(self, t: Toks, a: Actor) -> bool:
        """A body named as what the subject is a member of: "Turkey, a NATO member, criticised ...",
        "Malaysia, salah satu anggota OKI, mengecam ..." (but "Anggota ARSA menyerang ...": the
        members act for the body)."""
        if a.type != "Organization":
            return False
        if a.end < t.n and t.lower[a.end] in self.member_words:  # type: ignore[attr-defined]
            return True
        return a.start > 1 and t.lower[a.start - 1] in self.members_before \
            and t.lower[a.start - 2] in self.member_cues  # type: ignore[attr-defined]
