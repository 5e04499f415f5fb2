"""Readers: one function per input kind, registered by suffix; decoding with a fallback."""
from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import Errors, InputError, KGWarning
from kg.model import Article

Reader = Callable[[Path], Iterator[Article]]
READERS: dict[str, Reader] = {}


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn

    return deco


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes → text. UTF-8 first; CP1252 (then Latin-1) with a warning; binary is an error."""
    if not data.strip():
        raise InputError(Errors.E002, path=name)
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or controls > len(head) * 0.05:
        raise InputError(Errors.E003, path=name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        enc = "CP1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        enc = "Latin-1"
    msg = f"{name}: not valid UTF-8, decoded as {enc}"
    warnings.warn(msg, KGWarning, stacklevel=2)
    return text, [msg]


def parse_date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@register(".txt")
def read_txt(path: Path) -> Iterator[Article]:
    text, warns = decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(Errors.E002, path=str(path))
    yield Article(id=path.stem, text=text, origin=str(path), warnings=warns)


@register(".jsonl")
def read_jsonl(path: Path) -> Iterator[Article]:
    raw, warns = decode(path.read_bytes(), str(path))
    seen: set[str] = set()
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(Errors.E005, line=n, path=str(path), msg=e.msg) from None
        if not isinstance(rec, dict):
            raise InputError(Errors.E005, line=n, path=str(path), msg="not a JSON object")
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(Errors.E006, line=n, path=str(path), field="text")
        aid = str(rec.get("id") or f"{path.stem}-{n}")
        if aid in seen:
            raise InputError(Errors.E016, id=aid, path=str(path))
        seen.add(aid)
        title = rec.get("title")
        yield Article(
            id=aid,
            text=text,
            lang=rec.get("lang") or None,
            date=parse_date(rec.get("date")),
            # A title made from a URL slug is no headline; keep it only as a fallback.
            title=None if rec.get("title_is_url_slug") else title,
            publisher=rec.get("source") or rec.get("publisher") or None,
            dateline=rec.get("dateline") or None,
            url=rec.get("url") or None,
            origin=f"{path}:{n}",
            warnings=list(warns),
        )


def read_path(path: Path) -> Iterator[Article]:
    if not path.exists():
        raise InputError(Errors.E001, path=str(path))
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS):
            yield from READERS[child.suffix.lower()](child)
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(Errors.E004, suffix=path.suffix or "(none)", path=str(path))
    yield from reader(path)


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article]:
    """All articles of the given files and folders, in a stable order, read lazily."""
    for p in paths:
        yield from read_path(Path(p))
