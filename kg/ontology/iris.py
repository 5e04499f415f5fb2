"""IRIs minted only from escaped keys, so the same input always gives the same IRI."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

from kg.ontology.namespaces import RES


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: "Nikol Pashinyan" → "nikol-pashinyan"."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "x"


def digest(*parts: object, n: int = 12) -> str:
    h = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8"))
    return h.hexdigest()[:n]


@lru_cache(maxsize=65536)
def _seg(text: str) -> str:
    return quote(text, safe="-._~")


_RES = str(RES)


@lru_cache(maxsize=65536)
def entity_ref(key: str) -> str:
    """:func:`entity_iri` as a plain string (what the N-Quads writer formats)."""
    kind, _, local = key.partition(":")
    return f"{_RES}{_seg(kind)}/{_seg(local)}"


@lru_cache(maxsize=65536)
def entity_iri(key: str) -> URIRef:
    return URIRef(entity_ref(key))


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{_seg(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    return RES[f"graph/{_seg(article_id)}"]


def node_ref(kind: str, article_id: str, *parts: object) -> str:
    """:func:`node_iri` as a plain string."""
    return f"{_RES}{kind}/{_seg(article_id)}/{digest(*parts)}"


def node_iri(kind: str, article_id: str, *parts: object) -> URIRef:
    return URIRef(node_ref(kind, article_id, *parts))
