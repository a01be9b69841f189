"""Sentence embeddings on the held-out-country folds (issue 13, twentieth round): the model alone, no stage.

all-MiniLM-L6-v2 (``newstrace.link.embed``, the optional package) embeds every ACLED / IPE training note once
(``event_model.normalise``d, in a seeded random order, resumable chunks) into a cache OUTSIDE the repo; then, per
fold of ``events_countries.py`` (its ``--prepare`` fold models in bench/out), on the held-out countries' embedded notes:
the bag-of-words fold model alone, a multinomial logistic regression on the embeddings alone (fitted on the other
countries' embedded notes, class balance 0.5 as the shipped model), and the two mixed as log-probabilities
(log p_bow + a log p_emb). Nothing of the training text enters the repo.

    nice -n 10 .venv/bin/python bench/events_embed_folds.py --embed      # about 30 notes per CPU second
    .venv/bin/python bench/events_embed_folds.py                         # the figures on what is embedded
    nice -n 10 .venv/bin/python bench/events_embed_folds.py --stage 1    # the events stage, mixed at --mix

``--stage FOLD`` runs the events stage on the fold's cached notes (``events_countries.py --prepare --fold FOLD``)
with the fold model's probabilities mixed with the embedding model's at ``--mix`` (the sentence the model types
embedded at run time, memoised in the cache folder); accuracy as ``events_countries.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import train_events as te  # noqa: E402

CHUNK = 250
SCALE = 20.0  # unit-length embeddings times this: features of about unit size for the L2 of te.fit
MIXES = (0.1, 0.25, 0.5, 1.0)


def embed_notes(items: list, cache: Path) -> None:
    """Embed the items no chunk of ``cache`` holds yet, in a seeded random order (any prefix is a sample)."""
    from newstrace.analysis.event_model import normalise
    from newstrace.link import embed

    if not embed.available():
        print("the embeddings package is not installed: nothing embedded")
        return
    cache.mkdir(parents=True, exist_ok=True)
    done = {int(i) for f in cache.glob("chunk_*.npz") for i in np.load(f)["idx"]}
    order = [int(i) for i in np.random.default_rng(20).permutation(len(items)) if int(i) not in done]
    started, cpu = time.time(), time.process_time()
    first = len(list(cache.glob("chunk_*.npz")))
    for k, start in enumerate(range(0, len(order), CHUNK)):
        idx = np.array(order[start:start + CHUNK])
        rows = embed.embed([normalise(items[i][1]) for i in idx]).astype(np.float32)
        np.savez(cache / f"chunk_{first + k:04d}.npz", idx=idx, emb=rows)
        print(f"{start + len(idx)} notes: {time.time() - started:.0f} s wall, "
              f"{(start + len(idx)) / max(time.process_time() - cpu, 1e-9):.1f} notes per CPU second", flush=True)


def load_embeddings(n: int, cache: Path) -> tuple[np.ndarray, np.ndarray]:
    emb, have = np.zeros((n, 384)), np.zeros(n, dtype=bool)
    for f in sorted(cache.glob("chunk_*.npz")):
        z = np.load(f)
        emb[z["idx"]], have[z["idx"]] = z["emb"], True
    return emb, have


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def fold_figures(fold: int, items: list, countries: dict, data: tuple, l2: float) -> list[str]:
    """Accuracy of the fold's bag-of-words model, the embedding model and their mixes on the embedded notes."""
    from newstrace.analysis.event_model import _array

    labels, y, docs, emb, have = data
    cache = ROOT / "bench" / "out" / ("events_countries" if fold == 0 else f"events_countries_fold{fold}")
    if not (cache / "model.json").is_file():
        return [f"fold {fold}: no fold model (events_countries.py --prepare --fold {fold})"]
    spec = json.loads((cache / "model.json").read_text(encoding="utf-8"))
    held = np.array([te.country_held_out(countries.get(i, ""), fold) for i, _, _ in items])
    test, train = held & have, ~held & have
    index = {f: i for i, f in enumerate(spec["features"])}
    bow = log_softmax(te.matrix([docs[k] for k in np.flatnonzero(test)], index) @ _array(spec["weights"])
                      + np.asarray(spec["bias"]))
    counts = np.bincount(y[train], minlength=len(labels)).astype(float)
    class_w = (counts.sum() / (len(labels) * np.maximum(counts, 1))) ** 0.5
    w, b = te.fit(emb[train] * SCALE, y[train], len(labels), l2, class_w[y[train]])
    alone = log_softmax(emb[test] * SCALE @ w + b)
    gold = y[test]
    out = [f"fold {fold} ({int(test.sum())} of {int(held.sum())} held-out notes; {int(train.sum())} to fit): "
           f"bow {np.mean(bow.argmax(1) == gold):.3f}", f"emb {np.mean(alone.argmax(1) == gold):.3f}"]
    out += [f"bow+{a:g}emb {np.mean((bow + a * alone).argmax(1) == gold):.3f}" for a in MIXES]
    return out


def embedding_model(fold: int, items: list, countries: dict, cache: Path) -> tuple[np.ndarray, np.ndarray]:
    """The embedding model of a fold: fitted on the other countries' embedded notes."""
    labels = sorted({label for _, _, label in items})
    y = np.array([labels.index(label) for _, _, label in items])
    emb, have = load_embeddings(len(items), cache)
    train = have & ~np.array([te.country_held_out(countries.get(i, ""), fold) for i, _, _ in items])
    counts = np.bincount(y[train], minlength=len(labels)).astype(float)
    class_w = (counts.sum() / (len(labels) * np.maximum(counts, 1))) ** 0.5
    return te.fit(emb[train] * SCALE, y[train], len(labels), 1e-4, class_w[y[train]])


def stage_figure(fold: int, mix: float, items: list, countries: dict, cache: Path, limit: int = 2100) -> str:
    """The events stage on the fold's cached notes, its model's log-probabilities plus ``mix`` times the
    embedding model's (the typed sentence embedded at run time; memoised in ``cache``)."""
    from spacy.tokens import DocBin

    from newstrace.analysis import event_typer as typer
    from newstrace.analysis import events as ev
    from newstrace.analysis.event_model import LinearModel, normalise
    from newstrace.analysis.nlp import get_nlp
    from newstrace.link import embed
    from newstrace.record import Record

    w, b = embedding_model(fold, items, countries, cache)
    folder = ROOT / "bench" / "out" / ("events_countries" if fold == 0 else f"events_countries_fold{fold}")
    memo_file = cache / "sentences.json"
    memo = json.loads(memo_file.read_text(encoding="utf-8")) if memo_file.is_file() else {}
    typed: dict[str, str] = {}

    class Mixed(LinearModel):
        def probabilities(self, text, extra=()):
            p = super().probabilities(text, extra)
            key = normalise(typed["span"])
            if key not in memo:
                memo[key] = embed.embed([key])[0].tolist()
            z = log_softmax((np.asarray(memo[key]) * SCALE @ w + b)[None, :])[0]
            q = np.log(p + 1e-12) + mix * z
            q = np.exp(q - q.max())
            return q / q.sum()

    model, original = Mixed(json.loads((folder / "model.json").read_text(encoding="utf-8"))), typer.named_masked

    def masked(span):
        typed["span"] = span.text
        return original(span)

    notes = json.loads((folder / "notes.json").read_text(encoding="utf-8"))[:limit]
    docs = DocBin().from_bytes((folder / "notes.spacy").read_bytes()).get_docs(get_nlp().vocab)
    loader, typer.load_model, typer.named_masked = typer.load_model, lambda name: model, masked  # type: ignore
    right = []
    try:
        for (_, text, gold), doc in zip(notes, docs):
            record = ev.events_stage(Record(id="c", body=text, doc=doc))
            coded = [(e.span[0], e.acled_type) for e in record.events if e.acled_type]
            coded += [(i.span[0], i.acled_type) for i in record.incidents]
            right.append(bool(coded) and min(coded)[1] == gold)
    finally:
        typer.load_model, typer.named_masked = loader, original
    memo_file.write_text(json.dumps(memo), encoding="utf-8")
    return (f"events stage, fold {fold}, mix {mix:g}: {np.mean(right[:700]):.3f} (first 700 notes), "
            f"{np.mean(right):.3f} ({len(right)} notes; {len(memo)} sentences embedded so far)")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "train" / "events")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newstrace_events_embed"),
                    help="the notes' embeddings (outside the repo)")
    ap.add_argument("--embed", action="store_true", help="embed the notes not embedded yet (slow; resumable)")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--stage", type=int, choices=range(4), help="the events stage on this fold's notes")
    ap.add_argument("--mix", type=float, default=0.25, help="with --stage: weight of the embedding model")
    ap.add_argument("--notes", type=int, default=2100, help="with --stage: the first N of the fold's notes")
    args = ap.parse_args(argv)
    if not args.train.is_dir():
        print(f"{args.train} not found")
        return 0
    items = te.acled_items(args.train)
    if args.embed:
        embed_notes(items, args.cache)
        return 0
    countries = {d["id"]: d.get("country") or "" for d in te.read(args.train / "acled_notes.jsonl.gz")}
    if args.stage is not None:
        print(stage_figure(args.stage, args.mix, items, countries, args.cache, args.notes))
        return 0
    labels = sorted({label for _, _, label in items})
    y = np.array([labels.index(label) for _, _, label in items])
    emb, have = load_embeddings(len(items), args.cache)
    print(f"{int(have.sum())} of {len(items)} notes embedded")
    data = (labels, y, te.item_docs([t for _, t, _ in items]), emb, have)
    for fold in range(4):
        print("; ".join(fold_figures(fold, items, countries, data, args.l2)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
