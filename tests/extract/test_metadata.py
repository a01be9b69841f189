"""Page metadata (issue 3): JSON-LD, meta tags and visible bylines, each with its method.

The pages are written for these tests; each declares its metadata one way only, so a test fails when
that row of the cascade stops working.
"""

from __future__ import annotations

import json

from newstrace.extract import metadata as md
from newstrace.extract.html import extract_html, parse_html

ARTICLE = "".join(
    f"<p>{text}</p>" for text in (
        "Farmers in the Ostral valley began the grape harvest two weeks early this year after a dry and "
        "unusually warm summer, the regional wine board said in its weekly bulletin on Monday.",
        "The board expects a smaller crop than last year but said the quality of the fruit was high. "
        "\u201cThe grapes are small and sweet,\u201d said grower Lina Pasko, whose family owns twelve hectares.",
        "Seasonal workers arrived from neighbouring regions over the weekend, and the valley's cooperative "
        "cellar will open its presses on Wednesday, a week earlier than it had planned in the spring.",
    )
)


def page(head: str = "", before: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{before}'
            f"{ARTICLE}</article></body></html>")


def test_json_ld_gives_title_authors_outlet_section_and_tags():
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ostral valley starts harvest early",
            "author": [{"@type": "Person", "name": "Mira Holt"}, {"@type": "Person", "name": "Jonas Vell"}],
            "publisher": {"@type": "Organization", "name": "Ostral Courier"},
            "articleSection": "Regions", "keywords": ["wine", "harvest", "Ostral"]}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    record = extract_html(page(head), url="https://courier.example/regions/harvest")
    assert record["title"] == "Ostral valley starts harvest early"
    assert [(a.name, a.method) for a in record["authors"]] == [("Mira Holt", "json-ld"), ("Jonas Vell", "json-ld")]
    outlet = record["outlet"]
    assert (outlet.name, outlet.domain, outlet.method) == ("Ostral Courier", "courier.example", "jsonld")
    assert 0.9 <= outlet.confidence <= 1.0
    assert record["section"] == "Regions"
    assert record["tags"] == ("wine", "harvest", "Ostral")


def test_json_ld_in_a_graph_is_found():
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Ostral Courier"},
        {"@type": "NewsArticle", "headline": "Harvest starts early in Ostral", "author": {"name": "Mira Holt"}}]}
    tree = parse_html(page(f'<script type="application/ld+json">{json.dumps(data)}</script>'))
    meta = md.read_page_meta(tree)
    assert md.find_title(tree, meta) == ("Harvest starts early in Ostral", "json-ld")
    assert [a.name for a in md.find_authors(meta, tree)] == ["Mira Holt"]


def test_meta_tags_give_title_without_site_name_and_author():
    head = ('<meta property="og:title" content="Harvest starts early in Ostral | Ostral Courier">'
            '<meta property="og:site_name" content="Ostral Courier">'
            '<meta name="author" content="By Mira Holt and Jonas Vell">'
            '<meta property="article:section" content="Regions">'
            '<meta name="keywords" content="wine, harvest">')
    tree = parse_html(page(head))
    meta = md.read_page_meta(tree)
    assert md.find_title(tree, meta) == ("Harvest starts early in Ostral", "meta")
    assert [(a.name, a.method) for a in md.find_authors(meta, tree)] == [("Mira Holt", "meta"), ("Jonas Vell", "meta")]
    outlet = md.find_outlet(meta, "https://www.courier.example/a")
    assert (outlet.name, outlet.domain, outlet.method) == ("Ostral Courier", "courier.example", "og")
    assert md.find_section(meta) == "Regions"
    assert md.find_tags(meta) == ["wine", "harvest"]


def test_visible_byline_is_the_last_resort_for_authors():
    byline = '<h1>Harvest starts early in Ostral</h1><div class="byline">By Mira Holt</div>'
    tree = parse_html(page(before=byline))
    meta = md.read_page_meta(tree)
    assert [(a.name, a.method) for a in md.find_authors(meta, tree)] == [("Mira Holt", "byline")]
    assert md.find_title(tree, meta) == ("Harvest starts early in Ostral", "h1")


def test_no_declared_outlet_falls_back_to_the_domain_with_low_confidence():
    tree = parse_html(page())
    outlet = md.find_outlet(md.read_page_meta(tree), "https://www.valley-news.example/story/1")
    assert (outlet.name, outlet.method) == ("valley-news.example", "host")
    assert outlet.confidence < 0.9


def test_title_tag_loses_its_site_suffix():
    head = '<title>Harvest starts early in Ostral - Ostral Courier</title><meta property="og:site_name" ' \
           'content="Ostral Courier">'
    tree = parse_html(page(head))
    assert md.find_title(tree, md.read_page_meta(tree)) == ("Harvest starts early in Ostral", "title-tag")


def test_canonical_url_is_resolved_against_the_page_url():
    tree = parse_html(page('<link rel="canonical" href="/regions/harvest-2026">'))
    meta = md.read_page_meta(tree)
    canonical = md.find_canonical(meta, "https://courier.example/amp/harvest")
    assert canonical == "https://courier.example/regions/harvest-2026"
    assert md.find_canonical(md.read_page_meta(parse_html(page())), "https://x.example/a") == "https://x.example/a"


def test_headline_texts_hold_every_form_of_the_headline():
    head = ('<meta property="og:title" content="Harvest starts early | Ostral Courier">'
            '<meta property="og:site_name" content="Ostral Courier">')
    tree = parse_html(page(head, before="<h1>Harvest starts early in the Ostral valley</h1>"))
    meta = md.read_page_meta(tree)
    title, _ = md.find_title(tree, meta)
    texts = md.headline_texts(tree, meta, title)
    assert "Harvest starts early" in texts
    assert "Harvest starts early in the Ostral valley" in texts


def test_language_comes_from_html_lang_else_from_the_text():
    assert extract_html(page(lang="de-AT"))["language"] == "de"
    assert extract_html(page().replace(' lang="en"', ""))["language"] == "en"


def test_description_prefers_json_ld_then_meta():
    head = '<meta name="description" content="The grape harvest began early in the Ostral valley.">'
    assert md.find_description(md.read_page_meta(parse_html(page(head)))) == \
        "The grape harvest began early in the Ostral valley."


def test_title_entities_are_decoded_and_a_kicker_is_kept():
    head = ('<meta property="og:title" content="Harbour vote &#8211; council delays the ferry plan">'
            '<meta property="og:site_name" content="Ostral Courier">')
    tree = parse_html(page(head))
    assert md.find_title(tree, md.read_page_meta(tree))[0] == "Harbour vote \u2013 council delays the ferry plan"


def test_declared_title_cut_at_a_quote_yields_the_longer_h1():
    head = '<meta property="og:title" content="Mayor calls the ferry plan">'
    tree = parse_html(page(head, before='<h1>Mayor calls the ferry plan "a fantasy"</h1>'))
    assert md.find_title(tree, md.read_page_meta(tree)) == ('Mayor calls the ferry plan "a fantasy"', "h1")


def test_short_capitalised_suffix_is_taken_for_the_site_name():
    tree = parse_html(page("<title>Harvest starts early in Ostral | OstralNews24</title>"))
    assert md.find_title(tree, md.read_page_meta(tree))[0] == "Harvest starts early in Ostral"


def test_byline_with_a_label_and_a_site_name_gives_the_person():
    byline = '<h1>Harvest starts early in Ostral</h1><p class="author">Text: Mira Holt / courier.example</p>'
    tree = parse_html(page(before=byline))
    assert [a.name for a in md.find_authors(md.read_page_meta(tree), tree)] == ["Mira Holt"]


def test_byline_in_the_comments_or_with_a_time_inside_is_read_as_pruned():
    """The copy-free byline search keeps trafilatura's pruning: comment bylines are skipped and the
    text of a discarded child (a <time>) is left out while the words after it stay."""
    comments = ('<div class="comments"><div class="byline">By Reader Joe</div></div>'
                '<div class="byline">By Mira Holt <time>4 May 2026</time> and Tomas Reis</div>')
    tree = parse_html(page(before='<h1>Harvest starts early in Ostral</h1>' + comments))
    names = [a.name for a in md.find_authors(md.read_page_meta(tree), tree)]
    assert names == ["Mira Holt", "Tomas Reis"]
