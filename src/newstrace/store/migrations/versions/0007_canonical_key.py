"""articles keep their declared canonical URL, indexed, so a lookup by URL finds it

Revision ID: 0007_canonical_key
Revises: 0006_event_hidden

A page saved to a file and ingested from it has no URL of its own, but its ``<link rel=canonical>`` names its
web address (``canonical_url`` of the record). ``Store.get`` (``newstrace trace URL``, ``/api/articles/URL``,
``/article/URL``, ``Corpus.get``) matches that URL too, normalised like ``url_key``, on this indexed column. The
index carries ``seq`` so that, of several copies naming one canonical URL, the first stored is read first.
Articles stored before this revision get the column filled from their record JSON.
"""

import json

import sqlalchemy as sa
from alembic import op

from newstrace.store.rows import canonical_key

revision = "0007_canonical_key"
down_revision = "0006_event_hidden"
branch_labels = None
depends_on = None

BATCH = 1000


def _fill_existing() -> None:
    """Fill ``canonical_key`` of the articles stored before, a batch of rows at a time."""
    conn = op.get_bind()
    table = sa.table("articles", sa.column("seq", sa.Integer), sa.column("record", sa.Text),
                     sa.column("canonical_key", sa.Text))
    last = 0
    while True:
        page = conn.execute(sa.select(table.c.seq, table.c.record).where(table.c.seq > last)
                            .order_by(table.c.seq).limit(BATCH)).all()
        if not page:
            return
        keys = [(row.seq, canonical_key(json.loads(row.record))) for row in page]
        updates = [{"row_seq": seq, "key": key} for seq, key in keys if key]
        if updates:
            conn.execute(table.update().where(table.c.seq == sa.bindparam("row_seq"))
                         .values(canonical_key=sa.bindparam("key")), updates)
        last = page[-1].seq


def upgrade():
    op.add_column("articles", sa.Column("canonical_key", sa.Text))
    _fill_existing()
    op.create_index("ix_articles_canonical_key", "articles", ["canonical_key", "seq"])


def downgrade():
    # a plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of ``articles`` would drop the old table,
    # and its ON DELETE CASCADE children (sources, quotes, ...) with it
    op.drop_index("ix_articles_canonical_key", table_name="articles")
    op.drop_column("articles", "canonical_key")
