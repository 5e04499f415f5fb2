"""``kg_gazetteer``: names of countries, places and organizations → linked mention spans.

Writes the "kg" spans (:mod:`kg.nlp.spans`): labelled with the entity type, keyed by the entity key.
Also recognises ministries ("Kementerian Luar Negeri Armenia", "Armenian Foreign Ministry")
and acronym definitions ("Pakta Pertahanan Kolektif ( CSTO)"): a name followed by a known
acronym in brackets becomes a name of that entity, and an unknown acronym after a name with an
organization word defines a new organization for the rest of the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.spans import KgSpan, longest_first, write_spans
from kg.nlp.gazetteer import KnowledgeBase, knowledge_base
from kg.nlp.tokens import Toks, toks
from kg.ontology.iris import slug

SPAN_KEY = "kg"
ORG_WORDS = re.compile(
    r"\b(organi[sz]a(tion|si)|pakta|pact|alliance|aliansi|dewan|council|partai|party|badan|agency|"
    r"kementerian|ministry|union|uni|association|asosiasi|perhimpunan|community|komunitas|front|"
    r"army|tentara|pasukan|forces|angkatan|liga|league|bank|fund|dana|forum|komite|committee|"
    r"commission|komisi|court|mahkamah|institute|lembaga|group|kelompok|movement|gerakan|federation|"
    r"federasi|corporation|company|perusahaan)\b",
    re.I,
)


@Language.factory("kg_gazetteer", default_config={"upper_variants": True})
def make_gazetteer(nlp: Language, name: str, upper_variants: bool) -> "Gazetteer":
    return Gazetteer(nlp, upper_variants=upper_variants)


@lru_cache(maxsize=None)
def _matchers(nlp: Language, upper_variants: bool) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Build the matchers once per pipeline (adding ~35k phrases takes about a second)."""
    lang = nlp.lang
    kb = knowledge_base()
    names = kb.surface_forms(lang)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    keys = sorted(names)
    for text, doc in zip(keys, nlp.tokenizer.pipe(keys)):
        matcher.add(names[text], [doc])
    if upper_variants:  # datelines and headlines: "YEREVAN, KOMPAS.com"
        upper_map: dict[str, list] = {}
        for k in keys:
            u = k.upper()
            if len(k) > 3 and u != k and u not in names:
                upper_map.setdefault(names[k], []).append(u)
        for key, forms in sorted(upper_map.items()):
            matcher.add(key, list(nlp.tokenizer.pipe(sorted(set(forms)))))
    ministries = PhraseMatcher(nlp.vocab, attr="LOWER")
    table = langdata.get(lang).MINISTRIES
    for text, doc in zip(table, nlp.tokenizer.pipe(list(table))):
        ministries.add(table[text], [doc])
    return matcher, ministries


class Gazetteer:
    def __init__(self, nlp: Language, *, upper_variants: bool = True) -> None:
        self.nlp = nlp
        self.lang = nlp.lang
        self.upper_variants = upper_variants
        self.kb: KnowledgeBase = knowledge_base()
        d = langdata.get(nlp.lang)
        self.name_stop = frozenset(d.NAME_STOP)
        # words that may stand before a known name without making it part of a longer one
        self.before_ok = frozenset(t.lower() for t in d.TITLES) | frozenset(d.COURTESY_TITLES) | frozenset(
            d.NAME_PREFIXES) | frozenset(d.NOUN_DETERMINERS)
        self.state_words, self.directions, self.company = d.STATE_MODIFIERS, d.REGION_DIRECTIONS, d.COMPANY_MARKS
        self.military, self.head_first = d.MILITARY_NOUNS, d.HEAD_FIRST
        self.home_state = getattr(d, "HOME_STATE", None)
        self.title_words = frozenset(t for t in d.TITLES if " " not in t)
        # titles of office: a body's name does not reach back over them ("Ketua Umum DPP ...")
        self.offices = frozenset(t for t, role in d.TITLES.items() if role in ("official", "spokesperson", "secretaryGeneral"))

    def initialize(self) -> None:
        _matchers(self.nlp, self.upper_variants)

    def __call__(self, doc: Doc) -> Doc:
        matcher, ministries = _matchers(self.nlp, self.upper_variants)
        t = toks(doc)
        vocab = doc.vocab
        found = [(s, e, vocab.strings[m]) for m, s, e in matcher(doc)]
        spans = longest_first(found)
        spans = self._ministries(doc, t, ministries, spans)
        spans = self._forces(t, spans)
        spans = self._inside_names(doc, t, spans)
        spans = self._acronyms(doc, t, spans)
        spans = self._named_bodies(doc, t, spans)
        spans += initials(doc, t, spans, self.kb)
        spans = self._dateline_place(doc, t, spans)
        ents = self.kb.entities
        write_spans(doc, [KgSpan(s, e, k, ents[k].type if k in ents else _new_type(k)) for s, e, k in spans])
        return doc

    def _dateline_place(self, doc: Doc, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """"NAGYATAD, Hungary": a dateline names a place, known or not, in the state or region after
        the comma; a place kg does not know becomes one of this article, in that state."""
        line = doc.user_data.get("dateline") or ""
        first, _, rest = line.partition(",")
        first, rest = first.strip(), rest.strip()
        text = doc.user_data.get("text", "")
        seg = next((g for g in doc.user_data.get("segments", ()) if g.kind == "meta"
                    and text.find(first, g.start, g.end) >= 0), None) if first and rest else None
        if seg is None:
            return spans
        names = self.kb.surface_forms(self.lang)
        where = next((self.kb.entities[k] for k in (names.get(rest), names.get(rest.title())) if k in self.kb.entities), None)
        country = where.key if where is not None and where.type == "Country" else where.country if where is not None else None
        pos = text.find(first, seg.start, seg.end)
        s, e = t.token_at_char(pos), t.token_containing(pos + len(first) - 1) + 1
        if s is None or country is None or any(a < e and s < b for a, b, _ in spans):
            return spans
        label = first.title()
        key = f"place:{slug(label)}"
        if key not in self.kb.entities:
            doc.user_data.setdefault("kg_new_entities", {}).setdefault(
                key, Entity(key=key, type="Place", label=label, labels={"en": label}, country=country))
        return [*spans, (s, e, key)]

    def _ministries(self, doc: Doc, t: Toks, matcher: PhraseMatcher, spans: list[tuple[int, int, str]]) -> list:
        by_start = {s: (s, e, k) for s, e, k in spans}
        by_end = {e: (s, e, k) for s, e, k in spans}
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        for m, s, e in matcher(doc):
            name = doc.vocab.strings[m]
            after = by_start.get(e) or (by_start.get(e + 1) if e < t.n and t.lower[e] == "of" else None)
            before = by_end.get(s)
            ctry = next((x for x in (after, before) if x and x[2].startswith("country:")), None)
            if ctry is None and self.home_state is not None and t.cap[s] \
                    and not any(x[0] <= s and e <= x[1] for x in spans):  # (not inside a known name)
                ctry = (s, e, f"country:{self.home_state}")  # "Kementerian Luar Negeri" alone: the home state's
            if ctry is None:
                continue
            c = self.kb.entities[ctry[2]]
            key = f"org:{slug(name)}-{c.ids.get('iso3', ctry[2]).lower()}"
            entities.setdefault(key, Entity(key, "Organization", f"{name} of {c.label}", country=ctry[2]))
            lo, hi = min(s, ctry[0]), max(e, ctry[1])
            out = [x for x in out if x[1] <= lo or x[0] >= hi] + [(lo, hi, key)]
        return out

    def _forces(self, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """A generic word for armed forces and a state's name, as a name of two words ("Pasukan
        Rusia", "Russian Army"), is the state acting through its forces, not a body of its own;
        longer names are bodies ("Tentara Nasional Indonesia", "Israel Defense Forces")."""
        lower, cap, n = t.lower, t.cap, t.n
        out = []
        for s, e, k in spans:
            if k.startswith("country:"):
                if self.head_first:
                    m = next((s - j for j in (2, 1) if s - j >= 0 and " ".join(lower[s - j:s]) in self.military), None)
                    region = e < n and cap[e] and lower[e] in self.directions  # "Pasukan Azerbaijan Barat"
                    if m is not None and cap[m] and self._continues(t, m - 1, None) is None and not region:
                        s = m
                else:
                    m = next((e + j for j in (2, 1) if e + j <= n and " ".join(lower[e:e + j]) in self.military), None)
                    if m is not None and cap[e] and not (m < n and cap[m]) and self._continues(t, s - 1, None) is None:
                        e = m
            out.append((s, e, k))
        return out

    def _continues(self, t: Toks, p: int, taken: dict | None, compound: bool = False) -> int | None:
        """Where a capitalised word at ``p`` that runs on into the name after it starts (a word of a
        longer name: "New" in "New Democratic Party", with ``compound`` "Co-operative"), or None: a
        sentence's first word, a title, a determiner, a function word or an acronym does not run on."""
        words, cap = t.words, t.cap
        if p < 0 or t.ends[p] + 1 != t.idx[p + 1] or not words[p][:1].isalpha():
            return None
        q = p
        if compound and not cap[p] and p >= 2 and words[p - 1] == "-" and t.ends[p - 2] == t.idx[p - 1] \
                and t.ends[p - 1] == t.idx[p]:
            q = p - 2  # "Co-operative"
        first = q == 0 or (t.has_sentences and t.sent_starts[t.sent_of[q]] == q)
        if not cap[q] or first or (taken is not None and q in taken) or words[q] in self.name_stop:
            return None
        if words[q].isupper() or _ends_with(t.lower, p, self.before_ok):
            return None
        return q

    def _inside_names(self, doc: Doc, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """A known state or body whose name is part of a longer name is no mention of it: "New
        Democratic Party", "Progressive Democrats", "Irish Labour" (another state's party),
        "Democratic Party of Serbia", "Georgia-Pacific", "PT Pos Indonesia", "Azerbaijan Barat".
        The longest known name was matched first, so a known longer name ("Korea Utara") wins.
        A body's name around a known body's name is a new organization; a state's name inside a
        longer name gives nothing here (the statistical NER's name, if any, stands). Headlines in
        title case and acronyms ("Kedubes AS", "KTT ASEAN": an acronym is no head of a name) are
        left alone; a state keeps the words for its form or mission ("Nazi Germany", "Kerajaan
        Arab Saudi", "Kedutaan Besar Rusia")."""
        words, lower, cap, n = t.words, t.lower, t.cap, t.n
        taken = {i: x for x in spans for i in range(x[0], x[1])}
        ents = self.kb.entities
        drop: set = set()
        new = []
        headline: dict[int, bool] = {}  # per sentence
        for x in spans:
            s, e, k = x
            typ = ents[k].type if k in ents else None
            if typ not in ("Country", "Organization"):
                continue
            # nothing around it can make a longer name: no capitalised word before, no capitalised
            # word, hyphen, "of" or company mark after, no company mark in the five words before
            if not ((s > 0 and cap[s - 1]) or (e < n and (cap[e] or words[e] == "-" or lower[e] == "of"
                                                          or lower[e] in self.company))
                    or not self.company.isdisjoint(lower[max(s - 5, 0) : s])):
                continue
            text = t.text(s, e)
            if text == text.upper():  # an acronym or a name in capitals
                continue
            sent = t.sent_of[s] if t.has_sentences else 0
            if sent not in headline:
                headline[sent] = _headline(t, s)
            if headline[sent]:
                continue
            generic = typ == "Country" or k in self.kb.generic  # "Shiite Hezbollah" is Hezbollah
            home = self.kb.home.get(k)
            # a company's name: "PT Pos Indonesia", "Bank Mandiri Indonesia Tbk"
            company = next((p for p in range(s - 1, max(s - 6, -1), -1) if lower[p] in self.company
                            and all(cap[i] and i not in taken for i in range(p + 1, s))), None)
            if company is None and e < n and lower[e] in self.company:
                company = s
            lo = s if company is None else company
            while generic and not self.head_first and company is None:  # the words of a longer name before it
                p = lo - 1
                before = taken.get(p)
                if before and home and before[2].startswith("country:") and before[2] != home and before[1] == lo:
                    lo = before[0]  # "Irish Labour": another state's party
                    continue
                if typ == "Country" and _ends_with(lower, p, self.state_words):
                    break
                q = self._continues(t, p, taken, typ == "Organization")  # not "Allied-occupied Germany"
                if q is None or typ == "Country" and lo < s:
                    break
                lo = q
            hi = e if company is None or e == n or lower[e] not in self.company else e + 1
            if hi + 1 < n and words[hi] == "-" and t.ends[hi - 1] == t.idx[hi] and t.ends[hi] == t.idx[hi + 1] \
                    and cap[hi + 1] and hi + 1 not in taken:
                hi += 2  # "Georgia-Pacific" (not "Iran-Iraq")
            elif typ == "Country" and hi < n and cap[hi] and lower[hi] in self.directions:
                hi += 1  # "Azerbaijan Barat"
            elif typ == "Organization" and generic and hi + 1 < n and lower[hi] == "of" and cap[hi + 1] \
                    and words[hi + 1] not in self.name_stop:
                after = taken.get(hi + 1)
                if not (after and after[2] == home):  # "Democratic Party of Serbia" (not "... of the United States")
                    hi = after[1] if after else hi + 2
            if (lo, hi) == (s, e):
                continue
            while typ == "Organization" and hi < n and cap[hi] and hi not in taken and words[hi] not in self.name_stop:
                hi += 1  # "Co-operative Commonwealth Federation"
            drop.update(y for y in spans if lo <= y[0] and y[1] <= hi)
            if typ == "Organization":
                name = " ".join(t.text(lo, hi).split())
                key = f"org:{slug(name)}"
                doc.user_data.setdefault("kg_new_entities", {}).setdefault(key, Entity(key, "Organization", name))
                new.append((lo, hi, key))
        if not drop:
            return spans
        return sorted([x for x in spans if x not in drop] + new)

    def _acronyms(self, doc: Doc, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """"Long Name ( ACR )": alias the long name to ACR's entity, or define a new organization."""
        by_start = {s: (s, e, k) for s, e, k in spans}
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        defined: dict[str, str] = {}
        words, lower = t.words, t.lower
        starts = set(t.sent_starts) if t.has_sentences else set()
        people = {k for s, e, key in spans if key.startswith("person:") for k in range(s, e)}
        for i in [i for i, w in enumerate(words) if w == "("]:
            if i + 2 >= t.n or words[i + 2] != ")":
                continue
            acr = words[i + 1]
            if not (acr.isupper() and 2 <= len(acr) <= 8 and acr.isalpha()):
                continue
            j = i  # the capitalised name before the bracket
            # names of bodies often hold place names ("Front Pembebasan Nasional Moro"): walk over them
            while j > 0 and (t.cap[j - 1] or lower[j - 1] in _CONNECTORS) and j not in starts:
                if lower[j - 1] in _AND and lower[j] == "the" or j - 1 in people:
                    break  # "president Suharto and the Organisation of ... (OIC)": two names
                j -= 1
            while j < i and lower[j] in _CONNECTORS:
                j += 1
            j += next((k for k in range(4, 0, -1) if " ".join(lower[j:j + k]) in self.offices and j + k < i), 0)
            # (a title before it is no part of it: "Ketua Pengurus Besar Nahdlatul Ulama (PBNU)")
            if i - j < 2:
                continue
            long_name = t.text(j, i)
            known = by_start.get(i + 1)
            if known:
                if not any(e == i and k == known[2] for _, e, k in spans):
                    out.append((j, i, known[2]))  # ("Presiden Amerika Serikat (AS)": the name is there already)
                continue
            if not ORG_WORDS.search(long_name):
                continue
            key = f"org:{slug(long_name)}"
            entities.setdefault(key, Entity(key, "Organization", long_name, ids={"acronym": acr}))
            defined[acr] = key
            out += [(j, i, key), (i + 1, i + 2, key)]
        names = [(s, e, k) for s, e, k in out if k in defined.values() or (s, e, k) not in spans]
        # the spans inside a long name go, and a name made for the same words ("Southern Common Market")
        out = list(dict.fromkeys(
            x for x in out if x not in spans or not any(a <= x[0] and x[1] <= b and (a, b, k) != x for a, b, k in names)))
        if defined:
            taken = {i for s, e, _ in out for i in range(s, e)}
            for i, w in enumerate(words):
                if w in defined and i not in taken:
                    out.append((i, i + 1, defined[w]))
        return out

    def _named_bodies(self, doc: Doc, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """A capitalised name with a word for a body in it ("War Information Headquarters",
        "Pasukan Penyelamat Rohingya Arakan") is an organization for this article."""
        words, lower, cap, n = t.words, t.lower, t.cap, t.n
        heads = [i for i, w in enumerate(lower) if w in ORG_HEAD_WORDS and cap[i]]
        if not heads:
            return spans
        taken: dict[int, tuple[int, int, str]] = {}
        for x in spans:
            for i in range(x[0], x[1]):
                taken[i] = x
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        stop = self.name_stop
        starts = set(t.sent_starts) if t.has_sentences else {0}
        done = -1

        def body(k: int) -> bool:  # may a token be part of a body's name?
            x = taken.get(k)
            return x is None or not x[2].startswith(("org:", "person:"))

        for h in heads:
            if h < done or not body(h) or h in taken:  # a head in a state's name: "Pasukan Rusia" (_forces)
                continue
            s = h
            while s > 0 and s not in starts and body(s - 1) and not _ends_with(lower, s - 1, self.offices) \
                    and (cap[s - 1] or (lower[s - 1] in _CONNECTORS and s - 2 >= 0 and cap[s - 2])):
                if lower[s - 1] in _AND and words[s - 2].isupper():
                    break  # "ONGC and the National Iranian Oil Company": two bodies, not one
                s -= 1
            e = h + 1
            while e < n and e not in starts and body(e) and (cap[e] or (lower[e] in _CONNECTORS and e + 1 < n and cap[e + 1])):
                e += 1
            done = e
            while s < e and (words[s] in stop or lower[s] in _CONNECTORS or (s < h and lower[s] in self.title_words)):
                s += 1  # (a title before a body is no part of its name: "Ketua Komisi I")
            while e > s and lower[e - 1] in _CONNECTORS:
                e -= 1
            if e - s < 2 or any(w.isdigit() for w in words[s:e]):
                continue
            inside = {taken[k] for k in range(s, e) if k in taken}
            if any(x[0] < s or x[1] > e or (x[0] == s and x[1] == e) for x in inside):
                continue
            name = t.text(s, e)
            if "\n" in name:
                continue
            states = [x[2] for x in inside if x[2].startswith("country:")]
            owner = taken.get(s - 2) if s >= 2 and words[s - 1] in ("'s", "’s") else None
            if not states and owner is not None and owner[2].startswith("country:"):
                states = [owner[2]]  # "South Korea's Unification Ministry"
            if lower[h] in MINISTRY_HEADS and len(states) == 1:
                # "Kementerian Unifikasi Korea Selatan": a state's ministry, which acts for the state
                key = f"org:ministry-{slug(name)}"
                entities.setdefault(key, Entity(key, "Organization", " ".join(name.split()), country=states[0]))
            else:
                key = f"org:{slug(name)}"
                entities.setdefault(key, Entity(key, "Organization", " ".join(name.split())))
            out = [x for x in out if x not in inside] + [(s, e, key)]
        return out


_AND = frozenset({"and", "dan", "&"})
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "dan", "untuk", "-", "bangsa-bangsa", "&"})
MINISTRY_HEADS = frozenset({"ministry", "kementerian", "departemen", "department"})
# words that make a capitalised name the name of a body (not "Group": "Group of Seven" is known)
ORG_HEAD_WORDS = frozenset(
    "organization organisation organisasi alliance aliansi council dewan party partai agency badan ministry "
    "kementerian union association asosiasi community komunitas front army tentara pasukan forces league liga "
    "fund forum committee komite commission komisi court mahkamah institute lembaga movement gerakan federation "
    "federasi corporation company perusahaan headquarters markas brigade brigades militia milisi watch foundation "
    "yayasan coalition koalisi bureau biro authority otoritas parliament parlemen assembly majelis guard garda "
    "secretariat sekretariat network jaringan academy akademi university universitas institut pengadilan "
    "kejaksaan kepolisian direktorat departemen department dinas bank ikatan persatuan himpunan perhimpunan "
    "dpp dpd dpw dpc".split()
)


def _ends_with(lower: list[str], p: int, phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` (lower-cased, up to four words) ends at token ``p``."""
    return any(" ".join(lower[p - k + 1:p + 1]) in phrases for k in range(1, 5) if p - k + 1 >= 0)


def _headline(t: Toks, i: int) -> bool:
    """Whether the sentence of token ``i`` is written in title case ("Russia Invades Georgia As Talks
    Fail"): there capitalised words say nothing of names."""
    k = t.sent_of[i] if t.has_sentences else 0
    starts = t.sent_starts if t.has_sentences else [0]
    a = starts[k]
    b = starts[k + 1] if k + 1 < len(starts) else t.n
    words = [w for w in t.words[a:b] if w.isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


# words that stay lower-case in a title-case headline
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but yet of in on at to by for as with from into over per via vs di ke dari dan yang untuk "
    "dengan pada atau oleh".split()
)


def initials(doc: Doc, t: Toks, spans: list[tuple[int, int, str]], kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """An acronym the article never defines ("SACN") whose letters are the initials of a body it
    names ("South American Community of Nations") is that body."""
    by_initials: dict[str, str] = {}
    new_entities = doc.user_data.get("kg_new_entities", {})
    for s, e, k in spans:
        if not k.startswith("org:") or e - s < 2:
            continue
        letters = "".join(w[0] for w, c in zip(t.words[s:e], t.cap[s:e]) if c and w.isalpha())
        if len(letters) >= 2:
            by_initials.setdefault(letters, k)
    if not by_initials:
        return []
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = []
    words = t.words
    for i in [i for i, w in enumerate(words) if w in by_initials]:
        w = words[i]
        if i in taken or not (2 <= len(w) <= 8 and w.isupper() and w.isalpha()):
            continue
        k = by_initials[w]
        out.append((i, i + 1, k))
        e = new_entities.get(k)
        if e is not None and "acronym" not in e.ids:
            e.ids["acronym"] = w
    return out


def _new_type(key: str) -> str:
    return {"org": "Organization", "person": "Person", "place": "Place", "agreement": "Agreement"}.get(
        key.split(":", 1)[0], "Organization"
    )
