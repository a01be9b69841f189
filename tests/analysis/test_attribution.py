"""Issue 12, "who said it": one person is one source, every quote goes to the right person.

Every article here is written for these tests (names invented); each test stands for one example of the issue.
"""

from __future__ import annotations

import pytest

from newstrace.analysis.nlp import unwrap
from newstrace.pipeline import Pipeline
from newstrace.record import Page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse():
    pipeline = Pipeline(["quotes"])

    def run(body: str, **hints):
        record = pipeline.run(Page(id="t", content=body, kind="body", lang="en", **hints))
        assert record.error is None, record.error
        return record

    return run


def _speaker_of(record, needle: str):
    quote = next((q for q in record.quotes if needle in q.content), None)
    assert quote is not None, f"no quote with {needle!r}: {[q.content for q in record.quotes]}"
    source = next((s for s in record.sources if s.id == quote.source_id), None)
    return quote, source


def _sources_named(record, name: str):
    return [s for s in record.sources if s.entity == name or s.name == name]


def test_issue12_she_goes_to_the_woman_across_paragraphs_not_the_latest_man(analyse):
    body = ("Interior Secretary Marta Lindqvist defended the agency's flood maps at a hearing on Tuesday.\n\n"
            "Governor Paul Haddad has attacked the maps for weeks and said the state would draw its own.\n\n"
            "\u201cI can't tell you the river will stay in its banks,\u201d she said.")
    record = analyse(body)
    quote, source = _speaker_of(record, "stay in its banks")
    assert quote.speaker == "she" and quote.speaker_resolved
    assert source is not None and source.entity == "Marta Lindqvist" and source.kind == "person"


def test_issue12_a_pronoun_with_no_one_to_stand_for_is_left_unresolved(analyse):
    record = analyse("\u201cIt was a mistake from the start,\u201d he said.")
    quote = record.quotes[0]
    assert quote.speaker == "he" and not quote.speaker_resolved and quote.source_id is None
    assert quote.confidence < 0.8


def test_issue12_full_name_surname_and_title_form_are_one_person(analyse):
    body = ("Sen. Dana Whitcomb, D-Ore., said on Monday that the rail bill would pass before the recess.\n\n"
            "The bill has stalled twice in committee.\n\n"
            "Whitcomb added that the funding was secure. \u201cWe have the votes,\u201d Whitcomb told reporters.")
    record = analyse(body)
    people = [s for s in record.sources if s.entity == "Dana Whitcomb"]
    assert len(people) == 1 and people[0].kind == "person"
    assert all(q.source_id == people[0].id for q in record.quotes)


def test_issue12_spokeswoman_named_by_apposition_is_that_person_not_an_outlet(analyse):
    body = ("The congressman's office received more than 40 threatening calls last month, his spokeswoman, "
            "Katie Hill, said on Friday.\n\n"
            "Hill said the calls had been passed to the Capitol Police.")
    record = analyse(body, url="https://thehill.com/homenews/house/threats")
    hill = _sources_named(record, "Katie Hill")
    assert len(hill) == 1 and hill[0].kind == "person"
    assert not [s for s in record.sources if s.kind == "outlet" and s.method == "entities"]
    assert {q.source_id for q in record.quotes} == {hill[0].id}


def test_issue12_acronym_and_long_form_are_one_government_body(analyse):
    body = ("The Justice Department said on Wednesday that it had opened an inquiry into the contracts.\n\n"
            "A DOJ official said the inquiry would take months. The FBI said it was assisting.")
    record = analyse(body)
    doj = _sources_named(record, "Justice Department")
    assert len(doj) == 1 and doj[0].kind == "government"
    fbi = [s for s in record.sources if s.entity and "Investigation" in s.entity]
    assert fbi and fbi[0].kind == "government"


def test_issue12_the_company_and_it_go_to_the_company_named_before(analyse):
    body = ("Harbor Lane Records, the label that owns the band's early albums, said on Monday that it would "
            "allow the songs to be played at the awards show.\n\n"
            "\u201cWe never tried to block the performance,\u201d the company said in a statement. It added "
            "that talks with the broadcaster were going on.")
    record = analyse(body)
    quote, source = _speaker_of(record, "never tried to block")
    assert source is not None and source.entity == "Harbor Lane Records" and source.kind == "organization"
    assert len(_sources_named(record, "Harbor Lane Records")) == 1


def test_issue12_the_analyst_is_the_analyst_named_before(analyse):
    body = ("Shares of the retailer rose 4% on Tuesday after Millhaven Securities analyst Jonas Ekberg raised his "
            "price target.\n\n"
            "\u201cThe sell-off went too far,\u201d the analyst wrote in a note to clients.")
    record = analyse(body)
    quote, source = _speaker_of(record, "sell-off went too far")
    assert source is not None and source.entity == "Jonas Ekberg"


def test_issue12_things_that_say_nothing_are_not_sources(analyse):
    body = ("Satellite maps suggest the river has moved half a mile east since 2010.\n\n"
            "The stock jumped 5% after the announcement, and no one expects the bridge to reopen this year.\n\n"
            "\u201cThe water is still rising,\u201d said Mayor Ellen Fairweather.")
    record = analyse(body)
    names = {s.name.lower() for s in record.sources}
    assert not {n for n in names if "map" in n or "stock" in n or n == "one" or "no one" in n}
    assert _sources_named(record, "Ellen Fairweather")


def test_issue12_hard_wrapped_quote_is_found_whole(analyse):
    body = ("Tenants packed the town hall in Millbrook on Tuesday night.\n\n"
            "Maria Gonzalez, who chairs the tenants' association, spoke first. \u201cThey\nwere never going to "
            "fix the roofs,\u201d she said of the\nlandlords.")
    record = analyse(body)
    quote, source = _speaker_of(record, "fix the roofs")
    assert quote.content.startswith("\u201cThey\nwere") or quote.content.startswith("They\nwere")
    assert source is not None and source.entity == "Maria Gonzalez"
    start, end = quote.content_span
    assert record.body[start:end] == quote.content  # offsets still index the body, line break and all


@pytest.mark.parametrize("glued", [
    "She said,\u201cWe will rebuild the bridge before the spring rains arrive.\u201d",
    "\u201cWe will rebuild the bridge before the spring rains arrive,\u201dshe said.",
    "She said\u201cWe will rebuild the bridge before the spring rains arrive.\u201dThe council agreed.",
    'She said,"We will rebuild the bridge before the spring rains arrive."',
])
def test_issue12_quotation_marks_glued_to_words_still_make_a_quote(analyse, glued):
    # scraped text often drops the space beside a quotation mark; the cue and the quote must still be seen
    body = "Mayor Dana Whitfield toured the flooded district in Millbrook on Monday.\n\n" + glued
    record = analyse(body)
    quote, source = _speaker_of(record, "rebuild the bridge")
    assert source is not None and source.entity == "Dana Whitfield", record.sources
    start, end = quote.content_span
    assert record.body[start:end] == quote.content


def test_issue12_glued_quote_infixes_split_only_at_quotation_marks():
    from newstrace.analysis.nlp import get_nlp
    tokens = [t.text for t in get_nlp().tokenizer("He said,\u201cLook\u201d. I don\u2019t know; it\u2019s 5,000.")]
    assert tokens[:5] == ["He", "said", ",", "\u201c", "Look"]
    assert "don\u2019t" not in tokens and "n\u2019t" in tokens and "5,000" in tokens


def test_issue12_unwrap_keeps_offsets_and_paragraphs():
    body = "First line ends here.\n\nA quote \u201cthat runs\nover a line\u201d and\nends."
    joined = unwrap(body)
    assert len(joined) == len(body) and "\n\n" in joined
    assert "runs over a line" in joined and "and ends" in joined


def test_issue12_aliases_of_one_group_are_one_source(analyse):
    body = ("Daesh said in a statement on Sunday that its fighters had left the town.\n\n"
            "Hours later the Islamic State claimed that it had lost no men in the fighting.")
    record = analyse(body)
    group = [s for s in record.sources if s.entity == "Islamic State"]
    assert len(group) == 1 and group[0].kind == "organization"
    assert len(group[0].mentions) >= 2


def test_issue12_a_quote_whose_speaker_is_not_known_is_shown_as_unsure(analyse):
    body = ("The harbour board met in Tallin Bay on Monday.\n\n"
            "Board chair Maria Kovac said that her new crane would arrive in March.\n\n"
            "\u201cIt was a mistake from the start,\u201d he said of the old one.\n\n"
            "The dredging is expected to finish before the summer.")
    record = analyse(body)
    known, _ = _speaker_of(record, "crane would arrive")
    unknown, _ = _speaker_of(record, "mistake from the start")
    nobody, _ = _speaker_of(record, "finish before the summer")
    assert known.speaker_resolved and known.confidence >= 0.45
    assert not unknown.speaker_resolved and unknown.confidence < 0.45  # "he" can be no one named before
    assert nobody.speaker is None and nobody.confidence < 0.45


def test_issue12_the_officials_with_none_named_before_are_an_unnamed_group(analyse):
    """"The officials said" where no official came before: unnamed people described by a role (the guide's
    anonymous source), resolved to it and shown -- not an anaphor left unresolved under the view's floor.
    A singular "the spokesman" with no one before stays unresolved (it stands for someone the page did not name)."""
    body = ("Flooding closed the northern highway on Tuesday. The officials said the road would reopen by Friday.\n\n"
            "Crews worked through the night.")
    record = analyse(body)
    quote, source = _speaker_of(record, "reopen by Friday")
    assert quote.speaker_resolved and quote.confidence >= 0.45
    assert source is not None and source.kind == "anonymous"
    lone = analyse("Flooding closed the northern highway on Tuesday. The spokesman said the road would reopen by Friday.")
    quote, _ = _speaker_of(lone, "reopen by Friday")
    assert not quote.speaker_resolved and quote.source_id is None and quote.confidence < 0.45


def test_issue12_a_role_found_again_by_its_head_keeps_a_confidence(analyse):
    """"A senior harbour official showed reporters a list. 'We know the names,' the official was quoted as
    saying": the speaker is found by its head noun after the ranked search failed; the direct quote was stored
    with confidence 0.0 (sureness left at the failed search's 0), so the UI and API hid a right quote."""
    body = ("Harbour police have tracked the smugglers for months, the Coast Ledger reported on Monday.\n\n"
            "A senior harbour official showed the newspaper a list of boats. "
            "\u201cWe know the names and they know we know,\u201d the official was quoted as saying.")
    quote, source = _speaker_of(analyse(body), "We know the names")
    assert quote.speaker_resolved and source is not None and "official" in source.name
    assert quote.confidence >= 0.45
