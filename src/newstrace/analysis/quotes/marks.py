"""Quoted passages in a body: every kind of quotation mark, nesting, quotes that run over paragraphs.

``quoted_spans(body)`` returns the top-level quoted passages as ``(start, end)`` spans that include
their marks. Inner quotes (‘…’ inside “…”) stay part of the outer passage. By newsroom convention a
quote that goes on into the next paragraph leaves the paragraph open and opens the next one again;
such passages come back as one span. An opener that is never closed ends at its paragraph's end.
"""

from __future__ import annotations

import re

# opener -> the closers that end it
PAIRS: dict[str, str] = {
    "\u201c": "\u201d\u201c\"",  # “…” (and the sloppy “…“ and “…")
    "\u201e": "\u201c\u201d",  # „…“ (German, also „…”)
    "\u201d": "\u201d\u201c",  # ”…” (Swedish, and a mistyped opener)
    "\u00ab": "\u00bb",        # «…»
    "\u00bb": "\u00ab",        # »…« (Danish, German books)
    "\u2039": "\u203a",        # ‹…›
    '"': '"\u201d',  # "…" (and the sloppy "…”)
    "\u2018": "\u2019",        # ‘…’ (single quotes, when not inside a double quote)
}
SINGLE = {"\u2018", "\u2019"}
_PARAGRAPH = re.compile(r"[^\n]+")
# two-character marks stand for a double quote: '' and `` (typewriter), ’’ and ‘‘ (“It was a mistake,’’ she said)
_MARK = re.compile("''|``|\u2019\u2019|\u2018\u2018|[\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019]")


def quoted_spans(body: str) -> list[tuple[int, int]]:
    """Top-level quoted passages of ``body`` (marks included), in text order."""
    spans: list[tuple[int, int]] = []
    carried: tuple[int, str] | None = None  # a quote left open at the end of the last paragraph
    for para in _PARAGRAPH.finditer(body):
        start, text = para.start(), para.group()
        lead = len(text) - len(text.lstrip())
        resume = carried is not None and lead < len(text) and _mark_at(text, lead)[0] == carried[1]
        if carried is not None and not resume:
            spans.append((carried[0], _paragraph_end(body, start)))
        found, open_at = _scan_paragraph(text, start)
        if resume and found and carried is not None:
            first = found.pop(0)
            found.insert(0, (carried[0], first[1]))
        elif resume and open_at is not None and carried is not None:
            open_at = (carried[0], open_at[1])
        spans.extend(found)
        carried = open_at
    if carried is not None:
        spans.append((carried[0], len(body.rstrip())))
    return spans


def _paragraph_end(body: str, next_start: int) -> int:
    end = next_start
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end


def _scan_paragraph(text: str, offset: int) -> tuple[list[tuple[int, int]], tuple[int, str] | None]:
    """Closed passages of one paragraph and the passage it leaves open (start, opener), if any. A curly
    double opener that plainly opens inside a passage opened by one (``“… even when “your team” is …”``) nests:
    its closer ends the inner quotation, not the passage. Inside a straight quotation mark it does not (a
    paragraph opened by " is as often a block quoted from elsewhere, its “…” the quotations)."""
    found: list[tuple[int, int]] = []
    opener: str | None = None
    start, depth = 0, 0
    for mark in _MARK.finditer(text):
        i, width = mark.start(), mark.end() - mark.start()
        ch = '"' if width == 2 else mark.group()
        if opener is None:
            if ch in PAIRS and _can_open(text, i, width):
                opener, start = ch, i
        elif ch in NESTING and opener in NESTING and _plainly_opens(text, i):
            depth += 1
        elif depth and ch in NESTING_CLOSERS:
            depth -= 1
        elif ch in PAIRS[opener] and _can_close(text, i + width - 1, opener):
            found.append((offset + start, offset + i + width))
            opener, depth = None, 0
    return found, (offset + start, opener) if opener is not None else None


# curly double openers that nest inside a passage, and what closes them
NESTING = ("\u201c", "\u00ab")
NESTING_CLOSERS = ("\u201d", "\u00bb")


def _plainly_opens(text: str, i: int) -> bool:
    """A space (or a bracket or dash) before the mark and a word after it: no sloppy closer looks so. Not after
    a sentence's end (``… shell-shocked. “And she said …``): that is the passage opened again by mistake."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    ended = text[:i].rstrip()[-1:] in (".", "!", "?", "\u2026")
    return (before.isspace() or before in "([\u2014\u2013") and after.isalnum() and not ended


def _mark_at(text: str, i: int) -> tuple[str, int]:
    """The character at ``i``; two apostrophes or two backticks count as one straight double quote."""
    if text[i:i + 2] in ("''", "``"):
        return '"', 2
    return text[i], 1


def _can_open(text: str, i: int, width: int = 1) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + width] if i + width < len(text) else " "
    if after.isspace():
        return False
    if ch in SINGLE or ch == '"':
        return not before.isalnum()  # ’ in "don’t" or a 12" record is no opener
    if ch == "\u201d":
        return before.isspace()  # ” opens only where no word ends before it
    return True


def _can_close(text: str, i: int, opener: str) -> bool:
    if opener in SINGLE or opener == '"':
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalnum()  # the ’ of "don’t" inside ‘…’ does not close it
    return True
