"""Dates read from strings: ISO stamps normalised, dates written in text found (every shape of
``date_patterns``), numeric dates read in the page's order, and what is a plausible page date.

Split from ``dates.py`` (the cascade over a page's finders), which uses them; callers import them from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from . import date_patterns as pat
from .date_calendars import calendar_matches
from .date_zones import offset_text

_ISO_RE = re.compile(
    r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*"
    r"(Z|UTC|GMT|[+-]\d{2}:?\d{2}(?!\d))?)?")

# --- normalising ---------------------------------------------------------------------------------

def normalise(raw: str | None, *, today: date | None = None) -> str | None:
    """An ISO 8601 string (``2021-08-04`` or ``2021-08-04T18:41:00+04:00``) or None if implausible."""
    if not raw or not isinstance(raw, str):
        return None
    match = _ISO_RE.search(pat.extended_iso(raw.strip())[:80])
    if not match:
        return _parse_loose(raw, today)
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not plausible(day_value, today):
        return None
    if hour is None or int(hour) > 23:
        return day_value.isoformat()
    text = f"{day_value.isoformat()}T{int(hour):02d}:{minute}:{second or '00'}"
    if zone:
        text += offset_text(zone)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return day_value.isoformat()
    return text


def _parse_loose(raw: str, today: date | None) -> str | None:
    """Visible-style dates in meta content ("Fri, 04 Feb 2022 15:33:00 +0100", "04.02.2022")."""
    found = first_visible_day(raw[:80], month_first=False)
    if found is None or not plausible(found, today):
        return None
    return found.isoformat()


def plausible(value: date, today: date | None = None) -> bool:
    """Not before the web's news era, not after tomorrow (time zones aside)."""
    today = today or date.today()
    return date(1995, 1, 1) <= value <= today + timedelta(days=2)


# --- visible dates ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class NumericOrder:
    """How a page writes numeric dates: month first (en-US) or day first, and the ``(year, month)``
    its URL states (``/2012/08/``), which settles a slashed date that both readings allow."""

    month_first: bool
    url_month: tuple[int, int] | None = None
    lang: str = ""  # the page's language ("fr"): its abbreviated month names are read too ("4 avr. 2020")
    stamped: frozenset[date] = frozenset()  # the days of the page's own machine stamps (JSON-LD, meta)

    def read(self, year: str, a: int, b: int, dotted: bool) -> date | None:
        """``a/b/year`` as a day: 04.08.2021 is day-first everywhere; 08/04/2021 is read month-first on a
        month-first page, unless only the other reading is a day the page's own stamps give (a German page's
        footer "Stand: 11/01/2021" under a JSON-LD stamp of 1 November, written by a US-made CMS) or, failing
        that, only the other reading falls in the URL's month."""
        day_first = safe_date(year, b, a)
        if dotted or a > 12:
            return day_first or safe_date(year, a, b)
        month_first = safe_date(year, a, b)
        if day_first and month_first and day_first != month_first:
            for fits in ([d for d in (month_first, day_first) if d in self.stamped],
                         [d for d in (month_first, day_first) if (d.year, d.month) == self.url_month]):
                if len(fits) == 1:
                    return fits[0]
        first, second = (month_first, day_first) if self.month_first else (day_first, month_first)
        return first or second


def _order(month_first: bool | NumericOrder) -> NumericOrder:
    return month_first if isinstance(month_first, NumericOrder) else NumericOrder(month_first)


def matches(text: str, month_first: bool | NumericOrder, *, short_years: bool = False) -> Iterator[tuple[int, date]]:
    """Where each date written in ``text`` starts, and its day; with ``short_years``, numeric dates with a
    two-digit year too ("17.05.20": read only in a date line, ``labelled_days``)."""
    order = _order(month_first)
    if not text.isascii():
        text = text.translate(pat.NATIVE_DIGITS)
        yield from calendar_matches(text)  # Thai Buddhist Era and Solar Hijri date lines
    elif order.lang in ("vi", "eu"):  # all ASCII in CLDR's formats: "17 thg 5, 2020", "2020ko maiatzaren 17a"
        yield from calendar_matches(text)
    for regex in (pat.DAY_MONTH_YEAR, pat.MONTH_DAY_YEAR, pat.YEAR_MONTH_DAY, pat.CJK_DATE, pat.YEAR_FIRST,
                  pat.YEAR_DAY_MONTH):
        for m in regex.finditer(text):
            month = m.group("month")
            month_number = int(month) if month.isdigit() else pat.month_number(month, order.lang)
            value = safe_date(m.group("year"), month_number, m.group("day"))
            if value:
                yield m.start(), value
    for m in pat.NUMERIC_DATE.finditer(text):
        value = order.read(m.group("year"), int(m.group("a")), int(m.group("b")), m.group(2) == ".")
        if value:
            yield m.start(), value
    if short_years and pat.SHORT_YEARS and order.lang not in pat.YEAR_FIRST_LANGUAGES:
        for m in pat.NUMERIC_SHORT_DATE.finditer(text):
            year, a, b = int(m.group("year")), int(m.group("a")), int(m.group("b"))
            if a <= 12 and b <= 12 and a != b and not (order.lang or order.url_month):
                continue  # "06/02/05" on a page that does not say how it writes dates: either reading may be it
            # a month-first page writes "11.05.12" month first too (4 November); a four-digit dotted date is
            # day-first everywhere
            value = order.read(str(year + (1900 if year >= 95 else 2000)), a, b, m.group(2) == "." and not order.month_first)
            if value:
                yield m.start(), value
    if short_years and pat.YEARLESS and order.url_month:
        yield from _in_url_month(text, order)


def _in_url_month(text: str, order: NumericOrder) -> Iterator[tuple[int, date]]:
    """Dates of a line that writes no year ("17. Mai", "May 17") in the month the page's URL states."""
    assert order.url_month is not None
    year, month = order.url_month
    for regex in (pat.YEARLESS_DAY_MONTH, pat.YEARLESS_MONTH_DAY):
        for m in regex.finditer(text):
            if pat.month_number(m.group("month"), order.lang) == month:
                value = safe_date(year, month, m.group("day"))
                if value:
                    yield m.start(), value


def safe_date(year, month, day) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def first_visible_day(text: str, *, month_first: bool | NumericOrder) -> date | None:
    """The first date written in ``text`` (any of the shapes in date_patterns), or None."""
    found = sorted(matches(text, month_first))
    return found[0][1] if found else None


LABEL_WINDOW = 40  # characters before a date where its label stands


def _labels_before(text: str, start: int, floor: int = 0) -> str:
    """The lower-cased text where a label of the date at ``start`` stands (not before ``floor``)."""
    return text[max(floor, start - LABEL_WINDOW):start].lower()


def _has_label(before: str, labels: tuple[str, ...]) -> bool:
    return any(label in before for label in labels)


def published_label(text: str, start: int) -> bool:
    """A publication label ("Published:", "Veröffentlicht am", "Publié le") right before ``text[start:]``."""
    return _has_label(_labels_before(text, start), pat.PUBLISHED_LABELS)


def labelled_days(text: str, month_first: bool | NumericOrder) -> list[tuple[int, date, bool]]:
    """Each date in a piece of text: where it starts, the day, and whether an "updated" label stands
    before it (and no "published" one)."""
    result, previous_end = [], 0
    found = sorted(set(matches(text, month_first, short_years=True)))  # two readers can find one date
    for n, (start, value) in enumerate(found):
        before = _labels_before(text, start, previous_end)
        updated = _has_label(before, pat.UPDATED_LABELS) and not _has_label(before, pat.PUBLISHED_LABELS)
        previous_end = start + 1
        after = None if updated or _has_label(before, pat.PUBLISHED_LABELS) else _label_after(text, start, found[n + 1:])
        if after is not None:  # "18.05.2020 tarihinde güncellendi": the label is this date's, not the next one's
            updated, previous_end = after.group("updated") is not None, after.end()
        result.append((start, value, updated))
    return result


def _label_after(text: str, start: int, later: list[tuple[int, date]]) -> re.Match | None:
    """A label written after the date at ``start`` (Turkish "... tarihinde güncellendi"), before the next date."""
    following = next((at for at, _ in later if at > start + 5), len(text))  # not the same date read by another shape
    return pat.LABEL_AFTER_RE.search(text, start, min(following, start + pat.LABEL_AFTER_REACH))
