"""newstrace: trace news stories to their sources.

    >>> import newstrace
    >>> record = newstrace.analyze("<html>...</html>", url="https://example.org/a")
    >>> record.to_dict()["body"]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from .errors import NewstraceError
from .record import SCHEMA_VERSION, Page, PageKind, Record
from .version import __version__

__all__ = ["analyze", "analyze_page", "open", "Record", "Page", "NewstraceError", "SCHEMA_VERSION", "__version__"]


def analyze_page(page: str | bytes, *, url: str | None = None, stages: Sequence[str] | None = None,
                 format: str = "auto", id: str | None = None, **hints: Any) -> Record:
    """Analyse one page (HTML, scraped text, or with ``format="body"`` a clean article).

    Never raises on bad input: a failed document comes back with ``record.error`` set (a ``page`` that is no
    text at all, e.g. None, is a TypeError that says so). ``hints`` are the optional JSONL keys: ``captured``,
    ``title``, ``published``, ``outlet``, ``lang``.
    """
    from .ingest.files import content_id

    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    if not isinstance(page, (str, bytes)):
        raise TypeError(f"page must be str or bytes (HTML, scraped text or a clean article), not {type(page).__name__}")
    pipeline = _pipeline_for(tuple(stages) if stages else None)
    doc = Page(id=id or content_id(page), content=page, kind=cast(PageKind, format), url=url, **hints)
    return pipeline.run(doc)


analyze = analyze_page  # the documented name (the analysis stages live in ``newstrace.analysis``)


_PIPELINES: dict = {}


def _pipeline_for(stages: tuple[str, ...] | None):
    from .pipeline import Pipeline

    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(stages)
    return _PIPELINES[stages]


def open(db: str | None = None):  # noqa: A001 - the documented API name
    """Open a stored corpus (SQLite path, ``postgresql://`` URL, default NEWSTRACE_DB or newstrace.db):
    a ``newstrace.corpus.Corpus`` with ``ingest``, ``search``, ``link``, ``trace`` and ``export``."""
    from .corpus import open as open_corpus

    return open_corpus(db)
