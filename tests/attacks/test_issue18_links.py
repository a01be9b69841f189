"""issue 18 (hypothesis fuzzing of ``analyze()``, all stages): a broken link inside a page — an anchor, a
related-stories link, ``<link rel=canonical>`` or ``og:url`` that ``urlsplit`` cannot take apart — made
``urljoin`` raise and the whole page NT299. The page is kept with its body; the link is dropped."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.textsafe import join_url

BODY = "<p>The mayor of Riga said on Tuesday that the river would fall by a metre before the weekend.</p>"
PAGES = {
    "anchor": f'<html><body><article>{BODY}<p>She cited <a href="http://[::1/x">the river authority</a> '
              "for the figures.</p></article></body></html>",
    "related": f'<html><body><article>{BODY}</article><aside class="related"><a href="http://[::1/x">'
               "Related story about the rivers of Riga and their floods</a></aside></body></html>",
    "og:url": f'<html><head><meta property="og:url" content="http://[2001:db8::1/story"></head><body>'
              f"<article>{BODY}</article></body></html>",
    "canonical": f'<html><head><link rel="canonical" href="https://[2001:db8::1/story"></head><body>'
                 f"<article>{BODY}</article></body></html>",
}


@pytest.mark.parametrize("url", [None, "https://news.example/world/riga-river"])
@pytest.mark.parametrize("where", sorted(PAGES))
def test_issue18_a_broken_link_in_the_page_keeps_the_page(where, url):
    record = newstrace.analyze(PAGES[where], url=url)
    assert record.error is None, record.error
    assert "river would fall" in (record.body or "")
    data = record.to_dict()
    assert "[2001:db8" not in str(data.get("url")) and "[::1" not in str(data.get("links"))


def test_issue18_join_url():
    assert join_url("https://a.example/x/y", "z") == "https://a.example/x/z"
    assert join_url(None, "https://b.example/") == "https://b.example/"
    assert join_url("https://a.example/", "http://[::1/x") is None
    assert join_url(None, "http://[::1/x") is None and join_url("https://a.example/", "") is None
