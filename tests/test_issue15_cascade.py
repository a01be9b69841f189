"""Issue 15 (speed): extract/cascade.py gives what trafilatura's bare_extraction gives, for less work."""

from __future__ import annotations

from copy import copy

import pytest
from lxml import etree

from newstrace.extract import body as body_mod
from newstrace.extract import cascade
from newstrace.extract.html import parse_html

_PARAGRAPHS = (
    "The harbour board voted on Tuesday to close the old ferry pier for two years of repairs, its chair said.",
    "Fishing crews who moor beside the pier will move to the north basin from March, the board's notice says.",
    "Repairs to the pilings were first proposed in 2019, when divers found rot below the waterline.",
    "Board member Ilse Varga said the cost, 4.2 million, would come from the port's reserve fund.",
)


def _article(paragraphs=_PARAGRAPHS) -> str:
    return "<article><h1>Ferry pier to close for repairs</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + \
        "</article>"


def _menu(n: int = 40) -> str:
    return "<div class='menu-list'><ul>" + "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>"
                                                   for i in range(n)) + "</ul></div>"


def _page(body: str) -> str:
    return f"<html><head><title>Pier</title><meta name='x' content='y'></head><body>{body}</body></html>"


_COMMENT_BOXES = (
    "<div id='comments'><p>Great news for the town, finally something is done about it.</p></div>"
    "<section class='comment-list'><p>I moored there for ten years and it was always falling apart.</p></section>"
    "<ol class='commentlist'><li>A comment list by its class.</li></ol>"
    "<ul id='dsq-comments'><li>Kept: a list whose id names only the comment service.</li></ul>"
    "<ul id='comment-7'><li>A comment list by its id.</li></ul>"
    "<div class='article-comments'><p>Readers' views.</p></div><div id='disqus_thread'></div>"
    "<div class='commentary'><p>Commentary is content, not comments: kept.</p></div>"
)
_SCROLL_BOXES = (
    "<div class='infinite-scroll'><h1>Next story</h1><p>A follow-up story appended below the first.</p></div>"
    "<div id='infinitescroll'><p>A box without a headline is pruned.</p></div>"
    "<section class='mvp-post-add-box'><h1>Another</h1><p>Pruned with its headline.</p></section>"
    "<aside class='elementor-share-buttons x'><a href='/share'>Share</a></aside>"
)
# Boxes inside boxes, each with a tail: a comment list and share buttons inside a scroll box (deleted with it by
# the first test), a scroll box inside a comment section (deleted by the first test, its tail kept inside it).
_NESTED_BOXES = (
    "<div class='infinite-scroll'><p>Appended story.</p><div class='elementor-share-buttons'>Share</div> tail one"
    "<ul id='comment-list'><li>nested comment</li></ul> tail two</div> tail three"
    "<section class='comments'><p>A reader.</p><div id='infinite-2'><p>More.</p></div> tail four</section> tail five"
    "<div class='elementor-share-buttons'><div class='comment-count'>3</div> tail six</div> tail seven"
)
PAGES = {
    "plain": _page(_menu() + _article()),
    "comments": _page(_article() + _COMMENT_BOXES + _menu(10)),
    "scroll": _page(_article() + _SCROLL_BOXES),
    "nested": _page(_article() + _NESTED_BOXES + _COMMENT_BOXES),
    "short": _page(_menu(120) + _article(_PARAGRAPHS[:1])),  # a short result on a long page: recall retry
    "cookie": _page("<div class='cookie-banner'><p>We use cookies on this site, accept them.</p></div>"
                    + _menu(120) + _article(_PARAGRAPHS[:1])),
    "footers": _page(_menu(80) + "<div class='x' id='footer'><p>Contact us at the harbour office.</p></div>"
                     "<div id='x' class='page-footer'><p>All rights reserved by the board.</p></div>"
                     + _article(_PARAGRAPHS[:2]) + "<footer><p>Footer text</p></footer><svg><title>icon</title></svg>"),
    "empty": _page("<div> </div><img src='/a.png'>"),
}


def _result(doc) -> tuple | None:
    return None if doc is None else (etree.tostring(doc.body), doc.text, doc.raw_text)


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("fast", [True, False])
def test_issue15_cascade_gives_what_bare_extraction_gives(name, fast):
    from trafilatura import bare_extraction

    body_mod._preload_justext_stoplist()
    tree = parse_html(PAGES[name])
    before = etree.tostring(tree)
    ours = cascade.extract(tree, body_mod._extractor(fast))
    assert etree.tostring(tree) == before  # the caller's tree is left as it was
    assert _result(ours) == _result(bare_extraction(tree, options=body_mod._extractor(fast)))
    assert (ours is None) == (name == "empty")


def test_issue15_raw_tree_tests_find_what_trafilatura_xpaths_find():
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    tree = parse_html(_page(_article() + _COMMENT_BOXES + _SCROLL_BOXES))
    for (tags, test), xpath in zip((*cascade._RAW_PRUNES, cascade._COMMENT_PRUNE),
                                   (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH), strict=True):
        ours = [el for el in tree.iterdescendants(*tags) if test(el, el.get("id") or "", el.get("class") or "")]
        assert ours == xpath(tree) and ours
        assert set(ours) <= set(cascade._suspects(tree))  # the pre-filter misses none of them
    assert cascade._pruned(tree, (cascade._COMMENT_PRUNE,)) is not tree  # a copy is pruned, not the page
    assert len(tree.xpath("//*[@id='comments']")) == 1


@pytest.mark.parametrize("forum", [False, True])
def test_issue15_one_pass_pruning_deletes_what_the_xpaths_delete_one_after_the_other(forum):
    """The raw-tree prunes found in one pass over the page (and one over its copy) delete what trafilatura's
    XPaths delete, each run on the tree the one before left, with the same tails kept."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    for body in (_NESTED_BOXES, _COMMENT_BOXES + _SCROLL_BOXES + _NESTED_BOXES, _article()):
        tree = parse_html(_page(_article() + body))
        before = etree.tostring(tree)
        tests = (*cascade._RAW_PRUNES, *(() if forum else (cascade._COMMENT_PRUNE,)))
        theirs = prune_unwanted_nodes(copy(tree), [*RAW_TREE_PRUNE_XPATH, *(() if forum else REMOVE_COMMENTS_AND_LISTS_XPATH)])
        ours = cascade._pruned(tree, tests)
        assert etree.tostring(ours) == etree.tostring(theirs)
        assert etree.tostring(tree) == before and (ours is tree) == (body == _article())


def test_issue15_suspects_are_what_the_old_prefilter_xpath_found():
    old = etree.XPath(
        ".//*[self::div or self::section or self::aside or self::list or self::details or self::ol or self::ul]"
        "[contains(@id, 'omment') or contains(@class, 'omment') or contains(@id, 'comol') or contains(@id, 'disqus_thread')"
        " or contains(@id, 'mvp-post-add-') or contains(@class, 'mvp-post-add-') or contains(@id, 'infinite')"
        " or contains(@class, 'infinite') or contains(@class, 'elementor-share-buttons')]")
    tree = parse_html(_page(_article() + _COMMENT_BOXES + _SCROLL_BOXES + "<p class='comment'>not a box</p>"
                            + "<section class='x' id='Comment'>case as written</section>"))
    assert list(cascade._suspects(tree)) == old(tree) and len(old(tree)) >= 8


@pytest.mark.parametrize("name", ["plain", "short", "footers", "cookie"])
def test_issue15_page_text_is_html2txt(name):
    from trafilatura.baseline import html2txt

    tree = parse_html(PAGES[name])
    expected = html2txt(tree)
    assert cascade._page_text(tree, tree.find(".//body")) == expected
    body = tree.find(".//body")
    bound = len(body.text_content()) + 2 * sum(1 for _ in body.iter())
    assert cascade._TEXT_CHARS(body) + 2 * cascade._ELEMENTS(body) == bound
    assert len(expected) <= bound
    for chars in (1, len(expected) // 5 - 1, len(expected) // 5, len(expected) // 5 + 1, bound // 5 + 1):
        assert cascade._escalates(tree, chars) == (chars < 0.2 * len(expected))


def test_issue15_other_options_go_through_bare_extraction(monkeypatch):
    import trafilatura
    from trafilatura.settings import Extractor

    calls = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda tree, options: calls.append(options) or "theirs")
    tree = parse_html(PAGES["plain"])
    with_comments = Extractor(output_format="python", fast=True, comments=True)
    assert cascade.extract(tree, with_comments) == "theirs" and calls == [with_comments]
    monkeypatch.setattr(trafilatura, "__version__", "9.9.9")
    assert cascade.extract(tree, body_mod._extractor(True)) == "theirs" and len(calls) == 2


def test_issue15_justext_union_is_the_stop_list_justext_would_make():
    """jusText's fallback gets the cached union as the lower-cased frozenset its define_stoplist would make
    of trafilatura's tuple, and classifies a page's paragraphs the same with either (speed, issue 15)."""
    import justext
    from justext import core as justext_core
    from trafilatura.external import ParagraphMaker, classify_paragraphs

    from newstrace.extract import language

    words = language.justext_union()
    rebuilt = tuple({w for name in justext.get_stoplists() for w in justext.get_stoplist(name)})  # jt_stoplist_init
    assert words == frozenset(w.lower() for w in rebuilt) and len(words) > 100_000
    body_mod._keep_lowered(words)
    assert justext_core.define_stoplist(words) is words  # used as it is
    assert justext_core.define_stoplist(("The", "And")) == frozenset({"the", "and"})  # any other list as before

    def classes(stoplist) -> list:
        paragraphs = ParagraphMaker.make_paragraphs(parse_html(_page(_menu(12) + _article((" ".join(_PARAGRAPHS),)))))
        classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        return [(p.text, p.cf_class) for p in paragraphs]

    assert classes(words) == classes(rebuilt) and any(c == "good" for _t, c in classes(words))


_INDENTED = _page("\n".join(f"{'    ' * depth}<div>\n{'    ' * depth}  <span>word{depth}</span>\u00a0 \t<b>x</b>"
                            for depth in range(30)) + "</div>" * 30 + _menu(30) + "<aside><p>Side box</p></aside>"
                  + "<p>Minified<br>lines<p>run\u2009together</p><footer>Foot</footer>")


@pytest.mark.parametrize("name", [*sorted(PAGES), "indented"])
def test_issue15_escalation_decides_as_with_the_page_text_measured(name):
    """The whitespace-collapsed bound is never under html2txt's length, so the retry decision is the same."""
    from trafilatura import core
    from trafilatura.baseline import html2txt

    tree = parse_html(PAGES.get(name, _INDENTED))
    body = tree.find(".//body")
    page_text = len(html2txt(tree))
    assert cascade._COLLAPSED_CHARS(body) + 2 * cascade._ELEMENTS(body) >= page_text
    if name == "indented":  # where the tighter bound spares measuring the page text
        assert cascade._TEXT_CHARS(body) > 1.5 * cascade._COLLAPSED_CHARS(body)
    for chars in range(1, 2 * page_text + 10, 7):
        assert cascade._escalates(tree, chars) == (chars < core.ESCALATION_PAGE_SHARE * page_text)
