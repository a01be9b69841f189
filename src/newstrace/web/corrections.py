"""Corrections from the browser and their exports: ``/login``, ``/logout``, ``POST /corrections``,
``/api/corrections`` and ``/api/corrections/export`` (JSONL in the formats of the attribution and geo gold sets).

Plain HTML forms, POST then redirect (no JavaScript); writing needs the server's token (``serve --token``),
given once at ``/login`` (see ``web/auth.py``). Read-only without a token: the forms are not shown and every
POST answers NT603.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ..store import corrections as store_corrections
from . import auth
from .api import error_answers, require_token
from .errors import WebError
from .render import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["corrections"])


def _render(request: Request, name: str, **context) -> HTMLResponse:
    return render(request, name, **context)


@pages.api_route("/login", methods=["GET", "HEAD"], response_class=HTMLResponse)
def login_page(request: Request):
    return _render(request, "login.html", title="Log in to correct", editor=auth.session(request),
                   writable=bool(request.app.state.token), failed=False)


@pages.post("/login", response_class=HTMLResponse)
async def login(request: Request):
    fields = await auth.form(request)
    if not request.app.state.token:
        raise WebError("NT603", "writing is off: start the server with --token (or NEWSTRACE_TOKEN) to allow it")
    if not auth.same_origin(request) or not auth.token_matches(request, fields.get("token", "")):
        page = _render(request, "login.html", title="Log in to correct", editor=None, writable=True, failed=True)
        page.status_code = 401
        return page
    who = " ".join(fields.get("who", "").split())[:100] or "anonymous user"
    back = fields.get("next", "")
    response = RedirectResponse(back if _local_path(back) else "/", status_code=303)
    response.set_cookie(auth.COOKIE, auth.session_cookie(request.app.state.token, who), max_age=auth.LIFETIME,
                        httponly=True, samesite="strict", path="/", secure=request.url.scheme == "https")
    return response


@pages.post("/logout")
async def logout(request: Request):
    fields = await auth.form(request)
    auth.require_editor(request, fields)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.COOKIE, path="/", httponly=True, samesite="strict")
    return response


def _local_path(path: str) -> bool:
    return path.startswith("/") and not path.startswith("//") and "\\" not in path and len(path) < 1000


@pages.post("/corrections")
async def correct(request: Request):
    """One correction from the article page's forms, then back to the article."""
    fields = await auth.form(request)
    editor = auth.require_editor(request, fields)
    corpus = request.app.state.corpus
    article_id = fields.get("article", "")
    record = await run_in_threadpool(corpus.get, article_id)
    if record is None:
        raise WebError("NT601", f"no stored article with id {article_id!r}")
    value = {k: fields.get(k) for k in ("speaker", "kind", "name", "lat", "lon", "country")}
    try:
        await run_in_threadpool(store_corrections.add, corpus.store, record, fields.get("target", ""),
                                fields.get("key", ""), fields.get("action", ""), value, who=editor["who"],
                                note=fields.get("note"))
    except store_corrections.CorrectionError as exc:
        raise WebError("NT602", str(exc)) from None
    return RedirectResponse(f"/article/{quote(record['id'], safe='')}#corrections", status_code=303)


@api.get("/corrections", summary="Corrections of one article, or of the whole corpus",
         responses=error_answers(422, 500))
def corrections_list(request: Request,
                     article: Annotated[str | None, Query(max_length=500, description="an article id")] = None,
                     limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    """Corrections made in the web UI (who, when, which item, what): of `article`, or the first `limit`
    of the corpus, oldest first."""
    store = request.app.state.corpus.store
    if article:
        found = store_corrections.of_article(store, article)
    else:
        found = []
        for item in store_corrections.every(store):
            found.append(item)
            if len(found) >= limit:
                break
    return {"items": found}


class CorrectionIn(BaseModel):
    model_config = ConfigDict(strict=True)  # issue 18: what the schema says, no coercion ("lat": "1" is no number)

    article: str = Field(max_length=2000, description="the article's id")
    target: Literal["source", "quote", "place", "event"]
    key: str = Field(max_length=500, description="the item's key: source:<kind>:<name-words> or "
                                                 "<target>:<start>:<end> (as `item_key` in GET /api/corrections)")
    action: Literal["wrong", "speaker", "location"]
    speaker: str | None = Field(default=None, max_length=200)
    kind: str | None = Field(default=None, max_length=20, description="the speaker's source kind")
    name: str | None = Field(default=None, max_length=200, description="the place's name")
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(default=None, max_length=2)
    who: str = Field(max_length=100, description="who corrects (kept with the correction)")
    note: str | None = Field(default=None, max_length=1000)


@api.post("/corrections", dependencies=[Depends(require_token)], summary="Correct an item (needs the token)",
          responses=error_answers(401, 403, 404, 413, 422, 500))
def corrections_add(request: Request, payload: CorrectionIn) -> dict[str, Any]:
    """What the article page's forms do, for scripts: `Authorization: Bearer TOKEN`; answers the stored
    correction."""
    corpus = request.app.state.corpus
    record = corpus.get(payload.article)
    if record is None:
        raise WebError("NT601", f"no stored article with id {payload.article!r}")
    value = payload.model_dump(include={"speaker", "kind", "name", "lat", "lon", "country"})
    try:
        return store_corrections.add(corpus.store, record, payload.target, payload.key, payload.action, value,
                                     who=payload.who, note=payload.note)
    except store_corrections.CorrectionError as exc:
        raise WebError("NT602", str(exc)) from None


GOLD = {"attribution": (("source", "quote"), store_corrections.attribution_gold),
        "geo": (("place",), store_corrections.geo_gold)}


@api.get("/corrections/export", summary="Corrected articles as gold data (JSONL)",
         response_class=StreamingResponse,
         responses={200: {"content": {"application/x-ndjson": {}}, "description": "one article per line"},
                    **error_answers(422, 500)})
def corrections_export(request: Request, format: Literal["attribution", "geo"] = "attribution"):  # noqa: A002
    """Every article with a correction, corrected, one JSON object per line: `attribution` in the format of
    the attribution gold set (`{id, url, outlet, text, sources, quotes}`; articles with a corrected source or
    quote), `geo` in the format of the GeoWebNews set (`{id, title, url, text, toponyms}`; articles with a
    corrected place)."""
    targets, shape = GOLD[format]
    store = request.app.state.corpus.store

    def lines() -> Iterator[bytes]:
        for record in store_corrections.corrected_records(store, targets):
            yield (json.dumps(shape(record), ensure_ascii=False) + "\n").encode()

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="corrections-{format}.jsonl"'})
