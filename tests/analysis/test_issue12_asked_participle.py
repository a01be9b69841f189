"""Issue 12: a question put to someone is not their statement. "Asked whether anyone would lose their job, the mayor
said ..." gave the question to the mayor, who answered it; the asker is unnamed (or named after "by"). Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _quote(quotes: list, words: str):
    return next((q for q in quotes if words in q.content), None)


@pytest.mark.slow
@pytest.mark.parametrize("body, question", [
    ('Asked whether anyone would lose their job, Mayor Ann Lee said: "That is for the inquiry to decide."',
     "anyone would lose"),
    ("When asked if he would resign, Tom Hart said he had done nothing wrong.", "he would resign"),
    ("Asked whether the plant would close, the company's chief executive, Rosa Delgado, said no decision had "
     "been made.", "the plant would close"),
])
def test_issue12_the_question_is_not_the_answerers(quotes_of, body, question):
    quotes = quotes_of(body)
    asked = _quote(quotes, question)
    assert asked is None or asked.speaker is None, asked
    assert asked is None or asked.confidence < 0.45, asked


@pytest.mark.slow
def test_issue12_the_answer_stays_with_the_answerer(quotes_of):
    quotes = quotes_of('Asked whether anyone would lose their job, Mayor Ann Lee said: "That is for the inquiry '
                       'to decide."')
    answer = _quote(quotes, "That is for the inquiry")
    assert answer is not None and answer.speaker == "Mayor Ann Lee", quotes


@pytest.mark.slow
def test_issue12_a_named_asker_keeps_the_question(quotes_of):
    quotes = quotes_of("Asked by reporters whether the plant would close, a company spokesman said the board "
                       "would meet on Friday.")
    asked = _quote(quotes, "the plant would close")
    assert asked is not None and asked.speaker == "reporters", quotes


@pytest.mark.slow
def test_issue12_who_asks_in_a_clause_of_their_own_still_asks(quotes_of):
    quotes = quotes_of("The mayor asked whether the council had read the report before the vote.")
    asked = _quote(quotes, "the council had read")
    assert asked is not None and asked.speaker == "The mayor", quotes
