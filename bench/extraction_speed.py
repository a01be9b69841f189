"""Extraction speed beside trafilatura, measured so that load swings cannot flip the ratio (issue 15).

    nice -n 10 .venv/bin/python bench/extraction.py --speed 4            # whole CLI, alternated rounds
    nice -n 10 .venv/bin/python bench/extraction.py --speed 4 --unseen 2 # ... and 2 samples of training pages
    nice -n 10 .venv/bin/python bench/extraction.py --speed 4 --paired 3 # ... and 3 paired passes per page

Two references: ``traf`` is the eval's peer call (``../shared/eval/extraction/peers.py``:
``trafilatura.extract(html, include_comments=False)``, the PEERS.md speed column) and ``traf+meta`` is
``bare_extraction(url=..., with_metadata=True)`` (body and metadata, as our extract stage gives). Two
measures, both in CPU seconds (load on the other core moves wall time far more than CPU time):

- **whole CLI, alternated** (``--speed N``): each round runs ``newstrace analyze --stages extract --workers 1``
  (start-up, reading, records and writing included) and each reference in its own process (summed call CPU
  after an untimed warm-up: its start-up is not counted) on each HTML set; who goes first rotates between
  rounds and sets, so a load swing hits each side as often. The ratio is the reference's CPU over ours (our
  throughput over theirs, > 1 = faster): per round, its median and range, and the ratio of the summed CPU;
- **paired per page** (``--paired N``): three worker processes (fresh for each pass), ours (the batch path
  of ``analyze``, record serialised) and the two references, get each page back to back, the order rotating
  page by page and the pages shuffled each pass, so all see the same moment of load; separate processes so
  that none fills a cache another reads (run in one process, trafilatura's calls took up to 40 % less CPU
  after ours had seen the page). It leaves out our start-up (the whole-CLI rounds show it).

Instruction counts would be steadier still, but this machine exposes no hardware counters to ``perf``.
"""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import OUT, read_jsonl, run_analyze, table

REFERENCES = ("traf", "traf+meta")
_RATIO_NOTE = "ratio = the reference's CPU / ours (our throughput over theirs; > 1 is faster)"


def children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _ours(name: str, path: Path) -> dict:
    before = children_cpu()
    run = run_analyze(path, OUT / f"extraction-{name}-out.jsonl", "--stages", "extract", "--workers", "1")
    return {"pages": run.documents, "cpu": children_cpu() - before}


def _reference(who: str, path: Path) -> dict:
    """One pass of a reference over a set in its own process: its summed call CPU."""
    proc = subprocess.run([sys.executable, __file__, "batch", who, str(path)], check=True, capture_output=True,
                          text=True)
    return json.loads(proc.stdout)


def alternated_rounds(inputs: dict[str, Path], rounds: int) -> dict:
    """Whole-CLI rounds, ours and the references in rotating order; per-round rows and per-set summary."""
    systems = ("ours", *REFERENCES)
    rows, per_set = [], {name: [] for name in inputs}
    for round_no in range(1, rounds + 1):
        for index, (name, path) in enumerate(inputs.items()):
            load = os.getloadavg()[0]
            shift = (round_no + index) % len(systems)
            order = systems[shift:] + systems[:shift]
            cpu = {who: (_ours(name, path) if who == "ours" else _reference(who, path))["cpu"] for who in order}
            per_set[name].append(cpu)
            rows.append([round_no, order[0], f"{load:.2f}", name, cpu["ours"],
                         *(cpu[ref] for ref in REFERENCES), *(cpu[ref] / cpu["ours"] for ref in REFERENCES)])
    table("Speed rounds, whole CLI vs trafilatura, CPU s (" + _RATIO_NOTE + ")",
          ["round", "first", "load 1m", "set", "ours (whole CLI)", *(f"{ref} (calls)" for ref in REFERENCES),
           *(f"ratio vs {ref}" for ref in REFERENCES)], rows)
    return _summaries("Whole CLI, alternated rounds: CPU ratio", per_set, rounds)


def _summaries(title: str, per_set: dict[str, list[dict]], count: int) -> dict:
    per_set["all"] = [{who: sum(runs[k][who] for runs in per_set.values()) for who in per_set[next(iter(per_set))][k]}
                      for k in range(count)]
    summary = {}
    for ref in REFERENCES:
        for name, runs in per_set.items():
            ratios = [run[ref] / run["ours"] for run in runs]
            summary[f"{name} vs {ref}"] = {"n": len(ratios), "median": statistics.median(ratios), "min": min(ratios),
                                           "max": max(ratios), "pooled": sum(r[ref] for r in runs) / sum(r["ours"] for r in runs)}
    table(f"{title} ({_RATIO_NOTE})", ["set vs reference", "runs", "median", "min", "max", "summed CPU ratio"],
          [[key, s["n"], s["median"], s["min"], s["max"], s["pooled"]] for key, s in summary.items()])
    return summary


def paired_passes(inputs: dict[str, Path], passes: int) -> dict:
    """Worker processes, ours and the references', fed the same page back to back (order rotating page by
    page, pages shuffled each pass): all see the same moment of load, none reads a cache another filled."""
    pages = [(name, index) for name, path in inputs.items() for index, _page in enumerate(read_jsonl(path))]
    per_set: dict[str, list[dict]] = {name: [] for name in inputs}
    for pass_no in range(passes):
        for name, cpu in _paired_pass(inputs, pages, random.Random(pass_no)).items():
            per_set[name].append(cpu)
    systems = ("ours", *REFERENCES)
    table("Paired per page, one worker process each: CPU s", ["set", *(f"pass {k + 1}: " + " / ".join(systems)
                                                                     for k in range(passes))],
          [[name, *(" / ".join(f"{run[who]:.2f}" for who in systems) for run in runs)] for name, runs in per_set.items()])
    return _summaries("Paired per page: CPU ratio", per_set, passes)


def _paired_pass(inputs: dict[str, Path], pages: list[tuple[str, int]], rng: random.Random) -> dict:
    """One pass with fresh workers (a page seen twice hits caches: trafilatura's second pass over set B
    took a third less CPU), each warmed up on a page first, untimed."""
    files = [str(path) for path in inputs.values()]
    systems = ("ours", *REFERENCES)
    workers = {who: subprocess.Popen([sys.executable, __file__, "serve", who, *files], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, bufsize=1) for who in systems}
    order = list(range(len(pages)))
    rng.shuffle(order)
    cpu = {name: dict.fromkeys(systems, 0.0) for name in inputs}
    try:
        for proc in workers.values():
            proc.stdout.readline()
        for step, index in enumerate(order):
            name, page_no = pages[index]
            shift = step % len(systems)
            for who in systems[shift:] + systems[:shift]:
                workers[who].stdin.write(f"{list(inputs).index(name)} {page_no}\n")
                cpu[name][who] += float(workers[who].stdout.readline())
    finally:
        for proc in workers.values():
            proc.stdin.close()
            proc.wait()
    return cpu


def _extractor(who: str):
    """The call to time for one page: ours (``newstrace analyze --stages extract`` of one page in a batch: the
    input line read, the record made and serialised), ``traf`` (peers.py's call) or ``traf+meta`` (bare_extraction with metadata)."""
    if who == "ours":  # what run_batch does with one worker: one Pipeline, warmed up once, for every page
        from newstrace.batch import iter_inputs
        from newstrace.pipeline import Budgets, Pipeline
        from newstrace.record import Page
        from newstrace.textsafe import scrub

        budgets = Budgets.from_env()
        pipeline = Pipeline(["extract"], budgets)

        def ours(page: dict) -> None:
            line = io.BytesIO(json.dumps(page, ensure_ascii=False).encode("utf-8") + b"\n")
            for item in iter_inputs(jsonl="-", stdin=line, budgets=budgets):
                record = pipeline.run(item).to_dict() if isinstance(item, Page) else item.to_dict()
                scrub(json.dumps(record, ensure_ascii=False))
        return ours
    import trafilatura

    if who == "traf":
        return lambda page: trafilatura.extract(page["html"], include_comments=False)
    return lambda page: trafilatura.bare_extraction(page["html"], url=page.get("url"), with_metadata=True,
                                                    include_comments=False)


def serve(who: str, files: list[str]) -> int:
    """Answer "set page" lines on stdin with the CPU seconds of extracting that page."""
    pages = [list(read_jsonl(Path(f))) for f in files]
    run = _extractor(who)
    run(pages[-1][-1])  # warm-up on the last page (a pass starts anywhere)
    print("ready", flush=True)
    for request in sys.stdin:
        set_no, page_no = map(int, request.split())
        started = time.process_time()
        run(pages[set_no][page_no])
        print(time.process_time() - started, flush=True)
    return 0


def batch(who: str, path: str) -> int:
    """One timed pass over a set after an untimed warm-up on its last page: summed call CPU, as JSON."""
    pages = list(read_jsonl(Path(path)))
    run = _extractor(who)
    run(pages[-1])
    cpu = 0.0
    for page in pages:
        started = time.process_time()
        run(page)
        cpu += time.process_time() - started
    print(json.dumps({"pages": len(pages), "cpu": cpu}))
    return 0


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[2], sys.argv[3:]) if sys.argv[1] == "serve" else batch(sys.argv[2], sys.argv[3]))
