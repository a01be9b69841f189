"""Long values from pages never cost an article (non-negotiable 4; issue 18's "one bad record never costs the
batch"): on PostgreSQL a long URL, a deep file path or a long host name used to make the database refuse the
whole article (NT402) where SQLite stored it. Both back ends now store such pages and find them again."""

from __future__ import annotations

import random
import sqlite3
import string

import newstrace
from newstrace.store import Entry, Store
from newstrace.store.rows import INDEXED_KEY_BYTES, index_key
from tests.store.migrations import downgrade_and_close

ARTICLE = """<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>
<p>{title} on Monday after a week of storms kept the whole fleet in port, the harbour authority said in a
statement, adding that extra sailings would run through the weekend.</p>{extra}</article></body></html>"""


def _letters(count: int, seed: int) -> str:
    """Letters that do not compress: PostgreSQL's index limit applies to the stored (compressed) entry."""
    draw = random.Random(seed)
    return "".join(draw.choice(string.ascii_lowercase) for _ in range(count))


def _page(folder, name: str, title: str, head: str = "", extra: str = "") -> str:
    path = folder / name
    path.write_text(ARTICLE.format(title=title, head=head, extra=extra), encoding="utf-8")
    return str(path)


def test_pages_with_long_urls_paths_and_hosts_are_stored_and_found(db_url, tmp_path):
    deep = tmp_path / ("archive-" + "a" * 110) / ("section-" + "b" * 110)
    deep.mkdir(parents=True)
    canonical = f"https://quay.example/news/ferries?ref={_letters(3000, 1)}"
    pages = [
        _page(deep, "ferries.html", "Ferries return to the northern route"),
        _page(tmp_path, "canonical.html", "Trams return to the old town", f'<link rel="canonical" href="{canonical}">'),
        _page(tmp_path, "link.html", "Buses return to the coast road",
              extra=f'<p>The <a href="https://{_letters(300, 2)}.example/r">council</a> welcomed it.</p>'),
    ]
    with newstrace.open(db_url) as corpus:
        summary = corpus.ingest(pages, stages=["extract"])
        assert (summary["stored"], summary["errors"]) == (3, 0), summary
        assert corpus.get(pages[0])["title"] == "Ferries return to the northern route"
        assert corpus.get(canonical)["title"] == "Trams return to the old town"
        assert corpus.get(canonical.replace("ref=", "ref=x")) is None


def test_long_keys_are_digests_and_short_ones_stay_readable():
    short = "http://quay.example/news/ferries"
    assert index_key(short) == short
    long_key = "http://quay.example/?q=" + "é" * INDEXED_KEY_BYTES
    digest = index_key(long_key)
    assert digest.startswith("sha256:") and len(digest) == 71
    assert index_key(long_key + "x") != digest
    assert index_key(None) is None


def test_long_keys_stored_before_migration_0008_are_found_after_it(tmp_path):
    """A SQLite corpus kept long URL keys as they were; opening it with this version rewrites them."""
    db = str(tmp_path / "old.db")
    long_url = f"https://quay.example/a?ref={_letters(2000, 3)}"
    record = {"id": "a", "title": "Ferries", "body": "Body.", "schema_version": "1.0", "canonical_url": long_url}
    store = Store(db)
    store.add_batch([Entry("file:a", "stored", record, None, "h")])
    downgrade_and_close(store, "0007_canonical_key")
    with sqlite3.connect(db) as conn:  # as 0007 stored it: the normalised URL itself
        conn.execute("UPDATE articles SET canonical_key = ?", (long_url.replace("https://", "http://"),))
    reopened = Store(db)
    assert reopened.get(long_url)["id"] == "a"
    reopened.close()


def test_an_article_the_database_refuses_counts_as_nt402_in_the_summary(tmp_path):
    db = str(tmp_path / "c.db")
    Store(db).close()
    with sqlite3.connect(db) as conn:  # a database that refuses one article, as a full disk or a constraint would
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.title LIKE 'Refused%' "
                     "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END")
    pages = [_page(tmp_path, "kept.html", "Ferries return to the northern route"),
             _page(tmp_path, "refused.html", "Refused ferries stay in port")]
    with newstrace.open(db) as corpus:
        summary = corpus.ingest(pages, stages=["extract"])
        assert (summary["stored"], summary["errors"], summary["errors_by_code"]) == (1, 1, {"NT402": 1})
        assert corpus.errors()["codes"][0]["code"] == "NT402"


def test_a_long_url_given_to_ingest_is_an_error_of_its_own_and_resume_skips_it(db_url):
    """A URL of kilobytes on the command line made PostgreSQL refuse even its error row: the run stopped."""
    long_url = f"http://127.0.0.1:9/a?q={_letters(8000, 4)}"  # a private address: refused (NT122) before any fetch
    with newstrace.open(db_url) as corpus:
        first = corpus.ingest(long_url, "http://127.0.0.1:9/b", stages=["extract"], delay=0)
        assert (first["errors"], first["errors_by_code"]) == (2, {"NT122": 2})
        again = corpus.ingest(long_url, "http://127.0.0.1:9/b", stages=["extract"], delay=0, resume=True)
        assert (again["resumed"], again["errors"]) == (2, 0)
        units = [page["unit"] for code in corpus.errors()["codes"] for page in code["pages"]]
        assert any(long_url[:100] in unit and "#sha256:" in unit for unit in units)
