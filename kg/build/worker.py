"""The per-article work of a build: a pure function of the article, run wherever a worker is.

``process(task)`` prepares, extracts and maps one article and returns an :class:`ArticleResult`
(graph IRI, content hash, N-Quads text and counts) or, for an article kg refuses (an unknown
language, ...), a :class:`Failure` that the parent reports. Both are small picklable records, so
the same function runs in the parent, in a process pool or on a Dask worker. A worker process
builds each spaCy pipeline once (:func:`kg.nlp.pipeline.get_pipeline` is cached per process).
"""
from __future__ import annotations

import hashlib
import json
import traceback
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.errors import Errors, InputError, KGError
from kg.model import Article, Extraction


@dataclass
class Task:
    """One article to build. ``lang`` forces the language (else it is detected)."""

    article: Article
    content_hash: str
    lang: str | None = None
    keep_extraction: bool = False


@dataclass
class ArticleResult:
    article_id: str
    graph_iri: str
    content_hash: str
    nquads: str
    facts: int
    triples: int
    words: int
    extraction: Extraction | None = None  # only when the task asked for it


@dataclass
class Failure:
    """An article kg cannot build: the coded message of the error (errors do not pickle well)."""

    article_id: str
    code: str
    message: str

    @classmethod
    def of(cls, error: KGError, article_id: str) -> "Failure":
        return cls(article_id, error.code, str(error))

    def error(self) -> KGError:
        e = InputError.__new__(InputError)
        Exception.__init__(e, self.message)
        e.code = self.code
        return e


def describe(e: BaseException) -> str:
    """"ValueError: bad value (at kg/nlp/dates.py:42)": an unexpected error in one line, with where it was raised."""
    first = str(e).splitlines()[0] if str(e) else ""
    text = f"{type(e).__name__}: {first}" if first else type(e).__name__
    frames = traceback.extract_tb(e.__traceback__)
    if frames:
        path = Path(frames[-1].filename)
        text += f" (at {'/'.join(path.parts[-3:])}:{frames[-1].lineno})"
    return text


def content_hash(article: Article, lang: str | None = None) -> str:
    """SHA-256 of what the article's graph depends on: kg's version, the id, text and metadata as
    read (language forced or given, date, title, publisher, dateline, URL, origin)."""
    record = [
        __version__, article.id, article.text, lang or article.lang,
        article.date.isoformat() if article.date else None,
        article.title, article.publisher, article.dateline, article.url, article.origin,
    ]
    return hashlib.sha256(json.dumps(record, ensure_ascii=False).encode("utf-8")).hexdigest()


def graph_iri_of(article: Article | str) -> str:
    """The IRI of the named graph of an article (or article id)."""
    from kg.ontology.iris import graph_iri

    return str(graph_iri(article if isinstance(article, str) else article.id))


def init_worker(langs: tuple[str, ...] = ()) -> None:
    """Process-pool initializer: build the pipelines of ``langs`` now, not on the first article."""
    from kg.nlp.pipeline import get_pipeline

    for lang in langs:
        get_pipeline(lang)


def process(task: Task) -> ArticleResult | Failure:
    """Article → its named graph as N-Quads, with counts. Pure: same task, same result.

    An article kg refuses, or whose processing raises, gives a :class:`Failure` (an unexpected
    exception as E030, with its type, message and where it was raised), so one bad article never
    takes its batch or the build down with it."""
    from kg.ingest import prepare
    from kg.ingest.langid import check_language
    from kg.nlp.extract import extract
    from kg.ontology.mapping import nquad_lines

    article = task.article
    try:
        if task.lang:
            check_language(task.lang, article.id)
        prepare(article, task.lang)
        check_language(article.lang or "", article.id)
        x = extract(article)
        lines = nquad_lines(x)
    except KGError as e:
        return Failure.of(e, article.id)
    except Exception as e:  # a bug or an article kg chokes on: this article fails, not its batch or the build
        return Failure.of(InputError(Errors.E030, id=article.id, msg=describe(e)), article.id)
    return ArticleResult(
        article_id=article.id,
        graph_iri=graph_iri_of(article),
        content_hash=task.content_hash,
        nquads="".join(lines),
        facts=len(x.facts),
        triples=len(lines),  # a quad has one line break: literals escape theirs
        words=article.words,
        extraction=x if task.keep_extraction else None,
    )


def process_batch(tasks: list[Task]) -> list[ArticleResult | Failure]:
    """:func:`process` over a batch (one Dask task per batch keeps the scheduler's overhead low)."""
    return [process(t) for t in tasks]


__all__ = ["Task", "ArticleResult", "Failure", "content_hash", "describe", "graph_iri_of", "init_worker", "process",
           "process_batch"]
