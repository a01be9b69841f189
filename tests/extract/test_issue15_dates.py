"""Page dates that hold on unseen pages (issue 15): each rule below was checked on the unseen training
pages (``bench/dates_training.py``) before it stayed. Every page here is written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_read import first_visible_day
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html
from newstrace.extract.timestamps import parse_timestamp

TODAY = date(2026, 11, 25)
STORY = ("<p>The harbour authority said on Tuesday that the new ferry line would start in spring, "
         "after months of talks with the two towns on either side of the bay.</p>"
         "<p>Officials expect about two thousand passengers a day once the service runs every hour.</p>")
SITE_BLURB = ("<p>Notes on ferries, harbours and the small towns around the bay, written by Jane Roe since "
              "2009 and read by a few friends.</p>")


def dates_of(html: str, url: str | None = None):
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, url, today=TODAY)


def blog(body: str, title: str = "Ferry line to start in spring - Bay Blog", head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def test_issue15_a_month_first_date_with_a_day_over_12_is_read():
    """09/21/2012 has only one reading (the 21st is no month): it was not read at all before."""
    assert first_visible_day("Posted on 09/21/2012 at 03:08 PM", month_first=False) == date(2012, 9, 21)
    assert first_visible_day("Posted on: 07-20-2012 With: 1 Comment", month_first=False) == date(2012, 7, 20)
    assert first_visible_day("am 21.09.2012", month_first=True) == date(2012, 9, 21)
    assert first_visible_day("on 31/31/2012", month_first=False) is None
    stamp = parse_timestamp("Posted 09/21/2012 3:08 PM")
    assert stamp is not None and stamp.value.startswith("2012-09-21T15:08")


def test_issue15_a_blog_posts_title_in_an_h3_under_the_sites_h1_is_the_headline():
    """Blog templates: the site's name in the <h1>, the post's title in an <h3>, its date line under it;
    the comments below carry later days."""
    body = ("<h1>Bay Blog</h1>" + SITE_BLURB + "<h3>Ferry line to start in spring</h3>"
            "<p>by Jane Roe on November 7, 2010</p>" + STORY +
            "<div><p>by Ann Lee on November 9, 2010 at 6:10 am.</p><p>Good news for the towns.</p></div>")
    published, _ = dates_of(blog(body))
    assert (published.value, published.method) == ("2010-11-07", "visible")


def test_issue15_a_comments_heading_that_quotes_the_title_is_not_the_headline():
    from newstrace.extract.date_headline import headline

    html = blog('<h1>Bay Blog</h1><h2>3 comments on "Ferry line to start in spring - Bay Blog"</h2>'
                '<h3>Ferry line to start in spring</h3>' + STORY)
    tree = parse_html(html)
    found = headline(tree, metadata.read_page_meta(tree))
    assert found is not None and found.tag == "h3"


def test_issue15_the_previous_posts_link_above_the_headline_is_not_the_date():
    """A "« previous post" link (its title holds its own date) sits right above the headline; the post's
    own date is in its footer line."""
    body = ('<p class="content-nav"><a href="/2012/11/week-in-review.html">&laquo; Week in review - '
            'October 29, 2012</a> | <a href="/">Main</a></p>'
            "<h3>Ferry line to start in spring</h3>" + STORY +
            '<p class="entry-footer-info">Posted on November 05, 2012 | Permalink</p>')
    published, _ = dates_of(blog(body))
    assert published.value == "2012-11-05"


def test_issue15_a_bootstrap_nav_list_under_the_headline_is_still_the_date_line():
    """Bootstrap calls any inline list "nav": a meta list of that class is the article's own date line."""
    body = ('<h1>Ferry line to start in spring</h1><ul class="nav meta"><li><a href="/time/2020-10-13">'
            "13 Oct 2020 18:29</a></li><li>1479 views</li></ul>" + STORY)
    published, _ = dates_of(blog(body, title="Ferry line to start in spring"))
    assert (published.value, published.method) == ("2020-10-13", "visible")


def test_issue15_a_time_element_shows_readers_the_local_day_of_a_utc_stamp():
    """<time datetime="...T23:01Z">2 November 2023</time>: a minute past midnight in the page's zone; the
    published day is the one readers see, not the UTC day of the stamp."""
    stamp = "2023-11-01T23:01:00Z"
    head = ('<script type="application/ld+json">' +
            json.dumps({"@type": "NewsArticle", "datePublished": stamp}) + "</script>")
    body = ("<h1>Ferry line to start in spring</h1><p>The second line across the bay will carry two thousand "
            "passengers a day from the first of March onwards.</p>"
            f'<div><time datetime="{stamp}" class="story__date">'
            "2 November 2023</time></div>" + STORY)
    published, _ = dates_of(blog(body, title="Ferry line to start in spring", head=head))
    assert published.value[:10] == "2023-11-02"
    assert published.method == "json-ld"


def test_issue15_the_container_that_holds_the_headline_is_never_foreign():
    """Blog templates wrap every post in a feed container (``hfeed``, Blogger's ``widget Blog``): the date
    line inside the post is the article's own, read as its visible date (not left to the last resort);
    a comment inside the same container is still another's."""
    body = ('<div class="widget Blog"><div class="blog-posts hfeed"><div class="post hentry">'
            '<h3 class="post-title">Ferry line to start in spring</h3>' + SITE_BLURB +
            '<div class="post-header"><span class="entry-date">Thursday, August 9, 2012</span></div>' + STORY +
            '<div class="comment-block"><span class="comment-date">August 11, 2012</span></div>'
            "</div></div></div>")
    published, _ = dates_of(blog(body))
    assert (published.value, published.method) == ("2012-08-09", "visible")


HEADLINE = "<h1>Ferry line to start in spring</h1>"


def test_issue15_an_update_line_alone_under_the_headline_leaves_room_for_originally_published():
    """The date line shows only the update; the first publication is stated further down. Published is the
    first publication, modified the update (before, the update day was the only one found, for both)."""
    body = (HEADLINE + "<p class='byline'>Updated March 14, 2021</p>" + STORY +
            "<p class='note'>Originally published March 8, 2021</p>")
    published, modified = dates_of(blog(body, title="Ferry line to start in spring"))
    assert (published.value, modified.value) == ("2021-03-08", "2021-03-14")


@pytest.mark.parametrize("standfirst", ["", SITE_BLURB])  # the line right under the headline, or a box further down
def test_issue15_a_date_line_whose_parts_say_updated_and_published_keeps_them_apart(standfirst):
    body = (HEADLINE + standfirst + "<div class='meta'><span class='date-updated'>14.03.2021</span> "
            "<span class='date-published'>08.03.2021</span></div>" + STORY)
    published, modified = dates_of(blog(body, title="Ferry line to start in spring"))
    assert (published.value, modified.value) == ("2021-03-08", "2021-03-14")


def test_issue15_a_date_line_with_an_undated_author_box_inside_is_still_read():
    body = HEADLINE + "<div class='meta'>Published 8 March 2021 <span class='author'>Jane Roe</span></div>" + STORY
    published, modified = dates_of(blog(body, title="Ferry line to start in spring"))
    assert (published.value, published.method, modified) == ("2021-03-08", "visible", None)


def test_issue15_htmldate_fast_finding_only_the_update_day_gives_way_to_its_extensive_search():
    """Nothing near the headline dates the page; htmldate's fast mode finds only the footer's "Last Updated"
    day, which is the page's modified date. Its extensive search (asked directly) finds the report's own
    day in the subheading: published is that (the first publication), modified the update."""
    from htmldate import find_date

    body = (HEADLINE + STORY * 3 + "<h2>Report to the harbour council<br> Valmora, 3-4 March 2019</h2>" + STORY +
            "<table><tr><td>Last Updated:<br>2019-05-20</td><td><a href='#top'>Top of page</a></td></tr></table>")
    page = blog(body, title="Ferry line report")
    assert find_date(page, original_date=True, extensive_search=False, outputformat="%Y-%m-%d") == "2019-05-20"
    published, modified = dates_of(page)
    assert (published.value, published.method) == ("2019-03-04", "htmldate")
    assert modified.value == "2019-05-20"


def test_issue15_date_box_walkers_give_what_the_xpaths_gave():
    """Speed: the elements around the headline are walked in Python (libxml2 collects a whole axis before
    it applies ``position() <= n``); for every element of a nested page and several reaches, the walkers
    return the XPath's elements in the XPath's order (before: nearest first)."""
    from newstrace.extract import date_walk as walk
    from newstrace.extract.date_boxes import is_box as _is_box

    page = blog('<div id="top" class="site-header"><ul class="nav"><li class="item">Home</li><!-- c -->'
                '<li class="item"><a class="link" href="/">News</a></li></ul><time>1 May 2020</time></div>'
                '<div class="wrap"><article class="post"><header class="entry-header"><span class="kicker">Ferries'
                '</span><h1 class="title">Ferry line to start in spring</h1><p class="byline">by <b>Jane Roe</b>'
                '<time class="date" datetime="2020-05-02">2 May 2020</time></p></header>'
                '<script class="js">var a = 1;</script><div class="content" itemprop="articleBody">' + STORY +
                '<span itemprop="datePublished" content="2020-05-02"></span><meta itemprop="dateModified" '
                'content="2020-05-03"><p id="note">Note<span class="x">y</span></p></div></article>'
                '<aside class="related"><ul><li class="teaser">A</li><li class="teaser">B</li></ul></aside></div>'
                '<footer id="foot" class="site-footer"><p class="copy">(c) Bay Blog</p></footer>',
                head='<meta itemprop="datePublished" content="2020-01-01">')
    tree = parse_html(page)
    elements = [el for el in tree.iter() if isinstance(el.tag, str)]
    assert len(elements) > 30
    for el in elements:
        for n in (1, 3, 7, 400):
            if el.tag not in ("html", "head", "body") and walk._in_body(el):
                assert walk.boxes_after(el, n) == walk.BOXES_AFTER(el, n=n), (el.tag, el.get("class"), n)
                assert walk.boxes_before(el, n) == walk.BOXES_BEFORE(el, n=n)[::-1], (el.tag, el.get("class"), n)
            if el.tag not in ("html", "head", "body"):  # issue 15, speed: the box test run inside the walk
                assert walk.boxes_after(el, n, keep=_is_box) == [b for b in walk.boxes_after(el, n) if _is_box(b)]
                assert walk.boxes_before(el, n, keep=_is_box) == [b for b in walk.boxes_before(el, n) if _is_box(b)]
    props = {"datePublished", "datepublished", "dateModified", "datemodified"}
    expected = [el for el in tree.xpath("//body//*[@itemprop]") if el.get("itemprop") in props]
    assert walk.markup_elements(tree) == expected and [el.tag for el in expected] == ["span", "meta"]


@pytest.mark.parametrize("stamp, expected", [
    ("Feb 05, 2005", "2005-02-04"),  # a print edition's day, after the day the page shows: the date line's day
    ("2005/02/05 01:55:05", "2005-02-04"),  # a stamp read without its time (another zone): the same
    ("Feb 03, 2005", "2005-02-03"),  # an earlier stamp stays: it may be the first publication
])
def test_issue15_an_untimed_stamp_a_day_after_the_date_line_gives_way_to_it(stamp, expected):
    """The page shows 'Friday, February 4, 2005' under its headline; a meta stamp without a time says the
    5th. Before, only stamps with a time one day off the date line were settled to the page's day."""
    head = f'<meta name="pubdate" content="{stamp}">'
    body = HEADLINE + "<p class='byline'>Friday, February 4, 2005</p>" + STORY
    published, _ = dates_of(blog(body, title="Ferry line to start in spring", head=head))
    assert (published.value, published.method) == (expected, "meta")
    assert expected == "2005-02-03" or "2005-02-05" in published.conflicts  # the stamp's day stays as a conflict


def test_issue15_a_headline_whose_title_sits_in_a_link_leaves_the_date_line_its_reach():
    """Blog templates write '<h3>\\n<a href=...>Title</a>\\n</h3>': the heading's first text node is the
    blank before the link, so the title itself was read as the heading's small print and used up the
    80 characters of the lead, cutting the date line under it in half."""
    title = "Boost your results with the new ferry timetable, now available to all riders"
    body = (f"<h1>Bay Blog</h1>{SITE_BLURB}<div class='post'><h3 class='post-title'>\n<a href='/p/1'>{title}</a>\n"
            "</h3><p>\nThursday, October 25, 2012 | 7:14 AM\n</p>" + STORY + "</div>"
            "<p>Comments are closed since October 29, 2012.</p>")
    published, _ = dates_of(blog(body, title=f"{title} - Bay Blog"))
    assert (published.value, published.method) == ("2012-10-25", "visible")


def test_issue15_a_post_heading_is_the_headline_when_the_h1_is_the_site_half_of_the_title():
    """'Harbour Town Ferry Blogs: Ferry lines start soon!' -- the <h1> (the site name) and the post's <h3> are each
    just under half of the title; the <h3> is all of the title's post part, so the date line under it is read, not
    the archive's or the comments' dates."""
    body = ("<h1>Harbour Town Ferry Blogs</h1>" + SITE_BLURB
            + '<ul class="nav"><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul>'
            + "<h3>Ferry lines start soon!</h3><h2>Posted by\nMargaret Whitfield-Anderson - Friday, October 26, 2012\nat\n5:15 PM</h2>" + STORY
            + '<div class="archive"><p>October 2012 (4)</p><p>September 2012 (7)</p></div>'
            + "<p>Anna wrote on 01.10.2012 12:00: Finally!</p>")
    published, _ = dates_of(blog(body, title="Harbour Town Ferry Blogs: Ferry lines start soon!"))
    assert published is not None
    assert (published.value, published.method) == ("2012-10-26", "visible")


def test_issue15_text_walkers_give_what_the_text_axes_gave():
    """Speed: the text nodes after and before the headline (its date line, its kicker) are read from the tree as
    far as needed (libxml2 collects every text node to the end of the page first); for every element of pages we
    wrote, with tails, whitespace, scripts, entities and comments (kept by lxml's own parser) and several reaches,
    they are the XPath's text nodes in its order, with the same parent and tail flag."""
    from lxml import etree
    from lxml import html as lxml_html

    from newstrace.extract import date_walk as walk

    after, before = etree.XPath("following::text()[position() <= $n]"), etree.XPath("preceding::text()[position() <= $n]")
    body = ('<div class="top">Site &amp; news<ul><li>Home</li> <!-- c --> <li><a href="/">News</a> tail</li></ul>'
            '<?pi x?>after pi</div>\n<article><header><span class="kicker">Ferries</span> | <b>Bay</b>'
            '<h1>Ferry <i>line</i> to start</h1>\n  <p class="byline">by <b>Jane Roe</b>, <time>2 May 2020</time>'
            '</p></header><script>var a = "<p>";</script>' + STORY + '<p>Last <br>line</p></article> end')
    pages = [parse_html(blog(body)), lxml_html.document_fromstring(f"<html><body>{body}</body></html>")]
    assert any(isinstance(el.tag, str) is False for el in pages[1].iter())  # a comment and a PI kept there
    for tree in pages:
        for el in [el for el in tree.iter() if isinstance(el.tag, str)]:
            for n in (1, 2, 12, 80):
                for ours, theirs in ((list(walk.following_texts(el, n)), after(el, n=n)),
                                     (walk.preceding_texts(el, n), before(el, n=n))):
                    assert [(str(t), t.getparent(), t.is_tail) for t in ours] == \
                        [(str(t), t.getparent(), t.is_tail) for t in theirs], (el.tag, n)
