"""Body text cut into runs for highlighting: sources, quotes, places, dates and events, never as HTML.

The templates escape every run (Jinja2 autoescape); nothing in here builds markup. A run is
``(text, layers, notes)``: ``layers`` is the set of highlight kinds covering it, ``notes`` what they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LAYERS = ("event", "quote", "source", "place", "date")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    layer: str
    note: str


def record_marks(record: dict) -> list[Mark]:
    """Every highlightable span of a record, with a short note saying what it is."""
    marks: list[Mark | None] = []
    for source in record.get("sources") or ():
        for span in source.get("mentions") or ():
            marks.append(_mark(span, "source", f"source: {source.get('name')} ({source.get('kind')})"))
    for quote in record.get("quotes") or ():
        who = quote.get("speaker") or "unknown speaker"
        marks.append(_mark(quote.get("content_span"), "quote", f"{quote.get('kind')} quote, {who}"))
    for place in record.get("places") or ():
        where = f" ({place['country']})" if place.get("country") else ""
        marks.append(_mark(place.get("span"), "place", f"place: {place.get('name')}{where}"))
    for date in record.get("dates") or ():
        marks.append(_mark(date.get("span"), "date", f"date: {date.get('value')}"))
    for event in record.get("events") or ():
        marks.append(_mark(event.get("span"), "event", f"event: {event.get('type')}"))
    return [m for m in marks if m is not None]


def _mark(span, layer: str, note: str) -> Mark | None:
    if not span or len(span) != 2 or not all(isinstance(v, int) for v in span) or span[0] >= span[1]:
        return None
    return Mark(span[0], span[1], layer, note)


def runs(text: str, marks: list[Mark], offset: int = 0) -> list[tuple[str, tuple[str, ...], str]]:
    """``text`` (which starts at ``offset`` of the body) cut where the set of covering marks changes."""
    end = offset + len(text)
    inside = [m for m in marks if m.start < end and m.end > offset]
    cuts = sorted({offset, end, *(max(offset, min(end, p)) for m in inside for p in (m.start, m.end))})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in inside if m.start <= a and m.end >= b]
        layers = tuple(layer for layer in LAYERS if any(m.layer == layer for m in covering))
        notes = "; ".join(dict.fromkeys(m.note for m in covering))
        out.append((text[a - offset:b - offset], layers, notes))
    return out


def paragraphs(body: str, marks: list[Mark]) -> list[list[tuple[str, tuple[str, ...], str]]]:
    """The body's paragraphs (split at blank lines, or lines), each as its highlighted runs."""
    out, position = [], 0
    for piece in re.split(r"(\n\s*\n|\n)", body):
        if piece.strip() and not piece.isspace():
            out.append(runs(piece, marks, position))
        position += len(piece)
    return out


def snippet(body: str, query: str | None, width: int = 240) -> tuple[str, list[list[int]]]:
    """A piece of the body around the first word of ``query`` found in it, with the query words' spans."""
    words = sorted({w for w in _WORD.findall(query or "")}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I) if words else None
    hits = list(pattern.finditer(body)) if pattern else []
    centre = hits[0].start() if hits else 0
    start = max(0, centre - width // 3)
    if start:
        start = body.find(" ", start) + 1 or start
    stop = min(len(body), start + width)
    if stop < len(body):
        stop = body.rfind(" ", start, stop) if body.rfind(" ", start, stop) > start else stop
    piece = body[start:stop].replace("\n", " ")
    prefix = "… " if start else ""
    suffix = " …" if stop < len(body) else ""
    spans = [[m.start() - start + len(prefix), m.end() - start + len(prefix)]
             for m in hits if start <= m.start() and m.end() <= stop]
    return prefix + piece + suffix, spans


def snippet_runs(text: str, spans: list[list[int]]) -> list[tuple[str, bool]]:
    """Snippet text as ``(text, is_hit)`` pieces for the template."""
    out, position = [], 0
    for a, b in spans:
        if a > position:
            out.append((text[position:a], False))
        out.append((text[a:b], True))
        position = b
    if position < len(text):
        out.append((text[position:], False))
    return out
