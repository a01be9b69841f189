"""The ``dates`` stage (work in progress)."""

from __future__ import annotations

from ..record import Record


def dates_stage(record: Record) -> Record:
    return record
