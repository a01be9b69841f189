"""The corpus commands through the real CLI: ingest, stats, search, trace, export; crash and resume; Dask."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import SAMPLE, run_cli
from tests.ingest.builders import RSS, news_warc, quirky_warc


def _summary(proc) -> dict:
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    return json.loads(proc.stdout.decode().strip().splitlines()[-1])


@pytest.fixture
def corpus_db(tmp_path):
    """A SQLite corpus ingested through the CLI from a WARC and a feed (extract stage only)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    news_warc(inputs / "news.warc.gz", 3)
    quirky_warc(inputs / "quirky.warc.gz")
    (inputs / "feed.rss").write_text(RSS)
    db = str(tmp_path / "corpus.db")
    summary = _summary(run_cli("ingest", str(inputs), "--db", db, "--stages", "extract", "--no-fetch", "--json"))
    assert summary["stored"] == 3 + 3 + 2
    return db


def test_ingest_json_summary_has_the_contract_keys(corpus_db):
    proc = run_cli("ingest", corpus_db.replace("corpus.db", "in"), "--db", corpus_db, "--stages", "extract",
                   "--no-fetch", "--json")
    summary = _summary(proc)
    assert {"read", "stored", "duplicates", "errors", "skipped"} <= set(summary)
    assert summary["stored"] == 0 and summary["duplicates"] == 8  # idempotent


def test_stats_counts_articles_and_errors(corpus_db):
    proc = run_cli("stats", "--db", corpus_db)
    counts = json.loads(proc.stdout)
    assert counts["articles"] == 8
    assert counts["errors_by_code"] == {"NT124": 1, "NT127": 1}


def test_search_text_and_facets(corpus_db):
    proc = run_cli("search", "harbour", "--db", corpus_db, "--json")
    hits = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert hits and all("arbour" in (h["title"] or "") or h["id"] for h in hits)
    proc = run_cli("search", "--db", corpus_db, "--since", "2024-03-05", "--json")
    assert [json.loads(line)["title"] for line in proc.stdout.decode().splitlines()] == ["Harbour reopens after storm"]


def test_search_uses_newstrace_db_from_the_environment(corpus_db, tmp_path):
    proc = run_cli("search", "bridge", "--json", env={"NEWSTRACE_DB": corpus_db})
    assert proc.returncode == 0 and proc.stdout.strip()


def test_trace_by_url_and_unknown_article(corpus_db):
    proc = run_cli("trace", "https://gazette.example/news/1", "--db", corpus_db)
    traced = json.loads(proc.stdout)
    assert traced["article"]["url"] == "https://gazette.example/news/1"
    assert traced["provenance"]["kind"] == "outlet"
    missing = run_cli("trace", "no-such-id", "--db", corpus_db)
    assert missing.returncode == 1 and b"NT403" in missing.stderr


def test_exports(corpus_db, tmp_path):
    import pyarrow.parquet as pq

    records = run_cli("export", "--db", corpus_db, "--format", "jsonl")
    assert len(records.stdout.decode().splitlines()) == 8
    csv_out = tmp_path / "a.csv"
    assert run_cli("export", "--db", corpus_db, "--format", "csv", "-o", str(csv_out)).returncode == 0
    assert csv_out.read_text().startswith("id,url,title,outlet")
    parquet = tmp_path / "a.parquet"
    run_cli("export", "--db", corpus_db, "--format", "parquet", "-o", str(parquet))
    assert pq.read_table(parquet).num_rows == 8
    graph = run_cli("export", "--db", corpus_db, "--format", "graphml")
    assert ET.fromstring(graph.stdout).tag.endswith("graphml")
    report = run_cli("export", "--db", corpus_db, "--format", "markdown")
    assert report.stdout.decode().startswith("# newstrace corpus report") and b"8 articles" in report.stdout
    places = tmp_path / "places.parquet"
    run_cli("export", "--db", corpus_db, "--format", "parquet", "--table", "links", "-o", str(places))
    assert pq.read_table(places).column_names[:2] == ["article_id", "text"]
    refused = run_cli("export", "--db", corpus_db, "--format", "parquet")
    assert refused.returncode == 2 and b"NT504" in refused.stderr


def _article_count(db: str) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.mark.slow
def test_crash_and_resume_loses_and_duplicates_nothing(tmp_path):
    """A real ingest process killed mid-run, then resumed: every page stored exactly once."""
    pages = 400
    warc = news_warc(tmp_path / "big.warc.gz", pages)
    db = str(tmp_path / "c.db")
    args = [sys.executable, "-m", "newstrace", "ingest", str(warc), "--db", db, "--stages", "extract", "--json"]
    victim = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _article_count(db) < 20 and time.monotonic() < deadline and victim.poll() is None:
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    stored_before = _article_count(db)
    assert 0 < stored_before < pages, "the kill should land mid-run"
    summary = _summary(run_cli("ingest", str(warc), "--db", db, "--stages", "extract", "--resume", "--json"))
    assert summary["read"] == 1 + 2 * pages
    assert summary["resumed"] >= stored_before
    assert summary["duplicates"] == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT url_key) FROM articles").fetchone() == (pages, pages)
        assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 1 + 2 * pages


@pytest.mark.slow
def test_dask_local_gives_the_serial_results(tmp_path):
    warc = news_warc(tmp_path / "d.warc.gz", 12)
    results = {}
    for name, extra in (("serial", ()), ("dask", ("--dask", "local", "--workers", "2"))):
        db = str(tmp_path / f"{name}.db")
        summary = _summary(run_cli("ingest", str(warc), "--db", db, "--stages", "extract", "--json", *extra))
        assert summary["stored"] == 12
        lines = run_cli("export", "--db", db, "--format", "jsonl").stdout.decode().splitlines()
        results[name] = [{k: v for k, v in json.loads(line).items() if k != "timings_ms"} for line in lines]
    assert results["dask"] == results["serial"]


@pytest.mark.slow
def test_end_to_end_all_stages_on_the_sample_corpus(tmp_path):
    db = str(tmp_path / "e2e.db")
    summary = _summary(run_cli("ingest", str(SAMPLE), "--db", db, "--json"))
    assert summary["stored"] == len(list(SAMPLE.iterdir())) and summary["errors"] == 0
    counts = json.loads(run_cli("stats", "--db", db).stdout)
    assert counts["articles"] == summary["stored"] and counts["sources"] > 0 and counts["quotes"] > 0
    first = json.loads(run_cli("export", "--db", db, "--format", "jsonl").stdout.decode().splitlines()[0])
    traced = json.loads(run_cli("trace", first["id"], "--db", db).stdout)
    assert traced["provenance"]["children"], "the sample articles cite sources"


def test_link_over_the_stored_corpus_fills_stories(corpus_db):
    """CONTRACT: `newstrace link --db` links what is stored; stats and search --story see it."""
    before = json.loads(run_cli("stats", "--db", corpus_db).stdout)
    done = run_cli("link", "--db", corpus_db)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["articles"] == 8 and 1 <= counts["stories"] <= 8
    after = json.loads(run_cli("stats", "--db", corpus_db).stdout)
    assert after["articles"] == before["articles"]
    assert after["stories"] == counts["stories"]


def test_an_output_path_that_cannot_be_written_is_a_usage_error_not_a_traceback(corpus_db, tmp_path):
    """export -o, link --jsonl -o and analyze -o into a folder that does not exist ended in a Python traceback
    (FileNotFoundError) for export and link; now each says it cannot write the path, with exit status 2."""
    missing = tmp_path / "no-such-folder"
    page = tmp_path / "p.jsonl"
    page.write_text(json.dumps({"id": "a", "body": "The council said the ferry runs again on Monday."}) + "\n")
    runs = [run_cli("export", "--db", corpus_db, "--format", "csv", "-o", str(missing / "a.csv")),
            run_cli("link", "--jsonl", str(page), "-o", str(missing / "l.jsonl")),
            run_cli("analyze", "--stages", "extract", "--jsonl", str(page), "-o", str(missing / "r.jsonl"))]
    for result in runs:
        assert result.returncode == 2, result.stderr
        assert b"cannot write" in result.stderr and b"Traceback" not in result.stderr
