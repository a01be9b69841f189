"""Issue 12, quote spans: nested quotation marks, clauses the parse hung on a noun, reports in the narration of an
interrupted quote and paragraphs that are only a quotation (articles written for these tests)."""

from __future__ import annotations

import pytest

from newstrace.analysis.quotes.marks import quoted_spans

pytestmark = pytest.mark.slow


def _with(quotes, needle: str) -> list:
    return [q for q in quotes if needle in q.content]


@pytest.mark.parametrize("text, passage", [
    ("\u201cThe board is not about \u201cFair Play for All\u201d anymore. It is about the owner's whims,\u201d Holt "
     "said.", "\u201cThe board is not about \u201cFair Play for All\u201d anymore. It is about the owner's whims,\u201d"),
    ("\u201cYou have to show you care even when \u201cyour side\u201d has to answer for it. Otherwise it rings "
     "hollow,\u201d she wrote.",
     "\u201cYou have to show you care even when \u201cyour side\u201d has to answer for it. Otherwise it rings "
     "hollow,\u201d"),
])
def test_issue12_a_quotation_nested_in_a_passage_does_not_end_it(text, passage):
    assert [text[a:b] for a, b in quoted_spans(text)] == [passage]


def test_issue12_a_passage_opened_again_after_a_sentence_end_is_no_nesting():
    text = ("She said he came over \u201cand said hello. I was stunned. \u201cAnd then he said, \u2018Go home,\u2019\u201d "
            "she said.")
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans[0] == "\u201cand said hello. I was stunned. \u201c"  # the sloppy reopening closes, as before


def test_issue12_a_that_clause_the_parse_hung_on_a_noun_after_the_cue(quotes_of):
    body = "Holt, who owns three mills, said earlier on Friday during a news conference that he may wait until March."
    quote = _with(quotes_of(body), "he may wait")
    assert len(quote) == 1 and quote[0].speaker == "Holt" and quote[0].content.startswith("that he may wait")


def test_issue12_a_report_in_the_narration_of_an_interrupted_quote(quotes_of):
    body = ("\u201cThe candidates just do not understand the farms,\u201d said Tom Pardo, a grower, who said he "
            "would not vote for either man. \u201cThey never visit.\u201d")
    quotes = quotes_of(body)
    assert len(_with(quotes, "never visit")) == 1
    vote = _with(quotes, "would not vote")
    assert [q.content for q in vote if "farms" not in q.content] == ["he would not vote for either man"]


def test_issue12_a_paragraph_that_is_only_a_quotation_goes_on_with_the_one_before(quotes_of):
    body = ("The senator, Tom Massie, said the mayor had \u201cthe chance and the duty to bring us together.\u201d\n\n"
            "\u201cI think she can do that, but the biggest unifier we have is the governor.\u201d\n\n"
            "The vote is on Monday. Holt spoke first.\n\n"
            "\u201cNobody asked us.\u201d")
    quotes = quotes_of(body)
    unifier = _with(quotes, "biggest unifier")
    assert len(unifier) == 1 and unifier[0].speaker == "The senator, Tom Massie" and "duty" in unifier[0].content
    assert not _with(quotes, "Nobody asked")  # the paragraph before it ends with no attribution


def test_issue12_a_quotation_that_ends_the_paragraph_goes_on_with_the_sentence_before(quotes_of):
    body = ("The senator, Tom Massie, said there should be no focus on a magic number. \u201cI think that whoever gets "
            "the most votes should win. That is what I think.\u201d\n\n"
            "Holt said the plan was good, and the crowd chanted \u201cOpen the gates.\u201d")
    quotes = quotes_of(body)
    votes = _with(quotes, "most votes")
    assert len(votes) == 1 and votes[0].speaker == "The senator, Tom Massie" and "magic number" in votes[0].content
    assert not [q for q in quotes if "Open the gates" in q.content and q.speaker == "Holt"]  # the crowd's words


def test_issue12_a_paragraph_quoted_from_elsewhere_is_not_joined(quotes_of):
    body = ("The report ran on Sunday.\n\n"
            "\u201cHere he is, dear,\u201d she said. \u201cThe mayor is here.\u201d\n\n"
            "\"The mayor walked onto the stage, chanting \u201cHome! Home!\u201d\n\n"
            "The crowd was small.")
    here = _with(quotes_of(body), "Here he is")
    assert len(here) == 1 and "walked onto the stage" not in here[0].content


def test_issue12_answered_beside_a_quotation_is_a_cue(quotes_of):
    body = ("The host pressed him on the budget.\n\n"
            "\u201cI would say this,\u201d Holt answered. \u201cWe will work out a plan that is fair.\u201d\n\n"
            "Holt spent the rest of the day answering questions about the mill.")
    quotes = quotes_of(body)
    said = _with(quotes, "say this")
    assert len(said) == 1 and said[0].speaker == "Holt" and "a plan that is fair" in said[0].content
    assert not _with(quotes, "questions about the mill")  # answering questions: no quotation, no statement


def test_issue12_a_second_speaker_in_a_conjunct_is_a_quote_of_its_own(quotes_of):
    body = ("The harbour road flooded again on Monday.\n\n"
            "Mayor Tom Holt said the old sea wall was beyond repair and the county council said it would pay for a new "
            "one.")
    quotes = quotes_of(body)
    wall = [q for q in quotes if "beyond repair" in q.content]
    assert len(wall) == 1 and "council" not in wall[0].content  # before: one quote ran over the council's words
    council = [q for q in quotes if "pay for a new" in q.content]
    assert len(council) == 1 and council[0].speaker == "the county council"


def test_issue12_a_second_that_clause_stays_with_its_speaker(quotes_of):
    body = ("The harbour road flooded again on Monday.\n\n"
            "Mayor Tom Holt said the repairs were overdue and that the county would continue to inspect the wall.")
    overdue = [q for q in quotes_of(body) if "repairs were overdue" in q.content]
    assert len(overdue) == 1 and "continue to inspect the wall" in overdue[0].content


@pytest.mark.parametrize("body, end, inner", [
    ("Scissors, an adviser to the mayor, said whether the council will agree to cut the levy depends largely on "
     "whether she believes it will help her win.", "help her win", "believes"),
    ("Harlow, who advises the port authority, said whether the board will agree to lift the fees depends largely on "
     "whether it believes the ships will come back.", "ships will come back", "believes"),
])
def test_issue12_a_reported_clause_with_a_subject_clause_is_one_quote(quotes_of, body, end, inner):
    # the parse took "whether … agree" for the cue's complement and "depends" for a second one: one reported clause,
    # and the belief inside it ("whether she believes …") is nobody's statement of its own
    quotes = quotes_of(body)
    assert len(quotes) == 1 and quotes[0].cue == "said"
    assert quotes[0].content.startswith("whether") and quotes[0].content.endswith(end)
    assert not any(q.cue == inner for q in quotes)
