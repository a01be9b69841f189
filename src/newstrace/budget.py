"""The per-document budgets while a stage runs (issue 18): time and memory checked from inside the work.

``Pipeline.run`` opens a ``watch`` for each document in the thread that runs it; long work (the spaCy
parse between chunks, other loops over sentences) calls ``check()``, which raises ``Deadline`` when the
time budget is spent and NT205 when the process's resident memory grew past the memory budget since the
document started. It works in any thread (a web server's request threads, Dask's worker threads), where
no alarm signal can interrupt; in the main thread the SIGALRM deadline still holds as well. Outside a
watch ``check()`` does nothing.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from .errors import error

T = TypeVar("T")


class Deadline(BaseException):
    """The time budget is spent; a BaseException so that a library's ``except Exception`` cannot swallow it
    (trafilatura and lxml wrap much of their work in such blocks). ``fields``: what the stage it stopped had
    found (a page's dates), kept on the error record."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.fields: dict = {}


_local = threading.local()
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024) if hasattr(os, "sysconf") else 0.004


def rss_mb() -> float:
    """Resident memory of this process now (not its peak), in MB; 0 where /proc is missing."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_MB
    except (OSError, ValueError, IndexError):
        return 0.0


@contextmanager
def watch(max_seconds: float, max_memory_mb: float) -> Iterator[None]:
    previous = getattr(_local, "watch", None)
    until = time.monotonic() + max_seconds if max_seconds > 0 else None
    _local.watch = (until, rss_mb() + max_memory_mb if max_memory_mb > 0 else None, max_memory_mb)
    try:
        yield
    finally:
        _local.watch = previous


def check() -> None:
    """Raise ``Deadline`` or NT205 when the current document is over its budget."""
    current = getattr(_local, "watch", None)
    if current is None:
        return
    until, memory_limit, budget_mb = current
    if until is not None and time.monotonic() > until:
        raise Deadline()
    if memory_limit is not None and rss_mb() > memory_limit:
        raise error("NT205", f"document grew memory past its budget of {budget_mb:g} MB while it was "
                             "analysed; raise NEWSTRACE_MAX_MEMORY_MB or split the page")


def checked(items: Iterable[T], every: int = 1) -> Iterator[T]:
    """``items`` with ``check()`` before every ``every``-th one: a stage's loop over sentences or mentions
    stops when the document is over its budget, in any thread."""
    for index, item in enumerate(items):
        if index % every == 0:
            check()
        yield item
