"""The web layer's error codes (NT6xx) and the one JSON error envelope ``{"error": {"code", "message"}}``.

| code  | HTTP | meaning |
|-------|------|---------|
| NT601 | 404  | no such page, article, source, outlet or story |
| NT602 | 422  | invalid request: a parameter or body failed validation (or a cursor from another query) |
| NT603 | 403  | writing is off: the server was started without a token (``--token`` / NEWSTRACE_TOKEN) |
| NT604 | 401  | missing or wrong token for a writing request (``Authorization: Bearer TOKEN``) |
| NT605 | 405  | method not allowed on this path |
| NT606 | 413  | request body larger than the limit |
| NT607 | 409  | another ingest is running on this server |
| NT699 | 500  | unexpected server error (the details are in the server log) |
"""

from __future__ import annotations

from ..errors import NewstraceError

WEB_ERRORS: dict[str, tuple[int, str]] = {
    "NT601": (404, "not found"),
    "NT602": (422, "invalid request"),
    "NT603": (403, "writing is off"),
    "NT604": (401, "missing or wrong token"),
    "NT605": (405, "method not allowed"),
    "NT606": (413, "request body too large"),
    "NT607": (409, "another ingest is running"),
    "NT699": (500, "unexpected server error"),
}
_BY_STATUS = {status: code for code, (status, _) in WEB_ERRORS.items()}


class WebError(NewstraceError):
    """An error answered over HTTP: a NT6xx code, its HTTP status and an actionable message."""

    code = "NT699"

    def __init__(self, code: str, message: str):
        super().__init__(message, code=code)
        self.status = WEB_ERRORS.get(code, (500, ""))[0]


def not_found(what: str) -> WebError:
    return WebError("NT601", what)


def code_for_status(status: int) -> str:
    """The NT6xx code of an HTTP error status (anything unlisted: 4xx -> NT602, 5xx -> NT699)."""
    return _BY_STATUS.get(status, "NT602" if 400 <= status < 500 else "NT699")


def envelope(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message}}
