"""The storage interface: one ``Store`` over SQLite (default) or PostgreSQL, through SQLAlchemy Core.

Opening a store creates or migrates its schema (Alembic, ``migrations/``). Writes come in batches,
one transaction each, so a killed ingest leaves whole records or nothing; one process writes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from ..errors import error
from ..record import RecordDict
from ..settings import DEFAULT_DB
from ..textsafe import scrub_json
from . import current_errors, rows, totals
from .schema import CHILD_TABLES, articles, citations, units

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class Entry:
    """One input unit on its way into the store: a record to store, a duplicate, an error or a skip."""

    unit: str
    outcome: str  # stored | duplicate | error | skipped
    record: dict | None = None
    url_key: str | None = None
    content_hash: str | None = None
    duplicate_of: str | None = None


def _scrubbed(entry: Entry) -> Entry:
    """The entry with its strings safe to encode (a file name not in UTF-8 gives a unit with surrogates)."""
    fields = {"unit": entry.unit, "record": entry.record, "url_key": entry.url_key,
              "duplicate_of": entry.duplicate_of}
    clean = scrub_json(fields)
    clean["unit"] = rows.unit_key(clean["unit"])  # the key the units and errors tables index
    return entry if clean == fields else dataclasses.replace(entry, **clean)


def database_url(target: str | None) -> str:
    """``postgresql://...`` and other SQLAlchemy URLs as they are; anything else is a SQLite file path."""
    target = target or DEFAULT_DB
    if "://" in target:
        if target.startswith("postgresql://") or target.startswith("postgres://"):
            return "postgresql+psycopg://" + target.split("://", 1)[1]
        return target
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


POOL_SIZE = 5  # connections an engine keeps open (SQLAlchemy's QueuePool); the web server's threads match it
MAX_OVERFLOW = 10  # connections opened beyond that for a burst, closed when given back


def _pool_options(url: str, pool_size: int | None, max_overflow: int | None) -> dict:
    """QueuePool settings, spelt out (file SQLite and PostgreSQL both pool; in-memory SQLite does not)."""
    if url.startswith("sqlite") and (":memory:" in url or url.rstrip("/") in ("sqlite:", "sqlite+pysqlite:")):
        return {}
    return {"pool_size": POOL_SIZE if pool_size is None else pool_size,
            "max_overflow": MAX_OVERFLOW if max_overflow is None else max_overflow}


class Store:
    """A corpus database. ``Store(None)`` opens ``newstrace.db`` in the working directory. ``pool_size``
    and ``max_overflow``: the engine's connection pool (default ``POOL_SIZE``, ``MAX_OVERFLOW``)."""

    def __init__(self, target: str | None = None, *, pool_size: int | None = None, max_overflow: int | None = None):
        self.url = database_url(target)
        try:
            self.engine: Engine = create_engine(self.url, **_pool_options(self.url, pool_size, max_overflow))
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._migrate()
        except DBAPIError as exc:
            raise error("NT401", f"cannot open the database {target or DEFAULT_DB}: {exc.orig}; "
                                 "check the path or URL and that the server is running") from exc

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -----------------------------------------------------------------------------

    def add_batch(self, entries: list[Entry]) -> list[str]:
        """Store entries in one transaction; returns the final outcome of each (a late duplicate is found here).
        Text the database cannot encode (a lone surrogate) is scrubbed first: one bad record never costs
        the batch (issue 18); a record that still cannot be stored becomes an NT402 error alone."""
        entries = [_scrubbed(entry) for entry in entries]
        try:
            with self.engine.begin() as conn:
                return self._add_many(conn, entries)
        except (DBAPIError, UnicodeError, ValueError):
            return [self._add_alone(entry) for entry in entries]

    def _add_alone(self, entry: Entry) -> str:
        try:
            with self.engine.begin() as conn:
                return self._add_many(conn, [entry])[0]
        except (DBAPIError, UnicodeError, ValueError) as exc:
            # a unique key another writer stored meanwhile makes a duplicate; any other refusal (a
            # constraint, a trigger, a value the database cannot hold) an NT402 error that keeps the record
            earlier = self.find_duplicate(entry.url_key, entry.content_hash or "") \
                if isinstance(exc, IntegrityError) and entry.outcome == "stored" else None
            if earlier:
                refused = Entry(entry.unit, "duplicate", duplicate_of=earlier)
            else:
                reason = getattr(exc, "orig", None) or f"{type(exc).__name__}: {exc}"
                refused = Entry(entry.unit, "error", {**(entry.record or {}), "error": {
                    "code": "NT402", "message": f"could not store: {reason}"}})
            with self.engine.begin() as conn:
                return self._add_many(conn, [refused])[0]

    def _add_many(self, conn, entries: list[Entry]) -> list[str]:
        now = _now()
        article_ids = self._insert_articles(conn, [e for e in entries if e.outcome == "stored"], now)
        current_errors.clear_and_record(conn, entries, now)
        conn.execute(delete(units).where(units.c.unit.in_([e.unit for e in entries])))
        conn.execute(insert(units), [{"unit": e.unit, "outcome": e.outcome,
                                      "article_id": article_ids.get(e.unit, e.duplicate_of)} for e in entries])
        return [e.outcome for e in entries]

    def _insert_articles(self, conn, entries: list[Entry], now: str) -> dict[str, str]:
        """Insert articles and their items; returns unit -> article id (ids already taken get a suffix)."""
        if not entries:
            return {}
        records = [dict(e.record or {}) for e in entries]
        taken = set(conn.execute(select(articles.c.id).where(articles.c.id.in_([r["id"] for r in records])))
                    .scalars())
        for record, entry in zip(records, entries):
            if record["id"] in taken:
                record["id"] = f"{record['id']}~{(entry.content_hash or '')[:8]}"
            taken.add(record["id"])
        article_rows = [rows.article_row(r, url_key=e.url_key, content_hash=e.content_hash or "", unit=e.unit, now=now)
                        for r, e in zip(records, entries)]
        seqs = conn.execute(insert(articles).returning(articles.c.seq, sort_by_parameter_order=True),
                            article_rows).scalars().all()
        children: dict[str, list[dict]] = {table.name: [] for table in CHILD_TABLES}
        for seq, record in zip(seqs, records):
            for name, items in rows.child_rows(record).items():
                children[name].extend({**item, "article_seq": seq} for item in items)
        for table in CHILD_TABLES:
            if children[table.name]:
                conn.execute(insert(table), children[table.name])
        totals.add_sources(conn, article_rows, seqs, children["sources"])
        totals.add_outlets(conn, article_rows, seqs, children)
        return {e.unit: r["id"] for e, r in zip(entries, records)}

    def save_links(self, assignments: dict[str, dict], edges: Sequence[dict] = ()) -> None:
        """Store what linking found: ``{article_id: {story_id, duplicate_of}}`` and citation edges."""
        with self.engine.begin() as conn:
            for article_id, values in assignments.items():
                wanted = {k: values.get(k) for k in ("story_id", "duplicate_of")}
                conn.execute(articles.update().where(articles.c.id == article_id).values(**wanted))
            conn.execute(delete(citations))
            if edges:
                conn.execute(insert(citations), [dict(edge) for edge in edges])

    # --- reading -----------------------------------------------------------------------------

    def units_done(self) -> set[str]:
        """The units stored (any outcome), as keyed: compare ``rows.unit_key(unit)`` with them."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(units.c.unit)).scalars())

    def find_duplicate(self, url_key: str | None, content_hash: str) -> str | None:
        """The id of an article stored under the same normalised URL or the same content hash."""
        clause = articles.c.content_hash == content_hash
        if url_key:
            clause = or_(clause, articles.c.url_key == rows.index_key(url_key))
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(clause).limit(1)).scalar()

    def get(self, id_or_url: str) -> RecordDict | None:
        """The stored record of an article, by id, URL, normalised URL or the canonical URL it declares.

        The one lookup behind every "ID-or-URL" (``newstrace trace``, ``Corpus.get``/``trace``, the API's
        ``/articles/{id}`` and ``/trace/{id}``, the ``/article/{id}`` page). Asked in this order, the first
        that matches answers: the id; the URL the page was ingested under (normalised, then as given); the
        canonical URL a page declares (``<link rel=canonical>``, normalised). When several stored articles
        declare that canonical URL (copies of one page), the first stored of them is returned.
        """
        from ..ingest.urls import normalize_url

        key = rows.index_key(normalize_url(id_or_url)) if "://" in id_or_url else None
        # one indexed lookup at a time (id, then the normalised URL); ``url`` itself has no index, so an OR
        # with it read every article (40 ms at 20,000 articles): it is asked after ``url_key``, for a URL only
        clauses = [articles.c.id == id_or_url, *([articles.c.url_key == key, articles.c.url == id_or_url,
                                                  articles.c.canonical_key == key] if key else [])]
        columns = (articles.c.record, articles.c.id, articles.c.story_id, articles.c.duplicate_of)
        found = None
        with self.engine.connect() as conn:
            for clause in clauses:
                found = conn.execute(select(*columns).where(clause).order_by(articles.c.seq).limit(1)).first()
                if found:
                    break
        if not found:
            return None
        record = json.loads(found.record)
        record.update(id=found.id, story_id=found.story_id, duplicate_of=found.duplicate_of)
        return record

    def iter_records(self, batch: int = 500) -> Iterator[RecordDict]:
        """Every stored record (with its link fields), in ingest order, a batch at a time."""
        last = 0
        while True:
            with self.engine.connect() as conn:
                page = conn.execute(select(articles.c.seq, articles.c.id, articles.c.record, articles.c.story_id,
                                           articles.c.duplicate_of).where(articles.c.seq > last)
                                    .order_by(articles.c.seq).limit(batch)).all()
            if not page:
                return
            for row in page:
                yield {**json.loads(row.record), "id": row.id, "story_id": row.story_id,
                       "duplicate_of": row.duplicate_of}
            last = page[-1].seq

    def count(self, table=articles) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
