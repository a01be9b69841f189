"""Static word vectors distilled from all-MiniLM-L6-v2 for the events model (issue 13, twenty-first round of
train_events_history.md): the embedding model's knowledge at the cost of a table look-up.

Each word the training notes use (``event_model.WORD``, at least ``MIN_COUNT`` times; the name placeholders of
``event_acled.named_masked`` as "person", "place", "group") is passed ALONE through the hash-pinned MiniLM
(``newstrace.link.embed``, the optional package), once; the vectors are reduced by PCA to ``--dims`` and each
row weighted by SIF (a / (a + p(word))). A sentence is the unit-length sum of its words' rows
(:class:`StaticHead`); a multinomial logistic head on it is mixed into the bag-of-words model's
log-probabilities (log p_bow + mix log p_head) where the bag-of-words model is below ``gate`` sure, or (``--joint``)
the sentence vector is fitted as dense columns of the word model itself, or (``--clusters``) each word's k-means
cluster of the table is a feature of the word model. At run time only NumPy and the table
(float16; 11,704 words x 128: 2.8 MB) would be needed, ~30 microseconds a sentence. Measured, not shipped: the
stage's fold mean stays below 0.75 (train_events_history.md, twenty-first round).

    nice -n 10 .venv/bin/python bench/train_events_static.py --vectors       # MiniLM on each word (~3 CPU min)
    nice -n 10 .venv/bin/python bench/train_events_static.py --folds         # model alone on the four folds
    nice -n 10 .venv/bin/python bench/train_events_static.py --stage 0 1 2 3 --mix 0.5 --gate 0.8
    nice -n 10 .venv/bin/python bench/train_events_static.py --joint 0 1 2 3 --joint-stage   # refit jointly
    nice -n 10 .venv/bin/python bench/train_events_static.py --clusters 0 1 2 3 --k 256      # word clusters

Folds as ``events_countries.py`` (its ``--prepare`` fold models in bench/out): each fold's head is fitted on the
other countries' notes, and reads only words seen ``MIN_COUNT`` times in those notes (a new country's own words
would not be in a shipped table either). Nothing of the training text enters the repo: the word vectors and
the masked notes are cached outside it.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import io
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import train_events as te  # noqa: E402
from newstrace.analysis.event_model import WORD, normalise  # noqa: E402

MIN_COUNT = 2
PLACEHOLDERS = {"xperson": "person", "xplace": "place", "xgroup": "group"}
SIF_A = 1e-3
CACHE = Path("/tmp/newstrace_events_static")


class StaticHead:
    """Word vectors distilled from all-MiniLM-L6-v2 (each word passed alone through it, reduced by PCA, weighted by
    SIF; ``bench/train_events_static.py``) and a linear head on a sentence's vector, the unit-length sum of its
    words' rows (times ``SCALE``): the embedding model's view of a sentence at the cost of a table look-up. Its
    log-probabilities are added, times ``mix``, to the bag-of-words model's where that is below ``gate`` sure."""

    SCALE = 20.0  # unit-length sentence vectors times this: features of about unit size for the head's L2

    def __init__(self, words: Sequence[str], rows: np.ndarray, weights: np.ndarray, bias: np.ndarray,
                 mix: float = 0.0, gate: float = 1.01) -> None:
        self.index: dict[str, int] = {w: i for i, w in enumerate(words)}
        self.rows = np.asarray(rows, dtype=np.float32)  # float16 in the table file
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)
        self.mix, self.gate = mix, gate

    def vector(self, text: str) -> np.ndarray:
        ids = [self.index[w] for w in WORD.findall(normalise(text).lower()) if w in self.index]
        v = self.rows[ids].sum(axis=0) if ids else np.zeros(self.rows.shape[1], np.float32)
        norm = float(np.linalg.norm(v))
        return v * (self.SCALE / norm) if norm > 0 else v

    def mix_into(self, probs: np.ndarray, text: str) -> np.ndarray:
        """``probs`` (the bag-of-words model's) times the head's probabilities ** mix, renormalised; unchanged where
        the bag-of-words model is ``gate`` sure."""
        if self.mix <= 0 or probs.max() >= self.gate:
            return probs
        z = self.vector(text) @ self.weights + self.bias
        z = np.log(probs + 1e-12) + self.mix * (z - z.max() - np.log(np.exp(z - z.max()).sum()))
        z = np.exp(z - z.max())
        return z / z.sum()

    def mixed(self, mix: float, gate: float) -> StaticHead:
        return StaticHead(list(self.index), self.rows, self.weights, self.bias, mix, gate)

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        np.savez_compressed(out, words=np.array(list(self.index)), rows=self.rows.astype(np.float16))
        return out.getvalue()


def static_model(spec: dict, static: StaticHead):
    """A fold's word model (``event_model.LinearModel``) with ``static`` mixed into its probabilities, for the
    events stage (``events_countries.run``); not wired into the package (nothing shipped)."""
    from newstrace.analysis.event_model import LinearModel

    class Mixed(LinearModel):
        def probabilities(self, text: str, extra: Sequence[str] = ()) -> np.ndarray:
            return static.mix_into(super().probabilities(text, extra), text)

    return Mixed(spec)


def words_of(text: str) -> list[str]:
    return [w for w in WORD.findall(normalise(text).lower()) if not w.isdigit()]


def word_counts(texts: list[str]) -> collections.Counter:
    return collections.Counter(w for t in texts for w in words_of(t))


def word_vectors(words: list[str], cache: Path) -> np.ndarray:
    """MiniLM on each word alone (mean pooled, unit length), cached by word outside the repo."""
    from newstrace.link import embed

    path = cache / "words.npz"
    have: dict[str, np.ndarray] = {}
    if path.is_file():
        z = np.load(path)
        have = dict(zip(z["words"].tolist(), z["vectors"]))
    todo = [w for w in words if w not in have]
    if todo:
        started = time.process_time()
        rows = embed.embed([PLACEHOLDERS.get(w, w) for w in todo])
        have.update(zip(todo, rows))
        print(f"  {len(todo)} words through MiniLM, {time.process_time() - started:.0f} CPU s", flush=True)
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(path, words=np.array(list(have)), vectors=np.vstack(list(have.values())).astype(np.float32))
    return np.vstack([have[w] for w in words])


def table(words: list[str], vectors: np.ndarray, counts: collections.Counter, dims: int) -> np.ndarray:
    """PCA to ``dims`` (centred on the frequency-weighted mean), each row times its SIF weight, float16."""
    freq = np.array([counts.get(w, 0) + 1.0 for w in words])
    p = freq / freq.sum()
    centre = (p[:, None] * vectors).sum(axis=0)
    x = vectors - centre
    _, _, vt = np.linalg.svd(x * np.sqrt(p)[:, None], full_matrices=False)
    reduced = x @ vt[:dims].T
    reduced /= np.sqrt((p[:, None] * reduced ** 2).sum(axis=0))  # unit variance per dimension over running text
    return (reduced * (SIF_A / (SIF_A + p))[:, None]).astype(np.float16)


def sentence_matrix(texts: list[str], head: StaticHead) -> np.ndarray:
    return np.vstack([head.vector(t) for t in texts])


def fit_head(x: np.ndarray, y: np.ndarray, n_labels: int, l2: float) -> tuple[np.ndarray, np.ndarray]:
    counts = np.bincount(y, minlength=n_labels).astype(float)
    class_w = (counts.sum() / (n_labels * np.maximum(counts, 1))) ** 0.5
    return te.fit(x, y, n_labels, l2, class_w[y])


def fold_dir(fold: int) -> Path:
    return ROOT / "bench" / "out" / ("events_countries" if fold == 0 else f"events_countries_fold{fold}")


class Data:
    """The training items, their masked texts (the parse cache of train_events), labels and countries."""

    def __init__(self, folder: Path) -> None:
        from newstrace.analysis.event_acled import named_masked

        self.items = te.acled_items(folder)
        self.labels = sorted({label for _, _, label in self.items})
        self.y = np.array([self.labels.index(label) for _, _, label in self.items])
        countries = {d["id"]: d.get("country") or "" for d in te.read(folder / "acled_notes.jsonl.gz")}
        self.country = [countries.get(i, "") for i, _, _ in self.items]
        memo = CACHE / "masked.json"  # the masked texts, outside the repo (the parse takes minutes to read back)
        key = hashlib.sha1("\n\0".join(t for _, t, _ in self.items).encode("utf-8")).hexdigest()
        cached = json.loads(memo.read_text(encoding="utf-8")) if memo.is_file() else {}
        if cached.get("key") != key:
            docs = te.parse_notes([t for _, t, _ in self.items])
            cached = {"key": key, "masked": [named_masked(doc[:]) for doc in docs]}
            memo.parent.mkdir(parents=True, exist_ok=True)
            memo.write_text(json.dumps(cached), encoding="utf-8")
        self.masked: list[str] = cached["masked"]
        self.docs: list[list[str]] | None = None  # the word model's features, when a joint fit needs them

    def held(self, fold: int) -> np.ndarray:
        return np.array([te.country_held_out(c, fold) for c in self.country])


def build_head(data: Data, vocab: list[str], vectors: np.ndarray, train: np.ndarray, dims: int,
               l2: float) -> StaticHead:
    """The table over the words seen MIN_COUNT times in the ``train`` notes (and the placeholders), the head
    fitted on those notes."""
    counts = word_counts([t for t, k in zip(data.masked, train) if k])
    keep = [i for i, w in enumerate(vocab) if counts.get(w, 0) >= MIN_COUNT or w in PLACEHOLDERS]
    words = [vocab[i] for i in keep]
    rows = table(words, vectors[keep], counts, dims)
    head = StaticHead(words, rows, np.zeros((dims, len(data.labels))), np.zeros(len(data.labels)))
    x = sentence_matrix([t for t, k in zip(data.masked, train) if k], head)
    w, b = fit_head(x, data.y[train], len(data.labels), l2)
    return StaticHead(words, rows, w, b)


def fold_figures(data: Data, vocab: list[str], vectors: np.ndarray, dims: int, l2: float, mixes: list[float],
                 gates: list[float]) -> None:
    """Model alone on every held-out note of each fold: bag of words, head alone, mixed at each (mix, gate)."""
    from newstrace.analysis.event_model import LinearModel

    docs = te.item_docs([t for _, t, _ in data.items])
    means: dict[tuple, list[float]] = collections.defaultdict(list)
    for fold in range(4):
        spec = json.loads((fold_dir(fold) / "model.json").read_text(encoding="utf-8"))
        held = data.held(fold)
        head = build_head(data, vocab, vectors, ~held, dims, l2)
        bow_model = LinearModel(spec)
        index = bow_model.index
        test = np.flatnonzero(held)
        logits = te.matrix([docs[k] for k in test], index) @ bow_model.weights + bow_model.bias
        bow = logits - logits.max(1, keepdims=True)
        bow -= np.log(np.exp(bow).sum(1, keepdims=True))
        emb = sentence_matrix([data.masked[k] for k in test], head) @ head.weights + head.bias
        emb -= emb.max(1, keepdims=True)
        emb -= np.log(np.exp(emb).sum(1, keepdims=True))
        gold = data.y[test]
        sure = np.exp(bow.max(1))
        out = [f"fold {fold} ({len(test)} notes, {len(head.index)} words): bow {np.mean(bow.argmax(1) == gold):.3f}",
               f"head {np.mean(emb.argmax(1) == gold):.3f}"]
        for mix in mixes:
            for gate in gates:
                pred = np.where(sure >= gate, bow.argmax(1), (bow + mix * emb).argmax(1))
                acc = float(np.mean(pred == gold))
                means[(mix, gate)].append(acc)
                out.append(f"mix {mix:g} gate {gate:g} {acc:.3f}")
        print("; ".join(out), flush=True)
    print("means: " + "; ".join(f"mix {m:g} gate {g:g} {np.mean(v):.4f}" for (m, g), v in means.items()))


def stage_figures(data: Data, vocab: list[str], vectors: np.ndarray, folds: list[int], dims: int, l2: float,
                  mixes: list[float], gates: list[float]) -> None:
    """The events stage on each fold's cached notes (``events_countries.run``) with the fold model carrying the
    fold's static head at each (mix, gate)."""
    import events_countries as ec

    for fold in folds:
        head = build_head(data, vocab, vectors, ~data.held(fold), dims, l2)
        spec = json.loads((fold_dir(fold) / "model.json").read_text(encoding="utf-8"))
        ec.CACHE = fold_dir(fold)
        for mix in mixes:
            for gate in gates:
                model = static_model(spec, head.mixed(mix, gate))
                right = [r["pred"] == r["gold"] for r in ec.run(model)]
                print(f"events stage, fold {fold}, dims {dims}, mix {mix:g}, gate {gate:g}: first 700 "
                      f"{np.mean(right[:700]):.3f}, all {np.mean(right):.3f} ({len(right)} notes)", flush=True)


def joint_fold(data: Data, folder: Path, vocab: list[str], vectors: np.ndarray, fold: int, dims: int, l2: float,
               dense_scale: float) -> tuple[dict, StaticHead]:
    """The fold model of ``events_countries.prepare`` refitted with the static sentence vector as dense columns
    (jointly, at ``dense_scale``): its word part as a spec, its vector part as a head at mix 1, no gate (the
    head's logits added to the word model's before the softmax)."""
    from newstrace.analysis.event_acled import named_masked

    held = data.held(fold)
    head = build_head(data, vocab, vectors, ~held, dims, l2)
    if data.docs is None:
        data.docs = te.item_docs([t for _, t, _ in data.items])
    docs = data.docs
    legacy = te.legacy_items(folder, fold)
    legacy_docs = te.item_docs([t for _, t, _ in legacy])
    legacy_masked = [named_masked(doc[:]) for doc in te.parse_notes([t for _, t, _ in legacy])]
    words = te.vocabulary([d for d, k in zip(docs, held) if not k] + legacy_docs, 8000)
    index = {f: i for i, f in enumerate(words)}
    scale = te.column_scale(index)
    train = np.flatnonzero(~held)
    x = sparse.vstack([te.matrix([docs[k] for k in train], index), te.matrix(legacy_docs, index)])
    dense = sentence_matrix([data.masked[k] for k in train] + legacy_masked, head) * dense_scale
    x_all = sparse.hstack([x @ sparse.diags(scale), sparse.csr_matrix(dense)]).tocsr()
    y = data.y[train]
    counts = np.bincount(y, minlength=len(data.labels)).astype(float)
    class_w = (counts.sum() / (len(data.labels) * np.maximum(counts, 1))) ** 0.5
    allowed = np.zeros((len(train) + len(legacy), len(data.labels)))
    allowed[np.arange(len(train)), y] = 1.0
    for r, (_, _, names) in enumerate(legacy):
        allowed[len(train) + r, [data.labels.index(n) for n in names if n in data.labels]] = 1.0
    sample_w = np.concatenate([class_w[y], np.full(len(legacy), te.LEGACY_WEIGHT * class_w[y].mean())])
    w, b = te.fit(x_all, np.concatenate([y, np.zeros(len(legacy), dtype=int)]), len(data.labels), l2, sample_w,
                  allowed)
    spec = json.loads((fold_dir(fold) / "model.json").read_text(encoding="utf-8"))
    spec.update({"features": words, "weights": te.encode(w[:len(words)] * scale[:, None]), "bias": b.tolist()})
    joint = StaticHead(list(head.index), head.rows, w[len(words):] * dense_scale, np.zeros(len(data.labels)), 1.0,
                       1.01)
    return spec, joint


def cluster_table(head: StaticHead, k: int) -> dict[str, str]:
    """Word -> its cluster's feature name (``cl=N``): k-means (seeded) on the unit-length rows of the table."""
    from scipy.cluster.vq import kmeans2

    rows = head.rows / np.maximum(np.linalg.norm(head.rows, axis=1, keepdims=True), 1e-9)
    _, labels = kmeans2(rows.astype(np.float64), k, seed=21, minit="++")
    return {w: f"cl={labels[i]}" for w, i in head.index.items()}


def with_clusters(doc: list[str], text: str, clusters: dict[str, str]) -> list[str]:
    return doc + sorted({clusters[w] for w in WORD.findall(normalise(text).lower()) if w in clusters})


def cluster_fold(data: Data, folder: Path, vocab: list[str], vectors: np.ndarray, fold: int, dims: int, k: int):
    """The fold model of ``events_countries.prepare`` refitted with each word's cluster as an extra feature."""
    from newstrace.analysis.event_acled import named_masked
    from newstrace.analysis.event_model import LinearModel

    held = data.held(fold)
    clusters = cluster_table(build_head(data, vocab, vectors, ~held, dims, 1e-4), k)
    if data.docs is None:
        data.docs = te.item_docs([t for _, t, _ in data.items])
    docs = [with_clusters(d, t, clusters) for d, t in zip(data.docs, data.masked)]
    legacy = te.legacy_items(folder, fold)
    legacy_masked = [named_masked(doc[:]) for doc in te.parse_notes([t for _, t, _ in legacy])]
    legacy_docs = [with_clusters(d, t, clusters) for d, t in zip(te.item_docs([t for _, t, _ in legacy]), legacy_masked)]
    words = te.vocabulary([d for d, h in zip(docs, held) if not h] + legacy_docs, 8000)
    index = {f: i for i, f in enumerate(words)}
    train = np.flatnonzero(~held)
    y = data.y[train]
    counts = np.bincount(y, minlength=len(data.labels)).astype(float)
    class_w = (counts.sum() / (len(data.labels) * np.maximum(counts, 1))) ** 0.5
    original, te.item_docs = te.item_docs, lambda texts: legacy_docs  # fit_with_legacy reads the legacy docs
    try:
        w, b = te.fit_with_legacy(te.matrix([docs[k] for k in train], index), y, data.labels, 1e-4, class_w[y],
                                  legacy, index, te.LEGACY_WEIGHT)
    finally:
        te.item_docs = original
    spec = json.loads((fold_dir(fold) / "model.json").read_text(encoding="utf-8"))
    spec.update({"features": words, "weights": te.encode(w), "bias": b.tolist()})

    class Clustered(LinearModel):
        def probabilities(self, text: str, extra: Sequence[str] = ()) -> np.ndarray:
            return super().probabilities(text, with_clusters(list(extra), text, clusters))

    test = np.flatnonzero(held)
    model = Clustered(spec)
    logits = te.matrix([docs[k] for k in test], model.index) @ model.weights + model.bias
    return model, float(np.mean(logits.argmax(1) == data.y[test])), sum(f.startswith("cl=") for f in words)


def joint_figures(data: Data, folder: Path, vocab: list[str], vectors: np.ndarray, folds: list[int], dims: int,
                  l2: float, dense_scales: list[float], stage: bool) -> None:
    """Each fold's joint model: alone on every held-out note, and the events stage on the fold's cached notes."""
    import events_countries as ec

    for fold in folds:
        for dense_scale in dense_scales:
            spec, head = joint_fold(data, folder, vocab, vectors, fold, dims, l2, dense_scale)
            model = static_model(spec, head)
            test = np.flatnonzero(data.held(fold))
            logits = (te.matrix([data.docs[k] for k in test], model.index) @ model.weights + model.bias
                      + sentence_matrix([data.masked[k] for k in test], head) @ head.weights)
            alone = float(np.mean(logits.argmax(1) == data.y[test]))
            line = f"joint fold {fold}, dims {dims}, dense scale {dense_scale:g}: model alone {alone:.3f}"
            if stage:
                ec.CACHE = fold_dir(fold)
                right = [r["pred"] == r["gold"] for r in ec.run(model)]
                line += f"; stage first 700 {np.mean(right[:700]):.3f}, all {np.mean(right):.3f} ({len(right)} notes)"
            print(line, flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "train" / "events")
    ap.add_argument("--cache", type=Path, default=CACHE, help="the words' MiniLM vectors (outside the repo)")
    ap.add_argument("--vectors", action="store_true", help="MiniLM on each word not cached yet")
    ap.add_argument("--folds", action="store_true", help="model alone on the four folds")
    ap.add_argument("--stage", type=int, nargs="*", choices=range(4), help="the events stage on these folds")
    ap.add_argument("--joint", type=int, nargs="*", choices=range(4),
                    help="refit these folds' word models with the sentence vector as dense columns")
    ap.add_argument("--clusters", type=int, nargs="*", choices=range(4),
                    help="refit these folds' word models with word-cluster features, then the events stage")
    ap.add_argument("--k", type=int, default=256, help="with --clusters: how many clusters")
    ap.add_argument("--dense-scale", type=float, nargs="+", default=[1.0])
    ap.add_argument("--joint-stage", action="store_true", help="with --joint: the events stage too")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--mix", type=float, nargs="+", default=[0.25, 0.5])
    ap.add_argument("--gate", type=float, nargs="+", default=[0.8, 1.01])
    args = ap.parse_args(argv)
    if not args.train.is_dir():
        print(f"{args.train} not found")
        return 0
    items = te.acled_items(args.train)
    counts = word_counts([t for _, t, _ in items])
    vocab = sorted(w for w, n in counts.items() if n >= MIN_COUNT) + sorted(PLACEHOLDERS)
    if args.vectors:
        word_vectors(vocab, args.cache)
        return 0
    vectors = word_vectors(vocab, args.cache)
    data = Data(args.train)
    if args.folds:
        fold_figures(data, vocab, vectors, args.dims, args.l2, args.mix, args.gate)
    if args.stage:
        stage_figures(data, vocab, vectors, args.stage, args.dims, args.l2, args.mix, args.gate)
    for fold in args.clusters or []:
        import events_countries as ec

        model, alone, used = cluster_fold(data, args.train, vocab, vectors, fold, args.dims, args.k)
        ec.CACHE = fold_dir(fold)
        right = [r["pred"] == r["gold"] for r in ec.run(model)]
        print(f"clusters fold {fold}, k {args.k} ({used} in the vocabulary): model alone {alone:.3f}; stage first 700 "
              f"{np.mean(right[:700]):.3f}, all {np.mean(right):.3f} ({len(right)} notes)", flush=True)
    if args.joint:
        joint_figures(data, args.train, vocab, vectors, args.joint, args.dims, args.l2, args.dense_scale,
                      args.joint_stage)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
