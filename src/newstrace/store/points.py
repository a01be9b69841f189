"""Places of a set of articles as map points: one per (name, country) at the mean of its coordinates, with its mentions.

The map of a search reads the places of at most ``POINT_LIMIT`` of its matches (the most recently stored,
as the facet counts do: ``facets.newest_seqs``), grouped in the database, so the cost is bounded however
many articles match.
"""

from __future__ import annotations

from sqlalchemy import func, select

from .database import Store
from .facets import newest_seqs
from .queries import Filters
from .schema import places

POINT_LIMIT = 1000  # matches whose places are drawn at most
TOP_POINTS = 300  # points drawn at most (most mentioned first)


def search_points(store: Store, query: str | None, filters: Filters, *, limit: int = POINT_LIMIT,
                  top: int = TOP_POINTS) -> dict:
    """``{"points": [{name, country, lat, lon, mentions, articles}], "counted", "capped"}``."""
    seqs = newest_seqs(store, query, filters, limit + 1)
    capped = len(seqs) > limit
    seqs = seqs[:limit]
    if not seqs:
        return {"points": [], "counted": 0, "capped": False}
    stmt = (select(places.c.name, places.c.country, func.avg(places.c.lat).label("lat"),
                   func.avg(places.c.lon).label("lon"), func.count().label("mentions"),
                   func.count(places.c.article_seq.distinct()).label("articles"))
            .where(places.c.article_seq.in_(seqs), places.c.lat.is_not(None), places.c.lon.is_not(None))
            .group_by(places.c.name, places.c.country)
            .order_by(func.count().desc(), places.c.name).limit(top))
    with store.engine.connect() as conn:
        found = [dict(row._mapping) for row in conn.execute(stmt)]
    return {"points": found, "counted": len(seqs), "capped": capped}
