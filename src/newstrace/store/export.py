"""Exports of a stored corpus: JSONL records, CSV/Parquet article tables, GraphML citation graph, Markdown."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO
from xml.sax.saxutils import escape

from sqlalchemy import select

from ..errors import error
from .database import Store
from .queries import citation_edges, stats
from .schema import articles, metadata

FORMATS = ("jsonl", "csv", "parquet", "graphml", "markdown")
TABLE_COLUMNS = ("id", "url", "title", "outlet", "outlet_domain", "published", "language", "section", "authors",
                 "story_id", "duplicate_of", "n_sources", "n_anonymous_sources", "n_quotes", "n_places",
                 "n_events", "places", "sources", "body")


def article_rows(store: Store) -> Iterator[dict]:
    """One flat row per stored article (for CSV and Parquet)."""
    for record in store.iter_records():
        sources = record.get("sources") or []
        outlet = record.get("outlet") or {}
        yield {
            "id": record["id"], "url": record.get("url"), "title": record.get("title"),
            "outlet": outlet.get("name"), "outlet_domain": outlet.get("domain"),
            "published": (record.get("published") or {}).get("value"), "language": record.get("language"),
            "section": record.get("section"),
            "authors": "; ".join(a.get("name", "") for a in record.get("authors") or []),
            "story_id": record.get("story_id"), "duplicate_of": record.get("duplicate_of"),
            "n_sources": len(sources), "n_anonymous_sources": sum(s.get("kind") == "anonymous" for s in sources),
            "n_quotes": len(record.get("quotes") or []), "n_places": len(record.get("places") or []),
            "n_events": len(record.get("events") or []),
            "places": "; ".join(sorted({p.get("name", "") for p in record.get("places") or []})),
            "sources": "; ".join(s.get("name", "") for s in sources), "body": record.get("body", ""),
        }


def write_jsonl(store: Store, out: IO[str]) -> int:
    count = 0
    for record in store.iter_records():
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


ITEM_TABLES = ("sources", "quotes", "places", "events", "entities", "links")
TABLES = ("articles", *ITEM_TABLES)


def table_rows(store: Store, table: str = "articles") -> tuple[list[str], Iterator[dict]]:
    """Column names and rows of an exportable table: the flat articles table, or one item table
    (sources, quotes, places, events, entities, links) with the id of each item's article."""
    if table == "articles":
        return list(TABLE_COLUMNS), article_rows(store)
    if table not in ITEM_TABLES:
        raise error("NT504", f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    items = metadata.tables[table]
    columns = [c for c in items.columns if c.name not in ("seq", "article_seq")]
    stmt = (select(articles.c.id.label("article_id"), *columns).join(articles, articles.c.seq == items.c.article_seq)
            .order_by(items.c.seq))

    def rows() -> Iterator[dict]:
        with store.engine.connect() as conn:
            for row in conn.execution_options(stream_results=True).execute(stmt):
                yield dict(row._mapping)

    return ["article_id", *(c.name for c in columns)], rows()


def write_csv(store: Store, out: IO[str], table: str = "articles") -> int:
    columns, rows = table_rows(store, table)
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_parquet(store: Store, path: str, table: str = "articles", batch: int = 2000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns, rows = table_rows(store, table)
    count, chunk, writer = 0, [], None
    for row in rows:
        chunk.append(row)
        count += 1
        if len(chunk) >= batch:
            writer = _write_chunk(pa, pq, writer, path, chunk)
            chunk = []
    writer = _write_chunk(pa, pq, writer, path, chunk, columns) if chunk or writer is None else writer
    writer.close()
    return count


def _write_chunk(pa, pq, writer, path: str, chunk: list[dict], columns: list[str] | None = None):
    """Append rows to the Parquet file, opening it with the first chunk's inferred schema."""
    data = pa.Table.from_pylist(chunk) if chunk else pa.table({c: pa.array([], pa.string()) for c in columns or ()})
    if writer is None:
        writer = pq.ParquetWriter(path, data.schema)
    writer.write_table(data.cast(writer.schema))
    return writer


def write_graphml(store: Store, out: IO[str]) -> int:
    """The outlet citation graph: nodes are outlets, edge A -> B means A cites B (count, first, last date)."""
    edges = citation_edges(store)
    nodes = sorted({e["citing"] for e in edges} | {e["cited"] for e in edges})
    index = {name: f"n{i}" for i, name in enumerate(nodes)}
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
              '  <key id="name" for="node" attr.name="name" attr.type="string"/>\n'
              '  <key id="count" for="edge" attr.name="count" attr.type="int"/>\n'
              '  <key id="first" for="edge" attr.name="first" attr.type="string"/>\n'
              '  <key id="last" for="edge" attr.name="last" attr.type="string"/>\n'
              '  <graph id="citations" edgedefault="directed">\n')
    for name in nodes:
        out.write(f'    <node id="{index[name]}"><data key="name">{escape(name)}</data></node>\n')
    for i, edge in enumerate(edges):
        out.write(f'    <edge id="e{i}" source="{index[edge["citing"]]}" target="{index[edge["cited"]]}">'
                  f'<data key="count">{int(edge["count"])}</data>'
                  f'<data key="first">{escape(edge["first"] or "")}</data>'
                  f'<data key="last">{escape(edge["last"] or "")}</data></edge>\n')
    out.write("  </graph>\n</graphml>\n")
    return len(edges)


def write_markdown(store: Store, out: IO[str], limit: int = 200) -> int:
    """A readable report: counts, outlets with their share of anonymous sources, citations, articles."""
    counts = stats(store)
    out.write("# newstrace corpus report\n\n")
    out.write(f"{counts['articles']} articles from {counts['outlets']} outlets; {counts['sources']} sources, "
              f"{counts['quotes']} quotes, {counts['places']} places, {counts['events']} events, "
              f"{counts['stories']} stories, {counts['errors']} errors.\n\n")
    if counts["sources_by_kind"]:
        out.write("## Sources by kind\n\n| kind | sources |\n|---|---|\n")
        out.writelines(f"| {kind} | {n} |\n" for kind, n in counts["sources_by_kind"].items())
    edges = sorted(citation_edges(store), key=lambda e: -e["count"])[:50]
    if edges:
        out.write("\n## Who cites whom\n\n| outlet | cites | times | first |\n|---|---|---|---|\n")
        out.writelines(f"| {_md(e['citing'])} | {_md(e['cited'])} | {e['count']} | {e['first'] or ''} |\n"
                       for e in edges)
    out.write("\n## Articles\n\n| published | outlet | title | sources | quotes |\n|---|---|---|---|---|\n")
    count = 0
    for count, row in enumerate(article_rows(store), start=1):
        if count <= limit:
            out.write(f"| {row['published'] or ''} | {_md(row['outlet'])} | {_md(row['title'])} | "
                      f"{row['n_sources']} | {row['n_quotes']} |\n")
    if count > limit:
        out.write(f"\n… and {count - limit} more articles (export jsonl or csv for all).\n")
    return count


def _md(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")
