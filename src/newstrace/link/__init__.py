"""Linking across articles: near-duplicates, stories, citation graph, quote drift.

No database in here: everything works over plain record dicts (the JSON of ``Record.to_dict()``,
or input lines with ``id``, ``title``, ``body``/``text``, ``published``, ``url``, ``outlet``) or
``Record`` objects. The storage layer calls these functions and stores what they return.

Batch (``newstrace link --jsonl``)::

    from newstrace.link import link_records
    result = link_records(records, mode="batch")      # or mode="online"
    result.rows()            # [{"id", "story_id", "duplicate_of"}] in input order
    result.citations         # [CitationEdge]: citing outlet -> cited outlet, count, first/last date
    result.first_reporters   # story_id -> {"article_id", "outlet", "date"}
    result.quotes            # [{"first": {...}, "appearances": [{..., "ops", "marked"}], "drifted"}]

Over a stored corpus (``newstrace link --db``): ``Corpus.link`` runs ``link_records`` over
``store.iter_records()`` and stores the rows and citation edges it returns.

Incremental (a store adding articles as they arrive; keep the two indexes alive, or rebuild them
from the stored records in arrival order)::

    from newstrace.link import Article, DedupIndex, StoryIndex
    stories, copies = StoryIndex(), DedupIndex()
    article = Article.of(record_dict)
    duplicate_of = copies.add(article)      # id of the earliest copy, or None
    story_id = stories.add(article)         # story it is in now
    stories.renamed                         # story ids merged into others since: old -> new

Parameters (thresholds, window) are in ``StoryParams``; ``window_days`` keeps articles further
apart than that many days out of one story.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .citations import CitationEdge, citation_graph, first_reporters
from .dedup import DedupIndex, find_duplicates
from .drift import quote_groups, word_diff
from .stories import StoryIndex, StoryParams, cluster_batch, cluster_online
from .text import Article

__all__ = ["Article", "CitationEdge", "DedupIndex", "LinkResult", "StoryIndex", "StoryParams",
           "citation_graph", "cluster_batch", "cluster_online", "find_duplicates", "first_reporters",
           "link_records", "quote_groups", "word_diff"]

MODES = ("batch", "online")


@dataclass
class LinkResult:
    ids: list[str]
    story_ids: list[str]
    duplicate_of: list[str | None]
    citations: list[CitationEdge] = field(default_factory=list)
    first_reporters: dict[str, dict] = field(default_factory=dict)
    quotes: list[dict] = field(default_factory=list)

    def rows(self) -> list[dict]:
        """One ``{id, story_id, duplicate_of}`` per input record, in input order."""
        return [{"id": i, "story_id": s, "duplicate_of": d}
                for i, s, d in zip(self.ids, self.story_ids, self.duplicate_of)]

    def graph(self) -> dict[str, Any]:
        return {"citations": [edge.to_dict() for edge in self.citations],
                "first_reporters": self.first_reporters, "quotes": self.quotes}


def link_records(records: Iterable[Any], *, mode: str = "batch", params: StoryParams | None = None,
                 window_days: int | None = None) -> LinkResult:
    """Duplicates, stories, citation graph and quote drift over one set of records."""
    articles = [Article.of(record) for record in records]
    params = params or StoryParams(window_days=window_days)
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    stories = cluster_online(articles, params) if mode == "online" else cluster_batch(articles, params)
    copies = find_duplicates(articles)
    return LinkResult(
        ids=[a.id for a in articles], story_ids=stories, duplicate_of=[copies[a.id] for a in articles],
        citations=citation_graph(articles), first_reporters=first_reporters(articles, stories),
        quotes=quote_groups(articles),
    )

