"""Run the NLP stage on one prepared article: Article → Extraction (mentions, entities, facts)."""
from __future__ import annotations

from functools import lru_cache

from kg.link.linker import SegmentIndex
from kg.model import Article, Extraction, Mention
from kg.nlp.dates import reference_date
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.spans import read_spans
from kg.nlp.tokens import toks
from kg.relations import RELATIONS
from kg.nlp.pipeline import get_pipeline


def masked_text(article: Article) -> str:
    """The article text with everything outside its segments blanked (same length, same offsets)."""
    text = article.text
    parts: list[str] = []
    pos = 0  # text before ``pos`` is written
    for start, end in sorted((seg.start, seg.end) for seg in article.segments):
        if end <= max(start, pos):  # empty, or inside what is written
            continue
        if start > pos:
            parts.append(_blank(text[pos:start]))
            pos = start
        parts.append(text[pos:end])
        pos = end
    parts.append(_blank(text[pos:]))
    return "".join(parts)


def _blank(text: str) -> str:
    """Spaces for every character but line breaks."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def extract(article: Article, ner: bool | None = None) -> Extraction:
    """``ner``: run the statistical NER too (None: the default, see :func:`get_pipeline`)."""
    nlp = get_pipeline(article.lang or "en", ner)
    text = masked_text(article)
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    doc.user_data["segments"] = article.segments
    doc.user_data["article_date"] = reference_date(article)
    doc.user_data["dateline"] = article.dateline
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    entities = dict(doc.user_data.get("kg_entities", {}))
    segments = SegmentIndex(doc)
    t = toks(doc)
    mentions = []
    for sp in read_spans(doc):
        s, e = t.idx[sp.start], t.ends[sp.end - 1]
        mentions.append(Mention(s, e, text[s:e], sp.key, sp.label, segments.kind(s)))  # type: ignore[arg-type]
    for m in mentions:
        if m.key not in entities:
            new = doc.user_data.get("kg_new_entities", {}).get(m.key)
            if new is not None:
                entities[m.key] = new
    kb = knowledge_base()
    for f in doc.user_data.get("kg_facts", []):  # a state a fact was lifted to ("Moscow" in 1987 → Soviet Union)
        for key in (f.subject, f.object):
            if key not in entities and key in kb.entities:
                entities[key] = kb.entities[key]
    # the schema's types: no person is a member of a body, no city meets anyone (kg.relations)
    facts = [f for f in doc.user_data.get("kg_facts", []) if f.subject in entities and f.object in entities
             and RELATIONS[f.relation].admits(entities[f.subject].type, entities[f.object].type)]
    for f in facts:  # a claimant is an entity of the article too
        if f.attributed_to and f.attributed_to not in entities:
            if f.attributed_to in kb.entities:
                entities[f.attributed_to] = kb.entities[f.attributed_to]
            else:
                f.attributed_to = None
    _attach_publisher(article, entities, mentions)
    return Extraction(article=article, entities=entities, mentions=mentions, facts=facts)


@lru_cache(maxsize=None)
def _lower_names(lang: str) -> dict[str, str]:
    return {k.lower(): v for k, v in knowledge_base().surface_forms(lang).items()}


def _attach_publisher(article: Article, entities: dict, mentions: list[Mention]) -> None:
    """Publisher and cited sources become entity keys where the gazetteer knows them."""
    kb = knowledge_base()
    names = _lower_names(article.lang or "en")

    def resolve(name: str | None) -> str | None:
        if not name:
            return name
        key = names.get(name.lower().strip())
        if key and key in kb.entities:
            entities.setdefault(key, kb.entities[key])
            return key
        return name

    article.publisher = resolve(article.publisher)
    article.cited_sources = [resolve(s) or s for s in article.cited_sources]
