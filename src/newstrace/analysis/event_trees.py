"""A gradient-boosted tree ensemble walked in NumPy (issue 13): the ``acled`` model's second half.

``bench/train_events.py`` fits the ensemble with LightGBM (a training-only dependency, the ``[train]``
extra) on the same binary word-stem features as the linear model and exports every tree as flat arrays
(``data/events_trees.npz``): per node the feature it tests, its threshold, its two children, and per leaf
its value. At run time only NumPy is needed: all trees are walked at once, one level per step, so a
sentence costs a few dozen vector operations whatever the number of trees.
"""

from __future__ import annotations

import functools
import io
from importlib import resources
from typing import Optional

import numpy as np

TREES_FILE = "events_trees.npz"


class TreeEnsemble:
    """Multiclass boosted trees: tree ``t`` adds to the score of class ``cls[t]``.

    Nodes of all trees share flat arrays; a leaf is a node whose ``feature`` is -1 (its children point
    at itself, so walking on from a leaf stays there). A node sends a sentence to ``left`` when the value
    of its feature (1 present, 0 absent) is <= its threshold, else to ``right``."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self.feature = arrays["feature"].astype(np.int64)
        self.threshold = arrays["threshold"].astype(np.float32)
        self.left = arrays["left"].astype(np.int64)
        self.right = arrays["right"].astype(np.int64)
        self.value = arrays["value"].astype(np.float64)
        self.roots = arrays["roots"].astype(np.int64)
        self.cls = arrays["cls"].astype(np.int64)
        self.n_classes = int(arrays["n_classes"])
        self.n_features = int(arrays["n_features"])
        self.depth = int(arrays["depth"])
        self._test = np.where(self.feature >= 0, self.feature, self.n_features)  # leaves read a constant 0

    def scores(self, ids: list[int]) -> np.ndarray:
        """Raw class scores (summed leaf values) for a sentence whose present features are ``ids``."""
        x = np.zeros(self.n_features + 1, dtype=np.float32)
        x[ids] = 1.0
        node = self.roots.copy()
        active = np.arange(len(node))  # trees not yet at a leaf: most are shallow, so this shrinks fast
        for _ in range(self.depth):
            at = node[active]
            active = active[self.feature[at] >= 0]
            if not len(active):
                break
            at = node[active]
            node[active] = np.where(x[self._test[at]] <= self.threshold[at], self.left[at], self.right[at])
        return np.bincount(self.cls, weights=self.value[node], minlength=self.n_classes)

    def probabilities(self, ids: list[int]) -> np.ndarray:
        z = self.scores(ids)
        p = np.exp(z - z.max())
        return p / p.sum()


def to_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)  # type: ignore[arg-type]
    return buf.getvalue()


def from_bytes(raw: bytes) -> TreeEnsemble:
    with np.load(io.BytesIO(raw)) as npz:
        return TreeEnsemble({k: npz[k] for k in npz.files})


@functools.lru_cache(maxsize=1)
def load() -> Optional[TreeEnsemble]:
    """The shipped ensemble (None when the package has none)."""
    path = resources.files("newstrace.data").joinpath(TREES_FILE)
    return from_bytes(path.read_bytes()) if path.is_file() else None
