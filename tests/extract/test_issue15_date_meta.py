"""Publication stamps in meta tags under the names other vocabularies and CMSs give them (issue 15): Dublin
Core with a colon, the Open Graph property's full IRI, IPTC rNews. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TODAY = date(2026, 11, 25)
STORY = ("<h1>Ferry line to start in spring</h1>"
         "<p>The harbour authority said on Tuesday that the new ferry line would start in spring, after months "
         "of talks with the two towns on either side of the bay.</p>"
         "<p>Officials expect about two thousand passengers a day once the service runs every hour.</p>")


def dates_of(head: str):
    html = f"<html><head><title>Ferry line to start in spring</title>{head}</head><body>{STORY}</body></html>"
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, None, today=TODAY)


@pytest.mark.parametrize("published_name, modified_name", [
    ("DCTERMS:created", "DCTERMS:modified"),
    ("http://ogp.me/ns/article#published_time", "http://ogp.me/ns/article#modified_time"),
    ("rnews:datePublished", "rnews:dateModified"),
])
def test_issue15_published_and_modified_stamps_under_other_vocabularies_names(published_name, modified_name):
    published, modified = dates_of(f'<meta name="{published_name}" content="2019-03-04T08:30:00+01:00">'
                                   f'<meta name="{modified_name}" content="2019-03-06T10:00:00+01:00">')
    assert published is not None and (published.value[:10], published.method) == ("2019-03-04", "meta")
    assert modified is not None and modified.value[:10] == "2019-03-06"


def test_issue15_a_modified_stamp_alone_is_a_doubted_publication_date():
    """The last resort (htmldate) may give the update stamp's day: known as the update, it is trusted little
    (before, the stamp was unknown and the day came with htmldate's usual 0.755)."""
    published, modified = dates_of('<meta name="dcterms:modified" content="2019-03-06">')
    assert published is not None and published.confidence < 0.5
    assert modified is not None and modified.value == "2019-03-06"


@pytest.mark.parametrize("published_name, modified_name", [
    ("publish_time", "og:modified_time"),               # Chinese and Korean news CMSs
    ("article:published_date", "article:modified_date"),
    ("ptime", "lastmodified"),
    ("mediator_published_time", "revision_date"),
])
def test_issue15_published_stamps_under_cms_names_htmldate_also_reads(published_name, modified_name):
    """Names htmldate lists (issue 15, worldwide news): before, the cascade left these pages to htmldate, which
    reads no modified stamp apart from the published one and is trusted little (method 'htmldate')."""
    published, modified = dates_of(f'<meta name="{published_name}" content="2020-05-04 21:30:00">'
                                   f'<meta property="{modified_name}" content="2020-05-07T09:00:00+09:00">')
    assert published is not None and (published.value[:10], published.method) == ("2020-05-04", "meta")
    assert modified is not None and modified.value[:10] == "2020-05-07"


def test_issue15_a_registration_day_or_a_generation_time_is_no_publication_stamp():
    """'og:regdate' (a user's registration on some boards) and 'gentime' (the page's build) stay unread."""
    published, _ = dates_of('<meta property="og:regdate" content="20150101093000">'
                            '<meta name="gentime" content="2020-05-04 21:30:00">')
    assert published is None or published.method == "htmldate"
