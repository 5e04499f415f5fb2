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
from spacy.tokens import Doc, Span

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
        self.name_stop = frozenset(langdata.get(nlp.lang).NAME_STOP)

    def initialize(self) -> None:
        _matchers(self.nlp, self.upper_variants)

    def __call__(self, doc: Doc) -> Doc:
        matcher, ministries = _matchers(self.nlp, self.upper_variants)
        t = toks(doc)
        vocab = doc.vocab
        found = [(s, e, vocab.strings[m]) for m, s, e in matcher(doc)]
        spans = longest_first(found)
        spans = self._ministries(doc, t, ministries, spans)
        spans = self._acronyms(doc, t, spans)
        spans = self._named_bodies(doc, t, spans)
        spans += initials(doc, t, spans, self.kb)
        ents = self.kb.entities
        write_spans(doc, [KgSpan(s, e, k, ents[k].type if k in ents else _new_type(k)) for s, e, k in spans])
        return doc

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
            if ctry is None:
                continue
            c = self.kb.entities[ctry[2]]
            key = f"org:{slug(name)}-{c.ids.get('iso3', ctry[2]).lower()}"
            entities.setdefault(key, Entity(key, "Organization", f"{name} of {c.label}", country=ctry[2]))
            lo, hi = min(s, ctry[0]), max(e, ctry[1])
            out = [x for x in out if x[1] <= lo or x[0] >= hi] + [(lo, hi, key)]
        return out

    def _acronyms(self, doc: Doc, t: Toks, spans: list[tuple[int, int, str]]) -> list:
        """"Long Name ( ACR )": alias the long name to ACR's entity, or define a new organization."""
        by_start = {s: (s, e, k) for s, e, k in spans}
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        defined: dict[str, str] = {}
        words, lower = t.words, t.lower
        starts = set(t.sent_starts) if doc.has_annotation("SENT_START") else set()
        for i in [i for i, w in enumerate(words) if w == "("]:
            if i + 2 >= t.n or words[i + 2] != ")":
                continue
            acr = words[i + 1]
            if not (acr.isupper() and 2 <= len(acr) <= 8 and acr.isalpha()):
                continue
            j = i  # the capitalised name before the bracket
            # names of bodies often hold place names ("Front Pembebasan Nasional Moro"): walk over them
            while j > 0 and (t.cap[j - 1] or lower[j - 1] in _CONNECTORS) and j not in starts:
                j -= 1
            while j < i and lower[j] in _CONNECTORS:
                j += 1
            if i - j < 2:
                continue
            long_name = t.text(j, i)
            known = by_start.get(i + 1)
            if known:
                out.append((j, i, known[2]))
                continue
            if not ORG_WORDS.search(long_name):
                continue
            key = f"org:{slug(long_name)}"
            entities.setdefault(key, Entity(key, "Organization", long_name, ids={"acronym": acr}))
            defined[acr] = key
            out += [(j, i, key), (i + 1, i + 2, key)]
        names = [(s, e) for s, e, k in out if k in defined.values() or (s, e, k) not in spans]
        out = [x for x in out if x not in spans or not any(a <= x[0] and x[1] <= b and (a, b) != (x[0], x[1]) for a, b in names)]
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
        starts = set(t.sent_starts) if doc.has_annotation("SENT_START") else {0}
        done = -1

        def body(k: int) -> bool:  # may a token be part of a body's name?
            x = taken.get(k)
            return x is None or not x[2].startswith(("org:", "person:"))

        for h in heads:
            if h < done or not body(h):
                continue
            s = h
            while s > 0 and s not in starts and body(s - 1) and (cap[s - 1] or (lower[s - 1] in _CONNECTORS and s - 2 >= 0 and cap[s - 2])):
                s -= 1
            e = h + 1
            while e < n and e not in starts and body(e) and (cap[e] or (lower[e] in _CONNECTORS and e + 1 < n and cap[e + 1])):
                e += 1
            done = e
            while s < e and (words[s] in stop or lower[s] in _CONNECTORS):
                s += 1
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
            key = f"org:{slug(name)}"
            entities.setdefault(key, Entity(key, "Organization", " ".join(name.split())))
            out = [x for x in out if x not in inside] + [(s, e, key)]
        return out


_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "dan", "untuk", "-", "bangsa-bangsa", "&"})
# words that make a capitalised name the name of a body (not "Group": "Group of Seven" is known)
ORG_HEAD_WORDS = frozenset(
    "organization organisation organisasi alliance aliansi council dewan party partai agency badan ministry "
    "kementerian union association asosiasi community komunitas front army tentara pasukan forces league liga "
    "fund forum committee komite commission komisi court mahkamah institute lembaga movement gerakan federation "
    "federasi corporation company perusahaan headquarters markas brigade brigades militia milisi watch foundation "
    "yayasan coalition koalisi bureau biro authority otoritas parliament parlemen assembly majelis guard garda "
    "secretariat sekretariat network jaringan".split()
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
