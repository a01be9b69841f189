"""Issue 12, statements two named people make together ("Ruiz and Berg said"): the attribution guide annotates
no joint statement, so the quote is filed under neither of them (articles written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_issue12_a_statement_of_two_named_people_is_filed_under_neither(quotes_of):
    body = ("Mayor Ana Ruiz and council leader Tom Berg said the harbour plan would go ahead next spring.\n\n"
            "\u201cWe have waited long enough for this,\u201d Ruiz and Berg said in a joint statement.\n\n"
            "\u201cThe port needs the money now,\u201d Ruiz said later.")
    quotes = quotes_of(body)
    joint = [q for q in quotes if "go ahead" in q.content or "waited long enough" in q.content]
    assert len(joint) == 2
    assert all(not q.speaker_resolved and q.source_id is None and q.confidence < 0.45 for q in joint)
    alone = [q for q in quotes if "money now" in q.content]
    assert len(alone) == 1 and alone[0].speaker == "Ruiz" and alone[0].speaker_resolved
