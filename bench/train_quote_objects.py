"""Fit ``src/newstrace/data/quote_objects.json``: which weak-frame attributions report a statement (issue 12).

Training data: PolNeAR's train part (``../shared/train/quotes/polnear_train.jsonl.gz``, 837 articles, disjoint
from every eval set; read its README). Each article goes through the project's own parse and
``find_attributions`` with the model switched off; every attribution in a weak frame
(``analysis/quotes/objects.py``: a verb's object or predicative, an infinitive, a reduced relative, a noun
after a preposition, ``accused X of Y``) is one example, labelled 1 when it matches a PolNeAR attribution
(content overlap >= 50 % of the longer span, one to one, PolNeAR's scorer's rule) and 0 otherwise. The
model is an L2 logistic regression over the features of ``objects.features`` seen at least ``--min-count``
times, fitted by gradient descent (numpy only). The file holds feature names and weights, no training text.

PolNeAR annotates more than the attribution guide does (``X announced the plan`` is an attribution there):
the model keeps what PolNeAR's annotators took and drops what they did not take either. The threshold
(``--threshold``) was chosen on the tune halves of both dev sets (bench/attribution.py, bench/quotes.py).
``--cv`` measures it on PolNeAR train alone (5 folds by article, each fold's weak frames weighed by a model
fitted on the other four; F1 of all attributions, one to one, >= 50 % of the longer span, no trimming, so
below the scorer's figure): F1 .6256 / .6260 / .6259 / .6249 / .6231 / .6219 / .6188 / .6115 at thresholds
0.20 / 0.25 / 0.30 / 0.35 / 0.40 / 0.45 / 0.50 / 0.60 (2026-12-05). PolNeAR's own best is 0.25; 0.35 costs it
0.001 and stays, because the attribution set's guide takes far fewer weak frames than PolNeAR does (on PolNeAR
train 86 % of our dobj-frame attributions overlap a gold one; on the attribution tune half 9 of 31 weak-frame
attributions do): 0.25 moved attribution check quote F1 .837 -> .831, and no threshold helps both sets.
Higher thresholds measured again (2026-12-05, tune / check): attribution quote F1 at 0.5 .902 / .840, at 0.65
.930 / .851, at 0.8 .931 / .859 (source F1 check .887 -> .872 / .883 / .863), but PolNeAR dev all-attribution
detection falls .696 / .748 -> .685 / .736 at 0.5 and .666 / .721 at 0.65 (speech e2e .775 / .807 -> .760 / .793),
past its gate and its held-out floor. On PolNeAR train a weak frame is worth dropping for PolNeAR only when under
~1/3 of its kind is gold (half the F1); the kept ones are ~70 % gold there, so the guide's reading is served by the
quote confidence (``bench/attribution.py``'s ``VIEW_FLOOR`` row) rather than by the threshold.
Tried 2026-12-06, not kept: two features aligned with the attribution guide -- what the speaker mention is (pronoun,
a name's entity type, a source noun's kind, or a noun naming no source: "forecasts", "the video") and whether the
content holds a verb (a proposition) -- moved the 5-fold F1 .6283 -> .6285 at 0.35 (after the "hoping" -> hope lemma
repair, which alone moved .6249 -> .6283); refitting, with or without them, moved the dev figures down (attribution
check quote F1 .837 -> .831, PolNeAR dev all .731 -> .730), so the shipped weights stay.
Usage: ``nice -n 10 .venv/bin/python bench/train_quote_objects.py [--threshold T] [--cv] [--rows FILE]`` (skips
when the data is absent; ``--rows`` keeps the examples in a file outside the repository, so a refit after ``--cv``
does not parse the 837 articles again).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "train" / "quotes" / "polnear_train.jsonl.gz"
OUT = ROOT / "src" / "newstrace" / "data" / "quote_objects.json"


def examples(limit: int | None = None, articles: list[list[int]] | None = None) -> list[tuple[list[str], int]]:
    """(features, label) of every weak-frame attribution found on the training articles. ``articles``, when
    given, gets one ``[matched, unmatched, gold, weak-frame rows...]`` entry per article: the counts of the
    attributions in no weak frame (never weighed), the gold count, and the index in the returned rows of each
    weak-frame attribution that is no act of ``data/quote_acts.tsv`` (acts go whatever the model says)."""
    from newstrace.analysis.quotes.objects import features, frame_of, names_an_act

    rows: list[tuple[list[str], int]] = []
    for _n, article, doc, found, _gold, labels in training_attributions(limit):
        entry = [0, 0, len(article["quotes"])]
        for attr, label in zip(found, labels):
            frame = frame_of(doc, attr)
            if frame is not None:
                if not names_an_act(doc, attr):
                    entry.append(len(rows))
                rows.append((features(doc, attr, frame), label))
            else:
                entry[1 - label] += 1
        if articles is not None:
            articles.append(entry)
    return rows


def training_attributions(limit: int | None):
    """``(n, article, doc, found, gold, labels)`` for each PolNeAR training article the parse reads: the
    attributions the rules find (unweighed), the gold content spans and whether each found one matches."""
    from common import staged_training_articles
    from newstrace.analysis.quotes.driver import find_attributions
    from newstrace.pipeline import Pipeline, resolve_stages

    stages = [s.load() for s in resolve_stages(["sources"]) if s.name != "sources"]
    Pipeline(["sources"]).warm_up()
    for n, article, record in staged_training_articles(TRAIN, stages, limit):
        if record.doc is None:
            continue
        start = record.dateline.span if record.dateline is not None else 0
        found = find_attributions(record.doc, start, weigh_objects=False)
        gold = [tuple(q["content_span"]) for q in article["quotes"] if q.get("content_span")]
        yield n, article, record.doc, found, gold, _matched([a.fragments or (a.content,) for a in found], gold)


def _matched(pred: list[tuple], gold: list[tuple]) -> list[int]:
    """1 for each predicted attribution (its fragments) that matches a gold one: overlap >= 50 % of the longer."""
    used: set[int] = set()
    labels = []
    for pieces in pred:
        hit = 0
        for a, b in pieces:
            for i, (ga, gb) in enumerate(gold):
                overlap = min(b, gb) - max(a, ga)
                if i not in used and overlap > 0 and overlap >= 0.5 * max(b - a, gb - ga):
                    used.add(i)
                    hit = 1
                    break
            if hit:
                break
        labels.append(hit)
    return labels


def _design(rows: list[tuple[list[str], int]], vocab: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for i, (feats, _) in enumerate(rows):
        for f in feats:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    return x


def _descend(x: np.ndarray, y: np.ndarray, l2: float, steps: int) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + l2 * np.r_[w[:-1], 0.0]) / len(y)
    return w


def fit(rows: list[tuple[list[str], int]], min_count: int, l2: float, steps: int = 3000) -> tuple[dict, float]:
    counts = Counter(f for feats, _ in rows for f in feats)
    vocab = {f: i for i, (f, c) in enumerate(counts.most_common()) if c >= min_count}
    x = _design(rows, vocab)
    y = np.array([label for _, label in rows], dtype=float)
    w = _descend(x, y, l2, steps)
    p = 1.0 / (1.0 + np.exp(-x @ w))
    print(f"[train] {len(rows)} weak-frame attributions, {y.mean():.3f} of them PolNeAR's; {len(vocab)} features; "
          f"training accuracy {((p > 0.5) == y).mean():.3f}")
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-4}, round(float(w[-1]), 4)


THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def cross_validate(rows: list[tuple[list[str], int]], articles: list[list[int]], min_count: int, l2: float,
                   folds: int = 5) -> dict[float, float]:
    """Detection F1 of all the attributions on PolNeAR train (one to one, >= 50 % of the longer span) when the
    weak frames are kept at each threshold by a model fitted on the other folds (folds by article)."""
    kept = np.zeros((len(THRESHOLDS), 2))  # matched, unmatched
    gold = sum(a[2] for a in articles)
    for a in articles:
        kept[:, 0] += a[0]
        kept[:, 1] += a[1]
    for k in range(folds):
        held = [i for n, a in enumerate(articles) if n % folds == k for i in a[3:]]
        held_set = set(held)
        train = [r for i, r in enumerate(rows) if i not in held_set]
        counts = Counter(f for feats, _ in train for f in feats)
        vocab = {f: i for i, (f, c) in enumerate(counts.most_common()) if c >= min_count}
        w = _descend(_design(train, vocab), np.array([label for _, label in train], dtype=float), l2, 3000)
        p = 1.0 / (1.0 + np.exp(-_design([rows[i] for i in held], vocab) @ w))
        labels = np.array([rows[i][1] for i in held])
        for t, threshold in enumerate(THRESHOLDS):
            kept[t, 0] += labels[p >= threshold].sum()
            kept[t, 1] += (1 - labels[p >= threshold]).sum()
    out = {}
    for t, threshold in enumerate(THRESHOLDS):
        precision, recall = kept[t, 0] / kept[t].sum(), kept[t, 0] / gold
        out[threshold] = 2 * precision * recall / (precision + recall)
        print(f"[cv] threshold {threshold:.2f}: P {precision:.4f} R {recall:.4f} F1 {out[threshold]:.4f}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.35)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--limit", type=int, default=None, help="first N training articles only")
    parser.add_argument("--cv", action="store_true",
                        help="print the 5-fold cross-validated PolNeAR F1 of every attribution by threshold; write nothing")
    parser.add_argument("--rows", default=None,
                        help="a file OUTSIDE the repository keeping the examples (features and labels) between runs: "
                             "read when it exists, written otherwise")
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"[train] {TRAIN} absent: nothing to fit")
        return 0
    articles: list[list[int]] = []
    cache = Path(args.rows) if args.rows else None
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text(encoding="utf-8"))
        rows, articles = [(feats, label) for feats, label in saved["rows"]], saved["articles"]
    else:
        rows = examples(args.limit, articles)
        if cache is not None:
            cache.write_text(json.dumps({"rows": rows, "articles": articles}), encoding="utf-8")
    if args.cv:
        cross_validate(rows, articles, args.min_count, args.l2)
        return 0
    weights, bias = fit(rows, args.min_count, args.l2)
    model = {"about": "weak-frame attributions that report a statement; bench/train_quote_objects.py on "
                      "PolNeAR train (Newell, Margolin, Ruths, LREC 2018); feature weights only",
             "threshold": args.threshold, "min_count": args.min_count, "l2": args.l2, "examples": len(rows),
             "bias": bias, "weights": dict(sorted(weights.items()))}
    OUT.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"[train] wrote {OUT} (threshold {args.threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
