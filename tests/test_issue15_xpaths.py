"""Issue 15 (speed): traf_xpaths.py's Python tests find what trafilatura's per-element XPaths find."""

from __future__ import annotations

import pytest
from lxml import etree

from newstrace.extract import body as body_mod
from newstrace.extract import cascade, traf_xpaths
from newstrace.extract.html import parse_html

# Boxes whose ids, classes and other attributes hit (or just miss) every branch of the mirrored expressions,
# with the attributes in both orders: ``@id|@class`` is the first of the two on the element.
_BOXES = [
    "<div id='cookie-notice' class='x'>a</div>", "<div class='cookie-bar' id='x'>b</div>",
    "<div class='x' id='cookie-notice'>c</div>", "<div id='x' class='cookie-bar'>d</div>",
    "<p id='reply-3' class='x'>e</p>", "<p class='reply-3' id='x'>f</p>", "<p class='x' id='reply-3'>g</p>",
    "<span id='hidden-box' style='x'>h</span>", "<span style='visibility:hidden' id='y'>i</span>",
    "<span id='y' style='visibility:hidden'>j</span>", "<span style='display: none'>k</span>",
    "<section role='Navigation'>l</section>", "<section role='menu'>m</section>",
    "<div data-lp-replacement-content=''>n</div>", "<div data-component='MostPopularStories'>o</div>",
    "<item class='share-links'>p</item>", "<list id='Share'>q</list>", "<div class=' ad '>r</div>",
    "<div class='headline ad-slot'>s</div>", "<div class='shade-ad'>t</div>", "<div id='ad-top'>u</div>",
    "<div id='top-ad'>v</div>", "<b class='share-x'>w</b>", "<div class='comments-title'>x</div>",
    "<div class='Comments-Title'>y</div>", "<p aria-hidden='true'>z</p>", "<p aria-hidden='false'>zz</p>",
    "<div class='foo hidden'>1</div>", "<div class='message'>2</div>", "<div id='akismet'>3</div>",
    "<div class='post'>4</div>", "<div class='post x'>5</div>", "<article itemprop='articleBody'>6</article>",
    "<main id='articleContent'>7</main>", "<section class='article-body'>8</section>",
    "<div class='FullText'>9</div>", "<div role='article'>10</div>", "<div id='primary-col'>11</div>",
    "<div class='cell'>12</div>", "<div class='article x'>13</div>", "<div id='Main-Content'>14</div>",
    "<div class='Page-Content'>15</div>", "<div class='content'>16</div>", "<div id='contentBody'>17</div>",
    "<section class='content__body'>18</section>", "<div class='MAIN-CONTENT'>19</div>", "<div>20</div>",
    "<span aria-hidden='true'>21</span>", "<p>22</p>", "<section data-x='hidden'>23</section>",
]


def _page(boxes: list[str]) -> str:
    nested = "".join(f"<div class='wrap'>{box}</div>" if i % 3 == 0 else box for i, box in enumerate(boxes))
    return f"<html><body><div id='page'>{nested}</div></body></html>"


def _trees() -> list:
    """The boxes together, one at a time and each after the ones it follows (first-match expressions)."""
    return [parse_html(_page(_BOXES))] + [parse_html(_page(_BOXES[i:])) for i in range(len(_BOXES))]


def _pairs() -> list[tuple[str, object, object]]:
    from trafilatura import xpaths

    mirrors = traf_xpaths.mirrors()
    assert mirrors is not None  # the installed trafilatura is the version mirrored, its expressions unchanged
    return [(f"{name}[{i}]", theirs, ours) for name in mirrors
            for i, (theirs, ours) in enumerate(zip(getattr(xpaths, name), mirrors[name], strict=True))
            if theirs is not ours]


@pytest.mark.parametrize("index", range(5))
def test_issue15_mirrored_xpaths_find_the_same_elements(index):
    name, theirs, ours = _pairs()[index]
    found_any = False
    for tree in _trees():
        expected = theirs(tree)
        if getattr(ours, "first", False):  # trafilatura reads only the first element of these
            expected = expected[:1]
        assert ours(tree) == expected, name
        found_any = found_any or bool(expected)
    assert found_any, name  # the pages exercise it


def test_issue15_attribute_order_decides_the_shared_tests():
    theirs, ours = _pairs()[0][1:]
    tree = parse_html("<html><body><div id='cookie' class='x'>a</div><div class='x' id='cookie'>b</div></body></html>")
    assert [el.text for el in ours(tree)] == [el.text for el in theirs(tree)] == ["a"]


def test_issue15_no_mirrored_pattern_matches_an_element_without_the_attributes():
    """The tests skip the patterns when the attributes they read are missing (searched as ``''``)."""
    import re

    from trafilatura import xpaths as t

    groups = (t._CONSENT_ID_CLASS_TOKENS, t._OVERALL_DISCARD_BOTH_TOKENS + t._OVERALL_DISCARD_ID_TOKENS,
              t._OVERALL_DISCARD_BOTH_TOKENS + t._OVERALL_DISCARD_CLASS_TOKENS)
    patterns = [re.compile(t._alt(tokens)) for tokens in groups]
    assert not any(p.search("") for p in [*patterns, traf_xpaths._HIDDEN_CLASS, traf_xpaths._HIDDEN_ID])


def test_issue15_changed_expressions_keep_trafilaturas(monkeypatch):
    from trafilatura import xpaths

    monkeypatch.setattr(xpaths, "BODY_XPATH", [etree.XPath(".//article"), *xpaths.BODY_XPATH[1:]])
    assert traf_xpaths.mirrors() is None
    monkeypatch.undo()
    import trafilatura

    monkeypatch.setattr(trafilatura, "__version__", "9.9.9")
    assert traf_xpaths.mirrors() is None


def test_issue15_extraction_with_the_mirrors_is_trafilaturas(monkeypatch):
    """The cascade on a page of boxes gives the same body with trafilatura's own expressions."""
    from trafilatura import main_extractor, xpaths

    page = _page(_BOXES).replace("<div id='page'>", "<div id='page'><article><p>" + "A paragraph of the story. " * 20
                                  + "</p></article>")
    assert traf_xpaths.install()
    ours = cascade.extract(parse_html(page), body_mod._extractor(True))
    monkeypatch.setattr(main_extractor, "OVERALL_DISCARD_XPATH", xpaths.OVERALL_DISCARD_XPATH)
    monkeypatch.setattr(main_extractor, "BODY_XPATH", xpaths.BODY_XPATH)
    theirs = cascade.extract(parse_html(page), body_mod._extractor(True))
    assert etree.tostring(ours.body) == etree.tostring(theirs.body) and "paragraph of the story" in ours.text
