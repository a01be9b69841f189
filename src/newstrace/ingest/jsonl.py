"""JSONL batches: ``{"id", one of html|text|body, url?, captured?, title?, published?, outlet?, lang?}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any, cast

import msgspec

from ..record import ErrorInfo, Page, PageKind, Record
from .files import content_id
from .inflate import capped_lines

CONTENT_KEYS = ("html", "text", "body")
OPTIONAL_KEYS = ("url", "captured", "title", "published", "outlet", "lang")
# Lines are decoded from their UTF-8 bytes by msgspec, which skips the str decoding step and scans strings with
# many escapes faster than ``json`` (eval set A's 83 pages, 14.7 MB: 35 -> 14 ms of CPU; issue 15, speed). It
# refuses what ``json`` reads differently (bad UTF-8, lone surrogates, NaN, numbers out of range, blank lines),
# and such a line takes the ``json`` path, so every line gives the page or the error message it gave before.
_DECODER = msgspec.json.Decoder()
_NOT_DECODED = object()


def pages_from_jsonl(stream: IO[str] | IO[bytes], *, kind_override: str = "auto",
                     max_bytes: int | None = None) -> Iterator[Page | Record]:
    """One ``Page`` (or error record) per non-blank line, in order; a line over ``max_bytes`` is an NT102
    record, read past without being held (issue 18)."""
    for number, raw in enumerate(capped_lines(stream, max_bytes), start=1):
        if raw is None:
            yield _error(f"line-{number}", "NT102", f"line {number} is over the {(max_bytes or 0) / 1e6:.0f} MB budget; "
                                                     "raise NEWSTRACE_MAX_BYTES if it is one article")
            continue
        obj = _decoded(raw)
        if obj is not _NOT_DECODED:
            yield _page(obj, number, kind_override)
            continue
        line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        yield parse_line(line, number, kind_override)


def _decoded(raw: bytes | str) -> Any:
    """The line's JSON value from msgspec, or ``_NOT_DECODED`` when msgspec refuses it (``json`` then decides)."""
    try:
        return _DECODER.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return _NOT_DECODED


def parse_line(line: str, number: int, kind_override: str = "auto") -> Page | Record:
    fallback_id = f"line-{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(fallback_id, "NT105", f"line {number} is not valid JSON ({exc.msg} at column {exc.colno}); "
                                             "each line must be one JSON object")
    return _page(obj, number, kind_override)


def _page(obj: Any, number: int, kind_override: str) -> Page | Record:
    """The page of one decoded line, or its error record."""
    fallback_id = f"line-{number}"
    if not isinstance(obj, dict):
        return _error(fallback_id, "NT105", f"line {number} is JSON but not an object; "
                                             'write {"id": ..., "html"|"text"|"body": ...}')
    if isinstance(obj.get("id"), str) and not obj["id"].strip():
        del obj["id"]  # issue 18: a blank id is no id (it was stored as "", an article no page or link can name)
    doc_id = str(obj.get("id") if obj.get("id") is not None else fallback_id)
    present = [k for k in CONTENT_KEYS if obj.get(k) is not None]
    if len(present) != 1:
        what = "no content key" if not present else f"several content keys ({', '.join(present)})"
        return _error(doc_id, "NT106", f"line {number} has {what}; give exactly one of html, text or body")
    key = present[0]
    content = obj[key]
    if not isinstance(content, str):
        return _error(doc_id, "NT108", f"line {number}: {key!r} must be a string, not {type(content).__name__}")
    extras: dict[str, Any] = {k: obj.get(k) for k in OPTIONAL_KEYS}
    bad = [k for k, v in extras.items() if v is not None and not isinstance(v, str)]
    if bad:
        return _error(doc_id, "NT108", f"line {number}: {', '.join(bad)} must be strings")
    if obj.get("id") is None:
        doc_id = content_id(content)
    kind = key if kind_override == "auto" else kind_override
    return Page(id=doc_id, content=content, kind=cast(PageKind, kind), **extras)


def _error(doc_id: str, code: str, message: str) -> Record:
    return Record(id=doc_id, error=ErrorInfo(code, message))
