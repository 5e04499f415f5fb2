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


@lru_cache(maxsize=65536)
def entity_iri(key: str) -> URIRef:
    kind, _, local = key.partition(":")
    return RES[f"{_seg(kind)}/{_seg(local)}"]


def article_iri(article_id: str) -> URIRef:
    return RES[f"article/{_seg(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    return RES[f"graph/{_seg(article_id)}"]


def node_iri(kind: str, article_id: str, *parts: object) -> URIRef:
    return RES[f"{kind}/{_seg(article_id)}/{digest(*parts)}"]
