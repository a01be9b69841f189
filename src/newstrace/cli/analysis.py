"""Commands without a database: ``analyze`` (pages in, records out), ``stages``, ``schema``."""

from __future__ import annotations

import json
import sys

import click

from ..errors import NewstraceError
from .common import fail, output_file, stage_list


@click.command()
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
    from ..batch import analyze_inputs, write_jsonl

    if not inputs and not jsonl:
        raise click.UsageError("give FILE, DIR or - (stdin), or --jsonl IN.jsonl")
    try:
        records = analyze_inputs(inputs, jsonl=jsonl, fmt=fmt, stages=stage_list(stages), lang=lang,
                                 workers=workers)
        if report:
            from ..report import print_report

            counts = print_report(records)
        else:
            with output_file(output) as out:
                counts = write_jsonl(records, out)
    except NewstraceError as exc:
        fail(exc)
    except FileNotFoundError as exc:
        raise click.UsageError(f"cannot open {exc.filename}: no such file") from None
    click.echo(f"{counts['documents']} documents, {counts['errors']} errors", err=True)
    if strict and counts["errors"]:
        sys.exit(1)


@click.command()
def stages() -> None:
    """List the analysis stages with what each reads and writes."""
    from ..pipeline import STAGES

    for stage in STAGES:
        click.echo(f"{stage.name}\n  {stage.description}\n  reads:  {', '.join(stage.reads)}\n"
                   f"  writes: {', '.join(stage.writes)}")


@click.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    from ..record import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


COMMANDS = (analyze, stages, schema)
