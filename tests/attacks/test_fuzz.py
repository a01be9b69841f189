"""issue 18: a short, bounded fuzz of ``newstrace.analyze()`` — whatever the bytes or text, the answer is a
record (perhaps with a coded error), never an exception, never NT299 (an unexpected failure). The
maintainers run the same property for ten minutes; CI runs it for a few seconds."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newstrace

HOSTILE = ["\ud800", "\udfff", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\u2028", "\ufeff", "&#0;",
           "&#xd800;", "<![CDATA[", "]]>", "<!--", "<script>", "</script>", "<p>", "</p>", "<html>", "<body>",
           "<?xml version='1.0' encoding='utf-16'?>", "<meta charset='x-bogus'>", "Mr. ", "\"", "said",
           "LONDON (Wire) — ", "http://[2001:db8::1/story", "\r\n", "\n\n", "<a href='javascript:x'>"]
TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=30)), max_size=40).map("".join)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


def _holds(record) -> None:
    data = record.to_dict()
    json.dumps(data)  # serialisable
    assert data["error"] is None or data["error"]["code"] != "NT299", data["error"]


@FUZZ
@given(TEXT)
def test_issue18_fuzz_analyze_text_extract(text):
    _holds(newstrace.analyze(text, stages=["extract"]))


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(HOSTILE))
def test_issue18_fuzz_analyze_bytes_extract(data, piece):
    _holds(newstrace.analyze(data + piece.encode("utf-8", "surrogatepass") + data, stages=["extract"]))


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(TEXT)
def test_issue18_fuzz_analyze_all_stages(text):
    _holds(newstrace.analyze("<html><body><article><p>" + text + "</p><p>The mayor of Riga said on Tuesday that "
                             "the river would fall.</p></article></body></html>"))


# Structured pages: hostile pieces inside the head's declarations (canonical, og:url, base, JSON-LD, charset)
# and the body's elements, with hostile hints; this shape found the broken-link NT299 (test_issue18_links).
WORDS = ["said", "according to", "officials", "Mr.", "President", "Paris", "on Monday", "\u201c", "\u201d",
         "a spokesman", "http://[::1/x", "https://[2001:db8::1/story", "<![CDATA[", "x [y"]
SENTENCE = st.lists(st.one_of(st.sampled_from(HOSTILE), st.sampled_from(WORDS), st.text(max_size=15)),
                    min_size=1, max_size=15).map(" ".join)
HEAD = st.sampled_from(['<meta property="og:url" content="{}">', '<link rel="canonical" href="{}">',
                        '<base href="{}">', '<meta charset="{}">', '<title>{}</title>',
                        '<script type="application/ld+json">{}</script>',
                        '<meta property="article:published_time" content="{}">'])
ELEMENT = st.tuples(st.sampled_from(["p", "div", "h1", "blockquote", "time", "script", "aside class='related'"]),
                    SENTENCE, st.sampled_from(["", "http://[::1/x", "/a/b", "https://ok.example/"])).map(
    lambda t: f"<{t[0]}><a href=\"{t[2]}\">{t[1]}</a> {t[1]}</{t[0].split()[0]}>")
PAGE = st.tuples(st.lists(st.tuples(HEAD, SENTENCE).map(lambda h: h[0].format(h[1])), max_size=5),
                 st.lists(ELEMENT, min_size=1, max_size=8)).map(
    lambda d: f"<html><head>{''.join(d[0])}</head><body><article>{''.join(d[1])}</article></body></html>")


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(PAGE, st.one_of(st.none(), st.sampled_from(["https://news.example/a/b", "http://[2001:db8::1/story"])))
def test_issue18_fuzz_analyze_structured_pages(page, url):
    _holds(newstrace.analyze(page, url=url))
