"""Current errors: what still fails in a corpus, by code, with a hint each and the pages affected.

An error is stored per input unit (a WARC record, a feed item, a file, a URL). It is *resolved* when the
same unit later succeeds (stored, or found to be a copy of a stored article) or another unit stores
the same URL: the writer deletes such rows (``clear``), and the readers here also leave out a row whose
unit's latest outcome is a success, so a corpus written by an older version shows only what is current.
An analysis stage that crashed (``NT3xx``) stores its article with the error on it: that error stays
current as long as the article is stored that way.
"""

from __future__ import annotations

import functools
from importlib import resources

from sqlalchemy import and_, delete, exists, func, insert, not_, or_, select

from . import rows
from .schema import errors, units

SUCCESS = ("stored", "duplicate", "skipped")  # latest outcomes that resolve a unit's error
PAGES_PER_CODE = 5  # pages listed under each code (the count covers them all)


def _stage_error(code_column):
    return code_column.like("NT3%")


def current_clause():
    """SQL condition on ``errors``: the row is a current error (not resolved by a later success)."""
    resolved = exists(select(units.c.unit).where(units.c.unit == errors.c.unit, units.c.outcome.in_(SUCCESS)))
    return or_(_stage_error(errors.c.code), not_(resolved))


def clear_and_record(conn, entries, now: str) -> None:
    """Within a store transaction: drop the errors a batch resolves, then record its errors (failed
    units, and stored articles that carry an analysis stage's error)."""
    fresh = [e.unit for e in entries if e.outcome != "duplicate"]
    copies = [e.unit for e in entries if e.outcome == "duplicate"]
    urls = [e.record.get("url") for e in entries if e.outcome == "stored" and e.record and e.record.get("url")]
    if fresh:
        conn.execute(delete(errors).where(errors.c.unit.in_(fresh)))
    if copies:  # a copy of a stored article resolves a failed read, not the stored article's own stage error
        conn.execute(delete(errors).where(errors.c.unit.in_(copies), not_(_stage_error(errors.c.code))))
    if urls:
        conn.execute(delete(errors).where(errors.c.url.in_(urls), not_(_stage_error(errors.c.code))))
    failed = [e for e in entries if e.outcome == "error"
              or (e.outcome == "stored" and ((e.record or {}).get("error") or {}).get("code"))]
    if failed:
        conn.execute(insert(errors), [rows.error_row(e.record or {}, unit=e.unit, now=now) for e in failed])


def counts(conn) -> tuple[int, dict[str, int]]:
    """(current errors, current errors by code, most frequent first)."""
    by_code = conn.execute(select(errors.c.code, func.count()).where(current_clause()).group_by(errors.c.code)
                           .order_by(func.count().desc(), errors.c.code)).all()
    return sum(n for _code, n in by_code), {str(code): n for code, n in by_code}


@functools.lru_cache(maxsize=1)
def hints() -> dict[str, tuple[str, str]]:
    """code -> (what it means, what to do), from ``data/error_hints.tsv``."""
    text = resources.files("newstrace.data").joinpath("error_hints.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, meaning, hint = (line.split("\t") + ["", ""])[:3]
            table[code.strip()] = (meaning.strip(), hint.strip())
    return table


def report(store, pages_per_code: int = PAGES_PER_CODE) -> dict:
    """``{errors, codes: [{code, count, meaning, hint, pages: [{unit, url, doc_id, message, ingested_at}]}]}``."""
    with store.engine.connect() as conn:
        total, by_code = counts(conn)
        codes = []
        for code, count in by_code.items():
            found = conn.execute(select(errors.c.unit, errors.c.url, errors.c.doc_id, errors.c.message,
                                        errors.c.ingested_at)
                                 .where(and_(current_clause(), errors.c.code == code))
                                 .order_by(errors.c.seq.desc()).limit(pages_per_code)).all()
            meaning, hint = hints().get(code, ("", ""))
            codes.append({"code": code, "count": count, "meaning": meaning, "hint": hint,
                          "pages": [dict(row._mapping) for row in found]})
    return {"errors": total, "codes": codes}
