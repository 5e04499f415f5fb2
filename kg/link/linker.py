"""``kg_linker``: one entity per real-world thing within an article.

* a person's later mentions by a part of the name ("Putin", "Pashinyan", "Mr Straw") or by a
  spelling variant ("Pashinian") link to the person (spelling-tolerant keys, see ``person_key``);
* entities get their label, ids and country (for people: the country of their title, else what
  the knowledge base of people says they were at the article's date);
* a title without an affiliation in the text gets one: from the knowledge base of people
  ("President Ronald Reagan" in 1987 → United States), from a body the statistical NER found
  next to it ("CFDT spokesman X", "Ketum PAN X") or that the title names ("Kapolri"), for an
  organization's office ("Secretary-General Lord Carrington") the organization the article named
  last before it, and for a state's office with no state anywhere in the article the dateline's
  state ("NEW DELHI - Foreign Minister I.K. Gujral") or, in Indonesian news, Indonesia;
* the result is ``doc.user_data["kg_entities"]`` (key → Entity) with every span's ``kb_id_``
  final, ``doc.user_data["kg_roles"]`` with affiliations filled in and
  ``doc.user_data["kg_affiliation"]`` (person key → the organization they act for, when it is
  not a state). Metonyms (a capital or a government seat standing for its state) are resolved
  where the role of the mention is known, in the relation stage, through :func:`actor_key`.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.spans import KgSpan, read_spans, write_spans
from kg.nlp.components.persons import ACADEMIC_TITLES, NAME_CONNECTORS, RoleMention, clean_name, person_key
from kg.nlp.gazetteer import KnowledgeBase, knowledge_base
from kg.nlp.tokens import Toks, toks
from kg.ontology.iris import slug

FACT_SEGMENTS = ("title", "body")
ORG_OFFICES = frozenset({"secretaryGeneral"})  # roles that are always held in an organization
ORG_ACTING_ROLES = frozenset({"headOfState", "headOfGovernment", "monarch", "foreignMinister", "defenceMinister",
                              "minister", "ambassador", "spokesperson", "secretaryGeneral", "militaryCommander"})
STATE_ROLES = frozenset({"headOfState", "headOfGovernment"})  # offices only a state has
GENERIC_ROLES = frozenset({"official", "leader"})  # titles that do not say which office
# a title that names any of these offices ("Minister Retno": the foreign minister)
TITLE_COVERS: dict[str, frozenset[str]] = {"minister": frozenset({"foreignMinister", "defenceMinister"})}
COUNTERPART_ROLES = frozenset({"foreignMinister", "defenceMinister", "minister", "headOfState", "headOfGovernment"})
# a state's offices that news gives without the state when it is the dateline's: "NEW DELHI -
# Foreign Minister I.K. Gujral said"; a foreign holder is named with the state ("Pakistani Prime
# Minister X") or known to the knowledge base of people
DATELINE_ROLES = frozenset({"headOfState", "headOfGovernment", "foreignMinister", "defenceMinister", "minister"})


@Language.factory("kg_linker")
def make_linker(nlp: Language, name: str) -> "Linker":
    return Linker(nlp)


def segment_of(doc: Doc, char: int) -> str:
    for seg in doc.user_data.get("segments", ()):
        if seg.start <= char < seg.end:
            return seg.kind
    return "body"


class SegmentIndex:
    """:func:`segment_of` for many offsets of one document (segments sorted once)."""

    def __init__(self, doc: Doc) -> None:
        segs = sorted(doc.user_data.get("segments", ()), key=lambda g: g.start)
        self.starts = [g.start for g in segs]
        self.segs = segs

    def kind(self, char: int) -> str:
        k = bisect_right(self.starts, char) - 1
        while k >= 0:
            g = self.segs[k]
            if g.start <= char < g.end:
                return g.kind
            if g.end <= char:
                break
            k -= 1
        return "body"


def actor_key(kb: KnowledgeBase, entities: dict[str, Entity], key: str) -> str:
    """The state behind a metonym: a capital, a government seat or a ministry → its country."""
    if key in kb.government_of:
        return kb.government_of[key]
    e = entities.get(key) or kb.entities.get(key)
    if e is None:
        return key
    if e.type == "Place" and e.country and kb.capitals.get(e.country) == key:
        return e.country
    if e.type == "Organization" and e.country and key.startswith("org:ministry"):
        return e.country
    return key


class Linker:
    def __init__(self, nlp: Language | None = None) -> None:
        self.kb = knowledge_base()
        self.lang = nlp.lang if nlp is not None else "en"
        self.names = frozenset(self.kb.surface_forms(self.lang if self.lang in ("id", "en") else "en"))
        d = langdata.get(self.lang if self.lang in ("id", "en") else "en")
        home = getattr(d, "HOME_STATE", None)
        self.home_state = f"country:{home}" if home else None
        self.title_bodies: dict[str, str] = dict(getattr(d, "TITLE_BODIES", {}))
        self.ministries = {k.lower(): v for k, v in getattr(d, "MINISTRIES", {}).items()}
        # between a title and the body it is of: "spokesman for the Amal militia", "pejabat senior dari"
        self.title_to_body = frozenset(d.AFFILIATION_PREPS) | frozenset(getattr(d, "GROUP_WORDS", ())) \
            | frozenset(getattr(d, "TITLE_ADJECTIVES", ())) | {"the"}
        # between a body and the name after it: "(AIPI) Prof Sangkot Marzuki", ", Pak Harun"
        self.between_name_words = frozenset({",", "(", ")", "."}) | frozenset(d.COURTESY_TITLES) \
            | frozenset(d.NAME_PREFIXES) | ACADEMIC_TITLES

    def __call__(self, doc: Doc) -> Doc:
        t = toks(doc)
        spans = list(read_spans(doc))
        new_entities: dict[str, Entity] = doc.user_data.get("kg_new_entities", {})
        date: dt.date | None = doc.user_data.get("article_date")
        spans = self._name_parts(doc, t, spans)  # "Kim" after "Kim Jong Un": the article's own Kim first
        known = self._known_people(doc, t, spans, date)
        if known != spans:
            spans = self._name_parts(doc, t, known)
        spans, rekey = self._state_ministries(doc, t, spans, new_entities, date)
        spans = write_spans(doc, spans, sync_group=True)
        entities: dict[str, Entity] = {}
        forms: dict[str, Counter] = {}
        person_at: dict[int, str] = {}
        segments = SegmentIndex(doc)
        for sp in spans:
            key = sp.key
            if sp.label == "Person":
                person_at[sp.start] = key
                rank = 1 if segments.kind(t.idx[sp.start]) in FACT_SEGMENTS else 0
                forms.setdefault(key, Counter())[(sp.end - sp.start, rank, clean_name(t.text(sp.start, sp.end)))] += 1
                continue
            e = self.kb.entities.get(key) or new_entities.get(key)
            if e is not None:
                entities[key] = e
                if e.country and e.country in self.kb.entities:
                    entities.setdefault(e.country, self.kb.entities[e.country])
        for key, counter in forms.items():
            (_, _, label), _ = max(counter.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[1]))
            known = self.kb.entities.get(key)
            if known is not None and known.type == "Person":
                label = known.label
            entities[key] = Entity(key=key, type="Person", label=label, labels={"en": label})
        affiliation: dict[str, str] = {}
        roles: list[RoleMention] = []
        org_spans = [sp for sp in spans if sp.label == "Organization" and sp.key not in self.kb.news_orgs]
        orgs = [(sp.start, sp.key) for sp in org_spans]
        org_before = {sp.end: sp.key for sp in org_spans}
        org_start = {sp.start: sp.key for sp in org_spans}
        for r in doc.user_data.get("kg_roles", ()):
            key = person_at.get(r.ns)
            if key is None:
                continue
            if r.former:  # "former Iranian president X": the office was held (a fact), but X no longer acts for it
                if r.past and r.aff is not None:
                    role = r.role
                    if role == "leader" or (role in STATE_ROLES and not r.aff.startswith("country:")):
                        role = "headOfState" if role == "leader" and r.aff.startswith("country:") else "official"
                    roles.append(r._replace(role=role, aff_from="text"))
                continue
            aff, aff_from = rekey.get(r.aff, r.aff), ("dateline" if r.aff in rekey else r.aff_from)
            if aff is None and (date is not None or r.role not in GENERIC_ROLES):
                # (a generic title in an undated text says nothing of when: "Governor Clinton")
                aff, aff_from = self.kb.affiliation(key, None if r.role == "leader" else r.role, date), "kb"
            if aff_from == "kb" and aff is not None and not self._fits_known(key, aff, r.role, date):
                continue  # "para menteri Jokowi": Jokowi's ministers; the title is not his
            if aff is None:
                # "CFDT spokesman X", "Ketum PAN Zulkifli Hasan": a body the model found before the
                # title (not for a minister's office: a state's) or between the title and the name;
                # "Kapolri Tito Karnavian": a title that names its body (the police)
                aff = (org_before.get(r.ts) if r.role not in DATELINE_ROLES else None) \
                    or (self._org_between(t, r, org_spans) if r.ts < r.ns else self._org_after(t, r, org_start)) \
                    or self.title_bodies.get(r.title)
                aff_from = "text" if aff is not None else aff_from
            if aff is None and r.role in ORG_OFFICES:
                aff = next((k for s, k in reversed(orgs) if s < r.ts), None) or next((k for s, k in orgs), None)
                aff_from = "context"
            if r.aff is not None and self._contradicts(key, r.aff, entities, date):
                continue  # "... as US President, Tony Blair has said": the text's title is not his
            role = r.role
            if role == "leader":
                role = "headOfState" if aff is not None and aff.startswith("country:") else "official"
            elif role in STATE_ROLES and aff is not None and not aff.startswith("country:"):
                role = "official"  # "president of the Panhellenic Socialist Movement": no state office
            if role in GENERIC_ROLES and aff is not None:
                role = self._known_role(key, aff, date) or role  # "Chairman Kim Jong Un": head of state
            if r.counterpart and role in ("minister", "official"):
                # "He will meet his Chinese counterpart, Minister Li": the office of the one he is
                role = next((x.role for x in reversed(roles) if x.ns < r.ns and x.role in COUNTERPART_ROLES
                             and person_at.get(x.ns) != key), role)
            r = r._replace(aff=aff, role=role, aff_from=aff_from)
            roles.append(r)
            if aff is None or key not in entities:
                continue
            aff_entity = entities.get(aff) or self.kb.entities.get(aff) or new_entities.get(aff)
            if aff_entity is None:
                continue
            entities.setdefault(aff, aff_entity)
            if aff_entity.type == "Country":
                if entities[key].country is None:
                    entities[key].country = aff
            elif role in ORG_ACTING_ROLES:  # a party's candidate does not act for the party
                affiliation.setdefault(key, aff)
        roles = self._dateline_roles(doc, t, spans, date, roles, person_at, entities, affiliation)
        for key, e in list(entities.items()):
            if e.type == "Person" and e.country is None and key not in affiliation:
                home = self.kb.affiliation(key, None, date)
                if home is not None:
                    if home.startswith("country:"):
                        e.country = home
                        entities.setdefault(home, self.kb.entities[home])
                    else:
                        affiliation[key] = home
        for key in affiliation.values():
            if key not in entities and key in self.kb.entities:
                entities[key] = self.kb.entities[key]
        doc.user_data["kg_roles"] = roles
        doc.user_data["kg_entities"] = entities
        doc.user_data["kg_affiliation"] = affiliation
        return doc

    def _dateline_roles(self, doc: Doc, t: Toks, spans: list[KgSpan], date: dt.date | None,
                        roles: list[RoleMention], person_at: dict[int, str], entities: dict[str, Entity],
                        affiliation: dict[str, str]) -> list[RoleMention]:
        """A state's office written before a name without a state ("Foreign Minister I.K. Gujral")
        is the dateline's state's, when nothing else in the article ties the person to a state or a
        body, the knowledge base of people does not know them and the article names that state; in
        a language whose news names its own state's officials without it (HOME_STATE: "Menteri
        Pertahanan Ryamizard Ryacudu"), that state's, wherever the story was filed."""
        bare = [k for k, r in enumerate(roles) if r.aff is None and r.role in DATELINE_ROLES and r.ts < r.ns]
        if not bare:
            return roles
        ends = {sp.end for sp in spans}
        state = None
        for k in bare:
            r = roles[k]
            key = person_at.get(r.ns)
            if key is None or key not in entities or key in self.kb.person_roles or key in affiliation \
                    or entities[key].country is not None or self._named_before(t, r.ts, ends) \
                    or any(t.cap[i] for i in range(r.ts + len(r.title.split()), r.ns)):
                continue  # (a capitalised word between title and name may be a state kg does not know)
            if self.home_state and r.role in STATE_ROLES:
                continue  # (a foreign head of state is named with the state, or known)
            if state is None:  # (looked up once, for the first bare title that may take it)
                state = self.home_state or self._dateline_state(doc, date) or ""
                if state and state not in self._named_states(doc, t, spans, date):
                    state = ""  # (the state must be named in the article: a Brussels dateline is no Belgian story)
            if not state:
                return roles
            roles[k] = r._replace(aff=state, aff_from="home" if state == self.home_state else "dateline")
            entities[key].country = state
            entities.setdefault(state, self.kb.entities[state])
        return roles

    def _org_between(self, t: Toks, r: RoleMention, orgs: list[KgSpan]) -> str | None:
        """The body named last between a title and its name, with only punctuation, its acronym in
        brackets or courtesy titles after it: "Ketum PAN Zulkifli Hasan", "Ketua Akademi Ilmu
        Pengetahuan Indonesia (AIPI) Prof Sangkot Marzuki"."""
        inside = [sp for sp in orgs if r.ts < sp.start and sp.end <= r.ns]
        if not inside:
            return None
        last = inside[-1]
        covered = {i for sp in inside for i in range(sp.start, sp.end)}
        skip = self.between_name_words
        if all(i in covered or t.lower[i] in skip for i in range(last.end, r.ns)):
            return next((sp.key for sp in inside if sp.end == last.start - 1 and t.words[sp.end] == "("), last.key)
        return None

    def _org_after(self, t: Toks, r: RoleMention, org_start: dict[int, str]) -> str | None:
        """The body the model found right after a title that follows its name, past a preposition,
        "the" and lower-case words of its kind: "X, spokesman for the Amal militia"."""
        i = r.ts + len(r.title.split())
        stop = min(t.n, i + 4)
        while i < stop and i not in org_start and not t.cap[i] and t.lower[i] in self.title_to_body:
            i += 1
        return org_start.get(i)

    def _state_ministries(self, doc: Doc, t: Toks, spans: list[KgSpan], new_entities: dict[str, Entity],
                          date: dt.date | None) -> tuple[list[KgSpan], dict[str, str]]:
        """"BONN ... Foreign Ministry spokesman X": a ministry named without its state is the
        dateline state's, when the article names that state (as for a bare title); its own key, not
        one "Foreign Ministry" node for every state's."""
        bare = [sp for sp in spans if sp.label == "Organization" and sp.key not in self.kb.entities
                and t.text(sp.start, sp.end).lower() in self.ministries
                and (e := new_entities.get(sp.key)) is not None and e.country is None]
        if not bare:
            return spans, {}
        state = self._dateline_state(doc, date)
        if state is None or state not in self._named_states(doc, t, spans, date):
            return spans, {}
        c = self.kb.entities[state]
        rekey = {}
        for sp in bare:
            name = self.ministries[t.text(sp.start, sp.end).lower()]
            key = f"org:{slug(name)}-{c.ids.get('iso3', state).lower()}"
            new_entities.setdefault(key, Entity(key, "Organization", f"{name} of {c.label}", country=state))
            rekey[sp.key] = key
        return [sp._replace(key=rekey.get(sp.key, sp.key)) for sp in spans], rekey

    def _named_states(self, doc: Doc, t: Toks, spans: list[KgSpan], date: dt.date | None) -> set[str]:
        """The states the article's title and body name, by name or by their capital."""
        out = set()
        segments = SegmentIndex(doc)
        for sp in spans:
            if segments.kind(t.idx[sp.start]) not in FACT_SEGMENTS:
                continue
            if sp.label == "Country":
                out.add(self.kb.country_at(sp.key, date))
            elif sp.label == "Place" and (e := self.kb.entities.get(sp.key)) is not None and e.country \
                    and self.kb.capitals.get(e.country) == sp.key:
                out.add(self.kb.country_at(e.country, date))
        return out

    @staticmethod
    def _named_before(t: Toks, i: int, ends: set[int]) -> bool:
        """A name ends in the capitalised words just before token ``i``: "Hong Kong Financial
        Secretary X" (a territory, or a body, the title may belong to)."""
        while i not in ends:
            if i == 0 or not t.cap[i - 1]:
                return False
            i -= 1
        return True

    def _dateline_state(self, doc: Doc, date: dt.date | None) -> str | None:
        """The state of the place a dateline names ("STIRLING, Scotland", "NEW DELHI", "Jakarta"):
        its parts looked up as written and in title case, the first known place or state wins."""
        line = doc.user_data.get("dateline")
        if not line:
            return None
        names = self.kb.surface_forms(self.lang)
        for part in line.split(","):
            part = part.strip()
            for form in (part, part.title()):
                e = self.kb.entities.get(names.get(form, ""))
                if e is not None and e.type == "Country":
                    return self.kb.country_at(e.key, date)
                if e is not None and e.type == "Place" and e.country:
                    return self.kb.country_at(e.country, date)
        return None

    def _contradicts(self, person: str, aff: str, entities: dict, date: dt.date | None) -> bool:
        """The knowledge base says the person held office elsewhere at the time."""
        if date is None or person not in self.kb.person_roles:
            return False
        now = {a for _, a, y0, y1 in self.kb.person_roles[person] if y0 <= date.year <= y1}
        if not now:
            return False
        return actor_key(self.kb, entities, aff) not in now and aff not in now

    def _known_people(self, doc: Doc, t: Toks, spans: list[KgSpan], date: dt.date | None) -> list[KgSpan]:
        """A titled or courtesy-titled name the knowledge base knows by its last name alone
        ("President Reagan" in 1987, "Mr Straw" in 2004) becomes that person."""
        roles = {r.ns: r.role for r in doc.user_data.get("kg_roles", ())}
        kb = self.kb
        out = []
        for sp in spans:
            if sp.label == "Person" and sp.key not in kb.entities:
                role = roles.get(sp.start)
                key = kb.person_by_surname(person_key(t.words[sp.end - 1]), None if role in (None, "leader") else role, date)
                if key is not None and (sp.end - sp.start == 1 or (role is not None and self._same_first_name(t.words[sp.start], key))):
                    sp = sp._replace(key=key)
            out.append(sp)
        return out

    def _fits_known(self, person: str, aff: str, role: str, date: dt.date | None) -> bool:
        """Whether a title fits what the knowledge base says the person held in ``aff`` (at
        ``date``): yes when it knows nothing then, or the title is generic or one of those offices."""
        if role in GENERIC_ROLES:
            return True
        known = self._held(person, aff, date)
        return not known or role in known or bool(known & TITLE_COVERS.get(role, frozenset()))

    def _known_role(self, person: str, aff: str, date: dt.date | None) -> str | None:
        """The one office the knowledge base says the person held in ``aff`` (at ``date``)."""
        roles = self._held(person, aff, date)
        return roles.pop() if len(roles) == 1 else None

    def _held(self, person: str, aff: str, date: dt.date | None) -> set[str]:
        """The offices the knowledge base says the person held in ``aff`` (in ``date``'s year)."""
        return {r for r, a, y0, y1 in self.kb.person_roles.get(person, ())
                if a == aff and (date is None or y0 <= date.year <= y1)}

    def _same_first_name(self, first: str, person: str) -> bool:
        """Does a written first name (or initial) fit the known person's? "Howard Baker" is not
        James Baker, "Pierre Trudeau" not Justin Trudeau; "J. Baker" and "Jim Baker"… only the
        initial is checked for a one-letter name."""
        known = self.kb.entities.get(person)
        if known is None:
            return False
        given = known.label.split()[0].lower()
        first = first.rstrip(".").lower()
        if len(first) == 1:
            return given[:1] == first
        # spellings of one name: "Mahmud"/"Mahmoud", "Soesilo"/"Susilo" (not "Howard"/"James")
        return person_key(first) == person_key(given) or (
            first[0] == given[0] and SequenceMatcher(None, first, given).ratio() >= 0.75)

    def _name_parts(self, doc: Doc, t: Toks, spans: list[KgSpan]) -> list[KgSpan]:
        """Mentions of a named person by one part of the name, tolerant to spelling."""
        parts: dict[str, set[str]] = {}
        singles: list[KgSpan] = []
        for sp in spans:
            if sp.label != "Person":
                continue
            if sp.end - sp.start == 1:
                singles.append(sp)
                continue
            for i in range(sp.start, sp.end):
                w = t.words[i]
                if t.cap[i] and len(w) >= 3 and t.lower[i] not in NAME_CONNECTORS:
                    parts.setdefault(person_key(w), set()).add(sp.key)
        if not parts:
            return spans
        out = list(spans)
        for sp in singles:  # "Mr Straw" after "Jack Straw"
            owners = parts.get(sp.key)
            if owners and len(owners) == 1:
                out[out.index(sp)] = sp._replace(key=next(iter(owners)))
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        words, names = t.words, self.names
        for i in t.cap_idx:
            if i in covered:
                continue
            w = words[i]
            if len(w) < 3 or w in names:
                continue
            owners = parts.get(person_key(w))
            if owners and len(owners) == 1:
                out.append(KgSpan(i, i + 1, next(iter(owners)), "Person"))
        return out
