"""``kg_relations``: facts from trigger words and argument positions, per sentence.

The trigger lexicon and cue words are language data (``kg/nlp/lang/*/triggers.py``); this
module only knows the frames:

* ``svo``: subject = nearest actor to the left in the clause that is not the object of a
  preposition nor a noun's modifier ("resolusi Amerika Serikat"); a possessive "-nya" on the
  trigger points to the sentence's first actor; object = first actor to the right (after the
  trigger's object preposition when it names one); coordinated actors ("A, B dan C") all take part;
* ``sym``: symmetric: subject left and object right when a "with" word introduces it
  ("berunding dengan B", "war between A and B"), otherwise the coordinated actors to the left
  ("A dan B berunding");
* ``app``: apposition, "sekutu A, B" / "B, sekutu A" / "B sebagai anggota A" → rel(B, A);
* ``ovs``: passive, "A diserang oleh B" / "A mendapat sanksi B" → rel(B, A);
* ``nom``: a noun with its agent after it, "sanksi PBB terhadap Korea Utara" → rel(PBB, Korut).

Trigger phrases may hold a gap: ``…`` (a few words, no actor: "mengirimkan … ke"), ``~`` (a few
words that may hold the agent: "sanksi ~ terhadap") or ``<class>`` (words of a class of the
language data: "sent <delegate> to").

What is not a fact (cue words are language data): a negation just before the trigger or a
denial verb before it in the clause drops the fact; so do hedges ("mungkin", "may", "is expected
to"), conditions and wishes ("jika", "agar", "if", "so that") and questions. Plans and schedules
("akan", "dijadwalkan", "will", "plans to") are kept with ``modality="planned"`` and a lower
confidence. Claims ("X mengklaim ...", "X claims ...", "X accused Y of ...") are kept with
``modality="claimed"`` and the claimant as ``attributed_to``.

Facts only come from title and body segments. Structural facts (roles, places, membership by
apposition, parties to agreements, presence abroad) are in :mod:`kg.nlp.components.structures`.
Each fact's confidence is the calibrated precision of its rule (``kg/nlp/confidence.json``,
written by ``scripts/calibrate.py``) where the calibration has seen it, else the lexicon's prior.
"""
from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.link.linker import FACT_SEGMENTS, SegmentIndex
from kg.model import Fact
from kg.nlp import lang as langdata
from kg.nlp.components.actors import Actor, document_actors
from kg.nlp.components.structures import Sentence, geography_facts, structural_facts
from kg.nlp.dates import DateMention, find_dates
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.spans import longest_first
from kg.nlp.tokens import Toks, toks
from kg.relations import RELATIONS

RIGHT_WINDOW = 14
PLACE_OBJECT = frozenset({"visits", "militaryPresenceIn"})
PLACE_TARGET = frozenset({"attacks"})  # may hit a place itself (the schema: actor → actor/Place)
ORG_OBJECT = frozenset({"memberOf"})
CONFIDENCE_FILE = Path(__file__).resolve().parent.parent / "confidence.json"
GAP, AGENT_GAP, OBJECT_SLOT = "…", "~", "@"
MAX_GAP = 4
OBJECT_WINDOW = 4  # an object not introduced by a preposition starts this close to the trigger
PLACE_SUBJECT = frozenset({"locatedIn"})
LIST_OPENERS = frozenset({"--", "—", "–", ":", ",", "-"})
LOCATIVE_OBJECT_OK = frozenset({"threatens", "attacks"})  # "mengancam akan menyerang ke Korea Selatan"
ORIGIN_OBJECT_OK = frozenset({"requestsAssistance"})  # "appealed for aid from India", "bantuan dari Jepang"
CONTENT_RELATIONS = frozenset({"threatens", "demands", "requestsAssistance"})  # what follows is not a fact


@dataclass(frozen=True, slots=True)
class Trigger:
    phrase: str
    relations: tuple[str, ...]  # "meetsWith+requestsAssistance" in the data: one phrase, two facts
    frame: str
    prior: float
    pattern: tuple  # words, gap markers or ("class", name)


@Language.factory("kg_relations", default_config={"planned_penalty": 0.8})
def make_relations(nlp: Language, name: str, planned_penalty: float) -> "Relations":
    return Relations(nlp, planned_penalty=planned_penalty)


@lru_cache(maxsize=None)
def _lexicon(nlp: Language) -> dict[str, dict[str | None, list[Trigger]]]:
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
        trig = Trigger(phrase, tuple(rel.split("+")), frame, conf, tuple(pattern))
        second = pattern[1] if len(pattern) > 1 and isinstance(pattern[1], str) and pattern[1] not in (GAP, AGENT_GAP, OBJECT_SLOT) else None
        out.setdefault(pattern[0], {}).setdefault(second, []).append(trig)
    for by_second in out.values():
        for v in by_second.values():
            v.sort(key=lambda x: -len(x.pattern))
    return out


@lru_cache(maxsize=1)
def calibrated() -> dict[str, dict[str, float]]:
    """Per-rule and per-group precision from the dev calibration (see ``scripts/calibrate.py``)."""
    if not CONFIDENCE_FILE.is_file():
        return {"rules": {}, "groups": {}}
    data = json.loads(CONFIDENCE_FILE.read_text(encoding="utf-8"))
    return {"rules": {k: v["confidence"] for k, v in data.get("rules", {}).items()},
            "groups": {k: v["confidence"] for k, v in data.get("groups", {}).items()}}


def confidence(rule: str, relation: str, prior: float) -> float:
    """The calibrated precision of ``rule`` (``lang:frame:phrase``), else of its group
    (``relation:frame``), else ``prior``."""
    cal = calibrated()
    if rule in cal["rules"]:
        return cal["rules"][rule]
    parts = rule.split(":")
    group = f"{relation}:{parts[1]}" if len(parts) > 1 else relation
    return cal["groups"].get(group, prior)


class Relations:
    def __init__(self, nlp: Language, *, planned_penalty: float = 0.8) -> None:
        self.nlp = nlp
        self.lang = nlp.lang
        self.data = d = langdata.get(nlp.lang)
        self.kb = knowledge_base()
        self.planned_penalty = planned_penalty
        self.classes = {k: frozenset(v) for k, v in d.WORD_CLASSES.items()}
        self.breaks = frozenset(d.CLAUSE_BREAKS) | frozenset(d.IRREALIS)
        self.negations = frozenset(d.NEGATIONS)
        self.not_negating = frozenset(d.NOT_NEGATING_AFTER)
        self.denials = frozenset(d.DENIALS)
        self.hedges = frozenset(d.HEDGES)
        self.planned = frozenset(d.PLANNED)
        self.irrealis = frozenset(d.IRREALIS)
        self.claims = frozenset(d.CLAIMS)
        self.coord = frozenset(d.COORD)
        self.with_words = frozenset(d.WITH_MARKERS)
        self.between = frozenset(d.BETWEEN_MARKERS)
        self.locative = frozenset(d.LOCATIVE_PREPS)
        self.agent_preps = frozenset(d.AGENT_PREPS)
        self.possessive = tuple(d.POSSESSIVE_SUFFIXES)
        self.noun_determiners = frozenset(d.NOUN_DETERMINERS)
        self.patient_preps = frozenset(d.PATIENT_PREPS)
        self.place_targets = frozenset({"attacks"})
        self.non_state_heads = frozenset(d.NON_STATE_HEADS)
        self.origin_preps = frozenset(d.ORIGIN_PREPS)
        self.infinitive = frozenset(d.INFINITIVE_MARKERS)
        self.content_markers = frozenset(d.CONTENT_MARKERS)
        self.complementizers = frozenset(d.COMPLEMENTIZERS)
        self.coord_skip = frozenset(d.COORD_SKIP)
        self.skippable = frozenset(d.SKIPPABLE)
        self.possessive_pronouns = frozenset(d.POSSESSIVE_PRONOUNS)
        self.relativizers = frozenset(d.RELATIVIZERS)
        self.anaphor_relations = frozenset({"criticizes", "demands", "supports"})
        self.anaphora: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, want in d.EVENT_ANAPHORA.items():
            words = tuple(phrase.split())
            self.anaphora.setdefault(words[0], []).append((words, want))

    # -- the component -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        t = toks(doc)
        actors = document_actors(doc, t, self.kb, self.data)
        starts = [a.start for a in actors]
        matches = self._triggers(t, actors)
        ref: dt.date | None = doc.user_data.get("article_date")
        self._date_ref = ref
        facts: list[Fact] = []
        self._history: list[tuple[str, Actor]] = []  # (relation, subject) of events read so far
        self._trig_starts: set[int] = set()
        self._aside = (0, 0)
        self._pending: list[tuple[str, Actor]] = []  # this sentence's, added to the history after it
        segments = SegmentIndex(doc)
        mi = 0
        for ss, se in t.sentences():
            kind = segments.kind(t.idx[ss])
            lo, hi = bisect_left(starts, ss), bisect_left(starts, se)
            in_sent = actors[lo:hi]
            while mi < len(matches) and matches[mi][0] < ss:
                mi += 1
            mj = mi
            while mj < len(matches) and matches[mj][0] < se:
                mj += 1
            if kind == "caption":  # a caption states no news, but its geography can be checked
                facts += geography_facts(Sentence(doc, t, ss, se, self.lang), in_sent, self.kb)
            if kind not in FACT_SEGMENTS or (not in_sent):
                continue
            sent = Sentence(doc, t, ss, se, self.lang)
            if mi < mj:
                used: set[int] = set()
                dates = cache(partial(self._sentence_dates, t, ss, se, ref))  # found when a fact needs a date
                self._trig_starts = {m[0] for m in matches[mi:mj]}
                content_from = se  # after a threat, demand or request, what is asked or threatened
                question = t.words[se - 1] == "?" or (se - 2 >= ss and t.words[se - 2] == "?")
                for s, e, trig, agent, obj in matches[mi:mj]:
                    if question:
                        break
                    if s >= content_from:
                        continue
                    found = self._apply(t, sent, s, e, trig, agent, obj, in_sent, actors, dates, ref, used)
                    facts += found
                    if found and any(r in CONTENT_RELATIONS for r in trig.relations):
                        # "meminta X untuk ...", "called on X to ...": what is asked is not a fact
                        k = e if t.lower[e - 1] in self.content_markers else \
                            next((i for i in range(e, min(se, e + 8)) if t.lower[i] in self.content_markers), None)
                        if k is not None:
                            content_from = min(content_from, k)
            facts += structural_facts(sent, in_sent, self.kb, self.data)
            self._history += self._pending
            self._pending = []
            mi = mj
        doc.user_data["kg_facts"] = _dedupe(facts)
        return doc

    # -- trigger matching ----------------------------------------------------------------------
    def _triggers(self, t: Toks, actors: list[Actor]) -> list[tuple[int, int, Trigger, Actor | None]]:
        lex = _lexicon(self.nlp)
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
        j, agent, obj = i, None, None
        k = 0
        while k < len(pattern):
            el = pattern[k]
            if el == OBJECT_SLOT:
                a = actor_at.get(j)
                if a is None or a.type in ("Agreement",):
                    return None
                obj = a
                j = a.end
                while True:  # "dengan China dan Rusia agar": the slot takes the coordinated actors
                    g = j
                    while g < n and g - j < 2 and lower[g] in self.coord:
                        g += 1
                    b = actor_at.get(g) if g > j else None
                    if b is None:
                        break
                    j = b.end
                k += 1
                continue
            if el == GAP or el == AGENT_GAP or isinstance(el, tuple):
                nxt = pattern[k + 1] if k + 1 < len(pattern) else None
                limit = min(n, j + MAX_GAP + 1)
                g = j
                if isinstance(el, tuple):
                    cls = self.classes[el[1]]
                    if not any(lower[x] in cls for x in range(j, limit) if nxt is None or lower[x] != nxt):
                        return None
                while g < limit and (nxt is None or lower[g] != nxt):
                    if lower[g] in self.breaks or t.words[g] in (".", ";", ":"):
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
                while g < n and g - j < 2 and lower[g] in self.skippable:
                    g += 1
                if g > j and g < n and lower[g] == el:
                    j = g
            if j >= n or lower[j] != el:
                return None
            j += 1
            k += 1
        return j, agent, obj

    # -- frames --------------------------------------------------------------------------------
    def _apply(self, t: Toks, sent: "Sentence", s: int, e: int, trig: Trigger, agent: Actor | None, forced: Actor | None,
               actors: list[Actor], all_actors: list[Actor], dates: Callable[[], list[DateMention]], ref: dt.date | None, used: set[int]) -> list[Fact]:
        frame = trig.frame
        cstart = self._clause_start(t, sent, s)
        status = self._modality(t, sent, cstart, s, e)
        if status is None:
            return []
        modality, cue = status
        end = self._clause_end(t, sent, e)
        a0, a1 = self._aside
        left = [a for a in actors if cstart <= a.start and a.end <= s and not a0 <= a.start < a1]
        right = [a for a in actors if e <= a.start < end]
        multi = len(trig.relations) > 1
        out: list[Fact] = []
        for rel in trig.relations:
            rule = f"{self.lang}:{frame}:{trig.phrase}" + (f"#{rel}" if multi else "")
            pairs = self._pairs(t, sent, s, e, rel, trig, agent, forced, actors, left, right, cstart, used)
            if pairs and pairs[0] == "place-target":
                rule += ":place-target"
                pairs = pairs[1:]
            if not pairs:
                continue
            is_event = RELATIONS[rel].is_event
            date = self._date(t, dates, t.idx[s], ref, modality) if is_event else None
            place = self._place(t, right) if is_event else None
            conf = confidence(rule, rel, trig.prior)
            if modality == "planned":
                conf *= self.planned_penalty
            claimant = None
            if modality == "claimed" and cue is not None:
                claimant = self._claimant(t, sent, cue, all_actors)
            quote = (t.idx[s], t.ends[e - 1])
            for subj, obj in pairs:
                f = self._fact(sent, rel, subj, obj, quote, conf, rule, modality, date, place)
                if f is not None:
                    f.attributed_to = claimant if claimant != f.subject else None
                    out.append(f)
        return out

    def _pairs(self, t: Toks, sent, s: int, e: int, rel: str, trig: Trigger, agent, forced, actors, left, right,
               cstart: int, used: set[int]) -> list:
        frame = trig.frame
        symmetric = RELATIONS[rel].symmetric
        pairs: list = []
        if frame in ("svo", "sym", "nom"):
            if forced is None and (t.lower[e - 1] in self.between or (e < t.n and t.lower[e] in self.between)):
                group = self._coordinated(t, right, right[0], forward=True) if right else []
                return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
            if forced is not None:
                pool = [a for a in actors if a.start >= forced.start]
                obj = self._coordinated(t, pool, forced, forward=True)
            else:
                obj = self._object(t, right, e, rel, trig, frame)
            subj = [agent] if agent is not None else self._subject(t, sent, left, actors, s, cstart, used)
            if subj and RELATIONS[rel].is_event:
                self._pending.append((rel, subj[0]))
            if not obj and subj and not symmetric:
                anaphor = self._anaphor(t, e, rel)
                if anaphor is not None:
                    obj = [anaphor]
                elif rel in self.place_targets and subj[0].named and subj[0].start >= cstart \
                        and not (s > 0 and (t.lower[s - 1] in self.noun_determiners or t.words[s - 1] in ("'s", "’s"))):
                    target = self._place_target(sent, actors, subj[0], s)
                    if target is not None:
                        return ["place-target", *((a, target) for a in subj)]
            if obj and subj:
                used.update(b.start for b in obj)
                pairs = [(a, b) for a in subj for b in obj]
                if rel == "memberOf":  # "A and B join X from Y": members of Y before
                    k = obj[-1].end
                    if k + 1 < t.n and t.lower[k] in self.origin_preps:
                        src = next((a for a in actors if a.start in (k + 1, k + 2) and a.type == "Organization"), None)
                        if src is not None and (k + 1 == src.start or t.lower[k + 1] in self.coord_skip):
                            pairs += [(a, src) for a in subj]
                return pairs
            if obj and frame == "sym" and obj[0].start == e:
                # "pertemuan Jokowi dan Xi": the participants follow the noun
                return [(a, b) for i, a in enumerate(obj) for b in obj[i + 1 :]]
            if not obj and symmetric and not (s > 0 and (t.lower[s - 1] in self.noun_determiners or t.lower[s - 1] in self.infinitive)):
                head = self._nearest(left, used, s)
                if head is not None:
                    group = self._coordinated(t, left, head, forward=False)
                    return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]
            return []
        if frame == "app":
            return self._apposition(t, left, right, s, e, [a for a in actors if a.start >= e])
        if frame == "ovs":
            ag = [a for a in right if a.start <= e + 2]
            if not ag:
                return []
            ag = self._coordinated(t, right, ag[0], forward=True)
            k = ag[-1].end
            patient: list[Actor] = []
            if k + 1 < t.n and t.lower[k] in self.patient_preps:  # "blamed by A and B on C"
                patient = [a for a in right if a.start == k + 1]
            if not patient:
                head = self._nearest(left, set(), s)
                patient = self._coordinated(t, left, head, forward=False) if head is not None else []
            return [(a, b) for a in ag for b in patient]
        return pairs

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

    def _modality(self, t: Toks, sent: "Sentence", cstart: int, s: int, e: int) -> tuple[str, int | None] | None:
        """None when the clause does not assert the fact; else (modality, claim cue position)."""
        lower = t.lower
        for i in range(max(cstart, s - 3), e):
            if lower[i] in self.negations and (i + 1 >= t.n or lower[i + 1] not in self.not_negating):
                return None
        before = lower[cstart:s]
        if any(w in self.denials for w in lower[sent.start : s]):  # "X denied that it had ..."
            return None
        if any(w in self.hedges for w in lower[max(cstart, s - 5) : s]):
            return None
        if cstart > sent.start and lower[cstart - 1] in self.irrealis:
            return None
        if any(w in self.irrealis for w in before):
            return None
        for i in range(s - 1, sent.start - 1, -1):
            if lower[i] in self.claims:
                return "claimed", i
        if any(w in self.planned for w in lower[max(cstart, s - 4) : s + 1]):  # "akan ...", "would sanction"
            return "planned", None
        if s > cstart and lower[s - 1] in self.infinitive:  # "to join", "to threaten": not done yet
            return "planned", None
        return "asserted", None

    def _claimant(self, t: Toks, sent: "Sentence", cue: int, actors: list[Actor]) -> str | None:
        before = [a for a in actors if sent.start <= a.start and a.end <= cue and a.via != "oblique"]
        return before[-1].lifted if before else None

    def _clause_start(self, t: Toks, sent: "Sentence", s: int) -> int:
        """Where the clause of a trigger at ``s`` starts; a relative clause closed by a comma
        before the trigger ("China and Israel, which have no relations, discussed ...") is
        stepped over (and its actors are set aside in ``self._aside``)."""
        lower, words = t.lower, t.words
        self._aside = (0, 0)
        i = s - 1
        while i >= sent.start:
            w = lower[i]
            if w in self.breaks:
                if w in self.relativizers and i > sent.start and words[i - 1] == "," and "," in words[i + 1 : s]:
                    close = i + 1 + words[i + 1 : s].index(",")
                    self._aside = (i, close + 1)
                    i -= 2
                    continue
                return i + 1
            i -= 1
        return sent.start

    def _clause_end(self, t: Toks, sent: "Sentence", e: int) -> int:
        lower = t.lower
        hi = min(sent.end, e + RIGHT_WINDOW)
        for i in range(e, hi):
            w = lower[i]
            if w in self.breaks:
                return i
        return hi

    def _nearest(self, left: list[Actor], used: set[int], s: int = -1) -> Actor | None:
        fallback = None
        for a in reversed(left):
            if a.type in ("Place", "Agreement") and not a.is_state:
                continue
            if a.via == "oblique" or a.start in used:
                continue
            if a.possessive and a.end + 1 != s:  # "China's part in the talks"
                continue
            if a.genitive:
                fallback = fallback or a
                continue
            return a
        return fallback

    def _subject(self, t: Toks, sent: "Sentence", left: list[Actor], actors: list[Actor], s: int, cstart: int, used: set[int]) -> list[Actor]:
        w = t.lower[s]
        if s > sent.start and t.lower[s - 1] in self.possessive_pronouns:
            # "its invasion of Iraq": the owner is the state or body named last, whatever its role
            before = [a for a in actors if a.end <= s - 1 and a.via != "group"]
            owner = next((a for a in reversed(before) if a.is_state), None) or \
                next((a for a in reversed(before) if a.type == "Organization"), None)
            return [owner] if owner is not None else []
        if w.endswith(self.possessive) and w not in self.possessive:
            first = next((a for a in actors if a.via != "oblique" and a.start < s), None)
            return [first] if first else []
        head = self._nearest(left, used, s)
        if head is None and cstart > sent.start and t.lower[cstart - 1] in self.relativizers:
            # "the US, which is opposed to ...", "AS, yang menjatuhkan ...": the noun before
            k = cstart - 2
            if k >= sent.start and t.words[k] == ",":
                k -= 1
            rel_head = next((a for a in reversed(actors) if a.end - 1 == k), None)
            # "perusahaan pelayaran yang membantu ...": the clause is about a noun, not an actor
            return [rel_head] if rel_head is not None else []
        if head is None and cstart > sent.start:
            # a clause after a subordinator without its own subject ("... after arriving in
            # Moscow"): the subject of the clause before it, the first actor there that is not
            # the object of a preposition
            prev = self._clause_start(t, sent, cstart - 1)
            self._aside = (0, 0)
            before = [a for a in actors if prev <= a.start and a.end <= cstart - 1]
            head = next((a for a in before if a.via != "oblique" and not a.genitive and a.start not in used
                         and (a.type not in ("Place", "Agreement") or a.is_state)), None) or self._nearest(before, used)
            if head is None:
                return []
            return self._coordinated(t, before, head, forward=True)
        return self._coordinated(t, left, head, forward=False) if head else []

    def _object(self, t: Toks, right: list[Actor], e: int, rel: str, trig: Trigger, frame: str) -> list[Actor]:
        lower = t.lower
        last = lower[e - 1]
        marked = frame == "sym" and last not in self.with_words
        for a in right:
            if a.type == "Agreement":
                continue
            if self._subject_of_next(t, a) and last not in self.complementizers:  # "... dan Turki mendukung X"
                break  # (but "tudingan bahwa Doha mendukung ...": the accused is that clause's subject)
            prep = a.prep
            if prep in self.negations:  # "tanpa Amerika Serikat", "without Iran": not a party
                continue
            if marked and prep not in self.with_words and a.start != e:
                continue
            if a.start - e > (OBJECT_WINDOW if prep is None else 2 * OBJECT_WINDOW):
                continue
            if rel not in PLACE_OBJECT and prep in self.locative and not (a.start == e and prep == last) \
                    and not (rel in LOCATIVE_OBJECT_OK and prep not in self.origin_preps) \
                    and not (rel in ORIGIN_OBJECT_OK and prep in self.origin_preps):
                continue
            if self._non_state_head(t, a):  # "sanksi kepada dua warga Cina": people, not the state
                continue
            if a.type == "Place" and rel not in PLACE_OBJECT and rel not in PLACE_TARGET and not a.is_state:
                continue
            if self._after_place(t, a, right):
                continue
            return self._coordinated(t, right, a, forward=True)
        return []

    def _subject_of_next(self, t: Toks, a: Actor) -> bool:
        """An actor right before a finite trigger ("Turki mendukung", not "Hungary to sanction")."""
        return a.prep is None and a.end in self._trig_starts and t.lower[a.end] not in self.content_markers

    def _non_state_head(self, t: Toks, a: Actor) -> bool:
        if not a.is_state or a.type == "Person":
            return False
        if self.data.GENITIVE_AFTER_NOUN:
            return a.start > 0 and t.lower[a.start - 1] in self.non_state_heads
        return a.end < t.n and t.lower[a.end] in self.non_state_heads

    def _after_place(self, t: Toks, a: Actor, actors: list[Actor]) -> bool:
        """"Jenewa, Swiss": the country after a place names where it is, not another party."""
        return any(b.end + 1 == a.start and t.words[b.end] == "," and b.type == "Place" for b in actors)

    def _coordinated(self, t: Toks, pool: list[Actor], head: Actor, forward: bool) -> list[Actor]:
        group = [head]
        ordered = pool
        idx = next(i for i, a in enumerate(ordered) if a is head)
        step = 1 if forward else -1
        j = idx + step
        cur = head
        lower = t.lower
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            if nxt.start == cur.start:  # a group reference yields several actors at once
                group.append(nxt)
            elif forward and self._subject_of_next(t, nxt):  # the subject of the next trigger
                break
            else:
                lo, hi = (cur.end, nxt.start) if forward else (nxt.end, cur.start)
                between = [w for w in lower[lo:hi] if w not in self.coord_skip]
                if nxt.via == "oblique" and head.via != "oblique":
                    break  # "the Pasteur Institute in Paris and the NCI": Paris is not a conjunct
                if between and all(w in self.coord for w in between) and not (nxt.type == "Place" and not nxt.is_state):
                    group.append(nxt)
                else:
                    break
            cur = nxt
            j += step
        return group

    def _apposition(self, t: Toks, left: list[Actor], right: list[Actor], s: int, e: int,
                    after_all: list[Actor] | None = None) -> list[tuple[Actor, Actor]]:
        if not right or right[0].start > e + 2:
            return []
        head = right[0]
        after = [a for a in right if a.start == head.end + 1 and t.words[head.end] == ","]
        if after:
            return [(x, head) for x in self._coordinated(t, right, after[0], forward=True)]
        # "members of the Security Council -- China, the Soviet Union, ...", "anggota ASEAN, yakni A dan B"
        k = head.end
        while k < t.n and k - head.end < 4 and (t.words[k] in LIST_OPENERS or t.lower[k] in self.data.APPOSITION_MARKERS
                                                   or t.lower[k] in self.coord_skip):
            k += 1
        pool = after_all or right
        listed = [a for a in pool if a.start == k and k > head.end]
        if listed and any(t.words[j] in LIST_OPENERS or t.lower[j] in self.data.APPOSITION_MARKERS for j in range(head.end, k)):
            return [(x, head) for x in self._coordinated(t, pool, listed[0], forward=True)]
        if left:
            b = left[-1]
            gap = t.lower[b.end : s]
            if all(w in self.data.APPOSITION_GAP for w in gap):
                return [(x, head) for x in self._coordinated(t, left, b, forward=False)]
        return []

    def _sentence_dates(self, t: Toks, ss: int, se: int, ref: dt.date | None) -> list[DateMention]:
        c0 = t.idx[ss]
        return find_dates(t.string[c0 : t.ends[se - 1]], self.lang, ref, offset=c0, words=set(t.lower[ss:se]))

    def _date(self, t: Toks, sentence_dates: Callable[[], list[DateMention]], char: int, ref: dt.date | None,
              modality: str) -> str | None:
        dates = sentence_dates()
        if dates:
            best = min(dates, key=lambda d: abs(d.start - char))
            if modality == "planned" and best.future:
                return best.future
            return best.value
        return ref.isoformat() if ref and modality != "planned" else None

    def _place(self, t: Toks, right: list[Actor]) -> str | None:
        for a in right:
            if a.type == "Place" and a.prep in self.locative:
                return a.key
        return None

    def _fact(self, sent: "Sentence", rel, subj: Actor, obj: Actor, trig, conf, rule, modality, date, place) -> Fact | None:
        s_key, o_key = subj.lifted, obj.lifted
        if rel in PLACE_OBJECT:
            e = self.kb.entities.get(obj.key)
            if obj.type == "Place" and e is not None and e.country:
                o_key = self.kb.country_at(e.country, self._date_ref)
        if rel in ORG_OBJECT and obj.type != "Organization":
            return None
        if rel not in PLACE_OBJECT and rel not in PLACE_SUBJECT and rel not in PLACE_TARGET \
                and (obj.type == "Place" and not o_key.startswith("country:")):
            return None
        if rel in PLACE_SUBJECT:
            if subj.type not in ("Place", "Country") or obj.type not in ("Place", "Country"):
                return None
            if subj.type == "Country" and obj.type != "Country":  # a territory lies in a state only
                return None
            s_key, o_key = subj.key, obj.key
        elif subj.type in ("Place", "Agreement") and not s_key.startswith("country:"):
            return None
        if obj.type == "Agreement" or s_key == o_key:
            return None
        if s_key.startswith("person:") and o_key.startswith("person:"):
            return None  # two people the article ties to no state or body: nothing the schema can state
        lo = min(subj.char[0], obj.char[0], trig[0])
        hi = max(subj.char[1], obj.char[1], trig[1])
        return Fact(
            relation=rel, subject=s_key, object=o_key, sentence=sent.chars,
            quote=(lo, hi), rule=rule, confidence=round(conf, 2), date=date, place=place,
            subject_mention=subj.char if subj.named else None,
            object_mention=obj.char if obj.named else None, modality=modality,
        )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for f in facts:
        k = (f.relation, f.subject, f.object, f.role, f.rule, f.sentence)
        if k in seen:
            continue
        seen.add(k)
        out.append(f)
    return out
