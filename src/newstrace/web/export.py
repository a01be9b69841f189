"""CSV and JSON exports of what each page shows: ``/api/export/{search,article,story,outlet,source}.{csv,json}``.

A search export is every match of the search (not just the page on screen), in the order asked for, read a
page of ``BATCH`` hits at a time (keyset pages for newest/oldest: a deep page costs what the first does) and
streamed as it is read, so memory stays flat however many articles match. The other exports are the lists
their page shows (a story's articles, an outlet's sources, a source's articles, an article's items); JSON
exports are the same rows (the article's: its stored record). Spreadsheet formulas are defused: a text
cell starting with ``= + - @`` or a tab gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from ..store import Filters, queries
from ..store.schema import articles
from . import highlight, views
from .api import error_answers

router = APIRouter(prefix="/api/export", tags=["export"])
BATCH = 1000
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Kind = Literal["outlet", "person", "anonymous", "organization", "government", "document", "social"]
Sort = Literal["newest", "oldest", "relevance"]
Format = Literal["csv", "json"]
SEARCH_COLUMNS = ("id", "title", "url", "outlet", "published", "language", "story_id", "snippet")
ITEM_COLUMNS = ("item", "text", "start", "end", "kind", "speaker", "source_id", "country", "lat", "lon",
                "type", "actors", "confidence")
RESPONSES: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}, "application/json": {}},
                   "description": "CSV (a header row, then one row per item) or JSON"}, **error_answers(422, 500)}
ONE = {**RESPONSES, **error_answers(404)}  # one article, story, outlet or source: NT601 when there is none


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_lines(columns: Iterable[str], rows: Iterable[dict]) -> Iterator[bytes]:
    """A header line, then the rows, a few hundred at a time, as UTF-8 bytes."""
    columns = list(columns)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for n, row in enumerate(rows, start=1):
        writer.writerow({k: _cell(row.get(k)) for k in columns})
        if n % 200 == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def json_lines(head: dict, rows: Iterable[dict]) -> Iterator[bytes]:
    """``{...head, "items": [row, ...], "count": n}`` written as the rows come."""
    opening = json.dumps(head, ensure_ascii=False)[:-1]
    yield (opening + (", " if head else "") + '"items": [\n').encode()
    count = 0
    for count, row in enumerate(rows, start=1):
        yield ((",\n" if count > 1 else "") + json.dumps(row, ensure_ascii=False, default=str)).encode()
    yield f'\n], "count": {count}}}\n'.encode()


def _answer(fmt: str, name: str, columns: Iterable[str], rows: Iterable[dict], head: dict) -> StreamingResponse:
    if fmt == "csv":
        body, media = csv_lines(columns, rows), "text/csv; charset=utf-8"
    else:
        body, media = json_lines(head, rows), "application/json"
    return StreamingResponse(body, media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


# --- search ------------------------------------------------------------------------------------------


def search_hits(store, query: str | None, filters: Filters, sort: str, batch: int = BATCH) -> Iterator[dict]:
    """Every match of a search in ``sort`` order, ``batch`` at a time, with the snippet the page shows."""
    columns = [articles.c.id, articles.c.title, articles.c.url, articles.c.outlet, articles.c.published,
               articles.c.language, articles.c.story_id, articles.c.body, articles.c.seq]
    keyset = sort in ("newest", "oldest")
    after, offset = None, 0
    while True:
        page = queries.search_page(store, query, filters, limit=batch, offset=offset, after=after, sort=sort,
                                   columns=columns)
        for hit in page:
            hit["snippet"] = highlight.snippet(hit.pop("body") or "", query)[0]
            yield {k: hit.get(k) for k in SEARCH_COLUMNS}
        if len(page) < batch:
            return
        if keyset:
            after = page[-1]["seq"]
        else:
            offset += batch


@router.get("/search.{fmt}", summary="Every match of a search, as CSV or JSON", responses=RESPONSES,
            response_class=StreamingResponse)
def export_search(request: Request, fmt: Format,
                  q: Annotated[str | None, Query(max_length=500)] = None,
                  source: Annotated[str | None, Query(max_length=200)] = None,
                  source_kind: Kind | None = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  place: Annotated[str | None, Query(max_length=200)] = None,
                  since: Annotated[str | None, Query(pattern=DATE)] = None,
                  until: Annotated[str | None, Query(pattern=DATE)] = None,
                  story: Annotated[str | None, Query(max_length=200)] = None,
                  language: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$")] = None,
                  sort: Sort = "newest"):
    """The same parameters as `/api/articles` (and `/search`), without paging: every match, streamed, in
    the order asked for. Columns: id, title, url, outlet, published, language, story_id, snippet."""
    filters = Filters(source=source, source_kind=source_kind, outlet=outlet, place=place, since=since,
                      until=until, story=story, language=language)
    asked = {k: v for k, v in {"q": q, **filters.__dict__, "sort": sort}.items() if v}
    rows = search_hits(request.app.state.corpus.store, q, filters, sort)
    return _answer(fmt, "search", SEARCH_COLUMNS, rows, {"search": asked})


# --- one article, story, outlet, source -----------------------------------------------------------


def article_items(record: Mapping[str, Any]) -> Iterator[dict]:
    """One row per source, quote, place, date and event of a record."""
    for s in record.get("sources") or ():
        first = (s.get("mentions") or [[None, None]])[0]
        yield {"item": "source", "text": s.get("name"), "start": first[0], "end": first[1], "kind": s.get("kind"),
               "source_id": s.get("id"), "confidence": s.get("confidence")}
    for q in record.get("quotes") or ():
        span = q.get("content_span") or [None, None]
        yield {"item": "quote", "text": q.get("content"), "start": span[0], "end": span[1], "kind": q.get("kind"),
               "speaker": q.get("speaker"), "source_id": q.get("source_id"), "confidence": q.get("confidence")}
    for p in record.get("places") or ():
        span = p.get("span") or [None, None]
        yield {"item": "place", "text": p.get("name"), "start": span[0], "end": span[1], "kind": p.get("feature"),
               "country": p.get("country"), "lat": p.get("lat"), "lon": p.get("lon"),
               "confidence": p.get("confidence")}
    for d in record.get("dates") or ():
        span = d.get("span") or [None, None]
        yield {"item": "date", "text": d.get("text"), "start": span[0], "end": span[1], "kind": d.get("grain"),
               "type": d.get("value")}
    for e in record.get("events") or ():
        span = e.get("span") or [None, None]
        who = [(a or {}).get("code") or (a or {}).get("text") or "?" if isinstance(a, dict) or a is None else a
               for a in (e.get("source_actor"), e.get("target_actor"))]
        yield {"item": "event", "text": e.get("type"), "start": span[0], "end": span[1], "kind": e.get("acled_type"),
               "type": e.get("mode"), "actors": " -> ".join(who), "country": e.get("place"),
               "confidence": e.get("confidence")}


@router.get("/article.{fmt}", summary="One article: its items (CSV) or its record (JSON)", responses=ONE,
            response_class=StreamingResponse)
def export_article(request: Request, fmt: Format, id: Annotated[str, Query(max_length=2000)]):  # noqa: A002
    """CSV: one row per source, quote, place, date and event (item, text, start, end, kind, speaker, ...).
    JSON: the stored record, as `/api/articles/{id}`."""
    record = views.record_or_404(request.app.state.corpus, id)
    if fmt == "json":
        return StreamingResponse(iter([json.dumps(record, ensure_ascii=False).encode()]),
                                 media_type="application/json",
                                 headers={"Content-Disposition": 'attachment; filename="article.json"'})
    return _answer(fmt, "article", ITEM_COLUMNS, article_items(record), {})


STORY_COLUMNS = ("id", "title", "outlet", "published", "first", "duplicate_of", "cites")


@router.get("/story.{fmt}", summary="A story's articles, earliest first", responses=ONE,
            response_class=StreamingResponse)
def export_story(request: Request, fmt: Format, id: Annotated[str, Query(max_length=200)]):  # noqa: A002
    """The articles of a story as its page lists them: earliest first, the first reporter marked, copies."""
    view = views.story_view(request.app.state.corpus, id)
    rows = [{**a, "cites": "; ".join(a["cites"])} if fmt == "csv" else a for a in view["articles"]]
    return _answer(fmt, "story", STORY_COLUMNS, rows, {"story_id": id, "title": view.get("title")})


OUTLET_COLUMNS = ("name", "kind", "articles", "key")


@router.get("/outlet.{fmt}", summary="The sources an outlet relies on", responses=ONE,
            response_class=StreamingResponse)
def export_outlet(request: Request, fmt: Format, name: Annotated[str, Query(max_length=200)]):
    """The sources an outlet relies on, most used first (CSV: name, kind, articles, key); the JSON head also
    holds its anonymous share and whom it cites."""
    view = views.outlet_view(request.app.state.corpus, name)
    head = {"outlet": view["name"], "anonymous_share": view["anonymous_share"], "cites": view["cites"],
            "cited_by": view["cited_by"]}
    return _answer(fmt, "outlet-sources", OUTLET_COLUMNS, view["sources"], head)


SOURCE_COLUMNS = ("article_id", "title", "outlet", "published", "name", "description")


@router.get("/source.{fmt}", summary="The articles citing a source", responses=ONE,
            response_class=StreamingResponse)
def export_source(request: Request, fmt: Format, id: Annotated[str, Query(max_length=300)]):  # noqa: A002
    """The articles citing a source (its corpus-wide id, as in `/source/{id}`), earliest first; the JSON head
    also holds what it said."""
    view = views.source_view(request.app.state.corpus, id)
    head = {"source": view["key"], "kind": view["kind"], "names": view["names"], "quotes": view["quotes"]}
    return _answer(fmt, "source-articles", SOURCE_COLUMNS, view["articles"], head)
