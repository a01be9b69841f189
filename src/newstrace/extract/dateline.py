"""Datelines at the start of an article (or of one of its first paragraphs): ``MOSCOW (Sputnik) —``, ``BAGHDAD, Aug 4 (Reuters) -``,
``WASHINGTON (AP) —``, ``PARIS, Texas —``, ``BOGOTÁ, 5 ago (EFE).-``, ``Berlin (dpa) -``.

The place is written in capitals (any script with case), optionally followed by a region in title case
and a short date; the outlet in parentheses names who filed the story. A place in title case counts
only when an outlet in parentheses follows it (``Berlin (dpa) -``), so an ordinary sentence that
starts with a name and a dash is not taken for a dateline.
"""

from __future__ import annotations

import re

from ..record import Dateline

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capital letters, Latin with diacritics included
_LOW = "a-zß-öø-ÿā-ž"
_UPPER_PLACE = rf"[{_UP}][{_UP}'.\-]+(?:[ \-][{_UP}][{_UP}'.\-]+){{0,3}}"
_TITLE_PLACE = rf"[{_UP}][{_LOW}]+(?:[ \-][{_UP}][{_LOW}]+){{0,2}}"
_REGION = rf"(?:,\s*[{_UP}][{_UP}{_LOW}.]+(?:\s[{_UP}][{_UP}{_LOW}.]+)?)"
_DATE = rf"(?:,\s*(?P<date>[{_UP}{_LOW}]{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?:de\s+)?[{_UP}{_LOW}]{{3,9}}\.?))"
_OUTLET = r"\((?P<outlet>[^()\n]{2,40})\)"
_DASH = r"\s*(?P<dash>\.?[\u2014\u2013\-]{1,2}|:)\s+"

_DATELINE_RES = (
    re.compile(rf"^\s*(?P<place>{_UPPER_PLACE}{_REGION}??){_DATE}?\s*(?:{_OUTLET})?{_DASH}"),
    re.compile(rf"^\s*(?P<place>{_TITLE_PLACE}{_REGION}??){_DATE}?\s*{_OUTLET}{_DASH}"),
)
MIN_CAPITAL_SHARE = 0.6  # of the place's letters, when no outlet backs the dateline up
# Capitalised lead-ins that are labels, not places ("BREAKING: ...", "UPDATE - ...").
NOT_PLACES = frozenset((
    "breaking", "breaking news", "update", "updated", "watch", "exclusive", "analysis", "opinion", "editorial",
    "photos", "video", "live", "correction", "eilmeldung", "exklusiv", "kommentar", "analyse", "última hora",
    "urgente", "exclusiva", "opinión",
))


MAX_PARAGRAPHS = 3  # a dateline may open one of the first paragraphs (after a standfirst or a caption line)
MAX_OFFSET = 1500  # ... that starts within these first characters


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the start of the body, or opening one of its first paragraphs. Past the first
    paragraph only a dateline that names its outlet counts (``MOSCOW (Sputnik) —``): a capitalised
    word and a dash in the middle of an article is too often something else."""
    for number, offset in enumerate(_paragraph_starts(body)):
        head = body[offset:offset + 200]
        for pattern in _DATELINE_RES:
            match = pattern.match(head)
            if match and _plausible(match) and (number == 0 or match.group("outlet")):
                start, end = offset + match.start("place"), offset + match.end("dash")
                outlet = (match.group("outlet") or "").strip() or None
                return Dateline(place=_titlecase(match.group("place").strip()), outlet=outlet, span=(start, end),
                                text=body[start:end].strip())
    return None


def opens_with_dateline(text: str) -> bool:
    """Whether ``text`` opens with a dateline whose place is in capitals (``CLEVELAND, July 19 (UPI) —``,
    ``BUENA PARK, Calif. -``), by the patterns :func:`find_dateline` reads."""
    match = _DATELINE_RES[0].match(text)
    return match is not None and _plausible(match)


def _paragraph_starts(body: str) -> list[int]:
    """Offsets of the first paragraphs (lines with text) of the body."""
    starts: list[int] = []
    offset = 0
    while offset < min(len(body), MAX_OFFSET) and len(starts) < MAX_PARAGRAPHS:
        end = body.find("\n", offset)
        if body[offset:end if end >= 0 else len(body)].strip():
            starts.append(offset)
        if end < 0:
            break
        offset = end + 1
    return starts


def _plausible(match: re.Match) -> bool:
    place = match.group("place").strip()
    head = place.partition(",")[0]
    if head.lower() in NOT_PLACES:
        return False
    letters = [c for c in head if c.isalpha()]
    if match.group("outlet"):
        return len(letters) >= 2
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) >= MIN_CAPITAL_SHARE


def _titlecase(place: str) -> str:
    head, _, tail = place.partition(",")
    head = " ".join(w.capitalize() if w.isupper() else w for w in head.split())
    return head + ("," + tail if tail else "")
