"""Datelines at the start of an article: ``MOSCOW (Sputnik) —``, ``BAGHDAD, Aug 4 (Reuters) -``."""

from __future__ import annotations

import re

from ..record import Dateline

# PLACE[, Region][, date] [(Outlet)] dash
_DATELINE_RE = re.compile(
    r"""^(?P<lead>\s*)
    (?P<place>[A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+){0,3}
        (?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)        # MOSCOW / NEW YORK / PARIS, Texas
    (?:,\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2})|(?:\d{1,2}\s+[A-Z][a-z]{2,8})))?  # , Aug 4
    \s*(?:\((?P<outlet>[^()\n]{2,40})\))?
    \s*(?P<dash>[\u2014\u2013\-]{1,2}|:)\s+""",
    re.X,
)


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the start of the body (or of its first paragraph), if any."""
    match = _DATELINE_RE.match(body[:200])
    if not match:
        return None
    place = match.group("place").strip()
    outlet = (match.group("outlet") or "").strip() or None
    letters = [c for c in place if c.isalpha()]
    if not letters or (sum(c.isupper() for c in letters) / len(letters) < 0.6 and outlet is None):
        return None
    if len(place) < 3 and outlet is None:
        return None
    start = match.start("place")
    end = match.end("dash")
    return Dateline(place=_titlecase(place), outlet=outlet, span=(start, end),
                    text=body[start:end].strip())


def _titlecase(place: str) -> str:
    head, _, tail = place.partition(",")
    head = " ".join(w.capitalize() if w.isupper() else w for w in head.split())
    return head + ("," + tail if tail else "")
