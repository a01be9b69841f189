"""Corpus commands (database): ingest, stats, search, trace, export. Thin wrappers over ``newstrace.corpus``."""

from __future__ import annotations

import json
import sys
import time
from typing import get_args

import click

from ..errors import NewstraceError
from ..record import SourceKind
from .common import db_option, echo_json, fail, open_corpus, stage_list

SORTS = ("newest", "oldest", "relevance")
SORT_NAMES = {"newest": "most recently stored first", "oldest": "first stored first",
              "relevance": "best match first"}


PLAIN_EVERY = 10.0  # seconds between two plain progress lines when stderr is not a terminal


class _ProgressLine:
    """Progress on stderr from the first stored page on: read/stored/duplicates/errors/skipped counts and
    pages/s, as a rich status line on a terminal (``rich``) or as a plain line every ``PLAIN_EVERY``
    seconds when stderr is a file or a pipe (``plain``); ``None``: nothing."""

    def __init__(self, mode: str | None):
        self.progress = None
        self.mode = mode
        self.last = 0.0
        if mode == "rich":
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                     console=Console(stderr=True), transient=False)
            self.task = self.progress.add_task("ingesting: reading the first pages", total=None)
            self.progress.start()

    def __call__(self, summary: dict) -> None:
        text = (f"{summary['read']} read · {summary['stored']} stored · {summary['duplicates']} duplicates · "
                f"{summary['errors']} errors · {summary['skipped']} skipped · {summary['pages_per_second']} pages/s")
        if self.progress is not None:
            self.progress.update(self.task, description=text)
        elif self.mode == "plain" and time.monotonic() - self.last >= PLAIN_EVERY:
            self.last = time.monotonic()
            click.echo(f"ingest: {text.replace(' · ', ', ')}", err=True)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _progress_mode(progress: bool | None) -> str | None:
    if progress is False:
        return None
    return "rich" if sys.stderr.isatty() else "plain"


@click.command()
@click.argument("sources", nargs=-1, required=True)
@db_option()
@click.option("--resume", is_flag=True, help="Skip input units a killed earlier run already finished.")
@click.option("--no-fetch", is_flag=True, help="Feeds: store each item's own title, summary/content, link, date.")
@click.option("--json", "as_json", is_flag=True, help='End with one JSON summary line {"read", "stored", ...}.')
@click.option("--allow-private", is_flag=True, help="Allow fetching from private/loopback/link-local addresses.")
@click.option("--stages", help="Comma-separated stages to run (default all; e.g. extract).")
@click.option("--workers", type=click.IntRange(min=1),
              help="Analysis worker processes (default: this process alone; with --dask local: its workers, "
                   "default 2).")
@click.option("--dask", metavar="local|tcp://HOST:PORT", help="Run the analysis on a Dask cluster.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to one host when fetching.")
@click.option("--progress/--no-progress", default=None,
              help=f"Progress on stderr (default on): a status line on a terminal, else a plain line every "
                   f"{PLAIN_EVERY:.0f} s.")
def ingest(sources, db, resume, no_fetch, as_json, allow_private, stages, workers, dask, delay, progress) -> None:
    """Read files, folders, WARC/ARC archives, RSS/Atom feeds, URL lists, JSONL or URLs; analyse; store."""
    corpus = open_corpus(db)
    line = _ProgressLine(_progress_mode(progress))
    try:
        summary = corpus.ingest(*sources, stages=stage_list(stages), workers=workers, dask=dask, resume=resume,
                                fetch=not no_fetch, allow_private=allow_private, delay=delay, progress=line)
    except NewstraceError as exc:
        fail(exc)
    finally:
        line.stop()
        corpus.close()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    else:
        click.echo(f"{summary['read']} read, {summary['stored']} stored, {summary['duplicates']} duplicates, "
                   f"{summary['errors']} errors, {summary['skipped']} skipped, {summary['resumed']} resumed "
                   f"({summary['pages_per_second']} pages/s)", err=True)
    for note in summary.get("notes", ()):
        click.echo(f"note: {note}", err=True)


@click.command()
@db_option()
def stats(db) -> None:
    """Corpus counts as JSON: articles, sources by kind, quotes, places, events, stories, current errors by code."""
    with open_corpus(db, must_exist=True) as corpus:
        echo_json(corpus.stats())


@click.command()
@click.argument("query", required=False)
@db_option()
@click.option("--source", help="A source name the article cites (substring).")
@click.option("--source-kind", type=click.Choice(get_args(SourceKind)), help="The kind of a source the article cites.")
@click.option("--outlet", help="Outlet name or domain (substring).")
@click.option("--place", help="A place name or an ISO country code.")
@click.option("--since", help="Published on or after (ISO date).")
@click.option("--until", help="Published on or before (ISO date).")
@click.option("--story", help="A story id.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Articles listed at most.")
@click.option("--sort", type=click.Choice(SORTS), default="newest", show_default=True,
              help="newest: most recently stored first (as the web UI and the API); oldest: first stored first; "
                   "relevance: best match first.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
def search(query, db, source, source_kind, outlet, place, since, until, story, limit, sort, as_json) -> None:
    """Full-text (every word must occur) and faceted search of the stored articles, newest first."""
    facets = dict(source=source, source_kind=source_kind, outlet=outlet, place=place, since=since, until=until,
                  story=story)
    with open_corpus(db, must_exist=True) as corpus:
        hits = corpus.search(query, limit=limit, sort=sort, **facets)
        total = corpus.count(query, **facets) if len(hits) >= limit else len(hits)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    for hit in hits:
        click.echo(f"{hit['id']}\t{hit['published'] or '-'}\t{hit['outlet'] or '-'}\t{hit['title'] or '(no title)'}")
    more = f"; --limit {total} shows them all" if total > len(hits) else ""
    click.echo(f"{len(hits)} of {total} articles, {SORT_NAMES[sort]}{more}", err=True)


@click.command()
@click.argument("article")
@db_option()
def trace(article, db) -> None:
    """Provenance tree of one article (ID or URL) and where else its quotes appear, earliest first.

    ARTICLE is an article id, the URL it was ingested under, or the canonical URL the page declares
    (<link rel=canonical>); of several copies declaring one canonical URL, the first stored is traced.
    No match: NT403 (exit 1).
    """
    with open_corpus(db, must_exist=True) as corpus:
        try:
            echo_json(corpus.trace(article))
        except NewstraceError as exc:
            fail(exc)


@click.command()
@db_option()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml", "markdown"]),
              default="jsonl", show_default=True, help="jsonl: the stored records; csv, parquet: one table; "
              "graphml: the citation graph; markdown: a report.")
@click.option("--table", type=click.Choice(["articles", "sources", "quotes", "places", "events", "entities",
                                             "links"]), default="articles", show_default=True,
              help="csv/parquet: which table (item tables carry their article's id).")
@click.option("-o", "--output", default="-", show_default=True, help="Output file (parquet needs one).")
def export(db, fmt, table, output) -> None:
    """Export records (jsonl), a table (csv, parquet), the citation graph (graphml) or a report (markdown)."""
    with open_corpus(db, must_exist=True) as corpus:
        try:
            count = corpus.export(fmt, output, table=table)
        except NewstraceError as exc:
            fail(exc)
    what = "edges" if fmt == "graphml" else "articles" if fmt in ("jsonl", "markdown") else f"{table} rows"
    click.echo(f"{count} {what} exported", err=True)


@click.command("errors")
@db_option()
@click.option("--pages", type=click.IntRange(min=0), default=5, show_default=True,
              help="Pages listed under each code.")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def errors_command(db, pages, as_json) -> None:
    """Current errors only (an input that later succeeded is left out): counts by code, a hint each, the pages."""
    with open_corpus(db, must_exist=True) as corpus:
        found = corpus.errors(pages_per_code=pages)
    if as_json:
        echo_json(found)
        return
    if not found["errors"]:
        click.echo("No current errors.")
        return
    click.echo(f"{found['errors']} current error{'s' if found['errors'] != 1 else ''}:")
    for entry in found["codes"]:
        click.echo(f"\n{entry['code']}  {entry['count']}  {entry['meaning']}")
        if entry["hint"]:
            click.echo(f"  what to do: {entry['hint']}")
        for page in entry["pages"]:
            click.echo(f"  - {page['url'] or page['unit']}: {page['message']}")
        if entry["count"] > len(entry["pages"]):
            click.echo(f"  ... and {entry['count'] - len(entry['pages'])} more (--pages N)")


COMMANDS = (ingest, stats, search, trace, export, errors_command)
