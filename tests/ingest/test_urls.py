"""URL normalisation (the idempotency key) and URL-list detection."""

from __future__ import annotations

from newstrace.ingest.urls import normalize_url, read_url_list


def test_normalize_url_merges_trivial_variants():
    key = normalize_url("https://News.Example:443/a/b?b=2&a=1&utm_source=x#top")
    assert key == "http://news.example/a/b?a=1&b=2"
    assert normalize_url("http://news.example/a/b?a=1&b=2&fbclid=zz") == key
    assert normalize_url("http://news.example:8080") == "http://news.example:8080/"


def test_normalize_url_rejects_non_web_urls():
    assert normalize_url("ftp://x.example/a") is None
    assert normalize_url("not a url") is None
    assert normalize_url("http://[::1") is None


def test_url_list_vs_text_page(tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text("# morning list\nhttps://a.example/1\n\nhttp://b.example/2\n")
    assert read_url_list(urls) == ["https://a.example/1", "http://b.example/2"]
    page = tmp_path / "page.txt"
    page.write_text("Home | News\nhttps://a.example/1\nThe council met on Monday.\n")
    assert read_url_list(page) is None
