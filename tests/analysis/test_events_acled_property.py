"""issue 13, twelfth round of the ACLED rules: property destruction and looting by an armed group, told apart from its
attacks on people; bodies found; armed targets (militiamen, rangers); thirteenth round: deployments."""

from __future__ import annotations

import pytest

from newstrace.analysis.event_acled import classify, sentence_keys
from newstrace.analysis.nlp import get_nlp

pytestmark = pytest.mark.slow  # real spaCy pipeline


def rule_label(body: str) -> str | None:
    match = classify(sentence_keys(get_nlp()(body)))
    return match.label if match else None


@pytest.mark.parametrize("body", [
    "Militants attacked and burned a school in the town of Boro overnight.",
    "Gunmen looted shops and seized two motorbikes in Kela market.",
    "Armed men stormed the health centre of Tanu and stole its medicines.",
])
def test_issue13_an_armed_group_burning_or_looting_with_nobody_hurt_destroys_property(body):
    """Training notes where an attack word meets burning, looting or seizing and no one is killed, hurt, abducted
    or fought (and no protest): PROPERTY_DISTRUCT 197 of 313, eleven countries; the ATTACK row took them all."""
    assert rule_label(body) == "PROPERTY_DISTRUCT"


@pytest.mark.parametrize("body", [
    "Militants attacked the town of Boro, killed two men and burned a school.",
    "Gunmen attacked a police post in Boro and seized weapons.",
    "Raiders attacked villagers in Tanu and burned their huts.",
    "Protesters burned tyres and looted shops in the centre of Kela.",
])
def test_issue13_burning_beside_harm_to_people_or_armed_forces_stays_violence(body):
    assert rule_label(body) != "PROPERTY_DISTRUCT"


@pytest.mark.parametrize("body", [
    "The body of a young man was found near the bridge in Tanu on Monday.",
    "Human remains were discovered in two bags beside the road to Kela.",
])
def test_issue13_a_body_found_is_an_attack(body):
    """Training notes where a body, a corpse or human remains were found: ATTACK 87 of 111, eight countries; the
    ATTACK row's "body be find" needed the words side by side."""
    assert rule_label(body) == "ATTACK"


def test_issue13_something_else_found_is_no_attack():
    assert rule_label("The head of the school was found to have forged his degree.") != "ATTACK"


@pytest.mark.parametrize("body", [
    "Militants shot dead two militiamen of a village self-defence group near Tanu.",
    "Two unknown men shot a park ranger near the border post of Kela.",
])
def test_issue13_militiamen_and_rangers_are_armed_targets(monkeypatch, body):
    """The agents dictionary's militiamen are UAF (unaffiliated armed forces): armed, like park rangers (COP); an
    attack on them is ACLED's ARMED_CLASH, not one-sided violence against unarmed people."""
    from newstrace.analysis import event_typer as typer
    from newstrace.analysis import events as ev
    from newstrace.record import Record

    from .test_events_acled import UnsureAttackModel

    monkeypatch.setattr(typer, "load_model", lambda name: UnsureAttackModel())
    record = ev.events_stage(Record(id="t", body=body, doc=get_nlp()(body)))
    assert [e.acled_type for e in record.events] == ["ARMED_CLASH"]


@pytest.mark.parametrize("body", [
    "Army troops were deployed to the border town of Kela on Tuesday.",
    "The rebels sent reinforcements of fighters and trucks to the front near Tanu.",
])
def test_issue13_troops_deployed_or_reinforced_change_group_activity(body):
    """Thirteenth round: a deployment or reinforcement is ACLED's change to group activity (held-out-country folds:
    +10 -0 notes in three countries); no rule typed these sentences."""
    assert rule_label(body) == "CHANGE_TO_GROUP_ACT"


def test_issue13_a_deployment_after_a_killing_stays_the_attack():
    assert rule_label("Troops were deployed to Tanu after gunmen killed two villagers.") == "ATTACK"
