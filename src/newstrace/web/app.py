"""The FastAPI application: pages and API over one corpus, one error envelope, strict security headers.

One ``Corpus`` (one SQLAlchemy engine) per application, shared by the request threads: endpoints are
plain ``def`` functions that FastAPI runs in its thread pool, and each query borrows a pooled
connection for its own duration (SQLite in WAL mode lets readers run side by side; PostgreSQL pools).
The thread pool and the engine's pool have one size, ``threads`` (default ``store.database.POOL_SIZE``),
so requests queue for a thread rather than open connections beyond the pool's steady size.
``serve(workers=N)`` runs N such processes (uvicorn workers, each building its app with
``app_from_environment``) on one socket: SQLite WAL readers work side by side across processes too.
Writes (``POST /api/ingest``, only with a token) go one at a time behind a lock (per process).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from ..corpus import Corpus
from ..errors import NewstraceError, http_status
from ..settings import current, env_name
from ..version import __version__
from .errors import WebError, code_for_status
from .guard import RequestGuard
from .render import error_response

HERE = Path(__file__).resolve().parent
log = logging.getLogger("newstrace.web")

MAX_BODY_BYTES = 5_000_000
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin"}


def create_app(db: str | None = None, *, token: str | None = None, corpus: Corpus | None = None,
               rank_window: int | None = None, threads: int | None = None) -> FastAPI:
    """The web UI and HTTP API over a corpus (a SQLite path or ``postgresql://`` URL); writing needs ``token``;
    ``rank_window``: see ``store.queries.search_page`` (off: every match is ranked); ``threads``: requests
    served at once, and the size of the engine's connection pool (default ``POOL_SIZE``; with ``corpus``
    given, its pool's size)."""
    from ..store.database import POOL_SIZE
    from . import api, corrections, export, pages, worldmap

    owned = corpus is None
    if corpus is None:
        threads = threads or POOL_SIZE
        corpus = Corpus(db, pool_size=threads)
    else:
        threads = threads or db_slots(corpus)
    served: Corpus = corpus

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        if owned:
            served.close()

    app = FastAPI(title="newstrace", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Search a newstrace corpus: articles, sources, stories and provenance. "
                              'Every error is `{"error": {"code", "message"}}` with a NT6xx code.')
    app.state.corpus = corpus
    app.state.token = token or None
    app.state.rank_window = rank_window or None
    app.state.threads = threads
    app.state.write_lock = threading.Lock()
    app.state.settings = current()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(export.router)
    app.include_router(corrections.api)
    app.include_router(corrections.pages)
    app.include_router(worldmap.router)
    app.include_router(pages.router)
    _add_handlers(app)
    app.add_middleware(RequestGuard, max_body=MAX_BODY_BYTES, respond=error_response)
    app.add_middleware(SecurityHeaders)
    return app


def db_slots(corpus: Corpus) -> int:
    """The steady size of a corpus's engine pool (what its threads can use without opening and closing
    connections, and SQLite's per-connection page cache with them)."""
    size = getattr(corpus.store.engine.pool, "size", None)
    return max(1, size() if callable(size) else 5)


OPTIONS_ENV = env_name("serve_options")


def app_from_environment() -> FastAPI:
    """The app factory uvicorn's worker processes call: ``create_app`` with the options ``serve`` left in
    ``NEWSTRACE_SERVE_OPTIONS`` (JSON: db, token, rank_window, threads)."""
    options = json.loads(current().serve_options or "{}")
    return create_app(options.get("db"), token=options.get("token"), rank_window=options.get("rank_window"),
                      threads=options.get("threads"))


def _add_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError):
        return error_response(request, exc.status, exc.code, exc.message)

    @app.exception_handler(NewstraceError)
    async def library_error(request: Request, exc: NewstraceError):
        status = http_status(exc.code)
        return error_response(request, status, code_for_status(status), exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return error_response(request, 422, "NT602", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        status = 422 if exc.status_code == 400 else exc.status_code  # a body that is not JSON: NT602 (422)
        headers = {k: v for k, v in (exc.headers or {}).items() if k.lower() == "allow"}  # 405 says what is allowed
        if status == 405:
            headers = {"Allow": allowed_methods(request.app, request.scope) or headers.get("Allow", "")}
        return error_response(request, status, code_for_status(status), message, headers)


def allowed_methods(app, scope) -> str:
    """issue 18: every method some route takes at this path (Starlette's 405 names only the first route's,
    so ``GET /api/corrections`` hid ``POST /api/corrections`` from the ``Allow`` header). Each method is
    asked of the routes as they match (included routers nest theirs)."""
    methods = [m for m in METHODS
               if any(route.matches({**scope, "method": m})[0] == Match.FULL for route in app.router.routes)]
    return ", ".join(methods)


METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class SecurityHeaders:
    """Pure ASGI middleware: the security headers on every answer and the envelope (or error page) for
    anything unexpected, logged in full (body limits and tokens: ``guard.RequestGuard``, inside it)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *_RAW_HEADERS]
            await send(message)

        request = Request(scope)
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:  # noqa: BLE001 - answered in the envelope, logged in full
            log.exception("unexpected error on %s", scope.get("path"))
            if started:
                raise
            response = error_response(request, 500, "NT699", "unexpected server error; see the server log")
            await response(scope, receive, send_with_headers)


_RAW_HEADERS = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for item in exc.errors()[:5]:
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {item.get('msg')}")
    return "invalid request: " + "; ".join(parts)


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, *, token: str | None = None,
          corpus: Corpus | None = None, log_level: str = "info", rank_window: int | None = None,
          workers: int = 1, threads: int | None = None) -> None:
    """Run the web UI and HTTP API with uvicorn until interrupted (binds 127.0.0.1 unless told otherwise).
    ``workers``: server processes sharing the socket (each with its own engine and ``threads`` threads)."""
    import uvicorn

    common: dict[str, Any] = {"host": host, "port": port, "log_level": log_level, "server_header": False, "proxy_headers": False}
    if workers <= 1:
        app = create_app(db, token=token, corpus=corpus, rank_window=rank_window, threads=threads)
        uvicorn.run(app, **common)
        return
    if corpus is not None:
        raise ValueError("serve(workers=N) opens the corpus in every worker process: pass db, not corpus")
    from uvicorn.supervisors import Multiprocess

    Corpus(db).close()  # create or migrate the schema once, before the workers open it side by side
    os.environ[OPTIONS_ENV] = json.dumps({"db": db, "token": token or None, "rank_window": rank_window or None,
                                          "threads": threads})
    config = uvicorn.Config("newstrace.web.app:app_from_environment", factory=True, workers=workers, **common)
    sock = config.bind_socket()
    _no_delay(sock)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


def _no_delay(sock) -> None:
    """TCP_NODELAY on the listening socket, which the connections it accepts inherit (Linux). uvicorn's
    own socket for workers is made without ``IPPROTO_TCP`` as its protocol, so asyncio does not set
    TCP_NODELAY on its connections, and every answer written in two pieces then waits for the client's
    delayed ACK: 40 ms or more per request on a keep-alive connection, however fast the answer was."""
    import socket

    if sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
