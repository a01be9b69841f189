"""Feeds: one item per <item>/<entry>, --no-fetch pages from the item itself, nothing lost silently."""

from __future__ import annotations

from newstrace.ingest.feeds import count_item_tags, items_from_feed, unwrap_redirect

from .builders import ATOM, RSS


def test_rss_items_become_clean_body_pages_without_fetching():
    items = list(items_from_feed(RSS.encode(), "f.rss", fetch=False))
    assert len(items) == 3 and all("item" in i.tags for i in items)
    first = items[0].page
    assert first.kind == "body" and first.title == "Harbour reopens after storm"
    assert first.content == "The harbour of Port Ellis reopened on Tuesday.\n\nFerries run again."
    assert first.published == "2024-03-05T09:30:00+00:00"
    assert first.url == "https://gazette.example/harbour?utm_source=rss"
    assert items[2].record.error.code == "NT127"  # an empty item is an error, not lost


def test_with_fetching_each_item_asks_for_its_link():
    items = list(items_from_feed(RSS.encode(), "f.rss", fetch=True))
    assert [i.fetch for i in items[:2]] == ["https://gazette.example/harbour?utm_source=rss",
                                            "https://gazette.example/bridge"]


def test_atom_entry_with_redirector_link_and_html_title():
    (item,) = items_from_feed(ATOM.encode(), "a.xml", fetch=False)
    assert item.page.url == "https://district.example/schools"
    assert item.page.title == "Schools open later"


def test_undeclared_latin1_bytes_still_parse():
    data = RSS.replace('encoding="utf-8"', "").replace("Council", "Câmara").encode("latin-1")
    items = list(items_from_feed(data, "l.rss", fetch=False))
    assert items[1].page.title == "Câmara approves bridge"


def test_items_the_parser_loses_become_errors():
    broken = RSS.replace("</channel></rss>", "<item><title>cut off <item><title>inner</title>")
    assert count_item_tags(broken.encode()) == 5
    items = list(items_from_feed(broken.encode(), "b.rss", fetch=False))
    assert len(items) == 5
    assert len({i.unit for i in items}) == 5


def test_cdata_and_comments_do_not_count_as_items():
    data = b"<rss><channel><!-- <item> --><item><description><![CDATA[<item>]]></description></item></channel></rss>"
    assert count_item_tags(data) == 1


def test_unwrap_redirect_leaves_ordinary_links_alone():
    assert unwrap_redirect("https://news.example/a?url=https://x.example") == "https://news.example/a?url=https://x.example"
