"""The HTTP API against a real server, on SQLite and PostgreSQL: search, facets, cursor paging, records,
sources, stories, trace, the one error envelope, OpenAPI and the read-only default."""

from __future__ import annotations

import pytest

ENVELOPE_KEYS = {"code", "message"}


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ENVELOPE_KEYS
    assert body["error"]["code"] == code
    return body["error"]


def test_search_finds_every_word_with_snippet_highlights(client):
    found = client.get("/api/articles", params={"q": "unload ship"}).json()
    ids = {hit["id"] for hit in found["items"]}
    assert ids == {"harbour-scoop", "coast-rereport", "valley-copy"}
    hit = found["items"][0]
    words = [hit["snippet"][a:b].lower() for a, b in hit["highlights"]]
    assert "unload" in words and "ship" in words
    assert found["next_cursor"] is None


def test_facets_narrow_the_search(client):
    def ids(**params):
        return {h["id"] for h in client.get("/api/articles", params=params).json()["items"]}

    assert ids(q="strike", outlet="coast daily") == {"coast-rereport"}
    assert ids(place="Oslo") == {"oslo-bridge"}
    assert ids(place="NO") == {"oslo-bridge"}
    assert ids(source="Marta Ivers") == {"harbour-scoop", "coast-rereport", "valley-copy"}
    assert ids(source_kind="person", since="2025-03-04") >= {"coast-rereport", "valley-copy", "hostile"}
    assert "harbour-scoop" not in ids(since="2025-03-04")
    assert ids(until="2025-02") == {"oslo-bridge"}


def test_cursor_pages_through_everything_once(client):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/articles", params=params).json()
        assert len(page["items"]) <= 2
        seen += [h["id"] for h in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert pages == 3 and len(seen) == 5 and len(set(seen)) == 5
    assert seen[0] == "hostile"  # newest first without a query


def test_a_cursor_from_another_query_is_refused(client):
    cursor = client.get("/api/articles", params={"limit": 1}).json()["next_cursor"]
    assert cursor
    _error(client.get("/api/articles", params={"limit": 1, "q": "bridge", "cursor": cursor}), 422, "NT602")
    _error(client.get("/api/articles", params={"cursor": "not-a-cursor!"}), 422, "NT602")


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1000}, {"since": "last week"},
                                    {"source_kind": "alien"}, {"limit": "ten"}])
def test_invalid_parameters_are_422_in_the_envelope(client, params):
    error = _error(client.get("/api/articles", params=params), 422, "NT602")
    assert next(iter(params)) in error["message"]


def test_the_record_of_one_article(client):
    record = client.get("/api/articles/harbour-scoop").json()
    assert record["outlet"]["name"] == "Harbour Wire"
    assert record["story_id"] and record["duplicate_of"] is None
    assert {s["kind"] for s in record["sources"]} >= {"person", "anonymous"}
    copy = client.get("/api/articles/valley-copy").json()
    assert copy["duplicate_of"] == "coast-rereport"
    assert record["published"]["value"].startswith("2025-03-03")


def test_issue12_min_confidence_leaves_out_unsure_sources_and_quotes(client):
    every = client.get("/api/articles/harbour-scoop", params={"min_confidence": 0}).json()
    sure = client.get("/api/articles/harbour-scoop", params={"min_confidence": 0.85}).json()
    assert sure["sources"] and all(s["confidence"] >= 0.85 or s["id"] == sure["provenance"]["source_id"]
                                   for s in sure["sources"])
    assert all(q["confidence"] >= 0.85 for q in sure["quotes"])
    assert len(sure["quotes"]) <= len(every["quotes"]) and len(sure["sources"]) <= len(every["sources"])
    default = client.get("/api/articles/harbour-scoop").json()
    assert default["quotes"] == client.get("/api/articles/harbour-scoop", params={"min_confidence": 0.45}).json()["quotes"]
    assert all(q["confidence"] >= 0.45 for q in default["quotes"]) and len(default["quotes"]) <= len(every["quotes"])
    _error(client.get("/api/articles/harbour-scoop", params={"min_confidence": 2}), 422, "NT602")


def test_unknown_things_are_404_in_the_envelope(client):
    for path in ("/api/articles/no-such-article", "/api/stories/no-such-story", "/api/trace/nothing",
                 "/api/sources/person:nobody-at-all", "/api/outlets/No Such Outlet", "/api/no/such/route"):
        assert "NT601" == _error(client.get(path), 404, "NT601")["code"]


def test_wrong_method_is_405_in_the_envelope(client):
    _error(client.delete("/api/articles/harbour-scoop"), 405, "NT605")


def test_sources_grouped_most_cited_first_with_paging(client):
    page = client.get("/api/sources", params={"kind": "person"}).json()
    names = [s["name"] for s in page["items"]]
    assert names[0] == "Marta Ivers" and page["items"][0]["articles"] == 3
    assert {"Ingrid Solberg", "Anna Berzina"} <= set(names)
    first = client.get("/api/sources", params={"limit": 1}).json()
    second = client.get("/api/sources", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert first["items"][0]["id"] != second["items"][0]["id"]
    one = client.get(f"/api/sources/{page['items'][0]['id']}").json()
    assert {a["article_id"] for a in one["articles"]} == {"harbour-scoop", "coast-rereport", "valley-copy"}
    assert any("unload" in q["content"] for q in one["quotes"])
    every = client.get(f"/api/sources/{page['items'][0]['id']}", params={"min_confidence": 0}).json()["quotes"]
    assert all(q["confidence"] >= 0.45 for q in one["quotes"]) and len(one["quotes"]) <= len(every)
    sure = client.get(f"/api/sources/{page['items'][0]['id']}", params={"min_confidence": 0.99}).json()["quotes"]
    assert all(q["confidence"] >= 0.99 for q in sure) and len(sure) < len(every)


def test_story_shows_first_reporter_copies_and_quote_drift(client):
    story_id = client.get("/api/articles/harbour-scoop").json()["story_id"]
    story = client.get(f"/api/stories/{story_id}").json()
    assert [a["id"] for a in story["articles"]] == ["harbour-scoop", "coast-rereport", "valley-copy"]
    assert story["first_reporter"]["id"] == "harbour-scoop"
    assert story["copies"] == [{"id": "valley-copy", "duplicate_of": "coast-rereport"}]
    drift = next(g for g in story["quotes"] if "unload" in g["first"]["content"])
    assert drift["first"]["article_id"] == "harbour-scoop" and drift["drifted"]
    changed = [op for op in drift["appearances"][0]["ops"] if op[0] != "equal"]
    assert ["replace", "a single", "one"] in changed


def test_trace_gives_the_tree_and_where_the_quote_appears_first(client):
    trace = client.get("/api/trace/coast-rereport").json()
    assert trace["provenance"]["name"] == "Coast Daily"
    assert "Harbour Wire" in {c["name"] for c in trace["provenance"]["children"]}
    quote = next(q for q in trace["quotes"] if "unload one ship" in q["content"])
    assert quote["appearances"][0]["id"] == "harbour-scoop"
    assert trace["first_appearance"]["id"] == "harbour-scoop"


def test_outlet_profile_whom_it_rereports_and_who_rereports_it(client):
    wire = client.get("/api/outlets/Harbour Wire").json()
    assert {e["citing"] for e in wire["cited_by"]} == {"coastdaily.example", "valleypost.example"}
    assert wire["anonymous_share"] and 0 < wire["anonymous_share"] < 1
    coast = client.get("/api/outlets/Coast Daily").json()
    assert [e["cited"] for e in coast["cites"]] == ["harbour wire"]


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/sources", "/api/stories/{story_id}",
                 "/api/trace/{article_id}", "/api/ingest"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/articles"]["get"]["parameters"]}
    assert {"q", "source", "outlet", "place", "since", "until", "limit", "cursor"} <= params
    assert not any(path.startswith("/article/") for path in spec["paths"])  # pages stay out of the API


def test_docs_page_is_self_contained(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/articles" in page.text
    assert "<script" not in page.text.lower() and "cdn" not in page.text.lower()


def test_writing_is_off_without_a_token(client):
    error = _error(client.post("/api/ingest", json={"documents": [{"id": "x", "body": "Some text here."}]}),
                   403, "NT603")
    assert "--token" in error["message"]
    assert client.get("/api/articles/x").status_code == 404


def test_an_unexpected_failure_is_500_in_the_envelope_and_an_html_page(tmp_path):
    """A damaged stored record (its JSON cut short) makes reading it fail inside the library."""
    import httpx
    import sqlalchemy

    from newstrace.store import Entry, Store
    from tests.web.conftest import Server

    db = str(tmp_path / "damaged.db")
    store = Store(db)
    store.add_batch([Entry("u1", "stored", {"id": "damaged", "title": "T", "body": "Some words here."}, None, "h")])
    with store.engine.begin() as conn:
        conn.execute(sqlalchemy.text("UPDATE articles SET record = '{\"id\": \"dam' WHERE id = 'damaged'"))
    store.close()
    running = Server(db, log=tmp_path / "log")
    try:
        api = httpx.get(running.base + "/api/articles/damaged")
        error = _error(api, 500, "NT699")
        assert "server log" in error["message"] and "Traceback" not in api.text
        assert "default-src 'none'" in api.headers["content-security-policy"]
        page = httpx.get(running.base + "/article/damaged")
        assert page.status_code == 500 and "NT699" in page.text and page.headers["content-type"].startswith("text/html")
        assert httpx.get(running.base + "/api/articles?q=words").json()["items"][0]["id"] == "damaged"
    finally:
        running.stop()
    assert "JSONDecodeError" in (tmp_path / "log").read_text()  # the details went to the log


def test_rank_window_ranks_the_newest_matches_first_and_still_finds_every_one(tmp_path):
    """``serve --rank-window 2``: of the three articles naming Lisbon, the two stored last come first."""
    import httpx

    from tests.web.conftest import Server, build_corpus

    running = Server(build_corpus(str(tmp_path / "w.db"), tmp_path), "--rank-window", "2", log=tmp_path / "log")
    try:
        seen, cursor = [], None
        for _ in range(5):
            params = {"q": "Lisbon", "limit": 1, **({"cursor": cursor} if cursor else {})}
            page = httpx.get(running.base + "/api/articles", params=params).json()
            seen += [h["id"] for h in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert sorted(seen[:2]) == ["coast-rereport", "valley-copy"] and seen[2:] == ["harbour-scoop"]
        exact = httpx.get(running.base + "/api/articles", params={"q": "Lisbon", "outlet": "Harbour"}).json()
        assert [h["id"] for h in exact["items"]] == ["harbour-scoop"]  # facets: the exact ranking
    finally:
        running.stop()
