"""The sources stage: one source per attributed party with its kind, description and cited_by."""

from __future__ import annotations

import pytest

from newstrace.pipeline import Pipeline
from newstrace.record import Page


def sources_of(body: str, **hints):
    record = Pipeline(["quotes"]).run(Page(id="t", content=body, kind="body", **hints))
    assert record.error is None, record.error
    return record


def source_for(record, speaker_text: str):
    quote = next(q for q in record.quotes if q.speaker and speaker_text in q.speaker)
    return next(s for s in record.sources if s.id == quote.source_id)


@pytest.mark.slow
@pytest.mark.parametrize("body,speaker,kind", [
    ("The storm destroyed 40 homes, Reuters reported on Sunday.", "Reuters", "outlet"),
    ("Doctor Lena Fischer said the clinic would stay open.", "Lena Fischer", "person"),
    ("Sources familiar with the talks said a deal was close.", "Sources", "anonymous"),
    ("The Red Cross said it had sent two trucks of water.", "Red Cross", "organization"),
    ("The Interior Ministry said the border crossing was closed.", "Interior Ministry", "government"),
    ("A report published by the auditors found that the funds were misused.", "report", "document"),
    ("A post on Telegram claimed that the bridge had been destroyed.", "post", "social"),
])
def test_each_source_kind(body, speaker, kind):
    record = sources_of(body)
    assert source_for(record, speaker).kind == kind


@pytest.mark.slow
def test_anonymous_source_keeps_its_description():
    record = sources_of("A senior water ministry engineer said the pumps had failed twice.")
    source = source_for(record, "engineer")
    assert source.kind == "anonymous"
    assert source.description == "A senior water ministry engineer"
    assert source.cited_by is None


@pytest.mark.slow
def test_a_surname_after_the_full_name_is_the_same_source():
    body = ("Mayor Karin Holm said the bus fares would not rise.\n\n"
            "Holm said the city would borrow instead.")
    record = sources_of(body)
    people = [s for s in record.sources if s.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


@pytest.mark.slow
def test_page_outlet_is_source_s0_from_the_dateline():
    record = sources_of("OSLO (Nordic Wire) — The harbour will close, the port authority said on Monday.")
    root = record.sources[0]
    assert root.id == "s0" and root.kind == "outlet" and root.name == "Nordic Wire"
    assert record.provenance.source_id == "s0"


@pytest.mark.slow
def test_the_issuer_of_a_statement_is_the_source_not_the_statement():
    record = sources_of("The Interior Ministry issued a statement saying the border crossing would reopen.")
    source = source_for(record, "Interior Ministry")
    assert source.kind == "government"
    assert not [s for s in record.sources if s.kind == "document"]


@pytest.mark.slow
def test_a_labelled_line_names_its_source():
    record = sources_of("Red Cross: Two trucks of water reached the village overnight.")
    source = source_for(record, "Red Cross")
    assert source.kind == "organization"


@pytest.mark.slow
def test_a_passive_cue_without_agent_adds_no_source():
    record = sources_of("The new terminal is expected to open in the spring.")
    assert [q.speaker for q in record.quotes] == [None]
    assert [s for s in record.sources if s.kind != "outlet"] == []


def test_a_speaker_before_a_closing_outlet_report_is_known_through_the_outlet():
    """'"…," Ana Lopes said, Harbour Wire reported.' — Lopes is known through Harbour Wire; a plain
    action before ', the agency said' ("Shipping lines sent vessels") makes no source."""
    record = Pipeline(["sources"]).run(Page(id="t", kind="body", content=(
        '"We will not unload one ship until the deal is signed," union leader Ana Lopes said, Harbour Wire '
        "reported. Shipping lines have sent vessels to Sines instead, the agency said.")))
    by_name = {s.name: s for s in record.sources}
    assert by_name["Ana Lopes"].cited_by == by_name["Harbour Wire"].id
    assert "Shipping lines" not in by_name


def test_a_speaker_quoted_by_an_outlet_is_known_through_it():
    record = Pipeline(["sources"]).run(Page(id="t", kind="body", content=(
        "A port official quoted by Harbour Wire said the strike costs two million euros a day.")))
    by_name = {s.name: s for s in record.sources}
    assert by_name["port official"].cited_by == by_name["Harbour Wire"].id


def test_a_speaker_in_a_sentence_sourced_according_to_an_outlet_is_known_through_it():
    record = Pipeline(["sources"]).run(Page(id="t", kind="body", content=(
        "Ana Lopes said the port would reopen on Monday, according to the Harbour Gazette.")))
    by_name = {s.name: s for s in record.sources}
    assert by_name["Ana Lopes"].cited_by == by_name["Harbour Gazette"].id


@pytest.mark.slow
def test_a_quote_relayed_by_an_outlet_keeps_its_speaker_and_names_the_outlet_as_channel():
    """"May told reporters, according to the paper": May's own quote stays beside the according-to,
    and May is known through the named paper rather than through "reporters"."""
    body = ('Mayor Karin May opened the bridge on Friday. "We will keep the ferry running," May told reporters, '
            "according to the Harbour Gazette.")
    record = sources_of(body)
    direct = [q for q in record.quotes if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["May"]
    assert any(q.kind == "according_to" and q.speaker == "the Harbour Gazette" for q in record.quotes)
    by_id = {s.id: s for s in record.sources}
    may = by_id[direct[0].source_id]
    assert may.name == "Karin May" and by_id[may.cited_by].name == "Harbour Gazette"


@pytest.mark.slow
def test_the_press_in_general_is_an_audience_not_a_source():
    """"told reporters" names no outlet: no source called "reporters"; "told the Harbour Gazette" does."""
    record = sources_of('"The quay will reopen in May," harbour master Ana Lopes told reporters on Friday. '
                        'Tomas Reyes told the Harbour Gazette that the ferries would wait.')
    names = {s.name: s for s in record.sources}
    assert "reporters" not in names
    assert names["Tomas Reyes"].cited_by == names["Harbour Gazette"].id


@pytest.mark.slow
@pytest.mark.parametrize("body, name, kind", [
    ("The Liberal Democrats said they would keep fighting the bill.", "Liberal Democrats", "organization"),
    ("Palestinians said the checkpoint had been closed for a week.", "Palestinians", "anonymous"),
    ("French officials said the talks would resume.", "French officials", "anonymous"),
])
def test_a_party_is_an_organisation_and_a_people_is_not(body, name, kind):
    assert [(s.name, s.kind) for s in sources_of(body).sources] == [(name, kind)]
