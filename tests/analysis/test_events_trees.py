"""issue 13: the boosted-tree half of the ACLED model is walked in NumPy, with no training library."""

from __future__ import annotations

import numpy as np

from newstrace.analysis.event_model import LinearModel, _spec
from newstrace.analysis.event_trees import TreeEnsemble, from_bytes, load, to_bytes


def tiny() -> dict[str, np.ndarray]:
    """Two classes, two trees. Tree 0 (class 0): feature 1 present -> +2, else feature 0 present -> +1,
    else -1. Tree 1 (class 1): a lone leaf of 0.5."""
    #            0 root   1 leaf  2 split 3 leaf 4 leaf 5 lone leaf
    feature = [1, -1, 0, -1, -1, -1]
    left = [2, 1, 3, 3, 4, 5]
    right = [1, 1, 4, 3, 4, 5]
    value = [0.0, 2.0, 0.0, -1.0, 1.0, 0.5]
    return {"feature": np.array(feature, dtype=np.int16), "threshold": np.full(6, 1e-35, dtype=np.float32),
            "left": np.array(left, dtype=np.int32), "right": np.array(right, dtype=np.int32),
            "value": np.array(value, dtype=np.float32), "roots": np.array([0, 5], dtype=np.int32),
            "cls": np.array([0, 1], dtype=np.int32), "n_classes": np.array(2), "n_features": np.array(3),
            "depth": np.array(2)}


def test_issue13_trees_are_walked_to_the_right_leaf():
    trees = TreeEnsemble(tiny())
    assert trees.scores([]).tolist() == [-1.0, 0.5]
    assert trees.scores([0]).tolist() == [1.0, 0.5]
    assert trees.scores([1]).tolist() == [2.0, 0.5]
    assert trees.scores([0, 1, 2]).tolist() == [2.0, 0.5]
    p = trees.probabilities([1])
    assert abs(p.sum() - 1) < 1e-9 and p[0] > p[1]


def test_issue13_trees_survive_the_npz_round_trip():
    again = from_bytes(to_bytes(tiny()))
    assert again.scores([0]).tolist() == [1.0, 0.5]


def test_issue13_tree_weight_mixes_the_two_models():
    """A linear model with no evidence says 50/50; mixed half and half with trees sure of class 0."""
    spec = {"labels": ["A", "B"], "features": ["x", "y", "z"], "bias": [0.0, 0.0], "tree_weight": 0.5,
            "weights": {"dtype": "float16", "shape": [3, 2], "data": "AAAAAAAAAAAAAAAA"}}
    linear = LinearModel({**spec, "tree_weight": 0.0})
    both = LinearModel(spec, TreeEnsemble(tiny()))
    assert abs(linear.probabilities("nothing here")[0] - 0.5) < 1e-6
    trees_only = TreeEnsemble(tiny()).probabilities([])[0]
    assert abs(both.probabilities("nothing here")[0] - (0.25 + 0.5 * trees_only)) < 1e-6


def test_issue13_shipped_trees_match_the_shipped_model():
    """The shipped ensemble reads the linear model's features and gives one score per label."""
    spec = _spec().get("acled", {})
    trees = load()
    if not spec.get("tree_weight"):
        assert spec, "no acled model shipped"
        return
    assert trees is not None
    assert trees.n_classes == len(spec["labels"]) and trees.n_features == len(spec["features"])
    assert abs(trees.probabilities([0, 5, 9]).sum() - 1) < 1e-6
