"""Date lines further down: a short line that is only a date (a timestamp line), read below the headline
past the reach of the lead date line, for pages none of the finders in ``dates.py`` dated.

Split from ``dates.py`` (the cascade). Older and table-layout pages put a standfirst, a teaser or an
audio link between the headline and the date line ("Saturday June 18, 2005" under a two-line standfirst),
so the date line falls outside ``LEAD_REACH``; reading further with ``parse_timestamp`` takes only a line
that is a date and little else (a byline name, a weekday, a time, a zone), never a sentence that mentions
a date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from lxml import etree

from . import date_patterns as pat
from .timestamps import parse_timestamp

FOLLOWING_TEXT = etree.XPath("following::text()[position() <= 80]")
_NEXT_TEXT = etree.XPath("following::text()[position() <= 40][not(parent::script or parent::style)]")
TOP_TEXT = etree.XPath("(//body//text()[not(parent::script or parent::style or parent::noscript)])"
                       "[position() <= 200]")


def first_stamp_line(texts: Iterable, month_first: bool, keep: Callable[[Any, date], bool]) -> date | None:
    """The day of the first text node in ``texts`` (within ``pat.STAMP_LINE_REACH`` characters of text)
    that is a timestamp line of at most ``pat.STAMP_LINE_LENGTH`` characters, not labelled as an update,
    and that ``keep(node, day)`` accepts (a plausible day, not another page's, not a list item's)."""
    size, before = 0, ""
    for text in texts:
        line = " ".join(text.split())
        size += len(line)
        if size > pat.STAMP_LINE_REACH:
            return None
        stamp = parse_timestamp(line, month_first=month_first) if 0 < len(line) <= pat.STAMP_LINE_LENGTH else None
        if stamp is not None and not stamp.updated and not _update_label(before):
            day = date.fromisoformat(stamp.value[:10])
            if keep(text, day):
                return day
        before = line or before
    return None


def _update_label(before: str) -> bool:
    """The line before ends with an "updated" label ("was updated" / "Sept 16, 2004" on two lines)."""
    tail = before[-pat.STAMP_LABEL_REACH:].lower()
    return any(label in tail for label in pat.UPDATED_LABELS) and not any(label in tail for label in pat.PUBLISHED_LABELS)


def opens_prose(text) -> bool:
    """Whether a text of ``pat.PROSE_LINE`` characters or more follows the text node ``text`` within
    ``pat.PROSE_REACH`` characters of text: the date line of a post or a report, not a site header's
    date of the day, which navigation follows (issue 15)."""
    size = 0
    for following in _NEXT_TEXT(text.getparent()):
        line = " ".join(following.split())
        if len(line) >= pat.PROSE_LINE:
            return True
        size += len(line)
        if size > pat.PROSE_REACH:
            return False
    return False
