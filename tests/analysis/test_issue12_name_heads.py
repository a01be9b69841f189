"""Issue 12: a bare description ("the city", "the county", "the festival") stands for a body named before only when
its noun heads the body's name: "the city" is not the "Harlow City Lantern Festival" nor "the county" the "Dunmore
County Fire Department" (there the noun only modifies the head). Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.coref_words import modifier_words

from .attribution_support import source_of


def test_issue12_modifier_words_leave_the_head_out():
    assert modifier_words("Harlow City Lantern Festival") == {"harlow", "city", "lantern"}
    assert "county" in modifier_words("Dunmore County Sheriff's Office")
    assert "office" not in modifier_words("Dunmore County Sheriff's Office")
    assert modifier_words("Ministry of Health") == set() and modifier_words("Wagner Group") == set()
    assert "airline" not in modifier_words("Ethiopian Airlines")


@pytest.mark.slow
@pytest.mark.parametrize("body, needle, body_name", [
    ("The Harlow City Lantern Festival opened on Friday with 300 lanterns. This year the city expects about two "
     "million visitors.", "two million visitors", "Festival"),
    ("The Dunmore County Fire Department put out the blaze on Sunday. The county said the road would reopen on "
     "Monday.", "road would reopen", "Fire"),
    ("Officers of the Dunmore County Police Department arrested two men. The county said the jail was full.",
     "jail was full", "Police"),
])
def test_issue12_a_modifier_of_a_name_is_not_the_body(analyse, body, needle, body_name):
    source = source_of(analyse(body), needle)
    assert source is None or body_name not in source.name, source


@pytest.mark.slow
@pytest.mark.parametrize("body, needle, body_name", [
    ("The Dunmore County Fire Department put out the blaze on Sunday. The department said no one was hurt.",
     "no one was hurt", "Dunmore County Fire Department"),
    ("Kestrel Airlines cancelled 40 flights on Monday. The airline said crews would be back on Wednesday.",
     "crews would be back", "Kestrel Airlines"),
])
def test_issue12_the_head_of_a_name_is_the_body(analyse, body, needle, body_name):
    source = source_of(analyse(body), needle)
    assert source is not None and source.name == body_name, source
