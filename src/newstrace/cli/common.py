"""What every command shares: the ``--db`` option, one mapping from error codes to exit status, helpers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, NoReturn

import click

from ..errors import NewstraceError
from ..settings import DEFAULT_DB

if TYPE_CHECKING:
    from ..corpus import Corpus

DB_HELP = "SQLite file or postgresql:// URL (env NEWSTRACE_DB)."


def db_option(note: str = ""):
    """The one ``--db`` option: a SQLite file or ``postgresql://`` URL, env NEWSTRACE_DB, default newstrace.db."""
    return click.option("--db", envvar="NEWSTRACE_DB", default=DEFAULT_DB, show_default=True,
                        help=f"{DB_HELP} {note}".strip())


# The one mapping from error codes to exit status. Input the command cannot read (NT1xx) and bad usage or
# configuration (NT5xx) are misuse of the command: exit 2 with click's usage error. Everything else
# (storage NT4xx such as NT401 "database could not be opened", NT403 "not found"; NT2xx/NT3xx) exits 1.
USAGE_PREFIXES = ("NT1", "NT5")


def exit_status(code: str) -> int:
    return 2 if code.startswith(USAGE_PREFIXES) else 1


def fail(exc: NewstraceError) -> NoReturn:
    """Leave the command for a library error, with the exit status of its code (see ``exit_status``)."""
    if exit_status(exc.code) == 2:
        raise click.UsageError(str(exc)) from exc
    raise click.ClickException(str(exc)) from exc


@contextmanager
def output_file(path: str) -> Iterator[IO[str]]:
    """``-o PATH`` opened for writing text (``-`` is stdout); a path that cannot be written is a usage error
    that says why, not a traceback."""
    try:
        stream = click.open_file(path, "w", encoding="utf-8")
    except OSError as exc:
        raise click.UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def stage_list(value: str | None) -> list[str] | None:
    """``--stages a,b`` as a list (None: all stages)."""
    if not value:
        return None
    return [s.strip() for s in value.split(",") if s.strip()]


def require_database(db: str) -> None:
    """Read commands refuse a SQLite file that does not exist (NT404) instead of creating an empty one."""
    from pathlib import Path

    from ..errors import error

    if "://" not in db and not Path(db).expanduser().exists():
        fail(error("NT404", f"no database at {db}: this command reads a corpus and never creates one. Check "
                            f"--db (or NEWSTRACE_DB), or build it first: newstrace ingest SOURCE... --db {db}"))


def open_corpus(db: str, *, must_exist: bool = False) -> Corpus:
    """The corpus at ``db`` (``must_exist``: a read command, see ``require_database``)."""
    from ..corpus import Corpus

    if must_exist:
        require_database(db)
    try:
        return Corpus(db)
    except NewstraceError as exc:
        fail(exc)


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))
