"""The one title of each story: the title of its earliest published article that has one (published
ascending, undated last, then storage order: the order of ``queries.story_records``), so that the home
page, the story page, the search facets and the exports name a story alike."""

from __future__ import annotations

from sqlalchemy import func, select

from .database import Store
from .schema import articles


def story_titles(store: Store, story_ids: list[str]) -> dict[str, str]:
    """``{story_id: title}`` for the given stories (those without any titled article are left out)."""
    wanted = sorted({s for s in story_ids if s})
    if not wanted:
        return {}
    rank = func.row_number().over(partition_by=articles.c.story_id,
                                  order_by=[articles.c.published.asc().nulls_last(), articles.c.seq]).label("rank")
    inner = (select(articles.c.story_id, articles.c.title, rank)
             .where(articles.c.story_id.in_(wanted), articles.c.title.is_not(None), articles.c.title != "")
             .subquery())
    stmt = select(inner.c.story_id, inner.c.title).where(inner.c.rank == 1)
    with store.engine.connect() as conn:
        return {row.story_id: row.title for row in conn.execute(stmt)}
