"""Extraction: page -> article (body and metadata), from HTML, scraped text or a clean body."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from ..errors import NewstraceError, error
from ..record import Author, DateValue, Record
from ..textsafe import sanitize_text
from .dateline import find_dateline
from .decode import clean_text, decode_bytes, looks_like_html
from .language import detect_language, normalise_lang
from .outlet import outlet_from_dateline, resolve_outlet

FORMATS = ("auto", "html", "text", "body")


def extract_stage(record: Record) -> Record:
    """The ``extract`` stage: reads ``record.page``, fills body and metadata."""
    page = record.page
    if page is None:
        raise error("NT299", "extract needs the input page; run it as the first stage")
    text, kind = _decoded(page.content, page.kind)
    if kind == "body":
        fields: dict[str, Any] = {"body": text, "language": detect_language(text)}
    elif kind == "text":
        from .text import extract_text

        fields = extract_text(text, url=page.url, lang=page.lang)
    else:
        fields = _html_fields(text, page, kind)
    fields["input_format"] = kind
    fields = _apply_hints(fields, page)
    if fields.get("dateline") is None and fields.get("body"):
        fields["dateline"] = find_dateline(fields["body"])
    fields = _outlet_from_dateline(fields)
    fields["warnings"] = (*record.warnings, *fields.get("warnings", ()))
    return dataclasses.replace(record, **fields)


def _html_fields(text: str, page, kind: str) -> dict[str, Any]:
    from .html import extract_html

    try:
        return extract_html(text, url=page.url)
    except NewstraceError as exc:  # a page without article text still has its metadata
        if exc.fields:
            exc.fields = _apply_hints({**exc.fields, "input_format": kind}, page)
        raise


def _decoded(content: str | bytes, kind: str) -> tuple[str, str]:
    if kind not in FORMATS:
        raise error("NT108", f"unknown format {kind!r}; use one of {', '.join(FORMATS)}")
    if isinstance(content, bytes):
        text, _encoding = decode_bytes(content)
    else:
        text = content if kind == "body" else clean_text(content)
    text = sanitize_text(text, keep_length=kind == "body")  # the one step after decoding, every input path
    if not text.strip():
        raise error("NT101", "the document is empty; give a page with some text or HTML in it")
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "text"
    return text, kind


def _apply_hints(fields: dict[str, Any], page) -> dict[str, Any]:
    """Values the caller gave (JSONL keys) win over what extraction guessed."""
    if page.title:
        fields["title"] = page.title
    if page.lang:
        fields["language"] = normalise_lang(page.lang) or fields.get("language")
    if page.published:
        from .date_read import normalise

        value = normalise(page.published)
        if value:
            fields["published"] = DateValue(value, "input", 1.0)
    fields["outlet"] = resolve_outlet(fields.get("outlet"), url=page.url or fields.get("canonical_url"),
                                      hint=page.outlet, hint_method=page.hints_from or "input")
    if page.authors and (page.hints_from is None or not fields.get("authors")):
        fields["authors"] = tuple(Author(name=name, method=page.hints_from or "input") for name in page.authors)
    fields["captured"] = _captured(page.captured)
    if page.url:
        fields["url"] = page.url
    fields.setdefault("language", None)
    if not fields.get("language"):
        fields["language"] = "en"
    return fields


def _captured(value: str | None) -> DateValue | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return DateValue(moment.isoformat(), "input", 1.0)


def _outlet_from_dateline(fields: dict[str, Any]) -> dict[str, Any]:
    if fields.get("outlet") is None:
        fields["outlet"] = outlet_from_dateline(fields.get("dateline"))
    return fields
