"""How far a page's published date can be trusted: the confidence fitted on the unseen training pages
(``data/dates_confidence.tsv``, written by ``bench/train_date_confidence.py``) for the cascade row that gave
the date and what the other finders said of it (issue 15: honest confidence).

Split from ``dates.py`` (the cascade), which calls ``calibrated`` on its answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from ..record import DateValue

DOUBTFUL = 0.5  # a finder's own confidence under this marks a guess it doubts (htmldate's update-stamp day)


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], float]:
    text = resources.files("newstrace.data").joinpath("dates_confidence.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {(row[0], row[1]): float(row[2]) for row in rows}


def state_of(day: str, candidates: Iterable[DateValue]) -> str:
    """``agreed`` (another finder gives the same day, none another), ``alone`` or ``conflict`` (some finder
    gives another day); each finder counted once, by its first answer."""
    days = list({c.method: c.value[:10] for c in reversed(list(candidates))}.values())
    if any(other != day for other in days):
        return "conflict"
    return "agreed" if sum(other == day for other in days) >= 2 else "alone"


def calibrated(published: DateValue | None, candidates: Iterable[DateValue]) -> DateValue | None:
    """``published`` with the fitted confidence of its method and state; a doubted guess keeps its own."""
    if published is None:
        return None
    fitted = _table().get((published.method, state_of(published.value[:10], candidates)))
    if fitted is None or published.confidence < DOUBTFUL:
        return published
    return dataclasses.replace(published, confidence=fitted)
