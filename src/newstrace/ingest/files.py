"""Files, folders and stdin as pages (bytes in; decoding happens in extraction)."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

from ..record import ErrorInfo, Page, PageKind, Record

PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ""}


def content_id(data: bytes | str) -> str:
    """A stable id from content: the first 16 hex digits of its SHA-256."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()[:16]


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in PAGE_SUFFIXES and not child.name.startswith("."):
                yield child
    else:
        yield path


def pages_from_paths(paths: Iterable[str], *, kind: str = "auto", max_bytes: int | None = None,
                     stdin=None) -> Iterator[Page | Record]:
    """Yield one ``Page`` per file (folders are walked, ``-`` is stdin) or an error record."""
    for arg in paths:
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            yield Page(id=content_id(data), content=data, kind=cast(PageKind, kind))
            continue
        for path in _walk(Path(arg)):
            yield read_file(path, kind, max_bytes)


def read_file(path: Path, kind: str, max_bytes: int | None) -> Page | Record:
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            # Don't read a huge file into memory only to reject it: a small head stands in.
            with path.open("rb") as fh:
                data = fh.read(max_bytes + 1)
        else:
            data = path.read_bytes()
    except OSError as exc:
        return Record(id=str(path), error=ErrorInfo("NT107", f"cannot read {path}: {exc.strerror or exc}; "
                                                             "check the path and its permissions"))
    if kind == "auto" and path.suffix.lower() in (".txt", ".text"):
        kind = "text"
    return Page(id=str(path), content=data, kind=cast(PageKind, kind), url=None)
