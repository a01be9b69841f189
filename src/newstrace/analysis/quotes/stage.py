"""The ``quotes`` stage: every attribution of the body as a quote with its cue, speaker and source.

The attributions come from ``Record.attributions`` (found by the ``sources`` stage with
``quotes.driver.find_attributions``, once per article); each
quote's ``speaker`` is its nearest mention ("he", "the spokeswoman", "Smith") with that mention's
span, and ``source_id`` the source the ``sources`` stage resolved the mention to. An interrupted
quote (``"A," she said, "B."``) is one quote: ``content_fragments`` holds the pieces' spans,
``content_span`` their hull, ``content`` the pieces joined with " … " (the narration left out).
A speaker named by a relative pronoun (``the paper, which reported …``) is the pronoun's antecedent
(``the paper``); ``speaker_relative_span`` keeps the pronoun.
"""

from __future__ import annotations

import dataclasses

from ...record import Quote, Record
from .cues import Attribution

JOIN = " \u2026 "  # between the pieces of an interrupted quote
CONFIDENCE = {"direct": 0.9, "according_to": 0.85, "speech": 0.75, "other": 0.6}
# A quote whose speaker is not known (no speaker, or a pronoun or role noun with no antecedent) is seldom a
# statement a reader can use: on the attribution set's tune half 5 of 12 such quotes overlap a gold one (134 of
# the 152 others), and none can have its speaker right. Scaled under the floor of bench/attribution.py's
# min_confidence view (0.45) whatever its kind; the quote stays in the record (PolNeAR counts it).
UNKNOWN_SPEAKER = 0.45
# A weak frame ("criticized the delays", "announced the plan": a verb and its object) is a statement for PolNeAR
# far more often than for the attribution guide ("actions without a reported proposition" are not annotated):
# kept, its confidence is the statement model's probability times this factor, set so that on the attribution
# set's tune half the mean confidence of the 32 weak frames kept equals the share of them that are gold (.31).
WEAK_FRAME = 0.67
# A cue that opens a condition or a question ("If Smith believes the plan will work, …": objects.supposed) reports
# what is supposed, not said: the attribution guide annotates statements made, PolNeAR annotates these too. Scaled
# under the view floor whatever its kind, as an unknown speaker is; the quote stays in the record.
SUPPOSED = 0.45


def quotes_stage(record: Record) -> Record:
    """The ``quotes`` stage: Quote records in text order."""
    if record.doc is None:
        return record
    by_mention = {span: source.id for source in record.sources for span in source.mentions}
    quotes = tuple(_quote(record.body, attr, by_mention) for attr in record.attributions)
    return dataclasses.replace(record, quotes=quotes)


def _quote(body: str, attr: Attribution, by_mention: dict) -> Quote:
    speaker = attr.speaker
    confidence = CONFIDENCE["direct" if attr.kind == "direct" else
                            "according_to" if attr.kind == "according_to" else attr.cue_class]
    if speaker is None or not attr.speaker_resolved:
        confidence *= UNKNOWN_SPEAKER  # "she said" with no one she can be, "is expected to": who said it is not known
    elif attr.speaker_sureness < 1.0:
        confidence *= attr.speaker_sureness / 0.85 if attr.speaker_sureness < 0.85 else 1.0
    if attr.statement_odds < 1.0:  # "announced the plan": only as sure as the model that it is a statement
        confidence *= attr.statement_odds * WEAK_FRAME
    confidence *= attr.label_sureness  # 'pollster Daron Shaw: “…”': a name before a colon, mostly a speaker label
    if attr.hypothetical:
        confidence *= SUPPOSED  # "If Smith believes the plan will work": nobody said it
    content = JOIN.join(body[a:b] for a, b in attr.fragments) if attr.fragments else \
        body[attr.content[0]:attr.content[1]]
    return Quote(kind=attr.kind, content=content, content_span=attr.content, content_fragments=attr.fragments,
                 speaker=body[speaker[0]:speaker[1]] if speaker else None, speaker_span=speaker,
                 cue=body[attr.cue[0]:attr.cue[1]], cue_span=attr.cue,
                 source_id=by_mention.get(speaker) if speaker and attr.speaker_resolved else None,
                 speaker_relative_span=attr.speaker_relative,
                 speaker_resolved=speaker is not None and attr.speaker_resolved, confidence=round(confidence, 2))
