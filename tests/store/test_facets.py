"""Facet counts of a search on both back ends, against counts made in Python from the records: exact
up to ``limit`` matches, and beyond it the counts of the newest ``limit`` matches, flagged ``capped``."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from newstrace.store import Entry, Filters, Store, search
from newstrace.store.facets import facet_summary

WORDS = ["flood", "strike", "harbour", "budget"]
OUTLETS = ["Coast Daily", "Valley Post", "Harbour Wire", None]
PLACES = [("Lisbon", "PT"), ("Oslo", "NO"), ("Porto", "PT"), ("Quito", "EC")]
KINDS = ["outlet", "person", "anonymous", None]


def _record(rng: random.Random, index: int) -> dict:
    words = rng.sample(WORDS, rng.randint(1, 3))
    outlet = rng.choice(OUTLETS)
    published = rng.choice([None, f"2024-{rng.randint(1, 4):02d}-{rng.randint(1, 28):02d}", "2023-11"])
    return {"id": f"a{index:03d}", "title": f"Report {index}", "body": " ".join(words) + f" report {index}.",
            "outlet": {"name": outlet, "domain": None} if outlet else None,
            "published": {"value": published} if published else None,
            "sources": [{"id": f"s{i}", "name": f"Source {rng.randint(1, 5)}", "kind": rng.choice(KINDS)}
                        for i in range(rng.randint(0, 3))],
            "places": [{"name": n, "country": c} for n, c in rng.sample(PLACES, rng.randint(0, 2))]}


@pytest.fixture
def corpus(db_url):
    rng = random.Random(4)
    records = [_record(rng, i) for i in range(90)]
    store = Store(db_url)
    for start in range(0, len(records), 9):
        batch = records[start:start + 9]
        store.add_batch([Entry(r["id"], "stored", r, None, r["id"]) for r in batch])
    stories = {r["id"]: {"story_id": f"story-{i % 7}" if i % 3 else None, "duplicate_of": None}
               for i, r in enumerate(records)}
    store.save_links(stories)
    for record in records:
        record["story_id"] = stories[record["id"]]["story_id"]
    yield store, {r["id"]: r for r in records}
    store.close()


def _expected(records: list[dict], top: int = 8) -> dict:
    counts = {name: Counter() for name in ("outlet", "source_kind", "place", "story", "month", "language")}
    for r in records:
        counts["outlet"].update([r["outlet"]["name"]] if r["outlet"] else [])
        counts["source_kind"].update({s["kind"] for s in r["sources"] if s["kind"]})
        counts["place"].update({p["name"] for p in r["places"]})
        counts["story"].update([r["story_id"]] if r["story_id"] else [])
        counts["month"].update([r["published"]["value"][:7]] if r["published"] else [])
        counts["language"].update([r["language"]] if r.get("language") else [])  # issue 17: language facet
    return {name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
            for name, c in counts.items()}


ASKED = [(None, Filters()), ("flood", Filters()), ("flood strike", Filters()), ("harbour", Filters(place="PT")),
         ("budget", Filters(outlet="coast")), (None, Filters(source_kind="anonymous")),
         ("strike", Filters(since="2024-02-01", until="2024-03")), ("nowhere", Filters())]


@pytest.mark.parametrize("query,filters", ASKED)
def test_counts_equal_the_exact_counts_below_the_limit(corpus, query, filters):
    store, records = corpus
    matched = [records[r["id"]] for r in search(store, query, filters, limit=1000, sort="newest")]
    found = facet_summary(store, query, filters, limit=500)
    assert found["facets"] == _expected(matched) and found["capped"] is False
    assert found["counted"] == len(matched)
    assert facet_summary(store, query, filters, limit=None)["facets"] == _expected(matched)


@pytest.mark.parametrize("query,filters", ASKED[:5])
def test_beyond_the_limit_the_newest_matches_are_counted_and_flagged(corpus, query, filters):
    store, records = corpus
    matched = [records[r["id"]] for r in search(store, query, filters, limit=1000, sort="newest")]
    assert len(matched) > 4
    found = facet_summary(store, query, filters, limit=4)
    assert found["capped"] is True and found["counted"] == 4
    assert found["facets"] == _expected(matched[:4])
