"""Scoring NER against gold JSONL in the corpus format (``../shared/corpus/README.md``).

One record per line: ``{"text", "tokens", "entities": [[start, end, label], ...]}`` where
``text`` is the tokens joined by single spaces and ``entities`` are character offsets into it.
Source labels are mapped to PER / ORG / LOC / MISC as the corpus README suggests
(:data:`LABEL_MAP`; EVT and FNB have no counterpart and are dropped). An entity counts as
found only with the exact same boundaries and label (CoNLL style). Scores are per label and
micro-averaged over PER/ORG/LOC (``micro``) and, when the gold has MISC, also over all four
(``micro+MISC``).

>>> report = evaluate_ner("ner_id_idner2k_dev.jsonl", lang="id", system="model")
>>> print(report.to_text())

Systems: ``model`` is the shipped statistical model alone (``kg_ner``); ``combined`` is what the
product makes of the same tokens: the rules of ``kg.nlp.pipeline.get_pipeline(lang)`` up to the
linker, with the model's spans merged in by ``kg_ner_merge`` (``kg/nlp/components/ner_merge.py``),
read back from ``doc.spans["kg"]`` (Country/Place/City → LOC, Organization → ORG, Person → PER;
other kinds, e.g. Agreement, are not scored; a state named by its nationality word, "Russian",
is MISC as in the gold sets). The model's MISC spans are not used by the product.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import Errors, InputError
from kg.evaluate.score import PRF

__all__ = [
    "LABEL_MAP", "CORE_LABELS", "SYSTEMS", "NerDoc", "LabelScore", "NerReport",
    "load_ner_gold", "score_entities", "predict_entities", "evaluate_ner",
]

LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
    "MISC": "MISC",
}  # EVT, FNB and anything else: no counterpart, dropped
CORE_LABELS = ("PER", "ORG", "LOC")
SYSTEMS = ("model", "combined")

Entity = tuple[int, int, str]  # start char, end char (exclusive), label


@dataclass(frozen=True)
class NerDoc:
    id: str
    text: str
    words: tuple[str, ...]  # tokens, a token holding spaces split into several
    entities: tuple[Entity, ...]  # mapped labels, character offsets into text

    @property
    def spaces(self) -> list[bool]:
        return [True] * (len(self.words) - 1) + [False] if self.words else []


def load_ner_gold(path: str | Path) -> list[NerDoc]:
    """Read a gold file; labels mapped with :data:`LABEL_MAP` (unmapped labels dropped)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(Errors.E001, path=path)
    docs = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(Errors.E005, line=n, path=path, msg=e.msg) from None
            docs.append(_gold_doc(rec, n, path))
    if not docs:
        raise InputError(Errors.E002, path=path)
    return docs


def _gold_doc(rec: object, n: int, path: Path) -> NerDoc:
    def bad(msg: str) -> InputError:
        return InputError(Errors.E014, line=n, path=path, msg=msg)

    if not isinstance(rec, dict) or not isinstance(rec.get("tokens"), list) or not isinstance(rec.get("entities"), list):
        raise bad("expected an object with 'tokens' and 'entities' lists")
    tokens = [str(t) for t in rec["tokens"]]
    text = rec.get("text", " ".join(tokens))
    if text != " ".join(tokens):
        raise bad("'text' is not the tokens joined by single spaces")
    words = tuple(w for t in tokens for w in t.split())
    if " ".join(words) != text:
        raise bad("a token is empty or holds other whitespace than single spaces")
    starts, ends = _boundaries(words)
    ents = []
    for ent in rec["entities"]:
        if not (isinstance(ent, list) and len(ent) == 3):
            raise bad(f"entity {ent!r} is not [start, end, label]")
        s, e, label = ent
        if s not in starts or e not in ends or e <= s:
            raise bad(f"entity {ent!r} does not fall on token boundaries")
        if LABEL_MAP.get(label):
            ents.append((s, e, LABEL_MAP[label]))
    return NerDoc(str(rec.get("id", n)), text, words, tuple(sorted(set(ents))))


def _boundaries(words: Sequence[str]) -> tuple[list[int], list[int]]:
    starts, ends, i = [], [], 0
    for w in words:
        starts.append(i)
        ends.append(i + len(w))
        i += len(w) + 1
    return starts, ends


@dataclass
class LabelScore(PRF):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: LabelScore) -> LabelScore:
        return LabelScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class NerReport:
    path: str
    lang: str
    system: str
    docs: int = 0
    per_label: dict[str, LabelScore] = field(default_factory=dict)

    @property
    def has_misc(self) -> bool:
        return self.per_label.get("MISC", LabelScore()).gold > 0

    @property
    def micro(self) -> LabelScore:
        """Over PER/ORG/LOC (a MISC prediction is neither right nor wrong here)."""
        return sum((self.per_label.get(lab, LabelScore()) for lab in CORE_LABELS), LabelScore())

    @property
    def micro_all(self) -> LabelScore:
        return sum(self.per_label.values(), LabelScore())

    def rows(self) -> list[tuple[str, LabelScore]]:
        labels = list(CORE_LABELS) + (["MISC"] if self.has_misc else [])
        rows = [(lab, self.per_label.get(lab, LabelScore())) for lab in labels]
        rows.append(("micro", self.micro))
        if self.has_misc:
            rows.append(("micro+MISC", self.micro_all))
        return rows

    def to_dict(self) -> dict:
        return {"file": self.path, "lang": self.lang, "system": self.system, "docs": self.docs,
                "labels": {lab: s.to_dict() for lab, s in self.rows()}}

    def to_text(self) -> str:
        head = f"{Path(self.path).name} (lang {self.lang}, system {self.system}): {self.docs} sentences"
        lines = [head, f"{'label':<10} | {'gold':>5} | {'pred':>5} | {'tp':>5} | {'P':>6} | {'R':>6} | {'F1':>6}",
                 "-" * 11 + "+" + "+".join(["-" * 7] * 3 + ["-" * 8] * 2) + "+" + "-" * 7]
        for lab, s in self.rows():
            lines.append(f"{lab:<10} | {s.gold:>5} | {s.predicted:>5} | {s.tp:>5} | "
                         f"{100 * s.precision:>6.2f} | {100 * s.recall:>6.2f} | {100 * s.f1:>6.2f}")
        return "\n".join(lines)


def score_entities(gold: Iterable[Iterable[Entity]], predicted: Iterable[Iterable[Entity]]) -> dict[str, LabelScore]:
    """Per-label exact-match counts over paired documents."""
    scores: dict[str, LabelScore] = {}
    for g, p in zip(gold, predicted, strict=True):
        g, p = set(g), set(p)
        for s, e, lab in g | p:
            sc = scores.setdefault(lab, LabelScore())
            if (s, e, lab) in g and (s, e, lab) in p:
                sc.tp += 1
            elif (s, e, lab) in p:
                sc.fp += 1
            else:
                sc.fn += 1
    return scores


def predict_entities(docs: Sequence[NerDoc], lang: str, system: str = "model", *, model: str | Path | None = None,
                     batch_size: int = 64) -> list[list[Entity]]:
    """Entities the ``system`` finds in each gold doc's tokens, as character offsets.

    ``model``: the NER pipeline directory; default the shipped one for ``lang``.
    """
    from spacy.tokens import Doc

    from kg.nlp.components.ner import load_model, model_path

    if system not in SYSTEMS:
        raise ValueError(f"unknown system {system!r}; choose one of {SYSTEMS}")
    path = str(model or model_path(lang))
    if system == "model":
        nlp = load_model(path)
    else:
        from kg.nlp.pipeline import get_pipeline
        nlp = get_pipeline(lang, ner=False)  # the rules; the model's spans are put in and merged below
    tagger = _tagger(lang, path)
    spacy_docs = [Doc(nlp.vocab, words=list(d.words), spaces=d.spaces) for d in docs]
    out = []
    for i in range(0, len(spacy_docs), batch_size):
        batch = spacy_docs[i:i + batch_size]
        ents = tagger.predict(batch)
        if system == "combined":
            batch = [_combined(nlp, d, e) for d, e in zip(batch, ents)]
            ents = [_kg_entities(d) for d in batch]
        for d, es in zip(batch, ents):
            out.append([(d[s].idx, d[e - 1].idx + len(d[e - 1]), lab) for s, e, lab in es])
    return out


def _combined(nlp, doc, model_ents: list[Entity]):
    """The pipeline's rules on ``doc`` with the model's spans merged by ``kg_ner_merge`` where the
    product runs it (after ``kg_persons``); the relation stage is not needed for the spans."""
    from spacy.tokens import Span

    from kg.nlp.pipeline import NER_COMPONENTS

    for name, proc in nlp.pipeline:
        if name == "kg_relations":
            break
        doc = proc(doc)
        if name == NER_COMPONENTS["kg_ner_merge"]:
            doc.spans["ner"] = [Span(doc, s, e, label=lab) for s, e, lab in model_ents]
            doc = _merger(nlp)(doc)
    return doc


@lru_cache(maxsize=None)
def _merger(nlp):
    from kg.nlp.components.ner_merge import NerMerge

    return NerMerge(nlp)


def _kg_entities(doc) -> list[Entity]:
    """The product's typed spans with an NER label (token offsets), non-overlapping, longest first.

    A state named by its nationality word ("Russian", "Americans") is a mention of the state in
    the graph, but MISC by the NER convention of the gold sets (CoNLL-2003, WikiGold, CrossNER)."""
    from kg.nlp.components.ner import GAZETTEER_LABELS
    from kg.nlp.spans import longest_first, read_spans

    nationality = _nationality_words(doc.lang_)
    found = set()
    for sp in read_spans(doc):
        if sp.label in GAZETTEER_LABELS:
            misc = sp.label == "Country" and doc[sp.start:sp.end].text in nationality
            found.add((sp.start, sp.end, "MISC" if misc else GAZETTEER_LABELS[sp.label]))
    return longest_first(found)


@lru_cache(maxsize=None)
def _nationality_words(lang: str) -> frozenset[str]:
    """The language's nationality words (``DEMONYMS``) and their plurals ("Americans")."""
    from kg.nlp import lang as langdata

    words = getattr(langdata.get(lang), "DEMONYMS", {})
    return frozenset(words) | {w + "s" for w in words if w.endswith(("an", "i"))}


def _tagger(lang: str, path: str):
    import spacy

    from kg.nlp.components.ner import StatisticalNER

    return StatisticalNER(spacy.blank(lang), model=path)


def evaluate_ner(path: str | Path, *, lang: str | None = None, system: str = "model",
                 model: str | Path | None = None) -> NerReport:
    """Score ``system`` on the gold file at ``path`` (``lang`` default: from the text).

    ``model``: the NER pipeline directory; default the shipped one (``kg/models/ner_<lang>``).
    """
    docs = load_ner_gold(path)
    if lang is None:
        from kg.ingest.langid import detect_language
        lang = detect_language(" ".join(d.text for d in docs[:200]), name=str(path))
    predicted = predict_entities(docs, lang, system, model=model)
    report = NerReport(path=str(path), lang=lang, system=system, docs=len(docs))
    report.per_label = score_entities((d.entities for d in docs), predicted)
    return report
