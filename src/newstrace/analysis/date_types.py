"""What the ``dates`` stage finds: a resolved value and where it stands in the body (shared by
``temporal`` and ``stamp_conflicts``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Resolved:
    value: Optional[str]
    grain: str
    end_value: Optional[str] = None
    confidence: float = 0.9


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    resolved: Resolved
    method: str
