"""Issue 15: date lines with a two-digit year ("17.05.20", "5/17/20": CLDR's short formats, many blogs' bylines)
are read in a date line, in the page's order; a year-first language's "20/5/17", a version number and a page's
running text are not. Every page here is written for these tests."""

from __future__ import annotations

import pytest

from newstrace.extract.date_read import NumericOrder, first_visible_day, labelled_days, plausible
from tests.extract.date_pages import TODAY, page_dates

STORY = ("<p>The council met on Tuesday evening to hear the residents of the east bank about the new bridge. "
         "Most of them want the work to start before winter, and the engineers say it can.</p>")


def page(lang: str, line: str) -> str:
    return (f"<html lang='{lang}'><head><title>Bridge plans heard</title></head><body><article>"
            f"<h1>Bridge plans heard at last by the council</h1><div class='meta'><span class='date'>{line}</span>"
            f"</div>{STORY}</article></body></html>")


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("de", "17.05.20", "2020-05-17"),                 # German short format, day first
    ("de", "Stand: 04.11.20, 14:30 Uhr", "2020-11-04"),
    ("en-US", "5/17/20", "2020-05-17"),               # US short format, month first
    ("en-US", "11/4/20 2:30 PM", "2020-11-04"),
    ("en", "11.05.12", "2012-11-05"),                 # a US blog's dotted byline: month first there too
    ("fr", "04/11/20", "2020-11-04"),
    ("fil", "11/4/20", "2020-11-04"),                 # Filipino writes month first (CLDR)
])
def test_issue15_a_date_line_with_a_two_digit_year_is_read_in_the_pages_order(lang, line, expected):
    published, _ = page_dates(page(lang, line))
    assert published is not None
    assert (published.value[:10], published.method) == (expected, "visible")


@pytest.mark.parametrize("lang", ["ko", "ne", "hu", "ja"])
def test_issue15_a_year_first_language_leaves_a_two_digit_numeric_date_unread(lang):
    """Korean and Nepali write "20/5/17" year first: reading it day-month-year would give 2017."""
    assert labelled_days("20/5/17", NumericOrder(False, None, lang)) == []


def test_issue15_two_digit_years_only_in_date_lines_not_in_running_text():
    """The whole-text readers (labels, the URL's month) keep to four-digit years; versions and scores are no dates."""
    assert first_visible_day("Release 1.2.10 fixes the login; the vote was 17.05.20 in favour", month_first=False) is None
    order = NumericOrder(False, None, "en")
    assert labelled_days("version 1.2.10.4 of the app", order) == []
    assert not any(plausible(d, TODAY) for _, d, _ in labelled_days("at 10.30.45 the lights went out", order))
    assert [d.isoformat() for _, d, _ in labelled_days("Posted 17.05.20 by the editors", order)] == ["2020-05-17"]


def test_issue15_an_ambiguous_two_digit_date_needs_the_page_to_say_its_order():
    """"06/02/05" on a page that declares no language and no dated URL: June 2 or 6 February, left unread;
    with a day over 12 it is one day either way."""
    assert labelled_days("06/02/05", NumericOrder(False, None, "")) == []
    assert [d.isoformat() for _, d, _ in labelled_days("06/22/05", NumericOrder(False, None, ""))] == ["2005-06-22"]
    assert [d.isoformat() for _, d, _ in labelled_days("06/02/05", NumericOrder(False, (2005, 6), ""))] == ["2005-06-02"]
