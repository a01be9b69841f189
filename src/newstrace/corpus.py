"""The Python API over a stored corpus: ``newstrace.open(db)``.

    >>> import newstrace
    >>> with newstrace.open("corpus.db") as corpus:          # or "postgresql://..."; default NEWSTRACE_DB
    ...     corpus.ingest("crawl.warc.gz", "feeds/")
    ...     hits = corpus.search("ceasefire", outlet="reuters", since="2024-01-01")
    ...     tree = corpus.trace(hits[0]["id"])
    ...     corpus.export("csv", "articles.csv")
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .errors import error
from .ingest.run import IngestOptions, ingest
from .record import RecordDict
from .settings import current
from .store import Filters, Store, quote_appearances, related_articles, search, stats
from .store import export as exports
from .store.queries import quotes_in_articles

_WORDS = re.compile(r"\w{4,}", re.UNICODE)


SourceArg = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def _flat_sources(sources: Sequence[SourceArg]) -> list[str]:
    """Sources as the ingest reads them: strings, a list or tuple standing for its items."""
    flat: list[str] = []
    for source in sources:
        if isinstance(source, list | tuple):
            flat.extend(os.fspath(item) for item in source)
        else:
            flat.append(os.fspath(source))  # type: ignore[arg-type]  # a str or a path here
    return flat


def default_db() -> str:
    return current().db


class Corpus:
    def __init__(self, db: str | None = None, *, pool_size: int | None = None):
        self.store = Store(db or default_db(), pool_size=pool_size)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(self, *sources: SourceArg, stages: Sequence[str] | None = None, workers: int | None = None,
               dask: str | None = None, resume: bool = False, fetch: bool = True, allow_private: bool = False,
               delay: float = 1.0, progress: Callable[[dict], None] | None = None) -> dict:
        """Read, analyse and store pages; returns ``{read, stored, duplicates, errors, skipped, ...}``.

        Each source is a file, a folder or a URL, as a string or a path; a list or tuple of them counts as its
        items (``corpus.ingest(paths)`` and ``corpus.ingest(*paths)`` read the same).
        """
        options = IngestOptions(stages=stages, workers=workers, dask=dask, resume=resume, fetch=fetch,
                                allow_private=allow_private, delay=delay)
        return ingest(self.store, _flat_sources(sources), options, progress)

    def search(self, query: str | None = None, *, limit: int = 20, offset: int = 0, sort: str | None = None,
               **facets: str | None) -> list[dict]:
        """Full-text (every word) and facets: source, source_kind, outlet, place, since, until, story.
        ``sort``: ``newest`` (most recently stored first), ``oldest`` (first stored first), ``relevance``;
        default: best match first with words, newest published first without."""
        return search(self.store, query, Filters(**facets), limit=limit, offset=offset, sort=sort)

    def count(self, query: str | None = None, **facets: str | None) -> int:
        """How many articles ``search`` finds for the same words and facets, without a limit."""
        from .store.facets import count_matches

        return count_matches(self.store, query, Filters(**facets))

    def errors(self, pages_per_code: int = 5) -> dict:
        """Current errors (resolved ones left out) by code, with what each means, a hint and the pages
        affected: ``{errors, codes: [{code, count, meaning, hint, pages}]}``."""
        from .store.current_errors import report

        return report(self.store, pages_per_code)

    def stats(self) -> dict:
        return stats(self.store)

    def get(self, id_or_url: str) -> RecordDict | None:
        return self.store.get(id_or_url)

    def records(self) -> Iterator[RecordDict]:
        return self.store.iter_records()

    def trace(self, id_or_url: str) -> dict:
        """Provenance tree of one article and where else its quotes appear, first appearance first."""
        record = self.store.get(id_or_url)
        if record is None:
            raise error("NT403", f"no stored article with id or URL {id_or_url!r}; try `newstrace search`")
        quotes = [q for q in record.get("quotes") or [] if q.get("content")]
        exact = quote_appearances(self.store, [q["content"] for q in quotes])
        related = related_articles(self.store, record)
        return {
            "article": _summary(record),
            "provenance": provenance_tree(record),
            "quotes": [{"content": q["content"], "speaker": q.get("speaker"), "kind": q.get("kind"),
                        "appearances": self._appearances(q, exact.get(q["content"], []))} for q in quotes],
            "related": related,
            "first_appearance": _earliest([_summary(record), *related]),
        }

    def _appearances(self, quote: dict, exact: list[dict]) -> list[dict]:
        """Where a quote appears, verbatim or reworded (``link.drift``), earliest first, each with its
        wording diffed against the first appearance (``marked``: ``[-removed-]{+added+}``)."""
        from .link.drift import same_quote, word_diff

        keywords = sorted(set(_WORDS.findall(quote["content"])), key=lambda w: (-len(w), w))[:3]
        found = {(a["id"], a["content"]): a for a in exact}
        if keywords:
            ids = [hit["id"] for hit in search(self.store, " ".join(keywords), limit=200)]
            for candidate in quotes_in_articles(self.store, ids):
                if same_quote(quote["content"], candidate["content"]):
                    found.setdefault((candidate["id"], candidate["content"]), candidate)
        ordered = sorted(found.values(), key=lambda a: (a.get("published") is None, a.get("published") or ""))
        for appearance in ordered:
            appearance["marked"] = word_diff(ordered[0]["content"], appearance["content"])["marked"]
        return ordered

    def link(self, *, mode: str = "batch", window_days: int | None = None) -> dict:
        """Near-duplicates, stories and the citation graph over the stored corpus (``newstrace.link``);
        stores ``story_id``/``duplicate_of`` per article and the citation edges; returns counts."""
        from .link import link_records

        records = list(self.store.iter_records())
        result = link_records(records, mode=mode, window_days=window_days)
        published = {r["id"]: (r.get("published") or {}).get("value") for r in records}
        assignments = {row["id"]: row for row in result.rows()}
        edges = [{"citing": edge.citing, "cited": edge.cited, "article_id": article_id,
                  "date": published.get(article_id), "via": ",".join(sorted(edge.methods))}
                 for edge in result.citations for article_id in edge.article_ids]
        self.store.save_links(assignments, edges)
        return {"articles": len(records), "stories": len(set(result.story_ids)),
                "duplicates": sum(1 for d in result.duplicate_of if d), "citation_edges": len(result.citations),
                "quote_groups": len(result.quotes)}

    def export(self, format: str, out: str | None = None, *, table: str = "articles") -> int:
        """Write the corpus as jsonl (records), csv or parquet (``table``: articles, sources, quotes, places,
        events, entities, links; parquet needs ``out``), graphml (citation graph) or markdown (a report)."""
        if format not in exports.FORMATS:
            raise error("NT504", f"unknown export format {format!r}; choose from {', '.join(exports.FORMATS)}")
        if format == "parquet":
            if not out or out == "-":
                raise error("NT504", "parquet is binary: give an output file with -o FILE.parquet")
            return exports.write_parquet(self.store, out, table)
        writer = getattr(exports, f"write_{format}")
        options = {"table": table} if format == "csv" else {}
        if not out or out == "-":
            return writer(self.store, sys.stdout, **options)
        try:
            stream = Path(out).open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise error("NT504", f"cannot write {out}: {exc.strerror or exc}; give a writable path with -o") from None
        with stream:
            return writer(self.store, stream, **options)


def _summary(record: Mapping[str, Any]) -> dict:
    return {"id": record["id"], "title": record.get("title"), "url": record.get("url"),
            "outlet": (record.get("outlet") or {}).get("name"),
            "published": (record.get("published") or {}).get("value")}


def _earliest(articles: list[dict]) -> dict | None:
    dated = [a for a in articles if a.get("published")]
    return min(dated, key=lambda a: a["published"]) if dated else None


def provenance_tree(record: Mapping[str, Any]) -> dict:
    """The article's outlet -> the sources it cites -> the sources those cite, with names and kinds."""
    by_id = {s["id"]: s for s in record.get("sources") or [] if s.get("id")}
    outlet = (record.get("outlet") or {}).get("name")

    def node(source: dict, depth: int = 0) -> dict:
        children = [s for s in by_id.values() if s.get("cited_by") == source["id"]] if depth < 8 else []
        return {"source_id": source["id"], "name": source.get("name"), "kind": source.get("kind"),
                "description": source.get("description"), "children": [node(c, depth + 1) for c in children]}

    own_id = (record.get("provenance") or {}).get("source_id")  # the page's own outlet (s0), the root
    roots = [s for s in by_id.values() if s["id"] != own_id
             and (not s.get("cited_by") or s["cited_by"] not in by_id or s["cited_by"] == own_id)]
    name = outlet or (by_id.get(own_id) or {}).get("name")
    return {"source_id": own_id, "name": name, "kind": "outlet", "description": "the article's outlet",
            "children": [node(s) for s in roots if s.get("name") != outlet or s.get("kind") != "outlet"]}


def open(db: str | None = None) -> Corpus:  # noqa: A001 - the documented API name
    """Open (create or migrate) a corpus: a SQLite path, a ``postgresql://`` URL, or NEWSTRACE_DB."""
    return Corpus(db)
