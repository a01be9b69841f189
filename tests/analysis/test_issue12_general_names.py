"""Issue 12: names read by general rules, not by the tune pages -- a first name that is also a word, a body named
with its country before it, the first word of a three-word name, an acronym with its function words in lower case.
Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.aliases import _initials
from newstrace.analysis.bodies import body_kind
from newstrace.analysis.names import all_given_names, given_names

from .attribution_support import source_of


def test_issue12_common_word_first_names_are_names_only_where_a_role_says_so():
    assert {"Guy", "Grant", "Hope", "Mark"} <= all_given_names()
    assert not {"Guy", "Grant", "Hope"} & given_names()  # never a name's opening on their own
    assert not {"King", "Major", "Judge", "General"} & all_given_names()  # titles, not first names


def test_issue12_a_listed_government_body_keeps_its_kind_with_its_country_before_it():
    assert body_kind("Centers for Disease Control and Prevention") == "government"
    assert body_kind("U.S. Centers for Disease Control and Prevention") == "government"
    assert body_kind("American Airlines") == "organization"  # the rest is no listed body
    assert body_kind("British Red Cross") == "organization"


def test_issue12_an_acronym_may_keep_its_function_words_in_lower_case():
    assert "MoD" in _initials("Ministry of Defence")
    assert "DfE" in _initials("Department for Education")


@pytest.mark.slow
def test_issue12_a_farmer_named_guy_is_a_person(analyse):
    body = ("Guy Pellham, a farmer near the river, said the rain came too late.\n\n"
            "\u201cWe lost half the crop,\u201d Pellham said.")
    record = analyse(body)
    first, second = source_of(record, "rain came too late"), source_of(record, "half the crop")
    assert first is not None and first is second and first.kind == "person", record.sources


@pytest.mark.slow
def test_issue12_the_first_word_of_a_three_word_name_is_the_person(analyse):
    body = ("Dawit Alemu Tesfaye, the head of the water agency, said on Monday that the dam was safe.\n\n"
            "Dawit said inspectors had found no cracks.")
    record = analyse(body)
    first, second = source_of(record, "dam was safe"), source_of(record, "found no cracks")
    assert first is not None and first is second and first.kind == "person", record.sources
    assert first.name == "Dawit Alemu Tesfaye", record.sources


@pytest.mark.slow
def test_issue12_a_ministry_and_its_mixed_case_acronym_are_one_government_source(analyse):
    body = ("The Ministry of Defence said two sailors were hurt in the fire.\n\n"
            "The MoD said both sailors had been flown home.")
    record = analyse(body)
    first, second = source_of(record, "sailors were hurt"), source_of(record, "flown home")
    assert first is not None and first is second and first.kind == "government", record.sources


@pytest.mark.slow
def test_issue12_a_poll_named_after_a_town_is_the_pollsters_not_the_towns(analyse):
    body = ("A new Monmouth poll found that most voters backed the levy.\n\n"
            "Monmouth said the margin of error was four points.")
    record = analyse(body)
    pollster = next(s for s in record.sources if s.name == "Monmouth")
    assert pollster.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_a_state_before_a_poll_is_where_it_was_taken_not_who_took_it(analyse):
    record = analyse("A recent Texas poll showed the governor ahead by nine points.")
    assert not [s for s in record.sources if s.kind == "government"], record.sources


@pytest.mark.slow
def test_issue12_a_common_word_first_name_is_still_a_title_before_a_surname(analyse):
    body = ("Law professor Vikram Adair said the ruling was narrow.\n\n"
            "Dean Adair added that the court had erred.")
    record = analyse(body)
    first, second = source_of(record, "ruling was narrow"), source_of(record, "court had erred")
    assert first is not None and first is second and first.name == "Vikram Adair", record.sources


@pytest.mark.slow
def test_issue12_a_surname_with_an_apostrophe_is_a_persons_name(analyse):
    record = analyse("\u201cIt may not be the best use of your time,\u201d said Brett O\u2019Donnell, chief strategist for "
                     "the campaign.")
    source = source_of(record, "best use of your time")
    assert source is not None and source.kind == "person", record.sources


@pytest.mark.slow
def test_issue12_a_bodys_acronym_tagged_as_a_place_keeps_the_bodys_kind(analyse):
    body = ("The National Rifle Association says the president\u2019s executive actions are \u201cripe for abuse.\u201d "
            "The NRA said the steps would not stop crime.")
    record = analyse(body)
    source = source_of(record, "steps would not stop crime")
    assert source is not None and source.kind == "organization", record.sources
    assert source is source_of(record, "ripe for abuse"), record.sources


@pytest.mark.slow
def test_issue12_the_state_and_party_anaphor_is_the_lawmaker_named_before(analyse):
    body = ("Senate Majority Leader Ada Quarles criticized the new rules on Tuesday.\n\n"
            "In a statement, the Oregon Republican said the rules were illegal.\n\n"
            "\u201cWe will win,\u201d said a Nevada Democrat.")
    record = analyse(body)
    lawmaker = source_of(record, "rules were illegal")
    assert lawmaker is not None and lawmaker.name == "Ada Quarles" and lawmaker.kind == "person", record.sources
    unnamed = source_of(record, "We will win")
    assert unnamed is not None and unnamed.kind == "anonymous", record.sources


@pytest.mark.slow
def test_issue12_figures_and_a_website_of_a_named_body_are_that_bodys(analyse):
    body = ("According to figures from the Harbour Statistics Office, prices rose 2 percent.\n\n"
            "According to the website of the Fairwater Trust, the fund holds $2 million.")
    record = analyse(body)
    office, trust = source_of(record, "prices rose"), source_of(record, "fund holds")
    assert office is not None and office.name == "Harbour Statistics Office", record.sources
    assert trust is not None and trust.name == "Fairwater Trust" and trust.kind == "organization", record.sources
    assert not [s for s in record.sources if s.kind == "outlet"], record.sources
