"""Read-only questions to a store: search with facets, corpus counts, quote appearances, citation edges."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, func, literal_column, select, text

from .database import Store
from .rows import quote_key
from .schema import articles, citations, errors, events, places, quotes, sources

_PHRASE = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Filters:
    """Facets of a search; every one given must hold (AND)."""

    source: str | None = None  # a source name (substring, any case)
    source_kind: str | None = None  # outlet person anonymous organization government document social
    outlet: str | None = None  # outlet name or domain (substring, any case)
    place: str | None = None  # a place name, or an ISO 3166-1 alpha-2 country code
    since: str | None = None  # ISO date: published on or after
    until: str | None = None  # ISO date: published on or before
    story: str | None = None


def fts5_query(query: str) -> str:
    """User words to an FTS5 expression: every word (or "quoted phrase") must occur; no operators leak in."""
    parts = []
    for phrase, word in _PHRASE.findall(query):
        tokens = _WORD.findall(phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    return " AND ".join(parts)


def _contains(column, value: str):
    return func.lower(column).contains(value.lower(), autoescape=True)


def _facet_clauses(filters: Filters) -> list:
    clauses = []
    if filters.source or filters.source_kind:
        inner = select(sources.c.article_seq)
        if filters.source:
            inner = inner.where(_contains(sources.c.name, filters.source))
        if filters.source_kind:
            inner = inner.where(sources.c.kind == filters.source_kind)
        clauses.append(articles.c.seq.in_(inner))
    if filters.outlet:
        clauses.append(_contains(articles.c.outlet, filters.outlet) | _contains(articles.c.outlet_domain, filters.outlet))
    if filters.place:
        match = func.lower(places.c.name) == filters.place.lower()
        if len(filters.place) == 2:
            match = match | (places.c.country == filters.place.upper())
        clauses.append(articles.c.seq.in_(select(places.c.article_seq).where(match)))
    if filters.since:
        clauses.append(articles.c.published >= filters.since)
    if filters.until:
        clauses.append(func.substr(articles.c.published, 1, len(filters.until)) <= filters.until)
    if filters.story:
        clauses.append(articles.c.story_id == filters.story)
    return clauses


def search(store: Store, query: str | None = None, filters: Filters = Filters(), *, limit: int = 20,
           offset: int = 0) -> list[dict]:
    """Articles matching the words of ``query`` (all of them) and every facet, best match first."""
    columns = [articles.c.id, articles.c.title, articles.c.url, articles.c.outlet, articles.c.published,
               articles.c.story_id]
    stmt = select(*columns).where(and_(True, *_facet_clauses(filters)))
    if query and _WORD.search(query):
        stmt = _with_text_match(store, stmt, query)
    else:
        stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.seq)
    with store.engine.connect() as conn:
        found = conn.execute(stmt.limit(limit).offset(offset)).all()
    return [dict(row._mapping) for row in found]


def _with_text_match(store: Store, stmt, query: str):
    if store.dialect == "sqlite":
        fts = text("SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH :q").columns(
            literal_column("rowid"), literal_column("rank")).subquery("fts")
        return (stmt.join(fts, fts.c.rowid == articles.c.seq).order_by(fts.c.rank, articles.c.seq)
                .params(q=fts5_query(query)))
    tsquery = func.websearch_to_tsquery("simple", query)
    tsv = literal_column("articles.tsv")
    return stmt.where(tsv.op("@@")(tsquery)).order_by(func.ts_rank(tsv, tsquery).desc(), articles.c.seq)


def stats(store: Store) -> dict:
    """Corpus counts: articles, sources by kind, quotes, places, events, stories, errors by code."""
    with store.engine.connect() as conn:
        def grouped(column) -> dict:
            return {str(k): n for k, n in conn.execute(select(column, func.count()).group_by(column)
                                                         .order_by(func.count().desc())).all()}

        def count(table) -> int:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()

        return {
            "articles": count(articles),
            "sources": count(sources), "sources_by_kind": grouped(sources.c.kind),
            "quotes": count(quotes), "places": count(places), "events": count(events),
            "events_by_type": grouped(events.c.type),
            "stories": conn.execute(select(func.count(articles.c.story_id.distinct()))).scalar_one(),
            "duplicates_linked": conn.execute(select(func.count()).where(articles.c.duplicate_of.is_not(None))
                                              ).scalar_one(),
            "outlets": conn.execute(select(func.count(articles.c.outlet.distinct()))).scalar_one(),
            "errors": count(errors), "errors_by_code": grouped(errors.c.code),
        }


def quote_appearances(store: Store, contents: list[str]) -> dict[str, list[dict]]:
    """For each quote text: every stored article quoting the same words, earliest published first."""
    keys = {quote_key(c): c for c in contents if quote_key(c)}
    if not keys:
        return {}
    stmt = (select(quotes.c.norm, quotes.c.content, quotes.c.speaker, articles.c.id, articles.c.title,
                   articles.c.outlet, articles.c.published)
            .join(articles, articles.c.seq == quotes.c.article_seq).where(quotes.c.norm.in_(list(keys)))
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq))
    found: dict[str, list[dict]] = {keys[k]: [] for k in keys}
    with store.engine.connect() as conn:
        for row in conn.execute(stmt):
            found[keys[row.norm]].append({k: v for k, v in row._mapping.items() if k != "norm"})
    return found


def quotes_in_articles(store: Store, article_ids: list[str]) -> list[dict]:
    """Every stored quote of the given articles with its article's title, outlet and date."""
    if not article_ids:
        return []
    stmt = (select(quotes.c.content, quotes.c.speaker, articles.c.id, articles.c.title, articles.c.outlet,
                   articles.c.published).join(articles, articles.c.seq == quotes.c.article_seq)
            .where(articles.c.id.in_(article_ids)))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def related_articles(store: Store, record: dict) -> list[dict]:
    """Articles of the same story or copies of this one (either way), earliest published first."""
    clauses = [articles.c.duplicate_of == record["id"]]
    if record.get("story_id"):
        clauses.append(articles.c.story_id == record["story_id"])
    if record.get("duplicate_of"):
        clauses.append(articles.c.id == record["duplicate_of"])
    from sqlalchemy import or_

    stmt = (select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published, articles.c.url,
                   articles.c.duplicate_of).where(or_(*clauses), articles.c.id != record["id"])
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def citation_edges(store: Store) -> list[dict]:
    """Outlet -> outlet edges with counts and first/last dates: the linker's edges when stored, else derived
    from outlet-kind sources (article's outlet cites the source outlet)."""
    with store.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(citations)).scalar_one():
            stmt = select(citations.c.citing, citations.c.cited, func.count().label("count"),
                          func.min(citations.c.date).label("first"), func.max(citations.c.date).label("last")
                          ).group_by(citations.c.citing, citations.c.cited)
        else:
            stmt = (select(articles.c.outlet.label("citing"), sources.c.name.label("cited"),
                           func.count().label("count"), func.min(articles.c.published).label("first"),
                           func.max(articles.c.published).label("last"))
                    .join(articles, articles.c.seq == sources.c.article_seq)
                    .where(sources.c.kind == "outlet", articles.c.outlet.is_not(None),
                           sources.c.cited_by.is_(None), sources.c.name != articles.c.outlet)
                    .group_by(articles.c.outlet, sources.c.name))
        return [dict(row._mapping) for row in conn.execute(stmt)]
