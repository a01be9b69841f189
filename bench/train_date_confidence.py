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
    return 0


if __name__ == "__main__":
    sys.exit(main())
