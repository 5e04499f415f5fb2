"""Imported once by the forkserver of a :class:`~kg.build.runner.ProcessPool`, before it forks
the workers: builds both spaCy pipelines there, so every worker starts with them ready (and,
copy-on-write, shares their memory) instead of building its own."""
from kg.nlp.pipeline import get_pipeline

for _lang in ("id", "en"):
    get_pipeline(_lang)
