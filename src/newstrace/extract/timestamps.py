"""Timestamp lines of scraped page text: ``18:41 GMT04 August 2021``, ``Aug. 2, 2021 9:15 pm ET``,
``Published 3 August 2021``, ``04.08.2021 18:41``, ``Updated ...`` -> an ISO 8601 value.

A line is a timestamp line when, once its date, time, zone and labels are taken out, only a few words
are left (a byline name, "Uhr", a weekday): a sentence that mentions a date is not one. The time zone
is kept as a UTC offset when the line gives one; US zone letters (``ET``, ``PT``) get the offset of
that date (daylight saving time included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from . import date_patterns as pat

# Zone abbreviations: a fixed offset in minutes, or an IANA zone whose offset depends on the date.
ZONES: dict[str, int | str] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120,
    "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "GST": 240, "PKT": 300, "HKT": 480,
    "SGT": 480, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480,
    "PDT": -420, "AKST": -540, "HST": -600, "ART": -180, "BRT": -180,
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}
_ZONE_RE = re.compile(
    r"(?<![A-Za-z])(?P<abbr>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")(?![A-Za-z])"
    r"(?:\s?(?P<sign>[+-])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    r"|(?<![\d:])(?P<bare_sign>[+-])(?P<bare_hours>\d{2}):?(?P<bare_minutes>\d{2})(?!\d)")
_TIME_RE = re.compile(
    r"(?<![\d.:/])(?P<hour>[0-2]?\d)(?:[:h.](?P<minute>[0-5]\d))(?::(?P<second>[0-5]\d))?"
    r"(?![\d.:/])\s*(?P<ampm>[ap]\.?\s?m\.?)?(?!\w)", re.I)
_FILLER = frozenset("""
uhr um am at on the de del el le la du h hs hrs horas hora время à a by von por par and und y
monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag
samstag sonntag lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi
vendredi samedi dimanche mon tue wed thu fri sat sun mo di mi do fr sa so time date datum fecha
""".split())
MAX_LEFTOVER_WORDS = 5


@dataclass(frozen=True)
class Stamp:
    """A timestamp read from a line: ISO value, whether it is an update, how sure."""

    value: str
    updated: bool
    confidence: float


def parse_timestamp(line: str, *, month_first: bool = False) -> Stamp | None:
    """The timestamp a short line shows, or None when the line is not a timestamp line."""
    if len(line) > 140:
        return None
    if not line.isascii():  # native digits (Devanagari, Arabic-Indic...) as ASCII, one for one
        line = line.translate(pat.NATIVE_DIGITS)
    found = _find_date(line, month_first)
    if found is None:
        return None
    day, (start, end) = found
    rest = line[:start] + " " * (end - start) + line[end:]
    clock, rest = _find_time(rest)
    zone, rest = _find_zone(rest)
    lowered = rest.lower()
    updated = _labelled_update(line[:start].lower())
    for label in (*pat.UPDATED_LABELS, *pat.PUBLISHED_LABELS):
        lowered = lowered.replace(label, " ")
    leftover = [w for w in re.findall(r"[^\W\d_]{2,}", lowered) if w not in _FILLER]
    if len(leftover) > MAX_LEFTOVER_WORDS:
        return None
    return Stamp(_iso(day, clock, zone), updated, 0.8 if clock and zone is not None else 0.7)


def _labelled_update(prefix: str) -> bool:
    """True when the label nearest before the date is an "updated" one (``Published ... | Updated ...``
    keeps the first date as published)."""
    updated = max(prefix.rfind(label) for label in pat.UPDATED_LABELS)
    published = max(prefix.rfind(label) for label in pat.PUBLISHED_LABELS)
    return updated > published


def _find_date(line: str, month_first: bool) -> tuple[date, tuple[int, int]] | None:
    shapes = (pat.CJK_DATE, pat.YEAR_FIRST, pat.DAY_MONTH_YEAR, pat.MONTH_DAY_YEAR, pat.NUMERIC_DATE)
    for shape in shapes:
        for match in shape.finditer(line):
            day = _date_of(match, month_first)
            if day is not None:
                return day, match.span()
    return None


def _date_of(match: re.Match, month_first: bool) -> date | None:
    groups = match.groupdict()
    if "a" in groups:
        first, second = int(groups["a"]), int(groups["b"])
        # 04.08.2021 is day-first everywhere; 08/04/2021 and 08-04-2021 vary (a US forum's "05-06-2005, 05:28
        # PM"), read as the visible finder reads them (date_read.matches; issue 15)
        dotted = match.group(2) == "."
        day_number, month = (second, first) if month_first and not dotted and first <= 12 else (first, second)
        if month > 12 >= day_number:  # 09/21/2012: only the month-first reading is a date
            day_number, month = month, day_number
    else:
        raw = groups["month"]
        month = int(raw) if raw.isdigit() else pat.month_number(raw) or 0
        day_number = int(groups["day"])
    try:
        value = date(int(groups["year"]), month, day_number) if month else None
    except ValueError:
        return None
    return value if value and 1990 <= value.year <= date.today().year + 1 else None


def _find_time(rest: str) -> tuple[tuple[int, int, int] | None, str]:
    match = _TIME_RE.search(rest)
    if not match:
        return None, rest
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None, rest
    second = int(match.group("second") or 0)
    return (hour, minute, second), rest[:match.start()] + " " * (match.end() - match.start()) + rest[match.end():]


def _find_zone(rest: str) -> tuple[int | str | None, str]:
    """The zone named on the line (the date is already blanked out of ``rest``, so in
    ``18:41 GMT04 August 2021`` the 04 is the day and the zone is GMT itself)."""
    match = _ZONE_RE.search(rest)
    if not match:
        return None, rest
    if match.group("abbr"):
        zone: int | str = ZONES[match.group("abbr")]
        if match.group("sign") and isinstance(zone, int):
            minutes = int(match.group("hours")) * 60 + int(match.group("minutes") or 0)
            zone += minutes if match.group("sign") == "+" else -minutes
    else:
        minutes = int(match.group("bare_hours")) * 60 + int(match.group("bare_minutes"))
        zone = minutes if match.group("bare_sign") == "+" else -minutes
    return zone, rest[:match.start()] + rest[match.end():]


def _iso(day: date, clock: tuple[int, int, int] | None, zone: int | str | None) -> str:
    if clock is None:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, *clock)
    if isinstance(zone, str):
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    elif zone is not None:
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=zone)))
    return moment.isoformat()
