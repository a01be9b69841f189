"""HTML extraction (issue 3): the body without furniture, related headlines, link spans, errors.

Every page here is written for these tests: a short wire-style article wrapped in the furniture of a
news site. Each test adds one kind of boilerplate and checks it stays out of the body.
"""

from __future__ import annotations

import json

import pytest

from newstrace.errors import NewstraceError
from newstrace.extract import boilerplate
from newstrace.extract.body import Anchor, Body, join_blocks
from newstrace.extract.html import extract_html, parse_html
from tests.conftest import jsonl

PARAGRAPHS = (
    "The harbour authority in Valmora said on Tuesday that it would close the northern quay for three "
    "weeks while engineers repair storm damage to the sea wall, a move that will divert cargo ships.",
    "Port director Elena Marsh told reporters that the repairs were overdue and that the quay had been "
    "inspected twice since the January storms, according to a statement from the authority.",
    "Shipping companies said the closure would add a day to deliveries. \u201cWe will manage, but it is "
    "not ideal,\u201d said Tomas Reyes, who runs a freight firm with offices on the southern quay.",
    "The authority expects the quay to reopen in early May. It has asked the regional government for "
    "additional funds to strengthen the rest of the sea wall before the next winter season begins.",
)
HEADLINE = "Valmora closes northern quay for storm repairs"


def page(article_extra: str = "", page_extra: str = "", head: str = "", paragraphs=PARAGRAPHS) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><title>{HEADLINE} | Valmora Gazette</title>
<meta property="og:site_name" content="Valmora Gazette">{head}</head><body>
<nav class="main-menu"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article><h1>{HEADLINE}</h1>{body}{article_extra}</article></main>{page_extra}
<footer><p>About us</p><p>Contact</p></footer></body></html>"""


def body_of(html: str, url: str = "https://gazette.example/news/quay") -> str:
    return extract_html(html, url=url)["body"]


def test_article_paragraphs_are_kept_as_paragraphs():
    body = body_of(page())
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    assert body.count("\n\n") >= len(PARAGRAPHS) - 1
    assert "World" not in body.split("\n\n")  # the menu


def test_headline_is_not_at_the_top_of_the_body():
    body = body_of(page())
    assert not body.startswith(HEADLINE)
    assert HEADLINE not in body


FURNITURE = {
    "share bar": ('<div class="share-bar"><a href="https://social.example/share">Share on Facebook</a>'
                  '<a href="https://social.example/tweet">Share on Twitter</a></div>', "Share on Facebook"),
    "read more": ("<p>Read more: Valmora mayor promises new ferry terminal</p>", "Read more"),
    "caption": ('<figure><img src="quay.jpg"><figcaption>Photo: Workers inspect the damaged sea wall in '
                'February. (Valmora Gazette)</figcaption></figure>', "Workers inspect"),
    "newsletter": ("<p>Sign up for our morning newsletter to get the news in your inbox.</p>", "newsletter"),
    "copyright": ("<p>\u00a9 2026 Valmora Gazette. All rights reserved.</p>", "All rights reserved"),
    "comments": ('<section id="comments" class="comments"><h3>Comments</h3><div class="comment">'
                 '<p>Great, another closure. The council never plans ahead and we all pay for it in the end '
                 'with higher prices at the shops, as usual in this town.</p></div></section>', "never plans"),
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_each_kind_of_furniture_stays_out_of_the_body(kind):
    markup, marker = FURNITURE[kind]
    body = body_of(page(article_extra=markup))
    assert marker not in body
    assert PARAGRAPHS[-1] in body


def test_related_headlines_are_listed_and_kept_out_of_the_body():
    related = ('<aside class="related-stories"><h2>Related</h2><ul>'
               '<li><a href="/news/ferry">Valmora mayor promises a new ferry terminal by next year</a></li>'
               '<li><a href="https://gazette.example/news/storm">January storms cost the port two million</a></li>'
               '</ul></aside>')
    record = extract_html(page(article_extra=related), url="https://gazette.example/news/quay")
    assert "ferry terminal" not in record["body"]
    titles = [r.title for r in record["related"]]
    assert "Valmora mayor promises a new ferry terminal by next year" in titles
    urls = {r.title: r.url for r in record["related"]}
    assert urls["Valmora mayor promises a new ferry terminal by next year"] == "https://gazette.example/news/ferry"


def test_a_related_list_after_a_teaser_heading_is_dropped_from_the_body():
    blocks = [PARAGRAPHS[0], "You may also like", "Ferry terminal plans unveiled", "Storm season ends early",
              PARAGRAPHS[1]]
    keep = boilerplate.keep_mask(blocks, ())
    assert keep == [True, False, False, False, True]


def test_link_spans_point_at_the_anchor_text_in_the_body():
    linked = list(PARAGRAPHS)
    linked[1] = linked[1].replace("a statement", '<a href="/press/statement-12">a statement</a>')
    linked[2] = linked[2].replace("Tomas Reyes", '<a href="https://reyes-freight.example/">Tomas Reyes</a>')
    record = extract_html(page(paragraphs=linked), url="https://gazette.example/news/quay")
    links = {link.text: link for link in record["links"]}
    assert set(links) == {"a statement", "Tomas Reyes"}  # no menu links: only anchors in kept paragraphs
    for link in record["links"]:
        start, end = link.span
        assert record["body"][start:end] == link.text
    assert links["a statement"].url == "https://gazette.example/press/statement-12"
    assert links["a statement"].span[0] < links["Tomas Reyes"].span[0]


def test_join_blocks_offsets_anchors_by_block():
    body = Body(("First block.", "Second block with a link."), (Anchor("a link", "https://x.example", 1, 18),),
                "test")
    text, links = join_blocks(body)
    (anchor, url, (start, end)), = links
    assert text[start:end] == "a link" and url == "https://x.example"


def test_article_split_over_sibling_containers_is_read_whole():
    """issue 3: a body cut into chunks between ads keeps every chunk (trafilatura alone keeps the first)."""
    chunk = ('<div class="grid"><div class="article-body">{}</div><div class="aside"></div></div>'
             '<div class="row ad"><span>Advertisement</span></div>')
    chunks = "".join(chunk.format("".join(f"<p>{p}</p>" for p in part)) for part in (PARAGRAPHS[:2], PARAGRAPHS[2:]))
    html = page(paragraphs=(), article_extra=chunks).replace("<main><article>", '<div class="chunks">')
    body = body_of(html.replace("</article></main>", "</div>"))
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    assert "Advertisement" not in body


@pytest.mark.parametrize("block, dropped", [
    ("Updated at 1:23 p.m.", True),
    ("Veröffentlicht 12.03.2021, 10:15", True),
    ("Updated figures were published by the ministry at 10:00 on Monday, showing a rise of 12 percent.", False),
    ("- -", True),
    ("Tags", True),
    ("Photo: Mira Holt", True),
    ("The storm (photo: Mira Holt) flooded the quay.", False),
])
def test_block_rules_on_single_lines(block, dropped):
    keep = boilerplate.keep_mask([PARAGRAPHS[0], block, PARAGRAPHS[1]], ())
    assert keep == [True, not dropped, True]


def test_tag_list_after_a_tags_heading_is_dropped():
    blocks = [PARAGRAPHS[0], "Tags", "harbour,", "storms,", "Valmora"]
    assert boilerplate.keep_mask(blocks, ()) == [True, False, False, False, False]


def test_hover_cards_after_linked_names_are_pruned():
    linked = list(PARAGRAPHS)
    linked[1] = linked[1].replace("Elena Marsh", '<a href="/people/marsh">Elena Marsh</a><span class="rollover-people">'
                                  '<span>Elena Marsh</span><span>Latest: Marsh opens ferry office</span></span>')
    body = body_of(page(paragraphs=linked))
    assert "Port director Elena Marsh told reporters" in body
    assert "Latest: Marsh" not in body


def test_shown_standfirst_is_put_back_only_when_the_page_shows_it():
    lead = "Engineers will spend three weeks on the sea wall, and cargo ships will use the southern quay."
    shown = parse_html(f"<html><body><p class='standfirst'>{lead}</p><p>{PARAGRAPHS[0]}</p></body></html>")
    hidden = parse_html(f"<html><head><meta name='description' content='{lead}'></head>"
                        f"<body><p>{PARAGRAPHS[0]}</p></body></html>")
    assert boilerplate.shown_lead_missing(shown, lead, (PARAGRAPHS[0],))
    assert not boilerplate.shown_lead_missing(hidden, lead, (PARAGRAPHS[0],))
    assert not boilerplate.shown_lead_missing(shown, lead, (lead, PARAGRAPHS[0]))
    in_header = parse_html(f"<html><body><header class='story-header'><h1>{HEADLINE}</h1><p>{lead}</p></header>"
                           f"<p>{PARAGRAPHS[0]}</p></body></html>")
    assert not boilerplate.shown_lead_missing(in_header, lead, (PARAGRAPHS[0],))


def test_short_article_is_still_found():
    body = body_of(page(paragraphs=PARAGRAPHS[:1]))
    assert PARAGRAPHS[0] in body


def test_canonical_url_and_language_come_from_the_page():
    head = '<link rel="canonical" href="/news/2026/quay-closure">'
    record = extract_html(page(head=head).replace('lang="en"', 'lang="en-GB"'), url="https://gazette.example/amp/1")
    assert record["canonical_url"] == "https://gazette.example/news/2026/quay-closure"
    assert record["language"] == "en"


def test_page_of_only_scripts_is_nt201():
    html = "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>"
    with pytest.raises(NewstraceError) as caught:
        extract_html(html)
    assert caught.value.code == "NT201"


def test_only_scripts_page_is_an_error_record_through_the_cli(cli, tmp_path):
    lines = [json.dumps({"id": "scripts", "html": "<html><body><script>var x = 1;</script></body></html>"}),
             json.dumps({"id": "article", "html": page()})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = cli("analyze", "--jsonl", str(source), "--stages", "extract")
    assert done.returncode == 0
    first, second = jsonl(done.stdout)
    assert first["error"]["code"] == "NT201"
    assert second["error"] is None and PARAGRAPHS[0] in second["body"]


def test_linked_read_more_line_goes_to_related_not_the_body():
    teaser = '<p>Read more: <a href="/news/mayor">Mayor promises a new ferry terminal</a></p>'
    html = page(paragraphs=PARAGRAPHS[:2], article_extra=teaser + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]))
    record = extract_html(html, url="https://gazette.example/news/quay")
    assert "Mayor promises" not in record["body"]
    assert PARAGRAPHS[3] in record["body"]
    assert ("Mayor promises a new ferry terminal", "https://gazette.example/news/mayor") in \
        [(r.title, r.url) for r in record["related"]]


@pytest.mark.parametrize("block", [
    "To view the full story, please subscribe to the Valmora Gazette.",
    "If you are already a subscriber, log in for immediate access to this story.",
    "AFP / MIRA HOLT",
])
def test_paywall_notices_and_agency_credits_are_dropped(block):
    assert boilerplate.keep_mask([PARAGRAPHS[0], block], ()) == [True, False]


def test_news_about_subscribers_is_kept():
    block = "The streaming service said it had added two million subscribers in the quarter."
    assert boilerplate.keep_mask([PARAGRAPHS[0], block], ()) == [True, True]


def test_full_cascade_is_tried_only_when_paragraphs_hold_more_than_the_fast_path_kept():
    from newstrace.extract.body import _more_paragraph_text

    story = "<p>The ferry to Skye ran late on Friday after a storm closed the harbour for the night.</p>"
    page = parse_html(f"<html><body><div id='nav'>Home News Sport</div>{story}</body></html>")
    kept = "The ferry to Skye ran late on Friday after a storm closed the harbour for the night."
    assert not _more_paragraph_text(page, kept)  # the fast path already holds every paragraph
    assert _more_paragraph_text(page, kept[:20])  # paragraphs hold over 1.5x what was kept
    no_paragraphs = parse_html(f"<html><body><div>{kept}<br>{kept}</div></body></html>")
    assert _more_paragraph_text(no_paragraphs, kept)  # article in bare <div>s: the fallbacks may read it


def test_link_in_a_short_article_resolves_against_the_page_not_its_host():
    html = ("<html><body><article><p>Harbour pilots said the new berth, described in <a href='plan.html'>"
            "the port plan</a>, would open in May after two years of work on the quay wall.</p>"
            "</article></body></html>")
    fields = extract_html(html, url="https://news.example.org/2024/port/story.html")
    assert [(link.text, link.url) for link in fields["links"]] == [
        ("the port plan", "https://news.example.org/2024/port/plan.html")]


def test_xhtml_page_with_an_xml_encoding_declaration_is_parsed():
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>Quay wall</title></head><body><article><p>Harbour pilots said the new berth would"
            " open in May after two years of work on the quay wall, the port authority confirmed.</p>"
            "</article></body></html>")
    assert "Harbour pilots" in extract_html(html)["body"]


def test_page_without_article_text_keeps_its_metadata_on_the_error_record():
    """CONTRACT: a failed document keeps whatever fields were filled before the failure."""
    from newstrace import analyze

    stub = ("<html lang='en'><head><title>Council approves harbour budget | Coast Herald</title>"
            "<meta property='og:site_name' content='Coast Herald'>"
            "<meta property='article:published_time' content='2024-03-05T09:30:00+01:00'>"
            "<meta name='author' content='Ruth Ambler'></head>"
            "<body><div id='paywall'><script>showPaywall()</script></div></body></html>")
    record = analyze(stub, format="html", url="https://coastherald.example/2024/03/budget", stages=["extract"])
    assert record.error is not None and record.error.code == "NT201"
    assert record.title == "Council approves harbour budget"
    assert record.published is not None and record.published.value.startswith("2024-03-05T09:30:00+01:00")
    assert record.outlet is not None and record.outlet.name == "Coast Herald"
    assert [a.name for a in record.authors] == ["Ruth Ambler"]
    assert record.url == "https://coastherald.example/2024/03/budget"
    assert not record.body


def test_text_after_an_inline_script_stays_in_its_paragraph():
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"datePublished\": \"2024-05-02T08:00:00Z\"}</script></head><body><article>"
            "<p>Harbour pilots said<script>track('pilots')</script> the new berth would open in May after two"
            " years of work on the quay wall, the port authority confirmed on Thursday.</p></article></body></html>")
    fields = extract_html(html)
    assert "Harbour pilots said the new berth would open in May" in fields["body"]
    assert "track(" not in fields["body"]
    assert fields["published"].value.startswith("2024-05-02")


@pytest.mark.parametrize("text", ["Plain ASCII harbour report", "Café au lait à Zürich, 5 €",
                                  "Σεισμός στην Κρήτη — 東京 — emoji 🚢 past U+FFFF"])
def test_page_parsed_from_its_utf8_form_gives_the_tree_of_the_text(text):
    """Issue 15 (speed): parse_html reads the page's UTF-8 bytes; the tree is the one the text gives, even where
    the page declares another charset (it is already decoded)."""
    from lxml import etree
    from lxml import html as lxml_html

    from newstrace.extract.html import _parser

    page = ("<html><head><meta charset='iso-8859-1'><meta http-equiv='Content-Type' content='text/html; "
            f"charset=windows-1252'><title>{text}</title></head><body><p>{text}</p><!-- c --></body></html>")
    expected = lxml_html.document_fromstring(page, parser=_parser())
    tree = parse_html(page)
    assert etree.tostring(tree, encoding="unicode") == etree.tostring(expected, encoding="unicode")
    assert tree.findtext(".//p") == text
