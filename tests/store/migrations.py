"""Take a test database back to an older schema revision, as a corpus made by an older version has it."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from newstrace.store import Store
from newstrace.store.database import MIGRATIONS


def downgrade_and_close(store: Store, revision: str) -> None:
    """Run the migrations down to ``revision`` on the store's database, then close the store; opening the
    database again migrates it up, as a newer version opening an older corpus does."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    store.close()
