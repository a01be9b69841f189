"""Helpers shared by the attribution tests (issue 12)."""


def source_of(record, needle: str):
    """The source of the first quote whose content holds ``needle`` (None when it has no source)."""
    quote = next(q for q in record.quotes if needle in q.content)
    return next((s for s in record.sources if s.id == quote.source_id), None)
