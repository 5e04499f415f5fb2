"""Errors of kg: one base class, coded messages (in the manner of spaCy's ``Errors``).

Library code raises :class:`KGError` subclasses with a code from :class:`Errors`; the CLI
turns them into one-line messages and a non-zero exit.
"""
from __future__ import annotations


class Errors:
    E001 = "Input not found: {path}"
    E002 = "Input is empty: {path}"
    E003 = "Input looks binary, not text: {path}"
    E004 = "Unsupported input type '{suffix}' ({path}); expected .txt, .jsonl, .jsonl.gz or a folder"
    E005 = "Invalid JSON on line {line} of {path}: {msg}"
    E006 = "Article record on line {line} of {path} has no '{field}'"
    E007 = "Cannot tell the language of {name}: neither Indonesian nor English (use --lang id|en)"
    E008 = "Unsupported language '{lang}' for {name}; supported: {supported}"
    E009 = "Cannot parse graph {path}: {msg}"
    E010 = "Invalid SPARQL query: {msg}"
    E011 = "Unknown output format '{fmt}'; choose one of: {choices}"
    E012 = "Cannot tell the output format of {path}; name it with --format ({choices})"
    E013 = "No articles found in: {paths}"
    E014 = "Invalid gold record on line {line} of {path}: {msg}"
    E015 = "Ontology files not found under {path}"
    E016 = "Duplicate article id '{id}' in {path}; article ids must be unique"
    E017 = "Unknown export target '{fmt}'; choose one of: {choices}"
    E018 = "NER model not found: {path} (retrain it with: python training/ner/train.py --lang <id|en> --ship)"
    E019 = "Cannot open store {spec}: {msg}"
    E020 = "Cannot reach the SPARQL service at {url}: {msg}"
    E021 = "SPARQL service {url} answered HTTP {status}: {msg}"
    E022 = "Invalid N-Quads for graph {graph}: {msg}"
    E023 = "No article {ids} in store {spec}"
    E024 = "The {store} store holds no rdflib Dataset; {what} needs one: write the store to a graph file (kg export --store STORE --to trig -o FILE.trig) and use that"
    E025 = "Cannot read {path}: {msg}"
    E026 = "Shard folder {path} already holds shard files ({name}); give an empty or new folder"
    E027 = "Dask is not installed; install it with: pip install 'kg[dask]'"
    E028 = "Cannot reach the Dask scheduler at {address}: {msg}"
    E029 = "Duplicate article id '{id}' in {path}: already read from {first} in this build (the first is kept)"
    E030 = "Article '{id}' could not be built: {msg}"
    E031 = "Article '{id}' not built: its Dask batch failed, with {retries} retries allowed: {msg}"
    E032 = "No article of {paths} could be built: all {n} were skipped ({codes})"
    E033 = "Article '{id}' not built: a worker process died while processing it, {n} times (out of memory, a crash in a native library, or killed)"
    E035 = "Cannot compact store {spec}: {msg}"
    E034 = "Worker processes kept dying: the pool broke {n} times in this build, more than the {limit} restarts allowed; the build stops (out of memory? see the system log, e.g. dmesg)"


class KGError(Exception):
    """Base of all errors kg raises on purpose (bad input, bad query, ...)."""

    def __init__(self, template: str, **kwargs: object) -> None:
        code = next((k for k, v in vars(Errors).items() if v == template), "E000")
        self.code = code
        super().__init__(f"[{code}] " + template.format(**kwargs))


class InputError(KGError):
    """An input file or record cannot be read as articles."""


class GraphError(KGError):
    """A graph file cannot be read or a query cannot be run."""


class StoreError(KGError):
    """A store cannot be opened, reached or written."""


class FormatError(KGError):
    """An unknown or ambiguous format name."""


class KGWarning(UserWarning):
    """Something kg recovered from (e.g. a file decoded as CP1252); shown to the user."""
