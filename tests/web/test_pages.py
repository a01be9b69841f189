"""The HTML pages against a real server: what a reader sees on each, and the headers every page sends."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

PAGES = ["/", "/search?q=strike", "/search?q=strike&outlet=Coast+Daily", "/article/harbour-scoop",
         "/article/valley-copy", "/source/person:marta-ivers", "/outlet/Harbour%20Wire", "/outlet/coastdaily.example",
         "/docs", "/no-such-page", "/article/no-such-article"]


class Elements(HTMLParser):
    """Every start tag with its attributes, and the visible text."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all_text(self) -> str:
        return " ".join("".join(self.text).split())

    def hrefs(self) -> list[str]:
        return [a.get("href") or "" for t, a in self.tags if t == "a"]


def story_path(client) -> str:
    return "/story/" + client.get("/api/articles/harbour-scoop").json()["story_id"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_sends_a_strict_csp_and_no_script(client, path):
    page = client.get(path)
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "script-src" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    tags = Elements(page.text).tags
    assert not [t for t, _ in tags if t == "script"]
    assert not [a for _, a in tags if "style" in a], "inline styles would need 'unsafe-inline'"


def test_unknown_pages_are_html_errors_with_the_code(client):
    page = client.get("/article/no-such-article")
    assert page.status_code == 404 and "NT601" in page.text and "no-such-article" in page.text


def test_search_page_has_results_snippets_and_facets(client):
    page = client.get("/search", params={"q": "strike"})
    html = Elements(page.text)
    assert "/article/harbour-scoop" in html.hrefs()
    assert "<mark>strike</mark>" in page.text.lower()
    facet_links = [h for h in html.hrefs() if h.startswith("/search?") and "outlet=" in h]
    assert any("Coast+Daily" in h for h in facet_links)
    narrowed = Elements(client.get("/search", params={"q": "strike", "outlet": "Coast Daily"}).text)
    assert "/article/coast-rereport" in narrowed.hrefs() and "/article/harbour-scoop" not in narrowed.hrefs()
    month = Elements(client.get("/search").text)
    assert "/search?since=2025-02&until=2025-02" in month.hrefs()
    february = Elements(client.get("/search", params={"since": "2025-02", "until": "2025-02"}).text)
    assert [h for h in february.hrefs() if h.startswith("/article/")] == ["/article/oslo-bridge"]


def test_article_page_highlights_and_lists_sources_with_what_they_said(client):
    page = client.get("/article/harbour-scoop").text
    html = Elements(page)
    classes = " ".join(a.get("class", "") for _, a in html.tags)
    for layer in ("hl-source", "hl-quote", "hl-place", "hl-date", "hl-event"):
        assert layer in classes, layer
    assert "/source/person:marta-ivers" in [unquote(h) for h in html.hrefs()]
    assert "We will not unload a single ship" in html.all_text()
    assert "<svg" in page and "Provenance tree" in page
    assert "Marta Ivers" in page.split("<svg", 1)[1].split("</svg>", 1)[0]


def test_article_page_warns_when_the_date_conflicts(server, tmp_path):
    import httpx

    from newstrace.store import Entry, Store
    from tests.web.conftest import Server

    db = str(tmp_path / "conflict.db")
    record = {"id": "dated", "title": "Old news", "body": "The storm hit Lisbon on 8 April 2021.",
              "published": {"value": "2021-08-04", "method": "meta", "confidence": 0.8,
                            "conflicts": ["2021-04-08"]}, "sources": [], "quotes": []}
    store = Store(db)
    store.add_batch([Entry("u1", "stored", record, None, "h1")])
    store.close()
    running = Server(db, log=tmp_path / "log")
    try:
        page = httpx.get(running.base + "/article/dated").text
        assert "Date conflict" in page and "2021-04-08" in page
        assert "Date conflict" not in httpx.get(server.base + "/article/harbour-scoop").text
    finally:
        running.stop()


def test_outlet_profile_chart_and_citations(client):
    page = client.get("/outlet/Harbour Wire").text
    html = Elements(page)
    assert "Share of anonymous sources" in page and 'class="bar"' in page
    assert "/outlet/coastdaily.example" in html.hrefs()  # who re-reports it
    coast = Elements(client.get("/outlet/coastdaily.example").text)
    assert "/outlet/harbour%20wire" in [h.lower() for h in coast.hrefs()]  # whom it re-reports
    assert "/article/coast-rereport" in coast.hrefs()


def test_story_page_timeline_copies_and_word_diff(client):
    page = client.get(story_path(client)).text
    html = Elements(page)
    assert 'class="copy-arrow"' in page
    assert "copy of" in html.all_text()
    assert "<del" in page and "<ins" in page
    assert ">a single</del>" in page and ">one</ins>" in page
    first = page.index("/article/harbour-scoop")
    assert first < page.index("/article/coast-rereport") < page.index("/article/valley-copy")


def test_home_page_counts_and_links(client):
    html = Elements(client.get("/").text)
    assert "5 articles" in html.all_text()
    assert any(h.startswith("/story/") for h in html.hrefs())
    assert "/outlet/Harbour%20Wire" in html.hrefs()


def test_page_titles_name_the_page_then_newstrace_once(client):
    import re
    titles = {path: re.search(r"<title>(.*?)</title>", client.get(path).text).group(1) for path in ("/", "/search?q=harbour")}
    assert titles["/"] == "newstrace"
    assert titles["/search?q=harbour"].endswith(" · newstrace") and titles["/search?q=harbour"].count("newstrace") == 1


def test_head_requests_on_pages_answer_without_a_body(client):
    head = client.head("/article/harbour-scoop")
    assert head.status_code == 200 and head.content == b"" and "content-security-policy" in head.headers


def test_search_page_says_when_its_facets_count_only_the_newest_matches(tmp_path, monkeypatch):
    """Facet counts cover at most FACET_LIMIT matches (the newest); the page says so when more matched.
    The app runs in a real uvicorn server on localhost, in this process so that the limit can be lowered."""
    import threading
    import time

    import httpx
    import uvicorn

    from newstrace.store import facets
    from newstrace.web import create_app
    from tests.web.conftest import build_corpus, free_port

    app = create_app(build_corpus(str(tmp_path / "t.db"), tmp_path))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        whole = httpx.get(f"http://127.0.0.1:{port}/search").text
        assert "most recently stored matches" not in whole
        monkeypatch.setattr(facets, "FACET_LIMIT", 2)
        capped = httpx.get(f"http://127.0.0.1:{port}/search").text
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert "Counts of the 2 most recently stored matches." in Elements(capped).all_text()
    outlets = [h for h in Elements(capped).hrefs() if h.startswith("/search?outlet=")]
    assert 1 <= len(outlets) <= 2  # two articles counted: at most two outlets
    app.state.corpus.close()


def test_issue12_article_page_marks_unsure_sources_and_quotes(tmp_path, monkeypatch):
    """Below NEWSTRACE_SOURCES_MIN_CONFIDENCE a source or quote is shown as unsure (not hidden), every quote
    shows its confidence, a quote whose speaker stayed unresolved says so, and a source whose every quote is
    unsure is unsure too."""
    import httpx

    from newstrace.store import Entry, Store
    from newstrace.web.views import source_key
    from tests.web.conftest import Server

    body = ("“The dam will hold,” said Ana Ruiz, the city engineer. Officials said the river was rising. "
            "“We are ready,” she added.")
    record = {"id": "unsure", "title": "Dam holds", "body": body, "quotes": [
        {"kind": "direct", "content": "The dam will hold", "speaker": "Ana Ruiz", "source_id": "s1",
         "confidence": 0.92, "speaker_resolved": True},
        {"kind": "indirect", "content": "the river was rising", "speaker": "Officials", "source_id": "s2",
         "confidence": 0.31, "speaker_resolved": True},
        {"kind": "direct", "content": "We are ready", "speaker": "she", "source_id": None,
         "confidence": 0.6, "speaker_resolved": False},
        {"kind": "indirect", "content": "the gates were shut", "speaker": "the board", "source_id": "s3",
         "confidence": 0.40, "speaker_resolved": True}],
        "sources": [{"id": "s1", "name": "Ana Ruiz", "kind": "person", "confidence": 0.9},
                    {"id": "s2", "name": "Officials", "kind": "anonymous", "confidence": 0.3},
                    {"id": "s3", "name": "the board", "kind": "organization", "confidence": 0.8}]}
    db = str(tmp_path / "unsure.db")
    store = Store(db)
    store.add_batch([Entry("u1", "stored", record, None, "h1")])
    store.close()
    monkeypatch.setenv("NEWSTRACE_SOURCES_MIN_CONFIDENCE", "0.5")
    running = Server(db, log=tmp_path / "log")
    try:
        page = httpx.get(running.base + "/article/unsure").text
        officials = httpx.get(running.base + "/source/" + source_key("anonymous", "Officials")).text
        ruiz = httpx.get(running.base + "/source/" + source_key("person", "Ana Ruiz")).text
    finally:
        running.stop()
    assert "the river was rising" in officials and "confidence 0.31" in officials and "unsure-mark" in officials
    assert "The dam will hold" in ruiz and "confidence 0.92" in ruiz and "unsure-mark" not in ruiz
    html = Elements(page)
    quotes = [a.get("class", "") for t, a in html.tags if t == "blockquote"]
    assert quotes.count("said unsure") == 3 and quotes.count("said") == 1, quotes
    sure_item = page.split('id="src-s1"', 1)[1].split("</li>", 1)[0]
    unsure_item = page.split('id="src-s2"', 1)[1].split("</li>", 1)[0]
    assert "unsure-mark" not in sure_item and "confidence 0.92" in sure_item
    assert "unsure-mark" in unsure_item and "confidence 0.31" in unsure_item
    only_unsure = page.split('id="src-s3"', 1)[1].split("</li>", 1)[0]
    assert 'class=" unsure"' in page.split('id="src-s3"', 1)[1][:20] and "confidence 0.40" in only_unsure
    assert "speaker unresolved" in html.all_text()
    assert "the river was rising" in html.all_text(), "unsure quotes stay on the page"
