"""What every reader yields: one ``Item`` per input unit, so that each unit is accounted for."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import ErrorInfo, Page, Record


@dataclass(frozen=True)
class Item:
    """One input unit: a WARC record, a feed item, a file, a URL or a JSONL line.

    Exactly one of ``page`` (to analyse), ``record`` (an error record: the unit could not be read),
    ``skip`` (why this unit is not a page, e.g. a WARC request record) or ``fetch`` (a URL) is set.
    ``unit`` is a stable key (source and position) used by ``--resume``; ``source`` names the input;
    ``tags`` are counters the reader wants reported for this unit (record type, HTML response, ...).
    """

    unit: str
    source: str
    page: Page | None = None
    record: Record | None = None
    skip: str | None = None
    fetch: str | None = None  # a URL to fetch; the fetched page replaces this item
    fallback: Page | None = None  # with ``fetch``: what to store when the fetch fails (a feed item's own content)
    tags: tuple[str, ...] = field(default=())


def failed(unit: str, source: str, code: str, message: str, *, doc_id: str | None = None,
           url: str | None = None, tags: tuple[str, ...] = ()) -> Item:
    """An item for a unit that could not be read: an error record with a catalogue code."""
    return Item(unit, source, record=Record(id=doc_id or unit, url=url, error=ErrorInfo(code, message)), tags=tags)
