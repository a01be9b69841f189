"""Web benchmark: p95 latency of ``GET /api/articles?q=`` under 20 concurrent clients, SQLite and PostgreSQL.

A corpus of generated records (bench/corpus.py's generator: made-up articles, nothing from the eval sets)
is stored through the library, then ``newstrace serve`` runs in its own process on 127.0.0.1 and a
free port, and ``--clients`` concurrent keep-alive clients (asyncio + httpx, one process) send search
requests from a fixed mix of queries. The loop is bounded: at most ``--requests`` requests in all and at
most ``--seconds`` seconds; only 127.0.0.1 is ever contacted. Target: SQLite p95 <= 100 ms at 100,000
records (``--gate`` exits 1 when missed).

    .venv/bin/python bench/web.py [--records 100000] [--clients 20] [--requests 4000] [--seconds 120]
                                  [--skip-postgres] [--pg URL] [--gate] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from common import OUT, table  # noqa: E402
from corpus import fill  # noqa: E402

QUERIES = ["flood", "ceasefire", "strike Lisbon", "budget", "harvest Oslo", "election", "protest Nairobi",
           "bridge", '"move this fast"', "outbreak Hanoi", "port", "reopened Quito"]
HOST = "127.0.0.1"
TARGET_P95_MS = 100.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    """``newstrace serve`` in its own process (access log off), once it answers."""
    import httpx

    proc = subprocess.Popen([sys.executable, "-m", "newstrace", "serve", "--db", db, "--host", HOST, "--port",
                             str(port), "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


async def _client(http, index: int, budget: dict, times: list[float], errors: list[str]) -> None:
    n = index
    while budget["left"] > 0 and time.monotonic() < budget["until"]:
        budget["left"] -= 1
        query = QUERIES[n % len(QUERIES)]
        n += 1
        started = time.perf_counter()
        try:
            response = await http.get("/api/articles", params={"q": query, "limit": 20})
            if response.status_code != 200 or "items" not in response.json():
                errors.append(f"{response.status_code} {response.text[:200]}")
        except Exception as exc:  # noqa: BLE001 - a failed request is counted, the run goes on
            errors.append(repr(exc))
        times.append((time.perf_counter() - started) * 1000)


async def _load(base: str, clients: int, requests: int, seconds: float) -> dict:
    import httpx

    assert base.startswith(f"http://{HOST}:"), "the load only ever goes to 127.0.0.1"
    times: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as http:
        for query in QUERIES:  # warm-up: every query once, not counted
            await http.get("/api/articles", params={"q": query, "limit": 20})
        budget = {"left": requests, "until": time.monotonic() + seconds}
        started = time.perf_counter()
        await asyncio.gather(*[_client(http, i, budget, times, errors) for i in range(clients)])
        wall = time.perf_counter() - started
    return summarize(times, errors, wall)


def summarize(times: list[float], errors: list[str], wall: float) -> dict:
    ordered = sorted(times)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else float("nan")

    return {"requests": len(times), "errors": len(errors), "first_errors": errors[:3], "seconds": round(wall, 2),
            "requests_per_second": round(len(times) / wall, 1) if wall else 0.0,
            "median_ms": round(statistics.median(ordered), 1) if ordered else float("nan"),
            "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": round(ordered[-1], 1) if ordered else float("nan")}


def bench_backend(name: str, db: str, args) -> dict:
    from newstrace.store import Store

    store = Store(db)
    seconds = fill(store, args.records)
    store.close()
    print(f"[bench] {name}: stored {args.records} generated records in {seconds:.1f} s")
    port = free_port()
    server = start_server(db, port)
    try:
        result = asyncio.run(_load(f"http://{HOST}:{port}", args.clients, args.requests, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {"backend": name, "records": args.records, "clients": args.clients, **result}


def report(results: list[dict]) -> None:
    rows = [[r["backend"], r["records"], r["clients"], r["requests"], r["errors"], r["requests_per_second"],
             r["median_ms"], r["p95_ms"], r["p99_ms"], r["max_ms"]] for r in results]
    table("GET /api/articles?q=… through newstrace serve (127.0.0.1, keep-alive clients; ms)",
          ["back end", "records", "clients", "requests", "errors", "req/s", "median", "p95", "p99", "max"], rows)
    sqlite = next((r for r in results if r["backend"] == "SQLite"), None)
    if sqlite:
        met = sqlite["p95_ms"] <= TARGET_P95_MS
        print(f"SQLite p95 {sqlite['p95_ms']} ms: target <= {TARGET_P95_MS:.0f} ms {'met' if met else 'MISSED'}"
              f" ({sqlite['records']:,} records, {sqlite['clients']} clients)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=4000, help="at most this many requests per back end")
    parser.add_argument("--seconds", type=float, default=120, help="at most this long per back end")
    parser.add_argument("--pg", help="a postgresql:// URL of an empty database (default: a throwaway cluster)")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--gate", action="store_true", help="exit 1 if the SQLite p95 target is missed")
    parser.add_argument("--out", type=Path, default=OUT / "web.json")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-web-") as tmp:
        results.append(bench_backend("SQLite", str(Path(tmp) / "corpus.db"), args))
    if not args.skip_postgres:
        results.append(_postgres(args))
    report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    failed = any(r["errors"] for r in results) or (args.gate and results[0]["p95_ms"] > TARGET_P95_MS)
    return 1 if failed else 0


def _postgres(args) -> dict:
    cluster = None
    if not args.pg:
        from tests.postgres_server import Cluster

        cluster = Cluster()
    try:
        return bench_backend("PostgreSQL", args.pg or cluster.new_database(), args)
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
