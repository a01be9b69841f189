"""Issue 12: cases of the annotation guide the stage got wrong on articles nobody tuned for -- a named person is a
person however the model tags the title before the name, one body is one source however the article names it
(a bare "the campaign" before the named one, a paper's name with its place written by letters), and a website or a
paper that is no news outlet's is a document. Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.names import name_after_role

from .attribution_support import kinds_of, one_source_of


def test_issue12_name_after_a_title_or_role_word():
    assert name_after_role("Mayor Ana Ruiz") == ("Ana Ruiz", 6)
    assert name_after_role("Capt. Ana Lopes") == ("Ana Lopes", 6)
    assert name_after_role("Harbour Workers Secretary-Treasurer Gary Casteel") == ("Gary Casteel", 36)
    assert name_after_role("Ana Ruiz") is None  # no title: person_name reads it
    assert name_after_role("Harbour Water Board") is None  # no person's name after a role word
    assert name_after_role("Sydney Water") is None


@pytest.mark.slow
def test_issue12_untagged_name_after_a_title_is_one_person(analyse):
    body = 'Mayor Ana Ruiz said the city would reopen the pool. "It\'s safe now," Ruiz said.'  # neither name tagged
    record = analyse(body)
    source = one_source_of(record, "reopen the pool", "safe now")
    assert source.kind == "person" and source.name == "Ana Ruiz", record.sources


@pytest.mark.slow
def test_issue12_bare_campaign_before_the_named_one_is_that_campaign(analyse):
    body = ("The campaign said on Sunday it would file a complaint about the advertisements.\n\n"
            "Later, the Harris campaign said in a statement that the advertisements were false.")
    record = analyse(body)
    source = one_source_of(record, "file a complaint", "advertisements were false")
    assert source.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_two_campaigns_leave_the_bare_one_apart(analyse):
    body = ("The campaign said on Sunday it would file a complaint.\n\n"
            "The Harris campaign said the advertisements were false. The Lopes campaign said they were fair.")
    record = analyse(body)
    assert len({s.id for s in record.sources if "campaign" in s.name.lower()}) == 3, record.sources


@pytest.mark.slow
def test_issue12_paper_named_with_its_place_in_letters_is_one_outlet(analyse):
    body = ("The New York Daily News reported that the mayor would resign.\n\n"
            "The NY Daily News said its account came from two aides. The Daily News also said the mayor's office "
            "had not answered.")
    record = analyse(body)
    source = one_source_of(record, "mayor would resign", "came from two aides", "had not answered")
    assert source.kind == "outlet" and source.name == "New York Daily News", record.sources


@pytest.mark.slow
def test_issue12_owned_or_modified_website_or_paper_is_a_document(analyse):
    body = ("Ana Kay and Tom Poe wrote about harbour tolls in 1998. Their paper said that the tolls were too high.\n\n"
            "The 2009 paper found that the toll raised little.\n\n"
            "The Harbour Gazette reported that the port would close. The paper said two clerks had confirmed it.")
    record = analyse(body)
    assert kinds_of(record, "tolls were too high", "toll raised little") == ["document", "document"]
    source = one_source_of(record, "port would close", "two clerks had confirmed it")
    assert source.kind == "outlet", record.sources


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "The World Health Organization said on Monday that cases were rising. The UN health agency said vaccines were "
    "being shipped.",
    "The UN refugee agency UNHCR said on Monday that cases were rising. The agency said vaccines were being shipped.",
])
def test_issue12_body_of_many_countries_described_is_the_one_named(analyse, body):
    record = analyse(body)
    assert one_source_of(record, "cases were rising", "vaccines were being shipped").kind == "organization"


@pytest.mark.slow
def test_issue12_un_agency_is_no_state_agency_named_before(analyse):  # nor another UN body: test_issue12_source_kinds
    body = ("The Environmental Protection Agency said the water was safe. The U.N. agency said the river was still "
            "polluted.")
    record = analyse(body)
    assert kinds_of(record, "water was safe", "still polluted") == ["government", "organization"]


@pytest.mark.slow
def test_issue12_ministry_with_its_country_and_its_letters_is_one_source(analyse):
    body = ("Britain's Ministry of Defence said two jets had been scrambled. The MoD said the bomber stayed in "
            "international airspace.")
    record = analyse(body)
    assert one_source_of(record, "jets had been scrambled", "international airspace").kind == "government"


def test_issue12_person_tag_closed_by_a_body_word():
    from newstrace.analysis.person_cues import body_closing

    assert body_closing("Pacific Command") and body_closing("Obama White House") and body_closing("Acme Holdings")
    assert not body_closing("Anna Guard")  # a first name opens it: a person whose surname is a body's word
    assert not body_closing("Tom White") and not body_closing("Command")


def test_issue12_no_one_bears_news_as_a_surname():
    from newstrace.analysis.entities import outlet_of

    assert outlet_of("Harbour News") == "Harbour News"
    assert outlet_of("Anna News") == "Anna News"  # a first name before "News" opens an outlet's name
    assert outlet_of("Anna Post") is None  # "Post", "Times" may be surnames: a person


@pytest.mark.slow
def test_issue12_outlet_named_after_a_first_name_is_no_person(analyse):
    body = ('Ana Ruiz said on Monday that the bill was dead. "It is over," she told Tessa News. '
            "Speaking to the Harbour Gazette, she said the party was united.")
    record = analyse(body)
    source = one_source_of(record, "bill was dead", "It is over", "party was united")
    assert source.name == "Ana Ruiz", record.sources
    assert "person" not in {s.kind for s in record.sources if "News" in s.name}, record.sources


@pytest.mark.slow
def test_issue12_court_documents_are_a_document_and_a_day_no_source(analyse):
    body = ("According to a police report, the man was arrested at 3 a.m. Court documents show that he had two "
            "prior convictions.\n\n"
            "Wednesday added one more twist: the mayor of Harbourton said she would stay in the race.")
    record = analyse(body)
    assert kinds_of(record, "two prior convictions") == ["document"]
    assert not [s for s in record.sources if s.kind == "person" or s.name.lower() == "wednesday"], record.sources


@pytest.mark.slow
def test_issue12_officials_of_a_body_described_by_its_name_words_are_that_body(analyse):
    body = ("Harbourton's Department of Public Health said 40 new cases had been reported on Monday. Health "
            "department officials said the figures were preliminary.")
    record = analyse(body)
    assert one_source_of(record, "40 new cases", "figures were preliminary").kind == "government"
