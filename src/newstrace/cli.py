"""The ``newstrace`` command: thin wrappers over library functions."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .errors import NewstraceError


def _stage_list(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [s.strip() for s in value.split(",") if s.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newstrace")
def main() -> None:
    """Trace news stories to their sources: pages in, checkable records out."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--jsonl", "jsonl", type=click.Path(allow_dash=True), help="JSONL input: {id, html|text|body, url?, ...} per line.")
@click.option("-o", "--output", type=click.Path(allow_dash=True, writable=True), default="-", show_default=True,
              help="Where to write the JSONL records.")
@click.option("--format", "fmt", type=click.Choice(["auto", "html", "text", "body"]), default="auto",
              show_default=True, help="Input format; auto detects HTML vs text (JSONL keys say it themselves).")
@click.option("--stages", help="Comma-separated stages to run (see `newstrace stages`); default all.")
@click.option("--lang", default="auto", show_default=True, help="Language of the inputs (ISO 639-1) or auto.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--strict", is_flag=True, help="Exit 1 if any document failed.")
@click.option("--report", is_flag=True, help="Print a readable report instead of JSONL.")
def analyze(inputs, jsonl, output, fmt, stages, lang, workers, strict, report) -> None:
    """Analyse pages (files, folders, - for stdin, or --jsonl) into JSONL records."""
    from .batch import analyze_inputs, write_jsonl

    if not inputs and not jsonl:
        raise click.UsageError("give FILE, DIR or - (stdin), or --jsonl IN.jsonl")
    try:
        records = analyze_inputs(inputs, jsonl=jsonl, fmt=fmt, stages=_stage_list(stages), lang=lang,
                                 workers=workers)
        if report:
            from .report import print_report

            counts = print_report(records)
        else:
            with click.open_file(output, "w", encoding="utf-8") as out:
                counts = write_jsonl(records, out)
    except NewstraceError as exc:
        raise click.UsageError(str(exc))
    except FileNotFoundError as exc:
        raise click.UsageError(f"cannot open {exc.filename}: no such file")
    click.echo(f"{counts['documents']} documents, {counts['errors']} errors", err=True)
    if strict and counts["errors"]:
        sys.exit(1)


@main.command()
def stages() -> None:
    """List the analysis stages with what each reads and writes."""
    from .pipeline import STAGES

    for stage in STAGES:
        click.echo(f"{stage.name}\n  {stage.description}\n  reads:  {', '.join(stage.reads)}\n"
                   f"  writes: {', '.join(stage.writes)}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    from .record import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command()
@click.option("--report", is_flag=True, help="Print a summary of the sample corpus instead of serving the UI.")
@click.option("--db", help="Build the sample database here (default: a temporary file, removed on exit).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def demo(report: bool, db: str | None, host: str, port: int) -> None:
    """The main job: build a database from the bundled sample corpus and serve the web UI (or --report)."""
    from .demo import run_demo

    run_demo(report=report, db=db, host=host, port=port)


@main.command()
@click.option("--db", envvar="NEWSTRACE_DB", default="newstrace.db", show_default=True,
              help="SQLite file or postgresql:// URL (env NEWSTRACE_DB).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (default: this machine only).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="NEWSTRACE_TOKEN", help="Allow writing (POST /api/ingest) with this bearer token "
              "(env NEWSTRACE_TOKEN); without one the server is read-only.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True, help="Server log level (info logs every request).")
@click.option("--rank-window", type=click.IntRange(min=0), default=0, show_default=True,
              help="SQLite, sort=relevance: when more articles match, rank the N most recently stored matches "
                   "first and the older ones after them (bounded cost per page); 0 ranks every match.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Server processes sharing the port (use the cores; each opens its own connections).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="Requests served at once per process, and the size of its database connection pool "
                   "[default: 5].")
def serve(db: str, host: str, port: int, token: str | None, log_level: str, rank_window: int, workers: int,
          threads: int | None) -> None:
    """The web UI and the HTTP API over a corpus (read-only unless --token is given)."""
    from .web import serve as serve_web

    try:
        serve_web(db, host=host, port=port, token=token, log_level=log_level, rank_window=rank_window or None,
                  workers=workers, threads=threads)
    except NewstraceError as exc:
        raise click.ClickException(str(exc))


from .cli_corpus import COMMANDS as _CORPUS_COMMANDS  # noqa: E402 - the corpus commands (database)

for _command in _CORPUS_COMMANDS:
    main.add_command(_command)


from .cli_link import link as link_command  # noqa: E402

main.add_command(link_command)

if __name__ == "__main__":  # pragma: no cover
    main()
