"""``newstrace link``: near-duplicates, stories, citation graph and quote drift over JSONL records."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import NewstraceError
from .common import db_option, fail, output_file


@click.command("link")
@db_option("Links the stored corpus when --jsonl is not given.")
@click.option("--jsonl", "jsonl", type=click.Path(allow_dash=True),
              help="Input without a database: {id, title?, body|text|html, published?, url?, outlet?} per line.")
@click.option("-o", "--output", type=click.Path(allow_dash=True, writable=True), default="-", show_default=True,
              help="Where to write {id, story_id, duplicate_of} lines.")
@click.option("--records", "as_records", is_flag=True,
              help="Input lines are newstrace records already (output of `newstrace analyze`): no extraction.")
@click.option("--stages", default="extract", show_default=True,
              help="Stages run on the input pages first, e.g. extract or extract,sources,quotes.")
@click.option("--mode", type=click.Choice(["batch", "online"]), default="batch", show_default=True,
              help="batch: cluster the whole set at once; online: add articles one by one in input order.")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Average similarity needed to join a story (default tuned on dev data).")
@click.option("--window-days", type=click.IntRange(min=0), default=None,
              help="Articles further apart than this many days never share a story.")
@click.option("--graph", "graph_path", type=click.Path(writable=True),
              help="Also write the citation graph, first reporters and quote drift as JSON here.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes for analysis.")
def link(db, jsonl, output, as_records, stages, mode, threshold, window_days, graph_path, workers) -> None:
    """Near-duplicates, stories, citation graph and quote drift: over the stored corpus (--db), or over a
    JSONL file without a database (--jsonl, writing {id, story_id, duplicate_of} lines)."""
    if jsonl is None:
        _link_corpus(db, mode, window_days)
        return
    _link_jsonl(jsonl, output, as_records, stages, mode, threshold, window_days, graph_path, workers)


def _link_corpus(db: str, mode: str, window_days: int | None) -> None:
    """Store story ids, duplicates and citation edges for every stored article; print the counts."""
    from ..corpus import Corpus

    if "://" not in db and not Path(db).exists():
        raise click.UsageError(f"no corpus at {db}: run `newstrace ingest` first, give --db, or link a file "
                               "without a database with --jsonl")
    try:
        with Corpus(db) as corpus:
            counts = corpus.link(mode=mode, window_days=window_days)
    except NewstraceError as exc:
        fail(exc)
    click.echo(json.dumps(counts))


def _link_jsonl(jsonl, output, as_records, stages, mode, threshold, window_days, graph_path, workers) -> None:
    import dataclasses

    from ..link import StoryParams, link_records

    try:
        records = _read_records(jsonl) if as_records else _analysed(jsonl, stages, workers)
    except NewstraceError as exc:
        fail(exc)
    except FileNotFoundError as exc:
        raise click.UsageError(f"cannot open {exc.filename}: no such file") from None
    good = [r for r in records if not r.get("error") and (r.get("body") or r.get("text"))]
    params = StoryParams(window_days=window_days)
    if threshold is not None:
        params = dataclasses.replace(params, threshold=threshold)
    result = link_records(good, mode=mode, params=params)
    rows = {row["id"]: row for row in result.rows()}
    with output_file(output) as out:
        for record in records:
            row = rows.get(str(record["id"])) or {"id": record["id"], "story_id": None, "duplicate_of": None,
                                                  "error": record.get("error")}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if graph_path:
        Path(graph_path).write_text(json.dumps(result.graph(), ensure_ascii=False, indent=1), encoding="utf-8")
    click.echo(f"{len(records)} articles, {len(set(result.story_ids))} stories, "
               f"{sum(1 for d in result.duplicate_of if d)} duplicates, {len(records) - len(good)} not linked", err=True)


def _analysed(jsonl: str, stages: str, workers: int) -> list[dict]:
    from ..batch import analyze_inputs

    wanted = [s.strip() for s in stages.split(",") if s.strip()] or None
    return list(analyze_inputs((), jsonl=jsonl, stages=wanted, workers=workers))


def _read_records(jsonl: str) -> list[dict]:
    stream = click.open_file(jsonl, "r", encoding="utf-8")
    records = []
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                record = {"id": f"line-{number}", "error": {"code": "NT105", "message": f"line {number}: {exc.msg}"}}
            if not isinstance(record, dict) or "id" not in record:
                record = {"id": f"line-{number}", "error": {"code": "NT105", "message": f"line {number} has no id"}}
            records.append(record)
    return records
