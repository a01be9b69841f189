"""The slow reference answers of store/queries.py's totals-backed reads, grouped from every row: the
tests check the totals kept as articles are stored against them (issue 16 moved them here from src/)."""

from __future__ import annotations

from sqlalchemy import case, func, select

from newstrace.store.current_errors import current_clause
from newstrace.store.database import Store
from newstrace.store.profiles import _outlet_clause
from newstrace.store.queries import _contains
from newstrace.store.schema import articles, errors, events, places, quotes, sources


def stats_exact(store: Store) -> dict:
    """``stats`` counted from the rows themselves (slow on a big corpus; the reference the counters are
    checked against)."""
    with store.engine.connect() as conn:
        def grouped(column, *where) -> dict:
            return {str(k): n for k, n in conn.execute(select(column, func.count()).where(*where).group_by(column)
                                                         .order_by(func.count().desc(), column)).all()}

        def count(table, *where) -> int:
            return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()

        return {
            "articles": count(articles),
            "sources": count(sources), "sources_by_kind": grouped(sources.c.kind),
            "quotes": count(quotes), "places": count(places), "events": count(events),
            "events_by_type": grouped(events.c.type),
            "stories": conn.execute(select(func.count(articles.c.story_id.distinct()))).scalar_one(),
            "duplicates_linked": conn.execute(select(func.count()).where(articles.c.duplicate_of.is_not(None))
                                              ).scalar_one(),
            "outlets": conn.execute(select(func.count(articles.c.outlet.distinct()))).scalar_one(),
            "errors": count(errors, current_clause()),  # current errors only (issue 14)
            "errors_by_code": grouped(errors.c.code, current_clause()),
        }


def outlet_sources_exact(store: Store, name: str, *, limit: int = 30) -> list[dict]:
    """The sources an outlet's articles cite: name, kind and in how many of its articles, most used first."""
    count = func.count(func.distinct(sources.c.article_seq)).label("articles")
    stmt = (select(sources.c.name, sources.c.kind, count).join(articles, articles.c.seq == sources.c.article_seq)
            .where(_outlet_clause(name), sources.c.name.is_not(None)).group_by(sources.c.name, sources.c.kind)
            .order_by(count.desc(), sources.c.name, sources.c.kind).limit(limit))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def outlet_kinds_by_month_exact(store: Store, name: str) -> list[dict]:
    """Per month (``YYYY-MM`` of publication): the outlet's cited sources, all and anonymous ones."""
    month = func.substr(articles.c.published, 1, 7).label("month")
    anonymous = func.sum(case((sources.c.kind == "anonymous", 1), else_=0)).label("anonymous")
    stmt = (select(month, func.count().label("sources"), anonymous)
            .join(articles, articles.c.seq == sources.c.article_seq)
            .where(_outlet_clause(name), articles.c.published.is_not(None)).group_by(month).order_by(month))
    with store.engine.connect() as conn:
        return [{"month": m, "sources": int(total), "anonymous": int(anon or 0)} for m, total, anon in conn.execute(stmt)]


def source_summary_exact(store: Store, name: str | None = None, kind: str | None = None, *, limit: int = 50,
                         offset: int = 0) -> list[dict]:
    """``source_summary`` computed from the source rows themselves (every row grouped: slow on a big
    corpus; the reference the totals are checked against)."""
    count = func.count(func.distinct(sources.c.article_seq)).label("articles")
    stmt = (select(sources.c.name, sources.c.kind, count,
                   func.count(func.distinct(articles.c.outlet)).label("outlets"),
                   func.min(articles.c.published).label("first"), func.max(articles.c.published).label("last"))
            .join(articles, articles.c.seq == sources.c.article_seq).where(sources.c.name.is_not(None)))
    if name:
        stmt = stmt.where(_contains(sources.c.name, name))
    if kind:
        stmt = stmt.where(sources.c.kind == kind)
    stmt = stmt.group_by(sources.c.name, sources.c.kind).order_by(count.desc(), sources.c.name, sources.c.kind)
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt.limit(limit).offset(offset))]


def top_outlets_exact(store: Store, *, limit: int = 12) -> list[dict]:
    """Outlets with the most stored articles, counted from every article row."""
    n = func.count().label("articles")
    stmt = (select(articles.c.outlet, n).where(articles.c.outlet.is_not(None)).group_by(articles.c.outlet)
            .order_by(n.desc(), articles.c.outlet).limit(limit))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]
