"""issue 13 (second session): how the trained ACLED model and the rules share the sub-event type, and the
guard against sports metaphors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis import events
from newstrace.analysis.event_model import Prediction
from newstrace.analysis.events import events_stage
from newstrace.analysis.nlp import get_nlp
from newstrace.record import Record

pytestmark = pytest.mark.slow  # real spaCy pipeline


def coded(body: str) -> Record:
    return events_stage(Record(id="t", body=body, doc=get_nlp()(body)))


class StubModel:
    """A stand-in for the ACLED model that is always ``probability`` sure of ``label``."""

    def __init__(self, label: str, probability: float) -> None:
        self.label, self.probability = label, probability
        self.counts = {"VIOL_DEMONSTR": 1500, "PEACE_PROTEST": 4000, "ATTACK": 2000}
        self.plover = {"VIOL_DEMONSTR": "PROTEST", "PEACE_PROTEST": "PROTEST", "ATTACK": "ASSAULT"}

    def predict(self, text, allowed=None):
        return Prediction(self.label, self.probability, self.probability)


@pytest.mark.parametrize("probability, expected", [(0.95, "VIOL_DEMONSTR"), (0.8, "ORG_CRIME")])
def test_issue13_only_a_very_sure_model_overrides_a_type_acled_lacks(monkeypatch, probability, expected):
    """issue 13: the rules alone know ORG_CRIME ("gang"); the model, trained on ACLED notes, replaces such a
    rule type only when it is at least ACLED_MODEL_OVER_RULE_ONLY sure of a type it has many notes of."""
    monkeypatch.setattr(events, "load_model", lambda name: StubModel("VIOL_DEMONSTR", probability))
    types = [e.acled_type for e in coded("A gang of rioters stoned police cars in Nakuru on Monday.").events]
    assert types == [expected]
