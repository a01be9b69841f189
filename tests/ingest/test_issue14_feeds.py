"""issue 14: feed items keep their authors, full content, absolute and original links and an outlet;
a feed item whose page cannot be fetched is stored from the feed with a warning; errors clear."""

from __future__ import annotations

import json

from newstrace.ingest.feeds import items_from_feed
from newstrace.ingest.run import IngestOptions, ingest
from newstrace.store import Store, stats
from newstrace.store.current_errors import report

from .builders import news_warc
from .http_server import site  # noqa: F401  (fixture)

FULL = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
<channel><title>The Ostral Gazette</title><link>https://gazette.example/</link>
<item><title>Harbour reopens after storm</title>
  <link>http://feedproxy.google.com/~r/Gazette/~3/AbC123/</link>
  <feedburner:origLink>https://gazette.example/2024/03/harbour</feedburner:origLink>
  <dc:creator>Mira Holt</dc:creator>
  <description>The harbour reopened.</description>
  <content:encoded><![CDATA[<p>The harbour of Port Ellis reopened on Tuesday.</p><p>Ferries run again, the
  harbour master said, and the fish market opens on Friday.</p>]]></content:encoded></item>
<item><title>Council approves bridge</title><link>/news/2024/03/bridge</link>
  <author>desk@gazette.example (Jonas Vell)</author>
  <description>The council voted for the new bridge.</description></item>
<item><title>Elsewhere: a dam in the hills</title><link>https://hills-courier.example/dam</link>
  <description>A reservoir fills up.</description></item>
</channel></rss>"""


def test_issue14_feed_item_has_authors_full_content_original_and_absolute_links():
    first, second, third = (item.page for item in items_from_feed(FULL.encode(), "g.rss", fetch=False))
    assert first.url == "https://gazette.example/2024/03/harbour"  # not the feedproxy link
    assert first.authors == ("Mira Holt",) and first.hints_from == "feed"
    assert "fish market opens on Friday" in first.content  # content:encoded, not the one-line description
    assert second.url == "https://gazette.example/news/2024/03/bridge"  # relative link made absolute
    assert second.authors == ("Jonas Vell",)  # the name, not the e-mail address
    assert first.outlet == second.outlet == "The Ostral Gazette"
    assert third.outlet is None  # another site's item: its outlet comes from its own host


def test_issue14_feed_records_carry_outlet_and_authors(db_url, tmp_path):
    feed = tmp_path / "g.rss"
    feed.write_text(FULL, encoding="utf-8")
    store = Store(db_url)
    ingest(store, [str(feed)], IngestOptions(stages=("extract",), fetch=False))
    harbour = store.get("https://gazette.example/2024/03/harbour")
    assert harbour["outlet"]["name"] == "The Ostral Gazette" and harbour["outlet"]["method"] == "feed"
    assert harbour["authors"] == [{"name": "Mira Holt", "method": "feed"}]
    dam = store.get("https://hills-courier.example/dam")
    assert (dam["outlet"]["name"], dam["outlet"]["method"]) == ("hills-courier.example", "host")
    store.close()


def test_issue14_unfetchable_feed_items_are_stored_from_the_feed_with_a_warning(db_url, site, tmp_path):
    feed = tmp_path / "g.rss"
    feed.write_text(FULL.replace("https://gazette.example", site).replace("/news/2024", "/nowhere"),
                    encoding="utf-8")
    store = Store(db_url)
    summary = ingest(store, [str(feed)], IngestOptions(stages=("extract",), allow_private=True, delay=0.0))
    assert summary["errors"] == 0 and summary["stored"] == 3
    assert summary["warnings"] == 3 and "--no-fetch" in summary["notes"][0]
    assert "fish market" in store.get(f"{site}/2024/03/harbour")["body"]
    store.close()


def test_issue14_an_error_clears_when_the_same_unit_later_succeeds(db_url, tmp_path):
    good = tmp_path / "batch.jsonl"
    good.write_text("not json\n", encoding="utf-8")
    store = Store(db_url)
    ingest(store, [str(good)], IngestOptions(stages=("extract",), fetch=False))
    assert stats(store)["errors_by_code"] == {"NT105": 1}
    good.write_text(json.dumps({"id": "j1", "body": "A clean body about the harbour."}) + "\n", encoding="utf-8")
    ingest(store, [str(good)], IngestOptions(stages=("extract",), fetch=False))
    assert stats(store)["errors"] == 0 and report(store)["codes"] == []
    store.close()


def test_issue14_stale_error_rows_of_an_older_corpus_are_not_current(db_url, tmp_path):
    path = news_warc(tmp_path / "a.warc.gz", 2)
    store = Store(db_url)
    ingest(store, [str(path)], IngestOptions(stages=("extract",), fetch=False))
    from newstrace.store.schema import errors, units

    with store.engine.begin() as conn:  # as an older version left it: an error row beside the success
        unit = conn.execute(units.select().where(units.c.outcome == "stored")).first().unit
        conn.execute(errors.insert().values(unit=unit, code="NT120", message="cannot resolve",
                                            ingested_at="2024-01-01T00:00:00+00:00"))
    assert stats(store)["errors"] == 0 and report(store)["errors"] == 0
    store.close()


def test_issue14_stage_crash_counts_as_a_current_error_with_a_hint(db_url):
    from newstrace.store import Entry

    record = {"id": "a1", "url": "https://gazette.example/a1", "body": "The harbour reopened.",
              "error": {"code": "NT301", "message": "stage places failed: boom"}}
    store = Store(db_url)
    assert store.add_batch([Entry("u1", "stored", record, "gazette.example/a1", "h1")]) == ["stored"]
    store.add_batch([Entry("u1", "duplicate", duplicate_of="a1")])  # re-ingested: still the same stored article
    found = report(store)
    assert found["errors"] == 1 == stats(store)["errors"]
    (entry,) = found["codes"]
    assert entry["code"] == "NT301" and "stage" in entry["hint"] and entry["pages"][0]["unit"] == "u1"
    store.close()


def test_a_warning_about_a_url_of_kilobytes_quotes_its_start_and_end_only(tmp_path):
    """The summary's note quotes an example warning: a feed item's link of 6,000 characters no longer fills the
    terminal (the note is read by a person; the full URL stays on the stored record)."""
    link = "http://127.0.0.1:9/story?ref=" + "q" * 6000 + "&end=1"
    feed = tmp_path / "long.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Times</title>
<item><title>Ferries return</title><link>{link}</link><description>Ferries returned to the northern route on Monday
after a week of storms, the harbour authority said in a statement.</description></item></channel></rss>""",
                    encoding="utf-8")
    store = Store(str(tmp_path / "c.db"))
    summary = ingest(store, [str(feed)], IngestOptions(stages=("extract",), allow_private=True, delay=0.0))
    assert (summary["stored"], summary["warnings"]) == (1, 1)
    note = summary["notes"][0]
    assert len(note) < 600 and "http://127.0.0.1:9/story?ref=qqq" in note and "--no-fetch" in note
    assert next(store.iter_records())["url"] == link
    store.close()
