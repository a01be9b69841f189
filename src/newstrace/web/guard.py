"""The request guard (pure ASGI, issue 18): a writing request is refused before any of its body is read,
and no request body is read past the cap, whether or not it declares its length.

- A writing API request (a method other than GET/HEAD/OPTIONS on an ``/api/`` route that takes it, e.g.
  ``POST /api/ingest``) is answered 403 NT603 when the server has no token and 401 NT604 unless it carries
  ``Authorization: Bearer TOKEN`` (the scheme is required), before one byte of its body is received.
- ``Content-Length`` over the cap is 413 NT606 at once; a chunked body (or a lying length) is counted as it
  arrives (``receive`` is wrapped) and the first message that passes the cap ends the request with 413.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable

from fastapi import HTTPException
from starlette.requests import Request
from starlette.routing import Match

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when the body passes the cap (an HTTPException, so FastAPI's body
    reading passes it on as it is, and the app's handler answers it as NT606)."""

    def __init__(self, cap: int):
        super().__init__(status_code=413, detail=f"request body over {cap} bytes; send fewer documents at a time")


def token_problem(token: str | None, authorization: str | None) -> tuple[str, str] | None:
    """``(code, message)`` when a writing request must be refused, else None."""
    if not token:
        return "NT603", "writing is off: start the server with --token (or NEWSTRACE_TOKEN) to allow it"
    scheme, _, given = (authorization or "").strip().partition(" ")
    given = given.strip()
    if scheme.lower() != "bearer" or not given or not hmac.compare_digest(given.encode(), token.encode()):
        return "NT604", "missing or wrong token: send the header 'Authorization: Bearer TOKEN'"
    return None


def counting_receive(receive, cap: int):
    """``receive`` that raises ``BodyTooLarge`` as soon as the body's bytes pass ``cap``."""
    seen = 0

    async def wrapped():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > cap:
                raise BodyTooLarge(cap)
        return message

    return wrapped


def is_writing(scope) -> bool:
    """A method that writes, on an API route that accepts it (a method no route takes is a 405). The
    pages' own forms (login, corrections) have their own session and CSRF checks."""
    if scope["method"] in SAFE_METHODS or not scope.get("path", "").startswith("/api/"):
        return False
    app = scope.get("app")
    for route in getattr(getattr(app, "router", None), "routes", ()):
        match, _child = route.matches(scope)
        if match == Match.FULL:
            return True
    return False


class RequestGuard:
    """``respond(request, status, code, message)`` builds the error answer (envelope or error page)."""

    def __init__(self, app, *, max_body: int, respond: Callable):
        self.app = app
        self.max_body = max_body
        self.respond = respond

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        refused = self._refusal(scope, request)
        if refused:
            return await self.respond(request, *refused)(scope, receive, send)
        started = False

        async def watch(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive(receive, self.max_body), watch)
        except BodyTooLarge as exc:
            if started:
                raise
            await self.respond(request, 413, "NT606", exc.detail)(scope, receive, send)

    def _refusal(self, scope, request: Request) -> tuple[int, str, str] | None:
        if is_writing(scope):
            state = getattr(scope.get("app"), "state", None)
            problem = token_problem(getattr(state, "token", None), request.headers.get("authorization"))
            if problem:
                return (403 if problem[0] == "NT603" else 401, *problem)
        declared = request.headers.get("content-length") or "0"
        if declared.isdigit() and int(declared) > self.max_body:
            return 413, "NT606", f"request body over {self.max_body} bytes; send fewer documents at a time"
        return None
