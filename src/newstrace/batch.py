"""Library functions behind ``newstrace analyze``: inputs -> records (dicts), in input order."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from .ingest import pages_from_jsonl, pages_from_paths
from .pipeline import Budgets, run_batch
from .record import Page, Record
from .textsafe import scrub

# Bytes read from a JSONL file at a time: its lines are pages (~170 kB on the extraction sets), which the default
# 8 kB buffer hands over in ~20 pieces joined again; reading eval set A's 14.7 MB took 11.6 -> 6.2 ms of CPU
# (issue 15, speed).
JSONL_BUFFER = 1 << 20


def iter_inputs(paths: Sequence[str] = (), *, jsonl: str | None = None, fmt: str = "auto",
                lang: str | None = None, stdin: IO[bytes] | None = None,
                budgets: Budgets | None = None) -> Iterator[Page | Record]:
    """Pages from files/folders/stdin and from a JSONL file ("-" for stdin)."""
    budgets = budgets or Budgets.from_env()
    items: Iterable[Page | Record] = pages_from_paths(paths, kind=fmt, max_bytes=budgets.max_bytes, stdin=stdin)
    for item in items:
        yield _with_lang(item, lang)
    if jsonl:
        if jsonl == "-":
            import sys

            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from (_with_lang(p, lang) for p in pages_from_jsonl(stream, kind_override=fmt, max_bytes=budgets.max_bytes))
        else:
            with Path(jsonl).open("rb", buffering=JSONL_BUFFER) as stream:
                yield from (_with_lang(p, lang) for p in pages_from_jsonl(stream, kind_override=fmt, max_bytes=budgets.max_bytes))


def _with_lang(item: Page | Record, lang: str | None) -> Page | Record:
    if isinstance(item, Page) and lang and lang != "auto" and not item.lang:
        return dataclasses.replace(item, lang=lang)
    return item


def analyze_inputs(paths: Sequence[str] = (), *, jsonl: str | None = None, fmt: str = "auto",
                   stages: Sequence[str] | None = None, lang: str | None = None, workers: int = 1,
                   stdin: IO[bytes] | None = None) -> Iterator[dict]:
    """Analyse every input; yields one record dict per document, errors included."""
    budgets = Budgets.from_env()
    items = iter_inputs(paths, jsonl=jsonl, fmt=fmt, lang=lang, stdin=stdin, budgets=budgets)
    yield from run_batch(items, stages=stages, workers=workers, budgets=budgets)


def write_jsonl(records: Iterable[dict], out: IO[str]) -> dict[str, int]:
    """Write records one per line; returns counts ``{"documents", "errors"}``."""
    counts = {"documents": 0, "errors": 0}
    for record in records:
        out.write(scrub(json.dumps(record, ensure_ascii=False)) + "\n")  # never a lone surrogate to encode
        counts["documents"] += 1
        counts["errors"] += 1 if record.get("error") else 0
    out.flush()
    return counts
