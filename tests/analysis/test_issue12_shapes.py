"""Issue 12: a name's shape decides its kind before a word rule does (a person called "Post"), and a place that
closes another place's name or a speaker's phrase is no speaker. Articles written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.entities import outlet_of

from .attribution_support import source_of


def test_issue12_a_first_name_and_a_newspaper_word_is_a_person():
    assert outlet_of("Tom Post") is None and outlet_of("Anna Times") is None
    assert outlet_of("Denver Post") == "Denver Post"  # a major place opens a paper's name
    assert outlet_of("The Anna Times") == "The Anna Times"  # written as a paper's title


@pytest.mark.slow
def test_issue12_a_representative_named_post_is_one_person(analyse):
    body = ("Rep. Tom Post, a Republican from Ohio, said on Tuesday that the bill would fail.\n\n"
            "\u201cIt has no votes,\u201d Post said.")
    record = analyse(body)
    first, second = source_of(record, "bill would fail"), source_of(record, "It has no votes")
    assert first is not None and first is second and first.kind == "person", record.sources
    assert not [s for s in record.sources if s.kind == "outlet"], record.sources


@pytest.mark.slow
def test_issue12_a_state_closing_a_town_is_not_the_speaker(analyse):
    body = ("Governor Maria Lopez toured the flooded valley on Monday. A farmer in Greeley, Colorado, told her the "
            "water had ruined his crops.\n\nA teacher from Austin, Texas, said the schools were closed for a week.")
    record = analyse(body)
    farmer, teacher = source_of(record, "ruined his crops"), source_of(record, "schools were closed")
    assert farmer is not None and farmer.kind == "anonymous", record.sources
    assert teacher is not None and teacher.kind == "anonymous", record.sources
    assert not [s for s in record.sources if s.kind == "government"], record.sources


@pytest.mark.slow
def test_issue12_they_is_not_a_place_that_never_spoke(analyse):
    body = ("Floodwater reached the centre of Greeley, Colorado, on Monday.\n\n"
            "\u201cWe have nothing left,\u201d they said.")
    record = analyse(body)
    assert not [s for s in record.sources if s.kind == "government"], record.sources
