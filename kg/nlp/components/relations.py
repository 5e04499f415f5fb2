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

Trigger phrases and their gaps are read and matched in :mod:`kg.nlp.components.triggers`; whether
a trigger's clause asserts the fact (negation, denial, hedges, conditions, claims, plans) is
decided in :mod:`kg.nlp.components.modality`. What a threat, demand or request asks for ("meminta
X untuk menyerang Y") and questions give no fact. Plans are kept with ``modality="planned"`` and a
lower confidence, but a body, treaty or alliance still to join ("to join NATO") gives no membership;
claims with ``modality="claimed"`` and the claimant as ``attributed_to``.

Facts only come from title and body segments. Structural facts (roles, places, membership by
apposition, parties to agreements, presence abroad) are in :mod:`kg.nlp.components.structures`.
Each fact's confidence is the calibrated precision of its rule (``kg/nlp/confidence.json``,
written by ``python -m kg.nlp.calibrate``) where the calibration has seen it, else the lexicon's prior.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from functools import partial
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from kg.link.linker import FACT_SEGMENTS, SegmentIndex
from kg.nlp.components.confidence import confidence
from kg.nlp.components.sport import sport_sentences
from kg.model import Fact
from kg.nlp import lang as langdata
from kg.nlp.components.actors import Actor, document_actors
from kg.nlp.components.cues import cues
from kg.nlp.components.modality import claimant_of, clause_end, clause_modality, clause_start, sanctions_lifted
from kg.nlp.components.references import OBJECT_WINDOW, RemoteArguments
from kg.nlp.components.structures import Sentence, geography_facts, structural_facts
from kg.nlp.components.triggers import Trigger, TriggerMatcher
from kg.nlp.components.event_dates import EventDates
from kg.nlp.dates import DateMention
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.tokens import Toks, toks
from kg.relations import RELATIONS

PLACE_OBJECT = frozenset({"visits", "militaryPresenceIn"})
PLACE_TARGET = frozenset({"attacks"})  # may hit a place itself (the schema: actor → actor/Place)
ORG_OBJECT = frozenset({"memberOf"})
PLACE_SUBJECT = frozenset({"locatedIn"})
LIST_OPENERS = frozenset({"--", "—", "–", ":", ",", "-"})
LOCATIVE_OBJECT_OK = frozenset({"threatens", "attacks"})  # "mengancam akan menyerang ke Korea Selatan"
ORIGIN_OBJECT_OK = frozenset({"requestsAssistance"})  # "appealed for aid from India", "bantuan dari Jepang"
CONTENT_RELATIONS = frozenset({"threatens", "demands", "requestsAssistance"})  # what follows is not a fact


@Language.factory("kg_relations", default_config={"planned_penalty": 0.8})
def make_relations(nlp: Language, name: str, planned_penalty: float) -> "Relations":
    return Relations(nlp, planned_penalty=planned_penalty)


def _title_case(t: Toks, ss: int, se: int) -> bool:
    """A short sentence with (nearly) every word capitalised ("Japan Imposes New Sanctions On
    North Korea"): a headline style. A long list of names is not."""
    words = [w for w in t.words[ss:se] if w.isalpha() and len(w) > 3]
    return se - ss <= 20 and len(words) >= 3 and sum(not w[0].isupper() for w in words) <= 1


def _inside_a_name(t: Toks, ss: int, s: int, e: int) -> bool:
    """A trigger whose words are all capitalised, right after another capitalised word and not at
    the sentence start: part of a proper name ("Christian Lobby"; not "Cold War with")."""
    return s > ss and t.words[s - 1][:1].isupper() and t.words[s - 1].isalpha() \
        and all(t.words[k][:1].isupper() for k in range(s, e) if t.words[k].isalpha())


class Relations(RemoteArguments):
    def __init__(self, nlp: Language, *, planned_penalty: float = 0.8) -> None:
        self.nlp = nlp
        self.lang = nlp.lang
        self.data = d = langdata.get(nlp.lang)
        self.kb = knowledge_base()
        self.planned_penalty = planned_penalty
        self.cues = cues(nlp.lang)
        self.triggers = TriggerMatcher(nlp, self.cues)
        self.anaphor_relations = frozenset({"criticizes", "demands", "supports"})
        self.member_words = frozenset(getattr(d, "ORG_MEMBER_WORDS", ()))
        self.members_before = frozenset(getattr(d, "MEMBER_WORDS_BEFORE_ORG", ()))
        self.member_cues = frozenset(getattr(d, "MEMBER_APPOSITION_CUES", ()))
        self.verbal_targets = frozenset(getattr(d, "VERBAL_TARGETS", ()))
        self.purpose = frozenset(getattr(d, "PURPOSE_PREPS", ()))  # "... for talks": the talks are an aim
        self.calendar, self.ambiguous_months = self.cues.calendar, self.cues.ambiguous_months
        self.date_preps = frozenset(d.YEAR_PREFIXES) | frozenset(d.LAST_MARKERS) | frozenset(d.NEXT_MARKERS) | {"on", "this"}
        self.anaphora: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, want in d.EVENT_ANAPHORA.items():
            words = tuple(phrase.split())
            self.anaphora.setdefault(words[0], []).append((words, want))

    # -- the component -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        t = toks(doc)
        actors = document_actors(doc, t, self.kb, self.data)
        starts = [a.start for a in actors]
        matches = self.triggers(t, actors)
        ref: dt.date | None = doc.user_data.get("article_date")
        self._date_ref = ref
        segments = SegmentIndex(doc)
        self._dates = EventDates(t, self.lang, self.cues, segments, ref)
        facts: list[Fact] = []
        self._history: list[tuple[str, Actor]] = []  # (relation, subject) of events read so far
        self._trig_starts: set[int] = set()
        self._title_case = False  # the sentence is a headline in title case ("Japan Imposes New Sanctions")
        self._pending: list[tuple[str, Actor]] = []  # this sentence's, added to the history after it
        mi = 0
        sport = sport_sentences(t, self.lang)
        for ss, se in t.sentences():
            kind = segments.kind(t.idx[ss])
            lo, hi = bisect_left(starts, ss), bisect_left(starts, se)
            in_sent = actors[lo:hi]
            while mi < len(matches) and matches[mi][0] < ss:
                mi += 1
            mj = mi
            while mj < len(matches) and matches[mj][0] < se:
                mj += 1
            if kind in ("caption", "meta"):  # a caption or a dateline states no news, but its geography
                facts += geography_facts(Sentence(doc, t, ss, se, self.lang), in_sent, self.kb, self.cues.coord)
            if kind not in FACT_SEGMENTS or (not in_sent):
                continue
            sent = Sentence(doc, t, ss, se, self.lang)
            if mi < mj and ss not in sport:  # sports reporting: its triggers are no political facts
                used: set[int] = set()
                dates = partial(self._dates.sentence, ss, se)  # found when a fact needs a date (once: EventDates keeps them)
                self._trig_starts = {m[0] for m in matches[mi:mj]}
                content_from = se  # after a threat, demand or request, what is asked or threatened
                question = t.words[se - 1] == "?" or (se - 2 >= ss and t.words[se - 2] == "?")
                title_case = self._title_case = _title_case(t, ss, se)
                for s, e, trig, agent, obj in matches[mi:mj]:
                    if question:
                        break
                    if s >= content_from:
                        continue
                    if not title_case and _inside_a_name(t, ss, s, e):
                        continue  # "the Australian Christian Lobby", "the Rainbow Coalition": a name, no trigger
                    found = self._apply(t, sent, s, e, trig, agent, obj, in_sent, actors, dates, used)
                    facts += found
                    if found and any(r in CONTENT_RELATIONS for r in trig.content_relations):
                        # "meminta X untuk ...", "called on X to ...": what is asked is not a fact
                        k = e if t.lower[e - 1] in self.cues.content_markers else \
                            next((i for i in range(e, min(se, e + 8)) if t.lower[i] in self.cues.content_markers), None)
                        if k is not None:
                            content_from = min(content_from, k)
            facts += structural_facts(sent, in_sent, self.kb, self.data)
            self._history += self._pending
            self._pending = []
            mi = mj
        doc.user_data["kg_facts"] = _dedupe(facts)
        return doc

    # -- frames --------------------------------------------------------------------------------
    def _apply(self, t: Toks, sent: "Sentence", s: int, e: int, trig: Trigger, agent: Actor | None, forced: Actor | None,
               actors: list[Actor], all_actors: list[Actor], dates: Callable[[], list[DateMention]], used: set[int]) -> list[Fact]:
        frame = trig.frame
        if e < t.n and t.lower[e] in self.calendar and t.lower[e - 1] in self.date_preps:
            return []  # "observed a strike on Monday": the preposition dates the trigger, it takes no object
        if frame in ("svo", "sym") and self._passive(t, sent, s):
            return []  # "X was attacked (in Y)": X is the patient, the agent is not said
        if frame == "svo" and e - s == 1 and s > sent.start and t.lower[s - 1] in self.cues.noun_determiners:
            return []  # "lost the support of Y": a noun, not the verb; its phrases are their own triggers
        cstart, (a0, a1) = clause_start(t, self.cues, sent, s)
        status = clause_modality(t, self.cues, sent, cstart, s, e, trig.words)
        if status is None:
            return []
        modality, cue = status
        end = clause_end(t, self.cues, sent, e)
        left = [a for a in actors if cstart <= a.start and a.end <= s and not a0 <= a.start < a1]
        right = [a for a in actors if e <= a.start < end]
        multi = len(trig.relations) > 1
        out: list[Fact] = []
        for rel in trig.relations:
            rule = f"{self.lang}:{frame}:{trig.phrase}" + (f"#{rel}" if multi else "")
            if "|" in rel:  # "requestsAssistance|demands": the first when what is asked for names help
                aid, other = rel.split("|")
                rel = aid if any(w in self.cues.aid_words for w in t.lower[s:sent.end]) else other
                rule += f"#{rel}"
            pairs = self._pairs(t, sent, s, e, rel, trig, agent, forced, actors, left, right, cstart, used)
            if pairs and pairs[0] == "place-target":
                rule += ":place-target"
                pairs = pairs[1:]
            if not pairs or (rel == "sanctions" and sanctions_lifted(t, self.cues, sent, cstart, s, e)) \
                    or (modality == "planned" and rel in ("memberOf", "partyTo", "alliedWith")):
                continue  # (lifted sanctions were there: the history has their subject, for "the embargo")
            if rel == "attacks" and all(self._said_thing(t, o) for _, o in pairs):
                rel, rule = "criticizes", rule + ":verbal"  # "attacked Britain's stance": words, not force
            is_event = RELATIONS[rel].is_event
            date = self._dates.of_event(dates, t.idx[s], modality) if is_event else None
            place = self._place(t, right) if is_event else None
            conf = confidence(rule, rel, trig.prior)
            if modality == "planned":
                conf *= self.planned_penalty
            claimant = None
            if modality == "claimed" and cue is not None:
                claimant = claimant_of(sent, cue, all_actors)
            quote = (t.idx[s], t.ends[e - 1])
            for subj, obj in pairs:
                f = self._fact(sent, rel, subj, obj, quote, conf, rule, modality, date, place)
                if f is not None:
                    f.attributed_to = claimant if claimant != f.subject else None
                    out.append(f)
        return out

    def _unknown_subject(self, t: Toks, sent: "Sentence", actors: list[Actor], s: int) -> bool:
        """A pronoun just before the trigger (auxiliaries, plan and adverb words between) that no
        actor stands for, or (where the language capitalises names only: UNKNOWN_NAME_SUBJECT) a
        capitalised word inside the sentence that is no actor ("..., Bush supported X"), or a
        place that is not a state: the subject is someone kg does not know (or read as a place),
        not the nearest name further left."""
        k = self._before_verb(t, sent, s)
        if k < sent.start:
            return False
        at = next((a for a in actors if a.start <= k < a.end), None)
        if at is not None:  # a place that cannot act stands where the subject does ("Valdemar supported")
            return at.via == "mention" and at.type in ("Place", "Agreement") and not at.is_state
        if t.lower[k] in self.cues.subject_pronouns:
            return True
        return (self.data.UNKNOWN_NAME_SUBJECT and not self._title_case and k > sent.start and t.cap[k]
                and t.words[k].isalpha() and t.lower[k] not in self.cues.skippable)

    def _before_verb(self, t: Toks, sent: "Sentence", s: int) -> int:
        """The token before the trigger at ``s``, past auxiliaries, plan words and adverbs."""
        k = s - 1
        while k > sent.start and self._verb_filler(t, k):
            k -= 1
        return k

    def _verb_filler(self, t: Toks, k: int) -> bool:
        w = t.lower[k]
        return (w in self.cues.planned or w in self.cues.skippable or w.endswith("ly")
                or w in self.cues.passive_auxiliaries or self._date_word(t, k))

    def _passive(self, t: Toks, sent: "Sentence", s: int) -> bool:
        """A participle after a passive auxiliary (adverbs between): "was attacked", "were
        sharply criticised"."""
        w = t.lower[s]
        if not (w.endswith("ed") or w in self.cues.participles):
            return False
        if s + 1 < t.n and t.lower[s + 1] in self.cues.stative_after:
            return False  # "the US, which is opposed to ...": a stance
        k = s - 1
        while k > sent.start and t.lower[k].endswith("ly"):
            k -= 1
        return k >= sent.start and t.lower[k] in self.cues.passive_auxiliaries

    def _pairs(self, t: Toks, sent, s: int, e: int, rel: str, trig: Trigger, agent, forced, actors, left, right,
               cstart: int, used: set[int]) -> list:
        frame = trig.frame
        symmetric = RELATIONS[rel].symmetric
        pairs: list = []
        if frame in ("svo", "sym", "nom"):
            if forced is None and (t.lower[e - 1] in self.cues.between or (e < t.n and t.lower[e] in self.cues.between)):
                return _pairwise(self._between_group(t, right))
            if forced is not None:
                pool = [a for a in actors if a.start >= forced.start]
                obj = self._coordinated(t, pool, forced, forward=True)
            else:
                obj = self._object(t, right, e, rel, trig, frame)
            subj = [agent] if agent is not None else self._subject(t, sent, left, actors, s, cstart, used)
            if subj and RELATIONS[rel].is_event:
                self._pending.append((rel, subj[0]))
            if not obj and subj and not symmetric:
                anaphor = self._anaphor(t, e, rel) or self._relative_agent(t, e, rel, actors)
                if anaphor is not None:
                    obj = [anaphor]
                elif rel in PLACE_TARGET and subj[0].named and subj[0].start >= cstart \
                        and not (s > 0 and (t.lower[s - 1] in self.cues.noun_determiners or t.words[s - 1] in ("'s", "’s"))):
                    target = self._place_target(sent, actors, subj[0], s)
                    if target is not None:
                        return ["place-target", *((a, target) for a in subj)]
            obj = [b for b in obj if b.via != "reference" or not any(a.key == b.key for a in subj)]
            if obj and subj:  # ("Germany and France opposed it": "it" is not one of the subjects)
                used.update(b.start for b in obj)
                pairs = [(a, b) for a in subj for b in obj]
                if rel == "memberOf":  # "A and B join X from Y": members of Y before
                    k = obj[-1].end
                    if k + 1 < t.n and t.lower[k] in self.cues.origin_preps:
                        src = next((a for a in actors if a.start in (k + 1, k + 2) and a.type == "Organization"), None)
                        if src is not None and (k + 1 == src.start or t.lower[k + 1] in self.cues.coord_skip):
                            pairs += [(a, src) for a in subj]
                return pairs
            if obj and frame == "sym" and obj[0].start == e:
                # "pertemuan Jokowi dan Xi": the participants follow the noun
                return _pairwise(obj)
            if not obj and symmetric and not (s > 0 and (t.lower[s - 1] in self.cues.noun_determiners or t.lower[s - 1] in self.cues.infinitive
                                                         or t.lower[s - 1] in self.purpose)) \
                    and not (right and right[0].start == e and t.lower[e - 1] in self.data.OBLIQUE_PREPS):
                # (not "declared war on Nazi Germany", a place: the trigger's own object is no actor)
                head = self._nearest(left, used, s, t)
                if head is not None:
                    group = self._coordinated(t, left, head, forward=False)
                    return _pairwise(group)
            return []
        if frame == "app":
            if not left and cstart > sent.start and t.lower[cstart - 1] in self.cues.relativizers:
                # "Turki yang merupakan anggota NATO", "Turkey, which is a member of NATO": the noun before
                left = [a for a in actors if sent.start <= a.start and a.end < cstart][-1:]
            return self._apposition(t, left, right, s, e, [a for a in actors if a.start >= e])
        if frame == "ovs":
            ag = [a for a in right if a.start <= e + 2]
            if not ag:
                return []
            ag = self._coordinated(t, right, ag[0], forward=True)
            k = ag[-1].end
            patient: list[Actor] = []
            if k + 1 < t.n and t.lower[k] in self.cues.patient_preps:  # "blamed by A and B on C"
                patient = [a for a in right if a.start == k + 1]
            if not patient:
                head = self._nearest(left, set(), s, t)
                patient = self._coordinated(t, left, head, forward=False) if head is not None else []
            if not patient:
                patient = self._relative_head(t, actors, s)
            return [(a, b) for a in ag for b in patient]
        return pairs

    def _nearest(self, left: list[Actor], used: set[int], s: int = -1, t: Toks | None = None) -> Actor | None:
        fallback = None
        for a in reversed(left):
            if a.type in ("Place", "Agreement") and not a.is_state:
                continue
            if t is not None and (self._non_state_head(t, a) or self._described_member(t, a)):
                continue  # "American journalists visited ...", "Turkey, a NATO member, criticised ..."

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
        if s > sent.start and t.lower[s - 1] in self.cues.possessive_pronouns:
            # "its invasion of Iraq": the owner is the state or body named last, whatever its role
            before = [a for a in actors if a.end <= s - 1 and a.via != "group"]
            owner = next((a for a in reversed(before) if a.is_state), None) or \
                next((a for a in reversed(before) if a.type == "Organization"), None)
            return [owner] if owner is not None else []
        if s - 3 > sent.start and t.lower[s - 1] in self.cues.infinitive and t.words[s - 3] in ("'s", "’s"):
            # "Sweden's bid to join NATO": the owner of the plan is the subject
            owner = next((a for a in actors if a.end == s - 3 and a.via != "group"), None)
            if owner is not None:
                return [owner]
        if w.endswith(self.cues.possessive) and w not in self.cues.possessive:
            first = next((a for a in actors if a.via != "oblique" and a.start < s), None)
            return [first] if first else []
        if self._unknown_subject(t, sent, actors, s):
            return []
        owner = next((a for a in left if a.end == s and a.via == "oblique" and a.is_state and t.cap[a.start]), None)
        if owner is not None:  # "in response to the German invasion of Poland": the state before the noun
            return [owner]
        if s - 2 >= sent.start and t.lower[s - 1] in self.cues.noun_determiners and t.lower[s - 2] in self.data.OBLIQUE_PREPS:
            # a noun in a prepositional phrase has no clause subject ("reported on war crimes during
            # the invasion of Belgium"), but "praised Bush for the invasion of Iraq": the one praised
            agent = next((a for a in left if a.end == s - 2), None) if t.lower[s - 2] in self.data.REASON_PREPS else None
            return [agent] if agent is not None else []
        if left and cstart > sent.start and t.lower[cstart - 1] in self.cues.relativizers \
                and any(not self._verb_filler(t, k) for k in range(cstart, left[0].start)):
            # "Turki yang merupakan anggota NATO mengecam Rusia": the actors of a relative clause with
            # a predicate of its own are not the subject of the verb after it; the noun before it is
            k = cstart - 2 if cstart - 2 >= sent.start and t.words[cstart - 2] == "," else cstart - 1
            rel_head = next((a for a in reversed(actors) if a.end == k and a.via != "oblique"), None)
            if rel_head is not None and not self._non_state_head(t, rel_head):
                return [rel_head]
        head = self._nearest(left, used, s, t)
        comma = cstart if cstart < s and t.words[cstart] == "," else cstart - 1
        if head is None and comma > sent.start + 1 and t.words[comma] == ",":
            # "Jepang, yang mengunjungi Korsel pekan lalu, mengecam Korut", "Chile, which ..., said":
            # the subject stands before the relative clause that ends here
            j = comma - 1
            while j > sent.start and not (t.words[j] == "," and t.lower[j + 1] in self.cues.relativizers):
                j -= 1
            subj = next((a for a in reversed(actors) if a.end == j), None) if j > sent.start else None
            if subj is not None and subj.via != "oblique" and subj.start not in used:
                return [subj]
        if head is None and cstart > sent.start and t.lower[cstart - 1] in self.cues.relativizers:
            # "the US, which is opposed to ...", "AS, yang menjatuhkan ...": the noun before
            k = cstart - 2
            if k >= sent.start and t.words[k] == ",":
                k -= 1
            rel_head = next((a for a in reversed(actors) if a.end - 1 == k), None)
            # "perusahaan pelayaran yang membantu ...": the clause is about a noun, not an actor;
            # "maskapai penerbangan Indonesia yang terbang ke ...": about the state's airlines
            return [rel_head] if rel_head is not None and not self._non_state_head(t, rel_head) else []
        if head is None and cstart > sent.start and all(self._verb_filler(t, k) for k in range(cstart, s)):
            # a clause after a subordinator without its own subject ("... after arriving in
            # Moscow"): the subject of the clause before it, the first actor there that is not
            # the object of a preposition (a clause with words of its own before the trigger,
            # "... realised that a legacy of X was a threat to Y", has a subject kg does not know)
            prev, _ = clause_start(t, self.cues, sent, cstart - 1)
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
        marked = frame == "sym" and last not in self.cues.with_words
        for a in right:
            if a.type == "Agreement":
                continue
            if self._subject_of_next(t, a) and last not in self.cues.complementizers:  # "... dan Turki mendukung X"
                break  # (but "tudingan bahwa Doha mendukung ...": the accused is that clause's subject)
            prep = a.prep
            if prep in self.cues.negations:  # "tanpa Amerika Serikat", "without Iran": not a party
                continue
            if marked and prep not in self.cues.with_words and a.start != e:
                continue
            if a.start - e > (OBJECT_WINDOW if prep is None else 2 * OBJECT_WINDOW):
                continue
            if rel not in PLACE_OBJECT and prep in self.cues.locative and not (a.start == e and prep == last) \
                    and not (rel in LOCATIVE_OBJECT_OK and prep not in self.cues.origin_preps) \
                    and not (rel in ORIGIN_OBJECT_OK and prep in self.cues.origin_preps):
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
        return a.prep is None and a.end in self._trig_starts and t.lower[a.end] not in self.cues.content_markers

    def _non_state_head(self, t: Toks, a: Actor) -> bool:
        """A state name that only says where a noun's people, firms or events come from: "warga
        Cina", "a Chinese bank", "the Italian general election" (one lower-case word may stand
        between the name and the noun)."""
        if not a.is_state or a.type == "Person":
            return False
        heads, lower = self.cues.non_state_heads, t.lower
        if self.data.GENITIVE_AFTER_NOUN:
            near = (a.start - 1, a.start - 2)
        else:
            near = (a.end, a.end + 1)
        for k, j in enumerate(near):
            if not 0 <= j < t.n:
                return False
            if lower[j] in heads:
                return True
            if k == 0 and not (t.words[j].isalpha() and t.words[j].islower()):
                return False  # only a lower-case modifier may stand between
        return False

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
        coord, coord_skip = self.cues.coord, self.cues.coord_skip
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            if nxt.start == cur.start:  # a group reference yields several actors at once
                group.append(nxt)
            elif forward and self._subject_of_next(t, nxt):  # the subject of the next trigger
                break
            else:
                lo, hi = (cur.end, nxt.start) if forward else (nxt.end, cur.start)
                between = [w for w in lower[lo:hi] if w not in coord_skip]
                if nxt.via == "oblique" and head.via != "oblique" or self._described_member(t, nxt):
                    break  # "the Pasteur Institute in Paris and the NCI", "Sesama anggota NATO, Turki ..."
                if between and coord.issuperset(between) and not (nxt.type == "Place" and not nxt.is_state):
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
            group = self._coordinated(t, right, after[0], forward=True)
            return [] if self._alternatives(t, group) else [(x, head) for x in group]
        # "members of the Security Council -- China, the Soviet Union, ...", "anggota ASEAN, yakni A dan B"
        k = head.end
        while k < t.n and k - head.end < 4 and (t.words[k] in LIST_OPENERS or t.lower[k] in self.data.APPOSITION_MARKERS
                                                   or t.lower[k] in self.cues.coord_skip):
            k += 1
        pool = after_all or right
        listed = [a for a in pool if a.start == k and k > head.end]
        if listed and any(t.words[j] in LIST_OPENERS or t.lower[j] in self.data.APPOSITION_MARKERS for j in range(head.end, k)):
            group = self._coordinated(t, pool, listed[0], forward=True)
            return [] if self._alternatives(t, group) else [(x, head) for x in group]
        if left:
            b = left[-1]
            gap = t.lower[b.end : s]
            # "elected for the United Kingdom as a member of ...": a prepositional object is no appositive's head
            # unless a comma sets the apposition off ("..., and French Guiana, itself a territory of France")
            if all(w in self.data.APPOSITION_GAP for w in gap) and not (b.via == "oblique" and gap and gap[0] != ","):
                return [(x, head) for x in self._coordinated(t, left, b, forward=False)]
        return []

    def _alternatives(self, t: Toks, group: list[Actor]) -> bool:
        """A list that goes on with "or" ("a member of A, B, or C"): one of them, not members of A."""
        k = group[-1].end
        while k < t.n and (t.words[k] == "," or t.lower[k] in self.cues.coord_skip):
            k += 1
        return k < t.n and t.lower[k] in self.data.DISJUNCTIONS

    def _place(self, t: Toks, right: list[Actor]) -> str | None:
        for a in right:
            if a.type == "Place" and a.prep in self.cues.locative:
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
        if obj.type == "Person" and o_key != obj.key and self.kb.home.get(s_key) == o_key:
            o_key = obj.key  # a state's own party backs the politician, not the state ("PDIP mengusung Jokowi")
        if obj.type == "Agreement" or s_key == o_key:
            return None
        lifted_person = (subj.type == "Person" and s_key != subj.key) or (obj.type == "Person" and o_key != obj.key)
        if lifted_person and (s_key.startswith("person:") or o_key.startswith("person:")):
            s_key, o_key = subj.key, obj.key  # one acts for a state, the other for none kg knows: two people
        elif s_key.startswith("person:") and o_key.startswith("person:") and not RELATIONS[rel].is_event:
            return None  # two people tied to no state or body: an event between them, no standing fact
        lo = min(subj.char[0], obj.char[0], trig[0])
        hi = max(subj.char[1], obj.char[1], trig[1])
        return Fact(
            relation=rel, subject=s_key, object=o_key, sentence=sent.chars,
            quote=(lo, hi), rule=rule, confidence=round(conf, 2), date=date, place=place,
            subject_mention=subj.char if subj.named else None,
            object_mention=obj.char if obj.named else None, modality=modality,
        )


MAX_PARTIES = 3  # a meeting or a war of more states than this is multilateral: no pair of them is a fact


def _pairwise(group: list[Actor]) -> list[tuple[Actor, Actor]]:
    """Each pair of a group that takes part in a symmetric event together ("A and B met"); none for
    a group of more than :data:`MAX_PARTIES` ("representatives of A, B, C and D will meet")."""
    if len({a.lifted for a in group}) > MAX_PARTIES:
        return []
    return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :]]


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
