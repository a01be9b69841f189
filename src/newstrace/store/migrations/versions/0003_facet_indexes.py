"""covering indexes for the facet counts of a search

Revision ID: 0003_facet_indexes
Revises: 0002_source_totals

The search page counts its matches per outlet, month and story (articles), source kind (sources) and
place (places). These indexes hold every column those counts read, so that counting 1,000 matches
reads index pages only, not the article rows (body and record JSON) nor the source and place rows.
"""

from alembic import op

revision = "0003_facet_indexes"
down_revision = "0002_source_totals"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_articles_facets", "articles", ["seq", "outlet", "published", "story_id"]),
    ("ix_sources_article_kind", "sources", ["article_seq", "kind"]),
    ("ix_places_article_name", "places", ["article_seq", "name"]),
)


def create_facet_indexes():
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def upgrade():
    create_facet_indexes()


def downgrade():
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
