"""Shared plumbing for the benchmarks: find ../shared/eval, run the real CLI, score, print tables.

Every benchmark runs newstrace through its public CLI (``.venv/bin/newstrace``) on the dev split of
an eval set, scores the output with that set's own ``score.py`` and prints our figures beside the
peers'. Eval data is read in place and never copied into the repository.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("NEWSTRACE_EVAL", ROOT.parent / "shared" / "eval"))
OUT = Path(os.environ.get("NEWSTRACE_BENCH_OUT") or ROOT / "bench" / "out")  # where runs and results go
NEWSTRACE = [str(ROOT / ".venv" / "bin" / "newstrace")] if (ROOT / ".venv" / "bin" / "newstrace").exists() \
    else [sys.executable, "-m", "newstrace"]


def staged_training_articles(path: Path, stages: list, limit: int | None = None) -> Iterator[tuple[int, dict, object]]:
    """``(n, article, record)`` for the first ``limit`` articles of a training JSONL.gz (``{id, text, ...}``), each
    run in process through ``stages`` (loaded stage functions, called by hand: a pipeline's runner would drop the
    record's working fields, such as its attributions)."""
    from newstrace.record import Page, Record

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            article = json.loads(line)
            record = Record(id=article["id"], url=None, page=Page(id=article["id"], content=article["text"], kind="body"))
            for stage in stages:
                record = stage(record)
            yield n, article, record


def eval_dir(area: str) -> Path | None:
    """The eval folder for an area, or None (with a note) when this clone has no ../shared/eval."""
    folder = EVAL / area
    if not folder.is_dir():
        print(f"[bench] {folder} not found: skipping the {area} benchmark (a user's clone has no shared eval)")
        return None
    return folder


def read_jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_jsonl(rows: Iterable[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


@dataclass
class CliRun:
    seconds: float
    peak_rss_mb: float
    documents: int
    returncode: int
    stderr: str

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def run_analyze(in_jsonl: Path, out_jsonl: Path, *args: str, env: dict | None = None) -> CliRun:
    """``newstrace analyze --jsonl IN -o OUT ARGS``: wall time of the whole CLI run and its peak RSS."""
    out_jsonl.parent.mkdir(parents=True, exist_ok=True)
    cmd = [*NEWSTRACE, "analyze", "--jsonl", str(in_jsonl), "-o", str(out_jsonl), *args]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    docs = sum(1 for _ in out_jsonl.open(encoding="utf-8")) if out_jsonl.exists() else 0
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
    return CliRun(seconds, peak, docs, proc.returncode, proc.stderr)


def score(scorer: Path, *args: str) -> dict:
    """Run an eval set's score.py with ``--json`` and return its parsed output."""
    proc = subprocess.run([sys.executable, str(scorer), *args, "--json"], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{scorer} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def table(title: str, header: list[str], rows: list[list[object]]) -> str:
    """A plain Markdown table (readable in a terminal, pasteable into notes)."""
    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    return text


def save_results(area: str, results: dict) -> Path:
    path = OUT / f"{area}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return path


# --- the tune/check protocol (DEVELOPERS.md) ---------------------------------------------------------
# Every dev set is cut in two by a stable hash of each item's id: read errors and examples only on the
# tune half; the check half gives a number, never examples. A change stays when check improves too.

HALVES = ("tune", "check")


def half_of(item_id: object) -> str:
    """``"tune"`` or ``"check"``: the same for an id on every machine and in every run (SHA-1 of its text)."""
    import hashlib

    digest = hashlib.sha1(str(item_id).encode("utf-8")).digest()
    return HALVES[digest[0] & 1]


def split_halves(items: Iterable[dict], key: str = "id") -> dict[str, list[dict]]:
    """The items of a dev set in their two halves, by ``half_of(item[key])``, input order kept."""
    halves: dict[str, list[dict]] = {name: [] for name in HALVES}
    for item in items:
        halves[half_of(item[key])].append(item)
    return halves


def half_gap_warning(tune: float, check: float, what: str, limit: float = 0.03) -> str | None:
    """A warning line when the tune figure is more than ``limit`` above the check figure."""
    if tune - check > limit:
        message = (f"[bench] warning: {what} tune {tune:.3f} is {tune - check:.3f} above check {check:.3f} "
                   f"(over {limit}): a sign of tuning to the tune half")
        print(message)
        return message
    return None
