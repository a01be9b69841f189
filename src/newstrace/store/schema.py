"""The corpus tables (SQLAlchemy Core), as the latest migration leaves them.

Articles carry their full record JSON (for export) and the columns that search and facets use;
sources, quotes, places, events, entities and body links are tables of their own, one row per item.
``units`` remembers every input unit (a WARC record, a feed item, a file, a URL) and what became of
it, so that ``--resume`` skips what a killed run already finished. Migrations live in
``migrations/versions``; change the schema there and here together.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


def _child(name: str, *columns: Column) -> Table:
    return Table(
        name, metadata,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("article_seq", Integer, ForeignKey("articles.seq", ondelete="CASCADE"), nullable=False, index=True),
        *columns,
    )


articles = Table(
    "articles", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("url", Text),
    Column("url_key", Text, unique=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("outlet", Text, index=True),
    Column("outlet_domain", Text, index=True),
    Column("language", Text),
    Column("published", String(40), index=True),
    Column("captured", Text),
    Column("section", Text),
    Column("story_id", Text, index=True),
    Column("duplicate_of", Text),
    Column("unit", Text),
    Column("ingested_at", String(40), nullable=False),
    Column("record", Text, nullable=False),
    # the page's declared canonical URL, normalised like ``url_key`` (``ingest.urls.normalize_url``); not
    # unique: copies of one page name the same canonical URL (migration 0007). Both keys hold a URL too long
    # for an index entry as ``sha256:<hex>`` of it (``rows.index_key``, migration 0008)
    Column("canonical_key", Text),
)

sources = _child(
    "sources",
    Column("source_id", String(100)), Column("name", Text, index=True), Column("kind", String(32), index=True),
    Column("description", Text), Column("cited_by", String(100)), Column("method", String(64)),
    Column("confidence", Float),
)

quotes = _child(
    "quotes",
    Column("kind", String(32)), Column("content", Text), Column("norm", String(255), index=True),
    Column("speaker", Text), Column("source_id", String(100)), Column("confidence", Float),
)

places = _child(
    "places",
    Column("name", Text, index=True), Column("country", String(8), index=True), Column("lat", Float),
    Column("lon", Float), Column("feature", String(32)), Column("gazetteer_id", String(64)),
)

events = _child(
    "events",
    Column("type", String(32), index=True), Column("mode", String(32)), Column("source_actor", Text),
    Column("source_code", String(16)), Column("target_actor", Text), Column("target_code", String(16)),
    Column("place", Text), Column("date", String(40)), Column("acled_type", String(40)),
    Column("confidence", Float),
    Column("hidden", Text),  # why the event is outside the default set (issue 13; migration 0006); NULL: in it
)

entities = _child(
    "entities",
    Column("text", Text), Column("label", String(32), index=True), Column("canonical", Text, index=True),
)

links = _child(
    "links",
    Column("text", Text), Column("url", Text), Column("domain", Text, index=True),
)

errors = Table(
    "errors", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("unit", Text, nullable=False, unique=True),
    Column("doc_id", Text),
    Column("url", Text),
    Column("code", String(16), nullable=False, index=True),
    Column("message", Text),
    Column("ingested_at", String(40), nullable=False),
    Column("record", Text),
)

units = Table(
    "units", metadata,
    Column("unit", Text, primary_key=True),
    Column("outcome", String(16), nullable=False),  # stored duplicate error skipped
    Column("article_id", Text),
)

citations = Table(
    "citations", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("citing", Text, nullable=False, index=True),
    Column("cited", Text, nullable=False, index=True),
    Column("article_id", Text),
    Column("date", String(40)),
    Column("via", String(32)),
)

# One row per source (name and kind) across the corpus, kept up to date as articles are stored
# (``totals.add_sources``) and built for an existing corpus by migration 0002: in how many articles and
# outlets it is cited, first and last publication date. ``/api/sources`` reads it in index order
# instead of grouping every source row on each request.
source_totals = Table(
    "source_totals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("first_published", String(40)),
    Column("last_published", String(40)),
    Index("ix_source_totals_name", "name", "kind"),
    Index("ix_source_totals_rank", text("articles DESC"), "name", "kind"),
    Index("ix_source_totals_kind_rank", "kind", text("articles DESC"), "name"),
)

# The outlets that cite each source_totals row (what ``outlets`` counts).
source_outlets = Table(
    "source_outlets", metadata,
    Column("total_id", Integer, ForeignKey("source_totals.id", ondelete="CASCADE"), primary_key=True),
    Column("outlet", Text, primary_key=True),
)

# Covering indexes for facet counts (migration 0003): the facets of a search group its matches on
# these without reading the article, source or place rows.
Index("ix_articles_facets", articles.c.seq, articles.c.outlet, articles.c.published, articles.c.story_id)
Index("ix_sources_article_kind", sources.c.article_seq, sources.c.kind)
Index("ix_places_article_name", places.c.article_seq, places.c.name)

CHILD_TABLES = (sources, quotes, places, events, entities, links)

# Per-outlet aggregates and corpus counters (migration 0004), kept up to date as articles are stored
# (``totals.add_outlets``): the outlet page and the home page read these few rows instead of grouping
# every article and source row of the corpus. One ``outlet_keys`` row per (outlet, outlet_domain) pair
# stored (NULLs included), with its article count; an outlet name or domain asked for is the sum of the
# pairs it matches (each article belongs to exactly one pair).
outlet_keys = Table(
    "outlet_keys", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("outlet", Text),
    Column("outlet_domain", Text),
    Column("articles", Integer, nullable=False),
    Index("ix_outlet_keys_outlet", "outlet", "outlet_domain"),
)

# Per pair and month (``YYYY-MM`` of publication, dated articles only): its source rows, anonymous ones.
outlet_months = Table(
    "outlet_months", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_id", Integer, ForeignKey("outlet_keys.id", ondelete="CASCADE"), nullable=False),
    Column("month", String(16), nullable=False),
    Column("sources", Integer, nullable=False),
    Column("anonymous", Integer, nullable=False),
    Index("ix_outlet_months_key", "key_id", "month"),
)

# Per pair and source (name, kind): in how many of the pair's articles it is cited.
outlet_source_totals = Table(
    "outlet_source_totals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_id", Integer, ForeignKey("outlet_keys.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("articles", Integer, nullable=False),
    Index("ix_outlet_source_totals_key", "key_id", "name", "kind"),
)

# Outlet -> outlet edges derived from outlet-kind sources (what ``citation_edges`` gives while the
# linker has stored no edges of its own): source rows, first and last publication date.
outlet_citations = Table(
    "outlet_citations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("citing", Text, nullable=False),
    Column("cited", Text, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("first_published", String(40)),
    Column("last_published", String(40)),
    Index("ix_outlet_citations_pair", "citing", "cited"),
)

# Corpus counters of the home page: ``articles``, ``sources``, ``quotes``, ``places``, ``events``,
# ``sources.kind:<kind>`` / ``events.type:<type>`` (``sources.kind`` / ``events.type`` for no kind).
corpus_counts = Table(
    "corpus_counts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("counter", String(100), nullable=False, unique=True),
    Column("value", Integer, nullable=False),
)

# ``duplicates_linked`` counts the non-NULL entries of this index instead of reading every article.
# (PostgreSQL only, migration 0004: ``ix_articles_published_order`` on ``published DESC NULLS LAST, seq``,
# the order of the newest-articles lists.)
Index("ix_articles_duplicate_of", articles.c.duplicate_of)

# A lookup by URL also matches the canonical URL a page declares; with ``seq`` the first stored of several
# copies naming it is the index's first entry (migration 0007).
Index("ix_articles_canonical_key", articles.c.canonical_key, articles.c.seq)

# Corrections made by users in the web UI (migration 0005), kept apart from the analysis: re-analysing or
# re-ingesting an article never touches them. One row per correction of one item (a source, quote, place or
# event) of one article, found again by ``item_key`` (see ``store/corrections.py``); who made it and when.
corrections = Table(
    "corrections", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Text, nullable=False, index=True),
    Column("content_hash", String(64), index=True),
    Column("target", String(16), nullable=False),  # source quote place event
    Column("item_key", Text, nullable=False),
    Column("item_text", Text),
    Column("action", String(16), nullable=False),  # wrong speaker location
    Column("value", Text),  # JSON: {"speaker": ...} or {"name", "lat", "lon", "country"}
    Column("note", Text),
    Column("who", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)
