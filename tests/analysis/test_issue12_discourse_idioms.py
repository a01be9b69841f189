"""Issue 12, "That said, residents say …": the linking phrase ("however") is nobody's report, so it neither becomes
a quote with "That" as its speaker nor swallows the report after it (articles written for these tests; the same
phrase opens sentences of five PolNeAR training articles, where it took the place of the real speaker)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_issue12_that_said_is_no_report_and_leaves_the_next_one_whole(quotes_of):
    body = ("The council approved the budget on Monday.\n\n"
            "That said, residents say they believe the new park will take years to finish.\n\n"
            "That being said, the treasurer warned that the money might run out.\n\n"
            "The mayor rejected that. That said, the council will vote again, he said.")
    quotes = quotes_of(body)
    assert not any(q.speaker and q.speaker.lower() in ("that", "this") for q in quotes), quotes
    park = [q for q in quotes if "new park" in q.content]
    assert len(park) == 1 and park[0].speaker == "residents" and park[0].cue == "say"
    assert any(q.speaker == "the treasurer" and "run out" in q.content for q in quotes), quotes


def test_issue12_said_after_that_as_an_object_is_still_a_report(quotes_of):
    quotes = quotes_of("The mayor said that the budget was balanced, and the treasurer said that, too.")
    assert any(q.speaker == "The mayor" and "balanced" in q.content for q in quotes), quotes
