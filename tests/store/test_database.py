"""The store on both back ends: migrations on open, batches, duplicates, errors, units, links."""

from __future__ import annotations

from sqlalchemy import inspect

from newstrace.store import Entry, Store
from tests.store.migrations import downgrade_and_close


def _record(doc_id: str, body: str, **extra) -> dict:
    return {"id": doc_id, "title": f"Title of {doc_id}", "body": body, "schema_version": "1.0", **extra}


def test_open_creates_the_schema_and_reopening_is_harmless(db_url):
    store = Store(db_url)
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "sources", "quotes", "places", "events", "links", "errors", "units",
            "alembic_version"} <= tables
    store.close()
    again = Store(db_url)
    assert again.count() == 0
    again.close()


def test_batch_stores_records_with_their_items_and_units(db_url):
    store = Store(db_url)
    record = _record("a", "The port of Odesa reopened.", sources=[
        {"id": "s1", "name": "Reuters", "kind": "outlet", "description": None, "mentions": [[0, 3]],
         "cited_by": None, "method": "rules", "confidence": 0.9}],
        links=[{"text": "report", "url": "https://www.example.org/r", "span": [0, 3]}])
    outcomes = store.add_batch([
        Entry("file:a", "stored", record, "http://example.org/a", "h-a"),
        Entry("file:b", "error", {"id": "b", "error": {"code": "NT201", "message": "no article"}}),
        Entry("file:c", "skipped"),
    ])
    assert outcomes == ["stored", "error", "skipped"]
    assert store.units_done() == {"file:a", "file:b", "file:c"}
    assert store.get("a")["body"] == "The port of Odesa reopened."
    assert store.get("https://example.org/a#top")["id"] == "a"
    assert store.find_duplicate(None, "h-a") == "a"
    assert store.find_duplicate("http://example.org/a", "other") == "a"
    assert store.find_duplicate("http://example.org/zzz", "other") is None
    store.close()


def test_same_url_key_twice_becomes_a_duplicate_not_a_crash(db_url):
    store = Store(db_url)
    first = Entry("u1", "stored", _record("x1", "one"), "http://example.org/same", "h1")
    second = Entry("u2", "stored", _record("x2", "two"), "http://example.org/same", "h2")
    assert store.add_batch([first, second]) == ["stored", "duplicate"]
    assert store.count() == 1
    store.close()


def test_an_id_taken_by_other_content_gets_a_suffix(db_url):
    store = Store(db_url)
    store.add_batch([Entry("u1", "stored", _record("same-id", "first text"), None, "aaaaaaaa11")])
    store.add_batch([Entry("u2", "stored", _record("same-id", "second text"), None, "bbbbbbbb22")])
    ids = sorted(r["id"] for r in store.iter_records())
    assert ids == ["same-id", "same-id~bbbbbbbb"]
    store.close()


def test_nul_characters_are_kept_out_of_columns_but_not_out_of_the_record(db_url):
    store = Store(db_url)
    store.add_batch([Entry("u", "stored", _record("n", "bad\x00byte"), None, "h")])
    assert store.get("n")["body"] == "bad\x00byte"
    store.close()


def test_save_links_sets_story_and_duplicate(db_url):
    store = Store(db_url)
    store.add_batch([Entry(f"u{i}", "stored", _record(f"r{i}", f"text {i}"), None, f"h{i}") for i in range(3)])
    store.save_links({"r1": {"story_id": "s1", "duplicate_of": "r0"}, "r0": {"story_id": "s1"}},
                     [{"citing": "A", "cited": "B", "article_id": "r1", "date": "2024-01-01", "via": "source"}])
    assert store.get("r1")["duplicate_of"] == "r0" and store.get("r1")["story_id"] == "s1"
    assert store.get("r2")["story_id"] is None
    store.close()


def test_migrations_build_the_tables_schema_py_describes(db_url):
    """schema.py (what queries use) and the Alembic migrations (what databases get) must not drift apart."""
    from newstrace.store.schema import metadata

    store = Store(db_url)
    inspector = inspect(store.engine)
    for table in metadata.sorted_tables:
        migrated = {column["name"] for column in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= migrated, table.name
    store.close()


def test_issue13_the_events_table_keeps_why_an_event_is_outside_the_default_set(db_url):
    from newstrace.store.export import table_rows

    store = Store(db_url)
    events = [{"type": "ASSAULT", "mode": None, "confidence": 0.9, "hidden": None},
              {"type": "ASSAULT", "mode": None, "confidence": 0.8,
               "hidden": "no ASSAULT actor of the right kind (source none, target none)"}]
    store.add_batch([Entry("file:e", "stored", _record("e", "Troops shelled the town. He shot back.", events=events))])
    columns, rows = table_rows(store, "events")
    assert "hidden" in columns
    assert sorted((r["hidden"] or "") for r in rows) == [
        "", "no ASSAULT actor of the right kind (source none, target none)"]
    store.close()


def test_get_matches_the_declared_canonical_url_first_stored_of_copies(db_url):
    """Lookup by canonical URL: an article found by the canonical URL it declares, normalised; of copies
    declaring one canonical URL the first stored; an article's own URL before another's canonical; else None."""
    canonical = "https://www.quaytimes.example/2026/ferries-return?utm_source=rss"
    store = Store(db_url)
    store.add_batch([
        Entry("file:saved.html", "stored", _record("saved.html", "Ferries returned.", canonical_url=canonical), None,
              "h1"),
        Entry("file:copy.html", "stored", _record("copy.html", "Ferries are back.", canonical_url=canonical), None,
              "h2"),
        Entry("web:own", "stored", _record("own", "Own page.", url="https://quaytimes.example/own",
                                           canonical_url="https://quaytimes.example/elsewhere"),
              "http://quaytimes.example/own", "h3"),
        Entry("file:names-own", "stored", _record("names-own", "Names it.",
                                                  canonical_url="https://quaytimes.example/own"), None, "h4"),
    ])
    assert store.get("https://www.quaytimes.example/2026/ferries-return")["id"] == "saved.html"
    assert store.get("http://www.quaytimes.example/2026/ferries-return#top")["id"] == "saved.html"
    assert store.get(canonical)["id"] == "saved.html"
    assert store.get("https://quaytimes.example/own")["id"] == "own"
    assert store.get("https://quaytimes.example/elsewhere")["id"] == "own"
    assert store.get("https://www.quaytimes.example/2026/ferries-leave") is None
    store.close()


def test_migration_fills_the_canonical_url_of_articles_stored_before(tmp_path):
    """Lookup by canonical URL: articles stored before migration 0007 are found by their canonical URL after it."""
    db = str(tmp_path / "old.db")
    store = Store(db)
    store.add_batch([Entry("file:a", "stored", _record("a", "Body.", canonical_url="https://dock.example/a"),
                           None, "h")])
    downgrade_and_close(store, "0006_event_hidden")
    reopened = Store(db)
    assert reopened.get("https://dock.example/a")["id"] == "a"
    reopened.close()
