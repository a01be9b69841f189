"""Issue 12: "they" stands for a body only when that body spoke before or was the subject of a sentence -- a body
named in passing (a camera brand, a book, a project, a school) is no antecedent of the people who speak next ("they
said"); the quote keeps no source rather than a wrong one. Articles written for these tests (names invented)."""

from __future__ import annotations

import pytest

from .attribution_support import source_of


@pytest.mark.slow
@pytest.mark.parametrize("body, needle, body_name", [
    ("Hundreds of fans queued outside the hall on Saturday to buy prints made with Kestrel cameras. Many of the "
     "visitors had travelled for hours. \u201cIt was worth the wait,\u201d they said.", "worth the wait", "Kestrel"),
    ("The two engineers spent a year on the Harbour Line Project before the vote. In the end, they said the tunnel "
     "would cost twice the first estimate.", "tunnel would cost", "Harbour Line Project"),
    ("Parents met teachers at Greyfield Academy on Monday evening. After the meeting, they said the new timetable "
     "left too little time for lunch.", "new timetable", "Greyfield Academy"),
])
def test_issue12_they_is_not_a_body_named_in_passing(analyse, body, needle, body_name):
    record = analyse(body)
    source = source_of(record, needle)
    assert source is None or body_name not in source.name, record.sources
    assert not any(body_name in s.name and s.kind != "person" for s in record.sources), record.sources


@pytest.mark.slow
@pytest.mark.parametrize("body, needle", [
    ("Brantwell Foods said on Monday it would close its plant in Dorley. \u201cWe regret this decision,\u201d they "
     "said.", "regret this decision"),
    ("Brantwell Foods will close its plant in Dorley in May. They said the decision was final.", "decision was final"),
])
def test_issue12_they_is_a_body_that_spoke_or_led_a_sentence(analyse, body, needle):
    source = source_of(analyse(body), needle)
    assert source is not None and source.name == "Brantwell Foods", source
