"""The ingest loop on both back ends: accounting, idempotency, resume, fetching, errors stored with codes."""

from __future__ import annotations

import json

from newstrace.ingest.run import IngestOptions, ingest
from newstrace.store import Store, stats

from .builders import ATOM, RSS, news_warc, quirky_warc
from .http_server import site  # noqa: F401  (fixture)

FAST = IngestOptions(stages=("extract",), fetch=False, delay=0.0, batch_size=4)


def _accounted(summary: dict) -> bool:
    return summary["read"] == sum(summary[k] for k in ("stored", "duplicates", "errors", "skipped", "resumed"))


def test_folder_of_mixed_inputs_is_accounted_for(db_url, tmp_path):
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    news_warc(tmp_path / "a.warc.gz", 5)
    quirky_warc(tmp_path / "b.warc.gz")
    (tmp_path / "feed.rss").write_text(RSS)
    (tmp_path / "alerts.xml").write_text(ATOM)
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": "j1", "body": "A clean body about the harbour."})
                                          + "\nnot json\n")
    store = Store(db_url)
    summary = ingest(store, [str(tmp_path)], FAST)
    assert _accounted(summary)
    assert summary["stored"] == 5 + 3 + 2 + 1 + 1  # news pages, quirky pages, feed items, atom entry, jsonl body
    assert summary["errors_by_code"] == {"NT124": 1, "NT127": 1, "NT105": 1}
    assert summary["skipped"] == 6 + 4  # warcinfo + requests; warcinfo, png, revisit, request
    per_source = {s["source"].rsplit("/", 1)[1]: s for s in summary["sources"]}
    assert per_source["b.warc.gz"]["records"] == 8 and per_source["b.warc.gz"]["html_responses"] == 4
    assert per_source["feed.rss"]["items"] == 3
    assert stats(store)["errors_by_code"] == {"NT124": 1, "NT127": 1, "NT105": 1}
    store.close()


def test_reingesting_stores_nothing_new(db_url, tmp_path):
    path = news_warc(tmp_path / "a.warc.gz", 4)
    store = Store(db_url)
    first = ingest(store, [str(path)], FAST)
    again = ingest(store, [str(path)], FAST)
    assert first["stored"] == 4 and again["stored"] == 0 and again["duplicates"] == 4
    assert store.count() == 4
    store.close()


def test_same_page_under_a_variant_url_is_a_duplicate(db_url, tmp_path):
    news_warc(tmp_path / "a.warc.gz", 2, prefix="https://gazette.example/news/")
    news_warc(tmp_path / "b.warc.gz", 2, prefix="http://GAZETTE.example:80/news/")
    store = Store(db_url)
    summary = ingest(store, [str(tmp_path)], FAST)
    assert (summary["stored"], summary["duplicates"]) == (2, 2)
    store.close()


def test_resume_skips_finished_units(db_url, tmp_path):
    path = news_warc(tmp_path / "a.warc.gz", 3)
    store = Store(db_url)
    ingest(store, [str(path)], FAST)
    resumed = ingest(store, [str(path)], IngestOptions(stages=("extract",), fetch=False, resume=True))
    assert resumed["resumed"] == 7 and resumed["read"] == 7 and resumed["stored"] == 0
    store.close()


def test_feed_items_are_fetched_from_a_local_site(db_url, site):
    store = Store(db_url)
    summary = ingest(store, [f"{site}/feed.xml", f"{site}/private/2"],
                     IngestOptions(stages=("extract",), allow_private=True, delay=0.0))
    assert summary["stored"] == 3 and summary["errors_by_code"] == {"NT121": 1}
    assert "Port Ellis" in store.get(f"{site}/article/0")["body"]
    store.close()


def test_without_allow_private_nothing_is_fetched(db_url, site):
    store = Store(db_url)
    summary = ingest(store, [f"{site}/article/1"], IngestOptions(stages=("extract",), delay=0.0))
    assert summary["errors_by_code"] == {"NT122": 1} and site.hits == {}
    store.close()


def test_url_list_file(db_url, site, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site}/article/0\n{site}/article/1\n{site}/nowhere\n")
    store = Store(db_url)
    summary = ingest(store, [str(listing)], IngestOptions(stages=("extract",), allow_private=True, delay=0.0))
    assert summary["stored"] == 2 and summary["errors_by_code"] == {"NT124": 1}
    store.close()
