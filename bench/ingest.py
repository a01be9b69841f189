"""Ingest benchmark: every page and feed item of ../shared/eval/ingest accounted for, and throughput.

1. Accounting (eval dev): ``newstrace ingest FILE --db NEW --no-fetch --stages extract --json`` on each
   file of the eval manifest; the per-file counts of the summary go to the set's ``check.py``, and each
   file must satisfy  read = stored + duplicates + errors + skipped  and  pages = HTML responses (+
   headerless HTML payloads) or feed items. Then the whole folder in one run (deduplication across files).
2. Records (eval dev, full pipeline): ``newstrace ingest dev --no-fetch`` once, then the stored records:
   outlet found (share of articles), authors for the feed items whose feed names them (``author`` /
   ``dc:creator``), relative or ``feedproxy`` URLs (target 0), stale errors (error rows whose unit later
   succeeded; target 0), each on the tune and the check half (by article id); and the run's throughput
   in pages per CPU-second of the ingest process and its peak RSS (targets >= 8, < 1 GB).
3. Throughput on a generated WARC (bench/synthetic.py, made here, nothing from the eval sets): the full
   pipeline serially (1 core) and with 2 worker processes; the ``extract`` stage on a WARC of >= 10,000
   pages with ``--dask local`` and 1 and 2 workers, with each worker's peak memory.

    .venv/bin/python bench/ingest.py [--pages 10000] [--full-pages 200] [--skip-eval] [--skip-records]
                                     [--skip-speed]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HALVES, NEWSTRACE, eval_dir, half_gap_warning, half_of, save_results, table  # noqa: E402
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


TARGETS = {"outlet": 0.98, "authors": 0.95, "pages_per_cpu_second": 8.0, "peak_rss_mb": 1024.0}
_PROXY_HOSTS = ("feedproxy.google.com", "feeds.feedburner.com")


def record_quality(folder: Path, work: Path) -> dict:
    """Full pipeline over the dev folder, then outlet, authors, URL and error figures from the stored records."""
    import resource

    db = work / "records.db"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary, _seconds = run_ingest([str(folder / "dev")], db, "--no-fetch")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = after.ru_maxrss / 1024.0  # the largest child so far (the accounting runs before it are smaller)
    again, _s = run_ingest([str(folder / "dev")], db, "--no-fetch", "--stages", "extract")  # a second run
    figures = _figures(db, _named_feed_items(folder))
    rate = summary["pages"] / cpu if cpu else 0.0
    rows = [[what, *(_share(figures[what][h]) for h in HALVES), target]
            for what, target in (("outlet found", ">= 0.98"), ("authors (feed names them)", ">= 0.95"))]
    rows += [["relative or feedproxy URLs", figures["bad_urls"]["tune"][1], figures["bad_urls"]["check"][1], "0"],
             ["stale errors (after a second run)", figures["stale"], "", "0"]]
    table("Records of the dev folder (ingest --no-fetch, full pipeline)", ["figure", "tune", "check", "target"], rows)
    for what in ("outlet found", "authors (feed names them)"):
        tune, check = (_share(figures[what][h]) for h in HALVES)
        if isinstance(tune, float) and isinstance(check, float):
            half_gap_warning(tune, check, what)
    table("Ingest throughput on the dev folder (--no-fetch, full pipeline, this process only)",
          ["pages", "CPU s", "pages per CPU-s", "peak RSS MB", "target"],
          [[summary["pages"], round(cpu, 1), round(rate, 2), round(peak), ">= 8 pages/CPU-s, < 1024 MB"]])
    return {"figures": {k: v for k, v in figures.items()}, "pages": summary["pages"], "cpu_seconds": round(cpu, 1),
            "pages_per_cpu_second": round(rate, 2), "peak_rss_mb": round(peak), "second_run": again["read"]}


def _share(pair: tuple[int, int]) -> float | str:
    found, total = pair
    return round(found / total, 3) if total else "-"


def _named_feed_items(folder: Path) -> set[str]:
    """Units (``FILE#itemN``) of the dev feeds' items that name an author (feedparser's reading)."""
    import feedparser

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    named = set()
    for entry in manifest["files"]:
        if "items" not in entry["expected"]:
            continue
        path = folder / entry["file"]
        for index, item in enumerate(feedparser.parse(path.read_bytes()).entries):
            names = [a.get("name") for a in item.get("authors") or () if isinstance(a, dict)]
            if any((n or "").strip() for n in names) or (item.get("author") or "").strip():
                named.add(f"{path}#item{index}")
    return named


def _figures(db: Path, named: set[str]) -> dict:
    con = sqlite3.connect(db)
    figures: dict = {"outlet found": {h: [0, 0] for h in HALVES}, "authors (feed names them)": {h: [0, 0] for h in HALVES},
                     "bad_urls": {h: [0, 0] for h in HALVES}}
    units = dict(con.execute("select unit, article_id from units where outcome in ('stored', 'duplicate')"))
    wanted = {units[u] for u in named if u in units}
    for article_id, record in con.execute("select id, record from articles"):
        record, half = json.loads(record), half_of(article_id)
        figures["outlet found"][half][0] += bool(record.get("outlet"))
        figures["outlet found"][half][1] += 1
        url = record.get("url") or ""
        bad = bool(url) and (not url.startswith(("http://", "https://")) or any(h in url for h in _PROXY_HOSTS))
        figures["bad_urls"][half][1] += bad
        if article_id in wanted:
            figures["authors (feed names them)"][half][0] += bool(record.get("authors"))
            figures["authors (feed names them)"][half][1] += 1
    figures["stale"] = con.execute("select count(*) from errors e join units u on u.unit = e.unit "
                                   "where u.outcome != 'error' and e.code not like 'NT3%'").fetchone()[0]
    con.close()
    return {k: ({h: tuple(v) for h, v in val.items()} if isinstance(val, dict) else val) for k, val in figures.items()}


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
    parser.add_argument("--skip-records", action="store_true", help="skip the full-pipeline run over the dev folder")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="newstrace-bench-ingest-") as tmp:
        work = Path(tmp)
        folder = None if args.skip_eval else eval_dir("ingest")
        if folder is not None:
            results["eval"] = eval_accounting(folder, work)
            if not args.skip_records:
                results["records"] = record_quality(folder, work)
        if not args.skip_speed:
            results["throughput"] = throughput(work, args.pages, args.full_pages)
    save_results("ingest", results)
    failed = "eval" in results and not (results["eval"]["all_accounted"]
                                        and results["eval"]["check_passed"] == results["eval"]["files"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
