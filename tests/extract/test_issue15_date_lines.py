"""Issue 15: a date line below the headline past the lead's reach (``extract/date_lines.py``), for pages none
of the other finders dated. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_lines import first_stamp_line
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TODAY = date(2026, 11, 25)
STANDFIRST = ("<p>The harbour authority wants a ferry across the bay by spring; the two towns on either side "
              "still argue over who pays for the new piers. Our correspondent went to look.</p>")
STORY = ("<div><p>The harbour authority said that the new ferry line would start in spring, after months of "
         "talks with the two towns on either side of the bay. Officials expect about two thousand passengers a "
         "day once the service runs every hour, and the old piers will be rebuilt first.</p></div>")


def page(body: str) -> str:
    return (f"<html><head><title>Ferry line to start in spring</title></head><body>"
            f"<table><tr><td><h1>Ferry line to start in spring</h1>{body}</td></tr></table></body></html>")


def dates_of(html: str):
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, None, today=TODAY)


def test_issue15_a_date_line_under_a_standfirst_dates_the_page():
    """Older table-layout pages: headline, a standfirst of two lines, then the date line in a font tag of its
    own. The lead date line is read only 80 characters under the headline; this line is further down."""
    html = page(STANDFIRST + "<font size=2><b>Saturday  June 18, 2005<br><a href='/'>The Bay Times</a></b></font>"
                + STORY)
    published, _ = dates_of(html)
    assert published is not None
    assert (published.value, published.method) == ("2005-06-18", "date-line")


@pytest.mark.parametrize("line", [
    "<p>This page was updated<br>Sept 16, 2004</p>",  # the label on the line before
    "<p>Last updated: September 16, 2004</p>",
])
def test_issue15_an_update_line_is_not_the_date_line(line):
    """The update day may still come from htmldate (trusted little), never as the page's date line."""
    published, _ = dates_of(page(STANDFIRST + line + STORY))
    assert published is None or published.method != "date-line"


def test_issue15_a_sentence_that_mentions_a_date_is_not_a_date_line():
    sentence = "<p>The ferry was first proposed on March 3, 2001, by the mayor of the smaller town.</p>"
    published, _ = dates_of(page(STANDFIRST + sentence + STORY))
    assert published is None or published.method != "date-line"


def test_issue15_first_stamp_line_stops_at_its_reach_and_asks_keep():
    """Only lines within the reach are read, and ``keep`` can refuse one (a list item's, another page's)."""
    filler = ["A long paragraph of the story that is not a date line at all. " * 3] * 4
    assert first_stamp_line([*filler, "June 18, 2005"], False, lambda node, day: True) is None
    assert first_stamp_line(["June 18, 2005", "July 2, 2005"], False,
                            lambda node, day: day.month == 7) == date(2005, 7, 2)
    assert first_stamp_line(["Updated", "June 18, 2005"], False, lambda node, day: True) is None


POST = ("<p>Went down to the harbour this morning to see the new ferry being tried out. The captain let a few "
        "of us aboard and we crossed the bay twice before lunch, which took far less time than the bus.</p>")


def headless(top: str, posts: list[tuple[str, str]]) -> str:
    """A blog's front page without a headline: a site header, then posts, each under a date line."""
    body = "".join(f"<h3>{day}</h3><div class='post'>{text}</div>" for day, text in posts)
    return (f"<html><head><title>Bay notes</title></head><body><table><tr><td>{top}</td></tr></table>"
            f"<div>{body}</div></body></html>")


NAVIGATION = "".join(f"<a href='/{n}'>{n}</a> | " for n in (
    "Home", "News", "World", "Politics", "Business", "Science", "Health", "Education", "Sport", "Football",
    "Cricket", "Weather", "Travel", "Culture", "Music", "Film", "Books", "Archive", "Contact us", "About us",
    "Help", "Jobs", "Site map", "Terms", "Privacy", "Accessibility", "Newsletters", "Podcasts", "Radio", "TV",
    "Local news", "Letters", "Obituaries", "Photos", "Video", "Events"))


def test_issue15_a_headless_page_is_dated_by_its_first_date_line_that_opens_prose():
    """Old blog front pages and reports without a headline: the first post's date line, which a paragraph follows,
    dates the page before htmldate's guess (which, asked for the original date, takes the oldest post's)."""
    html = headless("Bay notes", [("Monday, May 23, 2005", POST), ("Thursday, April 28, 2005", POST),
                                  ("Saturday, March 26, 2005", POST)])
    published, _ = dates_of(html)
    assert published is not None
    assert (published.value, published.method) == ("2005-05-23", "date-line")


def test_issue15_a_site_headers_date_of_the_day_followed_by_navigation_is_not_the_headless_pages_date():
    """The day a site header shows (the day the page was fetched) is followed by navigation, not prose: the
    post's date line further down is the date."""
    top = f"<font size=1>Wednesday 27 December 2006</font><br>{NAVIGATION}"
    html = headless(top, [("Monday, May 23, 2005", POST)])
    published, _ = dates_of(html)
    assert published is not None
    assert published.value == "2005-05-23"


def _bay_times_page(head: str, headline: str) -> str:
    """An old table-layout page: the site's archive note on top, then the headline, a dated byline and the story."""
    return (f"<html><head>{head}</head><body>"
            "<table><tr><td><font size=1>Archive of the Bay Times since March 3, 2001 | "
            "<a href='/'>Home</a></font></td></tr><tr><td>"
            f"{headline}<i>By Jane Roe in Harbour Town on a warm Saturday, June 18, 2005</i>"
            f"{STORY}</td></tr></table></body></html>")


def test_issue15_a_title_set_in_bold_text_is_the_headline_of_a_page_without_headings():
    """Old pages set the headline in a <b> or a <font>, no <h1> anywhere: the text that is most of the title is
    the headline, and the date line right under it dates the page (not the site's archive note above it)."""
    html = _bay_times_page("<title>Bay Times: Ferry line to start in spring, towns agree</title>",
                           "<font size=4><b>Ferry line to start in spring, towns agree</b></font><br>")
    published, _ = dates_of(html)
    assert published is not None
    assert published.value == "2005-06-18"


def test_issue15_the_title_tag_finds_the_bold_headline_when_og_title_is_the_sites_name():
    """og:title that only names the site ("Bay Times") matches no text: the <title> does."""
    html = _bay_times_page("<title>Ferry line to start in spring, towns agree | Bay Times</title>"
                           "<meta property='og:title' content='Bay Times'>",
                           "<div class='headline'>Ferry line to start in spring, towns agree</div>")
    published, _ = dates_of(html)
    assert published is not None
    assert published.value == "2005-06-18"


def test_issue15_a_date_line_at_the_top_above_the_headlines_reach_dates_the_page_when_prose_follows():
    """A newsletter's page: its date on top, rows of section links, then headline and story. The line is too far
    above the headline for the kicker; it is read as the page's top date line (prose follows it) before htmldate."""
    sections = " | ".join(f"<a href='/{n}'>{n}</a>" for n in ("Focus", "Briefs", "Resources", "Events", "Archive",
                                                              "Subscribe", "Contact"))
    html = ("<html><head><title>Ferry line to start in spring</title></head><body>"
            f"<p><b>May 12, 2002</b></p><p>{sections}</p><p>{sections}</p>"
            f"<h3>Ferry line to start in spring</h3>{STORY}"
            "<p>The ferry was first proposed on March 3, 2001, by the mayor of the smaller town.</p></body></html>")
    published, _ = dates_of(html)
    assert published is not None
    assert (published.value, published.method) == ("2002-05-12", "date-line")  # the page's line, not a guess
