"""Issue 12: a participle set off by a comma or a dash after a clause (``…, saying …``) is said by the subject of
the clause it hangs on -- not by a dateline the parse took for a second subject (``BOSTON — Sen. X defended …,
saying``), not by the subject of a noun's "that" clause (``rejected the notion that the bridge …, saying``) nor of a
reported clause (``said Diaz will have to decide …, saying``). Articles written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import quotes_of


def _speaker_of(body: str, needle: str) -> str | None:
    quotes, _ = quotes_of(body)
    found = [q for q in quotes if needle in q.content]
    assert len(found) == 1, [(q.content, q.speaker) for q in quotes]
    return found[0].speaker


@pytest.mark.slow
@pytest.mark.parametrize("dateline", ["BOSTON \u2014", "Oslo (AFP) \u2013", "PORTLAND, Maine --"])
def test_issue12_a_dateline_is_not_the_participles_speaker(dateline):
    body = (f"Yacht tax.\n\n{dateline} Sen. Mary Olsen (D-Mass.) defended her call to raise the tax on yachts, "
            "saying the money would pay for new schools.\n\nThe vote is next week.")
    assert "Mary Olsen" in (_speaker_of(body, "pay for new schools") or "")


@pytest.mark.slow
def test_issue12_the_notion_a_speaker_rejects_is_not_the_speaker():
    body = ("The mayor rejected the notion that the bridge should be closed for the winter, saying that the "
            "city could not afford a second ferry.")
    assert _speaker_of(body, "second ferry") == "The mayor"


@pytest.mark.slow
def test_issue12_a_participle_after_a_dash_goes_past_the_claim_it_follows():
    body = ("Carla Diaz dismissed claims that the council is breaking the law with its new budget \u2014 saying "
            "the rules allow every line of it.")
    assert _speaker_of(body, "the rules allow") == "Carla Diaz"


@pytest.mark.slow
def test_issue12_a_participle_after_a_reported_clause_is_the_reporters():
    body = ("A senior aide said Diaz will have to decide which side she is on, saying the vote comes next "
            "week.")
    assert _speaker_of(body, "the vote comes") == "A senior aide"


@pytest.mark.slow
def test_issue12_a_participle_on_its_own_clause_keeps_that_clauses_subject():
    body = ("The council met on Monday. Mayor Tom Hale signed the budget after a long debate, saying the "
            "roads would be fixed by the spring.")
    assert _speaker_of(body, "roads would be fixed") == "Mayor Tom Hale"


@pytest.mark.slow
def test_issue12_a_participle_the_parse_hung_under_the_quotation_is_the_clauses_subjects():
    body = ("Mayor Ann Kell seemed to be ready to joke about the incident in Salem, telling the crowd, \u201cSome "
            "people get a little lost in this town.\u201d")
    assert _speaker_of(body, "a little lost") == "Mayor Ann Kell"


@pytest.mark.slow
def test_issue12_a_participle_after_a_comma_inside_the_quotation_is_the_clauses_subjects():
    body = ("Hale insisted that he has \u201cgrown the party,\u201d claiming that he is responsible for the "
            "turnout.\n\nKell told the Herald that Tom Hale \u201chad a strange plan for the harbor,\u201d adding, "
            "\u201cHe lost every vote on the council.\u201d")
    assert _speaker_of(body, "responsible for the turnout") == "Hale"
    assert _speaker_of(body, "He lost every vote") == "Kell"
