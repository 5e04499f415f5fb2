"""``kg_persons``: people introduced by a title, with the role and affiliation the title gives.

"Perdana Menteri Armenia Nikol Pashinyan", "Presiden Rusia Vladimir Putin", "Russian President
Vladimir Putin", "Duta Besar Rusia untuk PBB, Vassily Nebenzia", "the President of Brazil, Luiz
Lula", "Hu Jintao, the President of China", "Secretary General of the Andean Community Wagner",
"Emir Qatar Sheikh Tamim bin Hamad al - Thani", "a spokesman for the State Department, John Kirby";
also "Mr Straw" / "Pak Harun" (a courtesy title before a bare name).

Adds Person spans to the "kg" spans and :class:`RoleMention` records to
``doc.user_data["kg_roles"]``. The person's whole noun phrase (title, affiliation and name) is kept
so that the relation rules treat "Presiden AS Donald Trump" as one actor. A title without an
affiliation in the text gets one later (linker: the knowledge base of people, or the organization
the article is about for an organization's office).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.nlp import lang as langdata
from kg.nlp.spans import KgSpan, longest_first, read_spans, write_spans
from kg.nlp.components.gazetteer import ORG_HEAD_WORDS
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.tokens import Toks, toks

NAME_CONNECTORS = frozenset({"bin", "binti", "al", "el", "de", "da", "van", "von", "ibn", "abu", "der", "del", "di", "la", "le", "dos", "das", "du"})
MAX_NAME_TOKENS = 6
AFFILIATION_TYPES = ("Country", "Organization")
ACADEMIC_TITLES = frozenset({"prof", "prof.", "dr", "dr.", "ir", "ir.", "drs", "drs.", "h", "h.", "hj", "hj."})
REPRESENTATIVE_ROLES = frozenset({"ambassador", "spokesperson", "official"})  # a state's people at a body


class RoleMention(NamedTuple):
    ns: int  # name start (token)
    ne: int  # name end
    role: str
    aff: str | None  # entity key of the affiliation the text gives
    ts: int  # title start
    np_start: int  # the whole noun phrase: title, affiliation, name
    np_end: int
    title: str = ""  # the title as written, lower-cased
    former: bool = False  # "mantan Presiden", "former President", "President-elect": not held (any more or yet)
    counterpart: bool = False  # "his Chinese counterpart, Minister Li": the same office elsewhere
    aff_from: str = "text"  # where ``aff`` came from: "text", "kb" (knowledge base of people), "context"
    past: bool = False  # former only: "mantan Presiden", "former President" (held before; not "calon", "-elect")


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A spelling-tolerant key: "Nikol Pashinian" and "Nikol Pashinyan" share one."""
    norm = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    norm = re.sub(r"\s*-\s*", "-", norm)
    norm = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")
    # Indonesian spellings of one name: old and new ("Soekarno"/"Sukarno", "Djan"/"Jan", "Tjahjo"/
    # "Cahyo") and Arabic "sh" written "sy" ("Basyar"/"Bashar")
    for old, new in _SPELLINGS:
        norm = norm.replace(old, new)
    # spelling-tolerant parts, but a regnal number stays itself ("Abdullah II" is not "Abdullah I")
    norm = "-".join(p if _ROMAN.fullmatch(p) else re.sub(r"([a-z])\1+", r"\1", p.replace("y", "i"))
                    for p in norm.split("-"))
    return f"person:{norm or 'x'}"


_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})")
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sy", "sh"))


def clean_name(text: str) -> str:
    return re.sub(r"\s*-\s*", "-", " ".join(text.split()))


@Language.factory("kg_persons")
def make_persons(nlp: Language, name: str) -> "Persons":
    return Persons(nlp)


@lru_cache(maxsize=None)
def _title_matcher(nlp: Language) -> PhraseMatcher:
    titles = langdata.get(nlp.lang).TITLES
    m = PhraseMatcher(nlp.vocab, attr="LOWER")
    for text, doc in zip(titles, nlp.tokenizer.pipe(list(titles))):
        m.add(text, [doc])
    return m


class Persons:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.data = langdata.get(nlp.lang)
        self.titles = self.data.TITLES
        kb = knowledge_base()
        self.capitals = frozenset(kb.capitals.values())
        self.regions = frozenset(kb.regions)  # (no first name: "Ketua PAN Sulawesi Selatan")
        self.international = frozenset(k for k, e in kb.entities.items() if e.type == "Organization"
                                       and k not in kb.home and k not in kb.government_of)
        self.stop = frozenset(self.data.NAME_STOP)
        self.prefixes = frozenset(self.data.NAME_PREFIXES)
        self.courtesy = frozenset(self.data.COURTESY_TITLES)
        self.courtesy_before_name = self.courtesy | ACADEMIC_TITLES
        self.title_and = frozenset(self.data.CONJUNCTIONS) | {"&"}  # "leader and former president X"
        self.copulas = sorted((tuple(c.split()) for c in getattr(self.data, "COPULAS_BEFORE_TITLE", ())), key=len, reverse=True)
        self.aff_preps = frozenset(self.data.AFFILIATION_PREPS)
        self.head_first = bool(getattr(self.data, "HEAD_FIRST", False))
        self.group_words = frozenset(getattr(self.data, "GROUP_WORDS", ()))
        self.determiners = frozenset(getattr(self.data, "TITLE_DETERMINERS", ()))
        self.title_adjectives = frozenset(getattr(self.data, "TITLE_ADJECTIVES", ()))
        self.posting = frozenset(getattr(self.data, "POSTING_PREPS", ()))
        self.as_words = frozenset(getattr(self.data, "AS_WORDS", ()))
        self.counterpart = frozenset(self.data.COUNTERPART_WORDS)
        self.title_words = frozenset(w for title in self.titles for w in title.split())
        self.body_words = frozenset(self.data.BODY_WORDS)
        self.former = frozenset(self.data.FORMER_WORDS)
        self.past_words = frozenset(getattr(self.data, "PAST_WORDS", ()))
        self.not_yet = frozenset(getattr(self.data, "NOT_YET_AFTER", ()))
        self.not_name = tuple(self.data.NOT_NAME_SUFFIXES)

    def __call__(self, doc: Doc) -> Doc:
        t = toks(doc)
        matcher = _title_matcher(self.nlp)
        spans = read_spans(doc)
        ent_at: dict[int, KgSpan] = {}
        for sp in spans:
            for i in range(sp.start, sp.end):
                ent_at[i] = sp
        strings = doc.vocab.strings
        titles = longest_first([(s, e, strings[m]) for m, s, e in matcher(doc)], blocked=set(ent_at))
        roles: list[RoleMention] = doc.user_data.setdefault("kg_roles", [])
        new: list[tuple[int, int]] = []
        known = {(sp.start, sp.end): sp.key for sp in spans if sp.label == "Person"}
        # A city name may be a first name ("Presiden Rusia Vladimir Putin"): names may cover places.
        taken = {i for i, sp in ent_at.items() if sp[3] != "Place" or sp[2] in self.capitals or sp[2] in self.regions}
        taken.update(i for s, e, _ in titles for i in range(s, e))
        self._title_at = {s: e for s, e, _ in titles}  # a title's start → its end (stacked titles)
        self._named_end: dict[int, int] = {}  # the names titles found so far: end → start
        for s, e, title in titles:
            role = self.titles[title]
            found = (self._apposed_body(t, s, e, ent_at) and self._before(t, s, e, ent_at, taken)) \
                or self._body_then_name(t, s, e, ent_at, taken) \
                or self._after(t, s, e, ent_at, taken) or self._before(t, s, e, ent_at, taken)
            if found is None:
                continue
            ns, ne, aff, np_s, np_e = found
            if aff is None:
                aff = self._affiliation_before(t, s, ent_at, role)
                if aff is not None:
                    np_s = min(np_s, ent_at[s - 1 - self._gap_before(t, s)][0])
            if (ns, ne) not in new:
                new.append((ns, ne))
            self._named_end[ne] = ns
            taken.update(range(ns, ne))
            np_s = min(np_s, s)
            after = e + 1 if e < t.n and t.lower[e] == "-" else e  # "President-elect"
            former = (np_s > 0 and t.lower[np_s - 1] in self.former) or (after < t.n and t.lower[after] in self.not_yet)
            counterpart = any(t.lower[i] in self.counterpart for i in range(max(0, s - 2), e))
            past = former and np_s > 0 and t.lower[np_s - 1] in self.past_words
            roles.append(RoleMention(ns, ne, role, aff, s, np_s, max(np_e, ne), title, former, counterpart, past=past))
        new += self._courtesy(t, ent_at, taken)
        named = {i for s, e in new for i in range(s, e)}
        spans = [sp for sp in spans if named.isdisjoint(range(sp.start, sp.end))]
        spans += [KgSpan(s, e, known.get((s, e)) or person_key(clean_name(t.text(s, e))), "Person") for s, e in new]
        write_spans(doc, spans)
        return doc

    # -- affiliation -----------------------------------------------------------------------------
    def _gap_before(self, t: Toks, s: int) -> int:
        """Tokens between an affiliation and its title: "Russia's", "Chinese counterpart", "China's
        foreign ministry"."""
        i = s - 1
        gap = 0
        while i >= 0 and gap < 4 and (t.words[i] in ("'s", "’s", ",") or t.lower[i] in self.counterpart
                                       or (t.lower[i] in self.body_words and not t.cap[i])):
            if t.words[i] == "," and not (i > 0 and t.lower[i - 1] in self.counterpart) \
                    and not self._titled_before(t, i - 1):
                break  # "... jets to Ukraine, President Andrzej Duda said": the state ends another phrase
            i -= 1
            gap += 1
        return gap

    def _titled_before(self, t: Toks, k: int) -> bool:
        """Whether the name ending at token ``k`` follows a title word: "panglima militer Jordan,
        Jenderal X" (an apposition of two titles), unlike "... to Ukraine, President X"."""
        j = k
        while j >= 0 and t.cap[j]:
            j -= 1
        return j >= 0 and j < k and t.lower[j] in self.title_words

    def _affiliation_before(self, t: Toks, s: int, ent_at: dict, role: str | None = None) -> str | None:
        i = s - 1 - self._gap_before(t, s)
        sp = ent_at.get(i)
        if sp is not None and sp[3] == "Country" and self._inside_a_name(t, sp[0], ent_at):
            return None  # "Air France chairman X": the state is part of a name the rules do not know
        if sp is not None and sp[3] in AFFILIATION_TYPES:
            # "Israeli U.N. Spokesman": a state before an international body is whom the person speaks
            # for; before a state's own body ("British Labour Party leader") it only names the body's
            # state, and so it does before an office of the body ("North Korean Red Cross president")
            before = ent_at.get(sp[0] - 1)
            if sp[3] == "Organization" and sp[2] in self.international and role in REPRESENTATIVE_ROLES \
                    and before is not None \
                    and before[3] == "Country" and before[1] == sp[0]:
                return before[2]
            return sp[2]
        return None

    def _inside_a_name(self, t: Toks, k: int, ent_at: dict) -> bool:
        """A capitalised word that is no title, known name or sentence start stands just before
        token ``k`` (or before "of" just before it)."""
        j = k - 1
        if j >= 1 and t.lower[j] == "of" and t.cap[j - 1]:
            j -= 1  # "Bank of England governor X"
        return (j >= 0 and t.cap[j] and j not in ent_at and t.lower[j] not in self.title_words
                and t.sent_starts[t.sent_of[j]] != j and t.words[j].isalpha())

    def _affiliation_after(self, t: Toks, i: int, ent_at: dict) -> tuple[int, str | None]:
        """"Presiden Rusia", "President of Brazil", "Secretary General of the Andean Community",
        "spokesman for the State Department", "Duta Besar Rusia untuk PBB"."""
        j = i
        while j < t.n and j - i < 2 and t.lower[j] in self.title_adjectives and not t.cap[j]:
            j += 1  # "pejabat senior dari X"
        if j < t.n and t.lower[j] in self.aff_preps:
            j += 1
            if j < t.n and t.lower[j] == "the":
                j += 1
        g = j
        while g < t.n and g - j < 3 and t.lower[g] in self.group_words and not t.cap[g]:
            g += 1  # "spokesman for the rebel group X", "juru bicara kelompok X"
        if g > j and (sp := ent_at.get(g)) is not None and sp[0] == g and sp[3] == "Organization":
            j = g
        sp = ent_at.get(j)
        if sp is None and j + 1 < t.n and t.cap[j] and t.lower[j] in ORG_HEAD_WORDS:
            j += 1  # "direktur eksekutif Sekretariat APEC": the body's secretariat, the body
            sp = ent_at.get(j)
        if sp is None or sp[0] != j or sp[3] not in AFFILIATION_TYPES:
            return i, None
        aff = sp[2]
        k = sp[1]
        if k + 1 < t.n and t.cap[k] and t.words[k + 1] in ("'s", "’s") and k not in ent_at:
            return i, None  # "the Sudan People's Liberation Army": the state starts a body's name
        # "Duta Besar Rusia untuk PBB": the posting, not the affiliation
        if k + 1 < t.n and t.lower[k] in ("untuk", "to", "for", "di", "at", "in") and k + 1 in ent_at and ent_at[k + 1][0] == k + 1:
            k = ent_at[k + 1][1]
        return k, aff

    # -- names -----------------------------------------------------------------------------------
    def _after(self, t: Toks, s: int, e: int, ent_at: dict, taken: set) -> tuple | None:
        i, aff = self._affiliation_after(t, e, ent_at)
        while aff is not None and (sp := ent_at.get(i)) is not None and sp[0] == i and sp[3] == "Organization":
            i, aff = sp[1], sp[2]  # "Ketua Komisi I DPR RI X": the body the commission belongs to
        if i < t.n and t.words[i] == "," and self._predicate(t, s):
            return None  # "his second term as US President, Tony Blair said": the name is another's
        if aff is None and i + 1 < t.n and t.lower[i] in self.posting and self.titles.get(t.text(s, e).lower()) == "ambassador":
            j = i + 2 if t.lower[i + 1] == "the" else i + 1
            sp = ent_at.get(j)  # "the Japanese ambassador to China X": the posting, then the name
            if sp is not None and sp[0] == j and sp[3] in AFFILIATION_TYPES:
                i = sp[1]
        if i < t.n and t.words[i] == ",":
            i += 1
        if aff is not None:  # "Ketua Akademi Ilmu Pengetahuan Indonesia (AIPI) Prof Sangkot Marzuki"
            if i + 2 < t.n and t.words[i] == "(" and t.words[i + 2] == ")":
                i += 3
            while i + 1 < t.n and t.lower[i] in self.courtesy_before_name and t.cap[i + 1]:
                i += 1
        j = i + 1 if i < t.n and t.lower[i] in self.title_and else i
        while j < t.n and t.lower[j] in self.former:
            j += 1
        if j > i and j in self._title_at:
            i = j  # "National Party leader and former president F.W. De Klerk": both titles are his
        while i in self._title_at and t.words[i - 1] != "," and self._title_at[i] < t.n and t.cap[self._title_at[i]]:
            i = self._title_at[i]  # a rank right after the title: "Kapolri Jenderal Tito Karnavian"
        sp = ent_at.get(i)
        if sp is not None and sp[0] == i and sp[3] == "Person":  # a name the knowledge base knows
            return i, sp[1], aff, s, sp[1]
        end = self._name_end(t, i, taken)
        if end <= i:
            return None
        if aff is not None and end + 1 < t.n and t.words[end] in ("'s", "’s") and t.cap[end + 1] \
                and t.lower[e] in self.aff_preps:
            return None  # "spokesman for the Sudan People's Liberation Army": a body's name, no person
        if aff is None and end - i <= 3:
            later = self._name_after_bodies(t, end, ent_at, taken)
            if later is not None:  # "Direktur Jenderal Kerja Sama ASEAN Kementerian Luar Negeri Jose Tavares"
                return (*later, s, later[1])
        np_e = end
        if aff is None and end + 1 < t.n and t.lower[end] in self.aff_preps and self._affiliation_before(t, s, ent_at) is None:
            sp = ent_at.get(end + 1)  # "Foreign Minister Marise Payne of Australia"
            if sp is not None and sp[0] == end + 1 and sp[3] == "Country":
                aff, np_e = sp[2], sp[1]
        return i, end, aff, s, np_e

    def _name_after_bodies(self, t: Toks, k: int, ent_at: dict, taken: set) -> tuple[int, int, str] | None:
        """After a title and capitalised words up to ``k``: bodies or states, then a name → (name start,
        name end, the last body's key); the capitalised words were the office, not a name."""
        last = None
        while k < t.n and (sp := ent_at.get(k)) is not None and sp[0] == k and sp[3] in ("Organization", "Country"):
            last, k = sp, sp[1]
        if last is None or not last[2].startswith(("org:", "country:")):
            return None
        end = self._name_end(t, k, taken)
        return (k, end, last[2]) if end - k >= 2 else None

    def _predicate(self, t: Toks, s: int) -> bool:
        """Whether the title at ``s`` is said of someone by "as" / "sebagai" (capitalised words between)."""
        k = s - 1
        while k >= 0 and s - k <= 3 and t.cap[k]:
            k -= 1
        return k >= 0 and t.lower[k] in self.as_words

    def _before(self, t: Toks, s: int, e: int, ent_at: dict, taken: set) -> tuple | None:
        """"Hu Jintao, the President of China": a name, a comma, maybe "the", then the title."""
        i = s - 1
        if i >= 1 and t.words[i] in ("'s", "’s") and (own := ent_at.get(i - 1)) is not None and own[3] == "Country":
            i = own[0] - 1  # "Taro Aso, Japan's foreign minister": the state's title after the comma
        sp = ent_at.get(i)
        if sp is not None and sp[1] == s and sp[3] in AFFILIATION_TYPES and self.copulas:
            i = sp[0] - 1  # "who is also the Swiss foreign minister": the state before the title
            if not (i >= 0 and (t.lower[i] in self.determiners or any(t.lower[i] == c[-1] for c in self.copulas))):
                i = s - 1
        while i >= 1 and s - i <= 2 and t.lower[i] in self.title_adjectives and not t.cap[i]:
            i -= 1  # "X, a senior official of"
        if i >= 0 and t.lower[i] in self.determiners:
            i -= 1
        for words in self.copulas:  # "Cotti, who is also the Swiss foreign minister", "X adalah Menteri ..."
            k = len(words)
            if i - k + 1 >= 1 and tuple(t.lower[i - k + 1:i + 1]) == words:
                i -= k
                if t.words[i] != ",":
                    i += 1  # (no comma: the name ends right before the copula)
                    if not t.cap[i - 1]:
                        return None
                break
        else:
            if i < 1 or t.words[i] != ",":
                return None
        end = i
        sp = ent_at.get(end - 1)
        if sp is not None and sp[1] == end and sp[3] == "Person":
            k, aff = self._affiliation_after(t, e, ent_at)
            return sp[0], end, aff, sp[0], max(k, e)
        if end in self._named_end:  # "Mayor Issam al Rayes, juru bicara ...": a name a rank found
            k, aff = self._affiliation_after(t, e, ent_at)
            return self._named_end[end], end, aff, self._named_end[end], max(k, e)
        start = end
        while start > 0 and end - start < MAX_NAME_TOKENS and self._namey(t, start - 1, taken):
            start -= 1
        while start < end and t.lower[start] in NAME_CONNECTORS and not t.cap[start]:
            start += 1
        if start == end or not t.cap[start]:
            return None
        place = ent_at.get(start)
        if place is not None and (place[0], place[1]) == (start, end) and place[3] == "Place":
            return None  # "... in Grozny, the commander of X": a place before the comma, no name
        k, aff = self._affiliation_after(t, e, ent_at)
        return start, end, aff, start, max(k, e)

    def _apposed_body(self, t: Toks, s: int, e: int, ent_at: dict) -> bool:
        """"Mohammad Adnan, juru bicara Jaish Ahrar al Ashaer, mengatakan" (or "."): in a language that
        puts the body after the title, a name and a comma before it and capitalised words that end the
        sentence or the apposition after it (no list: "A, Presiden B, dan C", "Ketua X A, Ketua Y B,"):
        the words after the title are its body."""
        if not self.head_first or s < 2 or t.words[s - 1] != "," or not t.cap[s - 2]:
            return False
        k = s - 2
        while k >= 0 and s - k <= 8 and (t.cap[k] or t.lower[k] in NAME_CONNECTORS):
            if k in self._title_at:
                return False  # "Menkes Nila Moeloek, Menteri Agama Lukman Hakim, ...": a list of titled names
            k -= 1
        j = e
        while j < t.n and j - e < MAX_NAME_TOKENS and (t.cap[j] or t.lower[j] in NAME_CONNECTORS):
            j += 1
        sp = ent_at.get(e)
        closed = j < t.n and (t.words[j] == "." or (t.words[j] == "," and j + 1 < t.n and not t.cap[j + 1]
                                                   and t.lower[j + 1] not in self.title_and))  # (then the verb)
        return j > e and closed and not (sp is not None and sp[3] == "Person")

    def _body_then_name(self, t: Toks, s: int, e: int, ent_at: dict, taken: set) -> tuple | None:
        """"Presiden Pixar, Ed Catmull, mengatakan", "juru bicara William Hill, Graham Sharpe,": in a
        language that puts the body after the title, capitalised words, a comma and a name of two
        or more words that ends the apposition: the first words are the body, the name its holder."""
        if not self.head_first or e >= t.n or not t.cap[e] or (ent_at.get(e) or (0, 0, "", ""))[3] == "Person" \
                or (s > 0 and t.words[s - 1] == ","):
            return None  # (a title after a comma is an item of a list: "Mendagri Tjahjo Kumolo, Mensos X")
        j = e
        while j < t.n and j - e < 4 and t.cap[j] and j not in taken:
            j += 1
        if j == e or j + 2 >= t.n or t.words[j] != ",":
            return None
        end = self._name_end(t, j + 1, taken)
        if end - (j + 1) < 2 or (j + 1) in self._title_at or end >= t.n \
                or not (t.words[end] in (",", ".") or not t.cap[end]) or t.lower[end] in self.title_and \
                or (t.words[end] == "," and end + 1 < t.n and t.lower[end + 1] in self.title_and):
            return None
        return j + 1, end, None, s, end

    def _namey(self, t: Toks, i: int, taken: set) -> bool:
        w = t.words[i]
        if i in taken or w in self.stop or t.lower[i] in ORG_HEAD_WORDS or (self.not_name and len(w) > 5 and t.lower[i].endswith(self.not_name)):
            return False
        if t.cap[i]:
            return len(w) > 1 or w.isalpha()
        return t.lower[i] in NAME_CONNECTORS

    def _name_end(self, t: Toks, i: int, taken: set) -> int:
        start = i
        if i < t.n and t.lower[i].rstrip(".") in self.prefixes and i + 1 < t.n and t.cap[i + 1]:
            i += 1  # "Sheikh Tamim", "Lord Carrington": part of how the person is named
        n = t.n
        while i < n and i - start < MAX_NAME_TOKENS:
            w = t.words[i]
            if w == "-" and i > start and i + 1 < n and t.words[i + 1].isalpha() and t.idx[i + 1] - t.ends[i] <= 1:
                i += 2  # "Moon Jae - in", "Mir-Hossein", "al - Thani"
                continue
            if not self._namey(t, i, taken):
                break
            if t.lower[i] in NAME_CONNECTORS:
                nxt = i + 1
                if nxt < n and t.words[nxt] == "-":
                    nxt += 1
                if (i == start and not t.cap[i]) or nxt >= n or not t.cap[nxt] or nxt in taken:
                    break  # (a capitalised one may start a name: "President Dos Santos")
            i += 1
        while i > start and (t.lower[i - 1] in NAME_CONNECTORS or t.words[i - 1] == "-"):
            i -= 1
        if i > start and not t.cap[start]:
            return start
        if i - start == 1 and t.lower[start].rstrip(".") in self.prefixes:
            return start
        return i

    def _courtesy(self, t: Toks, ent_at: dict, taken: set) -> list[tuple[int, int]]:
        """"Mr Straw", "Mrs. May", "Pak Harun": the name after a courtesy title."""
        out = []
        lower = t.lower
        for i in t.cap_idx:
            if lower[i] not in self.courtesy or i + 1 >= t.n or i + 1 in taken or not t.cap[i + 1]:
                continue
            end = self._name_end(t, i + 1, taken)
            if end > i + 1:
                out.append((i + 1, end))
                taken.update(range(i + 1, end))
        return out
