"""``kg_ner_merge``: the statistical NER's spans (``doc.spans["ner"]``, from ``kg_ner``) become
entities where the gazetteer and the titled-person rules found nothing.

* a span that overlaps a "kg" span is dropped: the gazetteer's linked names and the titled
  persons win;
* PER → a Person keyed like the persons component does (``person_key``: spelling-tolerant), after
  any title or courtesy word at its start ("Mr Straw" → "Straw");
* ORG → a new Organization keyed by its name (``org:<slug>``), so the same name in two articles
  is one entity; an acronym whose letters are its initials links to it;
* LOC → a new Place keyed by its name (``place:<slug>``), without a country or a GeoNames id
  (the model does not know which place it is; the gazetteer's places carry the ids);
* MISC is not used. A one-word span at the start of a sentence that the article never writes
  capitalised elsewhere is taken for a capitalised common word ("Moves", "Belakangan").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.model import Entity
from kg.nlp import lang as langdata
from kg.nlp.components.gazetteer import initials
from kg.nlp.components.persons import clean_name, person_key
from kg.nlp.gazetteer import knowledge_base
from kg.nlp.spans import KgSpan, read_spans, write_spans
from kg.nlp.tokens import toks
from kg.ontology.iris import slug

NER_KEY = "ner"
TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


@Language.factory("kg_ner_merge", default_config={"span_key": NER_KEY})
def make_ner_merge(nlp: Language, name: str, span_key: str) -> "NerMerge":
    return NerMerge(nlp, span_key)


class NerMerge:
    def __init__(self, nlp: Language, span_key: str = NER_KEY) -> None:
        d = langdata.get(nlp.lang)
        self.span_key = span_key
        self.kb = knowledge_base()
        self.skip_first = frozenset(w for t in d.TITLES for w in t.split()) | frozenset(d.COURTESY_TITLES) | {"the", "a", "an"}
        self.stop = frozenset(d.NAME_STOP)
        self.conjunctions = frozenset(d.CONJUNCTIONS)
        self.locative = frozenset(d.LOCATIVE_PREPS)

    def __call__(self, doc: Doc) -> Doc:
        model = [(sp.start, sp.end, sp.label_) for sp in doc.spans.get(self.span_key, [])]
        if not model:
            return doc
        t = toks(doc)
        spans = list(read_spans(doc))
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        starts = set(t.sent_starts)
        entities = doc.user_data.setdefault("kg_new_entities", {})
        capitalised_inside = {t.lower[i] for i in t.cap_idx if i not in starts}
        counts: dict[str, int] = {}
        for i in t.cap_idx:
            counts[t.words[i]] = counts.get(t.words[i], 0) + 1
        new: list[KgSpan] = []
        for s, e, label in model:
            typ = TYPES.get(label)
            if typ is None or any(ch.isdigit() or ch in "$€£¥%" for w in t.words[s:e] for ch in w):
                continue
            while s < e and (t.lower[s].rstrip(".") in self.skip_first or t.space[s]):
                s += 1
            while e > s and (t.space[e - 1] or not t.words[e - 1][:1].isalnum() or not t.cap[e - 1]):
                e -= 1  # "Details of the": a name ends in a capitalised word
            if e <= s or any(i in taken for i in range(s, e)) or not t.cap[s]:
                continue
            while e > s and t.words[e - 1] in self.stop:
                e -= 1  # "William Casey and That"
            if e <= s or any(t.lower[i] in self.conjunctions for i in range(s, e)):
                continue  # two names run together
            if e - s == 1 and (t.words[s] in self.stop or (s in starts and t.lower[s] not in capitalised_inside)):
                continue
            if e - s == 1 and typ != "Person" and not t.words[s].isupper() and counts.get(t.words[s], 0) < 2 \
                    and not (s > 0 and t.lower[s - 1] in self.locative):
                continue  # a one-word body or place the article names once: too often a common word
            text = t.text(s, e)
            if "\n" in text:
                continue
            if typ == "Person":
                key = person_key(clean_name(text))
            else:
                key = f"{'org' if typ == 'Organization' else 'place'}:{slug(text)}"
                if key not in self.kb.entities:
                    entities.setdefault(key, Entity(key, typ, " ".join(text.split())))
                elif self.kb.entities[key].type != typ:
                    continue
            new.append(KgSpan(s, e, key, typ))
            taken.update(range(s, e))
        if new:
            spans = write_spans(doc, spans + new)
            links = initials(doc, t, [(sp.start, sp.end, sp.key) for sp in spans], self.kb)
            if links:
                write_spans(doc, spans + [KgSpan(s, e, k, "Organization") for s, e, k in links])
        return doc
