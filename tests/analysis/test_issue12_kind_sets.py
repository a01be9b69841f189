"""Issue 12: source kinds measured on public sets (bench/kind_bodies.py) -- international bodies are
organizations whatever their head noun, and a company's name the model tags as a person stays a company.
Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.bodies import body_kind, org_suffixes

from .attribution_support import source_of


def test_issue12_an_international_body_is_an_organization_whatever_its_head():
    assert body_kind("International Atomic Energy Agency") == "organization"  # "agency" alone: government
    assert body_kind("the UN refugee agency") == "organization"
    assert body_kind("the U.N. Security Council") == "organization"  # not a local "security council"
    assert body_kind("Fairwater International") == "organization"
    assert body_kind("United States Army") == "government"  # "United" opens no international name
    assert body_kind("U.S. International Trade Commission") == "government"
    assert body_kind("Environmental Protection Agency") == "government"


def test_issue12_company_heads_fitted_on_company_names():
    assert {"bancorp", "pharmaceuticals", "holdings", "therapeutics"} <= org_suffixes()
    assert not {"grant", "smith", "rose"} & org_suffixes()  # first names and surnames are left out


@pytest.mark.slow
def test_issue12_company_tagged_as_a_person_is_an_organization(analyse):
    body = ("Ferris Realty said on Tuesday that it would appeal the ruling.\n\n"
            "\u201cWe disagree with the decision,\u201d Ferris Realty said in a statement.")
    record = analyse(body)
    source = source_of(record, "We disagree with the decision")
    assert source is not None and source.kind == "organization", record.sources
    assert not [s for s in record.sources if s.kind == "person"], record.sources


@pytest.mark.slow
def test_issue12_un_agency_quoted_is_an_organization(analyse):
    body = ("The International Atomic Energy Agency said on Monday that inspectors had reached the plant.\n\n"
            "\u201cThe situation remains fragile,\u201d the agency said.")
    record = analyse(body)
    source = source_of(record, "situation remains fragile")
    assert source is not None and source.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_foreign_ministries_of_two_countries_are_two_sources(analyse):
    body = ("Norway's Foreign Ministry said on Monday that the talks had failed.\n\n"
            "Chile's Foreign Ministry said the talks had never started.")
    record = analyse(body)
    norway, chile = source_of(record, "talks had failed"), source_of(record, "never started")
    assert norway is not None and chile is not None and norway is not chile, record.sources
    assert norway.kind == chile.kind == "government", record.sources
    assert "Norway" in norway.name and "Chile" in chile.name, record.sources


@pytest.mark.slow
def test_issue12_a_countrys_ministry_by_demonym_possessive_and_bare_name_is_one_source(analyse):
    body = ("The Norwegian Foreign Ministry said on Monday that the talks had failed.\n\n"
            "Norway's Foreign Ministry later said it would try again.\n\n"
            "The Foreign Ministry added that it remained hopeful.")
    record = analyse(body)
    first, second, third = (source_of(record, text) for text in ("talks had failed", "try again", "remained hopeful"))
    assert first is not None and first is second is third and first.kind == "government", record.sources


@pytest.mark.slow
def test_issue12_a_surname_with_a_particle_is_the_person(analyse):
    body = ("Harbour Mayor Carla de Souza said the port would reopen.\n\n"
            "De Souza added that the ferries would run all night.")
    record = analyse(body)
    first, second = source_of(record, "port would reopen"), source_of(record, "ferries would run")
    assert first is not None and first is second and first.kind == "person", record.sources


@pytest.mark.slow
def test_issue12_a_company_with_and_without_its_closing_word_is_one_source(analyse):
    body = ("Brightwell Holdings said on Monday that profits rose.\n\n"
            "Brightwell added that it would hire more staff.")
    record = analyse(body)
    first, second = source_of(record, "profits rose"), source_of(record, "hire more staff")
    assert first is not None and first is second and first.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_state_media_and_state_television_are_outlets(analyse):
    body = ("Valmorian state media said on Monday that the army had retaken the town.\n\n"
            "Local television reported that the bridge was closed.")
    record = analyse(body)
    media, television = source_of(record, "retaken the town"), source_of(record, "bridge was closed")
    assert media is not None and media.kind == "outlet", record.sources
    assert television is not None and television.kind == "outlet" and television is not media, record.sources


@pytest.mark.slow
def test_issue12_distinctive_outlet_names_of_the_table_are_outlets_in_text(analyse):
    body = ("The harbour strike will last a week, ProPublica reported on Monday.\n\n"
            "According to Meduza, the talks resumed on Tuesday.")
    record = analyse(body)
    for needle in ("harbour strike", "talks resumed"):
        source = source_of(record, needle)
        assert source is not None and source.kind == "outlet", record.sources


def test_issue12_ordinary_words_among_outlet_names_stay_out_of_text():
    from newstrace.analysis.entities import outlet_of
    assert outlet_of("Meduza") == "Meduza" and outlet_of("CGTN") == "CGTN"
    assert outlet_of("Time") is None and outlet_of("Nature") is None and outlet_of("the Atlantic") is None


@pytest.mark.slow
def test_issue12_outlet_names_taken_only_as_written(analyse):
    body = ("The ferry fares will double next spring, Houston Chronicle reported on Monday.\n\n"
            "\u201cWe will not run the column,\u201d the editor told The Daily Beast in an email.\n\n"
            "The daily news briefing was cancelled.")
    record = analyse(body)
    insider = source_of(record, "ferry fares")
    assert insider is not None and insider.kind == "outlet", record.sources
    assert [s for s in record.sources if "Daily Beast" in s.name and s.kind == "outlet"], record.sources
    assert not [e for e in record.entities if e.text.lower() == "daily news"], record.entities


def test_issue12_cased_outlet_names_need_their_capitals():
    from newstrace.analysis.entities import known_outlet, outlet_of
    assert outlet_of("Houston Chronicle") == "Houston Chronicle" and outlet_of("the Daily Beast") == "The Daily Beast"
    assert outlet_of("houston chronicle") is None and known_outlet("Chronicle") is None
    assert known_outlet("Emily Post") is None  # the newspaper-word rule is not a table name


@pytest.mark.slow
def test_issue12_an_abbreviated_rank_keeps_the_name_in_its_sentence(analyse):
    body = ("\u201cThe harbour is closed,\u201d said coast guard spokesman Navy Capt. Lorne Abaza, who was asked "
            "about the storm.\n\n"
            "Police Sgt. Mira Tasković said the road would reopen on Friday.")
    record = analyse(body)
    for needle, name in (("harbour is closed", "Lorne Abaza"), ("road would reopen", "Mira Tasković")):
        source = source_of(record, needle)
        assert source is not None and source.kind == "person" and source.name == name, record.sources
    assert not [s for s in record.sources if s.kind in ("government", "anonymous")], record.sources
