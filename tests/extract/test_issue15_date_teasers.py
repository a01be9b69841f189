"""Dates of other stories (issue 15, trust): an undated article beside a "Read also" box or a list of headlines
must not be dated, with confidence, by a teaser's date. Every page here is written for these tests."""

from __future__ import annotations

from newstrace.extract.date_confidence import DOUBTFUL
from tests.extract.date_pages import page_dates

STORY = ("<p>The city council voted on Monday to extend the night bus network to the northern suburbs, after a year "
         "of complaints from shift workers who had no way home.</p><p>The first new lines will run from the autumn, "
         "the transport office said, and fares will stay the same for the first year.</p>")
READ_ALSO = ("<div><h3>Read also</h3><div><a href='/ferry'>Harbour ferry to start in spring</a><br>April 28, 2020"
             "</div><div><a href='/library'>Library opens on Sundays</a><br>April 27, 2020</div></div>")
RELATED = ("<aside class='related'><ul><li><a href='/ferry'>Harbour ferry to start in spring</a> "
           "<span class='date'>April 28, 2020</span></li><li><a href='/library'>Library opens on Sundays</a> "
           "<span class='date'>April 27, 2020</span></li></ul></aside>")


def page(line: str = "", after: str = "", heading: str = "<h1>Night buses to reach the suburbs</h1>") -> str:
    return (f"<html lang='en'><head><title>Night buses to reach the suburbs</title></head><body><header><nav>"
            f"<a href='/'>Home</a></nav></header><main><article>{heading}{line}{STORY}</article>{after}</main>"
            "<footer>City Paper</footer></body></html>")


def doubted_or_none(published) -> bool:
    return published is None or published.confidence < DOUBTFUL


def test_issue15_an_undated_article_is_not_dated_by_the_read_also_box_below_it():
    """Before, the first date-only line below the headline was the teaser's (date-line, confidence 0.93)."""
    published, _ = page_dates(page(after=READ_ALSO))
    assert doubted_or_none(published)


def test_issue15_a_day_shown_only_under_other_stories_titles_is_doubted():
    """htmldate, the last resort, takes a related list's day (before: confidence 0.78); it is kept, doubted."""
    for html in (page(after=RELATED), page(after=READ_ALSO, heading=""), page("<span>3 hours ago</span>", RELATED)):
        published, _ = page_dates(html)
        assert doubted_or_none(published)


def test_issue15_the_articles_own_date_line_beside_teasers_stays_trusted():
    published, _ = page_dates(page("<p class='byline'>By Ann Lee | May 4, 2020</p>", after=READ_ALSO + RELATED))
    assert published is not None and published.value[:10] == "2020-05-04" and published.confidence >= DOUBTFUL


def test_issue15_a_headline_set_as_a_link_and_share_links_are_no_teasers():
    """A blog's post title is a link to the post itself; share buttons sit in a box of their own."""
    heading = "<h2><a href='/night-buses'>Night buses to reach the suburbs</a></h2>"
    shares = ("<div class='share'><a href='https://bookmarks.example/add'>Save this on your bookmarks</a></div>"
              "<p>Here is the news from the council this week.</p><div>May 4, 2020</div>")
    for html in (page("<div>May 4, 2020</div>", heading=heading), page(shares)):
        published, _ = page_dates(html)
        assert published is not None and published.value[:10] == "2020-05-04" and published.confidence >= DOUBTFUL


def test_issue15_a_teaser_cards_microdata_date_does_not_outvote_the_date_line():
    """A related story's ``<meta itemprop="datePublished">`` was read as a page meta tag (weight 2.5) and beat
    the article's own date line (2.2); the article's own microdata, in its footer, still counts."""
    card = ("<div class='related'><article itemscope itemtype='https://schema.org/NewsArticle'><a href='/ferry'>"
            "Harbour ferry to start in spring</a><meta itemprop='datePublished' content='2020-04-28'></article></div>")
    published, _ = page_dates(page("<p>May 4, 2020</p>", after=card))
    assert published is not None and published.value[:10] == "2020-05-04"
    own = ("<footer><meta itemprop='datePublished' content='2020-05-04T09:00:00+02:00'></footer>")
    html = page(after=card).replace("<article>", "<article itemscope itemtype='https://schema.org/NewsArticle'>", 1)
    published, _ = page_dates(html.replace("</article>", own + "</article>", 1))
    assert published is not None and (published.value[:10], published.method) == ("2020-05-04", "meta")


NAV = "<nav>" + "".join(f"<a href='/{s}'>{s}</a>" for s in ("news", "sport", "business", "culture")) + "</nav>"


def site_page(header: str, body: str) -> str:
    return (f"<html lang='en'><head><title>Night buses to reach the suburbs</title></head><body><header>{header}"
            f"</header>{body}</body></html>")


def test_issue15_the_site_headers_date_of_the_day_is_not_the_articles():
    """Before, the header's "today" above an undated article was its date line (visible, confidence 0.85)."""
    body = f"<main><article><h1>Night buses to reach the suburbs</h1>{STORY}</article></main>"
    for header in (f"<div>Monday, May 11, 2020</div>{NAV}", f"{NAV}<div>Monday, May 11, 2020</div>"):
        published, _ = page_dates(site_page(header, body))
        assert doubted_or_none(published)


def test_issue15_a_posts_own_header_outside_an_article_element_keeps_its_date():
    """HTML5 blog templates without <article>: the post's <header> holds its title and its date line."""
    post = (f"<div class='post'><header><h2>Night buses to reach the suburbs</h2><p>Posted on May 4, 2020 by Ann"
            f"</p></header>{STORY}</div>")
    published, _ = page_dates(site_page(NAV, post))
    assert published is not None and published.value[:10] == "2020-05-04" and published.confidence >= DOUBTFUL


def test_issue15_a_day_only_in_a_more_stories_boxs_time_stamps_is_doubted():
    """htmldate reads the ``<time datetime>`` of a "more stories" box beside an undated article (before: 0.78)."""
    more = ("<section class='more-stories'><article><h3><a href='/ferry'>Harbour ferry to start in spring</a></h3>"
            "<time datetime='2020-04-28T10:00:00Z'>April 28</time></article></section>")
    published, _ = page_dates(page(after=more))
    assert doubted_or_none(published)
    own = "<p><time datetime='2020-05-04T09:00:00Z'>Monday</time></p>"
    published, _ = page_dates(page(own, after=more))
    assert published is not None and published.value[:10] == "2020-05-04" and published.confidence >= DOUBTFUL


def test_issue15_a_time_stamp_under_the_headline_with_relative_text_is_the_date_line():
    """``<time datetime>`` whose text is "3 hours ago" or a weekday was skipped (no year in its text): htmldate
    dated the page. An "Updated" label in or before it makes it the update."""
    published, modified = page_dates(page("<time datetime='2020-05-04T09:00:00Z'>3 hours ago</time>"))
    assert published is not None and (published.value[:10], published.method) == ("2020-05-04", "visible")
    line = ("<p>Published <time datetime='2020-05-04T09:00:00Z'>Monday</time> · Updated "
            "<time datetime='2020-05-09T09:00:00Z'>2 hours ago</time></p>")
    published, modified = page_dates(page(line))
    assert published is not None and published.value[:10] == "2020-05-04"
    assert modified is not None and modified.value[:10] == "2020-05-09"


def test_issue15_a_readers_comment_line_is_not_the_articles_date_line():
    """Before, "Ann said on May 6, 2020" under an undated article was its date line (date-line, 0.93)."""
    comments = ("<div><h3>2 responses</h3><div><b>Ann</b> said on May 6, 2020<p>About time too.</p></div>"
                "<div><b>Bob</b> says: May 7, 2020 at 8:00 am<p>Will they run on Sundays?</p></div></div>")
    published, _ = page_dates(page(after=comments))
    assert doubted_or_none(published)
    series = page("<p>Stuff the council says on buses for May 4, 2020</p>")
    published, _ = page_dates(series)  # a title that says "says on" before other words is no comment
    assert published is not None and published.value[:10] == "2020-05-04" and published.confidence >= DOUBTFUL
