"""Scale-out benchmark (issue 14): ``newstrace ingest --dask local`` with 1 and 2 workers on a generated WARC.

The target: 2 workers reach >= 1.7x the throughput of 1 worker on a 10,000-page WARC on a quiet machine.
The WARC is made by ``bench/synthetic.py`` (nothing from the eval sets). Each run goes through the CLI with
a new database; the script prints wall time, pages per second, the load average before and after (a
shared machine's load changes the wall times a lot), the CPU time of each Dask worker and of the rest
(reading, storing, scheduling), and from those CPU times what the wall time would be on an otherwise idle
machine with ``--cores`` cores: max(busiest process, all CPU / cores). Reading that estimate beside the
measured ratio tells whether a low ratio comes from newstrace or from the machine.

    .venv/bin/python bench/scale.py [--pages 10000] [--stages LIST] [--cores 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import NEWSTRACE, save_results, table  # noqa: E402
from synthetic import write_warc  # noqa: E402

TARGET_SPEEDUP = 1.7


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(warc: Path, workers: int, stages: str | None, folder: Path) -> dict:
    db = folder / f"scale-{workers}-{time.monotonic_ns()}.db"
    cmd = [*NEWSTRACE, "ingest", str(warc), "--db", str(db), "--json", "--no-progress", "--dask", "local",
           "--workers", str(workers), *(["--stages", stages] if stages else [])]
    load_before, cpu_before, started = os.getloadavg()[0], _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed: {proc.stderr[-2000:]}")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    db.unlink(missing_ok=True)
    workers_cpu = summary.get("workers_cpu_s") or []
    return {"workers": workers, "seconds": round(seconds, 2), "stored": summary["stored"],
            "pages_per_second": round(summary["stored"] / seconds, 2), "load_before": round(load_before, 2),
            "load_after": round(os.getloadavg()[0], 2), "cpu_s": round(cpu, 2), "workers_cpu_s": workers_cpu,
            "rest_cpu_s": round(cpu - sum(workers_cpu), 2), "workers_peak_rss_mb": summary.get("workers_peak_rss_mb")}


def idle_wall(result: dict, cores: int) -> float:
    """Wall time on an idle machine of ``cores`` cores, from the CPU each process used."""
    busiest = max([*result["workers_cpu_s"], result["rest_cpu_s"]] or [0.0])
    return max(busiest, result["cpu_s"] / cores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--stages", default=None, help="stage list (default: all)")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = write_warc(Path(tmp) / "generated.warc.gz", args.pages)
        results = [run(warc, workers, args.stages, Path(tmp)) for _ in range(args.repeat) for workers in (1, 2)]
    rows = [[r["workers"], r["stored"], r["seconds"], r["pages_per_second"], f"{r['load_before']}/{r['load_after']}",
             r["cpu_s"], " ".join(f"{c:.1f}" for c in r["workers_cpu_s"]), r["rest_cpu_s"],
             round(idle_wall(r, args.cores), 1)] for r in results]
    table(f"ingest --dask local, generated WARC of {args.pages} pages, stages: {args.stages or 'all'}",
          ["workers", "stored", "wall s", "pages/s", "load 1-min before/after", "CPU s", "CPU s per worker",
           "CPU s rest", f"idle {args.cores}-core wall s (est.)"], rows)
    one = [r for r in results if r["workers"] == 1]
    two = [r for r in results if r["workers"] == 2]
    measured = sum(r["pages_per_second"] for r in two) / sum(r["pages_per_second"] for r in one)
    estimated = sum(idle_wall(r, args.cores) for r in one) / sum(idle_wall(r, args.cores) for r in two)
    print(f"speed-up 2 vs 1 worker: measured {measured:.2f}x (loaded machine), estimated for an idle "
          f"{args.cores}-core machine {estimated:.2f}x (target {TARGET_SPEEDUP}x on a quiet machine)")
    save_results("scale", {"pages": args.pages, "stages": args.stages, "runs": results,
                           "measured_speedup": round(measured, 3), "estimated_idle_speedup": round(estimated, 3)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
