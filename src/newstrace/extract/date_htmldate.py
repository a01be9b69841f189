"""The last resort for page dates: htmldate's answer, checked against what the page itself says.

Split from ``dates.py`` (the cascade), which calls ``checked_htmldate`` when none of its own finders dated
the page.
"""

from __future__ import annotations

import re
from datetime import date

from ..record import DateValue


def checked_htmldate(html_text: str, url: str | None, url_month: tuple[int, int] | None,
                     modified: DateValue | None) -> DateValue | None:
    """htmldate's answer, unless it is a bare year read as 1 January (a copyright line) with no such
    day written on the page; trusted little when it is the day of the page's update stamp."""
    found = _from_htmldate(html_text, url)
    if found is None or (found.value.endswith("-01-01") and not _JANUARY_FIRST.search(html_text)):
        return None
    found = in_url_month(found, url_month)
    if modified is not None and modified.value[:10] == found.value:  # maybe only the update stamp
        return DateValue(found.value, found.method, 0.4, conflicts=(modified.value,))
    return found


def in_url_month(found: DateValue, url_month: tuple[int, int] | None) -> DateValue:
    """htmldate reads 11/05/2012 one way on every page: when only the other reading falls in the
    month the URL states, that reading is the date."""
    day = date.fromisoformat(found.value[:10])
    if url_month is None or (day.year, day.month) == url_month or day.day > 12:
        return found
    swapped = _swapped(day)
    if swapped is None or (swapped.year, swapped.month) != url_month:
        return found
    return DateValue(swapped.isoformat(), found.method, found.confidence, conflicts=(found.value,))


_JANUARY_FIRST = re.compile(r"(?:19|20)\d\d[-/.]0?1[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?1[-/.](?:19|20)\d\d|"
                            r"(?<!\d)1(?:st|\.)?\s+(?:jan|jän|janv|ene|genn)|jan\w*\.?\s+1(?:st)?,", re.I)


def _from_htmldate(html_text: str, url: str | None) -> DateValue | None:
    """The last resort, for pages nothing else dated: htmldate's extensive search (it also reads dates
    in free text, so it is trusted little). Asked directly, not after its fast mode: where the fast mode
    answers, the extensive search nearly always gives the same day (ours and PEERS.md's dev pages: all
    but one); where they differ on the unseen training pages, the extensive day was the one the gold main
    text shows (2 of 2: a report's own day where the fast mode took the footer's "Last Updated"); and a
    page the fast mode leaves undated no longer pays for both searches."""
    from htmldate import find_date

    try:
        value = find_date(html_text, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted errors on odd pages; a missing date is fine
        value = None
    return DateValue(value, "htmldate", 0.6) if value else None


def _swapped(day: date) -> date | None:
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None
