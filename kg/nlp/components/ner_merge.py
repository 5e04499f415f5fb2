"""``kg_ner_merge``: the statistical NER's spans (``doc.spans["ner"]``, from ``kg_ner``) become
entities where the gazetteer and the titled-person rules found nothing, and settle how far a name
reaches where the two disagree.

Where a model name overlaps the rules' spans ("kg"; only their Country/Place/City/Organization/
Person spans can give way, never an agreement):

* **the same span**: the rules' entity stays, ids and all; only a person the knowledge base does
  not know and no title introduced (a capitalised phrase) takes the model's ORG/LOC reading, and a
  town of the city list (no capital) that the model reads as a person is that person ("kata Ahmad")
  unless a preposition of place stands before it ("in Bonn", "di Bonn");
* **the model's name is the rules' span with lower-case words around it, of the same kind** (a
  kind of place before it where the head comes first, "kota Rafah", "partai NasDem"; a direction
  after it, "Gaza selatan"): the mention takes the model's extent and keeps the rules' entity;
* **the model's name contains one of the rules' spans**: the model's name wins and the inner span
  is no mention of its own (the place "Haiti" in the person "Badrodin Haiti", the city in "Bank of
  Dandong" or "Jakarta Pusat", a place in a person's name "Manzurul Hassan Khan"); a known person
  inside a longer person name keeps its id. The inner span stays when it is a body the knowledge
  base knows by that name ("But Human Rights Watch"), a state inside a body's name (a state's
  body acts for the state: "U.S. Air Force", "Angkatan Udara AS"), or a state or capital at the
  start of a person's name (an affiliation run into the name: "Mesir Abdel Fattah al-Sisi"; a
  town there is a first name: "Vena Melinda"). A model name in lower case at its start never
  replaces the rules' entity;
* **the model's names lie inside one span the rules made up** (not in the knowledge base): a
  titled person's name gives way ("Ketua PKB Abdul Kadir" → the body "PKB" and the person "Abdul
  Kadir", who keeps the title's role); a body found by its head word gives way when the model
  reads two names in it ("ONGC and the National Iranian Oil Company") or it starts with a title
  (a body's name does not);
* a model person name that starts with the rules' person and runs on over places: the rules cut
  the name at a place word ("Kapolri Badrodin Haiti": "Badrodin" + "Haiti"), the model's name wins;
* any other model name over two or more of the rules' names (the model ran them together: "Presiden
  Amerika Serikat Donald Trump" → "Amerika Serikat Donald Trump"), partial overlaps and MISC
  spans (on news the English model's MISC is too loose: "Iran of stronger", "U.S. Has"): the
  rules win.

``prefer_model_extent=False`` gives the plain rule: every overlap is won by the rules' span.
Gazetteer spans the model does not tag at all are kept: dropping them measured no better on
held-out NER data, and the facts need them (a state acting in a sentence is often untagged NER
gold). The evaluation: ``kg evaluate-ner --system combined`` (``kg/evaluate/ner.py``).

Entity keys of the model's names:

* a one-word ORG/LOC name that is the last word of one person's name earlier in the text is that
  person ("Donald Trump ... tim kampanyenya Trump");

* PER → a Person keyed like the persons component does (``person_key``: spelling-tolerant), after
  any title or courtesy word at its start ("Mr Straw" → "Straw");
* ORG → a new Organization keyed by its name (``org:<slug>``), so the same name in two articles
  is one entity; an acronym whose letters are its initials links to it;
* LOC → a new Place keyed by its name (``place:<slug>``), without a country or a GeoNames id
  (the model does not know which place it is; the gazetteer's places carry the ids);
* MISC is not used. A one-word span at the start of a sentence is a capitalised common word when
  it is a stop word, an adverb in "-nya", or written in lower case elsewhere in the text ("Moves",
  "Belakangan"), or the text has other sentences and never writes it capitalised inside one; an
  acronym is a name ("NASA"), and in a one-sentence text the model's reading stands. A one-word
  name inside a sentence is kept even when the article names it once (dropping those lost more
  right names than wrong ones on held-out NER data). A name starts with a word, not a number, and
  holds no currency or per cent sign; it may end in a number after a word ("SMA Negeri 3").
  A token is capitalised by its first letter after an opening bracket or by a part after a hyphen
  ("(Jokowi)", "al-Assad" as single tokens of pre-tokenised text).
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.components.cues import cues
from kg.nlp.components.gazetteer import initials
from kg.nlp.components.persons import RoleMention, clean_name, person_key
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.spans import KgSpan, read_spans, write_spans
from kg.nlp.tokens import Toks, toks
from kg.ontology.iris import slug

NER_KEY = "ner"
TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}
ARTICLES = frozenset({"the", "a", "an"})
NAMED = frozenset({"Country", "Place", "City", "Organization", "Person"})  # the rules' kinds a model name may replace
GEONAMES_PLACE = "place:geonames-"  # the keys of the gazetteer's cities
NER_CLASS = {"Country": "LOC", "Place": "LOC", "City": "LOC", "Organization": "ORG", "Person": "PER"}
_OPENERS = "(\"'[“‘"


def _hyphen_joined(t: Toks, model: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Model spans of one label that a hyphen joins without spaces are one name: "Ben" "-"
    "Gurion" → "Ben-Gurion"."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in model:
        if out:
            ps, pe, pl = out[-1]
            if pl == label and s == pe + 1 and t.words[pe] == "-" and t.idx[pe] == t.ends[pe - 1] \
                    and t.idx[s] == t.ends[pe]:
                out[-1] = (ps, e, label)
                continue
        out.append((s, e, label))
    return out


def capitalised(word: str) -> bool:
    """A word written with a capital: its first letter after an opening bracket or quote ("(Jokowi)"
    as one token), or a part after a hyphen ("al-Assad", "se-Sulawesi")."""
    w = word.lstrip(_OPENERS)
    return w[:1].isupper() or any(part[:1].isupper() for part in w.split("-")[1:])


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of the language (none for a language spaCy has none for)."""
    try:
        return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
    except ImportError:
        return frozenset()


@Language.factory("kg_ner_merge", default_config={"span_key": NER_KEY, "prefer_model_extent": True})
def make_ner_merge(nlp: Language, name: str, *, span_key: str, prefer_model_extent: bool) -> "NerMerge":
    return NerMerge(nlp, span_key=span_key, prefer_model_extent=prefer_model_extent)


OFFICE_ROLES = frozenset({"official", "spokesperson", "secretaryGeneral"})  # offices, not rulers


class NerMerge:
    def __init__(self, nlp: Language, *, span_key: str = NER_KEY, prefer_model_extent: bool = True) -> None:
        d = langdata.get(nlp.lang)
        self.span_key = span_key
        self.prefer_model_extent = prefer_model_extent
        self.kb = knowledge_base()
        self.skip_first = frozenset(w for t in d.TITLES for w in t.split()) | frozenset(d.COURTESY_TITLES) | ARTICLES
        self.titles = frozenset(t.lower() for t in d.TITLES)
        self.title_roles = {t.lower(): role for t, role in d.TITLES.items()}
        self.stop = frozenset(d.NAME_STOP)
        self.conjunctions = frozenset(d.CONJUNCTIONS)
        self.common = stop_words(nlp.lang) | frozenset(d.FUNCTION_WORDS)
        self.not_name_suffixes = tuple(getattr(d, "NOT_NAME_SUFFIXES", ()))
        self.head_first = bool(getattr(d, "HEAD_FIRST", False))
        self.directions = frozenset(getattr(d, "REGION_DIRECTIONS", ()))
        self.capitals = frozenset(self.kb.capitals.values())
        c = cues(nlp.lang)
        self.calendar = c.calendar - c.ambiguous_months
        self.at_place = frozenset(d.LOCATIVE_PREPS) - frozenset(d.DIRECTION_PREPS)  # "in", "at", "di"
        # "the state of Guerrero", "pulau Natuna", "Corfu, a Greek island": a kind of place names it
        self.place_kinds = frozenset(getattr(d, "APPOSITION_PLACE_KINDS", ())) or frozenset(getattr(d, "PLACE_KINDS", ()))
        self.place_lead = frozenset(getattr(d, "PLACE_APPOSITION_LEAD", ()))

    def __call__(self, doc: Doc) -> Doc:
        model = [(sp.start, sp.end, sp.label_) for sp in doc.spans.get(self.span_key, [])]
        if not model:
            return doc
        t = toks(doc)
        names = self._names(t, _hyphen_joined(t, model))
        if not names:
            return doc
        spans = list(read_spans(doc))
        entities = doc.user_data.setdefault("kg_new_entities", {})
        moved: dict[int, tuple[int, int] | None] = {}  # a person span's start → its new extent (None: gone)
        titled = {r.ns for r in doc.user_data.get("kg_roles", ())}
        # "Mohammad Adnan, juru bicara Jaish Ahrar al Ashaer,": a name right after a title whose holder
        # is named before it is the body the title is of
        # ("Presiden Pixar, Ed Catmull": the same between a title and its holder's name after it)
        bodies_at = {r.ts + len(r.title.split()) for r in doc.user_data.get("kg_roles", ())
                     if r.ne <= r.ts or (r.ns > 0 and t.words[r.ns - 1] == ",")}
        added = False
        for n, (s, e, typ) in enumerate(names):
            if typ is None:
                continue  # taken with the rules' span it lies in
            if typ == "Person" and s in bodies_at:
                typ = "Organization"
            over = sorted((sp for sp in spans if sp.start < e and s < sp.end), key=lambda sp: sp.start)
            if not over:
                surname = self._surname_of(t, s, e, typ, spans)
                if surname is not None:
                    typ = "Person"
                key = surname or self._key(t, s, e, typ, entities)
                if key is not None:
                    spans.append(KgSpan(s, e, key, typ))
                    added = True
                continue
            if not self.prefer_model_extent or any(sp.label not in NAMED for sp in over):
                continue
            if any((sp.start, sp.end) == (s, e) for sp in over):
                if len(over) > 1:
                    continue
                sp = over[0]
                if sp.label == "Person" and typ != "Person" and sp.key not in self.kb.entities and sp.start not in titled \
                        or typ == "Person" and self._town(sp) and not (s and t.lower[s - 1] in self.at_place):
                    added |= self._replace(t, spans, [sp], [(s, e, typ)], entities, moved)
            elif all(s <= sp.start and sp.end <= e for sp in over):
                tail = self._name_after_ministry(t, over[-1], e)
                if tail is not None:  # "Kementerian Luar Negeri Jose Tavares": the ministry, then a person
                    spans.append(KgSpan(tail, e, person_key(clean_name(t.text(tail, e))), "Person"))
                    added = True
                elif len(over) == 1 and self._stretches(t, over[0], s, e, typ):
                    spans[spans.index(over[0])] = over[0]._replace(start=s, end=e)
                    added = True
                elif capitalised(t.words[s]) and (len(over) == 1 and self._inner_gives_way(over[0], s, typ)
                                                  or self._name_runs_on(over, s, typ)):
                    added |= self._replace(t, spans, over, [(s, e, typ)], entities, moved)
            elif len(over) == 1 and over[0].start <= s and e <= over[0].end:
                sp = over[0]
                inner = [(a, b, ty) for a, b, ty in names[n:] if ty is not None and sp.start <= a and b <= sp.end]
                nested = any(x is not sp and x.start < sp.end and sp.start < x.end for x in spans)
                if not nested and self._outer_gives_way(t, sp, inner):
                    names[n:] = [(a, b, None if sp.start <= a and b <= sp.end else ty) for a, b, ty in names[n:]]
                    if self._replace(t, spans, [sp], inner, entities, moved):
                        added = True
                        if sp.label == "Organization":
                            self._title_before_body(doc, t, sp.start, inner)
        if moved:
            self._move_roles(doc, moved)
        if added:
            spans = write_spans(doc, spans)
            links = initials(doc, t, [(sp.start, sp.end, sp.key) for sp in spans], self.kb)
            if links:
                write_spans(doc, spans + [KgSpan(s, e, k, "Organization") for s, e, k in links])
        return doc

    def _names(self, t: Toks, model: list[tuple[int, int, str]]) -> list[tuple[int, int, str | None]]:
        """The model's PER/ORG/LOC spans that look like names, trimmed, with their entity type."""
        starts = set(t.sent_starts)
        capitalised_inside = {t.lower[i] for i in t.cap_idx if i not in starts}
        written_lower = {w for w, c in zip(t.lower, t.cap) if not c}
        out: list[tuple[int, int, str | None]] = []
        for s, e, label in model:
            typ = TYPES.get(label)
            if typ is None or any(ch in "$€£¥%" for w in t.words[s:e] for ch in w) or t.words[s][:1].isdigit():
                continue  # an amount, a share, "1996": no name
            skip = self.skip_first if typ == "Person" else ARTICLES  # "National Cancer Institute" keeps "National"
            while s < e and (t.lower[s].rstrip(".") in skip or t.space[s]):
                s += 1
            if typ != "Person":  # "Ketua Pengurus Besar Nahdlatul Ulama": an office before the body is no part of it
                s = self._after_office(t, s, e)
            if typ == "Person" and s > 0 and t.lower[s - 1] in ARTICLES:
                continue  # a name takes no article: "the Bill", "the Obama administration"
            while e > s and not self._may_end(t, e - 1):
                e -= 1  # "Details of the": a name ends in a capitalised word
            if e <= s or not (capitalised(t.words[s]) or self._head_noun_first(t, s, e, typ)):
                continue
            while typ == "Person" and e > s and t.words[e - 1] in self.stop:
                e -= 1  # "William Casey and That" (a body's name may end in "Party", "Council")
            if typ == "Person":  # "Julliet Maric of Britain": a person's name holds no "of", "from"
                e = next((i for i in range(s + 1, e) if t.words[i] in ("of", "from", "dari")), e)
            while typ != "Person" and e - s > 1 and t.lower[e - 1] in self.calendar:
                e -= 1  # "di Amman Ahad": a day or month after a name is no part of it
            while e - s > 1 and t.words[s] in self.stop and t.cap[s + 1]:
                s += 1  # "But Human Rights Watch"
            if e <= s or any(t.lower[i] in self.conjunctions for i in range(s, e)):
                continue  # two names run together
            if typ == "Person" and self._named_as_place(t, s, e):
                typ = "Place"
            if e - s == 1 and (t.words[s] in self.stop or (s in starts and not self._name_at_start(t, s, capitalised_inside, written_lower))):
                continue
            if "\n" in t.text(s, e):
                continue
            out.append((s, e, typ))
        return out

    def _named_as_place(self, t: Toks, s: int, e: int) -> bool:
        """A kind of place before the name ("the state of Guerrero", "pulau Natuna") or in an
        apposition after it, ending there ("Corfu, a Greek island,"): a place, not a person."""
        kinds, lower = self.place_kinds, t.lower
        if self.head_first:
            before = s > 0 and lower[s - 1] in kinds
        else:
            before = s > 1 and lower[s - 1] == "of" and lower[s - 2] in kinds
        if before:
            return True
        if e + 2 >= t.n or t.words[e] != ",":
            return False
        i = e + 1
        while i < t.n and i - e <= 3 and lower[i] in self.place_lead:
            i += 1
        stop = min(t.n - 1, i + 3)
        while i < stop and lower[i] not in kinds and t.words[i].isalpha():
            i += 1  # "a Greek", "a small Pacific"
        return i < t.n - 1 and lower[i] in kinds and not t.words[i + 1].isalpha()

    def _may_end(self, t: Toks, i: int) -> bool:
        """Whether a name may end in token ``i``: a capitalised word ("al-Assad", "(Jokowi)" as one
        token too), a number after a word ("SMA Negeri 1", "Desa Wanga 2"), or in a language that
        puts the head first, a direction after a place ("Gaza selatan")."""
        w = t.words[i]
        if t.space[i]:
            return False
        return capitalised(w) or (w.isdigit() and i > 0 and t.words[i - 1][:1].isalpha()) \
            or (self.head_first and t.lower[i] in self.directions)

    def _head_noun_first(self, t: Toks, s: int, e: int, typ: str) -> bool:
        """A body or place whose name starts with a common noun in lower case and holds a capitalised
        word: a language that puts the head first writes its kind before it ("kota Rafah", "desa
        Karing", "partai NasDem"). Not a person's name."""
        return self.head_first and typ != "Person" and t.lower[s].isalpha() \
            and any(capitalised(t.words[i]) for i in range(s + 1, e))

    def _name_at_start(self, t: Toks, s: int, capitalised_inside: set[str], written_lower: set[str]) -> bool:
        """Whether one capitalised word at the start of a sentence is a name, not a common word
        written with a capital there ("Moves", "Belakangan"): an acronym is ("NASA", but not a word
        of an all-capitals headline); a stop word, an adverb in "-nya" or a word the text also writes
        in lower case is not; else a word the text writes capitalised inside a sentence is. A text of
        more sentences that never does so gives no sign it is a name; a one-sentence text gives
        none that it is not, and the model's reading stands."""
        w, low = t.words[s], t.lower[s]
        if len(w) > 1 and w.isupper() and w.isalpha():
            return not (s + 1 < t.n and t.words[s + 1].isupper() and t.words[s + 1].isalpha())
        if low in self.common or low.endswith(self.not_name_suffixes) or low in written_lower:
            return False
        return low in capitalised_inside or len(t.sent_starts) == 1

    def _inner_gives_way(self, sp: KgSpan, s: int, typ: str) -> bool:
        """Whether the rules' span ``sp`` inside the model's longer name (from ``s``, of type ``typ``)
        is only part of that name: a place or a person is ("Badrodin Haiti", "Bank of Dandong",
        "Jakarta Pusat", "Jalan Sudirman"); a body the knowledge base knows by that name is not ("But
        Human Rights Watch"), nor a state inside a body's name (the state's body acts for the state:
        "U.S. Air Force"), nor a state or place at the start of a person's name, which is an
        affiliation run into the name ("Mesir Abdel Fattah al-Sisi")."""
        if sp.label == "Organization":
            return sp.key not in self.kb.entities
        if sp.label == "Person":
            return True
        if sp.label == "Country":  # a state's body is the state's ("U.S. Air Force", "Angkatan Udara AS")
            return typ != "Organization" and sp.start != s
        return typ != "Person" or sp.start != s or self._town(sp)

    @staticmethod
    def _name_after_ministry(t: Toks, last: KgSpan, e: int) -> int | None:
        """Where a person's name starts that the model ran into a state's ministry before it (two or
        three capitalised words after the ministry, the end of the model's name)."""
        if not last.key.startswith("org:ministry") or not 2 <= e - last.end <= 3:
            return None
        return last.end if all(t.cap[i] and t.words[i].isalpha() for i in range(last.end, e)) else None

    def _town(self, sp: KgSpan) -> bool:
        """A city of the gazetteer's list of cities that is no capital: its name is often a person's
        too ("Ahmad", "Darwin", "Vena"), and where the model reads a person there, it is one ("Vena
        Melinda", "kata Ahmad"). A capital may stand for its government ("Khartoum"), a state or a
        region of the knowledge base is no person's name."""
        return sp.label in ("Place", "City") and sp.key.startswith(GEONAMES_PLACE) and sp.key not in self.capitals

    @staticmethod
    def _stretches(t: Toks, sp: KgSpan, s: int, e: int, typ: str) -> bool:
        """Whether the model's name ``t[s:e]`` is the rules' span ``sp`` with words in lower case
        around it, of the same kind: the kind of place or body before it in a language that puts
        the head first ("kota Rafah", "pulau Bangka", "partai NasDem"), a direction after it ("Gaza
        selatan"). The mention then takes the model's extent and keeps the rules' entity."""
        return NER_CLASS[sp.label] == NER_CLASS[typ] and not any(
            capitalised(t.words[i]) for i in (*range(s, sp.start), *range(sp.end, e)))

    @staticmethod
    def _name_runs_on(over: list[KgSpan], s: int, typ: str) -> bool:
        """A person's name that the rules cut at a place word: the model's person name starts with
        the rules' person and goes on over places ("Kapolri Badrodin Haiti": "Badrodin" + "Haiti")."""
        return typ == "Person" and over[0].label == "Person" and over[0].start == s and len(over) > 1 \
            and all(sp.label in ("Country", "Place", "City") for sp in over[1:])

    def _outer_gives_way(self, t: Toks, sp: KgSpan, inner: list[tuple[int, int, str]]) -> bool:
        """Whether the rules' span ``sp`` holding the model's names ``inner`` gives way to them: a
        titled person the knowledge base does not know does (the title rules' name is often a
        phrase, "Ketua PKB Abdul Kadir"); a body found by its head word does when the model reads
        two names in it ("ONGC and the National Iranian Oil Company") or it starts with a title
        ("Direktur Utama Bank X": a body's name does not)."""
        if sp.key in self.kb.entities:
            return False
        if sp.label == "Person":  # but not to the part after a hyphen ("Linda Thomas-Greenfield")
            return not (len(inner) == 1 and inner[0][0] > sp.start and t.words[inner[0][0] - 1] == "-")
        return sp.label == "Organization" and (len(inner) > 1 or any(
            " ".join(t.lower[sp.start:sp.start + k]) in self.titles for k in range(1, min(5, sp.end - sp.start))))

    def _after_office(self, t: Toks, s: int, e: int) -> int:
        """``s`` moved past an office title that starts a body's or place's name (not a ruler's:
        "King Abdullah University", "Sultan Qaboos University" are names)."""
        for k in range(min(4, e - s - 1), 0, -1):
            if self.title_roles.get(" ".join(t.lower[s:s + k])) in OFFICE_ROLES:
                return s + k
        return s

    def _title_before_body(self, doc: Doc, t: Toks, s: int, inner: list[tuple[int, int, str]]) -> None:
        """"Presiden Partai Keadilan Sejahtera Anis Matta": the rules read one body by its head
        word after the title, the model a body and then a person; the person holds the title."""
        people = [(a, b) for a, b, ty in inner if ty == "Person"]
        if len(people) != 1 or people[0][0] == s:
            return
        for k in range(min(4, s), 0, -1):
            title = " ".join(t.lower[s - k:s])
            if title in self.title_roles:
                ns, ne = people[0]
                doc.user_data.setdefault("kg_roles", []).append(
                    RoleMention(ns, ne, self.title_roles[title], None, s - k, s - k, ne, title))
                return

    @staticmethod
    def _surname_of(t: Toks, s: int, e: int, typ: str, spans: list[KgSpan]) -> str | None:
        """The person a one-word ORG/LOC name stands for: the last word of a person's name earlier
        in the text ("Donald Trump ... tim kampanyenya Trump", where the model reads a place)."""
        if typ == "Person" or e - s != 1:
            return None
        word = t.words[s]
        keys = {sp.key for sp in spans if sp.label == "Person" and sp.end < s and sp.end - sp.start > 1
                and t.words[sp.end - 1] == word}
        return keys.pop() if len(keys) == 1 else None

    def _key(self, t: Toks, s: int, e: int, typ: str, entities: dict[str, Entity]) -> str | None:
        """The entity key of the model's name ``t[s:e]`` of type ``typ`` (None: the knowledge base
        has that key for another kind of thing)."""
        if typ == "Person":
            return person_key(clean_name(t.text(s, e)))
        while s + 1 < e and not capitalised(t.words[s]):
            s += 1  # "kota Bakhmut": the mention keeps its kind, the entity is "Bakhmut"
        text = t.text(s, e)
        key = f"{'org' if typ == 'Organization' else 'place'}:{slug(text)}"
        if key not in self.kb.entities:
            entities.setdefault(key, Entity(key, typ, " ".join(text.split())))
        elif self.kb.entities[key].type != typ:
            return None
        return key

    def _replace(self, t: Toks, spans: list[KgSpan], old: list[KgSpan], names: list[tuple[int, int, str]],
                 entities: dict[str, Entity], moved: dict[int, tuple[int, int] | None]) -> bool:
        """Put the model's ``names`` in the place of the rules' spans ``old`` (all or nothing).

        A known person inside the model's longer person name keeps its key; a titled person's
        role goes to the one person name among ``names``, if there is one."""
        new = []
        for s, e, typ in names:
            keep = [sp.key for sp in old if typ == sp.label == "Person" and sp.key in self.kb.entities]
            key = keep[0] if len(keep) == 1 else self._key(t, s, e, typ, entities)
            if key is None:
                return False
            new.append(KgSpan(s, e, key, typ))
        people = [(sp.start, sp.end) for sp in new if sp.label == "Person"]
        for sp in old:
            spans.remove(sp)
            if sp.label == "Person":
                moved[sp.start] = people[0] if len(people) == 1 else None
        spans.extend(new)
        return True

    @staticmethod
    def _move_roles(doc: Doc, moved: dict[int, tuple[int, int] | None]) -> None:
        """Titles' role mentions follow their person's new extent; a person that is gone takes its
        roles with it."""
        roles = doc.user_data.get("kg_roles")
        if not roles:
            return
        out = []
        for r in roles:
            if r.ns in moved:
                to = moved[r.ns]
                if to is None:
                    continue
                r = r._replace(ns=to[0], ne=to[1])
            out.append(r)
        roles[:] = out
