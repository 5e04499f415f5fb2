"""Readers: one function per input kind, registered by suffix; decoding with a fallback.

Every reader is lazy: it yields one :class:`~kg.model.Article` at a time and never holds a
file's records in memory, so a corpus of any size streams through with flat memory. Given
``on_error``, a reader reports a bad record (or a bad file) to it and goes on with the next one;
without it, the first error is raised.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import warnings
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from kg.errors import Errors, InputError, KGWarning
from kg.model import Article

OnError = Callable[[InputError], None]
Reader = Callable[..., Iterator[Article]]  # (path, on_error=None) -> articles
READERS: dict[str, Reader] = {}

_HEAD = 8192  # bytes looked at to tell text from binary


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    def deco(fn: Reader) -> Reader:
        for s in suffixes:
            READERS[s] = fn
        return fn

    return deco


def suffix_of(path: Path) -> str:
    """The registered suffix a file name ends with (longest first, case-insensitive), or ""."""
    name = path.name.lower()
    return next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s) and len(name) > len(s)), "")


def _looks_binary(head: bytes) -> bool:
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or controls > len(head) * 0.05


def _fallback(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "CP1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes → text. UTF-8 first; CP1252 (then Latin-1) with a warning; binary is an error."""
    if not data.strip():
        raise InputError(Errors.E002, path=name)
    if _looks_binary(data[:_HEAD]):
        raise InputError(Errors.E003, path=name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text, enc = _fallback(data)
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
def read_txt(path: Path, on_error: OnError | None = None) -> Iterator[Article]:
    text, warns = decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(Errors.E002, path=str(path))
    yield Article(id=path.stem, text=text, origin=str(path), warnings=warns)


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _lines(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, text, warnings) of each non-blank line, decoded one line at a time.

    A line that is not UTF-8 is decoded as CP1252 (else Latin-1) with one warning per file and
    encoding; the warning is kept on the records of the lines so decoded.
    """
    name = str(path)
    warned: dict[str, str] = {}
    blank = True
    try:
        with _open(path) as fh:
            if _looks_binary(fh.read(_HEAD)):
                raise InputError(Errors.E003, path=name)
            fh.seek(0)
            for n, raw in enumerate(fh, 1):
                if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                blank = False
                try:
                    yield n, raw.decode("utf-8"), []
                    continue
                except UnicodeDecodeError:
                    pass
                line, enc = _fallback(raw)
                if enc not in warned:
                    warned[enc] = f"{name}: not valid UTF-8, decoded as {enc}"
                    warnings.warn(warned[enc], KGWarning, stacklevel=2)
                yield n, line, [warned[enc]]
    except (OSError, EOFError) as e:  # a truncated or corrupt .gz, a read error
        raise InputError(Errors.E025, path=name, msg=str(e) or type(e).__name__) from None
    if blank:
        raise InputError(Errors.E002, path=name)


def _record(path: Path, stem: str, n: int, line: str, warns: list[str]) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(Errors.E005, line=n, path=str(path), msg=e.msg) from None
    if not isinstance(rec, dict):
        raise InputError(Errors.E005, line=n, path=str(path), msg="not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(Errors.E006, line=n, path=str(path), field="text")
    title = rec.get("title")
    return Article(
        id=str(rec.get("id") or f"{stem}-{n}"),
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


@register(".jsonl", ".jsonl.gz")
def read_jsonl(path: Path, on_error: OnError | None = None) -> Iterator[Article]:
    """One article per line of a JSON Lines file (gzip-compressed if it ends in .gz), lazily."""
    seen: set[str] = set()
    suffix = suffix_of(path)
    stem = path.name[: -len(suffix)] if suffix else path.stem
    for n, line, warns in _lines(path):
        try:
            article = _record(path, stem, n, line, warns)
            if article.id in seen:
                raise InputError(Errors.E016, id=article.id, path=str(path))
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)
            continue
        seen.add(article.id)
        yield article


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and suffix_of(p))


def read_path(path: Path, on_error: OnError | None = None) -> Iterator[Article]:
    """The articles of a file or (recursively, in sorted order) a folder.

    With ``on_error``, a bad record or file is reported to it and skipped; else it is raised.
    """
    if not path.exists():
        raise InputError(Errors.E001, path=str(path))
    files = _files(path) if path.is_dir() else [path]
    for f in files:
        suffix = suffix_of(f)
        try:
            if not suffix:
                raise InputError(Errors.E004, suffix=f.suffix or "(none)", path=str(f))
            yield from READERS[suffix](f, on_error)
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)


def iter_articles(paths: Iterable[str | Path], on_error: OnError | None = None) -> Iterator[Article]:
    """All articles of the given files and folders, in a stable order, read lazily.

    With ``on_error``, bad inputs (a missing file, a bad line) are reported to it and skipped.
    """
    for p in paths:
        try:
            yield from read_path(Path(p), on_error)
        except InputError as e:
            if on_error is None:
                raise
            on_error(e)


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, if that is cheap to tell (no .gz); None otherwise.

    Counts non-blank lines of .jsonl files (bytes only, no parsing) and one per .txt file:
    an upper bound when some records turn out bad.
    """
    total = 0
    for p in map(Path, paths):
        if not p.exists():
            continue
        for f in _files(p) if p.is_dir() else [p]:
            suffix = suffix_of(f)
            if suffix.endswith(".gz"):
                return None
            if suffix == ".jsonl":
                with open(f, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif suffix:
                total += 1
    return total
