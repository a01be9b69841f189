"""issue 15 (time budget per document): a page of tens of thousands of elements keeps the fast extraction.

trafilatura's full cascade compares its result with readability's through XPaths (``.//p//text()``) that libxml2
evaluates in quadratic time, in single C calls the document's time budget cannot interrupt: a 12.5 MB page ran
97 s against the 60 s budget. Such pages now keep the fast result and say so on the record; the page-level
paragraph measures are read in one walk. The pages are written for these tests.
"""

from __future__ import annotations

import random

import pytest
from lxml import etree
from lxml import html as lxml_html

from newstrace.extract import body, boilerplate
from newstrace.extract.html import extract_html, parse_html
from newstrace.pipeline import Pipeline
from newstrace.record import Page

STORY = ("The harbour board said on Tuesday that the north quay would close for repairs in May, and that ferries "
         "would use the south berth until the work is done.")


def _forum_page(posts: int) -> str:
    """A long thread page: each post a short line with its links, the kind of page that runs the cascade."""
    rows = "".join(f'<div class="post"><p>Reply {i}: same here</p><a href="/u/{i}">member {i}</a>'
                   f'<span class="n">#{i}</span></div>' for i in range(posts))
    return (f"<html><head><title>Quay closure thread</title></head><body><div id='thread'><h1>Quay closure</h1>"
            f"<p>{STORY}</p>{rows}</div></body></html>")


def test_issue15_a_page_over_the_element_cap_keeps_the_fast_body_and_says_so():
    page = _forum_page(body.CASCADE_MAX_ELEMENTS // 4 + 100)  # four elements a post
    fields = extract_html(page)
    assert STORY in fields["body"]
    assert fields["warnings"] == (body.LARGE_PAGE_WARNING,)


def test_issue15_a_page_under_the_cap_runs_the_cascade_without_a_warning():
    fields = extract_html(_forum_page(200))
    assert STORY in fields["body"]
    assert fields["warnings"] == ()


def test_issue15_the_large_page_warning_reaches_the_record_beside_the_input_warnings():
    page = Page(id="thread", content=_forum_page(body.CASCADE_MAX_ELEMENTS // 4 + 100), kind="html",
                url="http://[bad/thread")
    record = Pipeline(["extract"]).run(page)
    assert record.error is None
    assert body.LARGE_PAGE_WARNING in record.warnings
    assert any(w.startswith("url dropped") for w in record.warnings)  # the input's warning is kept too


@pytest.mark.parametrize("markup", [
    "<p>one <b>two</b> three<!-- note --> four</p><div>not <i>this</i></div><p>five<span> six</span></p>",
    "<table><tr><td><p>cell <a href='/x'>link</a></p></td></tr></table><p></p><p>   </p>",
    "<div><p>a<br>b</p>tail<p>c</p></div>",
    "<div>no paragraph here</div>",
])
def test_issue15_paragraph_texts_are_what_the_xpath_gives(markup):
    tree = parse_html(f"<html><body>{markup}</body></html>")
    assert list(body.paragraph_texts(tree)) == [str(t) for t in tree.xpath("//p//text()")]


def test_issue15_a_paragraph_inside_a_paragraph_is_read_once():
    tree = etree.fromstring("<body><p>outer <p>inner</p> after</p><p>next</p></body>")  # XML keeps the nesting
    assert list(body.paragraph_texts(tree)) == [str(t) for t in tree.xpath("//p//text()")]
    assert "".join(body.paragraph_texts(tree)) == "outer inner afternext"


def _walk_back(blocks, index):
    """The teaser-list rule as it was: walk back over the headline-like blocks before ``index``."""
    previous = index - 1
    while previous >= 0 and boilerplate._headline_like(blocks[previous]):
        if boilerplate._is_teaser(blocks, previous, ()) or boilerplate._is_list_heading(blocks, previous, ()):
            return boilerplate._headline_like(blocks[index])
        previous -= 1
    return False


def test_issue15_teaser_lists_found_in_one_pass_are_the_ones_the_walk_back_found():
    pool = ["Related stories", "Read more:", "Tags", "Topics:", "Harbour news", "Quay closes in May",
            "The board met on Tuesday.", "A long paragraph " * 20, "See also", "Home"]
    rng = random.Random(15)
    found = 0
    for _ in range(3000):
        blocks = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
        expected = [_walk_back(blocks, i) for i in range(len(blocks))]
        reasons = boilerplate.drop_reasons(blocks, ())
        assert [boilerplate._in_teaser_list(blocks, i, ()) for i in range(len(blocks))] == expected
        assert [r == "teaser-list" for r in reasons] == [e and not _earlier_rule(blocks, i)
                                                        for i, e in enumerate(expected)]
        found += sum(expected)
    assert found > 1000


def _earlier_rule(blocks, index):
    names = [name for name, _rule in boilerplate.BLOCK_RULES]
    return any(rule(blocks, index, ()) for _name, rule in boilerplate.BLOCK_RULES[:names.index("teaser-list")])


def test_issue15_the_element_count_decides_the_cap():
    small = lxml_html.fromstring(_forum_page(10))
    large = lxml_html.fromstring(_forum_page(body.CASCADE_MAX_ELEMENTS // 4 + 100))
    assert not body.too_large_for_cascade(small)
    assert body.too_large_for_cascade(large)
