"""``newstrace serve`` (the web UI and HTTP API over a corpus) and ``newstrace demo``."""

from __future__ import annotations

import click

from ..errors import NewstraceError
from .common import db_option, fail, require_database


@click.command()
@click.option("--report", is_flag=True, help="Print a summary of the sample corpus instead of serving the UI.")
@click.option("--db", help="Build the sample database here (default: a temporary file, removed on exit).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
def demo(report: bool, db: str | None, host: str, port: int) -> None:
    """The main job: build a database from the bundled sample corpus and serve the web UI (or --report)."""
    from ..demo import run_demo

    run_demo(report=report, db=db, host=host, port=port)


@click.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (default: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="NEWSTRACE_TOKEN", help="Allow writing (POST /api/ingest, corrections) with this "
              "bearer token (env NEWSTRACE_TOKEN); without one the server is read-only.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True, help="Server log level (info logs every request).")
@click.option("--rank-window", type=click.IntRange(min=0), default=0, show_default=True,
              help="sort=relevance: when more articles match, rank the N most recently stored matches first and "
                   "the older ones after them (bounded cost per page). SQLite (searches without facets): 0 ranks "
                   "every match; PostgreSQL: 0 keeps its window of 2,000.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes sharing the port (use the cores; each opens its own connections).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="Requests served at once per process, and the size of its database connection pool "
                   "[default: 5].")
def serve(db: str, host: str, port: int, token: str | None, log_level: str, rank_window: int, workers: int,
          threads: int | None) -> None:
    """The web UI and the HTTP API over a corpus (read-only unless --token is given)."""
    from ..web import serve as serve_web

    if not token:  # read-only: never creates a database (with a token, POST /api/ingest may fill a new one)
        require_database(db)
    try:
        serve_web(db, host=host, port=port, token=token, log_level=log_level, rank_window=rank_window or None,
                  workers=workers, threads=threads)
    except NewstraceError as exc:
        fail(exc)


COMMANDS = (demo, serve)
