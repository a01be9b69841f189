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
(``--threshold``) is chosen on the tune halves of both dev sets (bench/attribution.py, bench/quotes.py).
Usage: ``nice -n 10 .venv/bin/python bench/train_quote_objects.py [--threshold T]`` (skips when the data is absent).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "train" / "quotes" / "polnear_train.jsonl.gz"
OUT = ROOT / "src" / "newstrace" / "data" / "quote_objects.json"


def examples(limit: int | None = None) -> list[tuple[list[str], int]]:
    """(features, label) of every weak-frame attribution found on the training articles."""
    from newstrace.analysis.quotes.driver import find_attributions
    from newstrace.analysis.quotes.objects import features, frame_of
    from newstrace.pipeline import Pipeline, resolve_stages
    from newstrace.record import Page, Record

    stages = [s.load() for s in resolve_stages(["sources"]) if s.name != "sources"]
    Pipeline(["sources"]).warm_up()
    rows: list[tuple[list[str], int]] = []
    with gzip.open(TRAIN, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            article = json.loads(line)
            record = Record(id=article["id"], url=None, page=Page(id=article["id"], content=article["text"], kind="body"))
            for stage in stages:
                record = stage(record)
            if record.doc is None:
                continue
            start = record.dateline.span if record.dateline is not None else 0
            found = find_attributions(record.doc, start, weigh_objects=False)
            labels = _matched([a.fragments or (a.content,) for a in found],
                              [tuple(q["content_span"]) for q in article["quotes"] if q.get("content_span")])
            for attr, label in zip(found, labels):
                frame = frame_of(record.doc, attr)
                if frame is not None:
                    rows.append((features(record.doc, attr, frame), label))
    return rows


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


def fit(rows: list[tuple[list[str], int]], min_count: int, l2: float, steps: int = 3000) -> tuple[dict, float]:
    counts = Counter(f for feats, _ in rows for f in feats)
    vocab = {f: i for i, (f, c) in enumerate(counts.most_common()) if c >= min_count}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for i, (feats, _) in enumerate(rows):
        for f in feats:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    y = np.array([label for _, label in rows], dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + l2 * np.r_[w[:-1], 0.0]) / len(y)
    p = 1.0 / (1.0 + np.exp(-x @ w))
    print(f"[train] {len(rows)} weak-frame attributions, {y.mean():.3f} of them PolNeAR's; {len(vocab)} features; "
          f"training accuracy {((p > 0.5) == y).mean():.3f}")
    return {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-4}, round(float(w[-1]), 4)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.35)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--limit", type=int, default=None, help="first N training articles only")
    args = parser.parse_args(argv)
    if not TRAIN.exists():
        print(f"[train] {TRAIN} absent: nothing to fit")
        return 0
    rows = examples(args.limit)
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
