"""Fits the confidence of a page's published date (issue 15: honest confidence) on the UNSEEN training pages
and writes src/newstrace/data/dates_confidence.tsv.

    .venv/bin/python bench/dates_training.py --rerun     # the per-finder rows (bench/out/dates-training.jsonl)
    .venv/bin/python bench/train_date_confidence.py

A published date is right or wrong with a probability that depends on the row of the cascade that gave it
(``method``) and on what the other finders said (``state``): ``agreed`` (another finder gives the same day,
none another), ``alone`` (no other finder answered), ``conflict`` (some finder gives another day). For each
(method, state) the confidence is the share of right answers on the training pages, against a silver label
that the method itself did not make (a URL-dated answer against the first date line of the human gold text;
any other answer against the URL's date, else that line; see bench/dates_training.py), shrunk towards the
method's own share (PRIOR_PAGES pseudo-pages), which is shrunk in turn towards the hand confidence the cascade
gave before (HAND, with its old +0.03 for an agreeing finder and -0.1 for a conflict: HAND_STATE) -- the only
evidence for JSON-LD, which none of the training pages carries. The ``dragnet:`` pages are left out of the fit:
they are AGPLv3 (the training README), and the project ships Apache-2.0 tables (issue 15: "shipped weights use
the other 800 pages").

Figures (2026-12-06): Brier score of the published date's confidence on the dev halves (bench/dates.py,
tune / check): hand confidences 0.047 / 0.065 -> fitted 0.033 / 0.054 (mean confidence 0.88 against
accuracy 0.97 / 0.93 before). The dates themselves do not change.

Figures (2026-12-07, issue 15, tenth session's cascade; ``dates_training.py --rerun``, all labels 1,229 / 1,276,
htmldate extensive 1,168): the shipped table was fitted before the URL-month rule left the cascade; refitted, the
``url`` and ``meta-weak`` rows move (url alone 0.625 -> 0.684, conflict 0.388 -> 0.458); Brier score on the dev
halves, tune / check, 0.0377 / 0.0538 -> 0.0374 / 0.0539; no day changes.

A calibrated choice between our answer and htmldate's (``choice_cells``, printed last): on the training pages
where the two give different days and a label independent of both judges them (the URL label backs htmldate by
construction, so where either day is the URL's the gold text's first date line judges), ours is right on 61 of
70 and htmldate on 6; in no cell (the row that gave ours, its agreement, htmldate's day being the URL's, the
modified stamp's or another) is htmldate right more often, on the fitted pages (Dragnet left out: 27 pages, 21 /
3) or on all. The 10 pages where htmldate gives a print edition's URL day a day after our published stamp and
date line (``meta``, ``conflict``, ``url``) are all judged ours by the gold text's line. So the choice is ours
in every cell, and the cascade keeps its answer; htmldate stays the last resort.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT  # noqa: E402

ROWS = OUT / "dates-training.jsonl"
TABLE = ROOT / "src" / "newstrace" / "data" / "dates_confidence.tsv"
FINDERS = ("json-ld", "meta", "markup", "visible", "meta-weak", "url")
HAND = {"json-ld": 0.95, "meta": 0.9, "markup": 0.85, "visible": 0.8, "url": 0.75, "meta-weak": 0.7,
        "htmldate": 0.6, "date-line": 0.6}
STATES = ("agreed", "alone", "conflict")
HAND_STATE = {"agreed": 0.03, "alone": 0.0, "conflict": -0.1}
PRIOR_PAGES = 10
EXCLUDED_PREFIXES = ("dragnet:",)  # AGPLv3 training pages (their README): measured on, never fitted on (issue 15)


def state_of(day: str, others: list[str]) -> str:
    """``others``: the days the finders gave (the answering finder's own among them)."""
    if any(other != day for other in others):
        return "conflict"
    return "agreed" if sum(other == day for other in others) >= 2 else "alone"


def label_of(row: dict) -> str | None:
    return row.get("body_line") if row.get("ours_method") == "url" else (row.get("url") or row.get("body_line"))


def fit(rows: list[dict]) -> list[tuple[str, str, float, int, int]]:
    cells: Counter = Counter()
    for row in rows:
        label, day = label_of(row), row.get("ours")
        if "error" in row or not day or not label or str(row.get("id", "")).startswith(EXCLUDED_PREFIXES):
            continue
        key = (row["ours_method"], state_of(day, [row[f] for f in FINDERS if row.get(f)]))
        cells[key + ("pages",)] += 1
        cells[key + ("right",)] += day == label
    table = []
    for method, hand in HAND.items():
        pages = sum(cells[method, s, "pages"] for s in STATES)
        prior = (sum(cells[method, s, "right"] for s in STATES) + PRIOR_PAGES * hand) / (pages + PRIOR_PAGES)
        for state in STATES:
            n, right = cells[method, state, "pages"], cells[method, state, "right"]
            cell_prior = min(0.99, prior + HAND_STATE[state] * PRIOR_PAGES / (pages + PRIOR_PAGES))
            fitted = min(0.99, (right + PRIOR_PAGES * cell_prior) / (n + PRIOR_PAGES))
            table.append((method, state, round(fitted, 3), n, right))
    return table


def choice_cells(rows: list[dict], excluded: tuple[str, ...] = EXCLUDED_PREFIXES) -> list[tuple]:
    """A calibrated choice between our answer and htmldate's (issue 15): on the pages where both answer and
    give different days, per cell (the row that gave ours, its state, and whether htmldate's day is the URL's,
    the modified stamp's or another), how often each is right, and which one the cell would choose. The label
    must not be either answer's own evidence: when one of them is the URL's day, the first date line of the
    human gold text judges (the URL label backs htmldate by construction, which returns a URL's day without
    reading the page), else the URL's day, else that line. htmldate's bare years (its "01-01", which the
    cascade drops) are left out."""
    cells: Counter = Counter()
    for row in rows:
        ours, theirs, url = row.get("ours"), row.get("htmldate_ext"), row.get("url")
        if "error" in row or not ours or not theirs or ours == theirs or theirs.endswith("-01-01") \
                or str(row.get("id", "")).startswith(excluded):
            continue
        label = row.get("body_line") if url in (ours, theirs) else (url or row.get("body_line"))
        if not label:
            continue
        kind = "url" if theirs == url else "modified" if theirs == row.get("modified") else "other"
        key = (row["ours_method"], state_of(ours, [row[f] for f in FINDERS if row.get(f)]), kind)
        cells[key + ("pages",)] += 1
        cells[key + ("ours",)] += ours == label
        cells[key + ("htmldate",)] += theirs == label
    keys = sorted({key[:3] for key in cells})
    return [(*key, cells[key + ("pages",)], cells[key + ("ours",)], cells[key + ("htmldate",)],
             "htmldate" if cells[key + ("htmldate",)] > cells[key + ("ours",)] else "ours") for key in keys]


def main() -> int:
    if not ROWS.exists():
        print(f"[bench] {ROWS} not found: run bench/dates_training.py --rerun first")
        return 1
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    table = fit(rows)
    head = ["# Confidence of a page's published date by the cascade row that gave it and what the other finders",
            "# said (agreed / alone / conflict): fitted by bench/train_date_confidence.py on the training pages",
            "# outside their AGPLv3 dragnet: part.",
            "# method\tstate\tconfidence\ttraining pages\tright"]
    TABLE.write_text("\n".join(head + ["\t".join(map(str, row)) for row in table]) + "\n", encoding="utf-8")
    for row in table:
        print(*row, sep="\t")
    for title, excluded in (("fitted pages (dragnet: left out)", EXCLUDED_PREFIXES), ("all training pages", ())):
        print(f"\nour answer or htmldate's, where they differ ({title}):")
        print("method", "state", "htmldate's day", "pages", "ours right", "htmldate right", "choice", sep="\t")
        for row in choice_cells(rows, excluded):
            print(*row, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
