"""Corpus benchmark: search time on a generated 100,000-record corpus in SQLite and PostgreSQL.

Beside the searches, the reads the web UI and API make over the whole corpus (``web_reads``: the source
list, a search page's facet counts, a relevance page, an outlet's profile, the home page's counts),
timed the same way.

Records are generated (bench/synthetic.py: made-up articles with sources, quotes and places, nothing
from the eval sets) and stored through the library (``Store.add_batch``; the analysis pipeline is
measured in bench/ingest.py). Each query runs through the library (median and 95th percentile of
repeated runs) and once through the CLI (``newstrace search``, wall time including start-up).
PostgreSQL: a throwaway cluster from Debian's binaries (as the tests do), or ``--pg URL``.

    .venv/bin/python bench/corpus.py [--records 100000] [--pg postgresql://...] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from common import NEWSTRACE, save_results, table  # noqa: E402
from synthetic import article, record  # noqa: E402

from newstrace.store import Entry, Filters, Store, search  # noqa: E402

QUERIES = [
    ("one word", "flood", Filters()),
    ("two words", "ceasefire Nairobi", Filters()),
    ("phrase", '"move this fast"', Filters()),
    ("outlet facet only", None, Filters(outlet="harbour")),
    ("word + place + since", "strike", Filters(place="PT", since="2024-06-01")),
    ("word + source kind", "budget", Filters(source="Coast Daily", source_kind="outlet")),
]


def web_reads() -> list[tuple]:
    """What the web UI and API read besides search hits (store/queries.py, store/profiles.py, store/facets.py): name, read.
    Imported here, so that bench/web.py can take ``fill`` from this file with any version of the store."""
    from newstrace.store.facets import facet_summary
    from newstrace.store.queries import citation_edges, search_page, stats
    try:  # outlet and source profiles moved to store/profiles.py (2026-12-06)
        from newstrace.store.profiles import outlet_kinds_by_month, outlet_sources, source_summary
    except ImportError:
        from newstrace.store.queries import outlet_kinds_by_month, outlet_sources, source_summary  # type: ignore

    return [
        ("source list (/api/sources)", lambda store: source_summary(store, limit=51)),
        ("source list, kind=person", lambda store: source_summary(store, kind="person", limit=51)),
        ("source list, name=coast", lambda store: source_summary(store, name="coast", limit=51)),
        ("facets: one word", lambda store: facet_summary(store, "flood")["facets"]["outlet"]),
        ("facets: word + place", lambda store: facet_summary(store, "strike", Filters(place="PT"))["facets"]["month"]),
        ("facets: no words", lambda store: facet_summary(store, None)["facets"]["place"]),
        ("relevance page: one word", lambda store: search_page(store, "flood", limit=21, sort="relevance")),
        ("relevance page: two words", lambda store: search_page(store, "ceasefire Nairobi", limit=21,
                                                                sort="relevance")),
        ("outlet: sources relied on", lambda store: outlet_sources(store, "Coast Daily")),
        ("outlet: anonymous share by month", lambda store: outlet_kinds_by_month(store, "Coast Daily")),
        ("outlet -> outlet edges", lambda store: citation_edges(store)),
        ("home: corpus counts", lambda store: list(stats(store))),
    ]


def fill(store: Store, count: int, batch: int = 2000) -> float:
    rng = random.Random(11)
    started = time.perf_counter()
    for start in range(0, count, batch):
        items = [article(rng, i) for i in range(start, min(count, start + batch))]
        store.add_batch([Entry(f"bench:{a['id']}", "stored", record(a), a["url"], a["id"]) for a in items])
    return time.perf_counter() - started


def time_queries(store: Store, repeats: int) -> list[list]:
    rows = []
    for name, query, filters in QUERIES:
        found = len(search(store, query, filters, limit=20))
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            search(store, query, filters, limit=20)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        rows.append([name, found, round(statistics.median(times), 2), round(times[int(0.95 * (len(times) - 1))], 2)])
    return rows


def time_reads(store: Store, repeats: int) -> list[list]:
    rows = []
    for name, read in web_reads():
        found = len(read(store))
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            read(store)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        rows.append([name, found, round(statistics.median(times), 2), round(times[int(0.95 * (len(times) - 1))], 2)])
    return rows


def cli_search_seconds(db: str) -> float:
    started = time.perf_counter()
    subprocess.run([*NEWSTRACE, "search", "flood", "--db", db, "--limit", "20"], capture_output=True, check=True)
    return round(time.perf_counter() - started, 2)


def bench_backend(name: str, db: str, count: int, repeats: int) -> dict:
    store = Store(db)
    seconds = fill(store, count)
    print(f"[bench] {name}: stored {count} records in {seconds:.1f} s ({count / seconds:.0f} records/s)")
    rows = time_queries(store, repeats)
    reads = time_reads(store, repeats)
    store.close()
    cli = cli_search_seconds(db)
    table(f"Search on {count:,} generated records: {name} (library time, ms; limit 20)",
          ["query", "hits (≤20)", "median ms", "p95 ms"], rows)
    table(f"Web reads on {count:,} generated records: {name} (library time, ms; load {os.getloadavg()[0]:.1f})",
          ["read", "rows", "median ms", "p95 ms"], reads)
    print(f"`newstrace search flood` through the CLI (process start-up included): {cli} s\n")
    return {"records": count, "insert_records_per_second": round(count / seconds), "queries": rows,
            "reads": reads, "cli_search_seconds": cli, "load_average": round(os.getloadavg()[0], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--pg", help="a postgresql:// URL of an empty database (default: a throwaway cluster)")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-corpus-") as tmp:
        results["sqlite"] = bench_backend("SQLite (FTS5)", str(Path(tmp) / "corpus.db"), args.records, args.repeats)
    if not args.skip_postgres:
        cluster = None
        if not args.pg:
            from tests.postgres_server import Cluster

            cluster = Cluster()
        try:
            url = args.pg or cluster.new_database()
            results["postgresql"] = bench_backend("PostgreSQL (tsvector)", url, args.records, args.repeats)
        finally:
            if cluster is not None:
                cluster.stop()
    save_results("corpus", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
