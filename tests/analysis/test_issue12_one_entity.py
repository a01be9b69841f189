"""Issue 12: one real-world person or body is one source, named as a reader writes it -- a name whose "'s" is
part of it, a prince by title and given name, an acronym in brackets after its long form, a company with its
legal suffix. Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import source_of


@pytest.mark.slow
def test_issue12_a_name_whose_s_is_part_of_it_keeps_it(analyse):
    record = analyse("Moody's said on Tuesday that it had cut the country's credit rating.\n\n"
                     "\u201cThe outlook is negative,\u201d Moody's said in a statement. Standard & Poor's said it "
                     "would review its own rating next month.")
    assert source_of(record, "outlook is negative").name == "Moody's", record.sources
    assert source_of(record, "review its own rating").name == "Standard & Poor's", record.sources


@pytest.mark.slow
def test_issue12_a_possessive_that_owns_something_is_not_part_of_the_name(analyse):
    record = analyse("Corvane Systems said on Monday that sales fell. Corvane Systems' chief executive, Ida Lund, "
                     "said demand would recover, and Corvane Systems's board said it backed her.")
    names = {s.name for s in record.sources}
    assert "Corvane Systems" in names and not any(n.endswith(("'s", "'")) for n in names), record.sources


@pytest.mark.slow
def test_issue12_an_acronym_in_brackets_after_its_long_form_is_the_same_body(analyse):
    record = analyse("The World Health Organization (WHO) said on Friday that the outbreak in the north was under "
                     "control.\n\nThe WHO said the risk to travellers was low.")
    first, second = source_of(record, "outbreak in the north"), source_of(record, "risk to travellers")
    assert first is not None and first is second and first.name == "World Health Organization", record.sources
    assert not [s for s in record.sources if "(" in s.name], record.sources


@pytest.mark.slow
def test_issue12_a_company_with_its_legal_form_after_a_comma_is_one_source(analyse):
    record = analyse("Harlow Dynamics, Inc. said on Monday it would cut 300 jobs.\n\n"
                     "\u201cThis was a hard decision,\u201d Harlow Dynamics, Inc said in a statement.")
    first, second = source_of(record, "300 jobs"), source_of(record, "hard decision")
    assert first is not None and first is second and "Harlow" in first.name, record.sources
    assert [s.name for s in record.sources if "Harlow" not in s.name] == [], record.sources


@pytest.mark.slow
def test_issue12_a_prince_by_title_and_given_name_is_the_prince_named_in_full(analyse):
    record = analyse("Prince Faisal said the talks with the oil ministers would go on.\n\n"
                     "Crown Prince Faisal bin Rashid met the ministers in Riyadh on Monday. Faisal bin Rashid said "
                     "prices were fair.")
    first, second = source_of(record, "talks with the oil ministers"), source_of(record, "prices were fair")
    assert first is not None and first is second and first.name == "Faisal bin Rashid", record.sources


@pytest.mark.slow
def test_issue12_a_participle_after_a_reported_clause_is_the_reporters(analyse):
    record = analyse("The mayor of Fenwick, Clara Ostby, said the bridge would reopen in May, suggesting the repairs "
                     "were ahead of schedule.")
    source = source_of(record, "ahead of schedule")
    assert source is not None and source.name == "Clara Ostby", record.sources


@pytest.mark.slow
def test_issue12_a_role_left_unresolved_is_no_source_of_its_own(analyse):
    record = analyse("The ministry defended the plan on Monday.\n\n\u201cWe have consulted widely,\u201d the spokesman "
                     "said.")
    quote = next(q for q in record.quotes if "consulted widely" in q.content)
    assert not quote.speaker_resolved and quote.source_id is None, record.quotes
    assert not [s for s in record.sources if "spokesman" in s.name], record.sources


@pytest.mark.slow
def test_issue12_a_headline_description_is_the_person_given_it_in_apposition(analyse):
    record = analyse("Retired teacher says council ignored flood warnings\n\n"
                     "Marta Quintero, a retired teacher, said on Monday that the council had been warned three times.")
    headline, body = source_of(record, "council ignored flood"), source_of(record, "warned three times")
    assert headline is not None and headline is body and headline.name == "Marta Quintero", record.sources
    assert [s.name for s in record.sources] == ["Marta Quintero"], record.sources


@pytest.mark.slow
def test_issue12_the_company_after_its_own_report_is_the_body_named_in_it(analyse):
    record = analyse("Brantwell will cut 300 jobs at its Leeds plant, the company said on Monday.\n\n"
                     "The Environment Ministry will ban the pesticide from June, the ministry said.")
    company, ministry = source_of(record, "300 jobs"), source_of(record, "ban the pesticide")
    assert company is not None and company.name == "Brantwell", record.sources
    assert ministry is not None and ministry.name == "Environment Ministry", record.sources
    assert len(record.sources) == 2, record.sources


@pytest.mark.slow
def test_issue12_a_person_after_a_report_naming_someone_else_is_not_that_person(analyse):
    record = analyse("The mayor, Ruth Abney, spoke on Monday. Colm Brady would resign, the mayor said.")
    source = source_of(record, "would resign")
    assert source is not None and source.name == "Ruth Abney", record.sources


@pytest.mark.slow
def test_issue12_a_department_named_by_its_field_alone_is_the_department(analyse):
    record = analyse("The Department of Coastal Protection said on Monday that the sea wall would be raised.\n\n"
                     "Coastal Protection said later that the work would cost $40 million.")
    first, second = source_of(record, "sea wall"), source_of(record, "$40 million")
    assert first is not None and first is second and first.kind == "government", record.sources


def test_issue12_the_words_closing_a_body_name_after_of_are_no_person():
    from types import SimpleNamespace

    from newstrace.analysis.person_cues import person_tail
    assert person_tail(SimpleNamespace(label="ORG", text="University of Kansas Lawrence"), frozenset()) is None
    assert person_tail(SimpleNamespace(label="ORG", text="envoy to Ukraine Kurt Volker"), frozenset()) == "Kurt Volker"


@pytest.mark.slow
def test_issue12_an_acronym_with_an_ampersand_is_the_company_named_in_full(analyse):
    record = analyse("Harmon & Pryce said it would appeal the verdict.\n\nH&P said the paint was safe.")
    first, second = source_of(record, "appeal the verdict"), source_of(record, "paint was safe")
    assert first is not None and first is second and first.name == "Harmon & Pryce", record.sources


@pytest.mark.slow
def test_issue12_police_after_the_one_police_department_named_is_that_department(analyse):
    record = analyse("The Brackenridge Police Department said two officers were hurt on Sunday.\n\n"
                     "Police said the driver had fled on foot.")
    first, second = source_of(record, "two officers"), source_of(record, "fled on foot")
    assert first is not None and first is second and first.kind == "government", record.sources


@pytest.mark.slow
def test_issue12_a_joint_statement_gives_its_second_subject_no_source_of_its_own(analyse):
    record = analyse("Elmsworth and Caddington have both said that the bypass must not cross the marsh.\n\n"
                     "According to Reuters and The Guardian, the council will vote in May.")
    speakers = {q.source_id for q in record.quotes}
    assert not [s for s in record.sources if s.id not in speakers and "Elmsworth" not in s.name
                and s.kind != "outlet"], record.sources
    assert {"Reuters", "Guardian"} <= {s.name for s in record.sources}, record.sources


@pytest.mark.slow
def test_issue12_she_resolved_once_tells_that_a_later_he_is_someone_else(analyse):
    record = analyse("Senator Ada Quarles met Governor Miles Ostrander on Tuesday. She said the meeting was "
                     "productive. He said he agreed with the plan.")
    she, he = source_of(record, "meeting was productive"), source_of(record, "agreed with the plan")
    assert she is not None and she.name == "Ada Quarles", record.sources
    assert he is not None and he.name == "Miles Ostrander", record.sources


@pytest.mark.slow
def test_issue12_a_surname_with_an_age_after_it_is_the_person_named_before(analyse):
    record = analyse("\u201cWe will not back down,\u201d said Maria Lopez, a nurse at the city hospital. Lopez, 42, said "
                     "staff had not been paid for two months.")
    source = source_of(record, "not been paid")
    assert source is not None and source.name == "Maria Lopez", record.sources


@pytest.mark.slow
def test_issue12_the_congressman_is_the_representative_named_with_the_abbreviated_title(analyse):
    record = analyse("Rep. Dale Ferrow, R-Kan., said the farm bill was flawed.\n\n"
                     "\u201cThis is a mistake,\u201d the Kansas congressman said.")
    first, second = source_of(record, "farm bill"), source_of(record, "a mistake")
    assert first is not None and first is second and first.name == "Dale Ferrow", record.sources
