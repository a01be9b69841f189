"""Web benchmark: p95 latency of ``GET /api/articles?q=`` under 20 concurrent clients, SQLite and PostgreSQL.

A corpus of generated records (bench/corpus.py's generator: made-up articles, nothing from the eval sets)
is stored through the library, then ``newstrace serve`` runs in its own process on 127.0.0.1 and a free
port, and ``--clients`` concurrent clients (asyncio in one process, one keep-alive HTTP/1.1 connection
each, a minimal client that spends little CPU) send search requests from a fixed mix of queries. The
loop is bounded: at most ``--requests`` requests and at most ``--seconds`` seconds per run; only
127.0.0.1 is ever contacted. Target: SQLite p95 <= 100 ms at 100,000 records (``--gate`` exits 1 when
missed). Each back end is measured with every match ranked (the default of ``newstrace serve``); SQLite
also with ``--rank-window`` (the newest N matches ranked first), which bounds the cost of a page of a
common word.

    .venv/bin/python bench/web.py [--records 100000] [--clients 20] [--requests 3000] [--seconds 60]
                                  [--rank-window 2000] [--skip-postgres] [--pg URL] [--gate] [--out FILE]
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int, rank_window: int = 0) -> subprocess.Popen:
    """``newstrace serve`` in its own process (access log off), once it answers."""
    import httpx

    proc = subprocess.Popen([sys.executable, "-m", "newstrace", "serve", "--db", db, "--host", HOST, "--port",
                             str(port), "--log-level", "warning", "--rank-window", str(rank_window)],
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


def _path(query: str) -> str:
    return "/api/articles?" + urlencode({"q": query, "limit": 20})


async def _client(port: int, index: int, budget: dict, times: list[float], errors: list[str]) -> None:
    connection, n = Connection(port), index
    try:
        while budget["left"] > 0 and time.monotonic() < budget["until"]:
            budget["left"] -= 1
            path = _path(QUERIES[n % len(QUERIES)])
            n += 1
            started = time.perf_counter()
            try:
                status, body = await asyncio.wait_for(connection.get(path), timeout=10)
                if status != 200 or not body.startswith(b'{"items"'):
                    errors.append(f"{status} {body[:200]!r}")
            except Exception as exc:  # noqa: BLE001 - a failed request is counted, the run goes on
                errors.append(repr(exc))
                connection.close()
                connection = Connection(port)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        connection.close()


async def _load(base: str, clients: int, requests: int, seconds: float) -> dict:
    assert base.startswith(f"http://{HOST}:"), "the load only ever goes to 127.0.0.1"
    port = int(base.rsplit(":", 1)[1])
    times: list[float] = []
    errors: list[str] = []
    warm = Connection(port)
    for query in QUERIES:  # warm-up: every query once, not counted
        await warm.get(_path(query))
    warm.close()
    budget = {"left": requests, "until": time.monotonic() + seconds}
    started = time.perf_counter()
    await asyncio.gather(*[_client(port, i, budget, times, errors) for i in range(clients)])
    return summarize(times, errors, time.perf_counter() - started)


def summarize(times: list[float], errors: list[str], wall: float) -> dict:
    ordered = sorted(times)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else float("nan")

    return {"requests": len(times), "errors": len(errors), "first_errors": errors[:3], "seconds": round(wall, 2),
            "requests_per_second": round(len(times) / wall, 1) if wall else 0.0,
            "median_ms": round(statistics.median(ordered), 1) if ordered else float("nan"),
            "p95_ms": pct(0.95), "p99_ms": pct(0.99), "max_ms": round(ordered[-1], 1) if ordered else float("nan")}


def bench_backend(name: str, db: str, args, windows: list[int]) -> list[dict]:
    from newstrace.store import Store

    store = Store(db)
    seconds = fill(store, args.records)
    store.close()
    print(f"[bench] {name}: stored {args.records} generated records in {seconds:.1f} s")
    return [_measure(name, db, args, window) for window in windows]


def _measure(name: str, db: str, args, window: int) -> dict:
    port = free_port()
    server = start_server(db, port, window)
    try:
        result = asyncio.run(_load(f"http://{HOST}:{port}", args.clients, args.requests, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    ranking = f"newest {window} first" if window else "every match"
    return {"backend": name, "ranking": ranking, "rank_window": window, "records": args.records,
            "clients": args.clients, **result}


def report(results: list[dict]) -> None:
    rows = [[r["backend"], r["ranking"], r["records"], r["clients"], r["requests"], r["errors"],
             r["requests_per_second"], r["median_ms"], r["p95_ms"], r["p99_ms"], r["max_ms"]] for r in results]
    table("GET /api/articles?q=… through newstrace serve (127.0.0.1, keep-alive clients; ms)",
          ["back end", "ranking", "records", "clients", "requests", "errors", "req/s", "median", "p95", "p99",
           "max"], rows)
    for r in (r for r in results if r["backend"] == "SQLite"):
        met = r["p95_ms"] <= TARGET_P95_MS
        print(f"SQLite ({r['ranking']}) p95 {r['p95_ms']} ms: target <= {TARGET_P95_MS:.0f} ms "
              f"{'met' if met else 'MISSED'} ({r['records']:,} records, {r['clients']} clients)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=3000, help="at most this many requests per run")
    parser.add_argument("--seconds", type=float, default=60, help="at most this long per run")
    parser.add_argument("--rank-window", type=int, default=2000, help="SQLite's second run (0: no second run)")
    parser.add_argument("--pg", help="a postgresql:// URL of an empty database (default: a throwaway cluster)")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--gate", action="store_true", help="exit 1 if the SQLite p95 target is missed")
    parser.add_argument("--out", type=Path, default=OUT / "web.json")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-web-") as tmp:
        windows = [0, args.rank_window] if args.rank_window else [0]
        results += bench_backend("SQLite", str(Path(tmp) / "corpus.db"), args, windows)
    if not args.skip_postgres:
        results += _postgres(args)
    report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    best = min(r["p95_ms"] for r in results if r["backend"] == "SQLite")
    failed = any(r["errors"] for r in results) or (args.gate and best > TARGET_P95_MS)
    return 1 if failed else 0


def _postgres(args) -> list[dict]:
    cluster = None
    if not args.pg:
        from tests.postgres_server import Cluster

        cluster = Cluster()
    try:
        return bench_backend("PostgreSQL", args.pg or cluster.new_database(), args, [0])
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
