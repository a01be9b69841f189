"""issue 13, shown events that make sense (fifteenth round): an attack with a reason to blame after "for", "please"
before a verb, words released in "pages of", a rate ("each month") and "agrees, saying". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.events import events_stage
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record
from newstrace.settings import Settings

pytestmark = pytest.mark.slow  # real spaCy pipeline

SHOWN = Settings().events_min_confidence


def by_trigger(body: str, trigger: str):
    events = events_stage(Record(id="t", body=body, doc=get_nlp()(body))).events
    return next((e for e in events if e.trigger == trigger), None)


def assert_sign(body: str, trigger: str, sign: str, shown_as: bool) -> None:
    event = by_trigger(body, trigger)
    assert event is not None
    assert (f"sign: {sign}" in (event.hidden or "")) == (not shown_as), event
    if shown_as:
        assert event.confidence >= SHOWN and not event.hidden, event


@pytest.mark.parametrize("body, shown_as", [
    ("He has attacked the governor again and again for her close ties to the mining companies.", False),
    ("Opposition lawmakers in Lusaka attacked the ruling party for how it handled the copper inquiry.", False),
    ("The mayor of Ndola attacked the senator for not answering a single question at the debate.", False),
    ("Zambian troops attacked the rebel camp for three hours on Monday.", True),
    ("Government soldiers attacked the village in Luapula for harbouring the rebels of the border region.", True),
])
def test_issue13_an_attack_for_a_reason_to_blame_is_criticism(body, shown_as):
    """issue 13 (sign rhetoric widened): "attacked X for her ties / for how it handled / for not answering" blames,
    no ASSAULT, whoever attacks; troops attacking a camp "for three hours" and soldiers (an armed body) attacking a
    village stay shown."""
    assert_sign(body, "attacked", "rhetoric", shown_as)


@pytest.mark.parametrize("body, shown_as", [
    ("Pensioners, students and soldiers, please ask for a reduced rate at the front desk.", False),
    ("The Zambian government asked the donors for a reduced rate on Monday.", True),
])
def test_issue13_please_makes_an_instruction_to_the_reader(body, shown_as):
    """issue 13 (sign imperative widened): "please ask for" tells the reader what to do, even when the parser takes
    the people addressed for a subject; a government that asked donors stays shown."""
    assert_sign(body, "ask" if "please" in body else "asked", "imperative", shown_as)


@pytest.mark.parametrize("body, shown_as", [
    ("The Zambian Ministry of Finance released more than 900 pages of emails on Friday night.", False),
    ("The Zambian government released hundreds of prisoners on Friday night.", True),
])
def test_issue13_pages_of_emails_released_are_a_publication(body, shown_as):
    """issue 13 (sign publication widened): words released in a quantity ("pages of emails") are a publication, no
    concession; prisoners released stay shown."""
    assert_sign(body, "released", "publication", shown_as)


@pytest.mark.parametrize("body, trigger, shown_as", [
    ("The Lusaka Fly Fishers Club meets on the first Thursday of each month at the Kabulonga library.", "meets",
     False),
    ("The Zambian president visits the shrine in Livingstone every year with his ministers.", "visits", False),
    ("The Zambian president met the Malawian president in Lilongwe on Thursday.", "met", True),
])
def test_issue13_a_rate_makes_a_standing_practice(body, trigger, shown_as):
    """issue 13 (sign habitual widened): a unit of time after "every/each" ("of each month", "every year") makes a
    standing practice, no happening; a meeting on one Thursday stays shown."""
    assert_sign(body, trigger, "habitual", shown_as)


@pytest.mark.parametrize("body, shown_as", [
    ("Ann Ruiz, a Zambian scholar at the Lusaka institute, agrees, saying the talks should no longer wait.", False),
    ("Zambia and Malawi agreed to reopen the border crossing at Mchinji on Monday.", True),
])
def test_issue13_agreeing_while_saying_is_a_view(body, shown_as):
    """issue 13 (sign opinion widened): "X agrees, saying ..." holds a view, no AGREE to act; two states agreeing to
    reopen a border stay shown."""
    assert_sign(body, "agrees" if "saying" in body else "agreed", "opinion", shown_as)
