"""Read-only questions to a store: search with facets, corpus counts, quote appearances, citation edges."""

from __future__ import annotations

import json as _json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ARRAY, Integer, and_, any_, bindparam, func, literal_column, or_, select, text

from ..record import RecordDict
from . import current_errors
from .database import Store
from .rows import quote_key
from .schema import (
    articles,
    citations,
    corpus_counts,
    outlet_citations,
    outlet_keys,
    places,
    quotes,
    sources,
)

_PHRASE = re.compile(r'"([^"]+)"|(\S+)')
WORD = re.compile(r"\w+", re.UNICODE)


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
    language: str | None = None  # ISO 639-1 code of the article's language


def fts5_query(query: str) -> str:
    """User words to an FTS5 expression: every word (or "quoted phrase") must occur; no operators leak in."""
    parts = []
    for phrase, word in _PHRASE.findall(query):
        tokens = WORD.findall(phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    return " AND ".join(parts)


def _contains(column, value: str):
    return func.lower(column).contains(value.lower(), autoescape=True)


def facet_clauses(filters: Filters) -> list:
    clauses: list[Any] = []
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
    if filters.language:
        clauses.append(articles.c.language == filters.language.lower())
    return clauses


SORTS = ("newest", "oldest", "relevance")
"""Orders of a search. ``newest``: most recently stored first (the corpus's sequence number, ``seq``, which
grows with every stored article); ``oldest``: first stored first (the first appearance in the corpus);
``relevance``: best match first (FTS5 bm25 / PostgreSQL ts_rank; without words, as ``newest``). Ties and
equal scores fall back to ``seq``. The first two follow an index: FTS5 walks its doclist in rowid (= seq)
order and stops at the page's end, PostgreSQL walks the primary key or intersects the GIN match; only
``relevance`` has to score every match before it can cut a page."""


def _check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; choose from {', '.join(SORTS)}")
    return sort


def search(store: Store, query: str | None = None, filters: Filters = Filters(), *, limit: int = 20,
           offset: int = 0, sort: str | None = None) -> list[dict]:
    """Articles matching the words of ``query`` (all of them) and every facet. ``sort``: one of ``SORTS``;
    ``None`` (the default) is best match first with words and newest published first without."""
    columns = [articles.c.id, articles.c.title, articles.c.url, articles.c.outlet, articles.c.published,
               articles.c.story_id]
    if sort is not None:
        return sorted_page(store, columns, query, filters, _check_sort(sort), limit, offset=offset)
    stmt = select(*columns).where(and_(True, *facet_clauses(filters)))
    if query and WORD.search(query):
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
    tsv: Any = literal_column("articles.tsv")
    return stmt.where(tsv.op("@@")(tsquery)).order_by(func.ts_rank(tsv, tsquery).desc(), articles.c.seq)


def sorted_page(store: Store, columns: list, query: str | None, filters: Filters, sort: str, limit: int, *,
                 offset: int = 0, after: int | None = None, rank_window: int | None = None) -> list[dict]:
    """One page in a ``SORTS`` order. ``newest``/``oldest`` page by ``after`` (the ``seq`` of the last hit
    of the previous page: a keyset, cheap at any depth and stable while articles are added) or by
    ``offset``; ``relevance`` by ``offset``."""
    words = bool(query and WORD.search(query))
    if sort == "relevance" and words:
        return search_page(store, query, filters, limit=limit, offset=offset, rank_window=rank_window,
                           columns=columns)
    descending = sort != "oldest"
    clauses = facet_clauses(filters)
    order = articles.c.seq.desc() if descending else articles.c.seq.asc()
    if words and store.dialect == "sqlite":
        stmt = _sqlite_in_order(columns, clauses, fts5_query(query or ""), descending, limit, offset, after)
    elif words and not offset:
        return postgres_in_order(store, columns, clauses, query or "", descending, limit, after)
    else:
        if after is not None:
            clauses.append(articles.c.seq < after if descending else articles.c.seq > after)
        if words:
            tsv: Any = literal_column("articles.tsv")
            clauses.append(tsv.op("@@")(func.websearch_to_tsquery("simple", query)))
        stmt = select(*columns).where(and_(True, *clauses)).order_by(order).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


PG_WINDOW = 2000  # rows of the primary key walked before a PostgreSQL in-order search asks the GIN index


def postgres_in_order(store: Store, columns: list, clauses: list, query: str, descending: bool, limit: int,
                       after: int | None, window: int | None = None) -> list[dict]:
    """PostgreSQL matches in ``seq`` order, at a bounded cost whatever the word's frequency. First the
    ``window`` rows (``PG_WINDOW``) next in order are walked on the primary key with the match as a filter (the rows
    in a subquery with ``OFFSET 0``, which the planner keeps apart, so that it cannot swap the walk for
    a GIN bitmap of every match): a common word fills the page after a few dozen rows. What is still
    missing comes from the GIN index (every match beyond the window, then a top-N sort), which is cheap
    exactly when the word is rare. One plain query would leave the choice to the planner, whose
    estimate for a word outside its statistics is a fixed share of the rows: it then walks the whole
    primary key for a word that occurs nowhere (2 s at 100,000 articles), and before the first ANALYZE
    it may build a bitmap of 40,000 matches to fill one page."""
    tsquery = func.websearch_to_tsquery("simple", query)
    tsv: Any = literal_column("articles.tsv")
    window = PG_WINDOW if window is None else window
    with store.engine.connect() as conn:
        if after is None:
            edge = conn.execute(select(func.max(articles.c.seq) + 1 if descending else func.min(articles.c.seq) - 1)
                                ).scalar()
            if edge is None:
                return []
        else:
            edge = after
        if descending:
            near = [articles.c.seq < edge, articles.c.seq >= edge - window]
            beyond, order = articles.c.seq < edge - window, articles.c.seq.desc()
        else:
            near = [articles.c.seq > edge, articles.c.seq <= edge + window]
            beyond, order = articles.c.seq > edge + window, articles.c.seq.asc()
        names = [c.name for c in columns]
        inner = (select(*columns, *([] if "seq" in names else [articles.c.seq]), tsv.label("tsv"))
                 .where(*clauses, *near).order_by(order).offset(0).subquery("near"))
        walked = (select(*[inner.c[name] for name in names]).where(inner.c.tsv.op("@@")(tsquery))
                  .order_by(inner.c.seq.desc() if descending else inner.c.seq.asc()).limit(limit))
        found = [dict(r._mapping) for r in conn.execute(walked)]
        if len(found) < limit:  # ordered by seq + 0, so that no plan walks the primary key for it
            key = (articles.c.seq + 0).desc() if descending else (articles.c.seq + 0).asc()
            rest = select(*columns).where(*clauses, tsv.op("@@")(tsquery), beyond).order_by(key)
            found += [dict(r._mapping) for r in conn.execute(rest.limit(limit - len(found)))]
        return found


def _sqlite_in_order(columns: list, clauses: list, match: str, descending: bool, limit: int, offset: int,
                     after: int | None):
    """FTS5 matches in rowid (= seq) order, read from the index in that order (no sort of the matches):
    without facets the index alone cuts the page (it stops after ``limit`` entries of its doclist). With
    facets the matching rowids become a sorted list (a few ms for 40,000 matches) that SQLite walks in
    order, probing each article and stopping at the page's end, or that an indexed facet (``story``)
    probes. ``after`` bounds the rowid inside the index, so a deep page starts where the previous one ended."""
    direction = "DESC" if descending else "ASC"
    bound = "" if after is None else (" AND rowid < :after" if descending else " AND rowid > :after")
    params = {"q": match, **({"after": after} if after is not None else {})}
    if not clauses:
        inner = (f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q{bound} "
                 f"ORDER BY rowid {direction} LIMIT :limit OFFSET :offset")
        fts = text(inner).columns(literal_column("rowid")).subquery("fts")
        return (select(*columns).join_from(articles, fts, fts.c.rowid == articles.c.seq)
                .order_by(articles.c.seq.desc() if descending else articles.c.seq.asc())
                .params(**params, limit=limit, offset=offset))
    matched: Any = select(literal_column("rowid")).select_from(
        text(f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q{bound}").columns(
            literal_column("rowid")).subquery("fts"))
    if after is not None:
        clauses = [*clauses, articles.c.seq < after if descending else articles.c.seq > after]
    return (select(*columns).where(articles.c.seq.in_(matched), *clauses)
            .order_by(articles.c.seq.desc() if descending else articles.c.seq.asc()).limit(limit).offset(offset)
            .params(**params))


def stats(store: Store) -> dict:
    """Corpus counts: articles, sources by kind, quotes, places, events, stories, errors by code. The
    article, source, quote, place and event counts and the outlets come from the counters kept as
    articles are stored (``corpus_counts``, ``outlet_keys``: see ``totals.add_outlets``); stories,
    linked duplicates (both set by ``newstrace link``) and current errors (``current_errors``: resolved ones
    left out) are counted on their indexes. The same answer as ``stats_exact``, which counts every row."""
    with store.engine.connect() as conn:
        counters = dict(conn.execute(select(corpus_counts.c.counter, corpus_counts.c.value)).all())

        def grouped(prefix: str) -> dict:
            found = [("None" if name == prefix else name[len(prefix) + 1:], n) for name, n in counters.items()
                     if name == prefix or name.startswith(prefix + ":")]
            return dict(sorted(found, key=lambda item: (-item[1], item[0])))

        return {
            "articles": counters.get("articles", 0),
            "sources": counters.get("sources", 0), "sources_by_kind": grouped("sources.kind"),
            "quotes": counters.get("quotes", 0), "places": counters.get("places", 0),
            "events": counters.get("events", 0), "events_by_type": grouped("events.type"),
            "stories": conn.execute(select(func.count(articles.c.story_id.distinct()))
                                    .where(articles.c.story_id.is_not(None))).scalar_one(),
            "duplicates_linked": conn.execute(select(func.count()).where(articles.c.duplicate_of.is_not(None))
                                              ).scalar_one(),
            "outlets": conn.execute(select(func.count(outlet_keys.c.outlet.distinct()))).scalar_one(),
            **_current_errors(conn),
        }


def _current_errors(conn) -> dict:
    """Errors not resolved by a later success (``current_errors``), as ``errors`` and ``errors_by_code``."""
    total, by_code = current_errors.counts(conn)
    return {"errors": total, "errors_by_code": by_code}


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


def related_articles(store: Store, record: Mapping[str, Any]) -> list[dict]:
    """Articles of the same story or copies of this one (either way), earliest published first."""
    clauses = [articles.c.duplicate_of == record["id"]]
    if record.get("story_id"):
        clauses.append(articles.c.story_id == record["story_id"])
    if record.get("duplicate_of"):
        clauses.append(articles.c.id == record["duplicate_of"])

    stmt = (select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.published, articles.c.url,
                   articles.c.duplicate_of).where(or_(*clauses), articles.c.id != record["id"])
            .order_by(articles.c.published.asc().nulls_last(), articles.c.seq))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


def citation_edges(store: Store) -> list[dict]:
    """Outlet -> outlet edges with counts and first/last dates: the linker's edges when stored, else derived
    from outlet-kind sources (article's outlet cites the source outlet), read from ``outlet_citations``
    (kept as articles are stored) in (citing, cited) order: the edges ``citation_edges_exact`` groups."""
    with store.engine.connect() as conn:
        if conn.execute(select(citations.c.seq).limit(1)).first() is not None:
            return citation_edges_exact(store)
        t = outlet_citations
        stmt = select(t.c.citing, t.c.cited, t.c.mentions.label("count"), t.c.first_published.label("first"),
                      t.c.last_published.label("last")).order_by(t.c.citing, t.c.cited)
        return [dict(row._mapping) for row in conn.execute(stmt)]


def citation_edges_exact(store: Store) -> list[dict]:
    """``citation_edges`` grouped from the citation or source rows themselves (every row: slow)."""
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


# --- read-only questions for the web UI and HTTP API (newstrace.web) ----------------------------------


def matching_seqs(store: Store, query: str | None, filters: Filters):
    """A select of the seqs of the articles that match ``query`` and every facet (for facet counts)."""
    stmt = select(articles.c.seq).where(and_(True, *facet_clauses(filters)))
    if not (query and WORD.search(query)):
        return stmt
    if store.dialect == "sqlite":
        fts = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q").columns(
            literal_column("rowid")).subquery("fts_facets")
        return stmt.join(fts, fts.c.rowid == articles.c.seq).params(q=fts5_query(query))
    tsv: Any = literal_column("articles.tsv")
    return stmt.where(tsv.op("@@")(func.websearch_to_tsquery("simple", query)))


def bodies(store: Store, article_ids: list[str]) -> dict[str, str]:
    """Article id -> body text, for the given ids."""
    if not article_ids:
        return {}
    with store.engine.connect() as conn:
        return dict(conn.execute(select(articles.c.id, articles.c.body).where(articles.c.id.in_(article_ids))).all())


def records_where(store: Store, clause, *, limit: int = 500) -> list[RecordDict]:
    """Stored records (with their link fields) of the articles matching a clause, earliest published first."""
    stmt = (select(articles.c.id, articles.c.record, articles.c.story_id, articles.c.duplicate_of)
            .where(clause).order_by(articles.c.published.asc().nulls_last(), articles.c.seq).limit(limit))
    with store.engine.connect() as conn:
        return [{**_json.loads(row.record), "id": row.id, "story_id": row.story_id, "duplicate_of": row.duplicate_of}
                for row in conn.execute(stmt)]


def story_records(store: Store, story_id: str, *, limit: int = 500) -> list[RecordDict]:
    """The records of one story, earliest published first."""
    return records_where(store, articles.c.story_id == story_id, limit=limit)


_HIT_COLUMNS = ("id", "title", "url", "outlet", "published", "story_id")


def search_page(store: Store, query: str | None = None, filters: Filters = Filters(), *, limit: int = 20,
                offset: int = 0, rank_window: int | None = None, sort: str = "relevance", after: int | None = None,
                columns: list | None = None) -> list[dict]:
    """``search`` with each hit's ``body`` (for snippets) and ``seq`` (for keyset cursors), in one round trip.
    ``sort``: one of ``SORTS`` (``after``: see ``sorted_page``). ``relevance``: best match first (FTS5
    bm25 / ts_rank). On SQLite without facets the FTS index is
    ranked and cut to the page before any join, which is what keeps a common word fast on a large corpus.

    ``rank_window`` (relevance on SQLite, words without facets; off by default): when more articles match
    than that, rank the ``rank_window`` most recently stored matches first and the older ones after them,
    so that the cost of a page no longer grows with the number of matches. Every match is still found once.
    On PostgreSQL relevance always works so, with ``rank_window`` or ``PG_RANK_WINDOW`` (see
    ``_postgres_ranked``): ts_rank costs too much to score 40,000 matches on every page."""
    if columns is None:
        columns = [getattr(articles.c, name) for name in _HIT_COLUMNS] + [articles.c.body, articles.c.seq]
    if _check_sort(sort) != "relevance" or not (query and WORD.search(query)):
        return sorted_page(store, columns, query, filters, sort, limit, offset=offset, after=after)
    clauses = facet_clauses(filters)
    if store.dialect == "sqlite" and rank_window and not clauses:
        return _windowed(store, columns, fts5_query(query), limit, offset, rank_window)
    elif store.dialect == "sqlite":
        stmt = _sqlite_ranked(columns, clauses, fts5_query(query), limit, offset)
    else:
        return _postgres_ranked(store, columns, query, clauses, limit, offset, rank_window or PG_RANK_WINDOW)
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]


PG_RANK_WINDOW = 2000  # PostgreSQL relevance: the newest matches ranked first (see _postgres_ranked)


def _postgres_ranked(store: Store, columns: list, query: str, clauses: list, limit: int, offset: int,
                     window: int) -> list[dict]:
    """PostgreSQL relevance over a bounded candidate set: the ``window`` most recently stored matches
    (found in ``seq`` order on the primary key, then the GIN index: ``postgres_in_order``) are ranked by
    ts_rank first, the older matches after them, ranked among themselves (only a page past the window
    reads them). Up to ``window`` matches this is the exact ranking of every match; beyond it a page
    costs ts_rank on ``window`` rows instead of on every match (110 ms of database CPU for a common
    word at 100,000 articles). Every match is still found once, as with SQLite's ``rank_window``."""
    tsquery = func.websearch_to_tsquery("simple", query)
    tsv: Any = literal_column("articles.tsv")
    newest = [row["seq"] for row in postgres_in_order(store, [articles.c.seq], clauses, query, True, window + 1,
                                                       None, window=min(4 * (window + 1), 1 << 24))]
    ranked = func.ts_rank(tsv, tsquery).desc()
    found: list[dict] = []
    with store.engine.connect() as conn:
        if offset < window:
            candidates = newest[:window]
            stmt = (select(*columns).where(articles.c.seq == any_(bindparam("hits", type_=ARRAY(Integer))))
                    .order_by(ranked, articles.c.seq).limit(min(limit, window - offset)).offset(offset))
            found = [dict(row._mapping) for row in conn.execute(stmt, {"hits": candidates})]
        if len(newest) > window and len(found) < limit:
            older = (select(*columns).where(tsv.op("@@")(tsquery), articles.c.seq < newest[window - 1], *clauses)
                     .order_by(ranked, articles.c.seq).limit(limit - len(found)).offset(max(0, offset - window)))
            found += [dict(row._mapping) for row in conn.execute(older)]
    return found


def _sqlite_ranked(columns: list, clauses: list, match: str, limit: int, offset: int):
    inner = "SELECT rowid, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH :q"
    if not clauses:  # rank inside the index and keep only the page
        inner += " ORDER BY score, rowid LIMIT :limit OFFSET :offset"
    fts = text(inner).columns(literal_column("rowid"), literal_column("score")).subquery("fts")
    stmt = (select(*columns).join_from(articles, fts, fts.c.rowid == articles.c.seq).where(and_(True, *clauses))
            .order_by(fts.c.score, articles.c.seq))
    params = {"q": match, "limit": limit, "offset": offset}
    if clauses:
        stmt = stmt.limit(limit).offset(offset)
    return stmt.params(**params)


def _windowed(store: Store, columns: list, match: str, limit: int, offset: int, window: int) -> list[dict]:
    """Ranked pages over two tiers: the ``window`` newest matches (by rowid), then all older ones."""
    cut_sql = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q ORDER BY rowid DESC "
                   "LIMIT 1 OFFSET :w")
    with store.engine.connect() as conn:
        cut = conn.execute(cut_sql, {"q": match, "w": window - 1}).scalar()
    if cut is None:  # fewer matches than the window: one exact ranking
        with store.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(_sqlite_ranked(columns, [], match, limit, offset))]
    found = []
    if offset < window:
        found = _tier(store, columns, match, "rowid >= :cut", cut, min(limit, window - offset), offset)
    if len(found) < limit:
        found += _tier(store, columns, match, "rowid < :cut", cut, limit - len(found), max(0, offset - window))
    return found


def _tier(store: Store, columns: list, match: str, bound: str, cut: int, limit: int, offset: int) -> list[dict]:
    inner = (f"SELECT rowid, bm25(articles_fts) AS score FROM articles_fts WHERE articles_fts MATCH :q "
             f"AND {bound} ORDER BY score, rowid LIMIT :limit OFFSET :offset")
    fts = text(inner).columns(literal_column("rowid"), literal_column("score")).subquery("fts")
    stmt = (select(*columns).join_from(articles, fts, fts.c.rowid == articles.c.seq)
            .order_by(fts.c.score, articles.c.seq).params(q=match, cut=cut, limit=limit, offset=offset))
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]
