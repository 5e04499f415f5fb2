"""Gold annotations (``/work/shared/gold/SCHEMA.md`` format): loading and validation.

A gold file is JSON Lines; each line is one object of one document, either an entity::

    {"doc": "...", "entity": "Armenia", "type": "Country", "iso3": "ARM",
     "aliases": [...], "mentions": ["Armenia", "Yerevan"]}

or a fact::

    {"doc": "...", "s": "Armenia", "r": "requestsAssistance", "o": "Russia",
     "role": "...", "date": "2020-10-31", "optional": true, "evidence": "..."}

Lines may come in any order (a fact may precede the entities it names); ``s`` and ``o`` must
name an entity of the same document. Unknown keys are ignored. Every problem is reported as
:class:`~kg.errors.InputError` ``E014`` with its line number.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, InputError
from kg.model import ENTITY_TYPES
from kg.relations import RELATIONS, ROLES

__all__ = ["GoldEntity", "GoldFact", "GoldDoc", "Gold", "load_gold", "parse_gold_lines"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]*)?)?)?$")
_ISO3 = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True)
class GoldEntity:
    doc: str
    name: str
    type: str
    iso3: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, then the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldFact:
    doc: str
    s: str
    r: str
    o: str
    role: str | None = None
    date: str | None = None
    evidence: str | None = None
    optional: bool = False
    line: int = 0

    def to_dict(self) -> dict:
        d: dict = {"s": self.s, "r": self.r, "o": self.o}
        if self.role:
            d["role"] = self.role
        if self.date:
            d["date"] = self.date
        if self.optional:
            d["optional"] = True
        if self.evidence:
            d["evidence"] = self.evidence
        d["line"] = self.line
        return d


@dataclass
class GoldDoc:
    doc: str
    entities: dict[str, GoldEntity] = field(default_factory=dict)  # name → entity, in file order
    facts: list[GoldFact] = field(default_factory=list)  # in file order

    @property
    def required_facts(self) -> list[GoldFact]:
        return [f for f in self.facts if not f.optional]


@dataclass
class Gold:
    path: str
    docs: dict[str, GoldDoc] = field(default_factory=dict)  # doc id → gold, in file order

    def __contains__(self, doc: object) -> bool:
        return doc in self.docs

    def __getitem__(self, doc: str) -> GoldDoc:
        return self.docs[doc]

    def __len__(self) -> int:
        return len(self.docs)


def _err(path: str, line: int, msg: str) -> InputError:
    return InputError(Errors.E014, line=line, path=path, msg=msg)


def _str(rec: dict, key: str, path: str, line: int, required: bool = True) -> str | None:
    v = rec.get(key)
    if v is None:
        if required:
            raise _err(path, line, f"missing '{key}'")
        return None
    if not isinstance(v, str) or not v.strip():
        raise _err(path, line, f"'{key}' must be a non-empty string, got {v!r}")
    return v


def _str_list(rec: dict, key: str, path: str, line: int) -> tuple[str, ...]:
    v = rec.get(key)
    if v is None:
        return ()
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise _err(path, line, f"'{key}' must be a list of strings, got {v!r}")
    return tuple(x for x in v if x.strip())


def _entity(rec: dict, doc: str, path: str, line: int) -> GoldEntity:
    name = _str(rec, "entity", path, line)
    typ = _str(rec, "type", path, line)
    if typ not in ENTITY_TYPES:
        raise _err(path, line, f"unknown entity type '{typ}' (expected one of {', '.join(ENTITY_TYPES)})")
    iso3 = _str(rec, "iso3", path, line, required=False)
    if iso3 is not None:
        if not _ISO3.match(iso3):
            raise _err(path, line, f"'iso3' must be three letters, got {iso3!r}")
        iso3 = iso3.upper()
    return GoldEntity(
        doc=doc, name=name, type=typ, iso3=iso3,
        aliases=_str_list(rec, "aliases", path, line),
        mentions=_str_list(rec, "mentions", path, line),
        line=line,
    )


def _fact(rec: dict, doc: str, path: str, line: int) -> GoldFact:
    s = _str(rec, "s", path, line)
    r = _str(rec, "r", path, line)
    o = _str(rec, "o", path, line)
    if r not in RELATIONS:
        raise _err(path, line, f"unknown relation '{r}' (expected one of {', '.join(RELATIONS)})")
    role = _str(rec, "role", path, line, required=False)
    if r == "holdsRole":
        if role is None:
            raise _err(path, line, "a holdsRole fact needs a 'role'")
        if role not in ROLES:
            raise _err(path, line, f"unknown role '{role}' (expected one of {', '.join(ROLES)})")
    elif role is not None:
        raise _err(path, line, f"'role' is only allowed on holdsRole facts, not on '{r}'")
    date = _str(rec, "date", path, line, required=False)
    if date is not None and not _DATE.match(date):
        raise _err(path, line, f"'date' must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got {date!r}")
    optional = rec.get("optional", False)
    if optional is None:
        optional = False
    if not isinstance(optional, bool):
        raise _err(path, line, f"'optional' must be true or false, got {optional!r}")
    evidence = rec.get("evidence")
    if evidence is not None and not isinstance(evidence, str):
        raise _err(path, line, f"'evidence' must be a string, got {evidence!r}")
    return GoldFact(doc=doc, s=s, r=r, o=o, role=role, date=date, evidence=evidence or None,
                    optional=optional, line=line)


def parse_gold_lines(lines, path: str = "<gold>") -> Gold:
    """Parse and validate gold records from an iterable of text lines (1-based line numbers)."""
    gold = Gold(path=path)
    facts: list[GoldFact] = []
    for n, raw in enumerate(lines, start=1):
        text = raw.strip()
        if n == 1:
            text = text.lstrip("\ufeff")
        if not text:
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as e:
            raise _err(path, n, f"bad JSON: {e.msg} (column {e.colno})") from None
        if not isinstance(rec, dict):
            raise _err(path, n, f"expected a JSON object, got {type(rec).__name__}")
        doc = _str(rec, "doc", path, n)
        is_entity, is_fact = "entity" in rec, any(k in rec for k in ("s", "r", "o"))
        if is_entity and is_fact:
            raise _err(path, n, "a record is either an entity ('entity') or a fact ('s', 'r', 'o'), not both")
        gdoc = gold.docs.setdefault(doc, GoldDoc(doc))
        if is_entity:
            ent = _entity(rec, doc, path, n)
            if ent.name in gdoc.entities:
                prev = gdoc.entities[ent.name].line
                raise _err(path, n, f"duplicate entity '{ent.name}' in doc '{doc}' (first on line {prev})")
            gdoc.entities[ent.name] = ent
        elif is_fact:
            facts.append(_fact(rec, doc, path, n))
        else:
            raise _err(path, n, "neither an entity ('entity') nor a fact ('s', 'r', 'o')")
    for f in facts:  # entities may follow the facts that name them
        ents = gold.docs[f.doc].entities
        for end in ("s", "o"):
            name = getattr(f, end)
            if name not in ents:
                raise _err(path, f.line, f"'{end}' names '{name}', which is not an entity of doc '{f.doc}'")
        gold.docs[f.doc].facts.append(f)
    return gold


def load_gold(path: str | Path) -> Gold:
    """Load and validate a gold JSONL file; raises :class:`InputError` (E001, E002, E014)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(Errors.E001, path=str(p))
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(Errors.E014, line=text_line(p.read_bytes(), e.start), path=str(p),
                         msg="not valid UTF-8") from None
    gold = parse_gold_lines(text.split("\n"), path=str(p))  # not splitlines(): U+2028 etc. may sit in strings
    if not gold.docs:
        raise InputError(Errors.E002, path=str(p))
    return gold


def text_line(data: bytes, offset: int) -> int:
    """1-based line number of byte ``offset`` in ``data``."""
    return data.count(b"\n", 0, offset) + 1
