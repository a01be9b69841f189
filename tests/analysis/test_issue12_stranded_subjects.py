"""Issue 12, a speaker the parse hangs on the phrase before it: ``Alarmed by the protests in Ohio, Senator Mark
Dunning, the majority leader, said …`` is read with the name as a conjunct or an apposition of "Ohio" and the
speech verb with no subject, so the quote had no speaker. The noun phrase between the comma that opens its clause
and the comma before the verb is the speaker (articles written for these tests; the same shape on PolNeAR's
training articles: 'Alarmed by the unrest in Nevada, Senator …, the minority leader, said', 'In a statement to the
Observer, her senior policy adviser, …, said:')."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

BODY = ("Alarmed by the protests in Ohio, Senator Mark Dunning, the majority leader, said that he spoke with the "
        "governor on Monday.\n\n"
        "Speaking to reporters in Denver, Governor Paul Hale, a Republican, said the state would appeal.\n\n"
        "Angered by the delays at the port, Mayor Ellen Ward, a Democrat, said the city would sue the contractor.\n\n"
        "In a statement to the Courier, the company's spokesman, Dan Kirby, said: \u201cWe regret the error.\u201d")


def _quote(quotes, needle):
    found = [q for q in quotes if needle in q.content]
    assert len(found) == 1, quotes
    return found[0]


def test_issue12_a_name_the_parse_hung_on_the_phrase_before_speaks(quotes_of):
    quotes = quotes_of(BODY)
    dunning = _quote(quotes, "spoke with the governor")
    assert dunning.speaker == "Senator Mark Dunning, the majority leader" and dunning.speaker_resolved
    hale = _quote(quotes, "state would appeal")
    assert hale.speaker == "Governor Paul Hale, a Republican" and hale.speaker_resolved
    assert min(dunning.confidence, hale.confidence) >= 0.45  # a known speaker: over the view floor


def test_issue12_stranded_speakers_are_sources_of_their_own(analyse):
    record = analyse(BODY)
    names = {s.entity for q in record.quotes for s in record.sources if s.id == q.source_id}
    assert {"Mark Dunning", "Paul Hale", "Ellen Ward", "Dan Kirby"} <= names, names


def test_issue12_a_place_or_a_passive_cue_gets_no_stranded_speaker(quotes_of):
    body = ("Sen. Ray Miller, facing a tough challenge in Iowa, a swing state, said he would welcome the governor.\n\n"
            "Ironically, the country's recently elected president, Marco Diaz, has been called the \u201cTrump of the "
            "South\u201d for his remarks.")
    quotes = quotes_of(body)
    assert not any(q.speaker in ("a swing state", "Iowa") for q in quotes), quotes
    called = [q for q in quotes if "Trump of the" in q.content]
    assert all(q.speaker is None or "Diaz" not in q.speaker for q in called), called  # spoken of, not speaking
