"""Issue 12: sources found wrong on PolNeAR training pages, read by hand -- shares of a poll's answers, "in order
to", a role's plural parsed as a name, one person's spokesman by name and by role, "it" after a place that never
spoke. Articles written for these tests."""

from __future__ import annotations

import pytest

from newstrace.pipeline import Pipeline
from newstrace.record import Page

pytestmark = pytest.mark.slow


def _run(body: str):
    return Pipeline(["quotes"]).run(Page(id="t", content=body, kind="body", lang="en"))


def test_issue12_shares_of_a_poll_are_no_sources_but_their_quotes_stay():
    record = _run("A poll by the Harbour Institute found wide support for the plan. Sixty-four percent said they "
                  "backed it, and 72% of Democrats said the city should pay. A mere 9 per cent say they oppose it.")
    names = {s.name for s in record.sources}
    assert not any("percent" in n or "%" in n or "cent" in n for n in names), names
    assert len([q for q in record.quotes if q.speaker and ("percent" in q.speaker or "%" in q.speaker)]) >= 2
    assert all(not q.speaker_resolved for q in record.quotes if q.speaker and "percent" in q.speaker)


def test_issue12_in_order_to_names_no_source():
    record = _run("The mayor of Lakeport, Dana Moss, cut the budget in order to show that the town could pay its "
                  "debts. She said the plan was fair.")
    assert [s.name for s in record.sources] == ["Dana Moss"], record.sources


def test_issue12_a_role_plural_at_a_sentence_start_is_unnamed_people():
    record = _run("Mayor Dana Moss met the unions on Friday.\n\nAides said Ms. Moss would not sign the deal before "
                  "the vote.")
    kinds = {s.name: s.kind for s in record.sources}
    assert kinds.get("Aides") == "anonymous", kinds


def test_issue12_the_spokesman_of_a_person_by_name_and_by_role_is_one_source():
    record = _run("Prime Minister Alan Greer flew to Brussels on Monday. Greer's spokesman said the talks would go "
                  "on. Later, the prime minister's spokesman said a deal was close.")
    assert [(s.name, s.kind) for s in record.sources] == [("Greer's spokesman", "anonymous")], record.sources
    assert len({q.source_id for q in record.quotes}) == 1


def test_issue12_a_role_two_people_hold_keeps_their_spokesmen_apart():
    record = _run("Prime Minister Alan Greer and Finance Minister Joan Pike flew to Brussels on Monday. Greer's "
                  "spokesman said the talks would go on. Later, the minister's spokesman said a deal was close.")
    assert len(record.sources) == 2, record.sources


def test_issue12_it_after_a_place_that_never_spoke_is_left_unresolved():
    record = _run("A group led by a former staffer launched a radio ad in Indiana on Saturday titled \"Scam.\" It "
                  "argues that the senator broke his word on taxes.")
    names = {s.name for s in record.sources}
    assert "Indiana" not in names, names


def test_issue12_a_headline_does_not_run_a_name_into_its_verb():
    record = _run("Dana Moss Defends Herself Against Claims She Broke The Rules.\n\nDana Moss, the mayor of Lakeport, "
                  "said on Friday that she had followed every rule. \"I did nothing wrong,\" Moss said.")
    assert [(s.name, s.kind) for s in record.sources] == [("Dana Moss", "person")], record.sources
    names = {e.canonical for e in record.entities if e.label == "PERSON"}
    assert not any("Defends" in n for n in names), names


def test_issue12_two_people_of_a_headline_stay_two():
    record = _run("Joan Pike Slams Dana Moss Over The Harbour Deal.\n\nJoan Pike, a councillor, said on Friday that "
                  "the deal was a mistake. Dana Moss said the deal would stand.")
    assert sorted(s.name for s in record.sources) == ["Dana Moss", "Joan Pike"], record.sources


@pytest.mark.parametrize("body, word, dateline", [
    ("Vote count goes on.\n\nRIVERTON, Ostland - Allies of the mayor predicted a victory.", "RIVERTON", True),
    ("Port plan is sound.\n\nLAKEPORT, July 19 (Harbour Wire) \u2014 Judge Alan Greer told delegates it was.",
     "LAKEPORT", True),
    ("Port plan is sound.\n\nLAKEPORT (AP) \u2014 Judge Alan Greer told delegates it was.", "LAKEPORT", True),
    ("Talks go on.\n\nNATO, the alliance, said the talks would go on.", "NATO", False),
    ("Talks go on. The talks in RIVERTON, Ostland - where allies met - went on.", "RIVERTON", False),
])
def test_issue12_a_dateline_in_capitals_is_no_speaker(body, word, dateline):
    from newstrace.analysis.mention_words import _dateline
    from newstrace.analysis.nlp import get_nlp
    doc = get_nlp()(body)
    assert _dateline(next(t for t in doc if t.text == word)) is dateline


def test_issue12_a_name_does_not_run_across_a_line_break():
    record = _run("Lakeport council meets.\n\nAnn Lee, a resident, said the meeting ran late. Photo by Jo Park/X.\n\n"
                  "Lee said the council would vote next week. \"We will be there,\" Lee said.")
    assert [s.name for s in record.sources] == ["Ann Lee"], record.sources
    assert not any("\n" in e.text for e in record.entities)


def test_issue12_a_noun_in_ment_is_no_unnamed_person():
    record = _run("Dana Moss pleaded guilty on Friday.\n\nAccording to Moss's plea agreement, she faces at least two years "
                  "in prison.")
    assert not any("agreement" in s.name for s in record.sources), record.sources


def test_issue12_a_headline_title_without_its_stop_is_no_part_of_the_name():
    record = _run("Ohio Gov Moss: The Port Plan Is Sound.\n\nGovernor Dana Moss spoke to the radio host on Sunday.\n\n"
                  "\"People want safe streets and good jobs, and the plan gives them both,\" Moss said.")
    assert [(s.name, s.kind) for s in record.sources] == [("Dana Moss", "person")], record.sources


def test_issue12_a_transcript_label_in_capitals_is_the_person_named():
    record = _run("Governor Mary Fallin spoke to CNN on Sunday about the shootings.\n\nFALLIN: People are scared. "
                  "They want safe homes and safe streets.\n\nFALLIN: We all need to work towards unity.")
    assert not any(s.name == "FALLIN" for s in record.sources), record.sources


def test_issue12_a_body_named_by_the_opening_of_its_name_is_one_source():
    record = _run("Turnout fell by a tenth, the Harbour Centre for Fair Elections said on Monday. \"This is a warning,\" "
                  "the Harbour Centre said in a report.")
    bodies = [s for s in record.sources if s.kind != "anonymous"]
    assert [s.name for s in bodies] == ["Harbour Centre for Fair Elections"], record.sources


def test_issue12_an_outlet_named_without_its_city_is_one_source():
    record = _run("The mayor resigned on Friday. \"He knew,\" a clerk told the Lakeport Evening Ledger. The Evening "
                  "Ledger said the mayor had been warned twice.")
    outlets = [s for s in record.sources if s.kind == "outlet"]
    assert len(outlets) <= 1, record.sources


def test_issue12_shortened_names_of_two_bodies_stay_apart():
    record = _run("The House Committee on Ports said the bill was late. The House Committee on Roads said it was "
                  "fine. \"We will not wait,\" the House Committee said.")
    names = sorted(s.name for s in record.sources)
    assert "House Committee on Ports" in names and "House Committee on Roads" in names, names
    assert not any(len(s.mentions) >= 2 and s.name.startswith("House Committee on") for s in record.sources), names


def test_issue12_a_headline_name_the_model_tagged_as_a_body_stops_at_the_persons_name():
    from newstrace.analysis.entities import _headline_names
    body = "Dana Moss Promises Action On Harbour Fees In First Week\n\nMayor Dana Moss said on Monday she would act."
    headline = (0, body.index(" First"), "ORG", "model", 0.8)
    later = (body.index("Dana Moss", 10), body.index(" said"), "PERSON", "model", 0.8)
    out = _headline_names(body, [headline, later])
    assert [(body[a:b], label) for a, b, label, _, _ in out] == [("Dana Moss", "ORG"), ("Dana Moss", "PERSON")]
    other = (0, body.index(" First"), "ORG", "model", 0.8)  # no person of that name elsewhere: the span stays
    assert _headline_names(body, [other]) == [other]


def test_issue12_an_untagged_pollster_before_its_poll_is_the_source():
    record = _run("The mayor leads by five points, according to a national Gallup Poll released on Monday.")
    assert [(s.name, s.kind) for s in record.sources] == [("Gallup", "organization")], record.sources


def test_issue12_a_filing_is_not_written_by_the_body_it_is_filed_with():
    from newstrace.analysis.mention_words import untagged_issuer
    from newstrace.analysis.nlp import parse
    doc = parse("The group spent little on mailings, according to FEC filings released on Monday.")
    filings = next(t for t in doc if t.lower_ == "filings")
    assert untagged_issuer(filings) == ""
    doc = parse("The mayor leads by five points, according to a national Gallup Poll released on Monday.")
    poll = next(t for t in doc if t.lower_ == "poll")
    assert untagged_issuer(poll) == "Gallup"
