"""SPARQL result formatting: an aligned text table, CSV, TSV, SPARQL 1.1 JSON results."""
from __future__ import annotations

import csv
import io
import json

from rdflib import URIRef
from rdflib.query import Result

from kg.errors import Errors, FormatError

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def _short(term, ns: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for prefix, base in ns:
            if s.startswith(base) and len(s) > len(base):
                return f"{prefix}:{s[len(base):]}"
        return s
    return str(term)


def format_result(result: Result, fmt: str = "table", namespaces: dict[str, str] | None = None) -> str:
    if fmt not in RESULT_FORMATS:
        raise FormatError(Errors.E011, fmt=fmt, choices=", ".join(RESULT_FORMATS))
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.serialize(format="turtle").decode("utf-8")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [list(row) for row in result]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        for r in rows:
            w.writerow(["" if t is None else str(t) for t in r])
        return buf.getvalue()
    ns = sorted(((p, str(b)) for p, b in (namespaces or {}).items()), key=lambda x: -len(x[1]))
    cells = [[_short(t, ns) for t in r] for r in rows]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(c) for c in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)
