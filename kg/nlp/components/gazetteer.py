"""``kg_gazetteer``: names of countries, places and organizations → linked mention spans.

Writes ``doc.spans["kg"]``: spans labelled with the entity type, ``kb_id_`` the entity key.
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
from kg.nlp.spans import longest_first
from kg.nlp.gazetteer import KnowledgeBase, knowledge_base
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

    def initialize(self) -> None:
        _matchers(self.nlp, self.upper_variants)

    def __call__(self, doc: Doc) -> Doc:
        matcher, ministries = _matchers(self.nlp, self.upper_variants)
        vocab = doc.vocab
        found = [(s, e, vocab.strings[m]) for m, s, e in matcher(doc)]
        spans = longest_first(found)
        spans = self._ministries(doc, ministries, spans)
        spans = self._acronyms(doc, spans)
        doc.spans[SPAN_KEY] = [
            Span(doc, s, e, label=self.kb.entities[k].type if k in self.kb.entities else _new_type(k), kb_id=k)
            for s, e, k in sorted(spans)
        ]
        return doc

    def _ministries(self, doc: Doc, matcher: PhraseMatcher, spans: list[tuple[int, int, str]]) -> list:
        by_start = {s: (s, e, k) for s, e, k in spans}
        by_end = {e: (s, e, k) for s, e, k in spans}
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        for m, s, e in matcher(doc):
            name = doc.vocab.strings[m]
            after = by_start.get(e) or (by_start.get(e + 1) if e < len(doc) and doc[e].lower_ == "of" else None)
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

    def _acronyms(self, doc: Doc, spans: list[tuple[int, int, str]]) -> list:
        """"Long Name ( ACR )": alias the long name to ACR's entity, or define a new organization."""
        by_start = {s: (s, e, k) for s, e, k in spans}
        out = list(spans)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        defined: dict[str, str] = {}
        for i, tok in enumerate(doc[:-2]):
            if tok.text != "(" or not doc[i + 2].text == ")":
                continue
            acr = doc[i + 1]
            if not (acr.is_upper and 2 <= len(acr.text) <= 8 and acr.is_alpha):
                continue
            j = i  # the capitalised name before the bracket
            # names of bodies often hold place names ("Front Pembebasan Nasional Moro"): walk over them
            while j > 0 and (doc[j - 1].is_title or doc[j - 1].is_upper or doc[j - 1].lower_ in _CONNECTORS) and not doc[j].is_sent_start:
                j -= 1
            while j < i and doc[j].lower_ in _CONNECTORS:
                j += 1
            if i - j < 2:
                continue
            long_name = doc[j:i].text
            known = by_start.get(i + 1)
            if known:
                out.append((j, i, known[2]))
                continue
            if not ORG_WORDS.search(long_name):
                continue
            key = f"org:{slug(long_name)}"
            entities.setdefault(key, Entity(key, "Organization", long_name, ids={"acronym": acr.text}))
            defined[acr.text] = key
            out += [(j, i, key), (i + 1, i + 2, key)]
        names = [(s, e) for s, e, k in out if k in defined.values() or (s, e, k) not in spans]
        out = [x for x in out if x not in spans or not any(a <= x[0] and x[1] <= b and (a, b) != (x[0], x[1]) for a, b in names)]
        if defined:
            taken = {i for s, e, _ in out for i in range(s, e)}
            for i, tok in enumerate(doc):
                if tok.text in defined and i not in taken:
                    out.append((i, i + 1, defined[tok.text]))
        return out


_CONNECTORS = frozenset({"of", "the", "and", "for", "dan", "untuk", "-", "bangsa-bangsa", "&"})



def _new_type(key: str) -> str:
    return {"org": "Organization", "person": "Person", "place": "Place", "agreement": "Agreement"}.get(
        key.split(":", 1)[0], "Organization"
    )
