"""Per-source totals kept up to date as articles are stored (the ``source_totals`` and ``source_outlets``
tables): ``/api/sources`` then reads a few rows in index order instead of grouping every source row of
the corpus (1.8 s a request at 100,000 articles).

Articles are only ever added (never changed in outlet or date, never deleted), so the totals grow by
what each batch brings: an article citing a source twice counts once, an outlet is counted the first
time one of its articles cites the source. The store has one writer at a time (see ``database``), and
the batch runs in the transaction that inserts its articles, so totals and articles commit together.
Two writers at once (an API ingest beside a CLI one) stay correct: SQLite lets one transaction write at
a time (the other fails and ``Store.add_batch`` stores its entries again one by one), and on PostgreSQL
the totals part of each batch holds a transaction-level advisory lock, so that a second writer reads
the totals only once the first has committed them (no source inserted twice).

The per-outlet aggregates and corpus counters of migration 0004 (``add_outlets``) grow the same way,
in the same transaction and under the same lock: what the outlet page and the home page read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, insert, select, text, update

from .schema import (
    corpus_counts,
    outlet_citations,
    outlet_keys,
    outlet_months,
    outlet_source_totals,
    source_outlets,
    source_totals,
)

CHUNK = 500  # names per IN (...) lookup
LOCK_KEY = 0x6E7472_01  # PostgreSQL advisory lock of the source totals ("ntr" 1)


@dataclass
class _Total:
    seqs: set = field(default_factory=set)
    outlets: set = field(default_factory=set)
    first: str | None = None
    last: str | None = None

    def cite(self, seq: int, outlet: str | None, published: str | None) -> None:
        self.seqs.add(seq)
        if outlet is not None:
            self.outlets.add(outlet)
        self.first, self.last = _earliest(self.first, published), _latest(self.last, published)


def _collect(article_rows: list[dict], seqs: list[int], source_rows: list[dict]) -> dict[tuple, _Total]:
    """(name, kind) -> what this batch adds, from the article rows and the source rows just inserted."""
    articles = {seq: (row["outlet"], row["published"]) for seq, row in zip(seqs, article_rows)}
    found: dict[tuple, _Total] = {}
    for row in source_rows:
        if row["name"] is None:
            continue
        outlet, published = articles[row["article_seq"]]
        found.setdefault((row["name"], row["kind"]), _Total()).cite(row["article_seq"], outlet, published)
    return found


def _existing(conn, keys) -> dict[tuple, Any]:
    names = sorted({name for name, _ in keys})
    rows = {}
    for start in range(0, len(names), CHUNK):
        stmt = select(source_totals).where(source_totals.c.name.in_(names[start:start + CHUNK]))
        rows.update({(row.name, row.kind): row for row in conn.execute(stmt)})
    return rows


def _known_outlets(conn, ids: list[int]) -> set[tuple]:
    known: set[tuple] = set()
    for start in range(0, len(ids), CHUNK):
        stmt = select(source_outlets.c.total_id, source_outlets.c.outlet).where(
            source_outlets.c.total_id.in_(ids[start:start + CHUNK]))
        known.update((row.total_id, row.outlet) for row in conn.execute(stmt))
    return known


def _earliest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)


def add_sources(conn, article_rows: list[dict], seqs: list[int], source_rows: list[dict]) -> None:
    """Add a batch of newly stored articles (their rows, seqs and source rows) to the source totals."""
    batch = _collect(article_rows, seqs, source_rows)
    if not batch:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    existing = _existing(conn, batch)
    fresh = [key for key in batch if key not in existing]
    ids = {key: row.id for key, row in existing.items()}
    if fresh:
        made = conn.execute(insert(source_totals).returning(source_totals.c.id, sort_by_parameter_order=True),
                            [{"name": name, "kind": kind, "articles": 0, "outlets": 0} for name, kind in fresh])
        ids.update(zip(fresh, made.scalars().all()))
    known = _known_outlets(conn, [ids[key] for key in existing])
    pairs = [{"total_id": ids[key], "outlet": outlet} for key, total in batch.items()
             for outlet in sorted(total.outlets) if (ids[key], outlet) not in known]
    if pairs:
        conn.execute(insert(source_outlets), pairs)
    new_outlets: dict[int, int] = {}
    for pair in pairs:
        new_outlets[pair["total_id"]] = new_outlets.get(pair["total_id"], 0) + 1
    changes = []
    for key, total in batch.items():
        old = existing.get(key)
        changes.append({"key_id": ids[key], "articles": (old.articles if old else 0) + len(total.seqs),
                        "outlets": (old.outlets if old else 0) + new_outlets.get(ids[key], 0),
                        "first_published": _earliest(old.first_published if old else None, total.first),
                        "last_published": _latest(old.last_published if old else None, total.last)})
    stmt = update(source_totals).where(source_totals.c.id == bindparam("key_id"))
    conn.execute(stmt, changes)


# --- per-outlet aggregates and corpus counters (migration 0004) -----------------------------------


def _merge(conn, table, key_columns: tuple[str, ...], batch: dict[tuple, dict], lookups: list, combine) -> dict:
    """Add ``batch`` (key -> what this batch brings) to ``table``: rows found by ``lookups`` (clauses
    that together find every existing row of the batch's keys) are updated with ``combine(old, new)``,
    the other keys inserted with ``combine(None, new)``. Keys match NULL to NULL. Returns key -> row id."""
    if not batch:
        return {}
    existing = {}
    for clause in lookups:
        for row in conn.execute(select(table).where(clause)):
            existing[tuple(getattr(row, c) for c in key_columns)] = row
    existing = {key: row for key, row in existing.items() if key in batch}
    fresh = [key for key in batch if key not in existing]
    ids = {key: row.id for key, row in existing.items()}
    if fresh:
        made = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                            [{**dict(zip(key_columns, key)), **combine(None, batch[key])} for key in fresh])
        ids.update(zip(fresh, made.scalars().all()))
    if existing:
        changes = [{"row_id": row.id, **{f"new_{k}": v for k, v in combine(row, batch[key]).items()}}
                   for key, row in existing.items()]
        values: dict[str, Any] = {name[4:]: bindparam(name) for name in changes[0] if name != "row_id"}
        conn.execute(update(table).where(table.c.id == bindparam("row_id")).values(**values), changes)
    return ids


def _chunks(values) -> list[list]:
    values = sorted(values, key=lambda v: (v is None, v or ""))
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _adding(*names: str):
    def combine(old, new: dict) -> dict:
        return {name: (getattr(old, name) if old is not None else 0) + new[name] for name in names}
    return combine


def _citation(old, new: dict) -> dict:
    return {"mentions": (old.mentions if old is not None else 0) + new["mentions"],
            "first_published": _earliest(old.first_published if old is not None else None, new["first_published"]),
            "last_published": _latest(old.last_published if old is not None else None, new["last_published"])}


def _in_or_null(column, values) -> list:
    present = {v for v in values if v is not None}
    clauses = [column.in_(chunk) for chunk in _chunks(present)]
    if None in values:
        clauses.append(column.is_(None))
    return clauses


@dataclass
class _OutletTally:
    """What one batch adds to the per-outlet aggregates and corpus counters, before it is merged."""

    keys: dict[tuple, dict] = field(default_factory=dict)  # (outlet, domain) -> {"articles"}
    months: dict[tuple, dict] = field(default_factory=dict)  # ((outlet, domain), "YYYY-MM") -> sources, anonymous
    cited: dict[tuple, set] = field(default_factory=dict)  # ((outlet, domain), name, kind) -> article seqs
    edges: dict[tuple, dict] = field(default_factory=dict)  # (citing outlet, cited outlet) -> mentions, dates
    counts: dict[str, int] = field(default_factory=dict)  # corpus counter -> value

    def count(self, counter: str) -> None:
        self.counts[counter] = self.counts.get(counter, 0) + 1

    def add_source(self, row: dict, article: dict) -> None:
        """One stored source row of ``article``: its kind's counter, the outlet's month, citation, edge."""
        kind = row["kind"]
        self.count("sources.kind" if kind is None else f"sources.kind:{kind}")
        key = (article["outlet"], article["outlet_domain"])
        if article["published"] is not None:
            month = self.months.setdefault((key, article["published"][:7]), {"sources": 0, "anonymous": 0})
            month["sources"] += 1
            month["anonymous"] += kind == "anonymous"
        if row["name"] is not None:
            self.cited.setdefault((key, row["name"], kind), set()).add(row["article_seq"])
        if (kind == "outlet" and article["outlet"] is not None and row["cited_by"] is None
                and row["name"] is not None and row["name"] != article["outlet"]):
            edge = self.edges.setdefault((article["outlet"], row["name"]),
                                         {"mentions": 0, "first_published": None, "last_published": None})
            edge["mentions"] += 1
            edge["first_published"] = _earliest(edge["first_published"], article["published"])
            edge["last_published"] = _latest(edge["last_published"], article["published"])


def _tally_outlets(article_rows: list[dict], seqs: list[int], children: dict[str, list[dict]]) -> _OutletTally:
    """The batch's additions, from its article rows, their seqs and the child rows by table name."""
    tally = _OutletTally(counts={"articles": len(article_rows)})
    for row in article_rows:
        tally.keys.setdefault((row["outlet"], row["outlet_domain"]), {"articles": 0})["articles"] += 1
    for name in ("sources", "quotes", "places", "events"):
        tally.counts[name] = len(children.get(name) or ())
    by_seq = {seq: row for seq, row in zip(seqs, article_rows)}
    for row in children.get("sources") or ():
        tally.add_source(row, by_seq[row["article_seq"]])
    for row in children.get("events") or ():
        tally.count("events.type" if row["type"] is None else f"events.type:{row['type']}")
    return tally


def add_outlets(conn, article_rows: list[dict], seqs: list[int], children: dict[str, list[dict]]) -> None:
    """Add a batch of newly stored articles (their rows, seqs and child rows by table name) to the
    per-outlet aggregates (``outlet_keys``, ``outlet_months``, ``outlet_source_totals``,
    ``outlet_citations``) and the corpus counters (``corpus_counts``)."""
    if not article_rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    tally = _tally_outlets(article_rows, seqs, children)
    key_ids = _merge(conn, outlet_keys, ("outlet", "outlet_domain"), tally.keys,
                     _in_or_null(outlet_keys.c.outlet, [o for o, _ in tally.keys]), _adding("articles"))
    ids = sorted(set(key_ids.values()))
    _merge(conn, outlet_months, ("key_id", "month"),
           {(key_ids[key], month): value for (key, month), value in tally.months.items()},
           [outlet_months.c.key_id.in_(ids)], _adding("sources", "anonymous"))
    names = {name for _, name, _ in tally.cited}
    _merge(conn, outlet_source_totals, ("key_id", "name", "kind"),
           {(key_ids[key], name, kind): {"articles": len(cited_seqs)}
            for (key, name, kind), cited_seqs in tally.cited.items()},
           [and_(outlet_source_totals.c.key_id.in_(ids), outlet_source_totals.c.name.in_(chunk))
            for chunk in _chunks(names)], _adding("articles"))
    _merge(conn, outlet_citations, ("citing", "cited"), tally.edges,
           [outlet_citations.c.citing.in_(chunk) for chunk in _chunks({c for c, _ in tally.edges})], _citation)
    _merge(conn, corpus_counts, ("counter",), {(name,): {"value": n} for name, n in tally.counts.items()},
           [corpus_counts.c.counter.in_(chunk) for chunk in _chunks(tally.counts)], _adding("value"))
