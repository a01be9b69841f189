"""Search, facets, stats and quote appearances on both back ends."""

from __future__ import annotations

import pytest

from newstrace.store import Entry, Filters, Store, citation_edges, quote_appearances, search, stats
from newstrace.store.queries import fts5_query


def _article(doc_id, title, body, outlet, published, sources=(), places=(), quotes=()):
    return {"id": doc_id, "title": title, "body": body, "outlet": {"name": outlet, "domain": outlet.lower() + ".test"},
            "published": {"value": published, "method": "meta", "confidence": 1.0},
            "sources": [{"id": f"s{i}", "name": n, "kind": k, "cited_by": None} for i, (n, k) in enumerate(sources)],
            "places": [{"name": n, "country": c} for n, c in places],
            "quotes": [{"kind": "direct", "content": q, "speaker": "a spokesman"} for q in quotes]}


@pytest.fixture
def corpus(db_url):
    store = Store(db_url)
    rows = [
        _article("flood-1", "Floods close the Danube ports", "Heavy rain flooded the river ports near Vienna.",
                 "Alpine Wire", "2024-05-01T08:00:00+02:00", [("Reuters", "outlet"), ("a police officer", "anonymous")],
                 [("Vienna", "AT")], ["We have never seen water this high"]),
        _article("flood-2", "Danube flood reaches Budapest", "The flood wave reached Budapest on Friday.",
                 "Pest Daily", "2024-05-03", [("Alpine Wire", "outlet")], [("Budapest", "HU")],
                 ["We have never seen water this high!"]),
        _article("budget-1", "Parliament passes the budget", "Lawmakers passed the budget after a long debate.",
                 "Pest Daily", "2023-12-20", [("the finance minister", "government")], [("Budapest", "HU")]),
    ]
    store.add_batch([Entry(r["id"], "stored", r, None, r["id"]) for r in rows])
    yield store
    store.close()


def test_fts5_query_keeps_operators_out():
    assert fts5_query('flood OR "river port" NEAR(') == '"flood" AND "OR" AND "river port" AND "NEAR"'


def test_full_text_finds_all_words_best_first(corpus):
    assert {r["id"] for r in search(corpus, "Danube")} == {"flood-1", "flood-2"}
    assert [r["id"] for r in search(corpus, "flood Budapest")] == ["flood-2"]
    assert search(corpus, "volcano") == []


def test_facets(corpus):
    assert [r["id"] for r in search(corpus, None, Filters(outlet="pest"))] == ["flood-2", "budget-1"]
    assert [r["id"] for r in search(corpus, None, Filters(source="reuters"))] == ["flood-1"]
    assert [r["id"] for r in search(corpus, None, Filters(source_kind="anonymous"))] == ["flood-1"]
    assert [r["id"] for r in search(corpus, None, Filters(place="AT"))] == ["flood-1"]
    assert {r["id"] for r in search(corpus, None, Filters(place="budapest"))} == {"flood-2", "budget-1"}
    assert [r["id"] for r in search(corpus, None, Filters(since="2024-05-02"))] == ["flood-2"]
    assert [r["id"] for r in search(corpus, None, Filters(until="2024-05-01"))] == ["flood-1", "budget-1"]
    assert [r["id"] for r in search(corpus, "budget", Filters(since="2024-01-01"))] == []


def test_stats_counts(corpus):
    counts = stats(corpus)
    assert counts["articles"] == 3 and counts["quotes"] == 2 and counts["places"] == 3
    assert counts["sources_by_kind"] == {"outlet": 2, "anonymous": 1, "government": 1}
    assert counts["errors"] == 0


def test_the_same_quote_is_found_in_both_articles_earliest_first(corpus):
    found = quote_appearances(corpus, ["We have never seen water this high"])
    assert [a["id"] for a in found["We have never seen water this high"]] == ["flood-1", "flood-2"]


def test_citation_edges_derived_from_outlet_sources(corpus):
    edges = {(e["citing"], e["cited"]): e["count"] for e in citation_edges(corpus)}
    assert edges == {("Alpine Wire", "Reuters"): 1, ("Pest Daily", "Alpine Wire"): 1}
