"""Web benchmark: p95 latency of /api/articles?q=, /api/sources, /search?q=, outlet, home and article pages under 20 clients, a search export, SQLite + PostgreSQL.

A corpus of generated records (bench/corpus.py's generator: made-up articles, nothing from the eval sets)
is stored through the library, then ``newstrace serve`` runs in its own process(es) on 127.0.0.1 and a
free port (``--workers``, default 2: one per core here), and ``--clients`` concurrent clients (asyncio in
one process, one keep-alive HTTP/1.1 connection each, a minimal client that spends little CPU) send
search requests from a fixed mix of queries. The loop is bounded: at most ``--requests`` requests and at
most ``--seconds`` seconds per run; only 127.0.0.1 is ever contacted. Target: SQLite p95 <= 100 ms at
100,000 records with the API's default order (``--gate`` exits 1 when missed).

Each back end is measured per ``--sorts`` (default: ``newest``, the API's default, and ``relevance``,
which scores every match), then per ``--cases`` beyond the article search (default both):
``sources`` (``GET /api/sources`` with and without name / kind filters: the corpus-wide source list) and
``search-page`` (``GET /search?q=`` in the default order: the HTML page with its facet counts),
``outlet`` (``GET /outlet/{name}`` and ``GET /api/outlets/{name}``: an outlet's articles, the sources
it relies on, its anonymous share by month, whom it cites and who cites it) and ``home`` (``GET /``:
the corpus statistics, top outlets and stories, the newest articles), ``article`` (``GET /article/{id}``
over 48 articles spread through the corpus: body highlights, events as claims, corrections, the map) and
``export`` (not under load: one ``/api/export/search.csv`` of about 10,000 rows streamed through one server
process, its time and the server's resident memory beside an export of a tenth of the rows). Targets at
100,000 records on SQLite: ``/api/sources`` p95 <= 200 ms, the search page p95 <= 300 ms, the outlet pages
p95 <= 100 ms, the home page p95 <= 100 ms, the article page p95 <= 150 ms, the 10,000-row export under 10 s
with the same peak memory as the small one.

Beside the loaded figures, which depend on what else runs on the machine, each run reports two that
do not: the latency of one client alone (``--single`` requests after the
loaded run) and the server's CPU time per request (user + system of the ``newstrace serve`` processes,
and for PostgreSQL of the database server's processes, over the loaded run, divided by its requests),
plus the machine's load average when the run started.

    .venv/bin/python bench/web.py [--records 100000] [--clients 20] [--requests 3000] [--seconds 60]
                                  [--sorts newest,relevance] [--cases sources,search-page,outlet,home,article,export] [--workers 2]
                                  [--threads N] [--single 200]
                                  [--rank-window 0] [--skip-postgres] [--pg URL] [--gate] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from common import OUT, table  # noqa: E402
from corpus import fill  # noqa: E402

QUERIES = ["flood", "ceasefire", "strike Lisbon", "budget", "harvest Oslo", "election", "protest Nairobi",
           "bridge", '"move this fast"', "outbreak Hanoi", "port", "reopened Quito"]
HOST = "127.0.0.1"
TARGET_P95_MS = 100.0
CASE_TARGETS_MS = {"sources": 200.0, "search-page": 300.0, "outlet": 100.0, "home": 100.0,  # p95, SQLite, 100,000
                   "article": 150.0}
EXPORT_TARGET_S = 10.0  # a 10,000-row search export streams in under this (SQLite, 100,000 records)
EXPORT_ROWS = 10_000
SOURCE_PATHS = ["/api/sources?limit=50", "/api/sources?kind=person", "/api/sources?name=coast",
                "/api/sources?kind=outlet&limit=20", "/api/sources?name=a&kind=person&limit=10",
                "/api/sources?kind=anonymous"]
OUTLET_PATHS = ["/outlet/Coast%20Daily", "/api/outlets/Harbour%20Wire", "/outlet/valley%20post",
                "/api/outlets/Northern%20Star", "/outlet/The%20River%20Times", "/api/outlets/Capital%20Ledger"]
CASES = ("sources", "search-page", "outlet", "home", "article", "export")
ENDPOINTS = {"sources": "/api/sources", "search-page": "/search (facets)", "outlet": "/outlet, /api/outlets",
             "home": "/ (home)", "article": "/article/{id}", "export": "/api/export/search.csv"}
DEFAULT_SORT = "newest"  # /api/articles' default
ARTICLE_PATHS = [f"/article/gen-{(i * 7919) % 100_000}" for i in range(48)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, *, rank_window: int = 0, workers: int = 1, threads: int | None = None
                 ) -> subprocess.Popen:
    """``newstrace serve`` in its own process (access log off), once it answers."""
    import httpx

    extra = ["--workers", str(workers), *(["--threads", str(threads)] if threads else [])]
    proc = subprocess.Popen([sys.executable, "-m", "newstrace", "serve", "--db", db, "--host", HOST, "--port",
                             str(port), "--log-level", "warning", "--rank-window", str(rank_window), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"newstrace serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            httpx.get(f"http://{HOST}:{port}/api/articles?limit=1", timeout=5)
            return proc
        except httpx.TransportError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("newstrace serve did not answer within two minutes")


def cpu_seconds(root: int | None) -> float:
    """User + system CPU seconds of a process and all its descendants (from /proc; 0 where unreadable)."""
    if root is None:
        return 0.0
    tick = os.sysconf("SC_CLK_TCK")
    parents, used = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, grown = {root}, True
    while grown:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        grown, tree = bool(more), tree | more
    return sum(used.get(pid, 0.0) for pid in tree)


class Connection:
    """One keep-alive HTTP/1.1 connection to 127.0.0.1 (a minimal client: GET, Content-Length bodies), so
    that the load generator spends little CPU of its own on the machine it shares with the server."""

    def __init__(self, port: int):
        self.port = port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n\r\n".encode("ascii"))
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), None)
        if length is None:
            raise RuntimeError("answer without Content-Length")
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def case_paths(case: str) -> tuple[list[str], bytes | tuple[bytes, ...]]:
    """The request paths of a case (sent round-robin) and how every good answer starts. ``case``: a sort
    of ``/api/articles`` (newest, oldest, relevance), ``sources``, ``search-page``, ``outlet`` or ``home``."""
    if case == "outlet":  # the HTML page and the JSON answer, by name, in another case, with "The"
        return OUTLET_PATHS, (b"<!DOCTYPE html>", b'{"')
    if case == "home":
        return ["/"], b"<!DOCTYPE html>"
    if case == "article":  # article pages spread over the corpus (bench/synthetic.py ids gen-0 ...)
        return ARTICLE_PATHS, b"<!DOCTYPE html>"
    if case == "sources":
        return SOURCE_PATHS, b'{"items"'
    if case == "search-page":
        return ["/search?" + urlencode({"q": query}) for query in QUERIES], b"<!DOCTYPE html>"
    return ["/api/articles?" + urlencode({"q": query, "limit": 20, "sort": case}) for query in QUERIES], b'{"items"'


async def _client(port: int, case: str, index: int, budget: dict, times: list[float], errors: list[str]) -> None:
    connection, n = Connection(port), index
    paths, expected = case_paths(case)
    try:
        while budget["left"] > 0 and time.monotonic() < budget["until"]:
            budget["left"] -= 1
            path = paths[n % len(paths)]
            n += 1
            started = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(connection.get(path), timeout=10)
                if status != 200 or not body.startswith(expected):
                    errors.append(f"{status} {body[:200]!r}")
            except Exception as exc:  # noqa: BLE001 - a failed request is counted, the run goes on
                errors.append(repr(exc))
                connection.close()
                connection = Connection(port)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        connection.close()


async def _load(base: str, case: str, clients: int, requests: int, seconds: float, *, warm: bool = True,
                meters: dict | None = None) -> dict:
    """One bounded run; ``meters``: name -> a function giving CPU seconds, reported as ``{name}_ms_per_request``."""
    assert base.startswith(f"http://{HOST}:"), "the load only ever goes to 127.0.0.1"
    port = int(base.rsplit(":", 1)[1])
    times: list[float] = []
    errors: list[str] = []
    if warm:  # every query twice (so that each worker process has seen it), not counted
        for _ in range(2):
            connection = Connection(port)
            for path in case_paths(case)[0]:
                await connection.get(path)
            connection.close()
    budget = {"left": requests, "until": time.monotonic() + seconds}
    meters = meters or {}
    used = {name: meter() for name, meter in meters.items()}
    started = time.perf_counter()
    await asyncio.gather(*[_client(port, case, i, budget, times, errors) for i in range(clients)])
    wall = time.perf_counter() - started
    result = summarize(times, errors, wall)
    for name, meter in meters.items():
        result[f"{name}_ms_per_request"] = round((meter() - used[name]) * 1000 / max(1, len(times)), 2)
    return result


def summarize(times: list[float], errors: list[str], wall: float) -> dict:
    ordered = sorted(times)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else float("nan")

    return {"requests": len(times), "errors": len(errors), "first_errors": errors[:3], "seconds": round(wall, 2),
            "requests_per_second": round(len(times) / wall, 1) if wall else 0.0,
            "median_ms": round(statistics.median(ordered), 1) if ordered else float("nan"),
            "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": round(ordered[-1], 1) if ordered else float("nan")}


def bench_backend(name: str, db: str, args, db_pid=None) -> list[dict]:
    from newstrace.store import Store

    store = Store(db)
    seconds = fill(store, args.records)
    store.close()
    print(f"[bench] {name}: stored {args.records} generated records in {seconds:.1f} s", flush=True)
    runs = [(sort, 0) for sort in args.sorts]
    if args.rank_window and name == "SQLite":
        runs.append(("relevance", args.rank_window))
    runs += [(case, 0) for case in args.cases if case != "export"]
    if args.records < 100_000:
        global ARTICLE_PATHS
        ARTICLE_PATHS = [f"/article/gen-{(i * 7919) % args.records}" for i in range(48)]
    results = [_measure(name, db, args, sort, window, db_pid) for sort, window in runs]
    if "export" in args.cases:
        results.append(measure_export(name, db, args))
    return results


def _rss_kb(root: int) -> int:
    """Resident memory (kB) of a process and its descendants."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == root or int(fields[1]) == root:
            total += int(next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), 0))
    return total


def _export_query(db: str, rows: int) -> tuple[dict, int]:
    """The generated corpus's search (a word and, when needed, a since date) whose matches come closest to
    ``rows`` (at least that many where one exists)."""
    from newstrace.store import Filters, Store
    from newstrace.store.queries import matching_seqs

    store = Store(db)
    found = []
    try:
        for word in ("flood", "election", "strike", "port", "budget"):
            for since in (None, "2024-03", "2024-06", "2024-09", "2024-11"):
                with store.engine.connect() as conn:
                    n = len(conn.execute(matching_seqs(store, word, Filters(since=since))).all())
                found.append(({"q": word, **({"since": since} if since else {})}, n))
    finally:
        store.close()
    above = [f for f in found if f[1] >= rows]
    return min(above, key=lambda f: f[1]) if above else max(found, key=lambda f: f[1])


def measure_export(name: str, db: str, args) -> dict:
    """One search export (``/api/export/search.csv``) of about ``EXPORT_ROWS`` rows through one server
    process: wall time to the last byte, rows, and the server's resident memory sampled every 20 ms while
    it streams, beside the same for an export of a tenth of the rows (flat memory: the two peaks alike)."""
    import threading

    import httpx

    query, matches = _export_query(db, EXPORT_ROWS)
    small, small_matches = _export_query(db, max(1, matches // 10))
    port = free_port()
    server = start_server(db, port, workers=1)
    out = {"backend": name, "case": "export", "endpoint": ENDPOINTS["export"], "sort": "newest", "ranking": "-",
           "rank_window": 0, "records": args.records, "clients": 1, "workers": 1, "load_average":
           round(os.getloadavg()[0], 2)}
    try:
        for label, asked in (("small", small), ("large", query)):
            baseline, peak, done = _rss_kb(server.pid), [0], threading.Event()

            def sample():
                while not done.is_set():
                    peak[0] = max(peak[0], _rss_kb(server.pid))
                    time.sleep(0.02)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            started, lines, size = time.perf_counter(), 0, 0
            with httpx.stream("GET", f"http://{HOST}:{port}/api/export/search.csv?{urlencode(asked)}",
                              timeout=120) as answer:
                for chunk in answer.iter_bytes():
                    lines += chunk.count(b"\r\n")
                    size += len(chunk)
            wall = time.perf_counter() - started
            done.set()
            sampler.join()
            out[label] = {"query": asked, "matches": matches if label == "large" else small_matches,
                          "rows": lines - 1, "seconds": round(wall, 2), "megabytes": round(size / 1e6, 1),
                          "rss_before_mb": round(baseline / 1024, 1), "rss_peak_mb": round(peak[0] / 1024, 1)}
            print(f"[bench] {name} export {asked}: {lines - 1} rows, {size / 1e6:.1f} MB in {wall:.2f} s; "
                  f"server RSS {baseline / 1024:.0f} -> peak {peak[0] / 1024:.0f} MB", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    large = out["large"]
    out.update(requests=1, errors=0 if large["rows"] == large["matches"] else 1, first_errors=[],
               seconds=large["seconds"], requests_per_second=0.0, median_ms=large["seconds"] * 1000,
               p95_ms=large["seconds"] * 1000, p99_ms=large["seconds"] * 1000, max_ms=large["seconds"] * 1000,
               single_client=None)
    return out


def _measure(name: str, db: str, args, case: str, window: int, db_pid=None) -> dict:
    port = free_port()
    server = start_server(db, port, rank_window=window, workers=args.workers, threads=args.threads)
    load = os.getloadavg()[0]
    try:
        base = f"http://{HOST}:{port}"
        meters = {"cpu": lambda: cpu_seconds(server.pid)}
        if db_pid:
            meters["db_cpu"] = lambda: cpu_seconds(db_pid())
        loaded = asyncio.run(_load(base, case, args.clients, args.requests, args.seconds, meters=meters))
        alone = asyncio.run(_load(base, case, 1, args.single, args.seconds, warm=False)) if args.single else {}
    finally:
        server.terminate()
        server.wait(timeout=30)
    sort = DEFAULT_SORT if case == "search-page" else None if case in ENDPOINTS else case
    ranked = window
    if name == "PostgreSQL" and sort == "relevance":  # PostgreSQL ranks a bounded candidate set (0: a store
        from newstrace.store import queries  # from before that ranked every match)

        ranked = window or getattr(queries, "PG_RANK_WINDOW", 0)
    ranking = f"newest {ranked} ranked first" if ranked else ("every match ranked" if sort == "relevance" else
                                                              "-" if sort is None else "index order, no ranking")
    endpoint = ENDPOINTS.get(case, "/api/articles")
    print(f"[bench] {name} {endpoint} sort={sort}{f' rank-window {window}' if window else ''}: "
          f"p50 {loaded['median_ms']} "
          f"p95 {loaded['p95_ms']} ms, {loaded['requests_per_second']} req/s; one client p50 "
          f"{alone.get('median_ms')} p95 {alone.get('p95_ms')} ms; CPU {loaded.get('cpu_ms_per_request')} ms/request "
          f"(load {load:.1f})", flush=True)
    return {"backend": name, "case": case if case in CASES else "articles", "endpoint": endpoint, "sort": sort,
            "ranking": ranking, "rank_window": window, "records": args.records,
            "clients": args.clients, "workers": args.workers, "load_average": round(load, 2), **loaded,
            "single_client": {k: alone[k] for k in ("requests", "median_ms", "p95_ms")} if alone else None}


def report(results: list[dict]) -> None:
    rows = [[r["backend"], r["endpoint"], r["sort"] or "-", r["ranking"], r["records"], r["clients"], r["workers"],
             r["requests"],
             r["errors"], r["requests_per_second"], r["median_ms"], r["p95_ms"], r["p99_ms"],
             (r["single_client"] or {}).get("median_ms"), (r["single_client"] or {}).get("p95_ms"),
             r.get("cpu_ms_per_request"), r.get("db_cpu_ms_per_request", "-"), r["load_average"]] for r in results]
    table("GET /api/articles?q=…, /api/sources, /search?q=…, /outlet/…, / through newstrace serve (127.0.0.1, keep-alive "
          "clients; ms)", ["back end", "endpoint", "sort", "ranking", "records", "clients", "workers", "requests",
                           "errors", "req/s", "p50", "p95", "p99", "1 client p50", "1 client p95",
                           "server CPU ms/req", "db CPU ms/req", "load"], rows)
    for r in (r for r in results if r["backend"] == "SQLite" and r["case"] == "articles"
              and r["sort"] == DEFAULT_SORT):
        met = r["p95_ms"] <= TARGET_P95_MS
        print(f"SQLite (sort={r['sort']}, the API default) p95 {r['p95_ms']} ms: target <= {TARGET_P95_MS:.0f} ms "
              f"{'met' if met else 'MISSED'} ({r['records']:,} records, {r['clients']} clients)")
    for r in (r for r in results if r["case"] == "export"):
        large, small = r["large"], r["small"]
        print(f"{r['backend']} export of {large['rows']:,} rows ({large['query']}): {large['seconds']} s, target < "
              f"{EXPORT_TARGET_S:.0f} s {'met' if large['seconds'] < EXPORT_TARGET_S else 'MISSED'}; server RSS peak "
              f"{large['rss_peak_mb']} MB (from {large['rss_before_mb']}) vs {small['rss_peak_mb']} MB for "
              f"{small['rows']:,} rows")
    for r in (r for r in results if r["backend"] == "SQLite" and r["case"] in CASE_TARGETS_MS):
        target = CASE_TARGETS_MS[r["case"]]
        print(f"SQLite {r['endpoint']} p95 {r['p95_ms']} ms: target <= {target:.0f} ms "
              f"{'met' if r['p95_ms'] <= target else 'MISSED'} ({r['records']:,} records, {r['clients']} clients)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=3000, help="at most this many requests per run")
    parser.add_argument("--seconds", type=float, default=60, help="at most this long per run")
    parser.add_argument("--sorts", type=lambda v: [c for c in v.split(",") if c],
                        default=[DEFAULT_SORT, "relevance"],
                        help="comma-separated orders of /api/articles to measure (newest, oldest, relevance; '' for none)")
    parser.add_argument("--cases", type=lambda v: [c for c in v.split(",") if c], default=list(CASES),
                        help="comma-separated cases beyond /api/articles: sources, search-page, outlet, home ('' for none)")
    parser.add_argument("--workers", type=int, default=2, help="newstrace serve --workers")
    parser.add_argument("--threads", type=int, help="newstrace serve --threads (default: the server's)")
    parser.add_argument("--single", type=int, default=200, help="requests of the one-client run (0: none)")
    parser.add_argument("--rank-window", type=int, default=0,
                        help="SQLite: also measure sort=relevance with serve --rank-window N (0: not)")
    parser.add_argument("--pg", help="a postgresql:// URL of an empty database (default: a throwaway cluster)")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--gate", action="store_true", help="exit 1 if the SQLite p95 target is missed")
    parser.add_argument("--out", type=Path, default=OUT / "web.json")
    args = parser.parse_args()
    unknown = set(args.sorts) - {"newest", "oldest", "relevance"}
    if unknown:
        parser.error(f"unknown sort {', '.join(sorted(unknown))}")
    if set(args.cases) - set(CASES):
        parser.error(f"unknown case {', '.join(sorted(set(args.cases) - set(CASES)))}")
    results = []
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory(prefix="newstrace-bench-web-") as tmp:
            results += bench_backend("SQLite", str(Path(tmp) / "corpus.db"), args)
    if not args.skip_postgres:
        results += _postgres(args)
    report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    gated = [r["p95_ms"] for r in results if r["backend"] == "SQLite" and r["case"] == "articles"
             and r["sort"] == DEFAULT_SORT]
    failed = any(r["errors"] for r in results) or (args.gate and (not gated or min(gated) > TARGET_P95_MS))
    return 1 if failed else 0


def _postgres(args) -> list[dict]:
    cluster = None
    if not args.pg:
        from tests.postgres_server import Cluster

        cluster = Cluster()

    def postmaster() -> int | None:
        try:
            return int((cluster.dir / "data" / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    try:
        return bench_backend("PostgreSQL", args.pg or cluster.new_database(), args,
                             db_pid=postmaster if cluster is not None else None)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
