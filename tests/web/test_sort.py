"""Search orders through a real server on SQLite and PostgreSQL (``sort=newest|oldest|relevance``): the
default, cursor paging per order (no duplicates, no gaps), cursors tied to q and sort, the search page's
order links, ``newstrace search --sort``, and ``serve --workers`` / ``--threads``."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from tests.web.articles import documents
from tests.web.test_api import _error
from tests.web.test_pages import Elements

STORED = [d["id"] for d in documents()]  # ingest stores them in this order
LISBON = ["harbour-scoop", "coast-rereport", "valley-copy"]  # the articles naming Lisbon, in storage order


def _ids(client, **params) -> list[str]:
    return [h["id"] for h in client.get("/api/articles", params=params).json()["items"]]


def _all_pages(client, limit: int, **params) -> list[str]:
    seen, cursor = [], None
    for _ in range(20):
        page = client.get("/api/articles", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        assert len(body["items"]) <= limit
        seen += [h["id"] for h in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            return seen
    raise AssertionError("the cursor never ran out")


def test_newest_is_the_default_and_follows_the_storage_order(client):
    answer = client.get("/api/articles", params={"q": "Lisbon"}).json()
    assert answer["sort"] == "newest"
    assert [h["id"] for h in answer["items"]] == LISBON[::-1]
    assert _ids(client, q="Lisbon", sort="newest") == LISBON[::-1]
    assert _ids(client, q="Lisbon", sort="oldest") == LISBON
    assert _ids(client) == STORED[::-1] and _ids(client, sort="oldest") == STORED
    assert _ids(client, q="Lisbon", outlet="Daily", sort="oldest") == ["coast-rereport"]


def test_relevance_finds_the_same_articles_best_first(client):
    ranked = _ids(client, q="Lisbon", sort="relevance")
    assert sorted(ranked) == sorted(LISBON)
    assert _ids(client, q="Lisbon dockworkers", sort="relevance") == ["harbour-scoop"]
    assert client.get("/api/articles", params={"q": "Lisbon", "sort": "relevance"}).json()["sort"] == "relevance"


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
@pytest.mark.parametrize("params", [{"q": "Lisbon"}, {}, {"q": "strike"}, {"source_kind": "person"}])
def test_cursor_paging_per_sort_has_no_duplicates_and_no_gaps(client, sort, params):
    whole = _ids(client, **params, sort=sort, limit=100)
    assert whole and len(set(whole)) == len(whole)
    for limit in (1, 2):
        assert _all_pages(client, limit, **params, sort=sort) == whole


def test_a_cursor_belongs_to_its_query_and_sort(client):
    newest = client.get("/api/articles", params={"q": "Lisbon", "limit": 1}).json()["next_cursor"]
    ranked = client.get("/api/articles", params={"q": "Lisbon", "limit": 1, "sort": "relevance"}).json()["next_cursor"]
    assert newest and ranked
    for sort in ("oldest", "relevance"):
        error = _error(client.get("/api/articles", params={"q": "Lisbon", "limit": 1, "sort": sort,
                                                           "cursor": newest}), 422, "NT602")
        assert "sort" in error["message"]
    _error(client.get("/api/articles", params={"q": "Lisbon", "limit": 1, "cursor": ranked}), 422, "NT602")
    _error(client.get("/api/articles", params={"q": "port", "limit": 1, "cursor": newest}), 422, "NT602")
    follows = client.get("/api/articles", params={"q": "Lisbon", "limit": 1, "sort": "newest", "cursor": newest})
    assert [h["id"] for h in follows.json()["items"]] == ["coast-rereport"]


def test_an_unknown_sort_is_422_and_openapi_lists_the_orders(client):
    error = _error(client.get("/api/articles", params={"sort": "random"}), 422, "NT602")
    assert "sort" in error["message"]
    schema = client.get("/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/articles"]["get"]["parameters"]}
    assert params["sort"]["schema"]["enum"] == ["newest", "oldest", "relevance"]
    assert params["sort"]["schema"]["default"] == "newest"


def test_search_page_orders_and_keeps_the_order_when_paging(client):
    page = client.get("/search", params={"q": "Lisbon", "sort": "oldest"}).text
    assert page.index("/article/harbour-scoop") < page.index("/article/coast-rereport") < page.index(
        "/article/valley-copy")
    html = Elements(page)
    assert "/search?q=Lisbon&sort=relevance" in html.hrefs() and "/search?q=Lisbon&sort=newest" in html.hrefs()
    assert any("outlet=" in h and "sort=oldest" in h for h in html.hrefs())  # facet links keep the order
    newest = client.get("/search", params={"q": "Lisbon"}).text
    assert newest.index("/article/valley-copy") < newest.index("/article/harbour-scoop")
    assert client.get("/search", params={"q": "Lisbon", "sort": "sideways"}).status_code == 422


def test_cli_search_sort(tmp_path):
    from click.testing import CliRunner

    from newstrace.cli import main
    from tests.web.conftest import build_corpus

    db = build_corpus(str(tmp_path / "c.db"), tmp_path)

    def ids(*args) -> list[str]:
        done = CliRunner().invoke(main, ["search", *args, "--db", db])
        assert done.exit_code == 0, done.output
        return [line.split("\t")[0] for line in done.stdout.splitlines() if "\t" in line]

    assert ids("Lisbon", "--sort", "oldest") == LISBON
    assert ids("Lisbon", "--sort", "newest") == LISBON[::-1]
    assert ids("Lisbon dockworkers", "--sort", "relevance") == ["harbour-scoop"]
    assert CliRunner().invoke(main, ["search", "x", "--sort", "random", "--db", db]).exit_code == 2


def test_threads_size_the_thread_pool_and_the_connection_pool(tmp_path):
    from fastapi.testclient import TestClient

    from newstrace.web import create_app
    from tests.web.conftest import build_corpus

    app = create_app(build_corpus(str(tmp_path / "t.db"), tmp_path), threads=3)
    assert app.state.corpus.store.engine.pool.size() == 3
    with TestClient(app) as http:
        import anyio.to_thread

        assert http.get("/api/articles", params={"q": "Lisbon"}).json()["items"]
        assert http.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == 3
    default = create_app(str(tmp_path / "t.db"))
    assert default.state.threads == default.state.corpus.store.engine.pool.size() == 5
    default.state.corpus.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.slow
def test_serve_with_two_workers_answers_from_two_processes(tmp_path):
    from tests.web.conftest import Server, build_corpus

    running = Server(build_corpus(str(tmp_path / "w.db"), tmp_path), "--workers", "2", log=tmp_path / "log")
    try:
        deadline = time.monotonic() + 30
        workers = []
        while time.monotonic() < deadline:
            workers = [p for p in _children(running.proc.pid)
                       if "spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes().decode(errors="replace")]
            if len(workers) == 2:
                break
            time.sleep(0.3)
        assert len(workers) == 2, workers
        with httpx.Client(base_url=running.base, timeout=30) as http:
            for _ in range(20):  # new connections each time: the kernel spreads them over both workers
                assert [h["id"] for h in httpx.get(running.base + "/api/articles",
                                                   params={"q": "Lisbon", "sort": "oldest"}).json()["items"]] == LISBON
            assert http.get("/search", params={"q": "Lisbon"}).status_code == 200
            # one keep-alive connection: without TCP_NODELAY every answer waited >= 40 ms for a delayed ACK
            times = []
            for _ in range(15):
                started = time.perf_counter()
                assert http.get("/api/articles", params={"limit": 1}).status_code == 200
                times.append(time.perf_counter() - started)
            assert sorted(times)[len(times) // 2] < 0.030, times
        for pid in workers:
            assert os.path.exists(f"/proc/{pid}")  # still alive after serving
    finally:
        running.stop()
    assert not any(os.path.exists(f"/proc/{pid}") and _is_running(pid) for pid in workers)


def _is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
