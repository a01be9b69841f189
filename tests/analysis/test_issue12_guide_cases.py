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
