"""Time zones of page date stamps: the same instant restated in the offset the page itself uses.

Split from ``dates.py`` (the cascade); ``dates._settle`` calls ``reaches`` and ``restate`` when a stamp in one zone
falls on another day than the page shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import cast

_STAMP_RE = re.compile(r"((?:19|20)\d{2}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?([+-]\d{2}:?\d{2}|Z)?")
# What every stamp holds four characters after its start: found by its first character, a literal, which ``re``
# looks for in C; ``_STAMP_RE`` itself tries each 1 or 2 of the page (issue 15, speed: ~1.3 ms a page -> ~0.3)
_STAMP_MIDDLE = re.compile(r"-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_STAMP_LEAD = 4  # characters of a stamp before its middle (the year)


def offset_text(zone: str) -> str:
    """``+00:00`` for ``Z`` / ``UTC`` / ``GMT``; ``+01:00`` for ``+0100`` or ``+01:00``."""
    if zone.upper() in ("Z", "UTC", "GMT"):
        return "+00:00"
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def is_utc(value: str) -> bool:
    return value.endswith("+00:00")


def restate(value: str, want: date | None, html_text: str) -> str | None:
    """The same instant in the page's own UTC offset. Evidence, strongest first: another stamp of
    the same instant with a non-zero offset; with ``want`` (the day the page shows) also a local stamp
    with the same minutes and seconds, or the offset most stamps on the page carry."""
    instant = _zoned(value)
    if instant is None:
        return None
    offsets: dict[timedelta, int] = {}
    local_match = None
    for m in stamps(html_text):
        stamp = _aware(m)
        if stamp is None:
            continue
        if stamp.tzinfo is None:
            local_match = local_match or _naive_offset(stamp, instant, m.group(4))
            continue
        if stamp.utcoffset() == instant.utcoffset():
            continue
        if abs((stamp - instant).total_seconds()) <= 60:
            return instant.astimezone(stamp.tzinfo).isoformat()
        stamp_offset = cast(timedelta, stamp.utcoffset())  # stamp is aware
        offsets[stamp_offset] = offsets.get(stamp_offset, 0) + 1
    if want is None:
        return None
    for offset in (local_match, max(offsets, key=lambda k: offsets[k]) if offsets else None):
        if offset is not None and instant.astimezone(timezone(offset)).date() == want:
            return instant.astimezone(timezone(offset)).isoformat()
    return None


def stamps(text: str) -> Iterator[re.Match]:
    """``_STAMP_RE.finditer(text)``: the same matches, in order, without overlaps. Every match holds a match of
    ``_STAMP_MIDDLE`` ``_STAMP_LEAD`` characters after its start, so the leftmost match at or after the end of the
    last one starts at one of those places: each is tried in turn (overlapping ones too), from the left."""
    search, match = _STAMP_MIDDLE.search, _STAMP_RE.match
    position, end = 0, 0
    while (middle := search(text, position)) is not None:
        start = middle.start() - _STAMP_LEAD
        found = match(text, start) if start >= end else None
        if found is None:
            position = middle.start() + 1
            continue
        yield found
        end = found.end()
        position = end + _STAMP_LEAD


def reaches(value: str, day: date) -> bool:
    """Whether some real time zone (UTC-12 to UTC+14) shows the instant of a stamp with an offset on ``day``;
    a stamp without an offset (its zone unknown) reaches any day."""
    instant = _zoned(value)
    if instant is None:
        return True
    utc = instant.astimezone(UTC)
    return (utc + _WESTMOST).date() <= day <= (utc + _EASTMOST).date()


def _zoned(value: str) -> datetime | None:
    """The instant of an ISO stamp that carries a UTC offset; None for a stamp without one or no stamp."""
    try:
        instant = datetime.fromisoformat(value)
    except ValueError:
        return None
    return instant if instant.tzinfo is not None else None


_WESTMOST, _EASTMOST = timedelta(hours=-12), timedelta(hours=14)  # the offsets of the world's time zones


def _naive_offset(stamp: datetime, instant: datetime, seconds: str | None) -> timedelta | None:
    """The offset that makes a local stamp (to the second) the same instant, if a real one."""
    if seconds is None:
        return None
    offset = stamp.replace(tzinfo=UTC) - instant
    if not offset or abs(offset) > timedelta(hours=14) or offset % timedelta(minutes=30):
        return None
    return offset


def _aware(m: re.Match) -> datetime | None:
    day, hour, minute, second, zone = m.groups()
    try:
        return datetime.fromisoformat(f"{day}T{hour}:{minute}:{second or '00'}{offset_text(zone) if zone else ''}")
    except ValueError:
        return None
