"""issue 15 (extraction speed): the faster forms of per-page checks answer exactly as the plain ones."""

from __future__ import annotations

from lxml import etree

from newstrace.extract import html as page_html
from newstrace.textsafe import _ANY, _SURROGATE, _has_surrogate, _unsafe, sanitize_text


def test_issue15_unsafe_check_matches_the_regex_on_every_code_point():
    for code in range(0x110000):
        char = chr(code)
        text = f"ab{char}cd"
        assert _unsafe(text) == bool(_ANY.search(text)), hex(code)
        assert _has_surrogate(text) == bool(_SURROGATE.search(text)), hex(code)


def test_issue15_sanitize_text_still_cleans_controls_and_surrogates():
    assert sanitize_text("a\x0bb\x00c\ud800") == "a\nbc\ufffd"
    assert sanitize_text("é\x1fü", keep_length=True) == "é ü"
    assert sanitize_text("plain ünïcode ✓") == "plain ünïcode ✓"


def _old_too_deep(tree) -> bool:
    depth, last = 0, etree.XPath("(//*)[last()]")(tree)
    node = last[0] if last else tree
    while node is not None and depth <= page_html.MAX_DEPTH_PROBE:
        node = node.getparent()
        depth += 1
    return depth > page_html.MAX_DEPTH_PROBE


def test_issue15_depth_probe_walks_last_children_with_the_same_answer(monkeypatch):
    monkeypatch.setattr(page_html, "MAX_DEPTH_PROBE", 12)
    for depth in range(5, 20):
        for tail in ("", "<p>after</p>", "<!-- note -->", "<table><tr><td>x"):
            html = "<html><body>" + "<div>" * depth + "text" + "</div>" * (depth // 2) + tail
            tree = etree.fromstring(html, etree.HTMLParser(remove_comments=True))
            assert page_html._too_deep(tree) == _old_too_deep(tree), (depth, tail)
