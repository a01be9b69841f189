"""initial corpus schema: articles with full-text search, their items, errors, units, citations

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.seq, coalesce(new.title, ''), new.body); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE rowid = old.seq; END",
)
POSTGRES_FTS = (
    "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', left(coalesce(title, '') || ' ' || body, 400000))) STORED",
    "CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)",
)


def _child(name, *columns):
    op.create_table(
        name,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_seq", sa.Integer, sa.ForeignKey("articles.seq", ondelete="CASCADE"), nullable=False),
        *columns,
    )
    op.create_index(f"ix_{name}_article_seq", name, ["article_seq"])


def upgrade():
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("url_key", sa.Text, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("outlet_domain", sa.String(255)),
        sa.Column("language", sa.String(16)),
        sa.Column("published", sa.String(40)),
        sa.Column("captured", sa.String(40)),
        sa.Column("section", sa.Text),
        sa.Column("story_id", sa.String(200)),
        sa.Column("duplicate_of", sa.String(200)),
        sa.Column("unit", sa.Text),
        sa.Column("ingested_at", sa.String(40), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    for column in ("content_hash", "outlet", "outlet_domain", "published", "story_id"):
        op.create_index(f"ix_articles_{column}", "articles", [column])
    _child("sources", sa.Column("source_id", sa.String(100)), sa.Column("name", sa.Text),
           sa.Column("kind", sa.String(32)), sa.Column("description", sa.Text), sa.Column("cited_by", sa.String(100)),
           sa.Column("method", sa.String(64)), sa.Column("confidence", sa.Float))
    op.create_index("ix_sources_name", "sources", ["name"])
    op.create_index("ix_sources_kind", "sources", ["kind"])
    _child("quotes", sa.Column("kind", sa.String(32)), sa.Column("content", sa.Text), sa.Column("norm", sa.String(255)),
           sa.Column("speaker", sa.Text), sa.Column("source_id", sa.String(100)), sa.Column("confidence", sa.Float))
    op.create_index("ix_quotes_norm", "quotes", ["norm"])
    _child("places", sa.Column("name", sa.Text), sa.Column("country", sa.String(8)), sa.Column("lat", sa.Float),
           sa.Column("lon", sa.Float), sa.Column("feature", sa.String(32)), sa.Column("gazetteer_id", sa.String(64)))
    op.create_index("ix_places_name", "places", ["name"])
    op.create_index("ix_places_country", "places", ["country"])
    _child("events", sa.Column("type", sa.String(32)), sa.Column("mode", sa.String(32)),
           sa.Column("source_actor", sa.Text), sa.Column("source_code", sa.String(16)),
           sa.Column("target_actor", sa.Text), sa.Column("target_code", sa.String(16)), sa.Column("place", sa.Text),
           sa.Column("date", sa.String(40)), sa.Column("acled_type", sa.String(40)), sa.Column("confidence", sa.Float))
    op.create_index("ix_events_type", "events", ["type"])
    _child("entities", sa.Column("text", sa.Text), sa.Column("label", sa.String(32)), sa.Column("canonical", sa.Text))
    op.create_index("ix_entities_label", "entities", ["label"])
    op.create_index("ix_entities_canonical", "entities", ["canonical"])
    _child("links", sa.Column("text", sa.Text), sa.Column("url", sa.Text), sa.Column("domain", sa.String(255)))
    op.create_index("ix_links_domain", "links", ["domain"])
    op.create_table(
        "errors",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("unit", sa.Text, nullable=False, unique=True),
        sa.Column("doc_id", sa.Text), sa.Column("url", sa.Text),
        sa.Column("code", sa.String(16), nullable=False), sa.Column("message", sa.Text),
        sa.Column("ingested_at", sa.String(40), nullable=False), sa.Column("record", sa.Text),
    )
    op.create_index("ix_errors_code", "errors", ["code"])
    op.create_table(
        "units",
        sa.Column("unit", sa.Text, primary_key=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("article_id", sa.String(200)),
    )
    op.create_table(
        "citations",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("citing", sa.Text, nullable=False), sa.Column("cited", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(200)), sa.Column("date", sa.String(40)), sa.Column("via", sa.String(32)),
    )
    op.create_index("ix_citations_citing", "citations", ["citing"])
    op.create_index("ix_citations_cited", "citations", ["cited"])
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS if dialect == "postgresql" else ():
        op.execute(statement)


def downgrade():
    for name in ("citations", "units", "errors", "links", "entities", "events", "places", "quotes", "sources"):
        op.drop_table(name)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    op.drop_table("articles")
