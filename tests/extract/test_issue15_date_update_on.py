"""A blog post that puts "UPDATE on <day>:" above its text says when it was updated (issue 15): the update is the
modified date and the post's own day (its byline, or "Originally published on ...") stays the published one.
Before, the "UPDATE on" line was no update label, so such a post had no modified date. Pages written for it."""

from __future__ import annotations

from tests.extract.date_pages import page_dates

TEXT = ("<p>Last year we introduced a new kind of ferry timetable that lets you plan a crossing of the bay in a few "
        "taps, and thousands of people have used it every week since then.</p>")


def test_issue15_update_on_under_a_byline_is_the_modified_date():
    html = ('<html lang="en"><head><title>A faster ferry timetable</title></head><body>'
            '<h1>A faster ferry timetable</h1><div class="byline">by Ann Reed on Thursday, December 15, 2011<br>'
            'UPDATE on Tuesday, January 24th, 2012</div>'
            f'{TEXT}</body></html>')
    published, modified = page_dates(html)
    assert published is not None and published.value[:10] == "2011-12-15"
    assert modified is not None and modified.value[:10] == "2012-01-24"


def test_issue15_update_on_over_originally_published_keeps_the_first_publication():
    """A site template whose only heading is the site's name: the post's dates are found by their labels."""
    html = ('<html lang="en"><head><title>Harbour news</title></head><body><h1>The Harbour Blog</h1>'
            '<div class="post"><div class="post-title">A faster ferry timetable</div>'
            '<p>UPDATE on Wednesday, October 19, 2011: the timetable now covers the night boats too.</p>'
            '<p>Originally Published on Tuesday, August 9, 2011:</p>'
            f'{TEXT}</div></body></html>')
    published, modified = page_dates(html)
    assert published is not None and published.value[:10] == "2011-08-09"
    assert modified is not None and modified.value[:10] == "2011-10-19"


def test_issue15_an_update_label_with_a_colon_is_read_as_before():
    html = ('<html lang="en"><head><title>A faster ferry timetable</title></head><body>'
            '<h1>A faster ferry timetable</h1><div class="date">Published December 15, 2011 | Update: January 24, 2012'
            f'</div>{TEXT}</body></html>')
    published, modified = page_dates(html)
    assert published is not None and published.value[:10] == "2011-12-15"
    assert modified is not None and modified.value[:10] == "2012-01-24"
