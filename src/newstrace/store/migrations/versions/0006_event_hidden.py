"""events keep why they are outside the default set

Revision ID: 0006_event_hidden
Revises: 0005_corrections

Issue 13: the record keeps every event with its confidence and, when the event is not in the default set
(``analysis/event_default.py``, ``data/events_default.tsv``), the reason in ``hidden``. The events table
carries it too, so that ``newstrace export --table events`` and queries on the store can leave those events out
or show why. Rows stored before this revision have NULL: re-analyse to fill it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_event_hidden"
down_revision = "0005_corrections"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("events", sa.Column("hidden", sa.Text))


def downgrade():
    with op.batch_alter_table("events") as batch:
        batch.drop_column("hidden")
