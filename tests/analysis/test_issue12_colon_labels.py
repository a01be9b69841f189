"""Issue 12: a direct quotation opened right after a name and a colon in running text is that name's
(``… - Jane Roe and Tom Poe: “…”``, ``… surprise pollster Laura Bennett: “…”``); a colon after a common noun, a
verb or an editorial label introduces no speaker. Articles written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import quotes_of


def _by_content(quotes, needle: str):
    return [q for q in quotes if needle in q.content]


@pytest.mark.slow
def test_issue12_a_name_set_off_by_a_dash_labels_the_quotation():
    body = ("FARM VOTES MATTER MORE THAN EXPECTED - Jane Roe and Tom Poe: \u201cRural turnout rose in every county "
            "we polled this spring.\u201d\n\nThe survey ran for six weeks.")
    quotes, _ = quotes_of(body)
    found = _by_content(quotes, "Rural turnout rose")
    assert len(found) == 1, [q.content for q in quotes]
    quote = found[0]
    assert quote.kind == "direct" and quote.speaker == "Jane Roe and Tom Poe" and quote.cue == ":"
    assert 0.7 < quote.confidence < 0.9  # a label, less sure than "she said"


@pytest.mark.slow
def test_issue12_a_name_inside_a_sentence_speaks_with_lower_confidence():
    body = ("The survey closed on Monday. Republican pollster Laura Bennett: \u201cLesser-known candidates often "
            "beat the leaders in January.\u201d")
    quotes, _ = quotes_of(body)
    found = _by_content(quotes, "Lesser-known candidates")
    assert len(found) == 1 and found[0].speaker == "Laura Bennett" and found[0].kind == "direct", found
    label = quotes_of("The poll closed on Monday - Laura Bennett: \u201cLesser-known candidates often beat the "
                      "leaders.\u201d")[0]
    assert found[0].confidence < _by_content(label, "Lesser-known")[0].confidence


@pytest.mark.slow
def test_issue12_a_name_the_cue_speaks_to_is_not_the_speaker():
    body = ("Mayor Tom Hale spoke on Friday. Hale later told Channel Four News: \u201cThe budget will pass "
            "before the summer.\u201d Hale then wrote to Laura Bennett: \u201cWe can talk about the roads "
            "next week.\u201d")
    quotes, _ = quotes_of(body)
    assert not [q for q in quotes if q.speaker in ("Channel Four News", "Laura Bennett")], \
        [(q.content, q.speaker) for q in quotes]


@pytest.mark.slow
def test_issue12_a_colon_after_no_name_introduces_no_speaker():
    body = ("The county board met on Monday. The new sign on the door reads: \u201cNo entry after nine "
            "at night.\u201d Another notice followed. Update: \u201cThe hall will stay closed this week.\u201d")
    quotes, _ = quotes_of(body)
    assert not [q for q in quotes if q.cue == ":" and q.speaker in ("door", "Update")], \
        [(q.content, q.speaker) for q in quotes]


@pytest.mark.slow
def test_issue12_a_cue_inside_the_labelled_quotation_does_not_hide_it():
    body = ("POLLS WERE EARLY - Jane Roe and Tom Poe: \u201cAlthough the polls failed to predict the winner, they "
            "were close in every county.\u201d\n\nThe survey ran for six weeks.")
    quotes, _ = quotes_of(body)
    found = _by_content(quotes, "Although the polls")
    assert found and found[0].speaker == "Jane Roe and Tom Poe", [(q.content, q.speaker) for q in quotes]
