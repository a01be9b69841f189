"""Page dates (issue 3): published and modified kept apart, time zones kept, traps avoided.

Every page here is a short article written for these tests.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_read import first_visible_day, normalise
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TODAY = date(2026, 11, 25)
STORY = ("<p>The harbour authority said on Tuesday that the new ferry line would start in spring, "
         "after months of talks with the two towns on either side of the bay.</p>"
         "<p>Officials expect about two thousand passengers a day once the service runs every hour.</p>")


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>Ferry line to start in spring</title>{head}</head>'
            f"<body>{body}</body></html>")


def dates_of(html: str, url: str | None = None):
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, url, today=TODAY)


def jsonld(data: dict | list) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_graph_keeps_published_and_modified_apart_with_offsets():
    head = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Bay News"},
        {"@type": "NewsArticle", "headline": "Ferry line to start in spring",
         "datePublished": "2021-08-04T18:41:00+04:00", "dateModified": "2021-08-06T09:00:00+04:00"}]})
    published, modified = dates_of(page(f"<h1>Ferry line to start in spring</h1>{STORY}", head))
    assert published.value == "2021-08-04T18:41:00+04:00"
    assert published.method == "json-ld"
    assert modified.value == "2021-08-06T09:00:00+04:00"


def test_jsonld_nested_main_entity_and_list_values():
    head = jsonld([{"@type": "WebPage", "mainEntity": {
        "@type": "ReportageNewsArticle", "datePublished": ["2020-03-02T10:00:00Z", "2020-03-03T10:00:00Z"]}}])
    published, _ = dates_of(page(STORY, head))
    assert published.value == "2020-03-02T10:00:00+00:00"


def test_broken_jsonld_is_still_read():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry",'
            ' "datePublished": "2019-05-17T08:30:00+02:00",}</script>')
    published, _ = dates_of(page(STORY, head))
    assert published.value == "2019-05-17T08:30:00+02:00"


def test_meta_tags_only_keep_the_time_zone():
    head = ('<meta property="article:published_time" content="2022-01-06T08:29:34+01:00">'
            '<meta property="article:modified_time" content="2022-01-25T14:24:00+01:00">')
    published, modified = dates_of(page(STORY, head))
    assert (published.value, published.method) == ("2022-01-06T08:29:34+01:00", "meta")
    assert modified.value == "2022-01-25T14:24:00+01:00"


def test_a_date_without_zone_gets_none_invented():
    published, _ = dates_of(page(STORY, '<meta name="parsely-pub-date" content="2022-01-06 08:29">'))
    assert published.value == "2022-01-06T08:29:00"


def test_time_tag_with_itemprop_only():
    body = ('<article><h1>Ferry line to start in spring</h1><p class="byline">By Ann Lee · '
            '<time itemprop="datePublished" datetime="2018-06-22T10:20:00+02:00">22 June 2018</time></p>'
            f"{STORY}</article>")
    published, _ = dates_of(page(body))
    assert published.value == "2018-06-22T10:20:00+02:00"


@pytest.mark.parametrize("lang,line,expected", [
    ("en", "Published 3 August 2021", "2021-08-03"),
    ("en", "By Ann Lee | August 3, 2021, 6:41 PM", "2021-08-03"),
    ("de", "Veröffentlicht am 12. März 2021, 14:05 Uhr", "2021-03-12"),
    ("de", "Stand: 28.04.2020 18:00 Uhr", "2020-04-28"),
    ("es", "Publicado el 5 de mayo de 2020", "2020-05-05"),
    ("fr", "Publié le 1er juillet 2019 à 10h", "2019-07-01"),
    ("it", "Pubblicato il 14 settembre 2022", "2022-09-14"),
])
def test_visible_byline_in_several_languages(lang, line, expected):
    body = f'<h1>Ferry line to start in spring</h1><div class="article-meta">{line}</div>{STORY}'
    published, _ = dates_of(page(body, lang=lang))
    assert published.value[:10] == expected
    assert published.method == "visible"


def test_labelled_date_anywhere_when_nothing_else_dates_the_page():
    body = f"<div><div>{STORY}</div><p>Veröffentlicht am 16.08.2019</p></div>"
    published, _ = dates_of(page(body, lang="de"))
    assert published.value == "2019-08-16"


def test_numeric_dates_follow_the_page_locale():
    body = '<h1>Ferry line to start in spring</h1><div class="date">03/04/2021</div>' + STORY
    us_published, _ = dates_of(page(body, lang="en-US"))
    de_published, _ = dates_of(page(body, lang="de"))
    assert us_published.value == "2021-03-04"
    assert de_published.value == "2021-04-03"


def test_url_date_when_the_page_says_nothing():
    published, _ = dates_of(page(STORY), url="https://news.example.org/2019/10/18/ferry-line/")
    assert (published.value, published.method) == ("2019-10-18", "url")


def test_updated_stamp_is_not_the_publication_date():
    body = ('<h1>Ferry line to start in spring</h1><p class="meta">Updated 5 August 2021</p>'
            '<p class="meta-published">Published 3 August 2021</p>' + STORY)
    published, modified = dates_of(page(body))
    assert published.value == "2021-08-03"
    assert modified.value == "2021-08-05"


def test_jsonld_date_modified_alone_is_not_taken_as_published():
    head = jsonld({"@type": "NewsArticle", "dateModified": "2021-08-06T09:00:00Z"})
    published, modified = dates_of(page(STORY, head))
    assert modified.value == "2021-08-06T09:00:00+00:00"
    assert published is None or (published.method == "htmldate" and published.confidence < 0.5)


def test_utc_stamp_moves_to_the_day_the_page_shows_in_its_own_offset():
    """A page stamped 01:09 UTC on the 9th that shows "November 8" and a local -07:00 stamp."""
    head = jsonld({"@type": "NewsArticle", "datePublished": "2023-11-09T01:09:55Z"})
    body = ('<h1>Ferry line to start in spring</h1><div class="time">'
            '<time datetime="2023-11-08T18:09:55-07:00">November 8, 2023 at 6:09 p.m.</time></div>' + STORY)
    published, _ = dates_of(page(body, head))
    assert published.value == "2023-11-08T18:09:55-07:00"
    assert "2023-11-09T01:09:55+00:00" in published.conflicts


def test_utc_stamp_matches_the_day_in_the_url():
    head = jsonld({"@type": "NewsArticle", "datePublished": "2018-12-31T23:11:59Z"})
    published, _ = dates_of(page(STORY, head), url="https://blog.example.org/2019/01/01/new-year/")
    assert published.value[:10] == "2019-01-01"


def test_sources_that_agree_outvote_a_lone_one():
    head = (jsonld({"@type": "NewsArticle", "datePublished": "2022-01-04T07:29:00Z"})
            + '<meta property="article:published_time" content="2022-01-06T08:29:34">'
              '<meta name="date" content="2022-01-06">')
    body = '<h1>Ferry line to start in spring</h1><div class="article__info">06.01.2022</div>' + STORY
    published, _ = dates_of(page(body, head, lang="de"))
    assert published.value[:10] == "2022-01-06"
    assert published.conflicts


def test_related_list_dates_are_not_the_article_date():
    related = "".join(f'<li><a href="/n{i}">Other story {i}</a> <span class="date">1{i}.02.2021</span></li>'
                      for i in range(4))
    body = (f'<h1>Ferry line to start in spring</h1><div class="related"><ul>{related}</ul></div>'
            f'<div class="byline">Von Ann Lee, 03.02.2021</div>{STORY}')
    published, _ = dates_of(page(body, lang="de"))
    assert published.value == "2021-02-03"


def test_teaser_list_without_a_telling_name_is_skipped_as_a_repeated_box():
    teasers = "".join(f'<div class="card"><span class="post-date">{d} March 2021</span></div>' for d in (9, 8, 7))
    body = f'<h1>Ferry line to start in spring</h1>{teasers}{STORY}<p class="entry-date">12 March 2021</p>'
    published, _ = dates_of(page(body))
    assert published.value == "2021-03-12"


def test_undated_page_gets_none():
    published, modified = dates_of(page(f"<h1>Ferry line to start in spring</h1>{STORY}"))
    assert published is None and modified is None


def test_copyright_year_is_not_a_date():
    body = f'<h1>Ferry line to start in spring</h1>{STORY}<footer><p>© 2019 Bay News. All rights reserved.</p></footer>'
    published, _ = dates_of(page(body))
    assert published is None


def test_future_and_epoch_dates_are_refused():
    head = ('<meta property="article:published_time" content="2031-05-01T10:00:00Z">'
            '<meta name="date" content="1970-01-01">')
    published, _ = dates_of(page(STORY, head), url="https://news.example.org/2020/02/17/ferry/")
    assert (published.value, published.method) == ("2020-02-17", "url")


def test_normalise_shapes():
    assert normalise("2021-08-04T18:41:00.000Z") == "2021-08-04T18:41:00+00:00"
    assert normalise("2021-08-04T18:41:00+0400") == "2021-08-04T18:41:00+04:00"
    assert normalise("Fri, 04 Feb 2022 15:33:00 +0100") == "2022-02-04"
    assert normalise("2021-02-30") is None
    assert normalise("not a date") is None
    assert first_visible_day("2021年3月12日 10:00", month_first=False) == date(2021, 3, 12)
    assert first_visible_day("12 марта 2021 г.", month_first=False) == date(2021, 3, 12)


def test_dotted_numeric_date_is_day_first_even_on_an_english_page():
    """04.08.2021 is 4 August everywhere; only slashed dates follow an en-US page's month-first habit."""
    from newstrace.extract.date_read import first_visible_day

    assert first_visible_day("18:41 GMT+4 04.08.2021", month_first=True).isoformat() == "2021-08-04"
    assert first_visible_day("Posted 08/04/2021 at noon", month_first=True).isoformat() == "2021-08-04"
    assert first_visible_day("Posted 04/08/2021 at noon", month_first=False).isoformat() == "2021-08-04"


def test_issue15_date_line_right_under_the_headline_is_the_publication_date():
    body = "<h1>Ferry line to start in spring</h1><p>By Jane Roe, 12 March 2021</p>" + STORY
    published, _ = dates_of(page(body))
    assert (published.value, published.method) == ("2021-03-12", "visible")


def test_issue15_a_date_in_the_story_below_the_headline_is_an_event_not_the_publication():
    """The lead paragraph's "on 3 March 2019" (an event the story reports) is not the page's date;
    the URL's day is."""
    lead = ("<p>Ferry passengers across the bay will soon have a second line. The harbour authority "
            "first proposed the route on 3 March 2019, and the towns on both sides agreed to it last week.</p>")
    body = "<h1>Ferry line to start in spring</h1>" + lead + STORY
    published, _ = dates_of(page(body), url="https://news.example.org/2021/05/20/ferry-line/")
    assert (published.value, published.method) == ("2021-05-20", "url")


def test_issue15_a_full_url_date_outweighs_the_site_headers_date_of_today():
    """The day printed in the site's header is the day the page was served; the URL's day is the day the
    article was made. Nothing machine-readable on the page: the URL wins over the visible date."""
    body = ('<div class="top"><span class="date-header">Wednesday, November 7 2012</span></div>'
            "<h1>Ferry line to start in spring</h1>" + STORY)
    published, _ = dates_of(page(body), url="https://news.example.org/2012/11/05/ferry-line/")
    assert (published.value, published.method) == ("2012-11-05", "url")
    assert "2012-11-07" in published.conflicts


def test_issue15_the_pages_own_stamp_still_outweighs_the_url():
    """A JSON-LD stamp of the article, or a meta stamp the page's date line repeats, is not overruled by the
    URL alone (a print edition's URL carries the next day)."""
    head = '<meta property="article:published_time" content="2012-11-04T21:30:00-05:00">'
    body = "<h1>Ferry line to start in spring</h1><p class='byline'>Published: November 4, 2012</p>" + STORY
    published, _ = dates_of(page(body, head=head), url="https://news.example.org/2012/11/05/ferry-line/")
    assert (published.value, published.method) == ("2012-11-04T21:30:00-05:00", "meta")
    head = jsonld({"@type": "NewsArticle", "datePublished": "2012-11-08T09:30:00-05:00"})
    published, _ = dates_of(page("<h1>Ferry line to start in spring</h1>" + STORY, head=head),
                            url="https://news.example.org/2012/11/05/ferry-line/")
    assert (published.value, published.method) == ("2012-11-08T09:30:00-05:00", "json-ld")


def test_issue15_a_lone_meta_stamp_weeks_after_the_urls_day_gives_way_to_the_url():
    """A catalogue date (``DC.date.issued`` set when a post was re-filed) that nothing on the page repeats
    does not outweigh the day in the URL, which was set when the post was first made."""
    head = '<meta name="DC.date.issued" content="2011-12-15">'
    body = ("<h1>Ferry line to start in spring</h1>" + STORY +
            "<p class='date hidden'><abbr class='updated' title='2011-11-29T15:00:00-0400'>Nov 29, 2011</abbr></p>")
    published, modified = dates_of(page(body, head=head), url="https://news.example.org/blog/2011/11/18/ferry-line/")
    assert (published.value, published.method) == ("2011-11-18", "url")
    assert "2011-12-15" in published.conflicts


@pytest.mark.parametrize(("url", "expected"), [
    ("https://blog.example.net/2012/08/ferry-line.html", "2012-08-05"),
    ("https://blog.example.net/2012/05/ferry-line.html", "2012-05-08"),
])
def test_issue15_a_slashed_date_both_readings_allow_follows_the_urls_month(url, expected):
    """A page that declares no language writes "8/5/2012": the month in its URL says which reading it is."""
    body = '<h1>Ferry line to start in spring</h1><p class="byline">Posted by Jane Roe on 8/5/2012</p>' + STORY
    html = page(body).replace(' lang="en"', "")
    published, _ = dates_of(html, url=url)
    assert (published.value, published.method) == (expected, "visible")


def test_issue15_a_dotted_date_stays_day_first_whatever_the_url():
    body = '<h1>Ferry line to start in spring</h1><p class="byline">Posted by Jane Roe on 8.5.2012</p>' + STORY
    published, _ = dates_of(page(body), url="https://blog.example.net/2012/08/ferry-line.html")
    assert published.value == "2012-05-08"


def test_issue15_htmldate_day_and_month_swapped_back_into_the_urls_month():
    from newstrace.extract.date_htmldate import in_url_month as _in_url_month
    from newstrace.record import DateValue

    found = _in_url_month(DateValue("2012-05-11", "htmldate", 0.55), (2012, 11))
    assert (found.value, found.conflicts) == ("2012-11-05", ("2012-05-11",))
    assert _in_url_month(DateValue("2012-05-11", "htmldate", 0.55), (2012, 5)).value == "2012-05-11"
    assert _in_url_month(DateValue("2012-05-13", "htmldate", 0.55), (2012, 11)).value == "2012-05-13"
