"""Issue 15: the date line past the lead's reach is looked for within ``STAMP_LINE_REACH`` characters of text
readers see, however many empty text nodes and scripts a table layout puts in between (80 text nodes below the
headline and 200 on a page without one were read before), and a forum member's account date ("Joined:",
"Registered:", "Member since") is no date line. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_lines import account_date, first_stamp_line
from newstrace.extract.date_walk import body_texts
from newstrace.extract.html import parse_html

from .date_pages import page_dates

# An old table layout: every spacer cell and every line break between tags is a text node of white space.
SPACERS = "".join("<tr>\n  <td>\n    <img src='/px.gif' width=1 height=4>\n  </td>\n</tr>\n" for _ in range(60))
SCRIPT = "<script>var ads = {slot: 'top', size: [728, 90]};</script>\n"
STANDFIRST = "<p>The valley's last mill closes after ninety years; its workers say the town will not be the same.</p>"
STORY = ("<p>The mill on the river, which has made paper since the town was founded, will close at the end of the "
         "month, its owners said, after orders fell for the third year running and the cost of power rose again.</p>"
         "<p>About two hundred people work there, many of them the children and grandchildren of earlier workers, "
         "and the council has asked for help from the region to keep at least part of the site open.</p>")
FOOTER = "<p><font size=1>Copyright 1999-2006 Valley Post. Site build 2006-12-12.</font></p>"


def table_page(between: str, date_line: str) -> str:
    return ("<html><head><title>Mill to close after ninety years</title></head><body><table>\n"
            f"<tr><td><h1>Mill to close after ninety years</h1></td></tr>\n{between}"
            f"<tr><td>{STANDFIRST}</td></tr>\n<tr><td><font size=2><b>{date_line}</b></font></td></tr>\n"
            f"<tr><td>{STORY}</td></tr>\n<tr><td>{FOOTER}</td></tr></table></body></html>")


def test_issue15_a_date_line_behind_many_empty_table_cells_dates_the_page():
    """Sixty spacer rows and a script between headline and date line: 250+ text nodes, almost no text."""
    published, _ = page_dates(table_page(SPACERS + SCRIPT, "Tuesday, March 8, 2005"))
    assert published is not None
    assert (published.value, published.method) == ("2005-03-08", "date-line")


def test_issue15_the_reach_is_still_counted_in_text_readers_see():
    """A date line under more than ``STAMP_LINE_REACH`` characters of story is not read as the page's line."""
    long_story = STORY * 4
    html = table_page(f"<tr><td>{long_story}</td></tr>\n", "Tuesday, March 8, 2005")
    published, _ = page_dates(html)
    assert published is None or published.method != "date-line"


def headless_page(posts: str, spacers: str = SPACERS) -> str:
    return ("<html><head><title>Valley forum</title></head><body><table>\n"
            f"{spacers}<tr><td>{SCRIPT}{posts}</td></tr></table></body></html>")


def test_issue15_a_page_without_a_headline_reads_its_first_date_line_past_the_spacers():
    """A forum thread without a heading: the first post's own date line, after 250+ empty text nodes."""
    post = f"<div class='post'><span>08-08-2012, 08:40 AM</span><p>{STORY}</p></div>"
    published, _ = page_dates(headless_page(post))
    assert published is not None
    assert (published.value, published.method) == ("2012-08-08", "date-line")


@pytest.mark.parametrize("profile", [
    "<div class='member'><span>Joined:</span><br><span>2005/11/4 19:06</span></div>",
    "<div class='member'><span>Registered: July 03, 2001</span></div>",
    "<div class='member'><span>Member since 03/07/2001</span></div>",
    "<div class='member'><span>Mitglied seit 03.07.2001</span></div>",
])
def test_issue15_a_members_account_date_is_not_the_page_date_line(profile):
    """The reader's profile box heads the post with the day the reader signed up; the post's own line follows
    (a short page: no spacers, the account line was within reach before too)."""
    post = (f"<div class='post'>{profile}<span>11/18/2006 4:52 PM</span><p>{STORY}</p></div>")
    published, _ = page_dates(headless_page(post, spacers=""))
    assert published is not None
    assert published.value[:10] == "2006-11-18"


@pytest.mark.parametrize(("line", "before", "account"), [
    ("Registered: July 03, 2001", "", True),
    ("2005/11/4 19:06", "Joined:", True),
    ("Join Date: May 2008", "whilden", True),
    ("Membre depuis le 4 mai 2008", "", True),
    ("Posted: 11/18/2006 4:52 PM", "Joined: 2005/11/4", False),  # the label ends no line right before this one
    ("March 4, 2008", "By Ann Lee, who joined the paper in 2001", False),
])
def test_issue15_account_date_reads_the_label_before_the_date(line, before, account):
    assert account_date(line, before) is account


def test_issue15_body_texts_gives_the_body_text_nodes_in_order_and_stops_at_n():
    tree = parse_html("<html><head><title>t</title></head><body>a<div>b<p>c</p>d</div>e<script>x</script></body>"
                      "</html>")
    assert [str(t) for t in body_texts(tree, 10)] == ["a", "b", "c", "d", "e", "x"]
    assert [str(t) for t in body_texts(tree, 3)] == ["a", "b", "c"]
    node = list(body_texts(tree, 10))[3]
    assert (node.getparent().tag, node.is_tail) == ("p", True)
    assert first_stamp_line(body_texts(parse_html("<html><body><p>June 18, 2005</p></body></html>"), 10),
                            False, lambda node, day: True) == date(2005, 6, 18)
