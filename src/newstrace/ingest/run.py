"""The ingest loop: items -> (fetch) -> dedup check -> analysis -> store, in batches of one transaction.

Each input unit ends as exactly one of stored, duplicate, error or skipped (or ``resumed``: already
done by an earlier run, with ``resume``), and every batch is committed whole, so a killed run can be
started again with ``resume=True`` and loses and duplicates nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import NewstraceError
from ..pipeline import Budgets
from ..record import Page
from ..store import Entry, Store, unit_key
from .feeds import looks_like_feed
from .fetch import Fetcher, FetchPolicy
from .items import Item, failed
from .sources import read_sources
from .urls import normalize_url

SUMMARY_KEYS = ("read", "stored", "duplicates", "errors", "skipped")
_OUTCOME_KEY = {"stored": "stored", "duplicate": "duplicates", "error": "errors", "skipped": "skipped"}
_SOURCE_COUNTERS = {"record": "records", "item": "items", "html_response": "html_responses",
                    "html_response_200": "html_responses_200", "truncated": "truncated_records",
                    "headerless_html": "headerless_html_payloads"}


@dataclass(frozen=True)
class IngestOptions:
    stages: Sequence[str] | None = None
    workers: int | None = None
    dask: str | None = None  # "local" or a scheduler address
    resume: bool = False
    fetch: bool = True
    allow_private: bool = False
    delay: float = 1.0
    batch_size: int = 64
    fetch_deadline: float = 60.0  # seconds for one whole fetch (hops, retries, a trickling server)


EXAMPLE_CHARS = 300  # of a warning quoted in the summary's notes


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    errors_by_code: Counter = field(default_factory=Counter)
    by_source: dict = field(default_factory=lambda: defaultdict(Counter))
    started: float = field(default_factory=time.perf_counter)
    warnings_by_code: Counter = field(default_factory=Counter)
    warning_examples: list = field(default_factory=list)

    def add(self, item: Item, outcome: str, code: str | None = None) -> None:
        key = _OUTCOME_KEY.get(outcome, outcome)
        self.counts["read"] += 1
        self.counts[key] += 1
        per_source = self.by_source[item.source]
        per_source["read"] += 1
        per_source[key] += 1
        for tag in item.tags:
            if tag in _SOURCE_COUNTERS:
                per_source[_SOURCE_COUNTERS[tag]] += 1
            elif tag.startswith("type:"):
                per_source["type:" + tag[5:]] += 1
        if code:
            self.errors_by_code[code] += 1

    def warn(self, code: str, message: str) -> None:
        """A unit that was stored all the same (a feed item whose page could not be fetched)."""
        self.warnings_by_code[code] += 1
        if len(self.warning_examples) < 3:  # a URL of kilobytes is shown by its start and end
            self.warning_examples.append(message if len(message) <= EXAMPLE_CHARS else
                                         f"{message[:EXAMPLE_CHARS - 80]} … {message[-80:]}")

    def to_dict(self) -> dict:
        seconds = time.perf_counter() - self.started
        pages = self.counts["stored"] + self.counts["duplicates"] + self.counts["errors"]
        out: dict[str, Any] = {key: self.counts[key] for key in SUMMARY_KEYS}
        out.update(resumed=self.counts["resumed"], pages=pages, seconds=round(seconds, 3),
                   pages_per_second=round(pages / seconds, 2) if seconds else 0.0,
                   errors_by_code=dict(self.errors_by_code), sources=[_source_dict(k, v)
                                                                       for k, v in self.by_source.items()])
        if self.warnings_by_code:
            fell_back = sum(self.warnings_by_code.values())
            out.update(warnings=fell_back, warnings_by_code=dict(self.warnings_by_code),
                       notes=[f"{fell_back} feed item(s) whose page could not be fetched were stored from the "
                              f"feed's own content (e.g. {self.warning_examples[0]}); --no-fetch skips fetching "
                              "and stores every feed item from the feed"])
        return out


def _source_dict(source: str, counter: Counter) -> dict:
    by_type = {k[5:]: n for k, n in counter.items() if k.startswith("type:")}
    plain = {k: n for k, n in counter.items() if not k.startswith("type:")}
    return {"source": source, **plain, **({"records_by_type": by_type} if by_type else {})}


def content_hash(page: Page) -> str:
    """SHA-256 of the page's bytes (with its given title: feed items often share a summary text)."""
    raw = page.content.encode("utf-8", "surrogatepass") if isinstance(page.content, str) else page.content
    return hashlib.sha256((page.title or "").encode("utf-8", "surrogatepass") + b"\x00" + raw).hexdigest()


def ingest(store: Store, sources: Sequence[str], options: IngestOptions = IngestOptions(),
           progress: Callable[[dict], None] | None = None) -> dict:
    """Read, analyse and store every source; returns the summary (see ``Summary.to_dict``)."""
    from ..scale import make_analyzer

    budgets = Budgets.from_env()
    summary = Summary()
    done = store.units_done() if options.resume else set()
    fetcher = Fetcher(FetchPolicy(delay=options.delay, allow_private=options.allow_private,
                                  max_bytes=budgets.max_bytes, deadline=options.fetch_deadline))
    analyzer = make_analyzer(options.stages, workers=options.workers, dask=options.dask)
    workers_cpu: list[float] | None = None
    try:
        items = read_sources(list(sources), fetch=options.fetch, max_bytes=budgets.max_bytes)
        resolved = _resolve(items, fetcher, options.fetch, done, summary, budgets.max_bytes)
        _run_batches(store, analyzer, _batches(resolved, options.batch_size), summary, progress)
        workers_memory = analyzer.peak_rss_mb() if options.dask else None
        workers_cpu = analyzer.cpu_seconds() if options.dask else None
    finally:
        analyzer.close()
        fetcher.close()
    result = summary.to_dict()
    result["workers_peak_rss_mb"] = workers_memory or analyzer.peak_rss_mb()
    if workers_cpu:
        result["workers_cpu_s"] = workers_cpu
    return result


def _resolve(items: Iterable[Item], fetcher: Fetcher, fetch: bool, done: set[str], summary: Summary,
             max_bytes: int) -> Iterator[Item]:
    """Items with URLs fetched (a fetched feed expands into its items) and finished units left out. Fetches
    run side by side (``fetch_pool``), so one slow host holds only its own items."""
    from .fetch_pool import fetch_side_by_side

    warnings = _LockedWarnings(summary)

    def fresh(stream: Iterable[Item]) -> Iterator[Item]:
        for item in stream:
            if unit_key(item.unit) in done:
                summary.add(item, "resumed")
            else:
                yield item

    def fetch_one(item: Item) -> list[Item]:  # in a fetch thread: reads ``done``, warns under a lock
        fetched = _fetch(item, fetcher, warnings)
        if fetched.page is None or item.tags != ("url",) or not _is_feed(fetched.page.content):
            return [fetched]
        from .feeds import items_from_feed

        return [_fetch(sub, fetcher, warnings) if sub.fetch and unit_key(sub.unit) not in done else sub
                for sub in items_from_feed(cast(bytes, fetched.page.content), cast(str, item.fetch), fetch=fetch)]

    yield from fresh(fetch_side_by_side(fresh(items), fetch_one))


class _LockedWarnings:
    """``Summary.warn`` for the fetch threads, one at a time."""

    def __init__(self, summary: Summary):
        self.summary, self.lock = summary, threading.Lock()

    def warn(self, *args) -> None:
        with self.lock:
            self.summary.warn(*args)


def _is_feed(content: str | bytes) -> bool:
    return isinstance(content, bytes) and looks_like_feed(content)


def _fetch(item: Item, fetcher: Fetcher, summary: Summary | _LockedWarnings | None = None) -> Item:
    from .files import content_id

    try:
        got = fetcher.fetch(cast(str, item.fetch))
    except NewstraceError as exc:
        if item.fallback is not None:  # a feed item: its own content is stored, the failure is a warning
            if summary is not None:
                summary.warn(exc.code, f"{item.fetch}: {exc.message}")
            return dataclasses.replace(item, fetch=None, page=item.fallback, fallback=None)
        return failed(item.unit, item.source, exc.code, exc.message, url=item.fetch, tags=item.tags)
    url = cast(str, item.fetch)
    hints = item.fallback
    page = Page(id=content_id(normalize_url(url) or url), content=got.content, kind="auto", url=url,
                captured=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                outlet=hints.outlet if hints else None, authors=hints.authors if hints else (),
                hints_from=hints.hints_from if hints else None)
    return dataclasses.replace(item, fetch=None, page=page, fallback=None)


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Batches of ``size`` items, the first ones smaller (1, 2, 4, ...): progress counts the first page at once."""
    batch: list[Item] = []
    wanted = 1
    for item in items:
        batch.append(item)
        if len(batch) >= wanted:
            yield batch
            batch = []
            wanted = min(size, wanted * 2)
    if batch:
        yield batch


@dataclass
class _Prepared:
    """A batch on its way: entries known without analysis, the pages sent off, the keys it claims."""

    batch: list[Item]
    entries: list[Entry | None]
    to_analyse: list[tuple[int, str | None, str]]
    seen: dict[str, str]
    handle: object = None


def _prepare(store: Store, analyzer, batch: list[Item], claimed: dict[str, str]) -> _Prepared:
    """Dedup-check a batch and submit its pages for analysis (``claimed``: keys of batches in flight)."""
    prepared = _Prepared(batch, [], [], claimed)
    pages = []
    for index, item in enumerate(batch):
        prepared.entries.append(_entry_without_analysis(store, item, claimed))
        if prepared.entries[-1] is None:
            page = cast(Page, item.page)
            prepared.to_analyse.append((index, normalize_url(page.url), content_hash(page)))
            pages.append(item.page)
    prepared.handle = analyzer.submit(pages)
    return prepared


def _finish(store: Store, analyzer, prepared: _Prepared, summary: Summary) -> None:
    """Collect a batch's records and store the whole batch in one transaction."""
    records = analyzer.collect(prepared.handle)
    for (index, key, digest), record in zip(prepared.to_analyse, records):
        outcome = "error" if _failed(record) else "stored"
        prepared.entries[index] = Entry(prepared.batch[index].unit, outcome, record, key, digest)
    outcomes = store.add_batch([e for e in prepared.entries if e is not None])
    for item, entry, outcome in zip(prepared.batch, prepared.entries, outcomes):
        code = _error_code(entry, outcome)
        summary.add(item, outcome, code)
    for _index, key, digest in prepared.to_analyse:  # stored now: the database answers for these keys
        prepared.seen.pop(digest, None)
        if key:
            prepared.seen.pop(key, None)


def _error_code(entry: Entry | None, outcome: str) -> str | None:
    """The code an entry's outcome counts under: its record's, or NT402 when the database refused a record
    that was to be stored (``Store.add_batch`` then keeps it as an error of its own)."""
    if outcome != "error":
        return None
    if entry is not None and entry.outcome == "stored":
        return "NT402"
    return (((entry and entry.record) or {}).get("error") or {}).get("code")


def _failed(record: dict) -> bool:
    """A document that failed: any error but an analysis stage's (NT3xx), whose record keeps its body and
    the other stages' fields and is stored with the error on it."""
    code = (record.get("error") or {}).get("code") or ""
    return bool(code) and not (code.startswith("NT3") and record.get("body"))


def _run_batches(store: Store, analyzer, batches: Iterable[list[Item]], summary: Summary,
                 progress: Callable[[dict], None] | None) -> None:
    """Batches are analysed while the ones before them are stored, so workers don't wait for the writer
    (``analyzer.depth`` batches in flight: a Dask cluster gets two, so no worker idles at a batch's tail)."""
    claimed: dict[str, str] = {}
    pending: deque[_Prepared] = deque()
    depth = getattr(analyzer, "depth", 1)
    for batch in batches:
        pending.append(_prepare(store, analyzer, batch, claimed))
        if len(pending) > depth:
            _finish(store, analyzer, pending.popleft(), summary)
            if progress:
                progress(summary.to_dict())
    while pending:
        _finish(store, analyzer, pending.popleft(), summary)
        if progress:
            progress(summary.to_dict())


def _entry_without_analysis(store: Store, item: Item, seen: dict[str, str]) -> Entry | None:
    """The entry for an item that needs no analysis (skip, read error, duplicate), else None."""
    if item.skip is not None:
        return Entry(item.unit, "skipped")
    if item.record is not None:
        return Entry(item.unit, "error", item.record.to_dict())
    page = cast(Page, item.page)  # an item with neither skip nor record has its page
    key, digest = normalize_url(page.url), content_hash(page)
    earlier = seen.get(digest) or (seen.get(key) if key else None) or store.find_duplicate(key, digest)
    if earlier:
        return Entry(item.unit, "duplicate", duplicate_of=earlier)
    seen[digest] = page.id
    if key:
        seen[key] = page.id
    return None
