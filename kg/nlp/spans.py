"""Helpers shared by the components: longest-first matching and the table of "kg" spans."""
from __future__ import annotations

from operator import itemgetter
from typing import Iterable, NamedTuple, TypeVar

from spacy.tokens import Doc, Span

T = TypeVar("T")


def longest_first(found: Iterable[tuple[int, int, T]], blocked: Iterable[int] = ()) -> list[tuple[int, int, T]]:
    """Non-overlapping matches, preferring longer then earlier ones; none touching ``blocked``."""
    taken = set(blocked)
    out = []
    for s, e, k in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
        if not taken.isdisjoint(range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e, k))
    return sorted(out, key=itemgetter(0))


# -- the "kg" span group as plain tuples ---------------------------------------------------------
#
# Reading ``doc.spans[key]`` builds a new ``Span`` object per span every time, and the components
# read the group many times. They share it as a list of :class:`KgSpan` tuples in
# ``doc.user_data`` instead; :func:`sync` writes the spaCy span group (the linker does, once the
# spans are final).

SPAN_KEY = "kg"
_CACHE = "kg_span_table"


class KgSpan(NamedTuple):
    start: int  # token offsets
    end: int
    key: str  # entity key (kb_id)
    label: str  # entity type


def read_spans(doc: Doc) -> list[KgSpan]:
    """The "kg" spans, sorted by start (from the shared table, else from ``doc.spans``)."""
    cached = doc.user_data.get(_CACHE)
    if cached is not None:
        return cached
    spans = sorted((KgSpan(sp.start, sp.end, sp.kb_id_, sp.label_) for sp in doc.spans.get(SPAN_KEY, [])),
                   key=lambda x: (x.start, -x.end))
    doc.user_data[_CACHE] = spans
    return spans


def write_spans(doc: Doc, spans: Iterable[KgSpan], sync_group: bool = False) -> list[KgSpan]:
    out = sorted(spans, key=lambda x: (x.start, -x.end))
    doc.user_data[_CACHE] = out
    if sync_group:
        sync(doc)
    return out


def sync(doc: Doc) -> None:
    """Write the table to ``doc.spans["kg"]``."""
    doc.spans[SPAN_KEY] = [Span(doc, s.start, s.end, label=s.label, kb_id=s.key) for s in read_spans(doc)]
