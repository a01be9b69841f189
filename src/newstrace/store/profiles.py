"""Outlet and source profiles: what one outlet published and cited, where a source was cited and what it said,
the corpus's biggest outlets and stories. Read-only, from the totals tables kept as articles are stored."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from .database import Store
from .queries import _contains
from .schema import articles, outlet_keys, outlet_months, outlet_source_totals, quotes, source_totals, sources


def _outlet_clause(name: str):
    return (func.lower(articles.c.outlet) == name.lower()) | (func.lower(articles.c.outlet_domain) == name.lower())


def _key_clause(name: str):
    return (func.lower(outlet_keys.c.outlet) == name.lower()) | (func.lower(outlet_keys.c.outlet_domain) == name.lower())


def _outlet_keys(name: str):
    """The ids of the (outlet, domain) pairs an outlet name or domain matches (any case)."""
    return select(outlet_keys.c.id).where(_key_clause(name))


def outlet_articles(store: Store, name: str, *, limit: int = 50) -> list[dict]:
    """Articles published by an outlet (name or domain, any case), newest first. A name no stored article
    has is answered from ``outlet_keys`` alone (no walk of every article)."""
    with store.engine.connect() as conn:
        if conn.execute(_outlet_keys(name).limit(1)).first() is None:
            return []
    return outlet_articles_exact(store, name, limit=limit)


def outlet_sources(store: Store, name: str, *, limit: int = 30) -> list[dict]:
    """The sources an outlet's articles cite: name, kind and in how many of its articles, most used first
    (then by name and kind). Summed from ``outlet_source_totals``: ``outlet_sources_exact``'s answer."""
    t = outlet_source_totals
    count = func.sum(t.c.articles).label("articles")
    stmt = (select(t.c.name, t.c.kind, count).where(t.c.key_id.in_(_outlet_keys(name))).group_by(t.c.name, t.c.kind)
            .order_by(count.desc(), t.c.name, t.c.kind).limit(limit))
    with store.engine.connect() as conn:
        return [{**row._mapping, "articles": int(row.articles)} for row in conn.execute(stmt)]


def outlet_kinds_by_month(store: Store, name: str) -> list[dict]:
    """Per month (``YYYY-MM`` of publication): the outlet's cited sources, all and anonymous ones. Summed
    from ``outlet_months``: ``outlet_kinds_by_month_exact``'s answer."""
    t = outlet_months
    stmt = (select(t.c.month, func.sum(t.c.sources), func.sum(t.c.anonymous)).where(t.c.key_id.in_(_outlet_keys(name)))
            .group_by(t.c.month).order_by(t.c.month))
    with store.engine.connect() as conn:
        return [{"month": m, "sources": int(total), "anonymous": int(anon or 0)} for m, total, anon in conn.execute(stmt)]


def outlet_articles_exact(store: Store, name: str, *, limit: int = 50) -> list[dict]:
    """Articles published by an outlet (name or domain, any case), newest first."""
    stmt = (select(articles.c.id, articles.c.title, articles.c.published, articles.c.story_id,
                   articles.c.duplicate_of, articles.c.outlet, articles.c.outlet_domain).where(_outlet_clause(name))
            .order_by(articles.c.published.desc().nulls_last(), articles.c.seq).limit(limit))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def source_mentions(store: Store, kind: str, name_words: list[str], *, limit: int = 2000) -> list[dict]:
    """Rows of sources of one kind whose name contains every one of ``name_words`` (any case), with their
    article's id, outlet and date, earliest first."""
    stmt = (select(sources.c.source_id, sources.c.name, sources.c.kind, sources.c.description, sources.c.cited_by,
                   articles.c.id.label("article_id"), articles.c.title, articles.c.outlet, articles.c.published)
            .join(articles, articles.c.seq == sources.c.article_seq)
            .where(sources.c.kind == kind, *[_contains(sources.c.name, word) for word in name_words])
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq).limit(limit))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def quotes_of_sources(store: Store, pairs: list[tuple[str, str]]) -> list[dict]:
    """Quotes attributed to given (article id, source id) pairs, with their confidence and their article's
    outlet and date."""
    if not pairs:
        return []
    wanted = or_(*[and_(articles.c.id == a, quotes.c.source_id == s) for a, s in pairs[:500]])
    stmt = (select(quotes.c.kind, quotes.c.content, quotes.c.speaker, quotes.c.source_id, quotes.c.confidence,
                   articles.c.id.label("article_id"), articles.c.outlet, articles.c.published)
            .join(articles, articles.c.seq == quotes.c.article_seq).where(wanted)
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def source_summary(store: Store, name: str | None = None, kind: str | None = None, *, limit: int = 50,
                   offset: int = 0) -> list[dict]:
    """Sources across the corpus grouped by name and kind: in how many articles and outlets, most cited
    first. Read from ``source_totals`` (kept as articles are stored, see ``totals``) in index order; the
    same answer as grouping every source row (``source_summary_exact``)."""
    t = source_totals
    stmt = select(t.c.name, t.c.kind, t.c.articles, t.c.outlets, t.c.first_published.label("first"),
                  t.c.last_published.label("last"))
    if name:
        stmt = stmt.where(_contains(t.c.name, name))
    if kind:
        stmt = stmt.where(t.c.kind == kind)
    stmt = stmt.order_by(t.c.articles.desc(), t.c.name, t.c.kind)
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt.limit(limit).offset(offset))]


def top_outlets(store: Store, *, limit: int = 12) -> list[dict]:
    """Outlets with the most stored articles, summed from ``outlet_keys`` (``top_outlets_exact``'s answer)."""
    n = func.sum(outlet_keys.c.articles).label("articles")
    stmt = (select(outlet_keys.c.outlet, n).where(outlet_keys.c.outlet.is_not(None)).group_by(outlet_keys.c.outlet)
            .order_by(n.desc(), outlet_keys.c.outlet).limit(limit))
    with store.engine.connect() as conn:
        return [{**row._mapping, "articles": int(row.articles)} for row in conn.execute(stmt)]


def top_stories(store: Store, *, limit: int = 12) -> list[dict]:
    """Stories covered by more than one article, biggest first, with their first date and one title."""
    n = func.count().label("articles")
    stmt = (select(articles.c.story_id, n, func.min(articles.c.published).label("first"),
                   func.min(articles.c.title).label("title"), func.count(func.distinct(articles.c.outlet))
                   .label("outlets")).where(articles.c.story_id.is_not(None)).group_by(articles.c.story_id)
            .having(func.count() > 1).order_by(n.desc(), articles.c.story_id).limit(limit))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]
