"""long values from pages never cost an article on PostgreSQL: bounded URL keys, unbounded id and domain columns

Revision ID: 0008_long_values
Revises: 0007_canonical_key

Inputs made PostgreSQL refuse a whole article (NT402) where SQLite stored it: a URL (the page's own or its
declared canonical one) longer than a B-tree index entry may be (~2,700 bytes); a file path over 200 characters
(the article's id); a link or page host over 255 characters (``links.domain``, ``outlet_domain``). Now:

* ``url_key`` and ``canonical_key`` hold a long URL as ``sha256:<hex>`` of it (``store.rows.index_key``), and
  every lookup computes the key the same way; rows stored before (on SQLite, which has no such limit) get their
  long keys rewritten so a lookup still finds them;
* an input unit (a file path, ``url:<URL>`` as given on the command line) over 1,000 bytes is keyed in
  ``units`` and ``errors`` by its start and ``#sha256:<hex>`` of the whole (``store.rows.unit_key``): a long
  URL given to ``ingest`` made PostgreSQL refuse even the error row, and the whole run stopped;
* on PostgreSQL the columns that carry an article id, a host name or a header value as the page gave it become
  ``text`` (a cheap change: PostgreSQL neither rewrites the table nor its indexes for it). SQLite never
  enforced the declared lengths and is left as it is.
"""

import sqlalchemy as sa
from alembic import op

from newstrace.store.rows import index_key, unit_key

revision = "0008_long_values"
down_revision = "0007_canonical_key"
branch_labels = None
depends_on = None

SHORTEST_LONG_KEY = 250  # characters: no key of fewer characters can pass INDEXED_KEY_BYTES (4 bytes a character)

# table -> the columns whose values come from the input (ids are file paths, URLs or their digests)
WIDENED = {
    "articles": ("id", "story_id", "duplicate_of", "outlet_domain", "language", "captured"),
    "links": ("domain",),
    "units": ("article_id",),
    "citations": ("article_id",),
    "outlet_keys": ("outlet_domain",),
    "corrections": ("article_id",),
}


def _rewrite_long_keys() -> None:
    conn = op.get_bind()
    table = sa.table("articles", sa.column("seq", sa.Integer), sa.column("url_key", sa.Text),
                     sa.column("canonical_key", sa.Text))
    for column in (table.c.url_key, table.c.canonical_key):
        long_keys = conn.execute(sa.select(table.c.seq, column)
                                 .where(sa.func.length(column) > SHORTEST_LONG_KEY)).all()
        updates = [{"row_seq": seq, "key": index_key(key)} for seq, key in long_keys if index_key(key) != key]
        if updates:
            conn.execute(table.update().where(table.c.seq == sa.bindparam("row_seq"))
                         .values({column.name: sa.bindparam("key")}), updates)


def _rewrite_long_units() -> None:
    conn = op.get_bind()
    for name in ("units", "errors", "articles"):
        table = sa.table(name, sa.column("unit", sa.Text))
        long_units = conn.execute(sa.select(table.c.unit).where(sa.func.length(table.c.unit) > SHORTEST_LONG_KEY))
        updates = [{"old": unit, "new": unit_key(unit)} for unit in long_units.scalars() if unit_key(unit) != unit]
        if updates:
            conn.execute(table.update().where(table.c.unit == sa.bindparam("old"))
                         .values(unit=sa.bindparam("new")), updates)


def upgrade():
    _rewrite_long_keys()
    _rewrite_long_units()
    if op.get_bind().dialect.name == "postgresql":
        for table, columns in WIDENED.items():
            for column in columns:
                op.alter_column(table, column, type_=sa.Text)


def downgrade():
    # a digest cannot be turned back into its URL (the record JSON keeps the URL itself), and a column made
    # ``text`` may now hold longer values than its old length: both stay as they are
    pass
