"""Issue 12: bodies named by their letters or by a place and a state body's words speak as bodies -- capitals the
tagger took for a common noun ("ICE said", read as "ice") and a fire brigade opened by a word of the first-name
list ("London Fire Brigade", "Sydney Fire Brigade"). Articles written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newstrace.analysis.nlp import get_nlp
from newstrace.analysis.person_cues import is_place, mislabelled_person

from .attribution_support import source_of as _source


@pytest.mark.slow
def test_issue12_letters_tagged_a_common_noun_speak_as_a_body(analyse):
    body = ("ICE said the man had been detained at a bus station in Texas on Friday.\n\n"
            "His lawyer said he would appeal the decision next week.")
    record = analyse(body)
    agency = _source(record, "bus station")
    assert agency is not None and agency.name == "ICE" and agency.kind == "government", record.sources
    assert _source(record, "appeal") is not agency


@pytest.mark.slow
def test_issue12_a_fire_brigade_opened_by_a_first_name_is_a_body(analyse):
    body = ("Sydney Fire Brigade said 40 firefighters were sent to the warehouse blaze overnight.\n\n"
            "London Fire Brigade said two crews from the capital had helped.")
    record = analyse(body)
    for needle in ("warehouse blaze", "two crews"):
        found = _source(record, needle)
        assert found is not None and found.kind == "government", record.sources
    assert not any(s.kind == "person" for s in record.sources), record.sources


def test_issue12_a_state_body_phrase_closes_no_person_name():
    doc = get_nlp()("London Fire Brigade said the fire was out.")
    brigade = SimpleNamespace(label="ORG", text="London Fire Brigade", span=(0, 19))
    assert mislabelled_person(doc, brigade) is None


def test_issue12_letters_that_are_only_a_towns_code_are_no_place():
    assert not is_place("NRA") and not is_place("GOP") and not is_place("ANC")  # airport codes of small towns
    assert is_place("UAE") and is_place("NYC") and is_place("DRC") and is_place("Paris")


@pytest.mark.slow
def test_issue12_a_body_tagged_as_a_place_by_its_letters_is_an_organization(analyse):
    body = ("The NRA said the new bill would punish lawful gun owners in rural counties.\n\n"
            "The group has fought similar bills in three other states, and said it would do so again.")
    record = analyse(body)
    found = _source(record, "lawful gun owners")
    assert found is not None and found.name == "NRA" and found.kind == "organization", record.sources
