"""Fit the events stage's sentence classifier (issue 13) on ../shared/train/events and write its weights
to src/newstrace/data/events_model.json (weights and label names only: no training text).

    nice .venv/bin/python bench/train_events.py [--train ../shared/train/events] [--max-features 8000]
    nice .venv/bin/python bench/train_events.py --countries   # figure on countries held out whole, no writing
    nice .venv/bin/python bench/train_events.py --countries --countries-stage 700   # ... and the whole stage's

Model ``acled``: sentence -> ACLED-style sub-event type (the CASE 2021 task 2 label ids), a multinomial
logistic regression (L2, class-balanced, fitted with L-BFGS) over the word-stem and stem-pair features
of ``newstrace.analysis.event_model``. Data: ACLED notes with a sub-event type (date lead-in and coder
tags stripped) plus the ARREST sentences of IndiaPoliceEvents (ACLED's own arrests are few), and the legacy-schema
notes (event type only: India, Pakistan, Bangladesh, Nepal ... 2015) as partial labels at weight 0.1 (sixth round).
One fifth
of the items (by a hash of the id) is held out: it picks the regularisation, gives the figures printed
here and fits the calibration table (model probability -> share right, pooled to be monotone).
The rounds of issue 13 (each candidate with its figures, kept and dropped) are in
``bench/train_events_history.md``; a new round adds its notes there.
"""

from __future__ import annotations

import argparse
import base64
import collections
import gzip
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newstrace.analysis.event_model import features  # noqa: E402

OUT = ROOT / "src" / "newstrace" / "data" / "events_model.json"
ACTORS_OUT = ROOT / "src" / "newstrace" / "data" / "actors_phoenix.tsv.gz"
AGENTS_OUT = ROOT / "src" / "newstrace" / "data" / "actors_agents.tsv"
MAX_WORDS = 5


def held_out(item_id: str) -> bool:
    return hashlib.sha1(item_id.encode("utf-8")).digest()[0] % 5 == 0


def read(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def acled_plover(folder: Path) -> dict[str, str]:
    """ACLED label -> PLOVER category, from the training folder's mapping table."""
    rows = (line.split("\t") for line in (folder / "mapping_acled_to_case21_plover.tsv").read_text().splitlines()
            if line and not line.startswith("#"))
    return {r[1]: r[2] for r in rows if len(r) > 2 and r[1] and r[2] and r[1] != "case21_type"}


# A coder's tag opening a note names its type ("Property destruction: On 3 May ...", "Arrests: ...", "Movement of
# forces: ..."; 350 of 26,824 notes, nearly all of a strategic or rare type) or a dateline ("BOGRA: "). Notes and
# news to code have none: the tag taught the model a label, not a reading (issue 13, tenth round).
CODER_TAG = re.compile(r"^\s*(?:[A-Z][A-Za-z/-]*(?: [A-Za-z][a-z/-]*){0,3}|[A-Z]{3,}):\s+")


def untagged(text: str) -> str:
    """The note without its opening coder tag (:data:`CODER_TAG`)."""
    return CODER_TAG.sub("", text, count=1) if STRIP_TAGS else text


STRIP_TAGS = True


def acled_items(folder: Path) -> list[tuple[str, str, str]]:
    """(id, text, ACLED label) triples (notes without their coder tags)."""
    items = [(d["id"], untagged(d["text"]), d["case21_type"]) for d in read(folder / "acled_notes.jsonl.gz")
             if d.get("case21_type")]
    items += [(d["id"], d["text"], "ARREST") for d in read(folder / "india_police_events.jsonl.gz")
              if "ARREST" in d.get("labels", [])]
    return items


RULE_FEATURES = True  # seventh round: the rules' view (event_acled.rule_features) as features of the model
# The training notes' parse, cached once (never the text in the repo). Fourteenth round: the stage's whole pipeline
# (tagger, parser, lemmatiser, entities) and every token attribute kept; the cache of earlier rounds ran without the
# parser and kept no part of speech, so ``verb_lemma``'s repairs ("raped" read as "rap") were silent in training.
PARSE_CACHE = ROOT / "bench" / "out" / "events_train_parse_full"


def parse_notes(texts: list[str], cache: Path | None = PARSE_CACHE) -> list:
    """``texts`` as the events stage parses them (``nlp.get_nlp()``, no component disabled), read back through the
    cache's format (a DocBin with every attribute) whether or not the cache held them, so a refit from the cache
    and a first fit see the same docs; ``cache`` None: nothing read or written."""
    from spacy.tokens import DocBin

    from newstrace.analysis.nlp import get_nlp

    nlp = get_nlp()
    key = hashlib.sha1("\n\0".join(texts).encode("utf-8")).hexdigest()[:16]
    path = cache / f"{key}.spacy" if cache is not None else None
    if path is not None and path.is_file():
        data = path.read_bytes()
    else:
        started = time.perf_counter()
        data = DocBin(docs=nlp.pipe(texts, batch_size=128)).to_bytes()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"  parsed {len(texts)} texts for the rule features in {time.perf_counter() - started:.0f} s")
    return list(DocBin().from_bytes(data).get_docs(nlp.vocab))


def rule_docs(texts: list[str], cache: Path | None = PARSE_CACHE) -> list[list[str]]:
    """``event_acled.rule_features`` of each text, parsed as the stage parses (:func:`parse_notes`); empty lists
    when ``RULE_FEATURES`` is off."""
    if not RULE_FEATURES:
        return [[] for _ in texts]
    from newstrace.analysis.event_acled import rule_features

    return [rule_features(doc[:]) for doc in parse_notes(texts, cache)]


# Seventeenth round (issue 13): the word features read the notes with their names as placeholders
# (``event_acled.named_masked``, from the same parse; the stage does the same when the spec says ``masked_names``)
MASK_NAMES = True


def item_docs(texts: list[str], cache: Path | None = PARSE_CACHE) -> list[list[str]]:
    """The model's features of each text: word stems and pairs (names masked when ``MASK_NAMES``), plus the
    rule features."""
    if not MASK_NAMES:
        return [features(t) + extra for t, extra in zip(texts, rule_docs(texts, cache))]
    from newstrace.analysis.event_acled import named_masked, rule_features

    docs = parse_notes(texts, cache)
    return [features(named_masked(doc[:])) + (rule_features(doc[:]) if RULE_FEATURES else []) for doc in docs]


def vocabulary(docs: list[list[str]], max_features: int, min_df: int = 3) -> list[str]:
    df = collections.Counter(f for doc in docs for f in set(doc))
    # ties by name: the set order above follows Python's string hash seed, so a refit chose other features
    kept = [f for f, n in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])) if n >= min_df]
    return kept[:max_features]


def matrix(docs: list[list[str]], index: dict[str, int]) -> sparse.csr_matrix:
    rows, cols = [], []
    for r, doc in enumerate(docs):
        ids = sorted({index[f] for f in doc if f in index})
        rows += [r] * len(ids)
        cols += ids
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(docs), len(index)))


def fit(x: sparse.csr_matrix, y: np.ndarray, n_labels: int, l2: float, sample_w: np.ndarray,
        allowed: np.ndarray | None = None) -> tuple:
    """Multinomial logistic regression (L2, weighted, L-BFGS). ``allowed`` (items x labels, 0/1), when given,
    holds each item's label set: an item with several (a legacy ACLED note, whose event type covers several
    sub-event types) adds -log of the probability of its set (partial labels); one label is the usual loss."""
    n, d = x.shape
    if allowed is None:
        allowed = np.zeros((n, n_labels))
        allowed[np.arange(n), y] = 1.0
    total = sample_w.sum()

    def loss(theta: np.ndarray):
        w = theta[: d * n_labels].reshape(d, n_labels)
        b = theta[d * n_labels:]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        q = p * allowed
        inside = q.sum(axis=1)
        nll = -(sample_w * np.log(inside + 1e-12)).sum() / total
        g = (p - q / (inside[:, None] + 1e-12)) * sample_w[:, None] / total
        gw = x.T @ g + l2 * w
        return nll + 0.5 * l2 * (w * w).sum(), np.concatenate([np.asarray(gw).ravel(), g.sum(axis=0)])

    theta0 = np.zeros(d * n_labels + n_labels)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return res.x[: d * n_labels].reshape(d, n_labels), res.x[d * n_labels:]


LEGACY_TYPES = {  # a legacy ACLED event type (notes before the 2019 schema) -> the sub-event types it covers
    "riots/protests": ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "MOB_VIOL"),
    "battle-no change of territory": ("ARMED_CLASH",),
    "battle-government regains territory": ("GOV_REGAINS_TERIT",),
    "battle-non-state actors overtake territory": ("NON_STATE_ACTOR_OVERTAKES_TER",),
    "violence against civilians": ("ATTACK", "ABDUCT_DISSAP", "SEX_VIOL"),
    "remote violence": ("ART_MISS_ATTACK", "AIR_STRIKE", "SUIC_BOMB", "REM_EXPLOS", "GRENADE"),
    "strategic development": ("AGREEMENT", "ARREST", "CHANGE_TO_GROUP_ACT", "DISR_WEAP", "HQ_ESTABLISHED",
                              "PROPERTY_DISTRUCT", "NON_VIOL_TERRIT_TRANSFER", "OTHER"),
    "non-violent transfer of territory": ("NON_VIOL_TERRIT_TRANSFER",),
}
LEGACY_WEIGHT = 0.1  # sixth round (issue 13): held-out countries up, dev figures equal


def legacy_items(folder: Path, fold: int | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, text, label set) of the legacy-schema ACLED notes (event type only; Asia 2015: India, Pakistan,
    Nepal, ...), the sub-event types their event type covers; with ``fold``, none of the countries that fold holds
    out (:func:`country_held_out`: 9,016 of the 9,267 legacy notes are fold 2's India, Pakistan, Bangladesh ...)."""
    return [(d["id"], untagged(d["text"]), LEGACY_TYPES[d["acled_event_type"].lower()])
            for d in read(folder / "acled_notes.jsonl.gz")
            if d.get("legacy_schema") and (d.get("acled_event_type") or "").lower() in LEGACY_TYPES
            and (fold is None or not country_held_out(d.get("country") or "", fold))]


LEGACY_VOCAB = True


def legacy_docs(legacy: list) -> list[list[str]]:
    """The legacy notes' features, for the vocabulary when ``LEGACY_VOCAB``."""
    return item_docs([t for _, t, _ in legacy]) if LEGACY_VOCAB else []


# Sixteenth round (issue 13): the rules' and roles' features read the same in every country, words and names do not;
# fitted at this scale (their L2 penalty divided by its square), the model leans on them where a country's words are
# new to it. Chosen on the country-held-out folds (1 / 1.5 / 2 / 3: mean 0.733 / 0.735 / 0.737 / 0.738) with CASE tune
# (0.798 / 0.791 / 0.787 / -): 1.5 the largest at which every dev check half holds (train_events_history.md)
GENERAL_PREFIXES = ("rule=", "rule1=", "sector=", "agent=", "patient=")
GENERAL_SCALE = 1.5


def column_scale(index: dict[str, int]) -> np.ndarray:
    """The fitting scale of each feature: GENERAL_SCALE for the rule and role features, 1 for words."""
    scale = np.ones(len(index))
    scale[[i for f, i in index.items() if f.startswith(GENERAL_PREFIXES)]] = GENERAL_SCALE
    return scale


# Twenty-third round (issue 13): each training note's country as a feature of the fit only (one column per
# country, at COUNTRY_SCALE), never in the shipped vocabulary, so a country's own mix of event types is held by its
# column and not by its place words ("upazila", "county"); a note of a country never seen reads none of them
COUNTRY_FEATURES = False
COUNTRY_SCALE = 1.0
COUNTRY_COPIES = 0  # a country with at least this many training notes gets its own copy of every feature
COPY_SCALE = 1.0


def item_countries(folder: Path, ids: list[str]) -> list[str]:
    """The country of each ACLED note id ("" for another source's items: the IndiaPoliceEvents arrests)."""
    countries = {d["id"]: d.get("country") or "" for d in read(folder / "acled_notes.jsonl.gz")}
    return [countries.get(i, "") for i in ids]


def with_countries(x: sparse.csr_matrix, groups: list[str], names: list[str],
                   copies: list[str] | None = None) -> sparse.csr_matrix:
    """``x`` with one 0/1 column per name of ``names`` (the item's country; "" reads none), then for each country of
    ``copies`` a copy of every column of ``x`` that only that country's rows fill (Daume's feature augmentation)."""
    where = {n: k for k, n in enumerate(names)}
    rows = [r for r, g in enumerate(groups) if g in where]
    extra = sparse.csr_matrix((np.ones(len(rows)), (rows, [where[groups[r]] for r in rows])),
                              shape=(x.shape[0], len(names)))
    blocks = [x, extra] + [sparse.diags(np.array([g == c for g in groups], dtype=float)) @ x for c in copies or []]
    return sparse.hstack(blocks).tocsr()


def fit_with_legacy(x: sparse.csr_matrix, y: np.ndarray, labels: list[str], l2: float, sample_w: np.ndarray,
                    legacy: list, index: dict[str, int], weight: float, groups: list[str] | None = None,
                    legacy_groups: list[str] | None = None) -> tuple:
    """``fit`` on the labelled items plus, at ``weight`` times the mean item weight, the legacy notes with their
    label sets (partial labels); the columns at :func:`column_scale`, the weights returned for 0/1 features.
    ``groups`` (with ``COUNTRY_FEATURES``): each item's and legacy note's country, a column of the fit only (and,
    with ``COUNTRY_COPIES``, a country's own copy of every feature)."""
    scale = column_scale(index)
    d, country_names, copies = x.shape[1], [], []
    use_legacy = bool(weight and legacy)
    if COUNTRY_FEATURES and groups is not None:
        every = groups + (list(legacy_groups or []) if use_legacy else [])
        country_names = sorted({g for g in every if g})
        sizes = collections.Counter(groups)
        copies = sorted(g for g, n in sizes.items() if g and COUNTRY_COPIES and n >= COUNTRY_COPIES)
        scale = np.concatenate([scale, np.full(len(country_names), COUNTRY_SCALE)]
                               + [scale[:d] * COPY_SCALE for _ in copies])
        x = with_countries(x, groups, country_names, copies)
    if not use_legacy:
        w, b = fit((x @ sparse.diags(scale)).tocsr(), y, len(labels), l2, sample_w)
        return (w * scale[:, None])[:d], b
    allowed = np.zeros((x.shape[0] + len(legacy), len(labels)))
    allowed[np.arange(x.shape[0]), y] = 1.0
    for r, (_, _, names) in enumerate(legacy):
        allowed[x.shape[0] + r, [labels.index(n) for n in names if n in labels]] = 1.0
    x_legacy = matrix(item_docs([t for _, t, _ in legacy]), index)
    if x.shape[1] > d:
        x_legacy = with_countries(x_legacy, list(legacy_groups or []), country_names, copies)
    x_all = sparse.vstack([x, x_legacy]).tocsr()
    w_all = np.concatenate([sample_w, np.full(len(legacy), weight * sample_w.mean())])
    w, b = fit((x_all @ sparse.diags(scale)).tocsr(), np.concatenate([y, np.zeros(len(legacy), dtype=int)]),
               len(labels), l2, w_all, allowed)
    return (w * scale[:, None])[:d], b


def predict(x: sparse.csr_matrix, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    z = x @ w + b
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def macro_f1(gold: np.ndarray, pred: np.ndarray, n_labels: int) -> float:
    scores = []
    for c in range(n_labels):
        tp = np.sum((pred == c) & (gold == c))
        fp, fn = np.sum((pred == c) & (gold != c)), np.sum((pred != c) & (gold == c))
        if tp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def calibration_table(conf: np.ndarray, right: np.ndarray, bins: int = 10) -> list[list[float]]:
    """Equal-count bins of the model probability -> share right, pooled to be non-decreasing."""
    order = np.argsort(conf)
    points = []
    for chunk in np.array_split(order, bins):
        if len(chunk):
            points.append([float(conf[chunk].mean()), float(right[chunk].mean()), len(chunk)])
    merged: list[list[float]] = []
    for x, y, n in points:  # pool adjacent violators
        merged.append([x * n, y * n, n])
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            x2, y2, n2 = merged.pop()
            merged[-1] = [merged[-1][0] + x2, merged[-1][1] + y2, merged[-1][2] + n2]
    return [[round(x / n, 4), round(y / n, 4)] for x, y, n in merged]


def reliability(conf: np.ndarray, right: np.ndarray, title: str) -> None:
    print(f"\n### reliability, {title}\n\n| score | items | mean score | share right |\n|---|---|---|---|")
    edges = [0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    for lo, hi in zip(edges, edges[1:]):
        inside = (conf >= lo) & (conf < hi)
        if inside.any():
            print(f"| [{lo:.1f}, {min(hi, 1.0):.1f}) | {int(inside.sum())} | {conf[inside].mean():.3f} | "
                  f"{right[inside].mean():.3f} |")


def encode(array: np.ndarray) -> dict:
    half = array.astype(np.float16)
    return {"dtype": "float16", "shape": list(half.shape), "data": base64.b64encode(half.tobytes()).decode()}


TREES_OUT = ROOT / "src" / "newstrace" / "data" / "events_trees.npz"
TREE_PARAMS = {"objective": "multiclass", "num_leaves": 31, "learning_rate": 0.05, "min_data_in_leaf": 10,
               "feature_fraction": 0.5, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
               "max_bin": 2, "num_threads": 1, "verbose": -1, "seed": 13}
TREE_ROUNDS = 300
TREE_WEIGHT = 0.0
TREES_CACHE = Path("")  # --trees-cache DIR: keep the countries run's trees there (stage-side sweeps reuse them)


def fit_trees(x: sparse.csr_matrix, y: np.ndarray, n_labels: int, sample_w: np.ndarray) -> dict:
    """Gradient-boosted trees (LightGBM, the ``[train]`` extra) over the binary features, exported as the
    flat arrays ``newstrace.analysis.event_trees`` walks in NumPy."""
    import lightgbm as lgb

    started = time.perf_counter()
    data = lgb.Dataset(x.astype(np.float32), y, weight=sample_w)
    booster = lgb.train({**TREE_PARAMS, "num_class": n_labels}, data, num_boost_round=TREE_ROUNDS)
    feature, threshold, left, right, value, roots = [], [], [], [], [], []
    depth = 0

    def add(node: dict, level: int) -> int:
        nonlocal depth
        me = len(feature)
        feature.append(-1), threshold.append(0.0), left.append(me), right.append(me), value.append(0.0)
        if "leaf_value" in node or "split_feature" not in node:
            value[me] = float(node.get("leaf_value", 0.0))
            depth = max(depth, level)
            return me
        assert node.get("decision_type", "<=") == "<=", node.get("decision_type")
        feature[me], threshold[me] = int(node["split_feature"]), float(node["threshold"])
        left[me] = add(node["left_child"], level + 1)
        right[me] = add(node["right_child"], level + 1)
        return me

    info = booster.dump_model()["tree_info"]
    for tree in info:
        roots.append(add(tree["tree_structure"], 0))
    print(f"  trees: {len(info)} ({len(feature)} nodes, depth {depth}) in {time.perf_counter() - started:.0f} s")
    arrays = {"feature": np.array(feature, dtype=np.int16 if x.shape[1] < 32000 else np.int32),
            "threshold": np.array(threshold, dtype=np.float32), "left": np.array(left, dtype=np.int32),
            "right": np.array(right, dtype=np.int32), "value": np.array(value, dtype=np.float32),
            "roots": np.array(roots, dtype=np.int32), "cls": np.arange(len(info), dtype=np.int32) % n_labels,
            "n_classes": np.array(n_labels), "n_features": np.array(x.shape[1]), "depth": np.array(depth)}
    from newstrace.analysis.event_trees import TreeEnsemble

    ensemble, sample = TreeEnsemble(arrays), x[:300]
    walked = np.array([ensemble.scores(list(sample.indices[sample.indptr[r]:sample.indptr[r + 1]]))
                       for r in range(sample.shape[0])])
    gap = float(np.abs(walked - booster.predict(sample.astype(np.float32), raw_score=True)).max())
    assert gap < 1e-3, f"the NumPy walk differs from LightGBM by {gap}"
    return arrays


def mixed(x: sparse.csr_matrix, w: np.ndarray, b: np.ndarray, trees, tree_weight: float) -> np.ndarray:
    """The shipped model's probabilities: the linear model's, mixed with the trees' (event_trees)."""
    p = predict(x, w, b)
    if trees is None or not tree_weight:
        return p
    t = np.array([trees.probabilities(list(x.indices[x.indptr[r]:x.indptr[r + 1]])) for r in range(x.shape[0])])
    return (1 - tree_weight) * p + tree_weight * t


def train_acled(folder: Path, max_features: int, l2_grid: list[float], balance: float = 0.5,
                tree_weight: float = 0.0) -> tuple[dict, dict | None]:
    items = acled_items(folder)
    docs = item_docs([text for _, text, _ in items])
    labels = sorted({label for _, _, label in items})
    y = np.array([labels.index(label) for _, _, label in items])
    test = np.array([held_out(i) for i, _, _ in items])
    legacy = legacy_items(folder) if LEGACY_WEIGHT else []
    vocab = vocabulary([d for d, t in zip(docs, test) if not t] + legacy_docs(legacy), max_features)
    index = {f: i for i, f in enumerate(vocab)}
    x = matrix(docs, index)
    counts = np.bincount(y[~test], minlength=len(labels)).astype(float)
    class_w = (counts.sum() / (len(labels) * np.maximum(counts, 1))) ** balance
    groups = item_countries(folder, [i for i, _, _ in items])
    legacy_groups = item_countries(folder, [i for i, _, _ in legacy])
    print(f"acled: {len(items)} items ({int(test.sum())} held out), {len(legacy)} legacy notes at weight "
          f"{LEGACY_WEIGHT:g}, {len(labels)} labels, {len(vocab)} features")
    best = None
    for l2 in l2_grid:
        started = time.perf_counter()
        w, b = fit_with_legacy(x[~test], y[~test], labels, l2, class_w[y[~test]], legacy, index, LEGACY_WEIGHT,
                               [g for g, t in zip(groups, test) if not t], legacy_groups)
        p = predict(x[test], w, b)
        pred = p.argmax(axis=1)
        acc, mf1 = float((pred == y[test]).mean()), macro_f1(y[test], pred, len(labels))
        print(f"  l2={l2:g}: held-out accuracy {acc:.3f}, macro F1 {mf1:.3f} ({time.perf_counter() - started:.0f} s)")
        if best is None or mf1 > best[0]:
            best = (mf1, l2, w, b, p)
    _, l2, w, b, p = best
    arrays = None
    if tree_weight:
        from newstrace.analysis.event_trees import TreeEnsemble

        arrays = fit_trees(x[~test], y[~test], len(labels), class_w[y[~test]])
        p = mixed(x[test], w, b, TreeEnsemble(arrays), tree_weight)
        pred = p.argmax(axis=1)
        print(f"  with trees (weight {tree_weight:g}): held-out accuracy {float((pred == y[test]).mean()):.3f}, "
              f"macro F1 {macro_f1(y[test], pred, len(labels)):.3f}")
    conf, right = p.max(axis=1), (p.argmax(axis=1) == y[test]).astype(float)
    reliability(conf, right, f"acled model (l2={l2:g}, trees {tree_weight:g}) on the held-out fifth of the training data")
    return {"rule_features": RULE_FEATURES, "masked_names": MASK_NAMES, "tree_weight": tree_weight, "labels": labels, "counts": [int(c) for c in counts], "plover": acled_plover(folder), "features": vocab, "weights": encode(w), "bias": [round(float(v), 4) for v in b],
            "calibration": calibration_table(conf, right), "l2": l2}, arrays


def country_held_out(item_country: str, fold: int = 0) -> bool:
    """One country in four (by a hash of its name) is held out whole: notes of a country the model never saw,
    as the maintainers' unseen-country set (the IndiaPoliceEvents arrests always train). Fold 0 (the figures of
    every round) is 86 % Kenya; folds 1-3 hold out Ukraine and Mexico, Bangladesh, Burkina Faso (with the rest)."""
    return bool(item_country) and hashlib.sha1(item_country.encode("utf-8")).digest()[0] % 4 == fold


def countries_figure(folder: Path, max_features: int, l2: float, balance: float, stage_notes: int = 0,
                     tree_weights: tuple[float, ...] = (0.0,)) -> None:
    """Fit on the notes of three countries in four and print accuracy / macro F1 on the held-out countries'
    notes; with ``stage_notes``, also the whole events stage's accuracy (type of the first coded sentence) on
    that many of those notes, the model fitted without them (writes nothing)."""
    countries = {d["id"]: d.get("country") or "" for d in read(folder / "acled_notes.jsonl.gz")}
    items = acled_items(folder)
    docs = item_docs([text for _, text, _ in items])
    labels = sorted({label for _, _, label in items})
    y = np.array([labels.index(label) for _, _, label in items])
    test = np.array([country_held_out(countries.get(i, "")) for i, _, _ in items])
    legacy = legacy_items(folder, fold=0) if LEGACY_WEIGHT else []  # a held-out country's legacy notes are out too
    vocab = vocabulary([d for d, t in zip(docs, test) if not t] + legacy_docs(legacy), max_features)
    index = {f: i for i, f in enumerate(vocab)}
    x = matrix(docs, index)
    counts = np.bincount(y[~test], minlength=len(labels)).astype(float)
    class_w = (counts.sum() / (len(labels) * np.maximum(counts, 1))) ** balance
    w, b = fit_with_legacy(x[~test], y[~test], labels, l2, class_w[y[~test]], legacy, index, LEGACY_WEIGHT)
    trees = None
    if any(tree_weights):
        from newstrace.analysis.event_trees import TreeEnsemble, from_bytes, to_bytes

        cache = TREES_CACHE / f"countries-{hashlib.sha1(repr(TREE_PARAMS).encode()).hexdigest()[:8]}.npz"
        if TREES_CACHE.name and cache.is_file():
            trees = from_bytes(cache.read_bytes())
        else:
            arrays = fit_trees(x[~test], y[~test], len(labels), class_w[y[~test]])
            trees = TreeEnsemble(arrays)
            if TREES_CACHE.name:
                cache.write_bytes(to_bytes(arrays))
    held = sorted({countries.get(i, "") for (i, _, _), t in zip(items, test) if t})
    notes = [k for k in np.flatnonzero(test) if items[k][0].startswith("acled-")]
    chosen = [items[notes[i]] for i in np.random.default_rng(13).permutation(len(notes))[:stage_notes]]
    for tree_weight in tree_weights:
        pred = mixed(x[test], w, b, trees, tree_weight).argmax(axis=1)
        print(f"trees {tree_weight:g}: countries held out ({len(held)}: {', '.join(held[:6])}, ...; "
              f"{int(test.sum())} notes): accuracy {float((pred == y[test]).mean()):.3f}, "
              f"macro F1 {macro_f1(y[test], pred, len(labels)):.3f}")
        if stage_notes:
            spec = {"labels": labels, "counts": [int(c) for c in np.bincount(y, minlength=len(labels))],
                    "plover": acled_plover(folder), "features": vocab, "weights": encode(w), "bias": b.tolist(),
                    "tree_weight": tree_weight, "rule_features": RULE_FEATURES, "masked_names": MASK_NAMES}
            print(f"  events stage on {len(chosen)} notes of the held-out countries (first coded sentence): "
                  f"accuracy {stage_accuracy(spec, chosen, trees):.3f}")


def stage_accuracy(spec: dict, chosen: list[tuple[str, str, str]], trees=None) -> float:
    """Share of notes whose first coded sentence (event or incident) has the note's ACLED type, the
    events stage running with the model ``spec``."""
    from newstrace.analysis import event_typer as typer
    from newstrace.analysis import events as ev
    from newstrace.analysis.event_model import LinearModel
    from newstrace.analysis.nlp import get_nlp
    from newstrace.record import Record

    model, original = LinearModel(spec, trees), typer.load_model
    typer.load_model = lambda name: model  # type: ignore[assignment]
    right = 0
    try:
        for (_, text, gold), doc in zip(chosen, get_nlp().pipe([t for _, t, _ in chosen], batch_size=64)):
            record = ev.events_stage(Record(id="c", body=text, doc=doc))
            coded = [(e.span[0], e.acled_type) for e in record.events if e.acled_type]
            coded += [(i.span[0], i.acled_type) for i in record.incidents]
            right += bool(coded) and min(coded)[1] == gold
    finally:
        typer.load_model = original
    return right / max(len(chosen), 1)


def calibrate_events(folder: Path, per_source: int) -> tuple[list[list[float]], list]:
    """Fit raw event score -> share right on held-out training items: ACLED notes (PROTEST, ASSAULT,
    COERCE, AGREE) and the police-action sentences of IndiaPoliceEvents (ARREST -> COERCE, KILL/FORCE ->
    ASSAULT). An event is right when its type is the item's PLOVER type; an item coded with no event
    counts nowhere (the table says how far a shown event can be trusted)."""
    from newstrace.analysis import events as ev
    from newstrace.analysis.event_model import normalise
    from newstrace.analysis.nlp import get_nlp
    from newstrace.record import Record

    acled = [(d["id"], normalise(d["text"]).strip(), d["plover16"]) for d in read(folder / "acled_notes.jsonl.gz")
             if d.get("plover16") and held_out(d["id"])]
    ipe = [(d["id"], d["text"], "COERCE" if "ARREST" in d["labels"] else "ASSAULT")
           for d in read(folder / "india_police_events.jsonl.gz")
           if held_out(d["id"]) and {"ARREST", "KILL", "FORCE"} & set(d.get("labels", []))]
    rng = np.random.default_rng(13)
    items = [acled[i] for i in rng.permutation(len(acled))[:per_source]] + ipe[:per_source]
    nlp = get_nlp()
    original, ev.event_calibration = ev.event_calibration, lambda: []  # raw scores
    scores, right = [], []
    try:
        for (_, text, gold), doc in zip(items, nlp.pipe([t for _, t, _ in items], batch_size=64)):
            record = ev.events_stage(Record(id="c", body=text, doc=doc))
            for event in record.events:
                scores.append(event.confidence)
                right.append(float(event.type == gold))
    finally:
        ev.event_calibration = original
    conf, ok = np.array(scores), np.array(right)
    reliability(conf, ok, f"raw event score on {len(items)} held-out training items ({len(conf)} events)")
    return calibration_table(conf, ok, bins=8), [len(items), len(conf)]


def speed(spec_path: Path) -> None:
    from newstrace.analysis import event_model

    event_model.load.cache_clear()
    event_model._spec.cache_clear()
    event_model.load_trees.cache_clear()
    model = event_model.load("acled")
    sentences = ["Police arrested twelve protesters outside the parliament building on Tuesday."] * 2000
    started = time.perf_counter()
    for s in sentences:
        model.predict(s)
    print(f"\nacled model: {len(sentences) / (time.perf_counter() - started):.0f} sentences/s (one core)")


def build_actor_tables(folder: Path) -> None:
    """The Phoenix actor dictionaries (petrarch2, MIT) as the compact tables the stage reads:
    ``actors_phoenix.tsv.gz`` (name, country/IGO code, sector, valid from, valid to) and
    ``actors_agents.tsv`` (role word -> sector). Names of more than five words are left out."""
    import csv
    import io

    rows = set()
    with gzip.open(folder / "actors" / "actors.tsv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = (row.get("pattern") or "").strip().lower()
            country = (row.get("country") or "").strip()  # rows without one ("KOFI ANNAN [ELI]") are skipped
            start, end = row.get("valid_from") or "", row.get("valid_to") or ""
            if not name or len(country) != 3 or len(name.split()) > MAX_WORDS or not all(
                    len(d) in (0, 10) for d in (start, end)):
                continue
            sectors = (row.get("sectors") or "").split()
            sector = country if country in ("IGO", "NGO", "IMG") else (sectors[0] if sectors else "")
            rows.add((name, country, sector, start, end))
    buf = io.StringIO()
    buf.write("# Phoenix actor dictionaries (openeventdata/petrarch2 @ 676801cd, MIT licence, Parus Analytics /\n"
              "# OEDA), converted by bench/train_events.py: name, code, sector, valid_from, valid_to.\n")
    buf.write("name\tcode\tsector\tvalid_from\tvalid_to\n")
    for row in sorted(rows):
        buf.write("\t".join(row) + "\n")
    ACTORS_OUT.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))
    agents = {}
    with open(folder / "actors" / "agents.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            sectors = (row.get("sectors") or "").split()
            for word in (row.get("pattern"), row.get("plural")):
                word = (word or "").strip().lower()
                if word and sectors and len(word.split()) <= 3:
                    agents.setdefault(word, sectors[0])
    lines = ["# Role words -> sector from the Phoenix agents dictionary (petrarch2, MIT), by bench/train_events.py",
             "word\tsector"] + [f"{w}\t{s}" for w, s in sorted(agents.items())]
    AGENTS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"actors: {len(rows)} dictionary rows -> {ACTORS_OUT.name} ({ACTORS_OUT.stat().st_size // 1024} KB), "
          f"{len(agents)} role words -> {AGENTS_OUT.name}")


CAMEO_OUT = ROOT / "src" / "newstrace" / "data" / "events_cameo.tsv"
PATTERN_WEIGHT = 0.7  # a verb with its CAMEO object ("rush aid") is more specific


def cameo_plover(code: str, roots: dict[str, str]) -> str | None:
    """PLOVER category of a CAMEO code (root level, with the mapping table's two exceptions)."""
    if code.startswith("057"):
        return "AGREE"
    if code.startswith("087"):
        return "RETREAT"
    return roots.get(code[:2]) or None


def build_cameo_lexicon(folder: Path) -> None:
    """The CAMEO verb dictionary (petrarch2, MIT) as extra lexicon rows for the verbal categories: each
    "verb + single object word" pattern -> its PLOVER category. Written to ``events_cameo.tsv`` (words and
    codes only). Bare verbs of a coded block (weight 0.45) were tried too: PLOVER check half +0.013 but
    the pentaclass check half -0.026 (plain statements coded as events), so only the patterns are kept
    (PLOVER type check 0.784 -> 0.797, pentaclass check 0.693 -> 0.687)."""
    import re

    roots = {r.split("\t")[0]: r.split("\t")[2] for r in (folder / "mapping_cameo_root_to_plover.tsv")
             .read_text().splitlines()[1:] if r.count("\t") >= 2}
    rows: dict[str, tuple[str, str, float]] = {}
    statements: set[str] = set()
    verbs: list[str] = []
    text = gzip.open(folder / "verbs" / "CAMEO.2.0.txt.gz", "rt", encoding="utf-8", errors="replace").read()
    for line in text.split("####### VERB PATTERNS #######", 1)[-1].splitlines():
        line, _, comment = line.partition("#")
        line, found_under = line.rstrip(), comment.split()[0].lower() if comment.split() else ""
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]+)\]", line)
        if head:
            verbs = []
            continue
        verb = re.match(r"^([A-Z][A-Z_]*)\s*(?:\{[^}]*\})?\s*(?:\[([0-9]+)\])?\s*$", line)
        if verb and "_" not in verb.group(1):
            verbs.append(verb.group(1).lower())  # bare verbs are not written: measured worse (see docstring)
            continue
        pattern = re.match(r"^-\s+\*\s+([A-Z]+)\s+\[([0-9]+)\]\s*$", line)
        if pattern and verbs:
            plover = cameo_plover(pattern.group(2), roots)
            for v in ([found_under] if found_under in verbs else verbs):
                if plover:
                    rows.setdefault(f"{v}_{pattern.group(1).lower()}", ("V", plover, PATTERN_WEIGHT))
            if pattern.group(2).startswith("01"):  # root 01, a plain statement, for the block's every verb
                statements.update(f"{v}_{pattern.group(1).lower()}" for v in verbs)  # "declined to comment"
    for key in statements - rows.keys():
        rows[key] = ("V", "-", PATTERN_WEIGHT)  # no event (issue 13): "declined to comment" is no REJECT
    lines = ["# CAMEO verb dictionary (openeventdata/petrarch2 @ 676801cd, MIT) as lexicon rows, by",
             "# bench/train_events.py: verb (or verb_object) -> PLOVER via the CAMEO root code. Lower weights than",
             "# events_plover.tsv, which wins for a lemma it has.", "lemma\tpos\ttype\tmode\tweight"]
    lines += [f"{k}\t{p}\t{t}\t-\t{w}" for k, (p, t, w) in sorted(rows.items())]
    CAMEO_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"cameo: {len(rows)} lexicon rows -> {CAMEO_OUT.name}")


def main(argv: list[str]) -> int:
    global TREES_CACHE, LEGACY_WEIGHT, LEGACY_VOCAB, RULE_FEATURES, COUNTRY_FEATURES, COUNTRY_SCALE, COUNTRY_COPIES
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "train" / "events")
    ap.add_argument("--max-features", type=int, default=8000)
    ap.add_argument("--l2", type=float, nargs="*", default=[1e-4],
                    help="L2 grid (the best macro F1 on the random fifth is kept)")
    ap.add_argument("--balance", type=float, default=0.5, help="class weight = (n / (k * n_class)) ** balance")
    ap.add_argument("--out", type=Path, default=OUT, help="where the weights go")
    ap.add_argument("--actors-only", action="store_true", help="only rebuild the actor and lexicon tables")
    ap.add_argument("--calibration-only", action="store_true", help="keep the fitted model, refit the calibration")
    ap.add_argument("--calibration-items", type=int, default=1500, help="held-out items per source")
    ap.add_argument("--model-only", action="store_true",
                    help="refit the ACLED model, keep the shipped event calibration (the shown events' confidences)")
    ap.add_argument("--countries", action="store_true",
                    help="only print the model's figure on whole countries held out of training (writes nothing)")
    ap.add_argument("--countries-stage", type=int, default=0, metavar="N",
                    help="with --countries: also the whole stage's accuracy on N held-out-country notes (700)")
    ap.add_argument("--legacy-weight", type=float, default=LEGACY_WEIGHT,
                    help="weight of the legacy-schema notes (event type only) as partial labels (0: left out)")
    ap.add_argument("--legacy-vocab", action=argparse.BooleanOptionalAction, default=LEGACY_VOCAB,
                    help="the legacy notes' words count for the vocabulary")
    ap.add_argument("--tree-weight", type=float, default=TREE_WEIGHT,
                    help="weight of the boosted trees in the shipped model (0: linear model alone, no LightGBM)")
    ap.add_argument("--tree-weights", type=float, nargs="*", help="with --countries: figures for each weight")
    ap.add_argument("--trees-cache", type=Path, help="with --countries: keep / reuse the fitted trees in this folder")
    ap.add_argument("--rule-features", action=argparse.BooleanOptionalAction, default=RULE_FEATURES,
                    help="the rules' view of each note (event_acled.rule_features) as model features")
    ap.add_argument("--country-features", action=argparse.BooleanOptionalAction, default=COUNTRY_FEATURES,
                    help="each training note's country as a column of the fit only (never shipped)")
    ap.add_argument("--country-scale", type=float, default=COUNTRY_SCALE, help="the fitting scale of those columns")
    ap.add_argument("--country-copies", type=int, default=COUNTRY_COPIES, metavar="N",
                    help="with --country-features: a country of N notes or more gets its own copy of every feature")
    args = ap.parse_args(argv)
    RULE_FEATURES = args.rule_features
    COUNTRY_FEATURES, COUNTRY_SCALE, COUNTRY_COPIES = args.country_features, args.country_scale, args.country_copies
    TREES_CACHE = args.trees_cache or TREES_CACHE
    LEGACY_WEIGHT, LEGACY_VOCAB = args.legacy_weight, args.legacy_vocab
    if not args.train.is_dir():
        print(f"{args.train} not found: nothing to train")
        return 0
    if args.countries:
        countries_figure(args.train, args.max_features, args.l2[0], args.balance, args.countries_stage,
                         tuple(args.tree_weights or [args.tree_weight]))
        return 0
    build_actor_tables(args.train)
    build_cameo_lexicon(args.train)
    if args.actors_only:
        return 0
    if args.calibration_only:
        spec = json.loads(args.out.read_text(encoding="utf-8"))
    else:
        acled, arrays = train_acled(args.train, args.max_features, args.l2, args.balance, args.tree_weight)
        spec = {"acled": acled}
        if arrays is not None:
            from newstrace.analysis.event_trees import to_bytes

            TREES_OUT.write_bytes(to_bytes(arrays))
            print(f"wrote {TREES_OUT} ({TREES_OUT.stat().st_size // 1024} KB)")
    if args.model_only:
        shipped = json.loads(args.out.read_text(encoding="utf-8"))
        spec["event_calibration"], spec["event_calibration_items"] = (shipped["event_calibration"],
                                                                      shipped["event_calibration_items"])
    else:
        spec["event_calibration"], spec["event_calibration_items"] = calibrate_events(args.train,
                                                                                      args.calibration_items)
    print(f"event calibration (raw score -> share right): {spec['event_calibration']}")
    args.out.write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    speed(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
