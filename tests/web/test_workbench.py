"""issue 17: the web UI as a workbench — exports of what each page shows, events as claims (folded below the
threshold), stories in time with one title, the server-drawn map, the language facet, and corrections that
need the token, live in their own table and survive re-ingest. In-process (ASGI test client) over a corpus
ingested from our own articles (tests/web/articles.py)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

import newstrace
from newstrace.store import Entry
from newstrace.store import corrections as store_corrections
from newstrace.web import claims, create_app, export
from newstrace.web.worldmap import basemap_svg, countries, project, world_map
from tests.web.articles import write_jsonl
from tests.postgres_server import postgres_cluster  # noqa: F401  (fixture)
from tests.web.conftest import build_corpus

TOKEN = "workbench-token-93a1"
BASE = "http://127.0.0.1:8000"


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workbench")
    db = build_corpus(str(folder / "corpus.db"), folder)
    return db, folder


@pytest.fixture(scope="module")
def reader(corpus_db):
    with TestClient(create_app(corpus_db[0]), base_url=BASE) as client:
        yield client


@pytest.fixture
def editor(corpus_db):
    with TestClient(create_app(corpus_db[0], token=TOKEN), base_url=BASE) as client:
        yield client


def login(client: TestClient, who: str = "Ana Lopes") -> None:
    answer = client.post("/login", data={"who": who, "token": TOKEN}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    assert "httponly" in answer.headers["set-cookie"].lower()
    assert "samesite=strict" in answer.headers["set-cookie"].lower()


def form_fields(page: str, target: str) -> list[str]:
    return re.findall(rf'name="target" value="{target}">\s*<input type="hidden" name="key" value="([^"]+)"', page)


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


# --- exports -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
def test_issue17_search_export_has_every_match_across_batches(reader, monkeypatch, sort):
    """issue 17: the CSV of a search is every match, not the page on screen, read in small batches."""
    monkeypatch.setattr(export, "BATCH", 2)
    api = reader.get("/api/articles", params={"q": "strike", "limit": 100, "sort": sort}).json()
    answer = reader.get("/api/export/search.csv", params={"q": "strike", "sort": sort})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["id"] for r in rows] == [hit["id"] for hit in api["items"]] and len(rows) == 3
    assert all("strike" in r["snippet"].lower() for r in rows)
    data = reader.get("/api/export/search.json", params={"q": "strike", "sort": sort}).json()
    assert data["count"] == 3 and [r["id"] for r in data["items"]] == [r["id"] for r in rows]
    assert data["search"] == {"q": "strike", "sort": sort}


def test_issue17_search_page_links_its_exports_with_its_facets(reader):
    page = reader.get("/search", params={"q": "strike", "outlet": "Coast", "sort": "oldest"}).text
    link = re.search(r'href="(/api/export/search\.csv\?[^"]+)"', page).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO(reader.get(link).text)))
    assert [r["outlet"] for r in rows] == ["Coast Daily"]
    assert 'href="/map?q=strike&amp;outlet=Coast"' in page


def test_issue17_csv_cells_never_start_a_formula():
    rows = list(csv.reader(io.StringIO(b"".join(export.csv_lines(["a", "b"], [{"a": "=HYPERLINK(1)", "b": -3.5},
                                                                               {"a": "@SUM", "b": "+1"}])).decode())))
    assert rows == [["a", "b"], ["'=HYPERLINK(1)", "-3.5"], ["'@SUM", "'+1"]]


def test_issue17_article_story_outlet_source_exports(reader):
    items = list(csv.DictReader(io.StringIO(reader.get("/api/export/article.csv?id=harbour-scoop").text)))
    kinds = {r["item"] for r in items}
    assert {"source", "quote", "place"} <= kinds
    assert any(r["item"] == "source" and r["text"] == "Marta Ivers" and r["kind"] == "person" for r in items)
    record = reader.get("/api/export/article.json?id=harbour-scoop").json()
    # the page lists every event (the default set shown, the rest folded): the export keeps them all (issue 13)
    assert record == reader.get("/api/articles/harbour-scoop", params={"events": "all"}).json()
    story = reader.get("/api/export/story.json?id=story-harbour-scoop").json()
    assert story["count"] == 3 and story["items"][0]["first"] and story["title"]
    story_csv = list(csv.DictReader(io.StringIO(reader.get("/api/export/story.csv?id=story-harbour-scoop").text)))
    assert [r["id"] for r in story_csv] == [a["id"] for a in story["items"]]
    outlet = list(csv.DictReader(io.StringIO(reader.get("/api/export/outlet.csv?name=Harbour Wire").text)))
    assert {"Marta Ivers", "senior port official"} <= {r["name"] for r in outlet}
    source = reader.get("/api/export/source.json?id=person:marta-ivers").json()
    assert source["count"] >= 1 and source["items"][0]["article_id"] == "harbour-scoop"
    assert reader.get("/api/export/story.csv?id=no-such-story").json()["error"]["code"] == "NT601"
    assert reader.get("/api/export/search.xml").status_code == 422


def test_issue17_exports_are_documented_in_openapi(reader):
    paths = reader.get("/openapi.json").json()["paths"]
    for what in ("search", "article", "story", "outlet", "source"):
        assert f"/api/export/{what}.{{fmt}}" in paths
    assert "/api/corrections/export" in paths and "language" in str(paths["/api/articles"])


# --- events as claims --------------------------------------------------------------------------------


def _event(span, confidence, kind="ASSAULT"):
    return {"type": kind, "mode": None, "span": span, "confidence": confidence, "place": "Lisbon",
            "date": "2025-03-03", "acled_type": None, "source_actor": {"text": "police", "code": "PRT", "sector": "COP"},
            "target_actor": {"text": "dockworkers", "code": None, "sector": "LAB"}}


def test_issue17_events_fold_below_the_threshold_and_only_shown_ones_are_underlined(corpus_db, tmp_path):
    body = ("Police fired tear gas at dockworkers in Lisbon on Monday. Unions met ministers on Tuesday. "
            "Shipping firms asked for talks.")
    record = newstrace.analyze(body.encode(), stages=["extract"]).to_dict()
    a, b = body.index("Unions"), body.index("Shipping")
    record.update(id="claims-page", body=body, events=[_event([0, a - 1], 0.9), _event([a, b - 1], 0.2, "CONSULT"),
                                                        _event([b, len(body)], None, "REQUEST")])
    db = str(tmp_path / "claims.db")
    with newstrace.open(db) as corpus:
        corpus.store.add_batch([Entry("claims-unit", "stored", record, None, "claims-hash")])
    with TestClient(create_app(db), base_url=BASE) as client:
        page = client.get("/article/claims-page").text
    shown, folded = page.split('<details class="folded">')
    assert "police <code>PRT</code>" in shown and "dockworkers" in shown and "confidence 0.90" in shown
    assert "Police fired tear gas at dockworkers in Lisbon on Monday." in shown
    assert "2 more, not shown by default" in folded and "confidence 0.20" in folded and "confidence unknown" in folded
    assert page.count("hl-event") == 1 + 1  # the legend and the one shown event
    view = claims.event_claims(record, 0.5)
    assert [e["type"] for e in view["shown"]] == ["ASSAULT"]
    assert [e["type"] for e in view["folded"]] == ["CONSULT", "REQUEST"]


# --- stories, language, map ---------------------------------------------------------------------------


def test_issue17_one_story_title_everywhere(reader):
    story = reader.get("/story/story-harbour-scoop").text
    title = re.search(r"<h1>Story: (.*?)</h1>", story).group(1)
    assert title == "Lisbon dockworkers strike over pay"  # the first reporter's headline
    assert f">{title}</a>" in reader.get("/").text
    facets = reader.get("/search?q=strike").text
    assert f'title="story-harbour-scoop">{title}</a>' in facets
    assert f"story: {title} ✕" in reader.get("/search?story=story-harbour-scoop").text
    assert ">first: Harbour Wire<" in story and "by the hour" in story


def test_issue17_language_facet_filters_the_search(reader):
    page = reader.get("/search?q=strike").text
    assert "<h3>Language</h3>" in page and 'href="/search?q=strike&amp;language=en"' in page
    assert len(reader.get("/api/articles?q=strike&language=en").json()["items"]) == 3
    assert reader.get("/api/articles?q=strike&language=ja").json()["items"] == []
    assert reader.get("/api/articles?language=english").status_code == 422


def test_issue17_map_projection_and_shapes():
    assert project(0, 0) == (500.0, round(84 / 142 * 412, 1)) or project(0, 0)[0] == 500.0
    assert project(84, -180) == (0.0, 0.0)
    assert len(countries()) > 150 and any(c["code"] == "PT" for c in countries())
    svg = basemap_svg().decode()
    assert svg.startswith("<svg") and svg.count("<path") == len(countries())
    drawn = world_map([{"name": "Lisbon", "country": "PT", "lat": 38.7, "lon": -9.1, "mentions": 5},
                       {"name": "Porto", "country": "PT", "lat": 41.1, "lon": -8.6, "mentions": 1},
                       {"name": "Nowhere", "lat": None, "lon": None, "mentions": 9}], "t", {"q": "strike"})
    big, small = drawn["points"]
    assert big["r"] > small["r"] and big["href"] == "/search?q=strike&place=Lisbon"
    assert world_map([], "t") is None


def test_issue17_map_pages_draw_places_linked_to_searches(reader):
    page = reader.get("/map?q=strike").text
    assert '<image href="/map/world.svg"' in page and page.count("<circle") >= 2
    assert 'href="/search?q=strike&amp;place=Lisbon"' in page
    article = reader.get("/article/harbour-scoop").text
    assert '<image href="/map/world.svg"' in article and "<circle" in article
    svg = reader.get("/map/world.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<script" not in svg.text


def test_issue17_css_falls_back_to_cjk_arabic_cyrillic_fonts(reader):
    css = reader.get("/static/style.css").text
    for family in ("Noto Sans CJK JP", "Noto Sans Arabic", "DejaVu Sans"):
        assert family in css


# --- corrections -------------------------------------------------------------------------------------


def test_issue17_without_a_token_nothing_writes_and_no_form_shows(reader):
    page = reader.get("/article/harbour-scoop").text
    assert 'action="/corrections"' not in page and "Read-only" in page
    answer = reader.post("/corrections", data={"article": "harbour-scoop"})
    assert answer.status_code == 403 and "NT603" in answer.text
    assert reader.post("/login", data={"who": "x", "token": "y"}).status_code == 403


def test_issue17_a_correction_needs_login_and_the_form_field(editor):
    page = editor.get("/article/harbour-scoop").text
    assert 'action="/corrections"' not in page and "/login?next=" in page
    assert editor.post("/login", data={"who": "Eve", "token": "wrong"}).status_code == 401
    assert editor.post("/corrections", data={"article": "harbour-scoop"}).status_code == 401
    login(editor)
    page = editor.get("/article/harbour-scoop").text
    key = form_fields(page, "quote")[0]
    sent = {"article": "harbour-scoop", "target": "quote", "key": key, "action": "wrong"}
    assert editor.post("/corrections", data={**sent, "csrf": "forged"}).status_code == 401
    cross = editor.post("/corrections", data={**sent, "csrf": csrf_of(page)}, headers={"Origin": "http://evil.test"})
    assert cross.status_code == 401
    sideways = editor.post("/corrections", data={**sent, "csrf": csrf_of(page)}, headers={"Sec-Fetch-Site": "cross-site"})
    assert sideways.status_code == 401
    assert editor.post("/corrections", json={**sent, "csrf": csrf_of(page)}).status_code == 422


def test_issue17_corrections_show_survive_reingest_and_export_as_gold(editor, corpus_db):
    db, folder = corpus_db
    login(editor, "Ana Lopes")
    page = editor.get("/article/harbour-scoop").text
    csrf = csrf_of(page)
    quote_key = form_fields(page, "quote")[0]
    place_key = next(k for k in form_fields(page, "place") if k.startswith("place:0:"))
    for sent in ({"target": "quote", "key": quote_key, "action": "speaker", "speaker": "Rui Matos", "kind": "person"},
                 {"target": "place", "key": place_key, "action": "location", "name": "Lisboa", "lat": "38.72",
                  "lon": "-9.14", "country": "pt"}):
        answer = editor.post("/corrections", data={"article": "harbour-scoop", "csrf": csrf, **sent},
                             follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/article/harbour-scoop#corrections"
    bad = editor.post("/corrections", data={"article": "harbour-scoop", "csrf": csrf, "target": "place",
                                            "key": place_key, "action": "location", "lat": "91", "lon": "0"})
    assert bad.status_code == 422 and "latitude" in bad.text
    with newstrace.open(db) as corpus:  # re-ingest the same pages: duplicates, the corrections stay
        again = corpus.ingest(str(write_jsonl(folder / "again.jsonl")), workers=1, fetch=False)
        assert again["duplicates"] == 5
    conn = sqlite3.connect(db)  # re-analysis: the article is stored anew under the same id and text
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("DELETE FROM articles WHERE id = 'harbour-scoop'")
    conn.execute("DELETE FROM units")
    conn.commit()
    conn.close()
    with newstrace.open(db) as corpus:
        assert corpus.ingest(str(write_jsonl(folder / "again.jsonl")), workers=1, fetch=False)["stored"] == 1
        corpus.link()
    page = editor.get("/article/harbour-scoop").text
    listed = page[page.index('id="corrections"'):]
    assert "speaker: Rui Matos (person)" in listed and "Ana Lopes" in listed and "Lisboa, PT at 38.72, -9.14" in listed
    assert "no longer found" not in listed
    assert page.count('class="badge corrected"') >= 2
    gold = [json.loads(line) for line in editor.get("/api/corrections/export?format=attribution").text.splitlines()]
    assert [g["id"] for g in gold] == ["harbour-scoop"]
    assert set(gold[0]) == {"id", "url", "outlet", "text", "sources", "quotes"}
    fixed = next(q for q in gold[0]["quotes"] if q["speaker"] == "Rui Matos")
    assert gold[0]["text"][fixed["content_start"]:].startswith(fixed["content"])
    assert {"name": "Rui Matos", "kind": "person", "aliases": []} in gold[0]["sources"]
    geo = [json.loads(line) for line in editor.get("/api/corrections/export?format=geo").text.splitlines()]
    first = geo[0]["toponyms"][0]
    assert first["span"][0] == 0 and (first["lat"], first["lon"]) == (38.72, -9.14)
    assert geo[0]["text"][slice(*first["span"])] == first["name"]
    listed = editor.get("/api/corrections?article=harbour-scoop").json()["items"]
    assert {c["who"] for c in listed} == {"Ana Lopes"} and {c["action"] for c in listed} == {"speaker", "location"}


def test_issue17_correction_values_are_checked():
    with pytest.raises(store_corrections.CorrectionError):
        store_corrections.check_value("event", "speaker", {"speaker": "x"})
    with pytest.raises(store_corrections.CorrectionError):
        store_corrections.check_value("quote", "speaker", {"speaker": " ", "kind": "person"})
    assert store_corrections.check_value("quote", "speaker", {"speaker": "  Jo   Roe ", "kind": "anonymous"}) == \
        {"speaker": "Jo Roe", "kind": "anonymous"}
    record = {"id": "a", "body": "Paris said.", "places": [{"name": "Paris", "span": [0, 5], "lat": 1, "lon": 2}],
              "quotes": [], "sources": [], "events": []}
    fixed = store_corrections.apply(record, [{"target": "place", "item_key": "place:0:5", "action": "wrong",
                                              "value": {}}])
    assert fixed["places"] == [] and record["places"]


@pytest.mark.slow
def test_issue17_workbench_reads_and_corrections_on_postgresql(postgres_cluster, tmp_path):
    """issue 17 on PostgreSQL: migration 0005, corrections, story titles (a window function), map points
    (grouped means), the language facet and a search export."""
    db = build_corpus(postgres_cluster.new_database(), tmp_path)
    with TestClient(create_app(db, token=TOKEN), base_url=BASE) as client:
        login(client)
        page = client.get("/article/harbour-scoop").text
        key = form_fields(page, "source")[0]
        answer = client.post("/corrections", data={"article": "harbour-scoop", "csrf": csrf_of(page),
                                                   "target": "source", "key": key, "action": "wrong"},
                             follow_redirects=False)
        assert answer.status_code == 303
        assert "marked wrong" in client.get("/article/harbour-scoop").text
        assert ">Lisbon dockworkers strike over pay</a>" in client.get("/").text
        assert client.get("/map?q=strike").text.count("<circle") >= 2
        assert 'language=en"' in client.get("/search?q=strike").text
        rows = list(csv.DictReader(io.StringIO(client.get("/api/export/search.csv?q=strike&sort=relevance").text)))
        assert len(rows) == 3


def test_issue17_scripts_correct_through_the_api_with_the_bearer_token(editor, reader):
    sent = {"article": "oslo-bridge", "target": "place", "key": "place:0:0", "action": "wrong", "who": "bot"}
    assert reader.post("/api/corrections", json=sent).json()["error"]["code"] == "NT603"
    assert editor.post("/api/corrections", json=sent).json()["error"]["code"] == "NT604"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert editor.post("/api/corrections", json=sent, headers=auth).json()["error"]["code"] == "NT602"
    record = editor.get("/api/articles/oslo-bridge").json()
    place = record["places"][0]
    key = f"place:{place['span'][0]}:{place['span'][1]}"
    stored = editor.post("/api/corrections", json={**sent, "key": key}, headers=auth).json()
    assert stored["who"] == "bot" and stored["item_text"] == place["name"] and stored["action"] == "wrong"
