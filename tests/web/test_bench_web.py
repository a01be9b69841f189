"""A small run of bench/web.py: search, the source list, the search page, the outlet pages and the home page
under concurrent load through a real server, both back ends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_search_under_load_answers_every_request_within_bounds(tmp_path):
    out = tmp_path / "web.json"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "web.py"), "--records", "2000", "--clients", "10",
                           "--requests", "300", "--seconds", "60", "--single", "30", "--rank-window", "500",
                           "--out", str(out)], capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "p95" in done.stdout
    results = json.loads(out.read_text())
    assert [(r["backend"], r["case"], r["sort"], r["rank_window"]) for r in results] == [
        ("SQLite", "articles", "newest", 0), ("SQLite", "articles", "relevance", 0),
        ("SQLite", "articles", "relevance", 500), ("SQLite", "sources", None, 0),
        ("SQLite", "search-page", "newest", 0), ("SQLite", "outlet", None, 0), ("SQLite", "home", None, 0),
        ("SQLite", "article", None, 0), ("SQLite", "export", "newest", 0),
        ("PostgreSQL", "articles", "newest", 0), ("PostgreSQL", "articles", "relevance", 0),
        ("PostgreSQL", "sources", None, 0), ("PostgreSQL", "search-page", "newest", 0),
        ("PostgreSQL", "outlet", None, 0), ("PostgreSQL", "home", None, 0), ("PostgreSQL", "article", None, 0),
        ("PostgreSQL", "export", "newest", 0)]
    for export in (r for r in results if r["case"] == "export"):  # issue 17: every match, streamed
        large, small = export["large"], export["small"]
        # the small run's corpus may hold no query with a tenth of the matches: the small export may equal it
        assert export["errors"] == 0 and large["rows"] == large["matches"] >= small["rows"] > 0
        assert large["seconds"] < 60 and large["rss_peak_mb"] > 0
    for result in (r for r in results if r["case"] != "export"):
        assert result["requests"] == 300 and result["errors"] == 0 and result["workers"] == 2
        assert result["seconds"] < 60
        assert result["median_ms"] <= result["p95_ms"] <= result["max_ms"] < 10_000
        assert result["single_client"]["requests"] == 30
        assert 0 < result["single_client"]["median_ms"] <= result["single_client"]["p95_ms"]
        assert result["cpu_ms_per_request"] > 0  # the server's processes were found and measured
    assert all(r["db_cpu_ms_per_request"] > 0 for r in results if r["backend"] == "PostgreSQL" and r["case"] != "export")
