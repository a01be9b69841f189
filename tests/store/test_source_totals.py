"""``source_totals`` (what /api/sources reads) against the exact grouping of every source row, on both
back ends: kept up to date batch by batch, and built by migration 0002 for a corpus stored before it."""

from __future__ import annotations

import random

from newstrace.store import Entry, Store
from newstrace.store.profiles import source_summary
from tests.store.exact_queries import source_summary_exact
from tests.store.migrations import downgrade_and_close
from tests.store.writers import write_at_once

NAMES = [("Reuters", "outlet"), ("reuters", "outlet"), ("Ana Lopes", "person"), ("Ana Lopes", None),
         ("a police officer", "anonymous"), ("the finance ministry", "government"), ("Coast Daily", "outlet"),
         (None, "person")]
OUTLETS = ["Coast Daily", "Valley Post", None, "Harbour Wire"]
DATES = [None, "2024-05-01", "2023-12-20T08:00:00+02:00", "2024-01-15", "2022-07"]
ASKED = [{}, {"kind": "outlet"}, {"kind": "person"}, {"name": "reu"}, {"name": "a", "kind": "anonymous"},
         {"limit": 2}, {"limit": 3, "offset": 2}, {"name": "nobody"}]


def _record(rng: random.Random, index: int) -> dict:
    cited = [rng.choice(NAMES) for _ in range(rng.randint(0, 4))]  # the same source twice now and then
    outlet = rng.choice(OUTLETS)
    published = rng.choice(DATES)
    return {"id": f"a{index}", "title": f"Article {index}", "body": f"Body of article {index}.",
            "outlet": {"name": outlet, "domain": None} if outlet else None,
            "published": {"value": published} if published else None,
            "sources": [{"id": f"s{i}", "name": n, "kind": k, "cited_by": None} for i, (n, k) in enumerate(cited)]}


def _fill(store: Store, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    index = 0
    while index < count:
        size = rng.randint(1, 7)
        batch = [_record(rng, i) for i in range(index, min(count, index + size))]
        store.add_batch([Entry(f"u{r['id']}", "stored", r, None, r["id"]) for r in batch])
        index += size


def _same_everywhere(store: Store) -> None:
    for asked in ASKED:
        limit, offset = asked.get("limit", 50), asked.get("offset", 0)
        filters = {k: v for k, v in asked.items() if k in ("name", "kind")}
        assert source_summary(store, **filters, limit=limit, offset=offset) == \
            source_summary_exact(store, **filters, limit=limit, offset=offset), asked


def test_totals_kept_batch_by_batch_equal_the_exact_grouping(db_url):
    store = Store(db_url)
    _fill(store, 60)
    _same_everywhere(store)
    assert source_summary(store, limit=200) and len(source_summary(store, limit=200)) == 7
    store.close()


def test_totals_survive_a_batch_stored_alone_and_a_later_batch(db_url):
    store = Store(db_url)
    _fill(store, 25, seed=5)
    first = {(r["name"], r["kind"]): r for r in source_summary(store, limit=200)}
    rng = random.Random(9)
    late = [_record(rng, 1000 + i) for i in range(12)]
    store.add_batch([Entry(f"u{r['id']}", "stored", r, None, r["id"]) for r in late])
    _same_everywhere(store)
    after = {(r["name"], r["kind"]): r for r in source_summary(store, limit=200)}
    assert all(after[key]["articles"] >= row["articles"] for key, row in first.items())
    store.close()


def test_migration_builds_the_totals_of_a_corpus_stored_before_it(db_url):
    store = Store(db_url)
    _fill(store, 40, seed=7)
    downgrade_and_close(store, "0001_initial")  # back to the schema before the totals existed
    reopened = Store(db_url)  # migrates again: the totals are built from the stored sources
    _same_everywhere(reopened)
    assert len(source_summary(reopened, limit=200)) == 7
    reopened.close()


def test_two_writers_at_once_keep_one_row_per_source(db_url):
    """Two threads storing batches at the same time (as an API ingest beside a CLI one): every source
    still has one row and the exact totals."""
    store = write_at_once(db_url, _record, per_writer=60)
    assert store.count() == 120
    _same_everywhere(store)
    store.close()
