"""Articles are hostile input: a page with <script>, attribute breakouts and javascript: links is shown
escaped everywhere; writing through the API needs the server's token; the server binds 127.0.0.1."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from tests.web.articles import HOSTILE_OUTLET, HOSTILE_TITLE
from tests.web.conftest import TOKEN, Server
from tests.web.test_pages import Elements


def hostile_pages(client) -> list[str]:
    record = client.get("/api/articles/hostile").json()
    source = next(s for s in record["sources"] if s["kind"] == "person")
    return ["/article/hostile", "/search?q=floodwater", "/search?q=" + quote('"><img src=x>'),
            "/outlet/" + quote(HOSTILE_OUTLET), "/story/" + quote(record["story_id"]), "/",
            f"/source/{source['kind']}:" + "-".join(source["name"].lower().split()),
            "/article/" + quote("<script>alert(1)</script>"), "/search?q=" + quote("<script>alert(1)</script>")]


def _assert_inert(page: str) -> None:
    html = Elements(page)
    assert not [t for t, _ in html.tags if t in ("script", "img", "iframe", "object", "embed", "textarea")]
    handlers = [(t, k) for t, attrs in html.tags for k in attrs if k.lower().startswith("on")]
    assert not handlers, handlers
    assert not [h for h in html.hrefs() if h.strip().lower().startswith(("javascript:", "data:"))]
    assert "<script" not in page.lower() and "<img" not in page.lower()


def test_hostile_article_is_escaped_on_every_page(client):
    for path in hostile_pages(client):
        page = client.get(path)
        assert page.status_code in (200, 404), path
        assert "default-src 'none'" in page.headers["content-security-policy"]
        _assert_inert(page.text)
    article = Elements(client.get("/article/hostile").text).all_text()
    assert HOSTILE_TITLE in article  # shown as text, character for character
    assert "<script>alert('body')</script> Floodwater rose in Riga" in article
    assert "javascript:alert('url')" in article  # the record's URL is shown, but is not a link


def test_hostile_outlet_profile_and_search_show_the_text(client):
    outlet = client.get("/outlet/" + quote(HOSTILE_OUTLET))
    assert outlet.status_code == 200 and HOSTILE_OUTLET in Elements(outlet.text).all_text()
    found = client.get("/search", params={"q": "img onerror"})
    assert "/article/hostile" in Elements(found.text).hrefs()
    _assert_inert(found.text)


def test_api_returns_hostile_text_as_json_data(client):
    record = client.get("/api/articles/hostile")
    assert record.headers["content-type"].startswith("application/json")
    assert record.json()["title"] == HOSTILE_TITLE


@pytest.fixture
def writable(tmp_path):
    running = Server(str(tmp_path / "w.db"), "--token", TOKEN, log=tmp_path / "log")
    yield running
    running.stop()


def test_ingest_through_the_api_needs_the_token(writable):
    doc = {"id": "api-doc", "title": '<iframe src="javascript:alert(3)"></iframe> Ferry',
           "body": "The ferry to Tromsø was cancelled on Friday because of high winds, the operator said."}
    url = writable.base + "/api/ingest"
    assert httpx.post(url, json={"documents": [doc]}).json()["error"]["code"] == "NT604"
    wrong = httpx.post(url, json={"documents": [doc]}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "NT604"
    bad = httpx.post(url, json={"documents": []}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "NT602"
    done = httpx.post(url, json={"documents": [doc], "link": True}, headers={"Authorization": f"Bearer {TOKEN}"},
                      timeout=120)
    assert done.status_code == 200 and done.json()["stored"] == 1, done.text
    assert done.json()["link"]["articles"] == 1
    stored = httpx.get(writable.base + "/api/articles/api-doc").json()
    assert stored["title"] == doc["title"] and stored["story_id"]
    _assert_inert(httpx.get(writable.base + "/article/api-doc").text)
    again = httpx.post(url, json={"documents": [doc]}, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert again.json()["stored"] == 0 and again.json()["duplicates"] == 1


def test_oversized_request_is_413(writable):
    big = httpx.post(writable.base + "/api/ingest", content=b"x" * 5_000_001,
                     headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    assert big.status_code == 413 and big.json()["error"]["code"] == "NT606"


def test_serve_binds_only_localhost_by_default(server):
    """The listening socket is bound to 127.0.0.1, not to every address (read from the kernel's table)."""
    listening = []
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port = local.split(":")
        if state == "0A" and int(port, 16) == server.port:
            listening.append(address)
    assert listening == ["0100007F"]  # 127.0.0.1, little-endian hex