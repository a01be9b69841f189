"""A date given as a <dl> pair ("<dt>Published</dt><dd>4 March 2021</dd>", "Datum:", "Date:") is read with its
label, and a headline under 10 characters that is the page title ("Ferry go") is the headline the date line is
read around (issue 15). Every page here is written for these tests."""

from __future__ import annotations

import pytest
from tests.extract.date_pages import page_dates

STORY = ("<p>The harbour authority said on Tuesday that the new ferry line would start in spring, after months of "
         "talks with the two towns on either side of the bay.</p>"
         "<p>Officials expect about two thousand passengers a day once the service runs every hour.</p>")
GESCHICHTE = ("<p>Die Hafenbehörde teilte am Dienstag mit, dass die neue Fährlinie im Frühjahr starten soll, nach "
              "monatelangen Gesprächen mit den beiden Städten auf beiden Seiten der Bucht.</p>")
# the site's header shows the day's date above every article (not the article's)
TOP = '<div class="top"><span>Monday, March 8, 2021</span> <a href="/">Home</a> <a href="/n">News</a></div>'


def page(body: str, title: str = "Ferry line to start in spring", lang: str = "en") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>{body}</body></html>'


HEAD = "<h1>Ferry line to start in spring</h1>"


@pytest.mark.parametrize("body", [
    TOP + HEAD + "<p>By Ann Lee</p>" + STORY * 3 + "<dl><dt>Date:</dt><dd>March 4, 2021</dd></dl>",
    TOP + HEAD + STORY + '<dl class="x"><dt>Author</dt><dd>Ann Lee</dd><dt>Published</dt><dd>4 March 2021</dd>'
    "<dt>Last updated</dt><dd>6 March 2021</dd></dl>",
    TOP + HEAD + STORY * 6 + "<dl><dt>Published</dt><dd>4 March 2021</dd></dl>",
    TOP + '<div class="story">' + HEAD + STORY + "<dl><dt>Section</dt><dd>Local</dd><dt>Date of publication</dt>"
    "<dd>03/04/2021</dd></dl></div>",
])
def test_issue15_a_dl_pair_gives_the_articles_date_over_the_sites_day(body):
    published, _ = page_dates(page(body))
    assert published is not None and published.value[:10] == "2021-03-04"


def test_issue15_a_dl_pair_in_german_keeps_the_update_apart():
    body = (TOP + "<h1>Fähre startet im Frühling</h1><dl><dt>Aktualisiert</dt><dd>06.03.2021</dd>"
            "<dt>Veröffentlicht</dt><dd>04.03.2021</dd></dl>" + GESCHICHTE)
    published, modified = page_dates(page(body, title="Fähre startet im Frühling", lang="de"))
    assert published is not None and published.value[:10] == "2021-03-04"
    assert modified is not None and modified.value[:10] == "2021-03-06"


def test_issue15_a_dl_pair_labelled_as_an_update_is_only_the_modified_date():
    body = TOP + '<div class="story">' + HEAD + STORY + "<dl><dt>Last updated</dt><dd>6 March 2021</dd></dl></div>"
    published, modified = page_dates(page(body))
    assert modified is not None and modified.value[:10] == "2021-03-06"
    assert published is None or published.value[:10] != "2021-03-06" or published.confidence < 0.5


def test_issue15_a_dd_under_another_term_is_no_date_box():
    body = TOP + HEAD + STORY + "<dl><dt>Founded</dt><dd>4 March 1921</dd></dl>"
    published, _ = page_dates(page(body))
    assert published is None or published.value[:10] != "1921-03-04"


@pytest.mark.parametrize("body,title", [
    (TOP + '<h1>Ferry go</h1><p class="byline">By Ann Lee, March 4, 2021</p>' + STORY, "Ferry go"),
    (TOP + '<p class="kicker">March 4, 2021</p><h1>Ferry go</h1>' + STORY, "Ferry go | Bay News"),
    (TOP + "<h1>Bay News</h1><h2>Ferry go</h2><span>March 4, 2021</span>" + STORY, "Ferry go - Bay News"),
    (TOP + "<h1>Ferry go</h1><p>March 4, 2021</p><p>Ferry go.</p>"
     '<ul><li><a href="/a">Next</a></li></ul>', "Ferry go"),
])
def test_issue15_a_short_headline_that_is_the_title_is_read_around(body, title):
    published, _ = page_dates(page(body, title=title))
    assert published is not None and published.value[:10] == "2021-03-04"


def test_issue15_a_short_site_name_is_no_headline():
    """ "Bay News: Ferry go": the part before a colon, or a heading that is a link, is the site's name."""
    from newstrace.extract import metadata
    from newstrace.extract.date_headline import headline
    from newstrace.extract.html import parse_html

    for html in (page('<h1><a href="/">Bay News</a></h1><p>x</p>', title="Bay News"),
                 page("<h1>Bay News</h1><p>x</p>", title="Bay News: Ferry go"),
                 page("<h1>Bay News</h1><p>x</p>", title="Ferry go | Bay News")):
        tree = parse_html(html)
        assert headline(tree, metadata.read_page_meta(tree)) is None
