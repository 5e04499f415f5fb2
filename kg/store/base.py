"""Serialization formats by name and by file extension; atomic writes; loading a graph file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset

from kg.errors import Errors, FormatError, GraphError, InputError

# name → (rdflib format, keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "jsonld": ("json-ld", True),
}
EXTENSIONS: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".ttl": "turtle",
    ".nt": "ntriples",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}


def format_for_path(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise FormatError(Errors.E011, fmt=fmt, choices=", ".join(FORMATS))
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in EXTENSIONS:
        raise FormatError(Errors.E012, path=str(path), choices=", ".join(FORMATS))
    return EXTENSIONS[ext]


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and rename: never a partial file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def open_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Load a graph file written by kg (any of FORMATS) as a Dataset whose default graph is the union."""
    path = Path(path)
    if not path.exists():
        raise InputError(Errors.E001, path=str(path))
    try:
        fmt = format_for_path(path, fmt)
    except FormatError as e:
        raise GraphError(Errors.E009, path=str(path), msg=str(e).split("] ", 1)[-1]) from None
    ds = Dataset(default_union=True)
    try:
        ds.parse(str(path), format=FORMATS[fmt][0])
    except Exception as e:  # rdflib raises many kinds; all mean "not a graph of that format"
        msg = " ".join(str(e).split())[:300] or type(e).__name__
        raise GraphError(Errors.E009, path=str(path), msg=msg) from None
    if len(ds) == 0:
        raise GraphError(Errors.E009, path=str(path), msg="no triples")
    return ds
