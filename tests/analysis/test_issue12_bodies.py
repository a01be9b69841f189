"""Issue 12: one body is one source of one kind -- acronyms spelled from the long name, "the agency" and
"the health ministry" going to the body named so, a named body's kind from its head word, and a body word
met first ("the army") being a body of its own, not the last government named. Articles written for these
tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.entities import outlet_of
from newstrace.analysis.people import _initials, body_kind
from newstrace.pipeline import Pipeline
from newstrace.record import Page


def test_issue12_initials_of_a_body_name():
    assert "SEC" in _initials("Securities and Exchange Commission")
    assert {"DOJ", "DHS"} <= _initials("Justice Department") | _initials("Department of Homeland Security")
    assert "CDC" in _initials("Centers for Disease Control and Prevention")
    assert not _initials("Kremlin")


def test_issue12_named_body_kind_from_its_head_word():
    assert body_kind("the National Weather Service") == "government"
    assert body_kind("Marine Corps") == "government" and body_kind("Border Patrol") == "government"
    assert body_kind("Environmental Protection Agency") == "government"
    assert body_kind("the Senate Banking Committee") == "government"
    assert body_kind("World Health Organization") == "organization"  # international: organization
    assert body_kind("Harbour Freight Holdings") == "organization"
    assert outlet_of("Environmental Protection Agency") is None and outlet_of("Kestrel News Agency")


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(["quotes"])
    return lambda body: pipeline.run(Page(id="t", content=body, kind="body", lang="en"))


def _source(record, needle: str):
    quote = next(q for q in record.quotes if needle in q.content)
    return next((s for s in record.sources if s.id == quote.source_id), None)


@pytest.mark.slow
def test_issue12_acronym_and_agency_go_to_the_body_named_in_full(analyse):
    body = ("The Securities and Exchange Commission said on Monday that it was reviewing the merger.\n\n"
            "Shares of Harbour Freight fell 4%.\n\n"
            "The SEC said the review was routine. The agency said it would finish by June.")
    record = analyse(body)
    first, second, third = (_source(record, n) for n in ("reviewing the merger", "routine", "finish by June"))
    assert first is not None and first is second is third, record.sources
    assert first.kind == "government"
    assert not any(s.kind == "outlet" for s in record.sources), record.sources


@pytest.mark.slow
def test_issue12_a_described_body_is_the_body_named_with_those_words(analyse):
    body = ("The Ministry of Health said 40 people were treated for smoke inhalation.\n\n"
            "The National Weather Service said more rain was expected on Friday.\n\n"
            "The health ministry added that the hospitals were full. The weather service said the river would "
            "crest overnight.")
    record = analyse(body)
    assert _source(record, "40 people") is _source(record, "hospitals were full")
    assert _source(record, "more rain") is _source(record, "crest overnight")
    assert _source(record, "more rain").kind == "government"  # type: ignore[union-attr]


@pytest.mark.slow
def test_issue12_the_army_met_first_is_not_the_ministry_named_before(analyse):
    body = ("The Ministry of Health said 40 people were treated.\n\n"
            "The army said its soldiers had secured the bridge by noon.")
    record = analyse(body)
    army = _source(record, "secured the bridge")
    assert army is not None and army is not _source(record, "40 people") and army.kind == "government"
    assert next(q for q in record.quotes if "secured" in q.content).speaker_resolved


@pytest.mark.slow
def test_issue12_social_user_and_data_from_a_body(analyse):
    body = ("A Twitter user wrote that the airport had been closed for hours.\n\n"
            "Data from the Department of Health shows that 80% of adults are vaccinated.")
    record = analyse(body)
    user = _source(record, "airport had been closed")
    assert user is not None and user.kind == "social"
    data = _source(record, "80% of adults")
    assert data is not None and data.entity == "Department of Health" and data.kind == "government"
