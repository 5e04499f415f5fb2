"""Facts read from the shape of a phrase rather than from a trigger verb.

* roles: a title before a name ("Presiden Rusia Vladimir Putin") → holdsRole with the role;
* places: "Jenewa, Swiss", "Manila, Philippines", "Cusco and Ayacucho in Peru" → locatedIn, when
  the gazetteer agrees that the place lies in that country (so "Tokyo, Jepang" counts and "Paris,
  Texas" does not);
* membership by apposition: "memiliki perjanjian pertahanan dengan Yerevan yakni CSTO" /
  "a defence pact with Armenia, namely the CSTO" → both parties memberOf the organization;
* membership by a possessive: "Greece and Turkey's NATO allies" → both memberOf NATO;
* hyphenated pairs: "the Iran-Iraq war", "perang Iran-Irak", "US-China talks" → the relation
  the noun names (``COMPOUND_NOUNS``);
* presence abroad: a person or state said to be in, or speaking in, a place of another state
  ("kata Tillerson di Manila", "Iranian Prime Minister Mousavi is currently in Damascus") → visits;
* parties to an agreement: "perjanjian ... antara A dan B", "kedua negara dan perjanjian 1997
  tentang ...", "A dan B menandatangani perjanjian ..." → partyTo.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.link.linker import actor_key
from kg.model import Fact
from kg.nlp.components.actors import Actor
from kg.nlp.components.persons import RoleMention
from kg.nlp.gazetteer import KnowledgeBase
from kg.nlp.spans import read_spans
from kg.nlp.tokens import Toks

BETWEEN = frozenset({"antara", "between"})
WITH = frozenset({"dengan", "with"})


class Sentence:
    """Token range of one sentence and what the structural rules need of its document."""

    __slots__ = ("doc", "t", "start", "end", "lang", "chars")

    def __init__(self, doc: Doc, t: Toks, start: int, end: int, lang: str) -> None:
        self.doc, self.t, self.start, self.end, self.lang = doc, t, start, end, lang
        self.chars = (t.idx[start], t.ends[end - 1])


@lru_cache(maxsize=None)
def _words(data, *names: str) -> frozenset[str]:
    """The words of some lists of the language data, as one set (made once per language)."""
    return frozenset(w for name in names for w in getattr(data, name, ()))


@lru_cache(maxsize=None)
def _phrases(data, name: str) -> tuple[tuple[str, ...], ...]:
    """A list of phrases of the language data as word tuples (made once per language)."""
    return tuple(tuple(p.split()) for p in getattr(data, name, ()))


_CAPITAL_STATES: dict[int, dict[str, str]] = {}


def _capital_states(kb: KnowledgeBase) -> dict[str, str]:
    """Capital place key → its state's key (made once per knowledge base)."""
    out = _CAPITAL_STATES.get(id(kb))
    if out is None:
        out = _CAPITAL_STATES[id(kb)] = {v: k for k, v in kb.capitals.items()}
    return out


def _fact(rel: str, s: str, o: str, sent: Sentence, lo: int, hi: int, rule: str, conf: float, **kw) -> Fact:
    from kg.nlp.components.confidence import confidence

    return Fact(relation=rel, subject=s, object=o, sentence=sent.chars, quote=(lo, hi), rule=rule,
                confidence=round(confidence(rule, rel, conf), 2), **kw)


def structural_facts(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    return [
        *_roles(sent, kb),
        *_located(sent, actors, kb, data),
        *_place_apposition(sent, actors, kb, data),
        *_membership_apposition(sent, actors, data),
        *_membership_possessive(sent, actors, data),
        *_member_noun(sent, actors, data),
        *_compounds(sent, actors, data),
        *_presence(sent, actors, kb, data),
        *_parties(sent, actors, data),
    ]


def geography_facts(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, coord: frozenset[str] = frozenset()) -> list[Fact]:
    """Only "City, Country" facts that the gazetteer confirms (used for photo captions)."""
    return _located(sent, actors, kb, None, coord)


def _role_rule(lang: str, r: RoleMention) -> str:
    """``id:title:foreignMinister``; ``+kb`` when the affiliation is not in the text but comes from
    the knowledge base of office holders, ``+context`` when it is the organization named before,
    ``+former`` for an office held before ("former Iranian president X")."""
    rule = f"{lang}:title:{r.role}" + ("+former" if r.past else "")
    return rule if r.aff_from == "text" else f"{rule}+{r.aff_from}"


# Roles held in a government body as well as in its state: the schema makes "the body itself the
# actor of an organizational fact (its spokesperson ...)" ("State Department spokesman X", "juru
# bicara Kementerian Luar Negeri X"), and the spokesperson speaks for the state; a minister or an
# official holds the office of the state only.
BODY_ROLES = frozenset({"spokesperson"})


def _roles(sent: Sentence, kb: KnowledgeBase) -> list[Fact]:
    doc, t = sent.doc, sent.t
    roles = [r for r in doc.user_data.get("kg_roles", ()) if sent.start <= r.ns < sent.end and r.aff is not None]
    if not roles:
        return []
    entities = doc.user_data.get("kg_entities", {})
    people = doc.user_data.get("kg_person_at")
    if people is None:
        people = doc.user_data["kg_person_at"] = {sp.start: sp.key for sp in read_spans(doc) if sp.label == "Person"}
    out = []
    for r in roles:
        person = people.get(r.ns)
        if person is None or person not in entities:
            continue
        org = actor_key(kb, entities, r.aff)
        if org == person:
            continue
        lo, hi = t.idx[r.np_start], t.ends[r.np_end - 1]
        out.append(_fact("holdsRole", person, org, sent, lo, hi, _role_rule(sent.lang, r), 0.9, role=r.role,
                         subject_mention=(t.idx[r.ns], t.ends[r.ne - 1])))
        if r.role in BODY_ROLES and org != r.aff and r.aff.startswith("org:"):  # (a body standing for its state)
            out.append(_fact("holdsRole", person, r.aff, sent, lo, hi, _role_rule(sent.lang, r) + "+body", 0.9,
                             role=r.role, subject_mention=(t.idx[r.ns], t.ends[r.ne - 1])))
    return out


def _place_country(sent: Sentence, kb: KnowledgeBase, key: str) -> str | None:
    place = kb.entities.get(key) or sent.doc.user_data.get("kg_entities", {}).get(key)
    if place is None or place.country is None:
        return None
    return kb.country_at(place.country, sent.doc.user_data.get("article_date"))


def _located(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data, coord: frozenset[str] = frozenset()) -> list[Fact]:
    t = sent.t
    out = _kind_of_place(sent, actors, kb, data) + _capital(sent, actors, kb, data) if data is not None else []
    facility = _words(data, "FACILITY_WORDS") if data is not None else frozenset()
    for k, (a, b) in enumerate(zip(actors, actors[1:])):
        # "Tarakan, Kalimantan Utara", "Nashville, Tennessee"; a place kg does not know before a city
        # it knows: "Senayan, Jakarta"
        region = b.type == "Place" and (b.key in kb.regions or (
            b.key in kb.entities and a.key not in kb.entities and t.words[a.end] == "," and b.start == a.end + 1))
        if a.type != "Place" or not (b.type == "Country" or region) or (region and a.key in kb.regions):
            continue
        # "Dallas in the US", "Kandahar in southern Afghanistan": a word between the preposition and the state
        the = b.start == a.end + 2 and (t.lower[a.end + 1] == "the"
                                        or (data is not None and t.lower[a.end + 1] in _words(data, "COMPASS_WORDS")))
        if b.start != a.end + 1 and not the:
            continue
        if t.words[a.end] == "," and not the:
            if data is not None and t.text(b.start, b.end) in getattr(data, "DEMONYMS", {}):
                continue  # "In Madrid, Spanish police ...": the demonym starts the main clause
            nxt = actors[k + 2] if k + 2 < len(actors) else None
            coord = data.COORD if data is not None else coord
            if region and b.end < t.n and (t.lower[b.end] in coord and t.words[b.end] != ","
                                           or nxt is not None and nxt.start == b.end + 1 and t.words[b.end] == ","
                                           and nxt.type in ("Place", "Country")):
                continue  # "Bandung, Jawa Barat dan Banten", "Bandung, Jawa Barat, Banten": a list
            rule = "place-comma-region" if region else "place-comma-country"
            places = [a]
        elif data is not None and t.lower[a.end] in data.LOCATIVE_PREPS:
            rule = "place-in-country"  # "Cusco and Ayacucho in Peru"
            places = [a]
            j = k
            while j > 0 and actors[j - 1].type == "Place" and all(w in data.COORD for w in t.lower[actors[j - 1].end : actors[j].start]):
                places.append(actors[j - 1])
                j -= 1
        else:
            continue
        where = _place_country(sent, kb, b.key) if region else b.key
        for p in places:
            known = _place_country(sent, kb, p.key)
            named = known is None and rule != "place-in-country" and _kind_in_name(t, p, facility, data)
            if p.key == b.key or known != where and not (region and known is None and rule == "place-comma-region") \
                    and not named:  # ("Bandar Udara Sambuanga, Filipina": a kind of place in its name)
                continue  # (a place kg knows nothing of is often no place: "VX di Malaysia", a ship "in Kuwaiti
                # waters"; one named before a region and a comma is: "Wyomissing, Pennsylvania")
            out.append(_fact("locatedIn", p.key, b.key, sent, p.char[0], b.char[1], f"{sent.lang}:{rule}", 0.9,
                             subject_mention=p.char, object_mention=b.char))
    return out


def _kind_in_name(t, p: Actor, kinds: frozenset[str], data) -> bool:
    """A place's name that says what it is: "Bandar Udara X", "Pulau X", "X Airport"."""
    if p.end - p.start < 2:
        return False
    words = t.lower[p.start:p.end]
    return (" ".join(words[:2]) in kinds or words[0] in kinds) if data.HEAD_FIRST else words[-1] in kinds


def _capital(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    """"the capital Kinshasa", "ibu kota Jakarta": a state's known capital named as one lies in it;
    "Grozny, the capital of Chechnya", "Jakarta, ibu kota Indonesia": a place named the capital of
    a state or region lies there; "the southern city of Shiraz" in a sentence that names Iran, in
    which the gazetteer puts Shiraz, lies in Iran."""
    t = sent.t
    words = _phrases(data, "CAPITAL_WORDS")
    kinds = _words(data, "PLACE_KINDS")
    capitals = _capital_states(kb)
    out = []
    for k, b in enumerate(actors):
        for w in words:
            i = b.start - len(w)
            if i < sent.start or tuple(t.lower[i:b.start]) != w:
                continue
            if b.key in capitals and not (i > sent.start and t.lower[i - 1] in ("'s", "’s", "of")):
                country = kb.country_at(capitals[b.key], sent.doc.user_data.get("article_date"))
                out.append(_fact("locatedIn", b.key, country, sent, t.idx[i], b.char[1], f"{sent.lang}:capital", 0.85,
                                 subject_mention=b.char))
        if b.type == "Place" and b.start >= 2 and t.lower[b.start - 1] == "of" and t.lower[b.start - 2] in kinds \
                and not (k and actors[k - 1].end >= b.start - 4):
            # "Iran has hanged two men in the southern city of Shiraz": the state the sentence names
            where = _place_country(sent, kb, b.key)
            state = next((a for a in actors if a.key == where and a.type == "Country"), None)
            if where is not None and state is not None:
                out.append(_fact("locatedIn", b.key, where, sent, min(state.char[0], b.char[0]), max(state.char[1], b.char[1]),
                                 f"{sent.lang}:kind-of-place-in-sentence", 0.7, subject_mention=b.char,
                                 object_mention=state.char))
        if b.type not in ("Country", "Place") or k == 0:
            continue
        a = actors[k - 1]  # "Grozny, the capital of Chechnya"
        for w in words:
            j = a.end
            if j < t.n and t.words[j] == ",":
                j += 1
            if j < t.n and t.lower[j] == "the":
                j += 1
            if tuple(t.lower[j:j + len(w)]) != w or (j == a.end and not data.HEAD_FIRST):
                continue  # (English: "the Chechen capital of Grozny" names the capital after "of")
            j += len(w)
            if j < t.n and t.lower[j] == "of":
                j += 1
            if j == b.start and a.type == "Place" and a.key != b.key:
                out.append(_fact("locatedIn", a.key, b.key, sent, a.char[0], b.char[1], f"{sent.lang}:capital-of", 0.85,
                                 subject_mention=a.char, object_mention=b.char))
    return out


def _kind_of_place(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    """"the Israeli city of Tel Aviv", "the Greek island of Thassos", "Canada's capital city, Ottawa"
    → locatedIn the state, unless the gazetteer puts the place in another state."""
    t = sent.t
    kinds = _words(data, "PLACE_KINDS")
    out = []
    for a, b in zip(actors, actors[1:]):
        adjective = b.start == a.end + 2 and t.words[a.end + 1].isalpha() and t.words[a.end + 1].islower() \
            and not sent.doc[a.end + 1].is_stop  # "Serbia's troubled Kosovo province"
        if a.type in ("Country", "Place") and b.type == "Place" and not b.is_state and (b.start == a.end + 1 or adjective) \
                and a.end < t.n and t.words[a.end] in ("'s", "’s") and b.key != a.key:
            # "Georgia's Abkhazia region", "Jerusalem's al-Aqsa mosque": the place lies in the other
            where = a.key if a.type == "Country" else _place_country(sent, kb, a.key)
            if where is not None and _place_country(sent, kb, b.key) == where:  # (a place kg does not know: no)
                out.append(_fact("locatedIn", b.key, a.key, sent, a.char[0], b.char[1], f"{sent.lang}:possessive-place",
                                 0.75, subject_mention=b.char, object_mention=a.char))
            continue
        if a.type not in ("Country", "Place") or b.type != "Place" or b.key == a.key:
            continue  # (a region: "the West Bank town of Hebron")
        i = a.end + (1 if a.possessive or (a.end < t.n and t.words[a.end] in ("'s", "’s")) else 0)
        k = i
        while k < min(i + 2, b.start) and t.words[k].isalpha() and t.words[k].islower() and t.lower[k] not in kinds \
                and not sent.doc[k].is_stop:
            k += 1  # "the Zairean border town of Goma", "Iraq's main oil city of Basra"
        if k < t.n and t.lower[k] in kinds:
            i = k
        if not (i < t.n and t.lower[i] in kinds):
            continue
        i += 1
        while i < b.start and t.lower[i] in kinds:
            i += 1  # "capital city"
        if i < b.start and t.lower[i] in ("of", ","):
            i += 1
        if i != b.start:
            continue
        country = _place_country(sent, kb, b.key)
        where = a.key if a.type == "Country" else _place_country(sent, kb, a.key)
        if country is not None and where is not None and country != where:
            continue  # (a region of no one state: "the West Bank town of Hebron")
        out.append(_fact("locatedIn", b.key, a.key, sent, a.char[0], b.char[1], f"{sent.lang}:kind-of-place", 0.85,
                         subject_mention=b.char, object_mention=a.char))
    return out


def _place_apposition(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    """"Guam, a U.S. territory", "Lesbos, a Greek island", "Guam, salah satu wilayah AS": a place
    described by a kind of place of a state lies in it, unless the gazetteer puts it elsewhere."""
    t = sent.t
    kinds = _words(data, "APPOSITION_PLACE_KINDS") or _words(data, "PLACE_KINDS")
    lead = _words(data, "PLACE_APPOSITION_LEAD")
    state_first = not data.HEAD_FIRST  # English: "a U.S. territory"; Indonesian: "wilayah AS"
    out = []
    territory = _words(data, "TERRITORY_KINDS")  # a dependent territory kg holds as a country: "Guam"
    for b, a in zip(actors, actors[1:]):
        if b.type not in ("Place", "Country") or a.type != "Country" or b.key == a.key or b.end >= t.n \
                or t.words[b.end] != ",":
            continue
        i = b.end + 1
        while i < a.start and t.lower[i] in lead:
            i += 1
        kind = (t.lower[a.end] if a.end < t.n else "") if state_first else t.lower[i]
        if state_first:
            ok = i == a.start and kind in kinds
        else:
            ok = i < a.start and kind in kinds and i + 1 == a.start
        ok = ok and (b.type == "Place" or kind in territory)
        country = _place_country(sent, kb, b.key)
        if ok and (country is None or country == a.key):
            out.append(_fact("locatedIn", b.key, a.key, sent, b.char[0], a.char[1], f"{sent.lang}:place-apposition",
                             0.8, subject_mention=b.char, object_mention=a.char))
    return out


def _membership_apposition(sent: Sentence, actors: list[Actor], data) -> list[Fact]:
    t = sent.t
    out = []
    words = _words(data, "AGREEMENT_WORDS", "ALLIANCE_WORDS")
    for org in actors:
        if org.type != "Organization":
            continue
        k = org.start - 1
        while k >= sent.start and t.lower[k] in ("the", ","):
            k -= 1
        if k < sent.start or t.lower[k] not in data.APPOSITION_MARKERS:
            continue
        treaty = next((i for i in range(k - 1, sent.start - 1, -1) if t.lower[i] in words), None)
        if treaty is None:
            continue
        members = [a for a in actors if treaty < a.start < k and a.prep in WITH]
        subject = next(
            (a for a in reversed(actors) if a.end <= treaty and a.lifted.startswith(("country:", "org:")) and a.via != "oblique"),
            None,
        )
        if subject is not None:
            members.insert(0, subject)
        for m in members:
            if m.lifted != org.key:
                out.append(_fact("memberOf", m.lifted, org.key, sent, min(m.char[0], t.idx[treaty]), org.char[1],
                                 f"{sent.lang}:treaty-namely-organization", 0.7, subject_mention=m.char if m.named else None,
                                 object_mention=org.char))
    return out


_MEMBER_GAP = frozenset({",", "a", "an", "is", "was", "as", "fellow", "another", "being", "became", "remains", "also"})


def _member_noun(sent: Sentence, actors: list[Actor], data) -> list[Fact]:
    """"Turkey, a NATO member, ...", "Russia was an OSCE member", "NATO member Turkey" → memberOf:
    a body's name right before the word for its member (``ORG_MEMBER_WORDS``) and the state that
    the phrase describes, right before it (a copula or an article between) or right after it."""
    t = sent.t
    words = frozenset(getattr(data, "ORG_MEMBER_WORDS", ()))
    out = []
    for k, org in enumerate(actors):
        if org.type != "Organization" or org.end >= sent.end or t.lower[org.end] not in words:
            continue
        after = []  # "NATO members Greece and Turkey": the states listed right after
        for a in actors[k + 1:]:
            prev = after[-1].end if after else org.end + 1
            if not a.is_state or not (a.start == prev if not after else
                                      t.lower[prev:a.start] and all(w in data.COORD for w in t.lower[prev:a.start])):
                break
            after.append(a)
        before = next((a for a in reversed(actors[:k]) if a.is_state and a.via != "oblique"
                       and all(w in _MEMBER_GAP for w in t.lower[a.end : org.start])), None)
        for m in (*after, before):
            if m is not None and m.lifted != org.key:
                out.append(_fact("memberOf", m.lifted, org.key, sent, min(m.char[0], org.char[0]), max(m.char[1], org.char[1]),
                                 f"{sent.lang}:member-noun", 0.75, subject_mention=m.char if m.named else None,
                                 object_mention=org.char))
    return out


def _membership_possessive(sent: Sentence, actors: list[Actor], data) -> list[Fact]:
    """"Greece and Turkey's NATO allies", "Britain's EU partners": the owners belong to the body."""
    t = sent.t
    nouns = data.MEMBER_NOUNS
    if not nouns:
        return []
    out = []
    for k, org in enumerate(actors):
        if org.type != "Organization" or org.end >= sent.end or t.lower[org.end] not in nouns:
            continue
        if org.start < 1 or t.words[org.start - 1] not in ("'s", "’s", "'"):
            continue
        owner = next((a for a in reversed(actors[:k]) if a.end == org.start - 1), None)
        if owner is None:
            continue
        group = [owner]
        j = actors.index(owner)
        while j > 0 and all(w in data.COORD for w in t.lower[actors[j - 1].end : actors[j].start]) and actors[j - 1].end < actors[j].start:
            group.append(actors[j - 1])
            j -= 1
        for m in group:
            if m.is_state and m.lifted != org.key:
                out.append(_fact("memberOf", m.lifted, org.key, sent, m.char[0], t.ends[org.end], f"{sent.lang}:possessive-members",
                                 0.7, subject_mention=m.char if m.named else None, object_mention=org.char))
    return out


def _compounds(sent: Sentence, actors: list[Actor], data) -> list[Fact]:
    """"the Iran-Iraq war", "perang Iran-Irak": two actors joined by a hyphen and a noun."""
    t = sent.t
    out = []
    table = data.COMPOUND_NOUNS
    for a, b in zip(actors, actors[1:]):
        if b.start != a.end + 1 or t.words[a.end] not in ("-", "–", "/") or not (a.is_state or a.type == "Organization") \
                or not (b.is_state or b.type == "Organization") or a.lifted == b.lifted:
            continue
        if data.COMPOUND_NOUN_FIRST:
            i = a.start - 1
            noun = t.lower[i] if i >= sent.start else ""
            lo = t.idx[i] if noun in table else a.char[0]
            hi = b.char[1]
        else:
            i = b.end
            noun = t.lower[i] if i < sent.end else ""
            lo, hi = a.char[0], t.ends[i] if noun in table else b.char[1]
        rel = table.get(noun)
        if rel is None:
            continue
        out.append(_fact(rel, a.lifted, b.lifted, sent, lo, hi, f"{sent.lang}:compound:{noun}", 0.75,
                         subject_mention=a.char if a.named else None, object_mention=b.char if b.named else None))
    return out


def _presence(sent: Sentence, actors: list[Actor], kb: KnowledgeBase, data) -> list[Fact]:
    """A person of one state said to be in a place of another: a visit.

    "kata Tillerson dalam Forum Regional ASEAN di Manila", "Mousavi is currently in Damascus",
    "Putin, speaking in Ankara": a presence cue next to the person, then only presence words
    (``PRESENCE_GAP``) and the capitalised name of a venue before "di"/"in" and the place."""
    t = sent.t
    lower, cap = t.lower, t.cap
    cues, gap_words = data.PRESENCE_CUES, data.PRESENCE_GAP
    blockers = _words(data, "PLANNED", "HEDGES", "NEGATIONS")
    out = []
    for k, a in enumerate(actors):
        if a.type != "Person" or not a.is_state or a.via not in ("mention", "pronoun"):
            continue
        if not blockers.isdisjoint(lower[max(sent.start, a.start - 3) : a.start]):
            continue
        cued = a.start > sent.start and lower[a.start - 1] in cues
        j = a.end
        if j < sent.end and t.words[j] == ",":
            j += 1
        # the gap: presence words and cues, or a venue's capitalised name after one of them
        venue = False
        while j < sent.end and lower[j] not in data.LOCATIVE_PREPS and (
                lower[j] in gap_words or lower[j] in cues or (venue and cap[j])):
            cued = cued or lower[j] in cues
            venue = venue or lower[j] in gap_words
            j += 1
        if not cued:
            continue
        p = next((x for x in actors[k + 1 :] if x.start == j + 1), None)
        if p is None or j >= sent.end or lower[j] not in data.LOCATIVE_PREPS or lower[j] in data.DIRECTION_PREPS:
            continue
        country = p.lifted if p.is_state else _place_country(sent, kb, p.key)
        if country is None or country == a.lifted:
            continue
        out.append(_fact("visits", a.lifted, country, sent, a.char[0], p.char[1], f"{sent.lang}:presence", 0.6,
                         subject_mention=a.char if a.named else None, object_mention=p.char, date=_sentence_date(sent, p.char[0]),
                         place=p.key if p.type == "Place" else None))
    return out


def _sentence_date(sent: Sentence, char: int) -> str | None:
    from kg.nlp.dates import find_dates

    t = sent.t
    c0 = t.idx[sent.start]
    ref = sent.doc.user_data.get("article_date")
    dates = find_dates(t.string[c0 : t.ends[sent.end - 1]], sent.lang, ref, offset=c0, words=set(t.lower[sent.start : sent.end]))
    if dates:
        return min(dates, key=lambda d: abs(d.start - char)).value
    return ref.isoformat() if ref else None


def _parties(sent: Sentence, actors: list[Actor], data) -> list[Fact]:
    t = sent.t
    out = []
    sign = data.SIGN_WORDS
    for ag in (a for a in actors if a.type == "Agreement"):
        parties: list[Actor] = []
        after = [a for a in actors if a.start >= ag.end and a.type == "Country"]
        if ag.end < t.n and t.lower[ag.end] in BETWEEN:
            parties = after[:2]
        if not parties:
            parties = [a for a in actors if a.via == "group" and abs(a.start - ag.start) <= 6]
        if not parties and any(w in sign for w in t.lower[sent.start : ag.start]):
            parties = [a for a in actors if a.end <= ag.start and a.is_state][:2]
        for p in parties:
            out.append(_fact("partyTo", p.lifted, ag.key, sent, min(p.char[0], ag.char[0]), max(p.char[1], ag.char[1]),
                             f"{sent.lang}:agreement-parties", 0.7, object_mention=ag.char,
                             subject_mention=p.char if p.named else None))
    return out
