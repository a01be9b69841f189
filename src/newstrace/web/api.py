"""The HTTP API under ``/api``: JSON only; pydantic checks the parameters and documents the answers."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from ..analysis.event_default import in_default_set
from ..errors import CATALOGUE
from ..store import Filters
from . import views
from .errors import WebError, code_for_status
from .guard import token_problem

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Kind = Literal["outlet", "person", "anonymous", "organization", "government", "document", "social"]
Sort = Literal["newest", "oldest", "relevance"]


class Error(BaseModel):
    code: str = Field(examples=["NT601"])
    message: str


class ErrorEnvelope(BaseModel):
    error: Error


def error_answers(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers an operation documents, each the one envelope with its NT6xx code (issue 18: what
    schemathesis checks; FastAPI's own 422 schema, ``{"detail": [...]}``, is never what we answer)."""
    return {status: {"model": ErrorEnvelope,
                     "description": f"{code_for_status(status)}: {CATALOGUE[code_for_status(status)][1]}"}
            for status in statuses}


ERRORS = error_answers(404, 422, 500)
LIST_ERRORS = error_answers(422, 500)


class ArticleHit(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    story_id: str | None
    snippet: str = Field(description="a piece of the body around the first query word")
    highlights: list[list[int]] = Field(description="[start, end) of the query words inside snippet")


class ArticlePage(BaseModel):
    items: list[ArticleHit]
    limit: int
    sort: Sort = Field(description="the order of the items (the sort asked for, or the default)")
    next_cursor: str | None = Field(description="pass as cursor= for the next page; null on the last page")


class SourceItem(BaseModel):
    id: str = Field(description="the source's corpus-wide id, as in /source/{id}")
    name: str
    kind: str | None
    articles: int
    outlets: int
    first: str | None
    last: str | None


class SourcePage(BaseModel):
    items: list[SourceItem]
    limit: int
    next_cursor: str | None


def _corpus(request: Request):
    return request.app.state.corpus


@router.get("/articles", response_model=ArticlePage, responses=LIST_ERRORS, summary="Search articles")
def articles(request: Request,
             q: Annotated[str | None, Query(max_length=500, description="every word must occur")] = None,
             source: Annotated[str | None, Query(max_length=200, description="a cited source's name")] = None,
             source_kind: Kind | None = None,
             outlet: Annotated[str | None, Query(max_length=200)] = None,
             place: Annotated[str | None, Query(max_length=200, description="place name or ISO country")] = None,
             since: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
             until: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
             story: Annotated[str | None, Query(max_length=200)] = None,
             language: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$", description="ISO 639-1")] = None,
             limit: Annotated[int, Query(ge=1, le=100)] = 20,
             cursor: Annotated[str | None, Query(max_length=200)] = None,
             sort: Annotated[Sort, Query(description="newest: most recently stored first (default); oldest: first "
                                                     "stored first; relevance: best match first")] = "newest"
             ) -> dict:
    """Full-text and faceted search; cursor pagination (a cursor belongs to its q, sort and facets).
    `sort=newest` (the default) lists the most recently stored articles first, `oldest` the first stored
    first, `relevance` the best match first (bm25 / ts_rank; SQLite scores every match, so it costs more
    when a word is common; PostgreSQL ranks the 2,000 most recently stored matches first, then the older
    ones, and `serve --rank-window N` does the same with N on both)."""
    filters = Filters(source=source, source_kind=source_kind, outlet=outlet, place=place, since=since,
                      until=until, story=story, language=language)
    return views.find_articles(_corpus(request), q, filters, limit, cursor, request.app.state.rank_window, sort)


@router.get("/articles/{article_id:path}", responses=ERRORS, summary="One article's record")
def article(request: Request, article_id: str,
            min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
            events: Annotated[Literal["default", "all"], Query(
                description="default: only the events of the default set; all: every event with its "
                            "`hidden` reason")] = "default") -> dict[str, Any]:
    """The stored record (the JSON of `newstrace analyze`, with story_id and duplicate_of) of an article by id,
    URL or declared canonical URL (percent-encode a URL's ``?``; copies: the first stored). Sources and
    quotes under ``min_confidence`` (default: ``NEWSTRACE_SOURCES_MIN_CONFIDENCE``, 0.45; 0 gives all) are left out; the
    page's own outlet always stays. Events: the default set (confidence at least ``NEWSTRACE_EVENTS_MIN_CONFIDENCE``
    and no ``hidden`` reason, issue 13) unless ``events=all``."""
    record = views.record_or_404(_corpus(request), article_id)
    floor = _floor(request, min_confidence)
    found = _sure_only(record, floor) if floor else cast(dict[str, Any], record)
    return found if events == "all" else {**found, "events": _default_events(request, found)}


def _default_events(request: Request, record: Mapping[str, Any]) -> list[dict[str, Any]]:
    settings = getattr(request.app.state, "settings", None)
    threshold = getattr(settings, "events_min_confidence", 0.0)
    return [e for e in record.get("events") or () if in_default_set(e, threshold)]


def _floor(request: Request, min_confidence: float | None) -> float:
    """The ``min_confidence`` asked for, else ``NEWSTRACE_SOURCES_MIN_CONFIDENCE``."""
    settings = getattr(request.app.state, "settings", None)
    return min_confidence if min_confidence is not None else getattr(settings, "sources_min_confidence", 0.0)


def _sure_only(record: Mapping[str, Any], floor: float) -> dict[str, Any]:
    """issue 12: the record without the sources and quotes it is less sure of than ``floor``."""
    root = (record.get("provenance") or {}).get("source_id")
    sources = [s for s in record.get("sources") or () if s["id"] == root or not views.below(s, floor)]
    kept = {s["id"] for s in sources}
    quotes = [q for q in record.get("quotes") or () if not views.below(q, floor)]
    quotes = [q if q.get("source_id") in kept else {**q, "source_id": None} for q in quotes]
    return {**record, "sources": sources, "quotes": quotes}


@router.get("/sources", response_model=SourcePage, responses=LIST_ERRORS, summary="Sources across the corpus")
def sources(request: Request, name: Annotated[str | None, Query(max_length=200)] = None,
            kind: Kind | None = None, limit: Annotated[int, Query(ge=1, le=200)] = 50,
            cursor: Annotated[str | None, Query(max_length=200)] = None) -> dict:
    """Sources grouped by name and kind, most cited first."""
    key = Filters(source=name, source_kind=kind)
    offset = views.decode_cursor(cursor, "sources", key)
    found = views.source_list(_corpus(request), name, kind, limit + 1, offset)
    more = len(found) > limit
    return {"items": found[:limit], "limit": limit,
            "next_cursor": views.encode_cursor(offset + limit, "sources", key) if more else None}


@router.get("/sources/{source_id:path}", responses=ERRORS, summary="One source")
def source(request: Request, source_id: str,
           min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None) -> dict[str, Any]:
    """A source across the corpus: articles citing it, what it said, outlets relying on it. Quotes under
    ``min_confidence`` (default: ``NEWSTRACE_SOURCES_MIN_CONFIDENCE``, 0.45; 0 gives all) are left out, as in
    ``/api/articles/{id}``."""
    view = views.source_view(_corpus(request), source_id)
    floor = _floor(request, min_confidence)
    return {**view, "quotes": [q for q in view["quotes"] if not views.below(q, floor)]}


@router.get("/outlets/{name:path}", responses=ERRORS, summary="One outlet's profile")
def outlet(request: Request, name: str) -> dict[str, Any]:
    """Sources the outlet relies on, anonymous share by month, whom it cites and who cites it."""
    view = views.outlet_view(_corpus(request), name)
    view.pop("chart")
    return view


@router.get("/stories/{story_id:path}", responses=ERRORS, summary="One story")
def story(request: Request, story_id: str) -> dict[str, Any]:
    """Articles of a story earliest first, the first reporter, copies (duplicate_of), quote drift."""
    view = views.story_view(_corpus(request), story_id)
    view.pop("timeline")
    return view


@router.get("/trace/{article_id:path}", responses=ERRORS, summary="Provenance of one article")
def trace(request: Request, article_id: str) -> dict[str, Any]:
    """The provenance tree and where else the article's quotes appear, first appearance first; the article
    by id, URL or declared canonical URL, as ``/api/articles/{article_id}``."""
    corpus = _corpus(request)
    views.record_or_404(corpus, article_id)
    return corpus.trace(article_id)


class Document(BaseModel):
    model_config = ConfigDict(strict=True)  # issue 18: no coercion ("link": 0 is not a boolean)

    id: str | None = Field(default=None, max_length=200)
    html: str | None = None
    text: str | None = None
    body: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


class IngestRequest(BaseModel):
    model_config = ConfigDict(strict=True)

    documents: list[Document] = Field(min_length=1, max_length=500)
    link: bool = Field(default=False, description="re-link the whole corpus afterwards (stories, copies, "
                                                  "citations); takes long on a big corpus")


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writing is off without a server token; with one, the request must carry it (``guard.RequestGuard``
    already refuses such requests before reading their body; this keeps the rule on the route itself)."""
    problem = token_problem(request.app.state.token, authorization)
    if problem:
        raise WebError(*problem)


@router.post("/ingest", responses=error_answers(401, 403, 409, 413, 422, 500),
             dependencies=[Depends(require_token)], summary="Analyse and store documents (needs the token)")
def ingest(request: Request, payload: IngestRequest) -> dict[str, Any]:
    """Off unless the server was started with a token; send `Authorization: Bearer TOKEN`; body up to 5 MB."""
    corpus, lock = _corpus(request), request.app.state.write_lock
    if not lock.acquire(blocking=False):
        raise WebError("NT607", "another ingest is running on this server; send this one when it has ended")
    try:
        with tempfile.TemporaryDirectory(prefix="newstrace-api-") as tmp:
            path = Path(tmp) / "documents.jsonl"
            # ASCII JSON: a lone surrogate travels as its escape and is repaired where every input is (issue 18)
            lines = [json.dumps(d.model_dump(exclude_none=True)) for d in payload.documents]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            summary = corpus.ingest(str(path), workers=1, fetch=False)
            linked = corpus.link() if payload.link else None
    finally:
        lock.release()
    keys = ("read", "stored", "duplicates", "errors", "skipped")
    return {**{k: summary.get(k) for k in keys}, "errors_by_code": summary.get("errors_by_code", {}), "link": linked}

