"""Story linking: how stable is a setting? Perturbed dev halves, in process (issue 15).

    .venv/bin/python bench/stories_robust.py [--grid threshold=0.18,0.2,0.22 --grid embedding_weight=0,0.2]
        [--mode batch|online] [--perturb all|scale|none|half1,shuffle,...] [--peers]

Each dev set of ../shared/eval/stories goes through ``newstrace.batch.analyze_inputs`` (``--stages extract``,
what ``newstrace link --jsonl`` does), cut into the tune and check halves as bench/stories.py cuts them (by story; an ECB+ topic whole),
and each half is linked on its own with every ``StoryParams`` of the grid, plain and perturbed:

- ``half1`` .. ``half3``: half of the articles dropped (three seeds): fewer neighbours, other IDF;
- ``shuffle``: the input order shuffled (online mode reads it; batch ties may move);
- ``notitle``: titles removed (the headline is then the body's first line);
- ``nodate``: ``published`` removed (dates only from the body's head, if written there);
- ``mixed``: the same half of the other set linked in the same run (distractors of another kind);
- ``--perturb scale`` (issue 15, third round; ``scaled``): ``distract`` (150 training pages in the same weeks),
  ``crowd`` (dates squeezed into ten days), ``short`` (bodies cut to 80 words), ``stub`` (one article in five cut
  to its first sentence), ``double`` (every article twice: stories and corpus twice as large).

Printed per setting: B-cubed F1 on ecb tune / check and nc tune / check, plain, then the mean and the minimum
over the perturbations. Only numbers are printed (the check halves give numbers, never examples).
Sentence embeddings are computed once and cached under bench/out (``stories-embeddings.npz``). ``--peers``
adds the peers on the same halves (bench/stories_peers.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import hashlib
import itertools
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, eval_dir, half_of, read_jsonl, write_jsonl  # noqa: E402
from stories import group_key, link_input  # noqa: E402

SETS = {"ecb": "dev-ecbplus", "nc": "dev-newscluster"}
PERTURBATIONS = ("half1", "half2", "half3", "shuffle", "notitle", "nodate", "mixed")
# Issue 15, third round: what an unseen set may differ in (size, crowded dates, short or failed pages, big stories).
SCALE_PERTURBATIONS = ("distract", "crowd", "short", "stub", "double")
TRAIN_PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "train" / "extraction" / "pages.jsonl.gz"


def bcubed_f1(gold: dict[str, str], pred: dict[str, str]) -> float:
    """B-cubed F1 as ../shared/eval/stories/score.py computes it."""
    ids = list(gold)
    g_size, p_size = Counter(gold.values()), Counter(pred[i] for i in ids)
    joint = Counter((gold[i], pred[i]) for i in ids)
    p = sum(joint[(gold[i], pred[i])] / p_size[pred[i]] for i in ids) / len(ids)
    r = sum(joint[(gold[i], pred[i])] / g_size[gold[i]] for i in ids) / len(ids)
    return 2 * p * r / (p + r) if p + r else 0.0


def records_of(folder: Path, name: str) -> list[tuple[dict, dict]]:
    """(gold row, extracted record) pairs, records as ``newstrace link --jsonl --stages extract`` makes them."""
    from newstrace.batch import analyze_inputs

    gold = list(read_jsonl(folder / f"{name}.jsonl.gz"))
    path = write_jsonl(link_input(gold), OUT / f"stories-robust-{name}-in.jsonl")
    records = {r["id"]: r for r in analyze_inputs((), jsonl=str(path), stages=["extract"])}
    return [(g, records[g["id"]]) for g in gold]


class EmbeddingCache:
    """``embed.embed`` with each text's row kept on disk (the encoder runs once per text)."""

    def __init__(self, path: Path):
        import numpy as np

        self.path = path
        self.rows: dict[str, object] = {}
        if path.exists():
            data = np.load(path)
            self.rows = {key: data[key] for key in data.files}
        self.dirty = False

    def install(self) -> None:
        from newstrace.link import embed

        original = embed.embed

        def cached(texts, _original=original):
            import numpy as np

            keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
            missing = [t for t, k in zip(texts, keys) if k not in self.rows]
            if missing:
                for key, row in zip([k for k in keys if k not in self.rows], _original(missing)):
                    self.rows[key] = row
                self.dirty = True
            return np.vstack([self.rows[k] for k in keys]) if keys else _original([])

        embed.embed = cached

    def save(self) -> None:
        import numpy as np

        if self.dirty:
            np.savez(self.path, **self.rows)


def perturbed(pairs: list[tuple[dict, dict]], how: str, other: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    """One perturbation of a half's (gold, record) pairs."""
    if how.startswith("half"):
        rng = random.Random(int(how[4:]))
        kept = [p for p in pairs if rng.random() < 0.5]
        return kept if len(kept) >= 2 else pairs
    if how == "shuffle":
        shuffled = list(pairs)
        random.Random(7).shuffle(shuffled)
        return shuffled
    if how == "notitle":
        return [(g, {**r, "title": None}) for g, r in pairs]
    if how == "nodate":
        return [(g, {**r, "published": None}) for g, r in pairs]
    if how == "mixed":
        return pairs + other
    return scaled(pairs, how)


def scaled(pairs: list[tuple[dict, dict]], how: str) -> list[tuple[dict, dict]]:
    """The scale perturbations (gold rows of added distractors have story_id None: linked, not scored).

    - ``distract``: 150 training news pages (../shared/train/extraction, Dragnet and CleanPortalEval bodies) added,
      dated with the half's own dates: a larger corpus, other IDF, unrelated articles in the same weeks;
    - ``crowd``: every date squeezed into ten days (order kept): the date lift reaches every pair;
    - ``short``: bodies cut to their first 80 words;
    - ``stub``: one article in five keeps only its first sentence (crawl failures, teasers);
    - ``double``: every article twice, the copy without title, every other sentence, a day later: stories twice
      as large, a corpus twice as large.
    """
    rng = random.Random(11)
    if how == "distract":
        days = [_day(r) for _, r in pairs if _day(r)] or [None]
        return pairs + [({"id": page["id"], "story_id": None}, {"id": page["id"], "body": page["body"],
                                                                  "url": page.get("url"), "published": rng.choice(days)})
                        for page in distractor_pages()]
    if how == "crowd":
        from datetime import date

        dated = sorted({_day(r) for _, r in pairs if _day(r)})
        rank = {d: i for i, d in enumerate(dated)}
        start = date(2020, 1, 1).toordinal()
        return [(g, {**r, "published": date.fromordinal(start + rank[_day(r)] * 10 // max(len(dated), 1)).isoformat()}
                 if _day(r) else r) for g, r in pairs]
    if how == "short":
        return [(g, {**r, "body": " ".join((r.get("body") or "").split(" ")[:80])}) for g, r in pairs]
    if how == "stub":
        return [(g, {**r, "body": (r.get("body") or "").split(". ")[0]} if rng.random() < 0.2 else r) for g, r in pairs]
    if how == "double":
        copies = []
        for g, r in pairs:
            body = " ".join((r.get("body") or "").split(". ")[::2])
            day = _day(r)
            if day:
                from datetime import date, timedelta

                day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
            copies.append(({**g, "id": g["id"] + "~"}, {**r, "id": r["id"] + "~", "title": None, "body": body, "published": day}))
        return pairs + copies
    return pairs


def _day(record: dict) -> str | None:
    value = record.get("published")
    value = value.get("value") if isinstance(value, dict) else value
    return str(value)[:10] if value else None


@functools.lru_cache(maxsize=1)
def distractor_pages() -> tuple[dict, ...]:
    """150 news pages of the extraction training set (bodies of 150+ words), picked by a stable hash of the id."""
    import gzip
    import json

    if not TRAIN_PAGES.exists():
        return ()
    pages = []
    with gzip.open(TRAIN_PAGES, "rt", encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            if page["id"].startswith(("dragnet:", "cleanportaleval:")) and len(page["body"].split()) >= 150:
                pages.append({"id": page["id"], "body": page["body"], "url": page.get("url")})
    pages.sort(key=lambda p: hashlib.sha1(p["id"].encode()).hexdigest())
    return tuple(pages[:150])


def run(pairs: list[tuple[dict, dict]], params, mode: str) -> float:
    from newstrace.link import Article, cluster_batch, cluster_online

    articles = [Article.of(r) for _, r in pairs]
    labels = (cluster_online if mode == "online" else cluster_batch)(articles, params)
    gold = {g["id"]: g["story_id"] for g, _ in pairs if g["story_id"] is not None}
    return bcubed_f1(gold, {g["id"]: label for (g, _), label in zip(pairs, labels) if g["story_id"] is not None})


def grid_params(specs: list[str]):
    from newstrace.link import StoryParams

    axes = []
    for spec in specs:
        key, _, values = spec.partition("=")
        kind = type(getattr(StoryParams(), key))
        cast = (lambda v: None if v == "none" else float(v)) if kind in (float, type(None)) else \
            (lambda v: None if v == "none" else int(v))
        axes.append([(key, cast(v)) for v in values.split(",")])
    for combo in itertools.product(*axes) if axes else [()]:
        yield ", ".join(f"{k}={v}" for k, v in combo) or "shipped", dataclasses.replace(StoryParams(), **dict(combo))


def halves_of(pairs: list[tuple[dict, dict]]) -> dict[str, list[tuple[dict, dict]]]:
    """Tune and check halves cut as bench/stories.py cuts them (an ECB+ topic stays whole)."""
    out: dict[str, list] = {"tune": [], "check": []}
    for pair in pairs:
        out[half_of(group_key(pair[0]["story_id"]))].append(pair)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--grid", action="append", default=[], help="FIELD=v1,v2,... of StoryParams (repeatable)")
    ap.add_argument("--mode", default="batch", choices=("batch", "online"))
    ap.add_argument("--perturb", default="all", help="all, scale, none, or a comma list of " + ", ".join(PERTURBATIONS + SCALE_PERTURBATIONS))
    ap.add_argument("--detail", action="store_true", help="print every perturbation's row")
    ap.add_argument("--peers", action="store_true", help="also the peers of PEERS.md on the same halves (stories_peers.py)")
    args = ap.parse_args(argv)
    folder = eval_dir("stories")
    if folder is None:
        return 0
    cache = EmbeddingCache(OUT / "stories-embeddings.npz")
    cache.install()
    data = {short: halves_of(records_of(folder, name)) for short, name in SETS.items()}
    wanted = {"all": PERTURBATIONS, "scale": SCALE_PERTURBATIONS}.get(args.perturb) or tuple(
        p for p in args.perturb.split(",") if p and p != "none")
    columns = [(s, h) for s in SETS for h in ("tune", "check")]
    print("setting | " + " | ".join(f"{s} {h}" for s, h in columns) + " | mean pert. | min pert. | s")
    for label, params in grid_params(args.grid):
        started = time.perf_counter()
        plain = [run(data[s][h], params, args.mode) for s, h in columns]
        perturbed_scores: list[list[float]] = []
        for how in wanted:
            perturbed_scores.append([run(perturbed(data[s][h], how, data["nc" if s == "ecb" else "ecb"][h]), params,
                                         args.mode) for s, h in columns])
            if args.detail:
                print(f"  {how} | " + " | ".join(f"{v:.3f}" for v in perturbed_scores[-1]))
        means = [sum(col) / len(col) for col in zip(*perturbed_scores)] if perturbed_scores else plain
        mins = [min(col) for col in zip(*perturbed_scores)] if perturbed_scores else plain
        print(f"{label} | " + " | ".join(f"{v:.3f}" for v in plain) + " | "
              + " ".join(f"{v:.3f}" for v in means) + " | " + " ".join(f"{v:.3f}" for v in mins)
              + f" | {time.perf_counter() - started:.0f}", flush=True)
        cache.save()
    if args.peers:
        from stories_peers import peer_scores

        for method, row in peer_scores(data, columns, cache.rows, bcubed_f1).items():
            print(f"peer {method} | " + " | ".join(f"{v:.3f}" for v in row) + " | | |")
        cache.dirty = True
        cache.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
