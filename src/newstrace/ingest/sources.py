"""Ingest sources -> items: files, folders, archives, feeds, URL lists, JSONL and URLs, by kind.

A folder is walked in name order. A file's kind comes from its name and, where that is ambiguous,
its first bytes: ``.warc``/``.arc`` (gzipped or not) are archives; ``.rss``/``.atom``/``.xml`` and any
file that starts like a feed are feeds; ``.jsonl`` are JSONL batches; a ``.txt`` holding only URLs is a
URL list (else a scraped-text page); anything else is one page.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import NewstraceError
from ..record import Page
from .feeds import FEED_SUFFIXES, feed_bytes, items_from_feed, looks_like_feed
from .files import read_file
from .inflate import TolerantGunzip, capped_lines, cut_after, open_maybe_gzip
from .items import Item, failed
from .jsonl import parse_line
from .urls import is_url, read_url_list
from .warc import is_archive, items_from_archive


def read_sources(sources: list[str], *, fetch: bool, max_bytes: int) -> Iterator[Item]:
    """Items of every source, in order. URLs come back as ``Item(fetch=url)``."""
    for source in sources:
        if is_url(source):
            yield Item(f"url:{source}", source, fetch=source, tags=("url",))
            continue
        path = Path(source)
        if not path.exists():
            yield failed(source, source, "NT107", f"{source}: no such file, folder or URL")
            continue
        for file in _walk(path):
            given, key = str(file), _unit_key(file)
            for item in items_of_file(file, fetch=fetch, max_bytes=max_bytes):
                yield item if key == given or not item.unit.startswith(given) else \
                    dataclasses.replace(item, unit=key + item.unit[len(given):])


def _unit_key(file: Path) -> str:
    """The file's absolute, resolved path: the unit key ``--resume`` matches, however the path was spelt
    (relative then absolute, through a symlink, with ``./`` or ``..``) (issue 18)."""
    try:
        return str(file.resolve())
    except (OSError, RuntimeError):
        return str(file.absolute())


def _walk(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            yield child


def items_of_file(path: Path, *, fetch: bool, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    name = path.name.lower()
    if is_archive(path):
        yield from items_from_archive(path, max_bytes=max_bytes)
    elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from _jsonl_items(path, max_bytes)
    elif name.endswith(FEED_SUFFIXES) or name.endswith(tuple(s + ".gz" for s in FEED_SUFFIXES)) \
            or looks_like_feed(_head(path)):
        yield from _feed_items(path, fetch, max_bytes)
    elif name.endswith(".txt") and (urls := read_url_list(path)) is not None:
        for number, url in enumerate(urls, start=1):
            yield Item(f"{source}#url{number}", source, fetch=url, tags=("url",))
    else:
        item = read_file(path, "auto", max_bytes)
        yield Item(source, source, page=item, tags=("file",)) if isinstance(item, Page) \
            else Item(source, source, record=item, tags=("file",))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
        if head[:2] == b"\x1f\x8b":
            with path.open("rb") as raw:
                head = TolerantGunzip(raw).read(4096) or b""
        return head
    except (OSError, EOFError):
        return b""


def _feed_items(path: Path, fetch: bool, max_bytes: int) -> Iterator[Item]:
    try:
        data, cut = feed_bytes(path, max_bytes)
    except NewstraceError as exc:
        yield failed(str(path), str(path), exc.code, exc.message)
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield failed(str(path), str(path), "NT126", f"cannot read feed {path}: {exc}")
        return
    if not looks_like_feed(data):
        yield failed(str(path), str(path), "NT126", f"{path} is not an RSS or Atom feed")
        return
    yield from items_from_feed(data, str(path), fetch=fetch)
    if cut is not None:
        yield failed(f"{path}#rest", str(path), "NT126", _cut_message(path, cut, "items"))


def _cut_message(path: Path, given: int, kept: str) -> str:
    return f"{path} is cut short: its gzip data ends after {given} bytes; the {kept} before the cut were read"


def _jsonl_items(path: Path, max_bytes: int) -> Iterator[Item]:
    try:
        with open_maybe_gzip(path) as stream:
            for number, raw in enumerate(capped_lines(stream, max_bytes), start=1):
                if raw is None:  # streamed past: a line over the budget is never held whole (issue 18)
                    yield failed(f"{path}#line{number}", str(path), "NT102", f"line {number} of {path} is over "
                                 f"the {max_bytes / 1e6:.0f} MB budget", tags=("line",))
                    continue
                line = raw.decode("utf-8", "replace")
                if line.strip():
                    parsed = parse_line(line, number)
                    unit = f"{path}#line{number}"
                    yield Item(unit, str(path), page=parsed, tags=("line",)) if isinstance(parsed, Page) \
                        else Item(unit, str(path), record=parsed, tags=("line",))
            if (cut := cut_after(stream)) is not None:
                yield failed(f"{path}#rest", str(path), "NT126", _cut_message(path, cut, "lines"))
    except (OSError, EOFError, zlib.error) as exc:
        yield failed(str(path), str(path), "NT107", f"cannot read {path}: {exc}")
