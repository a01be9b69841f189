"""Trained sentence classifiers of the events stage (issue 13): a multinomial logistic regression over
word and word-pair features, fitted by ``bench/train_events.py`` on ``../shared/train/events`` (ACLED
notes, IndiaPoliceEvents sentences) and shipped as weights in ``data/events_model.json``.

With ``tree_weight`` in its spec the model mixes in a gradient-boosted tree ensemble over the same features
(``event_trees``, ``data/events_trees.npz``). One model, ``acled``, gives the ACLED-style sub-event type (the CASE 2021 task 2 labels) of a sentence;
the JSON also carries the calibration fitted on a training split the model never saw
(see :func:`calibrate`). Features need no parse: the same function runs in training and in the stage,
well above 500 sentences per second on one core.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Optional

import numpy as np

from .event_trees import TreeEnsemble
from .event_trees import load as load_trees

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
DATE_LEAD = re.compile(r"^\s*(?:on|around|between|in|during)\b[^,]{0,60}?\b(?:19|20)\d\d\b[^,]{0,30},\s*", re.I)
TAGS = re.compile(r"\[[^\]]*\]")
SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")
MODEL_FILE = "events_model.json"


def normalise(text: str) -> str:
    """A note or sentence without its date lead-in ("On 9 May 2020, ...") and bracketed coder tags."""
    return TAGS.sub(" ", DATE_LEAD.sub("", text))


def stem(word: str) -> str:
    if word.isdigit():
        return "<num>"
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def features(text: str) -> list[str]:
    """Word stems and adjacent stem pairs of a sentence (lower-cased; digits folded)."""
    stems = [stem(w) for w in WORD.findall(normalise(text).lower())]
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:])]


def _array(blob: dict) -> np.ndarray:
    raw = base64.b64decode(blob["data"])
    return np.frombuffer(raw, dtype=blob["dtype"]).reshape(blob["shape"]).astype(np.float32)


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float  # the model's probability of the label
    confidence: float  # calibrated: the share of such predictions that were right on held-out training data


class LinearModel:
    """Weights (features x labels), a bias per label, and a calibration table."""

    def __init__(self, spec: dict, trees: Optional[TreeEnsemble] = None) -> None:
        self.labels: list[str] = spec["labels"]
        self.index: dict[str, int] = {f: i for i, f in enumerate(spec["features"])}
        self.weights = _array(spec["weights"])
        self.bias = np.asarray(spec["bias"], dtype=np.float32)
        self.calibration: list[list[float]] = spec.get("calibration", [])
        self.counts: dict[str, int] = dict(zip(self.labels, spec.get("counts", [])))
        self.plover: dict[str, str] = spec.get("plover", {})  # label -> the PLOVER category it implies
        self.rule_features = bool(spec.get("rule_features"))  # fitted with event_acled.rule_features
        self.masked_names = bool(spec.get("masked_names"))  # fitted on event_acled.named_masked text
        # the boosted trees over the same features (event_trees), mixed in with this weight
        self.trees, self.tree_weight = trees, float(spec.get("tree_weight", 0.0)) if trees is not None else 0.0

    def probabilities(self, text: str, extra: Sequence[str] = ()) -> np.ndarray:
        """Label probabilities of ``text``; ``extra``: features from the parse (``event_acled.rule_features``),
        read only by a model fitted with them (``rule_features`` in its spec)."""
        found = features(text) + list(extra) if self.rule_features else features(text)
        ids = sorted({self.index[f] for f in found if f in self.index})
        scores = self.bias + (self.weights[ids].sum(axis=0) if ids else 0.0)
        scores = np.exp(scores - scores.max())
        probs = scores / scores.sum()
        if self.trees is not None and self.tree_weight > 0:
            probs = (1 - self.tree_weight) * probs + self.tree_weight * self.trees.probabilities(ids)
        return probs

    def predict(self, text: str, allowed: Optional[Sequence[str]] = None, extra: Sequence[str] = ()) -> Prediction:
        probs = self.probabilities(text, extra)
        order: Any = np.argsort(-probs)
        if allowed is not None:
            order = [i for i in order if self.labels[i] in allowed] or list(order)
        best = int(order[0])
        p = float(probs[best])
        return Prediction(self.labels[best], round(p, 3), round(calibrate(p, self.calibration), 3))


def calibrate(p: float, table: Sequence[Sequence[float]]) -> float:
    """Map a model probability to the share right, by linear interpolation in ``table``
    (rows ``[probability, share right]`` sorted by probability, fitted on a held-out training split)."""
    if not table:
        return p
    if p <= table[0][0]:
        return table[0][1]
    for (x0, y0), (x1, y1) in zip(table, table[1:]):
        if p <= x1:
            return y0 + (y1 - y0) * (p - x0) / (x1 - x0) if x1 > x0 else y1
    return table[-1][1]


@functools.lru_cache(maxsize=1)
def _spec() -> dict:
    path = resources.files("newstrace.data").joinpath(MODEL_FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@functools.lru_cache(maxsize=4)
def load(name: str) -> Optional[LinearModel]:
    """The model ``name`` of ``data/events_model.json`` (None when the file has no such model)."""
    spec = _spec().get(name)
    if not spec:
        return None
    return LinearModel(spec, load_trees() if spec.get("tree_weight") else None)


def event_calibration() -> list[list[float]]:
    """The table that turns the coder's raw event score into the share of such events that were right
    (fitted by ``bench/train_events.py`` on training sentences the coder was not built from)."""
    return _spec().get("event_calibration", [])
