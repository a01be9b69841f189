"""Score a run on the whole dev set and on its tune and check halves (DEVELOPERS.md, tune/check).

The halves come from ``common.half_of``; each half's gold lines go to ``bench/out`` (never into the
repository) and the set's own ``score.py`` scores the same predictions against each of them.
"""

from __future__ import annotations

from pathlib import Path

from common import HALVES, OUT, half_gap_warning, score, split_halves, write_jsonl


def score_halves(scorer: Path, gold_rows: list[dict], pred: Path, name: str, *args: str) -> dict[str, dict]:
    """``{"all": ..., "tune": ..., "check": ...}``: score.py's JSON output on the whole set and each half."""
    results = {"all": score(scorer, str(write_jsonl(gold_rows, OUT / f"{name}-gold-all.jsonl")), str(pred), *args)}
    for half, rows in split_halves(gold_rows).items():
        results[half] = score(scorer, str(write_jsonl(rows, OUT / f"{name}-gold-{half}.jsonl")), str(pred), *args)
    return results


def warn_gaps(figures: dict[str, dict[str, float]], what: str) -> list[str]:
    """``half_gap_warning`` for each ``{name: {"tune": x, "check": y}}`` entry."""
    notes = []
    for name, pair in figures.items():
        note = half_gap_warning(pair["tune"], pair["check"], f"{what} {name}")
        if note:
            notes.append(note)
    return notes


__all__ = ["HALVES", "score_halves", "warn_gaps"]
