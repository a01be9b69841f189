"""per-outlet aggregates and corpus counters kept as articles are stored

Revision ID: 0004_outlet_totals
Revises: 0003_facet_indexes

``/outlet/{name}`` (and ``/api/outlets/{name}``) grouped every source row of the corpus on each request
(the outlet's sources, its anonymous share by month, the derived outlet -> outlet edges: ~730 ms at
100,000 articles) and the home page counted every table (~128 ms). The store now adds to these tables
as it stores articles (``store/totals.py``, ``add_outlets``); this migration builds them once for a
corpus stored before, with the same groupings the pages used to run.

On PostgreSQL an index in the order of the newest articles list (``published DESC NULLS LAST, seq``:
the home page's recent articles, an outlet's articles) lets those reads stop after their page instead
of sorting every article (the ascending index on ``published`` read backwards puts NULLs first).
SQLite reads its ``published`` index backwards for that order already (NULLs sort last descending).
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_outlet_totals"
down_revision = "0003_facet_indexes"
branch_labels = None
depends_on = None

_SAME_KEY = ("(k.outlet = g.outlet OR (k.outlet IS NULL AND g.outlet IS NULL)) AND "
             "(k.outlet_domain = g.outlet_domain OR (k.outlet_domain IS NULL AND g.outlet_domain IS NULL))")
FILL = (
    "INSERT INTO outlet_keys (outlet, outlet_domain, articles) "
    "SELECT outlet, outlet_domain, count(*) FROM articles GROUP BY outlet, outlet_domain",
    "INSERT INTO outlet_months (key_id, month, sources, anonymous) "
    "SELECT k.id, g.month, g.n, g.anon FROM (SELECT a.outlet, a.outlet_domain, substr(a.published, 1, 7) AS month, "
    "count(*) AS n, sum(CASE WHEN s.kind = 'anonymous' THEN 1 ELSE 0 END) AS anon FROM sources s "
    "JOIN articles a ON a.seq = s.article_seq WHERE a.published IS NOT NULL "
    "GROUP BY a.outlet, a.outlet_domain, substr(a.published, 1, 7)) g JOIN outlet_keys k ON " + _SAME_KEY,
    "INSERT INTO outlet_source_totals (key_id, name, kind, articles) "
    "SELECT k.id, g.name, g.kind, g.n FROM (SELECT a.outlet, a.outlet_domain, s.name, s.kind, "
    "count(DISTINCT s.article_seq) AS n FROM sources s JOIN articles a ON a.seq = s.article_seq "
    "WHERE s.name IS NOT NULL GROUP BY a.outlet, a.outlet_domain, s.name, s.kind) g JOIN outlet_keys k ON "
    + _SAME_KEY,
    "INSERT INTO outlet_citations (citing, cited, mentions, first_published, last_published) "
    "SELECT a.outlet, s.name, count(*), min(a.published), max(a.published) FROM sources s "
    "JOIN articles a ON a.seq = s.article_seq WHERE s.kind = 'outlet' AND a.outlet IS NOT NULL "
    "AND s.cited_by IS NULL AND s.name != a.outlet GROUP BY a.outlet, s.name",
    "INSERT INTO corpus_counts (counter, value) SELECT 'articles', count(*) FROM articles",
    "INSERT INTO corpus_counts (counter, value) SELECT 'sources', count(*) FROM sources",
    "INSERT INTO corpus_counts (counter, value) SELECT 'quotes', count(*) FROM quotes",
    "INSERT INTO corpus_counts (counter, value) SELECT 'places', count(*) FROM places",
    "INSERT INTO corpus_counts (counter, value) SELECT 'events', count(*) FROM events",
    "INSERT INTO corpus_counts (counter, value) SELECT CASE WHEN kind IS NULL THEN 'sources.kind' "
    "ELSE 'sources.kind:' || kind END, count(*) FROM sources GROUP BY kind",
    "INSERT INTO corpus_counts (counter, value) SELECT CASE WHEN type IS NULL THEN 'events.type' "
    "ELSE 'events.type:' || type END, count(*) FROM events GROUP BY type",
)


def create_outlet_totals():
    op.create_table(
        "outlet_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("outlet", sa.Text),
        sa.Column("outlet_domain", sa.String(255)),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_table(
        "outlet_months",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key_id", sa.Integer, sa.ForeignKey("outlet_keys.id", ondelete="CASCADE"), nullable=False),
        sa.Column("month", sa.String(16), nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("anonymous", sa.Integer, nullable=False),
    )
    op.create_table(
        "outlet_source_totals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key_id", sa.Integer, sa.ForeignKey("outlet_keys.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(32)),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_table(
        "outlet_citations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("citing", sa.Text, nullable=False),
        sa.Column("cited", sa.Text, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("first_published", sa.String(40)),
        sa.Column("last_published", sa.String(40)),
    )
    op.create_table(
        "corpus_counts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("counter", sa.String(100), nullable=False, unique=True),
        sa.Column("value", sa.Integer, nullable=False),
    )


def index_outlet_totals():
    op.create_index("ix_outlet_keys_outlet", "outlet_keys", ["outlet", "outlet_domain"])
    op.create_index("ix_outlet_months_key", "outlet_months", ["key_id", "month"])
    op.create_index("ix_outlet_source_totals_key", "outlet_source_totals", ["key_id", "name", "kind"])
    op.create_index("ix_outlet_citations_pair", "outlet_citations", ["citing", "cited"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])


def index_newest_order():
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_articles_published_order", "articles", [sa.text("published DESC NULLS LAST"), "seq"])


def fill_outlet_totals():
    """The aggregates of the articles stored so far (the groupings the pages used to run on each request)."""
    for statement in FILL:
        op.execute(statement)


def upgrade():
    create_outlet_totals()
    index_outlet_totals()
    index_newest_order()
    fill_outlet_totals()


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_articles_published_order", table_name="articles")
    op.drop_index("ix_articles_duplicate_of", table_name="articles")
    for table in ("corpus_counts", "outlet_citations", "outlet_source_totals", "outlet_months", "outlet_keys"):
        op.drop_table(table)
