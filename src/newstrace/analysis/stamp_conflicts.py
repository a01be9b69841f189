"""Conflicts between a page's stamp and its content: the newest date the body writes out, or office-holders it
names as serving, long before ``published`` (used by the ``dates`` stage, ``temporal``)."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .date_types import Found
from .gazetteer import read_table

STALE_AFTER_DAYS = 365
OFFICE_GRACE_DAYS = 90
FORMER = re.compile(r"\b(former|ex-|then-|late|previous|predecessor|once|ex)\W*$", re.I)
ONGOING = re.compile(r"\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


@dataclass(frozen=True)
class Office:
    title: str
    name: str
    start: date
    end: date


@functools.lru_cache(maxsize=1)
def offices() -> tuple[Office, ...]:
    rows = read_table("dates_offices.tsv")
    return tuple(Office(title, name, date.fromisoformat(start), date.fromisoformat(end))
                 for title, name, start, end in rows)


def stamp_conflicts(body: str, found: list[Found], published: Optional[date]) -> list[str]:
    """What in the body disagrees with the published date, and why."""
    if published is None:
        return []
    newest = _newest_explicit(body, found)
    if newest is not None and (published - newest[0]).days <= STALE_AFTER_DAYS:
        return []  # the body dates itself near the stamp: former office-holders are history, not staleness
    conflicts = []
    if newest is not None:
        years = (published - newest[0]).days / 365.25
        conflicts.append(f"the newest date the body gives is {newest[1]!r} ({newest[0].isoformat()}), "
                         f"{years:.1f} years before the published date {published.isoformat()}")
    return conflicts + _stale_offices(body, published)


def _newest_explicit(body: str, found: list[Found]) -> Optional[tuple[date, str]]:
    """The latest date written out with its year and at least its month (not relative, not a bare year)."""
    best: Optional[tuple[date, str]] = None
    for item in found:
        if item.method not in ("date", "iso", "numeric", "month", "range") or not item.resolved.value:
            continue
        if item.resolved.end_value is None and ONGOING.search(body[max(0, item.start - 12):item.start]):
            continue  # "since October 2016" runs up to the story's own date
        value = item.resolved.end_value or item.resolved.value
        parts = value.split("-")
        if len(parts) < 2 or not re.search(r"\d{4}", body[item.start:item.end]):
            continue
        when = _end_of(int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else None)
        if best is None or when > best[0]:
            best = (when, body[item.start:item.end])
    return best


def _end_of(year: int, month: int, day: Optional[int]) -> date:
    return date(year, month, day or calendar.monthrange(year, month)[1])


def _stale_offices(body: str, published: date) -> list[str]:
    """Office-holders the body names as serving (not ``former``) whose every term ended long before."""
    out = []
    terms: dict[tuple[str, str], list[Office]] = {}
    for office in offices():
        terms.setdefault((office.title, office.name), []).append(office)
    for (title, name), spans in terms.items():
        last_end = max(o.end for o in spans)
        if any(o.start <= published and (published - o.end).days <= OFFICE_GRACE_DAYS for o in spans):
            continue
        if published < last_end:
            continue
        match = _named_as_serving(body, title, name)
        if match:
            out.append(f"names {match!r} as serving, but that term ended on {last_end.isoformat()}, "
                       f"before the published date {published.isoformat()}")
    return out


def _named_as_serving(body: str, title: str, name: str) -> Optional[str]:
    surname = name.split()[-1]
    pattern = rf"\b{re.escape(title)}\s+(?:{re.escape(name)}|{re.escape(surname)})\b"
    for match in re.finditer(pattern, body):
        before = body[max(0, match.start() - 12):match.start()]
        if not FORMER.search(before):
            return match.group(0)
    return None
