"""Ingest benchmark: every page and feed item of ../shared/eval/ingest accounted for, and throughput.

1. Accounting (eval dev): ``newstrace ingest FILE --db NEW --no-fetch --stages extract --json`` on each
   file of the eval manifest; the per-file counts of the summary go to the set's ``check.py``, and each
   file must satisfy  read = stored + duplicates + errors + skipped  and  pages = HTML responses (+
   headerless HTML payloads) or feed items. Then the whole folder in one run (deduplication across files).
2. Throughput on a generated WARC (bench/synthetic.py, made here, nothing from the eval sets): the full
   pipeline serially (1 core) and with 2 worker processes; the ``extract`` stage on a WARC of >= 10,000
   pages with ``--dask local`` and 1 and 2 workers, with each worker's peak memory.

    .venv/bin/python bench/ingest.py [--pages 10000] [--full-pages 200] [--skip-eval] [--skip-speed]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import NEWSTRACE, eval_dir, save_results, table  # noqa: E402
from synthetic import write_warc  # noqa: E402

# What plain library use does on the same dev files (../shared/eval/ingest/README.md, "How plain library use
# does on these files (measured)"): files whose counts all match the manifest.
PEERS = {"warcio 1.8.1": (18, 18), "FastWARC 2.0.1 strict": (16, 18), "FastWARC 2.0.1 quirks_mode": (17, 18),
         "feedparser 6.0.14 (feeds)": (5, 5), "lxml 6.1.3 strict XML (feeds)": (4, 5)}


def run_ingest(sources: list[str], db: Path, *args: str) -> tuple[dict, float]:
    cmd = [*NEWSTRACE, "ingest", *sources, "--db", str(db), "--json", "--no-progress", *args]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"ingest failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), seconds


def counts_for_check(source: dict) -> dict:
    """The summary's per-source counts in the manifest's terms."""
    if "items" in source:
        return {"items": source["items"]}
    by_type = source.get("records_by_type", {})
    counts = {"records": source.get("records", 0), "records_by_type": by_type,
              "response_records": by_type.get("response", 0), "revisit_records": by_type.get("revisit", 0),
              "html_responses": source.get("html_responses", 0),
              "html_responses_200": source.get("html_responses_200", 0)}
    if source.get("truncated_records"):
        counts["truncated_records"] = source["truncated_records"]
    if source.get("headerless_html_payloads"):
        counts["headerless_html_payloads"] = source["headerless_html_payloads"]
    return counts


def accounted(source: dict) -> bool:
    outcomes = sum(source.get(k, 0) for k in ("stored", "duplicates", "errors", "skipped"))
    pages = sum(source.get(k, 0) for k in ("stored", "duplicates", "errors"))
    expected_pages = source.get("items", source.get("html_responses", 0) + source.get("headerless_html_payloads", 0))
    return outcomes == source["read"] and pages == expected_pages


def eval_accounting(folder: Path, work: Path) -> dict:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    results, rows, all_accounted = {}, [], True
    for entry in manifest["files"]:
        path = folder / entry["file"]
        summary, seconds = run_ingest([str(path)], work / f"{path.name}.db", "--no-fetch", "--stages", "extract")
        (source,) = summary["sources"]
        results[entry["file"]] = counts_for_check(source)
        ok = accounted(source)
        all_accounted &= ok
        rows.append([path.name[:60], summary["read"], summary["stored"], summary["duplicates"], summary["errors"],
                     summary["skipped"], "yes" if ok else "NO", round(seconds, 1)])
    table("Ingest eval (dev): every unit accounted for", ["file", "read", "stored", "duplicates", "errors",
                                                          "skipped", "accounted", "s"], rows)
    results_path = work / "results.json"
    results_path.write_text(json.dumps(results, indent=1), encoding="utf-8")
    check = subprocess.run([sys.executable, str(folder / "check.py"), str(folder / "manifest.json"),
                            str(results_path)], capture_output=True, text=True)
    print(check.stdout)
    verdict = check.stdout.strip().splitlines()[-1]
    passed, total = int(verdict.split()[0]), len(manifest["files"])
    archives = sum(1 for e in manifest["files"] if "items" not in e["expected"])
    table("check.py: files whose counts match the manifest", ["reader", "archives", "feeds"],
          [["newstrace ingest (this run)", f"{_passed(check.stdout, manifest, False)}/{archives}",
            f"{_passed(check.stdout, manifest, True)}/{total - archives}"]]
          + [[name, f"{a}/{b}", ""] if "feeds" not in name else [name, "", f"{a}/{b}"] for name, (a, b) in PEERS.items()])
    whole, seconds = run_ingest([str(folder / "dev")], work / "whole.db", "--no-fetch", "--stages", "extract")
    totals = manifest.get("folder_totals", {})
    table("Whole dev folder in one run (deduplicated by normalised URL or content hash)",
          ["read", "stored", "duplicates", "errors", "skipped", "manifest records + items", "HTML responses",
           "distinct target URIs"],
          [[whole["read"], whole["stored"], whole["duplicates"], whole["errors"], whole["skipped"],
            totals.get("records", 0) + totals.get("feed_items", 0), totals.get("html_responses"),
            totals.get("html_responses_distinct_target_uris")]])
    return {"check": verdict, "check_passed": passed, "files": total, "all_accounted": all_accounted,
            "whole_folder": {k: whole[k] for k in ("read", "stored", "duplicates", "errors", "skipped")}}


def _passed(output: str, manifest: dict, feeds: bool) -> int:
    kinds = {e["file"]: "items" in e["expected"] for e in manifest["files"]}
    return sum(1 for line in output.splitlines() if line.startswith("ok ") and kinds.get(line[5:].strip()) == feeds)


def throughput(work: Path, pages: int, full_pages: int) -> dict:
    small = write_warc(work / f"gen-{full_pages}.warc.gz", full_pages)
    big = write_warc(work / f"gen-{pages}.warc.gz", pages)
    runs = [("full pipeline, serial (1 core)", small, full_pages, ()),
            ("full pipeline, 2 worker processes", small, full_pages, ("--workers", "2")),
            ("extract, Dask local, 1 worker", big, pages, ("--stages", "extract", "--dask", "local", "--workers", "1")),
            ("extract, Dask local, 2 workers", big, pages, ("--stages", "extract", "--dask", "local", "--workers", "2"))]
    rows, out = [], {}
    for name, warc, n, args in runs:
        summary, seconds = run_ingest([str(warc)], work / f"speed-{len(out)}.db", *args)
        assert summary["stored"] == n, summary
        rate = round(n / seconds, 2)
        rows.append([name, n, round(seconds, 1), rate, summary["pages_per_second"],
                     ", ".join(f"{m:.0f}" for m in summary["workers_peak_rss_mb"])])
        out[name] = {"pages": n, "seconds": round(seconds, 1), "pages_per_second_wall": rate,
                     "pages_per_second_ingest": summary["pages_per_second"],
                     "peak_rss_mb": summary["workers_peak_rss_mb"]}
    table("Ingest throughput on a generated WARC (2 shared cores)",
          ["run", "pages", "wall s", "pages/s (CLI wall)", "pages/s (ingest loop)", "peak MB per worker"], rows)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the generated WARC for the Dask runs")
    parser.add_argument("--full-pages", type=int, default=200, help="pages for the full-pipeline runs")
    parser.add_argument("--skip-eval", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-ingest-") as tmp:
        work = Path(tmp)
        folder = None if args.skip_eval else eval_dir("ingest")
        if folder is not None:
            results["eval"] = eval_accounting(folder, work)
        if not args.skip_speed:
            results["throughput"] = throughput(work, args.pages, args.full_pages)
    save_results("ingest", results)
    failed = "eval" in results and not (results["eval"]["all_accounted"]
                                        and results["eval"]["check_passed"] == results["eval"]["files"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
