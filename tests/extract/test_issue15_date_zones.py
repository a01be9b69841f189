"""Time zones and formats of page stamps (issue 15): a stamp one day off the page's own date line or URL is
moved to that day only when it is the same moment seen from some real time zone (UTC-12 to UTC+14), i.e. around
midnight; ISO 8601's basic format is read. Every page here is written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_zones import reaches
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html
from tests.extract.date_pages import page_dates

STORY = ("<p>The harbour board said on Tuesday that the new ferry line across the bay would carry two thousand "
         "passengers a day once the second boat is delivered, after months of talks with the shipyard.</p>")


def _published(stamp: str, url: str, line: str = "") -> str:
    head = '<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "datePublished": stamp})
    html = (f"<html lang='en'><head><title>Ferry line to start in spring</title>{head}</script></head><body>"
            f"<article><h1>Ferry line to start in spring</h1>{line}{STORY}</article></body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, url, today=date(2026, 11, 25))
    assert published is not None
    return published.value[:10]


@pytest.mark.parametrize(("stamp", "day", "expected"), [
    ("2020-03-04T23:30:00-05:00", date(2020, 3, 5), True),    # 04:30 UTC on the 5th
    ("2020-03-04T18:37:00+01:00", date(2020, 3, 3), False),   # 17:37 UTC: the 3rd even in UTC-12? no, 05:37 on the 4th
    ("2020-03-04T18:37:00+01:00", date(2020, 3, 5), True),    # UTC+14 is past midnight
    ("2020-03-04T08:00:00+00:00", date(2020, 3, 3), True),    # UTC-12 is still on the 3rd
    ("2020-03-04T13:00:00+00:00", date(2020, 3, 3), False),
    ("2020-03-04T18:37:00", date(2020, 3, 3), True),          # no offset: the zone is unknown
])
def test_issue15_a_stamp_reaches_the_days_some_time_zone_shows_it_on(stamp, day, expected):
    assert reaches(stamp, day) is expected


def test_issue15_a_stamp_near_midnight_moves_to_the_urls_day():
    """00:30 in Central Europe is 23:30 UTC of the day before: the URL's day is the same moment."""
    assert _published("2020-03-04T00:30:00+01:00", "https://example.org/2020/03/03/ferry-line/") == "2020-03-03"


def test_issue15_an_afternoon_stamp_keeps_its_day_against_a_url_a_day_off():
    """18:37 in Central Europe is the 4th in every time zone but UTC+14's (5th): a URL dated the 3rd (a slug
    made the day before) is another moment, not another zone's view of this one."""
    assert _published("2020-03-04T18:37:00+01:00", "https://example.org/2020/03/03/ferry-line/") == "2020-03-04"


def test_issue15_a_utc_stamp_late_in_the_evening_moves_to_the_date_line_under_the_headline():
    line = '<div class="date">5 March 2020</div>'
    assert _published("2020-03-04T23:15:00Z", "https://example.org/ferry-line", line) == "2020-03-05"


@pytest.mark.parametrize(("content", "expected"), [
    ("20200304", "2020-03-04"),                                    # a date, no time made up
    ("20200304183712", "2020-03-04T18:37:12"),
    ("20200304T2330+0100", "2020-03-04T23:30:00+01:00"),
    ("2020030", None), ("20201304", None), ("12345678", None),
])
def test_issue15_iso_basic_format_in_a_meta_tag_is_read(content, expected):
    """ISO 8601's basic format ("20200304"), which some CMS write in meta tags: read as the page's own stamp
    (before, such pages were left to htmldate)."""
    html = (f"<html lang='en'><head><title>Ferry line</title><meta name='created' content='{content}'></head>"
            f"<body><h1>Ferry line</h1>{STORY}</body></html>")
    published, _ = page_dates(html)
    if expected is None:
        assert published is None or published.method != "meta"
    else:
        assert published is not None and (published.value, published.method) == (expected, "meta")


@pytest.mark.parametrize("text", [
    "",
    "2020-05-17T10:00:00+02:00",  # at the very start: its middle four characters in
    "x 2020-05-17 10:00 y 2020-05-17T08:00:00Z",
    "2020-05-17T10:00-05-17 11:00",  # a stamp whose tail looks like the middle of another: overlapping candidates
    "-05-17 10:00 12020-05-17 10:00:00.123-0500, 1999-13-45T99:99",  # a middle with no year before it; odd fields
    "2020-05-172020-05-17T10:11 2020-05-17 1:00 2020-05-17T10:11:12+0100Z",
    "١٩٩٩-٠١-٠٢T١٠:١١ style='a:b;c-d' 2019-12-31T23:59:59-1200" * 3,  # Arabic-Indic digits are \\d too
    "--2020--05-17 10:00 2020-05-17  10:00 2020-05-17T10:00:00.5+05:30 end",
])
def test_issue15_stamps_found_from_their_middle_are_those_of_the_full_search(text):
    """The page's stamps (``date_zones.stamps``: candidates found by a literal in C, then each tried) are the
    matches of ``_STAMP_RE.finditer``, in order, with the same groups (issue 15, speed)."""
    from newstrace.extract.date_zones import _STAMP_RE, stamps

    assert [m.span() + m.groups() for m in stamps(text)] == [m.span() + m.groups() for m in _STAMP_RE.finditer(text)]
