"""Builds at scale: stream articles through a pure per-article function into a store.

* :mod:`kg.build.worker`: the per-article function (article → graph IRI, content hash, N-Quads, counts);
* :mod:`kg.build.runner`: the loop (skip unchanged, bounded in-flight, commit in completion order)
  and its executors: in process, a process pool;
* :mod:`kg.build.pool`: the process pool, restarted when a worker process dies;
* :mod:`kg.build.dask`: the executor for a Dask cluster;
* :mod:`kg.build.shards`: N-Quads shard files for a bulk loader, a sink like a store;
* :mod:`kg.build.progress`: the progress bar and the summary.
"""
from kg.build.progress import Progress, Summary
from kg.build.pool import ProcessPool
from kg.build.runner import InProcess, make_executor, run_build
from kg.build.worker import ArticleResult, Failure, Task, content_hash, process

__all__ = ["run_build", "make_executor", "InProcess", "ProcessPool", "Progress", "Summary", "ArticleResult",
           "Failure", "Task", "content_hash", "process"]
