"""Issue 15: a date line that writes no year ("Aug 09, 2:31 PM", "17. Mai, 14:30 Uhr") is read in the month the
page's URL states, with the URL's year; elsewhere it is no date. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_read import NumericOrder, labelled_days
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TODAY = date(2026, 11, 25)
STORY = ("<p>The harbour board said on Tuesday that the new ferry line would start in spring, after months of talks "
         "with the two towns on either side of the bay about who pays for the piers.</p>")
SIDEBAR = "<div class='videos'><p>Ferry test run on the bay</p><span>Jul. 11, 2012</span></div>"


def dates_of(lang: str, line: str, url: str):
    html = (f"<html lang='{lang}'><head><title>Ferry line to start in spring</title></head><body>{SIDEBAR}<article>"
            f"<h1>Ferry line to start in spring</h1><div class='byline'>Ann Lee | {line}</div>{STORY}</article>"
            f"</body></html>")
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, url, today=TODAY)


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "Aug 09, 2:31 PM", "2012-08-09"),
    ("en", "9 August", "2012-08-09"),
    ("de", "9. August, 14:30 Uhr", "2012-08-09"),
])
def test_issue15_a_yearless_byline_takes_the_year_of_the_urls_month(lang, line, expected):
    """Before, the byline was no date and a sidebar's dated video (11 July) could be taken instead."""
    published, _ = dates_of(lang, line, "https://bay-news.example/news/2012/08/ferry-line.html")
    assert published is not None
    assert (published.value[:10], published.method) == (expected, "visible")


def test_issue15_a_yearless_line_outside_the_urls_month_or_without_a_url_month_is_no_date():
    order = NumericOrder(True, (2012, 8), "en")
    assert labelled_days("Jul 30, 2:31 PM", order) == []          # another month than the URL's
    assert labelled_days("Aug 09, 2:31 PM", NumericOrder(True, None, "en")) == []
    assert labelled_days("Aug 09 12 people came", order) == []    # a number after the day: maybe a year, left
    # a year the line states is its year, whatever the URL says
    assert [d for _, d, _ in labelled_days("Aug 09, 2011", order)] == [date(2011, 8, 9)]
