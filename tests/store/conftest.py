"""Stores under test and the article graphs put into them.

The articles are the two hand-made extractions of ``tests/export/conftest.py`` (a1 and a2 share
Armenia, Azerbaijan, Russia and the CSTO, and the fact "Armenia memberOf CSTO") plus a changed
version of a1, mapped to N-Quads as the build does: no NLP, so these tests are fast.
"""
from __future__ import annotations

import dataclasses
import hashlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.model import Extraction
from kg.ontology.iris import graph_iri
from kg.ontology.mapping import article_nquads
from kg.store.base import Store, open_store
from tests.export.conftest import extraction1, extraction2

BACKENDS = ["memory", "oxigraph", "remote"]


@dataclasses.dataclass(frozen=True)
class Put:
    """The arguments of one ``put_article``."""

    graph_iri: str
    content_hash: str
    nquads: str

    @classmethod
    def of(cls, x: Extraction) -> "Put":
        return cls(str(graph_iri(x.article.id)), hashlib.sha256((x.article.text + (x.article.title or "")).encode()).hexdigest(), article_nquads(x))


def changed_a1() -> Extraction:
    """a1 with another title and without its last fact (the meeting)."""
    x = extraction1()
    x.article.title = "Armenia stays in the CSTO"
    x.facts = x.facts[:-1]
    return x


@pytest.fixture(scope="session")
def a1() -> Put:
    return Put.of(extraction1())


@pytest.fixture(scope="session")
def a2() -> Put:
    return Put.of(extraction2())


@pytest.fixture(scope="session")
def a1_changed() -> Put:
    return Put.of(changed_a1())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server of the ``oxigraph`` package (test extra), next to this Python."""
    return Path(sys.executable).parent / "oxigraph"


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> Iterator[str]:
    """A real Oxigraph server on a free port, data in a temporary folder; its base URL."""
    binary = oxigraph_binary()
    assert binary.exists(), f"{binary} not found: pip install -e '.[test]' installs the oxigraph server"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(binary), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph-server")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if proc.poll() is not None:
                    raise RuntimeError(f"oxigraph serve exited: {proc.stderr.read().decode()[-500:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError("oxigraph serve did not answer within 30 s")
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def remote_url(oxigraph_server) -> Iterator[str]:
    """The server, emptied before each test."""
    req = urllib.request.Request(f"{oxigraph_server}/update", data=b"update=CLEAR%20ALL",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    urllib.request.urlopen(req, timeout=10).read()
    yield oxigraph_server


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def make_store(backend, tmp_path, request):
    """Opens a store of ``backend``; the same arguments reopen the same data (not for memory)."""
    opened: list[Store] = []

    def make(name: str = "db") -> Store:
        if backend == "memory":
            store = open_store(None)
        elif backend == "oxigraph":
            store = open_store(tmp_path / name)
        else:
            store = open_store(request.getfixturevalue("remote_url"))
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store) -> Store:
    return make_store()


def sorted_nquads(store: Store) -> list[str]:
    """The store's article graphs as sorted N-Quads lines."""
    return sorted(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} ." for s, p, o, g in store.quads())
