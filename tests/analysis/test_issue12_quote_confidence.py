"""Issue 12, honest confidence: a quote's confidence is the product of factors fitted on PolNeAR's training part
(``bench/train_quote_confidence.py``); a quote whose speaker is not known, or that reports what is supposed, stays
under the 0.45 view floor whatever the fitted factors are (the issue credits no unresolved speaker)."""

from __future__ import annotations

import dataclasses

import pytest

from newstrace.analysis.quotes.cues import Attribution
from newstrace.analysis.quotes.stage import confidence, confidence_factors

PLAIN = Attribution(kind="indirect", content=(20, 40), cue=(10, 14), cue_lemma="say", cue_class="speech",
                    speaker=(0, 9), speaker_token=0)
KINDS = [("direct", "speech"), ("according_to", "according_to"), ("indirect", "speech"), ("indirect", "other")]


def test_issue12_the_factors_are_fitted_on_training_data_and_are_probabilities():
    factors = confidence_factors()
    assert "train_quote_confidence.py" in factors["fitted"]
    assert all(0.0 < value <= 1.0 for value in factors["base"].values())
    assert 0.0 < factors["sure_pivot"] <= 1.0 and factors["weak_frame"] > 0.0


@pytest.mark.parametrize(("kind", "cue_class"), KINDS)
def test_issue12_an_unknown_speaker_or_a_supposition_stays_under_the_view_floor(kind, cue_class):
    assert confidence(dataclasses.replace(PLAIN, kind=kind, cue_class=cue_class)) >= 0.45  # a known speaker: shown
    attr = dataclasses.replace(PLAIN, kind=kind, cue_class=cue_class, statement_odds=0.99)
    for other in (dataclasses.replace(attr, speaker=None, speaker_token=None),
                  dataclasses.replace(attr, speaker_resolved=False, speaker_sureness=0.0),
                  dataclasses.replace(attr, hypothetical=True)):
        assert confidence(other) < 0.45, other


@pytest.mark.parametrize(("kind", "cue_class"), KINDS)
def test_issue12_a_weak_frame_or_a_doubtful_resolution_is_never_surer_than_the_plain_statement(kind, cue_class):
    plain = dataclasses.replace(PLAIN, kind=kind, cue_class=cue_class)
    weak = dataclasses.replace(plain, statement_odds=0.99)
    doubtful = dataclasses.replace(plain, speaker_sureness=0.3)
    assert confidence(weak) <= confidence(plain) and confidence(doubtful) < confidence(plain)
    assert confidence(plain) == confidence_factors()["base"][kind if kind != "indirect" else cue_class]


@pytest.mark.parametrize("label", ["label", "running", "colon"])
def test_issue12_a_speaker_taken_before_a_colon_is_scaled_by_its_rules_fitted_factor(label):
    factors = confidence_factors()
    assert "label" in factors["fitted"] and 0.0 < factors["label"][label] <= 1.0
    direct = dataclasses.replace(PLAIN, kind="direct")
    assert confidence(dataclasses.replace(direct, label=label)) == \
        pytest.approx(factors["base"]["direct"] * factors["label"][label])
