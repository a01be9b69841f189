"""Sentence embeddings on the held-out-country folds (issue 13, rounds nineteen and twenty of train_events_history.md).

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
with the fold model's probabilities mixed with the embedding model's at each ``--mix`` and ``--gate`` (the sentence
the model types embedded at run time, memoised in the cache folder; a sentence whose bag-of-words model is at least
``--gate`` sure of its best type keeps the bag-of-words probabilities and is not embedded); accuracy as
``events_countries.py``. ``--dev-speed`` times the events stage on the dev sets' texts as ``events.py`` does (timing
and counts only) with the shipped model mixed with an embedding model fitted on every note, at each ``--gate``.

    nice -n 10 .venv/bin/python bench/events_embed_folds.py --stage 1 --mix 0.25 0.5 --gate 0.5 1.01
    nice -n 10 .venv/bin/python bench/events_embed_folds.py --dev-speed --mix 0.5 --gate 0.5 0.7
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterator
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


def mixed_model(spec: dict, head: tuple, mix: float, gate: float, sentence, embedded: Callable):
    """The linear model of ``spec`` whose probabilities are log p_bow + ``mix`` log p_head (renormalised) where
    its best type is below ``gate`` sure; ``sentence()`` names the sentence being typed, ``embedded(text)``
    gives its embedding."""
    from newstrace.analysis.event_model import LinearModel, normalise

    w, b = head

    class Mixed(LinearModel):
        def probabilities(self, text, extra=()):
            p = super().probabilities(text, extra)
            if p.max() >= gate:
                return p
            q = np.log(p + 1e-12) + mix * log_softmax((embedded(normalise(sentence())) * SCALE @ w + b)[None, :])[0]
            q = np.exp(q - q.max())
            return q / q.sum()

    return Mixed(spec)


@contextlib.contextmanager
def swapped(model, typed: dict) -> Iterator[None]:
    """The events stage's ACLED model swapped for ``model``; ``typed["span"]``: the text of the span it types."""
    from newstrace.analysis import event_typer as typer

    loader, original = typer.load_model, typer.named_masked

    def masked(span):
        typed["span"] = span.text
        return original(span)

    typer.load_model, typer.named_masked = (lambda name: model), masked  # type: ignore[assignment]
    try:
        yield
    finally:
        typer.load_model, typer.named_masked = loader, original


def stage_figures(fold: int, heads: list, items: list, countries: dict, cache: Path, limit: int = 2100) -> None:
    """The events stage on the fold's cached notes, the fold model mixed with its embedding model (fitted on the
    other countries' embedded notes) at each (mix, gate) of ``heads``; the typed sentences' embeddings memoised in
    ``cache``."""
    from spacy.tokens import DocBin

    from newstrace.analysis import events as ev
    from newstrace.analysis.nlp import get_nlp
    from newstrace.link import embed
    from newstrace.record import Record

    head = embedding_model(fold, items, countries, cache)
    folder = ROOT / "bench" / "out" / ("events_countries" if fold == 0 else f"events_countries_fold{fold}")
    memo_file = cache / "sentences.json"
    memo = json.loads(memo_file.read_text(encoding="utf-8")) if memo_file.is_file() else {}
    seen: set[str] = set()

    def remembered(text: str) -> np.ndarray:
        seen.add(text)
        if text not in memo:
            memo[text] = embed.embed([text])[0].tolist()
        return np.asarray(memo[text])

    spec = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    notes = json.loads((folder / "notes.json").read_text(encoding="utf-8"))[:limit]
    docs = list(DocBin().from_bytes((folder / "notes.spacy").read_bytes()).get_docs(get_nlp().vocab))
    typed: dict[str, str] = {}
    for mix, gate in heads:
        seen.clear()
        right = []
        with swapped(mixed_model(spec, head, mix, gate, lambda: typed["span"], remembered), typed):
            for (_, text, gold), doc in zip(notes, docs):
                record = ev.events_stage(Record(id="c", body=text, doc=doc))
                coded = [(e.span[0], e.acled_type) for e in record.events if e.acled_type]
                coded += [(i.span[0], i.acled_type) for i in record.incidents]
                right.append(bool(coded) and min(coded)[1] == gold)
        print(f"events stage, fold {fold}, mix {mix:g}, gate {gate:g}: {np.mean(right[:700]):.3f} (first 700 "
              f"notes), {np.mean(right):.3f} ({len(right)} notes; {len(seen)} sentences embedded)", flush=True)
    memo_file.write_text(json.dumps(memo), encoding="utf-8")


def dev_speed(mix: float, gates: list, items: list, cache: Path) -> None:
    """The events stage's sentences per CPU second on the dev sets' texts (as ``events.py``: timing and counts
    only, nothing of them printed) with the shipped model mixed with an embedding model fitted on every embedded
    note, embedding only the sentences whose bag-of-words model is below each gate (once per sentence)."""
    from common import eval_dir, read_jsonl
    from events import SETS
    from newstrace.analysis.events import events_stage
    from newstrace.analysis.nlp import get_nlp
    from newstrace.link import embed
    from newstrace.record import Record

    folder = eval_dir("events")
    if folder is None:
        return
    head = embedding_model(-1, items, {}, cache)
    spec = json.loads(te.OUT.read_text(encoding="utf-8"))["acled"]
    texts = [d["text"] for name in SETS for d in read_jsonl(folder / name / "dev.jsonl")]
    docs = list(get_nlp().pipe(texts, batch_size=64))
    sentences = sum(1 for doc in docs for _ in doc.sents)
    typed: dict[str, str] = {}
    for gate in gates:
        rows: dict[str, np.ndarray] = {}

        def once(text: str, rows: dict = rows) -> np.ndarray:
            if text not in rows:
                rows[text] = embed.embed([text])[0]
            return rows[text]

        with swapped(mixed_model(spec, head, mix, gate, lambda: typed["span"], once), typed):
            events_stage(Record(id="warm", body=texts[0], doc=docs[0]))
            rows.clear()
            started = time.process_time()
            for text, doc in zip(texts, docs):
                events_stage(Record(id="s", body=text, doc=doc))
            spent = time.process_time() - started
        print(f"dev texts, gate {gate:g}: {sentences} sentences, {len(rows)} embedded; "
              f"{sentences / spent:.0f} sentences per CPU second", flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "train" / "events")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newstrace_events_embed"),
                    help="the notes' embeddings (outside the repo)")
    ap.add_argument("--embed", action="store_true", help="embed the notes not embedded yet (slow; resumable)")
    ap.add_argument("--dev-speed", action="store_true", help="stage speed on the dev texts at each --gate")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--stage", type=int, choices=range(4), help="the events stage on this fold's notes")
    ap.add_argument("--mix", type=float, nargs="+", default=[0.25], help="with --stage: weights of the embedding model")
    ap.add_argument("--notes", type=int, default=2100, help="with --stage: the first N of the fold's notes")
    ap.add_argument("--gate", type=float, nargs="+", default=[1.0],
                    help="with --stage: embed only where the bag-of-words model is below this sure (one run each)")
    args = ap.parse_args(argv)
    if not args.train.is_dir():
        print(f"{args.train} not found")
        return 0
    items = te.acled_items(args.train)
    if args.embed:
        embed_notes(items, args.cache)
        return 0
    countries = {d["id"]: d.get("country") or "" for d in te.read(args.train / "acled_notes.jsonl.gz")}
    if args.dev_speed:
        dev_speed(args.mix[0], args.gate, items, args.cache)
        return 0
    if args.stage is not None:
        heads = [(mix, gate) for mix in args.mix for gate in args.gate]
        stage_figures(args.stage, heads, items, countries, args.cache, args.notes)
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
