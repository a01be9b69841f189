"""Where analysis runs: in this process, in a pool of worker processes, or on a Dask cluster.

Every analyser takes a list of pages (``submit``) and gives back their record dicts in input order
(``collect``), with the same pipeline, so results do not depend on where they were computed. A caller
may submit the next batch before collecting the last. Storing stays with the caller (one writer).
"""

from __future__ import annotations

import functools
import math
import resource
from collections.abc import Sequence

from .pipeline import Budgets, Pipeline, init_worker, resolve_stages, run_in_worker
from .record import Page


class SerialAnalyzer:
    def __init__(self, stages: Sequence[str] | None = None):
        self.pipeline = Pipeline(stages)

    def submit(self, pages: list[Page]) -> list[Page]:
        return pages  # analysed when collected: this process does one thing at a time

    def collect(self, pages: list[Page]) -> list[dict]:
        return [self.pipeline.run(page).to_dict() for page in pages]

    def peak_rss_mb(self) -> list[float]:
        return [_peak_rss_mb(resource.RUSAGE_SELF)]

    def close(self) -> None:
        pass


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024.0, 1)


class ProcessAnalyzer:
    """A pool of worker processes, started once and fed a batch at a time."""

    def __init__(self, stages: Sequence[str] | None, workers: int):
        import multiprocessing

        resolve_stages(stages)
        self.pool = multiprocessing.get_context("fork").Pool(workers, initializer=init_worker,
                                                             initargs=(stages, Budgets.from_env()))

    def submit(self, pages: list[Page]):
        return self.pool.map_async(run_in_worker, pages, chunksize=1)

    def collect(self, handle) -> list[dict]:
        return handle.get()

    def peak_rss_mb(self) -> list[float]:
        """The largest worker's peak (the OS reports children together), once the pool has closed."""
        return [_peak_rss_mb(resource.RUSAGE_CHILDREN)]

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


@functools.lru_cache(maxsize=4)
def _worker_pipeline(stages: tuple[str, ...] | None) -> Pipeline:
    return Pipeline(stages)


def analyze_pages(pages: list[Page], stages: tuple[str, ...] | None) -> list[dict]:
    """The Dask task: one chunk of pages through the worker's cached pipeline."""
    pipeline = _worker_pipeline(stages)
    return [pipeline.run(page).to_dict() for page in pages]


def _warm_up(stages: tuple[str, ...] | None) -> bool:
    """Load the pipeline (spaCy model, gazetteer) in a worker before the first pages arrive."""
    pipeline = _worker_pipeline(stages)
    if not pipeline._warm:
        pipeline.warm_up()
    return True


def _cpu_seconds() -> float:
    """CPU time (user + system) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return round(usage.ru_utime + usage.ru_stime, 2)


class DaskAnalyzer:
    """``address`` is ``local`` (a LocalCluster of ``workers`` single-threaded processes) or a scheduler
    address such as ``tcp://scheduler:8786``.

    Every worker loads the pipeline once, all at the same time, before the first batch. A batch is cut
    into about two chunks per worker (few tasks, little scheduling and serialisation overhead, the load
    still balanced), and two batches are kept in flight (``depth``) so workers never wait for the writer.
    """

    depth = 2

    def __init__(self, address: str, stages: Sequence[str] | None, workers: int = 2, chunk: int | None = None):
        from distributed import Client, LocalCluster

        resolve_stages(stages)
        self.stages = tuple(stages) if stages else None
        self.chunk = chunk
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=50)
            self.client = Client(self.cluster)
        else:
            self.client = Client(address)
        self.client.run(_warm_up, self.stages)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def chunks(self, pages: list[Page]) -> list[list[Page]]:
        size = self.chunk or max(1, math.ceil(len(pages) / (2 * self.workers)))
        return [pages[i:i + size] for i in range(0, len(pages), size)]

    def submit(self, pages: list[Page]) -> list:
        return self.client.map(analyze_pages, self.chunks(pages), stages=self.stages, pure=False)

    def collect(self, futures: list) -> list[dict]:
        return [record for chunk in self.client.gather(futures) for record in chunk]

    def peak_rss_mb(self) -> list[float]:
        """Peak resident memory of each Dask worker process."""
        return sorted(self.client.run(_peak_rss_mb).values())

    def cpu_seconds(self) -> list[float]:
        """CPU time each Dask worker process has used (model loading included): how evenly work spread."""
        return sorted(self.client.run(_cpu_seconds).values())

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_analyzer(stages: Sequence[str] | None = None, *, workers: int | None = None, dask: str | None = None):
    """Serial by default; ``workers`` > 1 processes; ``dask``: a Dask cluster (local: ``workers``, default 2)."""
    if dask:
        return DaskAnalyzer(dask, stages, workers=workers or 2)
    if workers and workers > 1:
        return ProcessAnalyzer(stages, workers)
    return SerialAnalyzer(stages)
