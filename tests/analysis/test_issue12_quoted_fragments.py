"""Issue 12, quoted words under a verb that names an act: "urged an “end to …”", "accused him of years of
“…”" drop the act (the guide does not annotate it), but the words in quotation marks are still the subject's
(a mixed quote, the clause after the verb); a quotation that is a name or title, one under no cue verb, one inside a clause of its own and
one under a passive without agent is nobody's (articles written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _with(quotes, needle: str) -> list:
    return [q for q in quotes if needle in q.content]


def test_issue12_quoted_words_after_an_act_verb_are_its_subjects(quotes_of):
    body = ("The harbour board met on Tuesday to discuss the delays at the northern pier.\n\n"
            "The dockworkers' union has urged a \u201cfair deal for the crews and a quick return to the "
            "talks\u201d.\n\n"
            "In a letter to members, union leader Mara Quist described the talks as slow and accused the board of "
            "months of \u201cpetty, relentless obstruction\u201d.")
    quotes = quotes_of(body)
    end = _with(quotes, "fair deal for the crews")
    assert len(end) == 1 and "union" in (end[0].speaker or "")
    obstruction = _with(quotes, "petty, relentless obstruction")
    assert len(obstruction) == 1 and obstruction[0].speaker in ("Mara Quist", "union leader Mara Quist")
    assert obstruction[0].content.startswith("the board of months of") and obstruction[0].kind == "indirect"


def test_issue12_quoted_names_and_quotes_under_no_cue_are_nobodys(quotes_of):
    body = ("The sailing club renamed its newsletter \u201charbour notes\u201d last spring.\n\n"
            "Mayor Lena Ortiz told the \u201cMorning Harbour\u201d show that the pier would reopen in May.\n\n"
            "The new rules are widely viewed as \u201cquietly gutting\u201d the board.\n\n"
            "An upbeat speech by the treasurer set off a run of \u201cferry fever\u201d in the town.")
    quotes = quotes_of(body)
    for words in ("harbour notes", "Morning Harbour", "quietly gutting", "ferry fever"):
        assert not [q for q in _with(quotes, words) if q.content.strip("\u201c\u201d") == words], words


def test_issue12_a_quoted_word_inside_a_reported_clause_is_not_a_quote_of_its_own(quotes_of):
    body = ("The inspector said the mayor told the contractors they would have to \u201csort it out\u201d before "
            "the council paid them.")
    quotes = quotes_of(body)
    assert not [q for q in quotes if q.content.strip("\u201c\u201d") == "sort it out"]
