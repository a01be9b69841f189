"""Metadata from the furniture of scraped page text (filled in below)."""

from __future__ import annotations

from typing import Any


def read_furniture(lines: list[str], kept: list[int]) -> dict[str, Any]:
    return {}
