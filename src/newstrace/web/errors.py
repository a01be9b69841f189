"""The one JSON error envelope of the HTTP API: ``{"error": {"code", "message"}}``.

The NT6xx codes, their HTTP status and ``WebError`` are in ``newstrace.errors`` (the one catalogue); they
are imported here for the web modules' convenience.
"""

from __future__ import annotations

from ..errors import WebError, code_for_status, not_found

__all__ = ["WebError", "code_for_status", "envelope", "not_found"]


def envelope(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}
