"""Helpers shared by the attribution tests (issue 12)."""


def source_of(record, needle: str):
    """The source of the first quote whose content holds ``needle`` (None when it has no source)."""
    quote = next(q for q in record.quotes if needle in q.content)
    return next((s for s in record.sources if s.id == quote.source_id), None)


def one_source_of(record, *needles: str):
    """The one source of the quotes holding each of ``needles``: asserts they all have it and it is not None."""
    sources = [source_of(record, needle) for needle in needles]
    assert sources[0] is not None and all(s is sources[0] for s in sources), record.sources
    return sources[0]


def kinds_of(record, *needles: str) -> list:
    """The kind of the source of the quote holding each of ``needles`` (None for a quote without a source)."""
    return [getattr(source_of(record, needle), "kind", None) for needle in needles]
