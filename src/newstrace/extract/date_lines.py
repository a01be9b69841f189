"""Date lines further down: a short line that is only a date (a timestamp line), read below the headline
past the reach of the lead date line, for pages none of the finders in ``dates.py`` dated.

Split from ``dates.py`` (the cascade). Older and table-layout pages put a standfirst, a teaser or an
audio link between the headline and the date line ("Saturday June 18, 2005" under a two-line standfirst),
so the date line falls outside ``LEAD_REACH``; reading further with ``parse_timestamp`` takes only a line
that is a date and little else (a byline name, a weekday, a time, a zone), never a sentence that mentions
a date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from lxml import etree

from . import date_patterns as pat
from .timestamps import parse_timestamp

_NEXT_TEXT = etree.XPath("following::text()[position() <= 40][not(parent::script or parent::style)]")


def first_stamp_line(texts: Iterable, month_first: bool, keep: Callable[[Any, date], bool]) -> date | None:
    """The day of the first text node in ``texts`` (within ``pat.STAMP_LINE_REACH`` characters of text)
    that is a timestamp line of at most ``pat.STAMP_LINE_LENGTH`` characters, not labelled as an update,
    and that ``keep(node, day)`` accepts (a plausible day, not another page's, not a list item's), and that does
    not come right under another story's linked title (``teaser_link``)."""
    for text, line, stamp, previous, before in _short_lines(texts, month_first, pat.STAMP_LINE_REACH):
        if stamp is not None and not stamp.updated and not _update_label(before) and not teaser_link(previous, text) \
                and not pat.COMMENT_LINE.search(line) and not account_date(line, before):
            day = date.fromisoformat(stamp.value[:10])
            if keep(text, day):
                return day
    return None


def _short_lines(texts: Iterable, month_first: bool, reach: int | None = None) -> Iterator[tuple[Any, str, Any, Any, str]]:
    """Every text node of ``texts`` with words: ``(node, its text with white space collapsed, its timestamp when
    the line is at most ``pat.STAMP_LINE_LENGTH`` characters long (else None), the text node with words before
    it, that node's line)``, until the lines add up to more than ``reach`` characters."""
    size, previous, before = 0, None, ""
    for text in texts:
        line = " ".join(text.split())
        if not line:
            continue
        size += len(line)
        if reach is not None and size > reach:
            return
        stamp = parse_timestamp(line, month_first=month_first) if len(line) <= pat.STAMP_LINE_LENGTH else None
        yield text, line, stamp, previous, before
        previous, before = text, line


def account_date(line: str, before: str) -> bool:
    """The date line is a forum member's account date: its label ("Joined:", "Registered:", "Member since")
    opens the line or ends the line before (``pat.ACCOUNT_LABEL``)."""
    return bool(pat.ACCOUNT_LINE.search(line) or pat.ACCOUNT_END.search(before))


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


def stamp_lines(texts: Iterable, month_first: bool) -> Iterator[tuple[Any, str, Any]]:
    """Every short timestamp line among the text nodes ``texts``: ``(node, ISO day, the text node before it)``."""
    for text, _, stamp, previous, _ in _short_lines(texts, month_first):
        if stamp is not None:
            yield text, stamp.value[:10], previous


def teaser_link(text, stamp, headline=None, levels: int = pat.TEASER_BOX_LEVELS) -> bool:
    """Whether the text node ``text`` is the whole text of a link of ``pat.TEASER_LINK_WORDS`` words or more
    that shares a small box with the date line ``stamp`` (within ``levels`` levels above the link): another
    story's title with its date, so the date is that story's (a "Read also" box after the article, a teaser
    card), not the article's (issue 15). Share buttons or a "Back to the index" link above
    the article's own date line sit in a box of their own; so does a ``headline`` set as a link."""
    if not hasattr(text, "getparent") or text.is_tail:  # None, or a plain string (no element to look at)
        return False
    link = text.getparent()
    while link is not None and link.tag != "a":
        link = link.getparent()
    if link is None or link.get("href") is None or len(" ".join(link.itertext()).split()) < pat.TEASER_LINK_WORDS:
        return False
    if headline is not None and (link is headline or any(up is headline for up in link.iterancestors())):
        return False
    where, box = stamp.getparent(), link.getparent()
    for _ in range(levels):
        if box is None:
            return False
        if where is not None and (where is box or any(up is box for up in where.iterancestors())):
            return True
        box = box.getparent()
    return False
