"""Text that every later step can handle (issue 18): one sanitising step for every input path.

- ``sanitize_text``: applied once, right after a page's content is decoded (or given as text), whatever
  the source (file, stdin, JSONL, WARC, feed, API): lone surrogates (``"\\ud800"`` is valid JSON) become
  U+FFFD; vertical tab and form feed (Word's soft line break, page breaks) become a line break; the other
  C0 control characters (not tab, newline, CR) are dropped. For a ``body`` given as clean text the
  length is kept (controls become spaces), so spans still index into the given text.
- ``sanitize_page``: the page's other strings (id, title, outlet, ...) scrubbed the same way, and a URL
  that cannot be parsed (``http://[2001:db8::1/story``) dropped with a warning: the page is kept.
- ``scrub`` / ``scrub_json``: the last line of defence where records leave the process (the store, JSON
  output): nothing with a lone surrogate ever reaches an encoder that would raise on it.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAK = re.compile("[\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
PAGE_STRINGS = ("id", "title", "published", "outlet", "lang", "captured")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])  # the C0 controls of _ANY
_CONTROL_SINGLES = tuple(bytes([byte]) for byte in _CONTROL_BYTES)
# From this many bytes on, each control byte is looked for with memchr (``byte in data``, 29 scans in C) instead
# of one pass of ``bytes.translate``, which tests the bytes one at a time: a page's check (~170 kB) 0.39 -> 0.20 ms
# (issue 15, speed; on a few hundred bytes the one pass is quicker)
_SCAN_MIN_BYTES = 4096


_MEMO_MIN_CHARS = 10_000  # a text this long (a page) keeps its UTF-8 form for the next question about it
_memo: tuple[str, bytes | None] | None = None


def utf8(text: str) -> bytes | None:
    """The text in UTF-8, None when it holds a lone surrogate (the one character that stops the encoding). The
    answer for the last long text is kept: a page's content is asked about by ``sanitize_page``, by the decoding
    step's ``sanitize_text`` (the same object, when ``clean_text`` had nothing to change) and by the HTML parser,
    which reads this form; encoding a page cost ~0.15 ms each time (issue 15, speed). A string never changes, and
    the one kept is held, so the same object is the same text."""
    global _memo
    memo = _memo
    if memo is not None and memo[0] is text:
        return memo[1]
    try:
        data: bytes | None = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if len(text) >= _MEMO_MIN_CHARS:
        _memo = (text, data)
    return data


def _has_surrogate(text: str) -> bool:
    """``_SURROGATE.search`` done in C: only a lone surrogate stops UTF-8 encoding (~5x faster on pages)."""
    return utf8(text) is None


def _unsafe(text: str) -> bool:
    """``_ANY.search(text)`` without the regex: a lone surrogate stops UTF-8 encoding, and a C0 control
    byte in UTF-8 is always that control character (multi-byte sequences use bytes >= 0x80)."""
    data = utf8(text)
    if data is None:
        return True
    if len(data) < _SCAN_MIN_BYTES:
        return len(data.translate(None, _CONTROL_BYTES)) != len(data)
    return any(byte in data for byte in _CONTROL_SINGLES)


def scrub(text: str) -> str:
    """Lone surrogates replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _has_surrogate(text) else text


def sanitize_text(text: str, *, keep_length: bool = False) -> str:
    """Decoded text made safe for parsers, XML libraries, spaCy and the store (see the module doc)."""
    if not _unsafe(text):
        return text
    text = _BREAK.sub("\n", scrub(text))
    return _CONTROL.sub(" " if keep_length else "", text)


def scrub_json(value: Any) -> Any:
    """A JSON-like value with every string scrubbed (dict keys too); the same object when nothing changes."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_json(v) for v in value]
    return value


def usable_url(url: str | None) -> bool:
    """A URL the URL tools can take apart (``urlsplit`` and its ``port`` raise on broken ones)."""
    if url is None:
        return True
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        parts.hostname  # noqa: B018
    except ValueError:
        return False
    return True


def join_url(base: str | None, href: str | None) -> str | None:
    """``href`` resolved against ``base``; None for a link the URL tools cannot take apart (issue 18: an
    ``<a href="http://[::1/x">``, a canonical ``x [y`` or a broken ``og:url`` made ``urljoin`` raise and the
    whole page NT299; the page is kept, the link dropped)."""
    if not href or not usable_url(href):
        return None
    if not base:
        return href
    try:
        joined = urljoin(base, href)
    except ValueError:
        return None
    return joined if usable_url(joined) else None


def sanitize_page(page):
    """``(page, warnings)``: the page's strings scrubbed, a broken URL dropped (with a warning)."""
    changes: dict[str, Any] = {}
    warnings: list[str] = []
    for name in PAGE_STRINGS:
        value = getattr(page, name)
        if isinstance(value, str) and _unsafe(value):
            changes[name] = sanitize_text(value)
    url = page.url
    if isinstance(url, str):
        url = sanitize_text(url).strip()
        if not usable_url(url):
            warnings.append(f"url dropped: {url[:200]!r} is not a valid URL")
            url = None
        if url != page.url:
            changes["url"] = url or None
    if isinstance(page.content, str) and _has_surrogate(page.content):
        changes["content"] = scrub(page.content)  # the rest waits for decoding (sanitize_text)
    return (dataclasses.replace(page, **changes) if changes else page), tuple(warnings)
