"""Issue 12: an unnamed person who writes on a social platform is a social-media user (the attribution guide's
``social``), not an anonymous source -- unless the person speaks for an owner ("a spokeswoman for the council").
Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import kinds_of

BAND = ("The band cancelled its last three concerts on Sunday, citing illness.\n\n"
        "\"We are heartbroken to let you down,\" the band said in a statement.\n\n"
        "One fan wrote on Instagram that she had travelled from Spain to see the show. "
        "A local resident wrote on Facebook that the venue had been half empty for weeks.")

COUNCIL = ("The council closed the leisure centre on Friday after a burst pipe flooded the changing rooms.\n\n"
           "A spokeswoman for the council said on Twitter that repairs would take at least a month.")


@pytest.mark.slow
def test_issue12_people_writing_on_a_platform_are_social(analyse):
    record = analyse(BAND)
    assert kinds_of(record, "travelled from Spain", "half empty for weeks") == ["social", "social"], record.sources


@pytest.mark.slow
def test_issue12_a_spokeswoman_posting_for_a_body_is_not_social(analyse):
    record = analyse(COUNCIL)
    assert kinds_of(record, "repairs would take")[0] != "social", record.sources
