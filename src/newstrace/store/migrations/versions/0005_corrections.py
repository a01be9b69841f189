"""corrections made by users, kept apart from the analysis

Revision ID: 0005_corrections
Revises: 0004_outlet_totals

A user of ``newstrace serve --token`` can mark a source, quote, place or event of an article as wrong, give a
quote another speaker or a place another location. Those corrections live in their own table (who, when),
keyed by the article's id and content hash and by the corrected item's key, so that re-analysing or
re-ingesting the article leaves them in place (``store/corrections.py``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_corrections"
down_revision = "0004_outlet_totals"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "corrections",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(200), nullable=False),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("item_key", sa.Text, nullable=False),
        sa.Column("item_text", sa.Text),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_corrections_article_id", "corrections", ["article_id"])
    op.create_index("ix_corrections_content_hash", "corrections", ["content_hash"])


def downgrade():
    op.drop_table("corrections")
