"""The last resort for page dates: htmldate's answer, checked against what the page itself says.

Split from ``dates.py`` (the cascade), which calls ``checked_htmldate`` when none of its own finders dated
the page.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from .. import pattern_cache
from ..record import DateValue
from .dateparser_cache import RememberingParser, keep_month_words


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

    _limit_external_parser()
    try:
        value = find_date(html_text, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted errors on odd pages; a missing date is fine
        value = None
    return DateValue(value, "htmldate", 0.6) if value else None


# Languages htmldate's extensive search hands to dateparser (issue 15, speed). htmldate asks dateparser with
# every one of its ~200 locales; a string no locale reads (57 of 58 such calls on 310 unseen training pages)
# makes dateparser load them all: 1.2-1.8 s of CPU, more than the rest of an 80-page run. With this list the
# first such call costs ~0.2 s. Every call on the 2,169 training pages and the dev pages (html A/B, dates) gave
# the same day as before (all English); htmldate's own parser, tried first, reads numeric dates and month
# names of many languages without dateparser.
EXTERNAL_PARSER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "hu", "cs",
                             "ru", "tr")


def _limit_external_parser() -> None:
    """Point htmldate's dateparser factory at one with the same settings and EXTERNAL_PARSER_LANGUAGES
    (htmldate has no option for it). A fixed list, not the page's language: htmldate caches answers by
    string, so a per-page choice would make a page's date depend on the pages before it."""
    import htmldate.extractors as extractors

    if extractors.get_external_parser is not _external_parser:
        extractors.get_external_parser = _external_parser
        keep_month_words(extractors)  # built once per installation (dateparser_cache)


@lru_cache(maxsize=1)
def _external_parser() -> Any:
    """dateparser's parser, made on the first page htmldate asks it about: its compiled ``regex`` patterns
    kept between runs (dateparser_cache), and the ``re`` patterns its modules compile when imported too
    (``pattern_cache``: ~0.06 -> ~0.03 s of CPU, once per process)."""
    with pattern_cache.recording():
        return RememberingParser(_new_external_parser)


def _new_external_parser() -> Any:
    from dateparser import DateDataParser

    settings = {  # htmldate 1.11's own settings for its parser (htmldate/extractors.py)
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    return DateDataParser(languages=list(EXTERNAL_PARSER_LANGUAGES), settings=settings)


def _swapped(day: date) -> date | None:
    try:
        return date(day.year, day.day, day.month)
    except ValueError:
        return None
