"""A numeric date the page shows is read the way its own machine stamp gives it (issue 15): a German page whose
footer, written by a US-made CMS, says "Stand: 11/01/2021" under a JSON-LD stamp of 1 November was read 11 January
and conflicted with the stamp; a British site that keeps WordPress's default "en-US" wrote "03/04/2020" for its
stamp's 3 April. Only the other reading of an ambiguous date gives way, and only to a day a stamp gives. Every page
here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_read import NumericOrder
from tests.extract.date_pages import page_dates

STORY = ("<p>The harbour authority said on Tuesday that the new ferry line will start in spring after months of talks "
         "with the two towns on either side of the bay, and that the first boats are already on their way.</p>")


def page(lang: str, head: str, line: str, *, footer: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>New ferry line for the bay</title>{head}</head><body>'
            f'<h1>New ferry line for the bay</h1><div class="byline">{line}</div>{STORY}{footer}</body></html>')


def jsonld(published: str, modified: str | None = None) -> str:
    more = f', "dateModified": "{modified}"' if modified else ""
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "New ferry line for the bay", "datePublished": "{published}"{more}}}</script>')


@pytest.mark.parametrize("layout", ["footer", "box"])
def test_issue15_a_german_pages_slashed_date_reads_as_its_stamp_gives_it(layout):
    stand = '<footer><span class="date">Stand: 11/01/2021</span></footer>' if layout == "footer" else '<div class="info">Stand: 11/01/2021</div>'
    html = ('<html lang="de"><head><title>Neue Fährlinie</title>' + jsonld("2021-11-01T05:00:14+01:00") +
            '</head><body><article><h1>Neue Fährlinie</h1>' + (stand if layout == "box" else "") +
            "<p>Die Hafenbehörde teilte am Dienstag mit, dass die neue Fährlinie nach monatelangen Gesprächen mit "
            "den beiden Orten am Ufer der Bucht im Frühjahr den Betrieb aufnehmen wird.</p>" +
            (stand if layout == "footer" else "") + "</article></body></html>")
    published, _ = page_dates(html)
    assert published is not None and published.value.startswith("2021-11-01")
    assert not any(c.startswith("2021-01-11") for c in published.conflicts)  # not itself read backwards


def test_issue15_a_british_page_under_wordpress_en_us_reads_day_first_by_its_stamp():
    head = '<meta property="article:published_time" content="2020-04-03T09:15:00+01:00">'
    published, _ = page_dates(page("en-US", head, "Posted on 03/04/2020 by Tom Hale"))
    assert published is not None and published.value.startswith("2020-04-03") and not published.conflicts


def test_issue15_a_modified_stamp_gives_the_order_of_the_update_line():
    head = jsonld("2020-04-03T09:15:00+01:00", "2020-04-06T10:00:00+01:00")
    published, modified = page_dates(page("en-US", head, "Updated 06/04/2020 | Published 03/04/2020"))
    assert published is not None and published.value.startswith("2020-04-03") and not published.conflicts
    assert modified is not None and modified.value.startswith("2020-04-06")


def test_issue15_without_a_stamp_the_pages_own_order_stands():
    published, _ = page_dates(page("en-US", "", "Posted on 03/04/2020 by Tom Hale"))
    assert published is not None and published.value.startswith("2020-03-04")
    published, _ = page_dates(page("de", "", "Veröffentlicht am 03/04/2020"))
    assert published is not None and published.value.startswith("2020-04-03")


def test_issue15_a_stamp_far_from_the_shown_date_changes_nothing():
    """The stamp is another day altogether (a republished page): the shown date keeps the page's order and
    conflicts with the stamp as before."""
    head = '<meta property="article:published_time" content="2020-05-20T09:15:00+01:00">'
    published, _ = page_dates(page("en-US", head, "Posted on 03/04/2020 by Tom Hale"))
    assert published is not None and "2020-03-04" in {c[:10] for c in (published.value, *published.conflicts)}


def test_issue15_the_order_reads_a_stamped_day_only_when_one_reading_is_stamped():
    stamped = NumericOrder(True, None, "en", frozenset({date(2021, 11, 1)}))
    assert stamped.read("2021", 11, 1, False) == date(2021, 11, 1)
    assert stamped.read("2021", 1, 11, False) == date(2021, 11, 1)  # 01/11/2021 is the stamp's 1 November
    assert stamped.read("2021", 1, 11, True) == date(2021, 11, 1)  # dotted: day first everywhere
    assert stamped.read("2021", 2, 11, False) == date(2021, 2, 11)  # neither reading stamped: month first
    both = NumericOrder(False, None, "de", frozenset({date(2021, 11, 1), date(2021, 1, 11)}))
    assert both.read("2021", 11, 1, False) == date(2021, 1, 11)  # both stamped: the page's order
    by_url = NumericOrder(True, (2021, 1), "en", frozenset({date(2021, 11, 1)}))
    assert by_url.read("2021", 1, 11, False) == date(2021, 11, 1)  # the stamp's day over the URL's month
