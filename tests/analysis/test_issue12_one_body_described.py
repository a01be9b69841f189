"""Issue 12: one real source, one source of the right kind, on patterns the dev pages lack -- a body named and then
described without its name ("Police said" after the city's police, "the sheriff's office", "the rating agency",
"the league" after its letters, "the regulator" after one the model left untagged), a company named by its first word
after its full name, a body's acronym spelling a place by its letters, a surname written without its accents, a
broadcaster's long name. Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.aliases import _initials
from newstrace.analysis.names import misspelt_surname, plain_surname, same_person, without_titles

from .attribution_support import kinds_of, one_source_of


def test_issue12_surname_without_its_accents_is_the_same():
    assert misspelt_surname("Alvarez", "Álvarez") and misspelt_surname("Pena", "Peña")
    assert same_person(("Jose", "Alvarez"), ("José", "Álvarez"))
    assert not misspelt_surname("Alvarado", "Álvarez")


def test_issue12_two_word_titles_and_the_arabic_article_leave_the_name():
    assert without_titles("Crown Prince Khalid bin Faisal") == "Khalid bin Faisal"
    assert without_titles("Vice President Ana Ruiz") == "Ana Ruiz"
    assert without_titles("Crown Heights") == "Crown Heights"  # no role after the opener
    assert plain_surname("al-Harbi") == plain_surname("el-Harbi") == plain_surname("Harbi") == "Harbi"


def test_issue12_acronym_spells_a_place_written_by_its_letters():
    assert "USGS" in _initials("U.S. Geological Survey")
    assert "UKSA" in _initials("UK Space Agency")
    assert "USA" not in _initials("UK Space Agency")  # not the first letter of "UK" alone


@pytest.mark.slow
def test_issue12_surname_without_accents_is_one_person(analyse):
    body = ("Tomás Ibáñez, a farmer, said the drought was the worst he had seen.\n\n"
            "Rain has not fallen since March.\n\n\"I sold the cattle,\" Ibanez said.")
    source = one_source_of(analyse(body), "drought was the worst", "sold the cattle")
    assert source.kind == "person" and source.name == "Tomás Ibáñez"


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Harbourton police said 40 people were arrested. Police said officers fired tear gas.",
    "The Harbourton police said 40 people were arrested. On Monday, police said officers fired tear gas.",
])
def test_issue12_police_without_article_is_the_police_named_before(analyse, body):
    source = one_source_of(analyse(body), "were arrested", "fired tear gas")
    assert source.kind == "government"


@pytest.mark.slow
def test_issue12_sheriffs_office_described_is_the_one_named(analyse):
    body = ("The Marlow County Sheriff's Office said the driver fled.\n\n"
            "The sheriff's office said he was caught later.")
    assert one_source_of(analyse(body), "driver fled", "caught later").kind == "government"


@pytest.mark.slow
def test_issue12_rating_agency_is_a_company(analyse):
    record = analyse("Brantley Ratings said the city's debt was risky. The rating agency said it could cut the score.\n\n"
                     "An advertising agency said the campaign cost $2 million.")
    source = one_source_of(record, "debt was risky", "cut the score")
    assert source.kind == "organization" and source.name == "Brantley Ratings", record.sources
    assert kinds_of(record, "campaign cost") == ["organization"]


@pytest.mark.slow
def test_issue12_company_by_its_first_word_is_the_company(analyse):
    record = analyse("Brantley Ratings said the bank was stable. Brantley said deposits had grown.")
    assert one_source_of(record, "bank was stable", "deposits had grown").kind == "organization"


@pytest.mark.slow
def test_issue12_acronym_of_a_us_body_is_that_body(analyse):
    body = "The U.S. Geological Survey said the quake had a magnitude of 6.1. The USGS said aftershocks were likely."
    assert one_source_of(analyse(body), "magnitude", "aftershocks").kind == "government"


@pytest.mark.slow
def test_issue12_league_after_its_letters_is_the_one_organization(analyse):
    record = analyse("The WFL said the game would be played on Monday. The league said the players were tested.")
    assert one_source_of(record, "played on Monday", "were tested").kind == "organization"


@pytest.mark.slow
def test_issue12_regulator_after_an_untagged_one(analyse):
    body = "Markets regulator SEBI said the rules would take effect in April. The regulator said brokers had six months."
    assert one_source_of(analyse(body), "take effect", "six months").kind == "government"


@pytest.mark.slow
def test_issue12_broadcaster_named_in_full_is_the_outlet(analyse):
    body = ("The British Broadcasting Corporation reported that the minister had resigned. The BBC said he left on "
            "Friday.")
    assert one_source_of(analyse(body), "had resigned", "left on Friday").kind == "outlet"


@pytest.mark.slow
def test_issue12_shared_surname_alone_is_the_person_named_first(analyse):
    body = ("Betsy Moreland, 68, said the candidate was honest.\n\n"
            "Moreland and her husband, Tom, drove from Chicago. \u201cIt goes in here and out here,\u201d Tom Moreland "
            "said.\n\n\u201cWe came today because she asked,\u201d Moreland said.")
    record = analyse(body)
    assert one_source_of(record, "candidate was honest", "came today").name == "Betsy Moreland", record.sources
    assert one_source_of(record, "goes in here").name == "Tom Moreland"


@pytest.mark.slow
def test_issue12_officials_of_a_field_are_the_department_named_so(analyse):
    body = "The Harbourton Fire Department said the blaze started in a kitchen. Fire officials said no one was hurt."
    assert one_source_of(analyse(body), "in a kitchen", "no one was hurt").kind == "government"


@pytest.mark.slow
def test_issue12_user_on_a_platform_and_a_district_described(analyse):
    record = analyse("A user on Reddit wrote that the game was delayed.\n\n"
                     "The Marlow County school district said classes would resume. The district said buses were ready.")
    assert kinds_of(record, "game was delayed") == ["social"]
    assert one_source_of(record, "classes would resume", "buses were ready").kind == "government"


@pytest.mark.slow
@pytest.mark.parametrize(("body", "needles", "kind"), [
    ("Hollis Motors said the cuts would come by June. Skyline Airways said flights would resume.",
     ("cuts would come",), "organization"),
    ("The Washington Post reported that the agency missed the deadline. WaPo said officials knew.",
     ("missed the deadline", "officials knew"), "outlet"),
])
def test_issue12_company_industries_and_an_outlets_nickname(analyse, body, needles, kind):
    record = analyse(body)
    assert one_source_of(record, *needles).kind == kind, record.sources


@pytest.mark.slow
@pytest.mark.parametrize(("full", "short"), [
    ("Crown Prince Khalid bin Faisal", "Prince Khalid"),  # a title of two words opens the tagged name
    ("Abdel Karim al-Harbi", "Harbi"),  # the Arabic article dropped
])
def test_issue12_title_of_two_words_and_the_arabic_article(analyse, full, short):
    body = (f"{full} said on Monday that the talks were useful.\n\nThe meeting lasted two hours.\n\n"
            f"{short} said the two sides would meet again in May.")
    record = analyse(body)
    assert one_source_of(record, "talks were useful", "meet again").kind == "person", record.sources
