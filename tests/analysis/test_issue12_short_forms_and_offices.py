"""Issue 12: one body, one source, where the article names it another way -- "the state government" after a state's
government, a company by its public short form ("VW" of "Volkswagen"), a bare "the agency" opening an article before
the agency is named, and a named person's office ("Smith's office" after "Senator Jane Smith"). Articles written
for these tests (names invented but the companies')."""

from __future__ import annotations

import pytest

from newstrace.analysis.aliases import short_forms
from newstrace.analysis.bodies import company_stem

from .attribution_support import one_source_of, source_of


def test_issue12_short_forms_table_reads_full_names_by_stem():
    assert "vw" in short_forms()[company_stem("Volkswagen")]
    assert "chevy" in short_forms()[company_stem("Chevrolet")]


@pytest.mark.slow
@pytest.mark.parametrize("body, first, second", [
    ("The Kerala government said schools would reopen on Monday.\n\nThe state government said buses would run as "
     "usual.", "reopen", "as usual"),
    ("The Ohio government said the levee held overnight. The state government said no one was hurt.",
     "held overnight", "no one was hurt"),
])
def test_issue12_state_government_is_the_states_government_named_before(analyse, body, first, second):
    record = analyse(body)
    source = one_source_of(record, first, second)
    assert source.kind == "government" and source.name.endswith("government")
    assert "state government" not in {s.name for s in record.sources}, record.sources


@pytest.mark.slow
def test_issue12_state_government_after_two_states_stays_apart(analyse):
    record = analyse("The Kerala government said schools would reopen. The Tamil Nadu government said its schools "
                     "would stay shut. The state government said buses would run as usual.")
    assert source_of(record, "buses would run") is not source_of(record, "schools would reopen")


@pytest.mark.slow
def test_issue12_company_short_form_is_the_company(analyse):
    source = one_source_of(analyse("Volkswagen said sales fell 4 percent in March.\n\n"
                                   "VW said it expected a recovery by summer."), "sales fell", "a recovery")
    assert source.name == "Volkswagen" and source.kind == "organization"


@pytest.mark.slow
def test_issue12_short_form_alone_keeps_its_name(analyse):
    source = source_of(analyse("VW said it expected a recovery by summer."), "a recovery")
    assert source is not None and source.name == "VW"


@pytest.mark.slow
@pytest.mark.parametrize("body, name", [
    ("The agency said the water was unsafe to drink. The Environmental Protection Agency issued the warning on "
     "Tuesday after tests at three wells.", "Environmental Protection Agency"),
    ("The ministry said the border would stay closed. The Interior Ministry gave no date for reopening it.",
     "Interior Ministry"),
])
def test_issue12_bare_body_noun_opening_is_the_body_named_next(analyse, body, name):
    source = source_of(analyse(body), "would stay closed" if "border" in body else "unsafe to drink")
    assert source is not None and source.name == name and source.kind == "government"


@pytest.mark.slow
def test_issue12_bare_body_noun_with_no_body_named_after_stays_a_description(analyse):
    record = analyse("The agency said the water was unsafe to drink. Residents were told to boil it.\n\n"
                     "Wells in the valley were tested twice.\n\nThe Harbour Water Agency gave no date for new tests.")
    source = source_of(record, "unsafe to drink")
    assert source is None or source.name != "Harbour Water Agency"  # named three sentences on: too far


@pytest.mark.slow
def test_issue12_a_named_persons_office_is_her_office_one_source(analyse):
    record = analyse("Senator Jane Smith said the bill was flawed.\n\nSmith's office said she would explain her "
                     "vote at a town hall. Jane Smith's office later said the hall was booked.")
    office = one_source_of(record, "town hall", "hall was booked")
    person = source_of(record, "bill was flawed")
    assert office is not person and person.name == "Jane Smith", record.sources
    assert office.name == "Jane Smith's office" and office.kind == "government"


@pytest.mark.slow
def test_issue12_a_private_persons_office_is_no_government(analyse):
    record = analyse("Lawyer Mark Odell said the trial was unfair. Odell's office said an appeal would be filed.")
    office = source_of(record, "appeal would be filed")
    assert office is not None and office.name == "Mark Odell's office" and office.kind == "organization"


@pytest.mark.slow
@pytest.mark.parametrize("body, name", [
    ("The Chinese government said the talks would resume in May.", "Chinese government"),
    ("The Punjab government said 300 farmers had been paid. The state government said the rest would be paid in May.",
     "Punjab government"),
])
def test_issue12_a_government_named_by_its_peoples_word_is_a_source(analyse, body, name):
    record = analyse(body)  # no country or state named alone before it: a body described, not an anaphor left open
    source = source_of(record, "talks would resume" if "talks" in body else "farmers had been paid")
    assert source is not None and source.name == name and source.kind == "government", record.sources
    if "state government" in body:
        assert source_of(record, "rest would be paid") is source
