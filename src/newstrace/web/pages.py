"""The HTML pages: the corpus at a glance, search with facets, article, source, outlet and story views."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..store import Filters
from . import views
from .errors import WebError
from .render import render

router = APIRouter(include_in_schema=False)
KINDS = ("outlet", "person", "anonymous", "organization", "government", "document", "social")
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
LANG = r"^[A-Za-z]{2,3}$"


def _corpus(request: Request):
    return request.app.state.corpus


@router.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse)
def home(request: Request):
    return render(request, "home.html", title=None, view=views.home_view(_corpus(request)))


@router.api_route("/search", methods=["GET", "HEAD"], response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
                source: Annotated[str | None, Query(max_length=200)] = None,
                source_kind: Annotated[str | None, Query(max_length=20)] = None,
                outlet: Annotated[str | None, Query(max_length=200)] = None,
                place: Annotated[str | None, Query(max_length=200)] = None,
                since: Annotated[str | None, Query(pattern=DATE)] = None,
                until: Annotated[str | None, Query(pattern=DATE)] = None,
                story: Annotated[str | None, Query(max_length=200)] = None,
                language: Annotated[str | None, Query(pattern=LANG)] = None,
                cursor: Annotated[str | None, Query(max_length=200)] = None,
                sort: Annotated[str | None, Query(max_length=20)] = None):
    if source_kind and source_kind not in KINDS:
        raise WebError("NT602", f"source_kind must be one of {', '.join(KINDS)}")
    if sort and sort not in views.SORTS:
        raise WebError("NT602", f"sort must be one of {', '.join(views.SORTS)}")
    asked = {"q": q, "source": source, "source_kind": source_kind, "outlet": outlet, "place": place,
             "since": since, "until": until, "story": story, "language": language}
    asked = {k: v for k, v in asked.items() if v}
    filters = Filters(**{k: v for k, v in asked.items() if k != "q"})
    order = sort or views.DEFAULT_SORT
    found = views.find_articles(_corpus(request), q, filters, 20, cursor, request.app.state.rank_window, order)
    counted = views.facets(_corpus(request), q, filters)
    keep = {**asked, **({"sort": sort} if sort else {})}  # facet links keep the order asked for
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", q=q or "", asked=asked,
                  found=found, facets=_facet_links(counted["facets"], keep), active=_active_links(keep, _story_label(counted, asked.get("story"))),
                  facets_capped=counted["counted"] if counted["capped"] else None,
                  next_href=_href(keep, cursor=found["next_cursor"]) if found["next_cursor"] else None,
                  kinds=KINDS, highlight=views.highlight, sort=order, exports=_exports(keep),
                  sorts=[{"value": s, "href": _href(asked, sort=s), "active": s == order} for s in views.SORTS])


def _exports(asked: dict) -> dict:
    """The export and map links of a search: every match, with the same words, facets and order."""
    query = urlencode({k: v for k, v in asked.items() if v})
    where = urlencode({k: v for k, v in asked.items() if v and k not in ("sort", "place")})
    return {"csv": f"/api/export/search.csv?{query}", "json": f"/api/export/search.json?{query}",
            "map": f"/map?{where}"}


def _href(params: dict, **changes) -> str:
    """A search link with some parameters changed (a changed facet starts again from the first page)."""
    merged = {**params, **changes}
    return "/search?" + urlencode({k: v for k, v in merged.items() if v})


def _facet_links(counts: dict, asked: dict) -> dict:
    out = {}
    for name, values in counts.items():
        out[name] = [{"value": v["value"], "label": v.get("label") or v["value"], "count": v["count"],
                      "href": _facet_href(asked, name, v["value"]),
                      "active": _facet_active(asked, name, v["value"])} for v in values]
    if "month" in out:
        out["month"].sort(key=lambda v: v["value"], reverse=True)
    return out


def _facet_href(asked: dict, name: str, value: str) -> str:
    if name == "month":  # a month is the since/until pair that covers it
        return _href(asked, since=value, until=value)
    return _href(asked, **{name: value})


def _facet_active(asked: dict, name: str, value: str) -> bool:
    if name == "month":
        return asked.get("since") == value and asked.get("until") == value
    return asked.get(name) == value


def _active_links(asked: dict, story_label: str | None = None) -> list[dict]:
    return [{"name": k, "value": v, "label": story_label if k == "story" and story_label else v,
             "href": _href({n: w for n, w in asked.items() if n != k})}
            for k, v in asked.items() if k not in ("q", "sort")]


def _story_label(counted: dict, story: str | None) -> str | None:
    """The title of the story filtered on (from its facet value, which every match shares)."""
    if not story:
        return None
    return next((v.get("label") for v in counted["facets"].get("story") or () if v["value"] == story), None)


@router.api_route("/article/{article_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    from . import auth, claims

    settings = request.app.state.settings
    view = views.article_view(_corpus(request), article_id, settings.events_min_confidence,
                              settings.sources_min_confidence)
    return render(request, "article.html", title=view["record"].get("title") or view["record"]["id"], view=view,
                  layers=views.highlight.LAYERS, editor=auth.session(request), key=claims.key,
                  said_as=claims.correction_text, writable=bool(request.app.state.token))


@router.api_route("/source/{source_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def source_page(request: Request, source_id: str):
    view = views.source_view(_corpus(request), source_id)
    floor = request.app.state.settings.sources_min_confidence
    view["quotes"] = [{**q, "unsure": views.below(q, floor)} for q in view["quotes"]]
    return render(request, "source.html", title=f"Source: {view['name']}", view=view)


@router.api_route("/outlet/{name:path}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def outlet_page(request: Request, name: str):
    view = views.outlet_view(_corpus(request), name)
    return render(request, "outlet.html", title=f"Outlet: {view['name']}", view=view)


@router.api_route("/story/{story_id:path}", methods=["GET", "HEAD"], response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    view = views.story_view(_corpus(request), story_id)
    return render(request, "story.html", title=f"Story {story_id}", view=view)


@router.api_route("/errors", methods=["GET", "HEAD"], response_class=HTMLResponse)
def errors_page(request: Request):
    """Current errors only, by code, with what each means, a hint and the pages affected (issue 14)."""
    return render(request, "errors.html", title="Current errors", view=_corpus(request).errors(pages_per_code=20))


@router.api_route("/docs", methods=["GET", "HEAD"], response_class=HTMLResponse)
def docs_page(request: Request):
    from .docs import operations

    return render(request, "docs.html", title="API documentation", operations=operations(request.app.openapi()))
