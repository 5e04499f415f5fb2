"""N-Quads shard files for a bulk loader, written as results come in (a sink like a store).

``part-00000.nq``, ``part-00001.nq``, ... each at most ``max_bytes`` (a new file starts at an
article boundary), plus ``manifest.nq``: one ``<graph> kg:graphHash "…"`` quad per article in
the manifest graph that kg's stores keep, so a store loaded from the shards knows which
articles it holds and a later ``kg build --store`` skips the unchanged ones. With ``compress``
every file is gzipped (``part-00000.nq.gz``, ``manifest.nq.gz``; ``max_bytes`` counts the text
before compression), which the bulk loaders read as they are. Load them with, e.g., Fuseki's
``tdb2.tdbloader --loc DB shards/*.nq`` (with ``tdb2:unionDefaultGraph``) or
``oxigraph load --location kg.db --file …`` for each file; kg's Oxigraph store also keeps the
union of the article graphs in its default graph, so after ``oxigraph load`` fill it once with
:data:`UNION_UPDATE` (``oxigraph update --location kg.db --update "…"``). A file is named
``….partial`` until it is complete, so ``*.nq`` / ``*.nq.gz`` never match a file cut short.
"""
from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import IO

from kg.errors import Errors, InputError
from kg.ontology.namespaces import KG
from kg.store.base import MANIFEST

MANIFEST_GRAPH = str(MANIFEST)
GRAPH_HASH = str(KG.graphHash)


UNION_UPDATE = (f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f"FILTER (?g != <{MANIFEST_GRAPH}>) }}")
"""SPARQL Update that makes the default graph the union of the article graphs (kg's Oxigraph layout)."""


class _Part:
    """One output file, written as ``NAME.partial`` (gzip-compressed if ``compress``) and renamed
    to NAME only when it is complete."""

    def __init__(self, path: Path, compress: bool) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self._raw = open(self.partial, "wb")
        # mtime=0 and the name without .gz in the header: the same articles give the same bytes
        gz = gzip.GzipFile(filename=path.name[:-3], mode="wb", compresslevel=6, fileobj=self._raw, mtime=0) if compress else None
        self.text: IO[str] = io.TextIOWrapper(gz or self._raw, encoding="utf-8", newline="\n")

    def close(self, complete: bool) -> None:
        """Close the file (a gzip stream gets its trailer); rename it to its name if ``complete``."""
        if self._raw.closed:
            return
        self.text.close()
        self._raw.close()  # GzipFile leaves the file it was given open
        if complete:
            os.replace(self.partial, self.path)


class ShardWriter:
    """A sink for :func:`kg.build.runner.run_build`: every article is new (no store to ask).

    ``compress``: gzip every file (``part-00000.nq.gz``, ``manifest.nq.gz``); ``max_bytes`` counts
    the N-Quads before compression. A file is ``….partial`` until it is complete; if a write was
    cut short (the build killed or interrupted mid-article), :meth:`close` leaves the current part
    and the manifest under that name: the parts without it hold whole articles only."""

    def __init__(self, folder: str | Path, *, max_bytes: int = 256 * 2**20, compress: bool = False) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.suffix = ".nq.gz" if compress else ".nq"
        self.folder.mkdir(parents=True, exist_ok=True)
        old = sorted(p.name for p in self.folder.iterdir() if p.name.startswith("part-") or p.name.startswith("manifest."))
        if old:
            raise InputError(Errors.E026, path=str(self.folder), name=old[0])
        self.compress = compress
        self.files: list[Path] = []
        self._part: _Part | None = None
        self._size = 0
        self._writing = False  # in the middle of an article: its files are not complete
        self._manifest = _Part(self.folder / f"manifest{self.suffix}", compress)

    def article_hash(self, graph_iri: str) -> str | None:
        return None

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        data = nquads if nquads.endswith("\n") or not nquads else nquads + "\n"
        size = len(data.encode("utf-8"))
        if self._part is None or (self._size and self._size + size > self.max_bytes):
            self._rotate()
        assert self._part is not None
        self._writing = True
        self._part.text.write(data)
        self._part.text.flush()
        self._size += size
        self._manifest.text.write(f'<{graph_iri}> <{GRAPH_HASH}> "{content_hash}" <{MANIFEST_GRAPH}> .\n')
        self._writing = False
        return True

    def _rotate(self) -> None:
        if self._part is not None:
            self._part.close(complete=not self._writing)
        path = self.folder / f"part-{len(self.files):05d}{self.suffix}"
        self.files.append(path)
        self._part = _Part(path, self.compress)
        self._size = 0

    def close(self) -> None:
        for part in (self._part, self._manifest):
            if part is not None:
                part.close(complete=not self._writing)
        if not self.files and self._manifest.path.exists():  # no article: leave the folder as it was
            self._manifest.path.unlink()

    def __enter__(self) -> "ShardWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
