"""Actors of a document in reading order, with pronouns and group references resolved.

Shared by the relation rules: an :class:`Actor` is a mention that can take part in a fact, its
entity key lifted to the state or body it stands for where the schema wants that (a titled person
→ their country or organization, a capital or government seat → its state, a ministry → its
country). A titled person is one actor over the whole noun phrase ("Presiden AS Donald Trump"):
the affiliation inside it is not a second actor.

References (language data, ``kg/nlp/lang/*/names.py``):

* ``PRONOUNS`` ("dia", "he"): the last person named as a subject;
* ``GROUP_REFERENCES`` ("kedua negara", "the two countries"): the last *n* states named;
* ``FIXED_GROUPS`` ("kedua Korea", "the two Koreas"): the states the phrase always means;
* ``STATE_REFERENCES`` ("negara itu", "the country", "pihaknya", "it"): the last state or body
  named as a subject in the same sentence, else the previous one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from kg.link.linker import actor_key
from kg.model import Entity
from kg.nlp.spans import read_spans
from kg.nlp.gazetteer import KnowledgeBase
from kg.nlp.tokens import Toks

_PASSIVE = re.compile(r"^di[a-z]{4,}(kan|i)?$")
_NOT_PASSIVE = frozenset("diplomat diskusi dialog direktur dinas divisi digital diktator dinasti direksi diaspora".split())
_NEWS = re.compile(r"(^|-)(news|press|radio|television|tv|broadcasting|newspaper)(-|$)")
ACTOR_TYPES = frozenset({"Country", "Organization", "Person", "Place", "Agreement"})
DETERMINERS = frozenset({"the", "a", "an", "sang", "para", "pihak", "his", "her", "their", "its"})  # (possessives: "with his Ethiopian counterpart")


@dataclass(slots=True)
class Actor:
    start: int  # token offsets of the whole noun phrase (title and affiliation included)
    end: int
    key: str  # entity key as mentioned
    lifted: str  # the state or body that acts
    type: str
    char: tuple[int, int]  # characters of the mention itself
    via: str = "mention"  # mention | oblique (after a preposition) | pronoun | group | reference
    prep: str | None = None  # the preposition before it
    genitive: bool = False  # modifies the noun before it: "resolusi Amerika Serikat"
    possessive: bool = False  # followed by "'s": "China's part"

    @property
    def named(self) -> bool:
        return self.via in ("mention", "oblique")

    @property
    def is_state(self) -> bool:
        return self.lifted.startswith("country:")


def lift(kb: KnowledgeBase, entities: dict[str, Entity], key: str, affiliation: dict[str, str] | None = None,
         date=None) -> str:
    e = entities.get(key)
    if e is not None and e.type == "Person":
        if e.country:
            return kb.country_at(e.country, date)
        if affiliation and key in affiliation:
            return kb.country_at(actor_key(kb, entities, affiliation[key]), date)
        return key
    return kb.country_at(actor_key(kb, entities, key), date)


@lru_cache(maxsize=None)
def _references(lang_data) -> tuple[dict[str, list[tuple[tuple[str, ...], str, object]]], int]:
    """First word → [(words, kind, payload)], longest first."""
    table: dict[str, list] = {}
    for p in lang_data.PRONOUNS:
        table.setdefault(p, []).append(((p,), "pronoun", None))
    for g, n in lang_data.GROUP_REFERENCES.items():
        w = tuple(g.split())
        table.setdefault(w[0], []).append((w, "group", n))
    for g, isos in lang_data.FIXED_GROUPS.items():
        w = tuple(g.split())
        table.setdefault(w[0], []).append((w, "fixed", tuple(isos)))
    for g in lang_data.STATE_REFERENCES:
        w = tuple(g.split())
        table.setdefault(w[0], []).append((w, "state", None))
    for v in table.values():
        v.sort(key=lambda x: -len(x[0]))
    return table, 0


@lru_cache(maxsize=None)
def _second_words(lang_data) -> dict[str, frozenset[str]]:
    """First word → the words that may follow it in a reference, for first words that are no
    reference alone (and are frequent: "the")."""
    table, _ = _references(lang_data)
    out = {}
    for first, cands in table.items():
        if all(len(words) > 1 and words[1] != "*" for words, _, _ in cands):
            out[first] = frozenset(words[1] for words, _, _ in cands)
    return out


@lru_cache(maxsize=None)
def _title_words(lang_data) -> frozenset[str]:
    return frozenset(w for t in lang_data.TITLES for w in t.split())


def _office_start(t: Toks, s: int, floor: int, title_words: frozenset[str], affiliation_preps: frozenset[str]) -> int:
    """Where a state's or body's mention starts when an office without a name stands before it:
    "Presiden Korea Selatan", "the prime minister of Japan" (the office acts for it)."""
    lower = t.lower
    k = s
    if s >= 2 and lower[s - 1] in affiliation_preps and lower[s - 2] in title_words:
        k = s - 1  # "the president of France"
    while k - 1 > floor and s - k < 5 and lower[k - 1] in title_words and (k < s or t.cap[k - 1]):
        k -= 1  # a title right before the name is capitalised ("Presiden Korea Selatan", not "anggota NATO")
    if k < s and lower[k] in affiliation_preps:
        return s  # "of France" with no office before it
    return k


def _match(t: Toks, i: int, words: tuple[str, ...]) -> int:
    """End of ``words`` matched at ``i`` ("*" matches any one token), or 0."""
    j = i
    for w in words:
        if j >= t.n or (w != "*" and t.lower[j] != w):
            return 0
        j += 1
    return j


def document_actors(doc: Doc, t: Toks, kb: KnowledgeBase, lang_data) -> list[Actor]:
    """Every actor mention of ``doc`` in order; references resolved backwards."""
    entities: dict[str, Entity] = doc.user_data.get("kg_entities", {})
    affiliation: dict[str, str] = doc.user_data.get("kg_affiliation", {})
    roles = {r.ns: r for r in doc.user_data.get("kg_roles", ())}
    date = doc.user_data.get("article_date")
    preps = lang_data.OBLIQUE_PREPS
    function_words = _not_nouns(lang_data)  # no name after them modifies them
    title_words = _title_words(lang_data)
    affiliation_preps = frozenset(lang_data.AFFILIATION_PREPS)
    genitive_lang = lang_data.GENITIVE_AFTER_NOUN
    news = kb.news_orgs
    counts = getattr(lang_data, "PEOPLE_COUNT_WORDS", frozenset())

    raw = []
    idx, ends = t.idx, t.ends
    for sp in read_spans(doc):
        label = sp.label
        if label not in ACTOR_TYPES:
            continue
        key = sp.key
        if key in news or (label == "Organization" and key not in kb.entities and _NEWS.search(key)):
            continue
        if label == "Country" and sp.start > 0 and t.lower[sp.end - 1].endswith("s") and (
                t.lower[sp.start - 1] in counts or t.words[sp.start - 1].isdigit()
                or (t.lower[sp.start - 1] == "of" and sp.start > 1 and t.lower[sp.start - 2] in counts)):
            continue  # "Seven Iraqis", "dozens of Kenyans": people, not the state
        raw.append((sp.start, sp.end, key, label, idx[sp.start], ends[sp.end - 1]))
    # a titled person's noun phrase swallows the affiliation mentions inside it
    np_of: dict[int, tuple[int, int]] = {}
    inside: set[int] = set()
    for s, e, key, label, _, _ in raw:
        r = roles.get(s)
        if label == "Person" and r is not None and r.ne == e:
            np_of[s] = (r.np_start, r.np_end)
            inside.update(i for i in range(r.np_start, r.np_end) if not s <= i < e)

    items: list[tuple[int, int, object]] = []  # (start, order, payload)
    by_end = {rec[1]: rec for rec in raw}
    for rec in raw:
        s = rec[0]
        if s in inside and rec[3] != "Person":
            continue
        # "Qatari News Agency (QNA)": the acronym in brackets is the same actor again
        if s >= 2 and t.words[s - 1] == "(" and rec[1] < t.n and t.words[rec[1]] == ")":
            before = by_end.get(s - 1)
            if before is not None and before[2] == rec[2]:
                continue
        items.append((np_of.get(s, (s,))[0], 1, rec))
    table, _ = _references(lang_data)
    lower = t.lower
    covered = {i for s, e, *_ in raw for i in range(s, e)}
    seconds = _second_words(lang_data)
    n = t.n
    for i in [i for i, w in enumerate(lower) if w in table]:
        cands = table[lower[i]]
        if i in covered:
            continue
        need = seconds.get(lower[i])  # "the": only before "two", "country", ... (no one-word reference)
        if need is not None and (i + 1 >= n or lower[i + 1] not in need):
            continue
        for words, kind, payload in cands:
            end = _match(t, i, words)
            if end:
                items.append((i, 0, (i, end, kind, payload)))
                break
    items.sort(key=lambda x: (x[0], x[1]))

    out: list[Actor] = []
    sent_of = t.sent_of
    last_end = -1
    for start, order, rec in items:
        if start < last_end:
            continue
        if order == 1:
            s, e, key, label, c0, c1 = rec  # type: ignore[misc]
            np_s, np_e = np_of.get(s, (s, e))
            if label != "Person" and s not in np_of:
                np_s = _office_start(t, s, last_end, title_words, affiliation_preps)
            prep, genitive = _context(t, np_s, preps, function_words, title_words, genitive_lang)
            via = "oblique" if prep is not None else "mention"
            end = max(np_e, e)
            poss = end < t.n and t.words[end] in ("'s", "’s", "'")
            if poss and label != "Person":  # "Canada's prime minister": the office of the state
                j = end + 1
                while j < t.n and j - end <= 4 and lower[j] in title_words:
                    j += 1
                if j > end + 1:
                    end, poss = j, False
            out.append(Actor(np_s, end, key, lift(kb, entities, key, affiliation, date), label, (c0, c1), via, prep, genitive, poss))
            last_end = end
            continue
        i, end, kind, payload = rec  # type: ignore[misc]
        char = (t.idx[i], t.ends[end - 1])
        prep, _ = _context(t, i, preps, function_words, title_words, False)
        if kind == "pronoun":
            person = next((a for a in reversed(out) if a.type == "Person" and a.via in ("mention", "pronoun")), None)
            if person is not None:
                out.append(Actor(i, end, person.key, person.lifted, "Person", char, "pronoun", prep))
        elif kind == "group":
            states = _conjoined(t, out, i, payload, lang_data) or []  # "Trump dan Moon ... kedua negara"
            if payload == 1 and not states:  # "the country": the state last named as a subject, not after
                states = next(([a] for a in reversed(out) if a.is_state and a.via != "oblique"  # a preposition
                               and sent_of[a.start] >= sent_of[i] - 1), [])
            for a in reversed(out if not states else []):
                if a.is_state and all(a.lifted != x.lifted for x in states):
                    states.append(a)
                if len(states) == payload:
                    break
            if len(states) == payload:
                for a in reversed(states):
                    out.append(Actor(i, end, a.lifted, a.lifted, "Country", char, "group", prep))
        elif kind == "fixed":
            for iso in payload:  # type: ignore[union-attr]
                key = f"country:{iso}"
                if key in kb.entities:
                    entities.setdefault(key, kb.entities[key])
                    out.append(Actor(i, end, key, key, "Country", char, "group", prep))
        elif kind == "state":
            k = sent_of[i]
            cand = None
            for a in reversed(out):
                if a.via == "oblique" or a.type in ("Place", "Agreement") and not a.is_state:
                    continue
                if a.type == "Person" and not a.is_state:
                    continue
                if sent_of[a.start] < k - 1:
                    break
                cand = a
                break
            if cand is not None:
                out.append(Actor(i, end, cand.lifted, cand.lifted, "Country" if cand.is_state else "Organization", char, "reference", prep))
        last_end = end
    # "dengan China dan Rusia": a conjunct shares the preposition of the first
    coord = lang_data.COORD
    for a, b in zip(out, out[1:]):
        if a.via == "oblique" and b.via == "mention" and b.start >= a.end and all(w in coord for w in lower[a.end : b.start]):
            b.via, b.prep = "oblique", a.prep
    return out


@lru_cache(maxsize=None)
def _not_nouns(lang_data) -> frozenset[str]:
    """Words a name after does not modify: function words and speech verbs ("mengatakan Indonesia
    mendukung ...": Indonesia is the next clause's subject, not a genitive)."""
    return frozenset(lang_data.FUNCTION_WORDS) | frozenset(lang_data.SPEECH_VERBS)


def _context(t: Toks, start: int, preps, function_words, title_words, genitive_lang: bool) -> tuple[str | None, bool]:
    """The preposition governing a noun phrase starting at ``start`` ("kepada Presiden Rusia
    Vladimir Putin", "on an Iranian oil platform"), and whether it follows a noun it modifies."""
    i = start - 1
    while i >= 0 and (t.lower[i] in DETERMINERS or (t.cap[i] and t.lower[i] not in preps and t.words[i].isalpha())):
        i -= 1
    if i < 0:
        return None, False
    w = t.lower[i]
    if w in preps:
        return w, False
    if not genitive_lang or i != start - 1:
        return None, False
    genitive = w.isalpha() and not t.cap[i] and w not in function_words and w not in title_words
    if genitive and _PASSIVE.match(w) and w not in _NOT_PASSIVE:
        genitive = False  # "diutarakan Trump": the agent of a di- passive, not a modifier
    return None, genitive


def _conjoined(t: Toks, out: list[Actor], i: int, n: int, lang_data) -> list[Actor] | None:
    """The last *n* states of the sentence joined by a conjunction ("A dan B"), latest first."""
    sent = t.sent_of[i]
    conj = lang_data.CONJUNCTIONS
    coord = lang_data.COORD
    same = [a for a in out if t.sent_of[a.start] == sent and a.is_state and a.via != "group"]
    for k in range(len(same) - 1, n - 2, -1):
        group = same[k - n + 1 : k + 1]
        if len({a.lifted for a in group}) != n:
            continue
        gaps = [t.lower[a.end : b.start] for a, b in zip(group, group[1:])]
        if all(g and all(w in coord for w in g) for g in gaps) and any(w in conj for g in gaps for w in g):
            return list(reversed(group))
    return None
