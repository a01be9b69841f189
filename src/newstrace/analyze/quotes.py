"""The ``quotes`` stage: every attribution of the body as a quote with its cue, speaker and source.

The attributions come from ``quote_rules`` (found once per Doc, shared with ``sources``); each
quote's ``speaker`` is its nearest mention ("he", "the spokeswoman", "Smith") with that mention's
span, and ``source_id`` the source the ``sources`` stage resolved the mention to.
"""

from __future__ import annotations

import dataclasses

from ..record import Quote, Record
from .quote_rules import Attribution, attributions_of

CONFIDENCE = {"direct": 0.9, "according_to": 0.85, "speech": 0.75, "other": 0.6}


def quotes_stage(record: Record) -> Record:
    """The ``quotes`` stage: Quote records in text order."""
    doc = record.doc
    if doc is None:
        return record
    by_mention = {span: source.id for source in record.sources for span in source.mentions}
    quotes = tuple(_quote(record.body, attr, by_mention) for attr in attributions_of(doc))
    return dataclasses.replace(record, quotes=quotes)


def _quote(body: str, attr: Attribution, by_mention: dict) -> Quote:
    speaker = attr.speaker
    confidence = CONFIDENCE["direct" if attr.kind == "direct" else
                            "according_to" if attr.kind == "according_to" else attr.cue_class]
    if speaker is None:
        confidence -= 0.15
    return Quote(kind=attr.kind, content=body[attr.content[0]:attr.content[1]], content_span=attr.content,
                 speaker=body[speaker[0]:speaker[1]] if speaker else None, speaker_span=speaker,
                 cue=body[attr.cue[0]:attr.cue[1]], cue_span=attr.cue,
                 source_id=by_mention.get(speaker) if speaker else None,
                 confidence=round(confidence, 2))
