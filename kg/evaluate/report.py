"""The evaluation report: totals over documents (micro-averaged), per relation and per document."""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.evaluate.score import DATE_AGREEMENT, ENTITY_RECALL_TYPES, Counts, DocScore
from kg.relations import RELATIONS

__all__ = ["Report"]


def _f(x: float) -> str:
    return f"{x:.3f}"


def _table(header: list[str], rows: list[list[str]], left: int = 1) -> list[str]:
    """Plain text table; the first ``left`` columns are left-aligned, the rest right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        out = [str(c).ljust(w) if i < left else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(out).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _fact_text(s: str, r: str, o: str, role: str | None) -> str:
    return f"{s} --{r}{'(' + role + ')' if role else ''}--> {o}"


@dataclass
class Report:
    gold_path: str
    docs: list[DocScore] = field(default_factory=list)  # in gold file order
    unscored: list[str] = field(default_factory=list)  # predicted articles that have no gold
    unknown: list[str] = field(default_factory=list)  # requested docs that are not in the gold

    # -- totals ---------------------------------------------------------------------------------
    @property
    def strict(self) -> Counts:
        c = Counts()
        for d in self.docs:
            c += d.strict
        return c

    @property
    def lenient(self) -> Counts:
        c = Counts()
        for d in self.docs:
            c += d.lenient
        return c

    @property
    def planned(self) -> int:
        return sum(d.planned for d in self.docs)

    @property
    def entity_gold(self) -> int:
        return sum(len(d.entity_gold) for d in self.docs)

    @property
    def entity_recalled(self) -> int:
        return sum(len(d.entity_recalled) for d in self.docs)

    @property
    def entity_recall(self) -> float:
        return self.entity_recalled / self.entity_gold if self.entity_gold else 0.0

    @property
    def relations(self) -> dict[str, dict[str, Counts]]:
        out: dict[str, dict[str, Counts]] = {}
        for d in self.docs:
            for r, modes in d.relations.items():
                acc = out.setdefault(r, {"strict": Counts(), "lenient": Counts()})
                acc["strict"] += modes["strict"]
                acc["lenient"] += modes["lenient"]
        order = list(RELATIONS)
        return dict(sorted(out.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))

    @property
    def dates(self) -> dict[str, int]:
        """Matched (strict) facts whose gold has a date, by how the predicted date agrees."""
        return {a: sum(d.dates[a] for d in self.docs) for a in DATE_AGREEMENT}

    @property
    def missing(self) -> list[str]:
        """Gold documents with no predicted article (scored as all facts missed)."""
        return [d.doc for d in self.docs if not d.found]

    # -- output ---------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """JSON-able, in a stable key order; ratios rounded to 3 decimals (the counts are exact)."""
        return {
            "gold": self.gold_path,
            "documents": len(self.docs),
            "overall": {
                "strict": self.strict.to_dict(),
                "lenient": self.lenient.to_dict(),
                "entities": {
                    "types": list(ENTITY_RECALL_TYPES),
                    "recall": round(self.entity_recall, 3),
                    "recalled": self.entity_recalled,
                    "gold": self.entity_gold,
                },
                "dates": self.dates,
                "planned": self.planned,
            },
            "relations": {
                r: {"strict": m["strict"].to_dict(), "lenient": m["lenient"].to_dict()}
                for r, m in self.relations.items()
            },
            "docs": [self._doc_dict(d) for d in self.docs],
            "missing": self.missing,
            "unscored": list(self.unscored),
            "unknown": list(self.unknown),
        }

    @staticmethod
    def _doc_dict(d: DocScore) -> dict:
        return {
            "doc": d.doc,
            "found": d.found,
            "strict": d.strict.to_dict(),
            "lenient": d.lenient.to_dict(),
            "entities": {
                "recall": round(d.entity_recall, 3),
                "recalled": len(d.entity_recalled),
                "gold": len(d.entity_gold),
                "missed": d.entity_missed,
            },
            "dates": dict(d.dates),
            "relations": {
                r: {"strict": m["strict"].to_dict(), "lenient": m["lenient"].to_dict()}
                for r, m in d.relations.items()
            },
            "alignment": {
                str(iri): {"label": d.labels.get(iri, ""), "gold": name}
                for iri, name in sorted(d.alignment.items(), key=lambda kv: str(kv[0]))
            },
            "unaligned": sorted(d.unaligned),
            "missed": [f.to_dict() for f in d.missed],
            "false_positives": [fp.to_dict() for fp in d.false_positives],
        }

    def to_text(self, verbose: bool = False) -> str:
        """Plain text: overall, per relation, per document; ``verbose`` adds missed facts and FPs."""
        out: list[str] = []
        n = len(self.docs)
        out.append(f"Evaluation against {self.gold_path}: {n} document{'s' if n != 1 else ''}")
        if self.missing:
            out.append(f"Documents without a predicted article ({len(self.missing)}): {', '.join(self.missing)}")
        if self.unknown:
            out.append(f"Requested documents not in the gold ({len(self.unknown)}): {', '.join(self.unknown)}")
        if self.unscored:
            out.append(f"Predicted articles without gold, not scored: {len(self.unscored)}")
        out.append("")

        out.append("Overall")
        rows = []
        for mode, c in (("strict", self.strict), ("lenient", self.lenient)):
            rows.append([mode, _f(c.precision), _f(c.recall), _f(c.f1), str(c.tp), str(c.fp), str(c.fn), str(c.optional)])
        out += _table(["score", "P", "R", "F1", "TP", "FP", "FN", "opt"], rows)
        out.append(
            f"Entity recall ({', '.join(ENTITY_RECALL_TYPES)}): {_f(self.entity_recall)} "
            f"({self.entity_recalled}/{self.entity_gold})"
        )
        dates = self.dates
        out.append(f"Dates of matched facts the gold dates ({sum(dates.values())}): "
                   + ", ".join(f"{a} {n}" for a, n in dates.items()))
        out.append(f"Predicted facts announced as plans (kg:modality \"planned\", scored like the others): {self.planned}")
        out.append("")

        out.append("Per relation")
        rows = []
        for r, m in self.relations.items():
            s, l = m["strict"], m["lenient"]
            rows.append([r, str(s.gold), _f(s.precision), _f(s.recall), _f(s.f1),
                         _f(l.precision), _f(l.recall), _f(l.f1), str(s.tp), str(s.fp), str(s.fn), str(s.optional)])
        out += _table(["relation", "gold", "P", "R", "F1", "P(len)", "R(len)", "F1(len)", "TP", "FP", "FN", "opt"], rows)
        out.append("")

        out.append("Per document")
        rows = []
        for d in self.docs:
            s, l = d.strict, d.lenient
            rows.append([d.doc if d.found else d.doc + " (no prediction)", str(s.gold),
                         _f(s.precision), _f(s.recall), _f(s.f1), _f(l.precision), _f(l.recall), _f(l.f1),
                         _f(d.entity_recall), str(s.tp), str(s.fp), str(s.fn)])
        out += _table(["doc", "gold", "P", "R", "F1", "P(len)", "R(len)", "F1(len)", "ent R", "TP", "FP", "FN"], rows)

        if verbose:
            for d in self.docs:
                out.append("")
                out.append(f"== {d.doc}" + ("" if d.found else " (no predicted article)"))
                out.append(f"Missed facts ({len(d.missed)}):")
                for g in d.missed:
                    extra = f" [{g.date}]" if g.date else ""
                    ev = f'  "{g.evidence}"' if g.evidence else ""
                    out.append(f"  - {_fact_text(g.s, g.r, g.o, g.role)}{extra}{ev}")
                out.append(f"False positives ({len(d.false_positives)}):")
                for fp in d.false_positives:
                    s = fp.s if fp.s_aligned else f"[{fp.s}]"
                    o = fp.o if fp.o_aligned else f"[{fp.o}]"
                    extra = f" [{', '.join(fp.dates)}]" if fp.dates else ""
                    note = f" ({fp.note})" if fp.note else ""
                    out.append(f"  - {_fact_text(s, fp.r, o, fp.role)}{extra}{note}")
                    for q in fp.quotes:
                        out.append(f'      "{q}"')
                if d.date_misses:
                    out.append(f"Dates not as in the gold ({len(d.date_misses)}):")
                    for g, predicted in d.date_misses:
                        out.append(f"  - {_fact_text(g.s, g.r, g.o, g.role)} gold {g.date}, "
                                   f"predicted {', '.join(predicted) or 'none'}")
                if d.entity_missed:
                    out.append(f"Missed entities: {', '.join(d.entity_missed)}")
                if d.unaligned:
                    out.append(f"Unaligned predicted entities: {', '.join(sorted(d.unaligned))}")
            out.append("")
            out.append("[name] = predicted entity with no gold counterpart")
        return "\n".join(out) + "\n"
