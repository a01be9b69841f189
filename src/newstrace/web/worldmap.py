"""A static world map drawn on the server as SVG: country shapes and places as points (no tiles, no JavaScript).

The country outlines are the low-resolution (1:110m, Natural Earth derived) GeoJSON shapes that the
``countryinfo`` package ships (MIT licence; Natural Earth is public domain), already installed for the
gazetteer: read once per process, projected plate carrée onto a ``WIDTH`` x ``HEIGHT`` box cropped to
latitudes ``SOUTH``..``NORTH``, rounded to 0.1 px, and served once as a static SVG (``/map/world.svg``) that
each map draws under its points. A point's area grows with its mentions; each point links
to a search for its place.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

WIDTH = 1000
NORTH, SOUTH = 84.0, -58.0
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360)
MIN_R, MAX_R = 3.0, 16.0


def project(lat: float, lon: float) -> tuple[float, float]:
    """Plate carrée: longitude -180..180 -> x 0..WIDTH, latitude NORTH..SOUTH -> y 0..HEIGHT."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (NORTH - max(SOUTH, min(NORTH, lat))) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


@lru_cache(maxsize=1)
def basemap_svg() -> bytes:
    """The country shapes as one standalone SVG document (served at ``/map/world.svg``, drawn under the
    points with ``<image>``: the browser fetches and caches it once instead of with every page)."""
    paths = "".join(f'<path d="{c["d"]}"><title>{escape(c["name"])}</title></path>' for c in countries())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="#eef4fa"/>'
            f'<g fill="#d8dee4" stroke="#ffffff" stroke-width="0.5">{paths}</g></svg>').encode()


def _ring(ring: list) -> str:
    points: list[tuple] = []
    for lon, lat, *_ in ring:
        x, y = project(lat, lon)
        if not points or points[-1] != (x, y):
            points.append((x, y))
    if len(points) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z"


@lru_cache(maxsize=1)
def countries() -> tuple[dict, ...]:
    """``({code, name, d}, ...)``: one SVG path per country (``code``: ISO 3166-1 alpha-2); empty when the
    data package is missing (the map then shows points only)."""
    try:
        folder = resources.files("countryinfo") / "data"
        files = [f for f in folder.iterdir() if f.name.endswith(".json")]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return ()
    out = []
    for path in sorted(files, key=lambda f: f.name):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = ((data.get("ISO") or {}).get("alpha2") or "").upper()
        for feature in (data.get("geoJSON") or {}).get("features") or ():
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates") or []
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            d = "".join(_ring(ring) for polygon in polygons for ring in polygon)
            if d:
                out.append({"code": code, "name": data.get("name") or code, "d": d})
    return tuple(out)


def _radius(mentions: int, most: int) -> float:
    if most <= 1:
        return MIN_R + 2
    return round(MIN_R + (MAX_R - MIN_R) * math.sqrt((mentions - 1) / (most - 1)), 1)


def world_map(points: list[dict], title: str, search: dict | None = None) -> dict | None:
    """What the map template draws: countries (those with a point marked), points sized by mentions, each
    linked to a search for its place (keeping ``search``'s other words and facets); None without points."""
    shown = [p for p in points if isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))]
    if not shown:
        return None
    most = max(int(p.get("mentions") or 1) for p in shown)
    marked = {(p.get("country") or "").upper() for p in shown}  # listed under the map
    base = {k: v for k, v in (search or {}).items() if v and k not in ("place", "cursor")}
    drawn: list[dict[str, Any]] = []
    for p in sorted(shown, key=lambda p: -int(p.get("mentions") or 1)):
        x, y = project(float(p["lat"]), float(p["lon"]))
        mentions = int(p.get("mentions") or 1)
        drawn.append({"x": x, "y": y, "r": _radius(mentions, most), "name": p.get("name") or "?",
                      "country": p.get("country"), "mentions": mentions, "articles": p.get("articles"),
                      "href": "/search?" + urlencode({**base, "place": p.get("name") or ""})})
    view = _view_box(drawn)
    scale = float(view.split()[2]) / WIDTH  # dots keep their size on screen when the view is a region
    for point in drawn:
        point["r"] = round(point["r"] * scale, 2)
    return {"width": WIDTH, "height": HEIGHT, "title": title, "points": drawn, "view": view,
            "countries": sorted(c for c in marked if c)}


MIN_VIEW = 240.0  # the narrowest part of the map shown (px of WIDTH): a region, never a single street


def _view_box(points: list[dict]) -> str:
    """The part of the map that holds every point with a margin, at the map's own aspect ratio."""
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    width = max(MIN_VIEW, (max(xs) - min(xs)) * 1.3 + 2 * MAX_R)
    height = width * HEIGHT / WIDTH
    if (max(ys) - min(ys)) * 1.3 + 2 * MAX_R > height:
        height = (max(ys) - min(ys)) * 1.3 + 2 * MAX_R
        width = height * WIDTH / HEIGHT
    width, height = min(width, WIDTH), min(height, HEIGHT)
    left = min(max(0.0, (max(xs) + min(xs)) / 2 - width / 2), WIDTH - width)
    top = min(max(0.0, (max(ys) + min(ys)) / 2 - height / 2), HEIGHT - height)
    return f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}"


def record_points(record: Mapping[str, Any]) -> list[dict]:
    """An article's places as points: one per place name (and country), mentions counted."""
    grouped: dict[tuple, dict] = {}
    for place in record.get("places") or ():
        if place.get("lat") is None or place.get("lon") is None:
            continue
        key = (place.get("name"), place.get("country"))
        point = grouped.setdefault(key, {"name": place.get("name"), "country": place.get("country"),
                                         "lat": place["lat"], "lon": place["lon"], "mentions": 0, "articles": 1})
        point["mentions"] += 1
    return list(grouped.values())


# --- routes --------------------------------------------------------------------------------------------

router = APIRouter(include_in_schema=False)
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.api_route("/map/world.svg", methods=["GET", "HEAD"])
def world_svg() -> Response:
    return Response(basemap_svg(), media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


@router.api_route("/map", methods=["GET", "HEAD"], response_class=HTMLResponse)
def map_page(request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
             source: Annotated[str | None, Query(max_length=200)] = None,
             source_kind: Annotated[str | None, Query(max_length=20)] = None,
             outlet: Annotated[str | None, Query(max_length=200)] = None,
             since: Annotated[str | None, Query(pattern=DATE)] = None,
             until: Annotated[str | None, Query(pattern=DATE)] = None,
             story: Annotated[str | None, Query(max_length=200)] = None,
             language: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,3}$")] = None):
    """The places of a search's matches (at most the newest ``POINT_LIMIT``) on the world map."""
    from ..store import Filters
    from ..store.points import search_points
    from .render import render

    asked = {k: v for k, v in {"q": q, "source": source, "source_kind": source_kind, "outlet": outlet,
                               "since": since, "until": until, "story": story, "language": language}.items() if v}
    found = search_points(request.app.state.corpus.store, q, Filters(**{k: v for k, v in asked.items() if k != "q"}))
    what = f"“{q}”" if q else "all articles"
    drawn = world_map(found["points"], f"Places mentioned by the articles matching {what}", asked)
    return render(request, "map_page.html", title=f"Map: {q}" if q else "Map", q=q or "", asked=asked,
                  found=found, drawn=drawn, search_href="/search?" + urlencode(asked))
