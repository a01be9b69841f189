"""Issue 12: a body's kind from what its name or description says, with the public Phoenix agents' state-body
phrases (``phrase`` rows of ``data/sources_kinds_fitted.tsv``, ``bench/train_source_kinds.py``). Articles written
for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.bodies import body_kind, names_state_body

from .attribution_support import source_of


def test_issue12_state_phrases_name_government_bodies():
    assert names_state_body("the central bank") and names_state_body("Reserve Bank of Tarvania")
    assert body_kind("the Tarvanian Central Bank") == "government"
    assert body_kind("Tarvania Fire Department") == "government"
    assert body_kind("the Federal Reserve") == "government"  # Phoenix files it GOV BUS: an economic state body
    assert body_kind("Tarvania Commercial Bank") == "organization"  # a bank, not the state's
    assert body_kind("National Council for Clean Rivers") == "organization"  # a body for a cause
    assert not names_state_body("Non Government Organization")  # an NGO
    assert body_kind("the World Bank") == "organization"  # many countries' body: the guide's UN/WHO
    assert body_kind("Berlin") == "government"  # a capital the model tags as a body: its country acting
    assert body_kind("the Free Syrian Army") == "organization"  # a Phoenix rebel group (REB): the guide's organization
    assert body_kind("the Tarvanian Army") == "government"


@pytest.mark.slow
def test_issue12_a_described_state_body_is_government(analyse):
    body = ("Tarvania's currency fell for a third day on Monday.\n\n"
            "The central bank said it would keep interest rates unchanged until the summer.\n\n"
            "In the capital, the city council said the tram line would reopen in May.\n\n"
            "Local law enforcement said two men had been detained after the protest.")
    record = analyse(body)
    for needle in ("keep interest rates", "tram line", "two men had been detained"):
        source = source_of(record, needle)
        assert source is not None and source.kind == "government", (needle, record.sources)


@pytest.mark.slow
def test_issue12_a_company_described_stays_an_organization(analyse):
    body = ("Harbour Freight Holdings posted a loss for the quarter.\n\n"
            "The retailer said the stores would reopen in May.")
    source = source_of(analyse(body), "stores would reopen")
    assert source is not None and source.kind == "organization", source


@pytest.mark.slow
def test_issue12_officials_at_a_named_body_are_that_body_not_officials_in_a_place(analyse):
    body = ("Harbour Freight Holdings closed two warehouses on Monday.\n\n"
            "Executives at Harbour Freight Holdings said the stores would reopen in May.\n\n"
            "Officials in Norway said the port would stay open.")
    record = analyse(body)
    company = source_of(record, "stores would reopen")
    assert company is not None and company.kind == "organization" and "Harbour" in company.name, record.sources
    officials = source_of(record, "port would stay open")
    assert officials is not None and officials.kind == "anonymous", record.sources


@pytest.mark.slow
def test_issue12_a_body_takes_the_kind_its_apposition_gives(analyse):
    body = ("Norges Bank, Norway's central bank, said inflation would ease next year.\n\n"
            "Kommersant, a Russian business daily, reported that the pipeline deal was signed.\n\n"
            "Proshika, a Bangladeshi charity, said the flood had destroyed 200 homes.")
    record = analyse(body)
    for needle, kind in (("inflation would ease", "government"), ("pipeline deal", "outlet"),
                         ("destroyed 200 homes", "organization")):
        source = source_of(record, needle)
        assert source is not None and source.kind == kind, (needle, record.sources)


@pytest.mark.slow
def test_issue12_an_unknown_name_that_reports_is_an_outlet_one_that_says_what_it_is_is_not(analyse):
    record = analyse("Tarvania Ledger reported that the pipeline deal was signed.\n\n"
                     "Harbourton University reported that enrolment had fallen.")
    outlet, school = source_of(record, "pipeline deal"), source_of(record, "enrolment had fallen")
    assert outlet is not None and outlet.kind == "outlet", record.sources
    assert school is not None and school.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_a_city_acting_is_its_government_a_club_named_city_is_not(analyse):
    record = analyse("The city said the tram line would reopen in May.\n\n"
                     "Harbourton City said the striker had signed a new contract.")
    city, club = source_of(record, "tram line"), source_of(record, "striker had signed")
    assert city is not None and city.kind == "government", record.sources
    assert club is not None and club.kind == "organization", record.sources


def test_issue12_a_name_opened_by_daily_is_a_newspaper():
    from newstrace.analysis.entities import outlet_of
    assert outlet_of("the Daily Harbour") and outlet_of("Weekly Tarvanian")
    assert outlet_of("Daily") is None and outlet_of("Daily routine") is None


@pytest.mark.slow
def test_issue12_a_body_told_that_says_what_it_is_is_no_outlet(analyse):
    record = analyse("The minister told the Harbour Ledger that the talks had failed.\n\n"
                     "The Harbourton Growers Association said the harvest was late. Its chairman told the Harbourton "
                     "Growers Association that the harvest was late.")
    kinds = {s.name: s.kind for s in record.sources}
    assert kinds.get("Harbour Ledger") == "outlet", kinds
    assert kinds.get("Harbourton Growers Association") == "organization", kinds


@pytest.mark.slow
def test_issue12_unnamed_groups_are_anonymous_a_named_group_is_not(analyse):
    record = analyse("Human rights groups said the arrests were arbitrary.\n\n"
                     "The Harbour Growers Group said the harvest was late.")
    groups, named = source_of(record, "arrests were arbitrary"), source_of(record, "harvest was late")
    assert groups is not None and groups.kind == "anonymous", record.sources
    assert named is not None and named.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_social_media_users_are_a_social_source(analyse):
    source = source_of(analyse("Social media users said the video of the flood was fake."), "video of the flood")
    assert source is not None and source.kind == "social", source


@pytest.mark.slow
def test_issue12_a_document_from_a_body_named_before_is_that_body(analyse):
    record = analyse("The Harbour Utilities Commission fined the firm in May.\n\n"
                     "A report by the commission said the firm had ignored warnings.\n\n"
                     "A statement from the company said the plant would close.")
    commission = source_of(record, "ignored warnings")
    assert commission is not None and commission.kind == "government" and "Commission" in commission.name, \
        record.sources
    statement = source_of(record, "plant would close")  # no company named before: the document itself
    assert statement is not None and statement.kind == "document", record.sources
