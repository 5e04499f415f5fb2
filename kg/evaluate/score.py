"""Scoring one document's predicted graph against its gold, as ``SCHEMA.md`` (Scoring) says.

1. **Entity alignment.** Each predicted entity is aligned to at most one gold entity of the same
   document; several predicted entities may align to the same gold entity (two spellings of one
   name). Candidate evidence, strongest first (a lower *tier* wins):

   0. equal ISO 3166 alpha-3 codes (different codes on both sides forbid the pair outright);
   1. a predicted label equals the gold canonical name;
   2. a predicted label equals a gold alias;
   3. a predicted label equals a gold mention;
   4. a predicted mention text equals a gold name, alias or mention.

   All comparisons are on :func:`normalize`-d strings. Ties are broken by type agreement, then
   by how many mention texts are shared, then in favour of a gold entity not yet taken, then by
   gold file order. Predicted entities are placed strongest-evidence first, so the result does
   not depend on graph order.
2. **Fact matching.** A predicted fact becomes a key ``(s, r, o, role)`` in gold names (an
   unaligned end stays a predicted IRI and can never match); duplicates of one key count once.
   A key matches a gold fact when ``r`` is equal and both ends are equal (either order for
   symmetric relations); for ``holdsRole`` the role must be equal in *strict* mode, and is
   ignored in *lenient* mode. Each required gold fact is matched at most once (exact-role
   matches first in lenient mode). A key that matches only an optional gold fact is neither
   TP nor FP; so is, in lenient mode, a key that only differs in role from a key already
   matched. Remaining keys are false positives (lenient: counted once per ``(s, r, o)``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.evaluate.gold import GoldDoc, GoldEntity, GoldFact
from kg.evaluate.predicted import PredDoc, PredEntity, PredFact
from kg.relations import RELATIONS

__all__ = [
    "ENTITY_RECALL_TYPES", "normalize", "align_entities", "Counts", "FalsePositive", "DocScore", "score_doc",
]

ENTITY_RECALL_TYPES = ("Country", "Organization", "Person")

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u02bc\u00b4`"), "'")
_QUOTES.update(dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u00ab\u00bb"), '"'))
_EDGE = " \t\n.,;:!?\"'"


def normalize(text: str) -> str:
    """Compare form of a name: no accents, casefolded, one space, no spaces around hyphens.

    ``"  Hamad bin Khalifa al - Thani"`` → ``"hamad bin khalifa al-thani"``; ``"Türkiye"`` →
    ``"turkiye"``; ``"( CSTO )"`` → ``"(csto)"``; a leading English article is dropped
    (``"the United States"`` → ``"united states"``), as is punctuation at either end.
    """
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold().translate(_DASHES).translate(_QUOTES)
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r" ?- ?", "-", t)
    t = re.sub(r"([(\[]) ", r"\1", t)
    t = re.sub(r" ([)\]])", r"\1", t)
    t = t.strip(_EDGE)
    if t.startswith("the "):
        t = t[4:]
    return t.strip(_EDGE)


# ---------------------------------------------------------------------------------------------
# entity alignment


@dataclass(frozen=True)
class _GoldForms:
    name: str
    aliases: frozenset[str]
    mentions: frozenset[str]
    everything: frozenset[str]


def _gold_forms(g: GoldEntity) -> _GoldForms:
    name = normalize(g.name)
    aliases = frozenset(normalize(a) for a in g.aliases) - {""}
    mentions = frozenset(normalize(m) for m in g.mentions) - {""}
    return _GoldForms(name, aliases, mentions, frozenset({name}) | aliases | mentions)


# A state renamed without a change of territory keeps being itself under its new code (ISO 3166-3):
# Zaire is the DR Congo, Burma is Myanmar. (A state dissolved or split is not its successor.)
RENAMED_CODES = {"ZAR": "COD", "BUR": "MMR", "TMP": "TLS", "ROM": "ROU", "DHY": "BEN", "UPV": "BFA"}


def _same_state(a: str, b: str) -> bool:
    return RENAMED_CODES.get(a, a) == RENAMED_CODES.get(b, b)


def _candidate(p: PredEntity, p_labels: frozenset[str], p_mentions: frozenset[str],
               g: GoldEntity, gf: _GoldForms) -> tuple[int, int, int] | None:
    """Strength of the pair (lower is stronger) or None when they cannot align."""
    if p.iso3 and g.iso3 and not _same_state(p.iso3, g.iso3):
        return None
    overlap = len(p_mentions & gf.everything)
    if p.iso3 and g.iso3:
        tier = 0
    elif gf.name in p_labels:
        tier = 1
    elif p_labels & gf.aliases:
        tier = 2
    elif p_labels & gf.mentions:
        tier = 3
    elif overlap:
        tier = 4
    else:
        return None
    type_mismatch = 0 if p.type == g.type else 1
    return (tier, type_mismatch, -overlap)


def align_entities(pred: PredDoc | None, gold: GoldDoc) -> dict[URIRef, str]:
    """Predicted entity IRI → gold entity name, for the predicted entities that align."""
    if pred is None:
        return {}
    golds = list(gold.entities.values())
    forms = [_gold_forms(g) for g in golds]
    options: list[tuple[tuple, str, list[int]]] = []
    for iri, p in pred.entities.items():
        p_labels = frozenset(normalize(x) for x in (p.label, *p.labels)) - {""}
        p_mentions = frozenset(normalize(x) for x in p.mentions) - {""}
        cands = []
        for i, (g, gf) in enumerate(zip(golds, forms)):
            strength = _candidate(p, p_labels, p_mentions, g, gf)
            if strength is not None:
                cands.append((strength, i))
        if not cands:
            continue
        best = min(s for s, _ in cands)
        options.append((best, str(iri), [i for s, i in cands if s == best]))
    taken: dict[int, int] = {}
    out: dict[URIRef, str] = {}
    for _, iri, idxs in sorted(options):
        i = min(idxs, key=lambda i: (taken.get(i, 0), i))
        taken[i] = taken.get(i, 0) + 1
        out[URIRef(iri)] = golds[i].name
    return out


# ---------------------------------------------------------------------------------------------
# fact matching

# An end of a predicted fact: ("g", gold name) when aligned, ("p", IRI) when not.
End = tuple[str, str]
Key = tuple[End, str, End, str]  # (s, r, o, role or "")


class PRF:
    """Precision, recall and F1 of anything counting ``tp``, ``fp`` and ``fn``."""

    tp: int
    fp: int
    fn: int

    @property
    def gold(self) -> int:
        """Required gold items."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        """Distinct scored predictions."""
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts(PRF):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0  # predicted facts that matched only optional gold facts (not scored)

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional += other.optional
        return self

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "optional": self.optional,
            "gold": self.gold, "predicted": self.predicted,
        }


@dataclass
class FalsePositive:
    s: str  # gold name when aligned, else the predicted label
    r: str
    o: str
    role: str | None
    s_aligned: bool
    o_aligned: bool
    quotes: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict:
        d: dict = {"s": self.s, "r": self.r, "o": self.o}
        if self.role:
            d["role"] = self.role
        d["s_aligned"] = self.s_aligned
        d["o_aligned"] = self.o_aligned
        if self.dates:
            d["dates"] = list(self.dates)
        d["quotes"] = list(self.quotes)
        if self.note:
            d["note"] = self.note
        return d


@dataclass
class DocScore:
    doc: str
    found: bool  # a predicted article with this id exists
    alignment: dict[URIRef, str] = field(default_factory=dict)
    labels: dict[URIRef, str] = field(default_factory=dict)  # predicted IRI → label, for aligned entities
    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)
    relations: dict[str, dict[str, Counts]] = field(default_factory=dict)  # r → {"strict", "lenient"}
    entity_gold: list[str] = field(default_factory=list)  # gold entities counted for entity recall
    entity_recalled: list[str] = field(default_factory=list)
    missed: list[GoldFact] = field(default_factory=list)  # strict
    missed_lenient: list[GoldFact] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)  # strict
    unaligned: list[str] = field(default_factory=list)  # labels of predicted entities with no gold match
    dates: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DATE_AGREEMENT, 0))
    date_misses: list[tuple[GoldFact, tuple[str, ...]]] = field(default_factory=list)  # not "same"
    planned: int = 0  # predicted facts announced for the future (scored like the others)

    @property
    def entity_missed(self) -> list[str]:
        got = set(self.entity_recalled)
        return [n for n in self.entity_gold if n not in got]

    @property
    def entity_recall(self) -> float:
        return len(self.entity_recalled) / len(self.entity_gold) if self.entity_gold else 0.0


DATE_AGREEMENT = ("same", "coarser or finer", "other", "none")


def date_agreement(gold: str, predicted: set[str]) -> str:
    """How a matched fact's predicted dates agree with the gold date: "same", "coarser or finer"
    (2020-10 against 2020-10-31, either way), "other" or "none"."""
    if gold in predicted:
        return "same"
    if any(p.startswith(gold) or gold.startswith(p) for p in predicted):
        return "coarser or finer"
    return "other" if predicted else "none"


def _order(s: End, o: End, r: str) -> tuple[End, End]:
    if RELATIONS[r].symmetric and o < s:
        return o, s
    return s, o


def _gold_key(f: GoldFact) -> Key:
    s, o = _order(("g", f.s), ("g", f.o), f.r)
    return (s, f.r, o, f.role or "")


def _dedupe_gold(facts: list[GoldFact]) -> list[GoldFact]:
    """One gold fact per (s, r, o, role); required if any copy is."""
    by_key: dict[Key, GoldFact] = {}
    for f in facts:
        k = _gold_key(f)
        prev = by_key.get(k)
        if prev is None:
            by_key[k] = f
        elif prev.optional and not f.optional:
            by_key[k] = f
    keep = {id(f) for f in by_key.values()}
    return [f for f in facts if id(f) in keep]


def _lenient(k: Key) -> Key:
    return (k[0], k[1], k[2], "")


def _match(
    gold: list[GoldFact], keys: list[Key], lenient: bool,
) -> tuple[dict[Key, GoldFact], list[Key], list[Key], list[GoldFact]]:
    """(key → matched required gold fact, keys matching optional gold only, FP keys, missed gold)."""
    gkeys = [_gold_key(g) for g in gold]
    required = [i for i, g in enumerate(gold) if not g.optional]
    used: set[int] = set()
    tp: dict[Key, GoldFact] = {}
    for relax in ((False, True) if lenient else (False,)):
        for k in keys:
            if k in tp:
                continue
            kk = _lenient(k) if relax else k
            for i in required:
                if i not in used and (_lenient(gkeys[i]) if relax else gkeys[i]) == kk:
                    used.add(i)
                    tp[k] = gold[i]
                    break
    optional: list[Key] = []
    fps: list[Key] = []
    mode_of = _lenient if lenient else (lambda k: k)
    matched_mode = {mode_of(k) for k in tp}
    all_gold_mode = {mode_of(gk): g for gk, g in zip(gkeys, gold)}
    seen_fp: set[Key] = set()
    for k in keys:
        if k in tp:
            continue
        mk = mode_of(k)
        if mk in matched_mode:
            continue  # lenient: same (s, r, o) as a matched key, other role
        if mk in all_gold_mode:
            optional.append(k)
            continue
        if mk not in seen_fp:
            seen_fp.add(mk)
            fps.append(k)
    missed = [gold[i] for i in required if i not in used]
    return tp, optional, fps, missed


def score_doc(pred: PredDoc | None, gold: GoldDoc) -> DocScore:
    """Score one document; ``pred`` is None when the prediction has no article with this id."""
    alignment = align_entities(pred, gold)
    res = DocScore(doc=gold.doc, found=pred is not None, alignment=alignment,
                   planned=pred.planned if pred is not None else 0)
    res.entity_gold = [g.name for g in gold.entities.values() if g.type in ENTITY_RECALL_TYPES]
    hit = set(alignment.values())
    res.entity_recalled = [n for n in res.entity_gold if n in hit]

    # predicted facts → keys in gold names
    groups: dict[Key, list[PredFact]] = {}
    label_of: dict[str, str] = {}
    if pred is not None:
        for iri, e in pred.entities.items():
            label_of[str(iri)] = e.label
            if iri in alignment:
                res.labels[iri] = e.label
            else:
                res.unaligned.append(e.label)
        for f in pred.facts:
            if f.r not in RELATIONS:
                continue
            s: End = ("g", alignment[f.s]) if f.s in alignment else ("p", str(f.s))
            o: End = ("g", alignment[f.o]) if f.o in alignment else ("p", str(f.o))
            s, o = _order(s, o, f.r)
            role = (f.role or "") if f.r == "holdsRole" else ""
            groups.setdefault((s, f.r, o, role), []).append(f)
    keys = sorted(groups)
    gold_facts = _dedupe_gold(gold.facts)

    def name(end: End) -> str:
        return end[1] if end[0] == "g" else label_of.get(end[1], end[1])

    for mode in ("strict", "lenient"):
        tp, optional, fps, missed = _match(gold_facts, keys, lenient=mode == "lenient")
        total: Counts = getattr(res, mode)
        per_rel: dict[str, Counts] = {}
        for k in tp:
            per_rel.setdefault(k[1], Counts()).tp += 1
        for k in optional:
            per_rel.setdefault(k[1], Counts()).optional += 1
        for k in fps:
            per_rel.setdefault(k[1], Counts()).fp += 1
        for g in missed:
            per_rel.setdefault(g.r, Counts()).fn += 1
        for r, c in per_rel.items():
            total += c
            res.relations.setdefault(r, {"strict": Counts(), "lenient": Counts()})[mode] = c
        if mode == "strict":
            res.missed = missed
            for k, g in tp.items():
                if g.date:
                    predicted = {f.date for f in groups[k] if f.date}
                    agreement = date_agreement(g.date, predicted)
                    res.dates[agreement] += 1
                    if agreement != "same":
                        res.date_misses.append((g, tuple(sorted(predicted))))
            lenient_tp, _, _, _ = _match(gold_facts, keys, lenient=True)
            lenient_hits = {_lenient(k): g for k, g in lenient_tp.items()}
            for k in fps:
                fs = groups[k]
                note = ""
                g = lenient_hits.get(_lenient(k))
                if g is not None and k[1] == "holdsRole":
                    note = f"gold role: {g.role}"
                res.false_positives.append(FalsePositive(
                    s=name(k[0]), r=k[1], o=name(k[2]), role=k[3] or None,
                    s_aligned=k[0][0] == "g", o_aligned=k[2][0] == "g",
                    quotes=tuple(dict.fromkeys(q for f in fs for q in f.quotes)),
                    dates=tuple(sorted({f.date for f in fs if f.date})),
                    note=note,
                ))
        else:
            res.missed_lenient = missed
    res.relations = dict(sorted(res.relations.items(), key=lambda kv: _rel_order(kv[0])))
    return res


def _rel_order(r: str) -> tuple[int, str]:
    names = list(RELATIONS)
    return (names.index(r) if r in names else len(names), r)
