"""The per-outlet aggregates and corpus counters (what the outlet and home pages read) against the exact
groupings of every row, on both back ends: kept up to date batch by batch, built by migration 0004 for
a corpus stored before it, and after ``newstrace link`` has set stories, duplicates and edges."""

from __future__ import annotations

import random

from newstrace.store import Entry, Store
from newstrace.store import profiles as p
from newstrace.store import queries as q
from tests.store import exact_queries as x
from tests.store.migrations import downgrade_and_close
from tests.store.writers import write_at_once

OUTLETS = [("Coast Daily", "coastdaily.example"), ("Coast Daily", None), ("coast daily", "cd.example"),
           ("Valley Post", None), (None, "nameless.example"), (None, None), ("The Harbour Wire", "harbour.example")]
SOURCES = [("Reuters", "outlet"), ("Coast Daily", "outlet"), ("Valley Post", "outlet"), ("Ana Lopes", "person"),
           ("Ana Lopes", None), ("a police officer", "anonymous"), ("two officials", "anonymous"),
           (None, "anonymous"), (None, "person"), ("the finance ministry", "government")]
DATES = [None, "2024-05-01", "2024-05-20T08:00:00+02:00", "2023-12-20", "2024-01-15", "2022-07"]
EVENTS = [None, "protest", "strike", "protest"]
ASKED = ["Coast Daily", "coast daily", "COASTDAILY.EXAMPLE", "cd.example", "The Harbour Wire", "harbour.example",
         "Harbour Wire", "Valley Post", "nameless.example", "nobody", ""]


def _record(rng: random.Random, index: int) -> dict:
    name, domain = rng.choice(OUTLETS)
    outlet = {"name": name, "domain": domain} if name or domain else None
    cited = [rng.choice(SOURCES) for _ in range(rng.randint(0, 5))]  # the same source twice now and then
    published = rng.choice(DATES)
    return {"id": f"a{index}", "title": f"Article {index}", "body": f"Body of article {index}.", "outlet": outlet,
            "published": {"value": published} if published else None,
            "sources": [{"id": f"s{i}", "name": n, "kind": k, "cited_by": rng.choice([None, None, "s0"])}
                        for i, (n, k) in enumerate(cited)],
            "quotes": [{"kind": "direct", "content": f"words {index} {i}"} for i in range(rng.randint(0, 2))],
            "places": [{"name": "Lisbon", "country": "PT"}] * rng.randint(0, 2),
            "events": [{"type": rng.choice(EVENTS)} for _ in range(rng.randint(0, 2))]}


def _fill(store: Store, count: int, seed: int = 3, start: int = 0) -> None:
    rng = random.Random(seed)
    index = start
    while index < start + count:
        size = rng.randint(1, 7)
        batch = [_record(rng, i) for i in range(index, min(start + count, index + size))]
        store.add_batch([Entry(f"u{r['id']}", "stored", r, None, r["id"]) for r in batch])
        index += size


def _edges(edges: list[dict]) -> list[dict]:
    return sorted(edges, key=lambda e: (e["citing"], e["cited"]))


def _same_everywhere(store: Store) -> None:
    for name in ASKED:
        assert p.outlet_sources(store, name) == x.outlet_sources_exact(store, name), name
        assert p.outlet_sources(store, name, limit=2) == x.outlet_sources_exact(store, name, limit=2), name
        assert p.outlet_kinds_by_month(store, name) == x.outlet_kinds_by_month_exact(store, name), name
        assert p.outlet_articles(store, name) == p.outlet_articles_exact(store, name), name
        assert p.outlet_articles(store, name, limit=1) == p.outlet_articles_exact(store, name, limit=1), name
    assert _edges(q.citation_edges(store)) == _edges(q.citation_edges_exact(store))
    assert q.stats(store) == x.stats_exact(store)
    assert p.top_outlets(store) == x.top_outlets_exact(store)
    assert p.top_outlets(store, limit=2) == x.top_outlets_exact(store, limit=2)


def test_an_empty_store_counts_nothing(db_url):
    store = Store(db_url)
    _same_everywhere(store)
    assert q.stats(store)["articles"] == 0 and q.citation_edges(store) == []
    store.close()


def test_aggregates_kept_batch_by_batch_equal_the_exact_groupings(db_url):
    store = Store(db_url)
    _fill(store, 70)
    _same_everywhere(store)
    assert p.outlet_sources(store, "coast daily") and p.outlet_kinds_by_month(store, "Coast Daily")
    assert q.citation_edges(store) and q.stats(store)["events_by_type"]
    _fill(store, 30, seed=8, start=500)  # a later run adds to every aggregate
    _same_everywhere(store)
    store.close()


def test_migration_builds_the_aggregates_of_a_corpus_stored_before_it(db_url):
    store = Store(db_url)
    _fill(store, 50, seed=7)
    expected = {name: p.outlet_sources(store, name) for name in ASKED}
    downgrade_and_close(store, "0003_facet_indexes")  # back to the schema before the aggregates existed
    reopened = Store(db_url)  # migrates again: the aggregates are built from the stored rows
    _same_everywhere(reopened)
    assert {name: p.outlet_sources(reopened, name) for name in ASKED} == expected
    _fill(reopened, 20, seed=11, start=900)  # and kept up to date from there
    _same_everywhere(reopened)
    reopened.close()


def test_stats_and_edges_after_linking(db_url):
    store = Store(db_url)
    _fill(store, 40, seed=5)
    ids = [r["id"] for r in store.iter_records()]
    store.save_links({ids[0]: {"story_id": "st1", "duplicate_of": None},
                      ids[1]: {"story_id": "st1", "duplicate_of": ids[0]},
                      ids[2]: {"story_id": "st2", "duplicate_of": None}})
    _same_everywhere(store)
    assert q.stats(store)["stories"] == 2 and q.stats(store)["duplicates_linked"] == 1
    store.save_links({}, [{"citing": "Coast Daily", "cited": "Reuters", "article_id": ids[3], "date": "2024-05-01",
                           "via": "text"}])
    assert q.citation_edges(store) == q.citation_edges_exact(store) == [
        {"citing": "Coast Daily", "cited": "Reuters", "count": 1, "first": "2024-05-01", "last": "2024-05-01"}]
    store.close()


def test_two_writers_at_once_keep_the_exact_aggregates(db_url):
    store = write_at_once(db_url, _record, per_writer=45)
    assert store.count() == 90
    _same_everywhere(store)
    store.close()
