"""Issue 12: one real-world person or body is one source -- abbreviated titles, ages, the two ways of writing a
body's name, an office named with its holder, a described agency. Articles written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.bodies import inverted

from .attribution_support import one_source_of, source_of


def test_issue12_a_body_named_by_its_head_and_what_it_does_has_a_second_form():
    assert inverted("the Department of Justice") == "Justice Department"
    assert inverted("Ministry of Water Resources") == "Water Resources Ministry"
    assert inverted("Bank of the West") is None and inverted("Justice Department") is None


@pytest.mark.slow
def test_issue12_the_senator_and_the_former_governor_are_the_people_named_with_the_abbreviated_title(analyse):
    record = analyse("Sen. Ada Quarles, D-Ore., voted against the bill on Tuesday.\n\n"
                     "The senator said the vote would be close.\n\n"
                     "Former Gov. Miles Ostrander said the state would recover. The former governor said the "
                     "budget was sound.")
    senator, governor = source_of(record, "vote would be close"), source_of(record, "budget was sound")
    assert senator is not None and senator.name == "Ada Quarles", record.sources
    assert governor is not None and governor.name == "Miles Ostrander", record.sources
    assert not [s for s in record.sources if s.kind == "anonymous"], record.sources


@pytest.mark.slow
def test_issue12_the_56_year_old_is_the_person_named_before(analyse):
    record = analyse("Marta Quintero, 56, lost her house in the flood on Sunday.\n\n"
                     "\u201cWe have nothing left,\u201d the 56-year-old said.")
    source = source_of(record, "nothing left")
    assert source is not None and source.name == "Marta Quintero", record.sources


@pytest.mark.slow
def test_issue12_department_of_x_and_x_department_are_one_body(analyse):
    record = analyse("The Department of Justice said it would appeal the ruling.\n\n"
                     "The Justice Department said the judge had erred.")
    first, second = source_of(record, "would appeal"), source_of(record, "judge had erred")
    assert first is not None and first is second and first.kind == "government", record.sources


@pytest.mark.slow
def test_issue12_an_office_keeps_its_holder_in_its_name(analyse):
    record = analyse("The U.S. Attorney's Office said Colm Brady had pleaded guilty.\n\n"
                     "The Attorney General's Office said it would not appeal.")
    names = {s.name for s in record.sources}
    assert "U.S. Attorney's Office" in names and "Attorney General's Office" in names, record.sources
    assert not {"Office", "General's Office"} & names, record.sources


@pytest.mark.slow
def test_issue12_an_agency_described_is_a_body_not_a_news_agency(analyse):
    record = analyse("The U.N. health agency said the vaccine campaign would start in May.")
    source = source_of(record, "vaccine campaign")
    assert source is not None and source.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_a_country_s_prime_minister_is_the_one_person_named_with_that_role(analyse):
    record = analyse("Prime Minister Ravi Madhavan said on Monday that the economy would grow.\n\n"
                     "India's prime minister said the reforms would continue next year.")
    first, second = source_of(record, "economy would grow"), source_of(record, "reforms would continue")
    assert first is not None and first is second and first.name == "Ravi Madhavan", record.sources


@pytest.mark.slow
def test_issue12_the_company_ceo_is_its_ceo_named_before_and_no_person_called_so(analyse):
    record = analyse("Corvane CEO Lena Brodsky said the plant would reopen.\n\n"
                     "The Corvane CEO said orders had doubled.")
    first, second = source_of(record, "plant would reopen"), source_of(record, "orders had doubled")
    assert first is not None and first is second and first.name == "Lena Brodsky", record.sources
    record = analyse("The Tesla CEO said deliveries would rise this year.")
    source = source_of(record, "deliveries would rise")
    assert source is not None and source.kind == "anonymous", record.sources


@pytest.mark.slow
def test_issue12_the_german_is_the_person_named_before(analyse):
    record = analyse("Harbourside coach Jurgen Falkenberg said the team had played well.\n\n"
                     "The German said the title race was still open.")
    first, second = source_of(record, "played well"), source_of(record, "title race")
    assert first is not None and first is second and first.kind == "person", record.sources


@pytest.mark.slow
def test_issue12_a_body_named_after_its_state_is_no_person(analyse):
    record = analyse("Georgia Power said the outage would last two days.")
    source = source_of(record, "outage would last")
    assert source is not None and source.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_a_role_acronym_with_the_name_in_apposition_is_that_person(analyse):
    record = analyse("After the vote, CEO of the Harbour Council Enver Solberg told reporters that the process "
                     "\u201cmust be well thought out\u201d.")
    source = source_of(record, "well thought out")
    assert source is not None and source.kind == "person" and "Solberg" in source.name, record.sources


@pytest.mark.slow
def test_issue12_who_in_capitals_is_the_organisation_not_a_relative_pronoun():
    from newstrace.analysis.coref import SourceBook
    from newstrace.analysis.entities import entities_stage
    from newstrace.analysis.nlp import parse
    from newstrace.analysis.quotes.syntax import np_span
    from newstrace.record import Record

    body = "The World Health Organization met on Monday. WHO said the outbreak was over."
    doc = parse(body)
    book = SourceBook(doc, entities_stage(Record(id="t", body=body, doc=doc)).entities, None)
    token = next(t for t in doc if t.text == "WHO")
    draft = book.resolve(token, np_span(token))
    assert draft is not None and draft.kind == "organization", draft


def test_issue12_short_forms_of_a_company_name():
    from newstrace.analysis.bodies import shortens
    assert shortens("JPMorgan", "JPMorgan Chase & Co") and shortens("JP Morgan", "JPMorgan Chase & Co")
    assert shortens("Fed", "Federal Reserve") and not shortens("FED", "Federal Reserve")
    assert not shortens("Acme", "Acme") and not shortens("Co", "Corvane Holdings")


@pytest.mark.slow
def test_issue12_a_company_and_its_short_forms_are_one_source(analyse):
    record = analyse("Goldwick Chase & Co said profit rose 5%.\n\nGoldwick said costs fell.\n\n"
                     "The Federal Reserve said it would hold rates. The Fed said inflation was easing.")
    assert source_of(record, "profit rose") is source_of(record, "costs fell") is not None, record.sources
    assert source_of(record, "hold rates") is source_of(record, "inflation was easing") is not None, record.sources


@pytest.mark.slow
def test_issue12_the_retailer_and_the_regulator_are_the_bodies_named_before(analyse):
    record = analyse("Harbour Depot said sales rose in the quarter. The home improvement retailer said demand was "
                     "strong.\n\nThe Securities and Exchange Commission said it would investigate the filing. "
                     "The regulator said fines were likely.")
    assert source_of(record, "sales rose") is source_of(record, "demand was strong") is not None, record.sources
    regulator = source_of(record, "fines were likely")
    assert regulator is not None and regulator is source_of(record, "would investigate"), record.sources
    assert not [s for s in record.sources if s.kind == "anonymous"], record.sources


@pytest.mark.slow
def test_issue12_a_maker_described_alone_is_a_body(analyse):
    record = analyse("The tractor maker said orders had doubled since March.")
    source = source_of(record, "orders had doubled")
    assert source is not None and source.kind == "organization", record.sources


@pytest.mark.slow
def test_issue12_the_office_release_is_the_office_described_before(analyse):
    record = analyse("A Pemberton man pleaded guilty to fraud, the U.S. Attorney\u2019s Office for the Northern District "
                     "of Ohio announced Monday.\n\nHis sentencing is scheduled for May 3, according to the office "
                     "release.")
    first, second = source_of(record, "pleaded guilty"), source_of(record, "sentencing is scheduled")
    assert first is not None and first is second and first.kind == "government", record.sources
    assert not [s for s in record.sources if s.kind == "document"], record.sources


@pytest.mark.slow
def test_issue12_the_airline_is_the_body_whose_name_holds_it_in_the_plural(analyse):
    body = ("Harwick Aerospace said in a statement that it supported the inquiry. Nordvale Airlines spokesman Per "
            "Lindqvist said the crew had followed procedures. The airline said the flight recorders would be sent to "
            "Paris.")
    record = analyse(body)
    airline = source_of(record, "flight recorders")
    assert airline is not None and airline.name == "Nordvale Airlines" and airline.kind == "organization", airline


@pytest.mark.slow
def test_issue12_the_holders_office_is_the_office_named_for_the_role(analyse):
    body = ("The Harlow County District Attorney's Office said the jury reached its verdict on Friday. District Attorney "
            "Mara Quillen said no one was above the law. Quillen's office said sentencing was set for June.")
    record = analyse(body)
    office = source_of(record, "sentencing")
    assert office is not None and office.name == "Harlow County District Attorney's Office", office
    assert not any(s.name == "Quillen's office" for s in record.sources), record.sources


@pytest.mark.slow
def test_issue12_a_citys_police_is_the_police_force_named_with_its_name_before_or_after(analyse):
    record = analyse("Harbourton police said 40 people were detained. The Harbourton Police Force said officers used "
                     "tear gas.\n\nThe Eastvale Police Department said the shooting was under investigation. Eastvale "
                     "police said the suspect fled. Westvale police said they were helping.")
    names = sorted(s.name for s in record.sources)
    assert "Harbourton police" not in names and "Eastvale police" not in names, names
    assert source_of(record, "40 people").name == "Harbourton Police Force"
    assert source_of(record, "suspect fled").name == "Eastvale Police Department"
    assert source_of(record, "helping").name == "Westvale police"  # another town's police stays its own


@pytest.mark.slow
def test_issue12_a_ministry_spelt_or_owned_another_way_is_one_body_and_two_countries_two(analyse):
    body = ("Norway's Ministry of Defence said on Monday that two patrol boats had been sent north.\n\n"
            "The Norwegian defense ministry said later that the boats had turned back.\n\n"
            "The Swedish defence ministry said it had not been told of the patrol.\n\n"
            "The UK Ministry of Defence said the frigate would stay in port, and Britain's defence ministry said "
            "the crew had been given leave.")
    record = analyse(body)
    norway = source_of(record, "two patrol boats had been sent north")
    assert norway is not None and norway is source_of(record, "the boats had turned back"), record.sources
    sweden = source_of(record, "it had not been told of the patrol")
    assert sweden is not None and sweden is not norway and sweden.kind == "government"
    britain = source_of(record, "the frigate would stay in port")
    assert britain is not None and britain is source_of(record, "the crew had been given leave"), record.sources


def test_issue12_name_words_hold_both_spellings_and_the_country_s_demonym():
    from newstrace.analysis.coref_words import name_words_and_singulars

    words = name_words_and_singulars("Norway's Ministry of Defence")
    assert {"defense", "defence", "norwegian", "ministry"} <= words and "swedish" not in words
    assert "airline" in name_words_and_singulars("Ethiopian Airlines")


@pytest.mark.slow
def test_issue12_the_army_is_the_country_s_forces_described_or_named_before(analyse):
    body = ("The Nigerian army said on Sunday that it had freed 30 hostages in the north-east.\n\n"
            "The military said the kidnappers had fled into the forest.\n\n"
            "The Ghana Armed Forces said separately that two of its officers had joined the search. "
            "The army said the officers were safe.")
    record = analyse(body)
    nigeria = source_of(record, "it had freed 30 hostages")
    assert nigeria is not None and nigeria is source_of(record, "the kidnappers had fled"), record.sources
    ghana = source_of(record, "two of its officers had joined")
    assert ghana is not None and ghana is not nigeria and ghana is source_of(record, "the officers were safe")


@pytest.mark.slow
def test_issue12_a_role_with_an_untagged_name_in_apposition_is_that_person(analyse):
    record = analyse("A spokeswoman for the mayor, Ana Ruiz, said the office would respond on Monday.\n\n"
                     "Ruiz said the mayor was traveling and would return on Friday.")
    ruiz = one_source_of(record, "office would respond", "mayor was traveling")
    assert ruiz.name == "Ana Ruiz" and ruiz.kind == "person", record.sources
    assert not [s for s in record.sources if s.kind == "anonymous"], record.sources


@pytest.mark.slow
def test_issue12_a_body_described_by_its_name_words_far_after_its_name_is_that_body(analyse):
    filler = " ".join(f"Farmers in the valley planted {n} more rows of barley this spring than last year."
                      for n in range(2, 40))
    record = analyse("The Regional Water Authority said on Monday that the reservoir was half full.\n\n"
                     f"{filler}\n\nThe harvest, according to the water authority, will be smaller next year.")
    first, later = source_of(record, "reservoir was half full"), source_of(record, "harvest")
    assert first is not None and first.name == "Regional Water Authority", record.sources
    assert later is first, record.sources


@pytest.mark.slow
def test_issue12_a_full_name_tagged_as_a_body_whose_surname_speaks_alone_is_one_person(analyse):
    record = analyse("Oleksiy Danilov said the front was stable on Monday.\n\n"
                     "Danilov said Ukraine needed more air defence before the winter.")
    assert one_source_of(record, "front was stable", "more air defence").kind == "person", record.sources


@pytest.mark.slow
def test_issue12_a_body_name_cut_at_and_is_one_name_and_its_hyphenated_acronym_the_same_body(analyse):
    record = analyse("The Organisation for Economic Co-operation and Development said growth would slow. The OECD "
                     "said trade tensions were to blame.")
    oecd = one_source_of(record, "growth would slow", "trade tensions")
    assert oecd.name == "Organisation for Economic Co-operation and Development", record.sources


@pytest.mark.slow
def test_issue12_a_person_s_initials_are_that_person(analyse):
    record = analyse("Alexandria Ocasio-Cortez said on Monday that the plan was weak.\n\n"
                     "AOC said the party must change before the next election.\n\n"
                     "The SEC said it would review the filing.")
    assert one_source_of(record, "plan was weak", "party must change").kind == "person", record.sources
    assert source_of(record, "review the filing").kind == "government", record.sources
