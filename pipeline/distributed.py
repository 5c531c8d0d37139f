"""The Dask engine: windows of articles processed on a Dask cluster, results back in corpus order.

Same shape as :func:`pipeline.runner.local_engine` and :func:`pipeline.runner.process_engine`: a
callable that takes an iterable of work items ``(articles, model, version)`` and yields each
window's results in order, with a bounded number of windows in flight. Articles travel to the
workers as data (their text), so workers need no shared filesystem; they do need the same
package and rules installed (checked: a worker whose pipeline version differs refuses to work).
The pipeline is built once per worker by :class:`PipelinePlugin`. See docs/SCALING.md.

>>> engine = dask_engine("none", scheduler=None, workers=2)
>>> callable(engine)
True
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any, Iterable, Iterator

from distributed import WorkerPlugin

from pipeline.corpus import Article
from pipeline.runner import ArticleResult, Engine, Work

log = logging.getLogger(__name__)

PLUGIN_NAME = "newsfacts-pipeline"
# Windows in flight per worker thread: one running, one queued, so no worker waits for the client.
IN_FLIGHT_PER_THREAD = 2


class VersionMismatch(RuntimeError):
    """A worker runs other code or rules than the client."""


class PipelinePlugin(WorkerPlugin):
    """Builds the spaCy pipeline once when a worker starts (or joins), not once per task."""

    idempotent = True
    name = PLUGIN_NAME

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from pipeline.runner import _init_worker, pipeline_version

        _init_worker(self.model)
        _WORKER_VERSIONS[str(self.model)] = pipeline_version(self.model)


# pipeline version of this worker process, per model, set by the plugin
_WORKER_VERSIONS: dict[str, str] = {}


def process_window(articles: list[Article], model: str | None, version: str) -> list[ArticleResult]:
    """Runs on a worker: the same processing as the local engines, after checking the worker's version."""
    from pipeline.runner import _init_worker, pipeline_version, process_articles

    key = str(model)
    if key not in _WORKER_VERSIONS:  # the plugin did not run here (e.g. registered while this worker was busy)
        _init_worker(model)
        _WORKER_VERSIONS[key] = pipeline_version(model)
    if _WORKER_VERSIONS[key] != version:
        raise VersionMismatch(
            f"worker has pipeline version {_WORKER_VERSIONS[key]}, the client {version}: "
            "install the same newsfacts-pipeline checkout (code and rules/) on every worker"
        )
    return process_articles(articles, model, version)


def dask_engine(model: str | None, scheduler: str | None = None, workers: int = 1) -> Engine:
    """An engine running on the Dask scheduler at ``scheduler`` (tcp://HOST:PORT), or on a new
    LocalCluster of ``workers`` single-threaded processes when ``scheduler`` is None.

    The cluster (when we started it) and the client are closed when the run ends, also on errors.
    """

    def run(windows: Iterable[Work]) -> Iterator[list[ArticleResult]]:
        from distributed import Client, LocalCluster

        cluster = None
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(
                n_workers=max(1, workers),
                threads_per_worker=1,  # spaCy and our components are CPU-bound Python: processes, not threads
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        in_flight: deque = deque()
        try:
            client.register_plugin(PipelinePlugin(model), name=PLUGIN_NAME)
            threads = max(1, sum(client.nthreads().values()))
            limit = IN_FLIGHT_PER_THREAD * threads
            for articles, model_name, version in windows:
                if not articles:
                    in_flight.append(None)  # nothing to process: keeps its place in the order
                else:
                    in_flight.append(client.submit(process_window, articles, model_name, version, pure=False))
                while len(in_flight) >= limit or (in_flight and in_flight[0] is None):
                    yield _result(in_flight.popleft())
            while in_flight:
                yield _result(in_flight.popleft())
        finally:
            for future in in_flight:
                if future is not None:
                    future.cancel()
            client.close()
            if cluster is not None:
                cluster.close()

    return run


def _result(future: Any) -> list[ArticleResult]:
    if future is None:
        return []
    result: list[ArticleResult] = future.result()
    return result
