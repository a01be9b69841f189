"""Fetching side by side (issue 18): one slow host must not stall an ingest.

Items that need no fetching pass straight through; the others go to a few threads, at most ``window`` in
flight, and come out as they finish (the fetcher keeps one thread per host at a time, so politeness holds,
and its deadline bounds every fetch). Output order therefore follows completion for fetched items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from .items import Item

THREADS = 8
WINDOW = 32


def fetch_side_by_side(items: Iterable[Item], fetch_one: Callable[[Item], list[Item]], *,
                       threads: int = THREADS, window: int = WINDOW) -> Iterator[Item]:
    """``fetch_one(item)`` (the items it becomes) run in threads for every item with a URL to fetch."""
    with ThreadPoolExecutor(threads, thread_name_prefix="newstrace-fetch") as pool:
        pending: set[Future] = set()
        for item in items:
            if item.fetch is None:
                yield item
                continue
            pending.add(pool.submit(fetch_one, item))
            while len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from _results(done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from _results(done)


def _results(done: set[Future]) -> Iterator[Item]:
    for future in done:
        yield from future.result()
