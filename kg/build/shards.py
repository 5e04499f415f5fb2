"""N-Quads shard files for a bulk loader, written as results come in (a sink like a store).

``part-00000.nq``, ``part-00001.nq``, ... each at most ``max_bytes`` (a new file starts at an
article boundary), plus ``manifest.nq``: one ``<graph> kg:graphHash "…"`` quad per article in
the manifest graph that kg's stores keep, so a store loaded from the shards knows which
articles it holds and a later ``kg build --store`` skips the unchanged ones. Load them with,
e.g., Fuseki's ``tdb2.tdbloader --loc DB shards/*.nq`` (with ``tdb2:unionDefaultGraph``) or
``oxigraph load --location kg.db --file …`` for each file; kg's Oxigraph store also keeps the
union of the article graphs in its default graph, so after ``oxigraph load`` fill it once with
:data:`UNION_UPDATE` (``oxigraph update --location kg.db --update "…"``). A file is named
``….partial`` until it is complete.
"""
from __future__ import annotations

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


class ShardWriter:
    """A sink for :func:`kg.build.runner.run_build`: every article is new (no store to ask)."""

    def __init__(self, folder: str | Path, *, max_bytes: int = 256 * 2**20) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.folder.mkdir(parents=True, exist_ok=True)
        old = sorted(p.name for p in self.folder.iterdir() if p.name.startswith("part-") or p.name.startswith("manifest."))
        if old:
            raise InputError(Errors.E026, path=str(self.folder), name=old[0])
        self.files: list[Path] = []
        self._fh: IO[str] | None = None
        self._size = 0
        self._manifest = open(self.folder / "manifest.nq.partial", "w", encoding="utf-8")

    def article_hash(self, graph_iri: str) -> str | None:
        return None

    def put_article(self, graph_iri: str, content_hash: str, nquads: str) -> bool:
        data = nquads if nquads.endswith("\n") or not nquads else nquads + "\n"
        size = len(data.encode("utf-8"))
        if self._fh is None or (self._size and self._size + size > self.max_bytes):
            self._rotate()
        assert self._fh is not None
        self._fh.write(data)
        self._fh.flush()
        self._size += size
        self._manifest.write(f'<{graph_iri}> <{GRAPH_HASH}> "{content_hash}" <{MANIFEST_GRAPH}> .\n')
        return True

    def _rotate(self) -> None:
        self._finish()
        path = self.folder / f"part-{len(self.files):05d}.nq"
        self.files.append(path)
        self._fh = open(path.with_name(path.name + ".partial"), "w", encoding="utf-8")
        self._size = 0

    def _finish(self) -> None:
        if self._fh is not None:
            self._fh.close()
            os.replace(self._fh.name, self.files[-1])
            self._fh = None

    def close(self) -> None:
        self._finish()
        if not self._manifest.closed:
            self._manifest.close()
            os.replace(self._manifest.name, self.folder / "manifest.nq")

    def __enter__(self) -> "ShardWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
