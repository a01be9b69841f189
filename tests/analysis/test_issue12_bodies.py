"""Issue 12: one body is one source of one kind -- acronyms spelled from the long name, "the agency" and
"the health ministry" going to the body named so, a named body's kind from its head word, and a body word
met first ("the army") being a body of its own, not the last government named. Articles written for these
tests (names invented)."""

from __future__ import annotations

import pytest

from newstrace.analysis.aliases import _initials
from newstrace.analysis.entities import outlet_of
from newstrace.analysis.people import body_kind

from .attribution_support import source_of as _source


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
    assert body_kind("the city council") == body_kind("Police Scotland") == body_kind("Treasury") == "government"
    assert body_kind("Atlantic Council") == body_kind("Police Federation") == "organization"
    assert outlet_of("Environmental Protection Agency") is None and outlet_of("Kestrel News Agency")


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


def test_issue12_person_nouns_from_wordnet_and_the_guide_kinds():
    from newstrace.analysis.quotes.cues import kind_of_noun
    kinds = kind_of_noun()
    assert kinds["expert"] == kinds["spokesperson"] == kinds["aide"] == "anonymous"  # WordNet noun.person
    assert "character" not in kinds and "god" not in kinds  # imaginary beings are nobody's source
    assert kinds["regulator"] == "government" and kinds["message"] == kinds["website"] == "document"


@pytest.mark.slow
def test_issue12_experts_speak_and_a_facebook_message_is_social(analyse):
    body = ("Experts said the bridge could not be repaired before winter.\n\n"
            "A Facebook message claimed that the bridge had been sold.")
    record = analyse(body)
    experts = _source(record, "could not be repaired")
    assert experts is not None and experts.kind == "anonymous"
    message = _source(record, "had been sold")
    assert message is not None and message.kind == "social"


@pytest.mark.slow
def test_issue12_a_name_closing_the_subject_phrase_is_the_speaker(analyse):
    body = ("The firm that runs the harbour festival, Pellworth Events Group, said that the fireworks would go "
            "ahead.\n\n\u201cNothing has changed,\u201d the firm added.")
    record = analyse(body)
    first = _source(record, "fireworks would go ahead")
    assert first is not None and first.entity == "Pellworth Events Group" and first.kind == "organization"
    assert _source(record, "Nothing has changed") is first


@pytest.mark.slow
def test_issue12_a_name_inside_a_quote_is_no_antecedent(analyse):
    body = ("\u201cWe never blocked the Brightwave special on Netflix,\u201d the lawyer wrote to the singer.\n\n"
            "\u201cIt was a misunderstanding,\u201d it said later.")
    record = analyse(body)
    quote = next(q for q in record.quotes if "misunderstanding" in q.content)
    assert quote.source_id is None and not quote.speaker_resolved, record.sources


@pytest.mark.slow
def test_issue12_a_person_tagged_as_a_body_is_one_person_with_her_surname(analyse):
    body = ("President Donald Trump's choice to lead the agency, Kirstjen Nielsen, said on Tuesday that the border "
            "was secure.\n\nNielsen, a former Homeland Security official, told senators the wall would be finished. "
            "\u201cI can't unequivocally state it's caused by humans,\u201d she said.\n\n"
            "Trump said he was pleased with the hearing.")
    record = analyse(body)
    sources = {id(s): s for s in (_source(record, n) for n in ("border", "wall would", "caused by humans"))}
    assert len(sources) == 1, record.sources
    nielsen = next(iter(sources.values()))
    assert nielsen is not None and nielsen.entity == "Kirstjen Nielsen" and nielsen.kind == "person"


@pytest.mark.slow
def test_issue12_untagged_government_name_and_an_outlet_named_by_its_media_noun(analyse):
    body = ("A Met Police spokesman said a man had been arrested. Downing Street said the minister kept its "
            "confidence.\n\nState news agency KTNA reported that the talks had been postponed.")
    record = analyse(body)
    downing = _source(record, "kept its confidence")
    assert downing is not None and downing.kind == "government", record.sources
    agency = _source(record, "talks had been postponed")
    assert agency is not None and agency.kind == "outlet" and agency.name == "KTNA", record.sources


@pytest.mark.slow
def test_issue12_a_persons_gender_from_the_articles_own_pronouns(analyse):
    body = ("Robin Okafor founded the label in 2004 and sold it last year.\n\n"
            "She has since started a studio in Lagos.\n\n"
            "The buyer was Kasey Marlowe, a talent manager from Atlanta.\n\n"
            "In a post at the time, she called the sale \u201ca betrayal of every artist on the roster.\u201d")
    record = analyse(body)
    source = _source(record, "betrayal")
    assert source is not None and source.entity == "Robin Okafor", record.sources


@pytest.mark.slow
def test_issue12_short_forms_of_a_paper_and_of_a_first_name_are_one_source(analyse):
    body = ("The Harbour Valley Journal reported on Monday that the bank would cut 500 jobs. Timothy Morrison, a "
            "former adviser, said the cuts were overdue.\n\n"
            "The Journal said the plan had been approved in March. Tim Morrison told senators he had raised "
            "concerns.")
    record = analyse(body)
    assert _source(record, "cut 500 jobs") is _source(record, "approved in March")
    assert _source(record, "overdue") is _source(record, "raised concerns")
    assert len([s for s in record.sources if "Morrison" in s.name]) == 1, record.sources


def test_issue12_first_names_of_office_holders_read_as_people():
    from newstrace.analysis.names import person_name
    assert person_name("Volodymyr Tkachenko") == "Volodymyr Tkachenko"  # Phoenix office holders' first names
    assert person_name("Recep Demirci") == "Recep Demirci"
    assert person_name("Harbour Freight") is None


@pytest.mark.slow
def test_issue12_the_reader_is_no_source(analyse):
    record = analyse("The reader might think the deal is done. Satellite maps show that the lake has shrunk.")
    assert not record.sources, record.sources
