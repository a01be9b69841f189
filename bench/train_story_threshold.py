"""The story threshold by a rule on TRAINING articles, not on the dev sets (issue 15).

    .venv/bin/python bench/train_story_threshold.py [--quantile 0.999] [--apart 60]

No training set has story labels, but one holds many articles of one beat with dates: PolNeAR's train part
(``../shared/train/quotes/polnear_train.jsonl.gz``: 837 US political news articles, Nov 2015 - Sep 2016,
seven outlets, each with title and publication date; research/training use only, nothing of it is
written). Two of its articles published more than ``--apart`` days apart report different events of
one beat (a primary, then another; one email story, then the next) -- the hard negatives of story
linking, as ECB+'s two events of one kind per topic are. The rule: the average-linkage threshold is the
``--quantile`` quantile of their content similarity (``link/stories.py``'s words + names channels, no date
lift), so that about one such pair in a thousand reaches it on words alone; every pair of a linked story
must then clear it on average.

The script prints the similarity quantiles by days apart (the high quantiles rise as pairs come closer
in time: same-story pairs sit there), the threshold the rule gives, and ``StoryParams().threshold`` beside
it. 2026-12-06 (quantile .999, > 60 days): the rule reads 0.204; the shipped threshold is 0.2, chosen
earlier on the dev tune halves. Honestly: the quantile .999 was set knowing 0.2 (q.99 reads 0.122, where
ECB+ tune merges its paired events: t 0.16 loses), so this is a check from data nobody tuned on that 0.2
sits at a one-in-a-thousand false-pair rate on a new beat, not a fit; the dev sweep (``bench/stories.py``
candidates table in ``link/stories.py``) falls off on both sides of it (0.18: ECB+ tune .972 -> .958;
0.22: news-cluster check .980 -> .927).

Beat clustering (last line printed): the shipped parameters link 596 of the 837 articles into 177 stories, 46
spanning > 60 days. 14 of them drawn at random (seed 3) and judged by their titles (by hand, 2026-12-06): 3 to
4 report one event (wholly or in part); the rest are one topic over weeks (a candidate's primaries, one outlet's campaign
columns). So on a dense single-beat stream the 30-day date lift with threshold 0.2 over-links. Every tightening
tried (min_content .10-.14, time_boost .5/.75, time scale 10/14 days, threshold .22/.25) drops news-cluster check
.980 -> .909-.947 (tune stays 1.000, so the tune half cannot choose): left for a labelled beat set.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL  # noqa: E402

TRAIN = EVAL.parent / "train" / "quotes" / "polnear_train.jsonl.gz"
BANDS = ((0, 0), (1, 3), (4, 14), (15, 60), (61, 100_000))


def training_articles(path: Path) -> list:
    """PolNeAR train articles as linking ``Article`` s (title, body, date, outlet); text stays in memory."""
    from newstrace.link import Article

    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            meta = row["meta"] if isinstance(row["meta"], dict) else ast.literal_eval(row["meta"])
            articles.append(Article.of({"id": row["id"], "title": meta.get("title"), "body": row["text"],
                                        "published": meta.get("publication_date"), "outlet": meta.get("publisher")}))
    return [a for a in articles if a.day is not None]


def pair_similarities(articles: list):
    """Content similarity (no date lift) and days apart of every pair, as two flat NumPy arrays."""
    import numpy as np

    from newstrace.link.stories import StoryParams, similarity_matrix

    similarity = similarity_matrix(articles, replace(StoryParams(), time_boost=0.0, small_story_share=None))
    days = np.array([a.day.toordinal() for a in articles], dtype=float)
    upper = np.triu_indices(len(articles), 1)
    return similarity[upper], np.abs(days[:, None] - days[None, :])[upper]


def main(argv: list[str] | None = None) -> int:
    import numpy as np

    from newstrace.link.stories import StoryParams

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quantile", type=float, default=0.999)
    ap.add_argument("--apart", type=int, default=60, help="days apart beyond which two articles are different stories")
    args = ap.parse_args(argv)
    if not TRAIN.is_file():
        print(f"no training articles at {TRAIN}: nothing to do")
        return 0
    articles = training_articles(TRAIN)
    sims, apart = pair_similarities(articles)
    print(f"{len(articles)} training articles, {len(sims)} pairs")
    print("| days apart | pairs | q50 | q90 | q99 | q99.9 | share >= threshold |")
    print("|---|---|---|---|---|---|---|")
    threshold = StoryParams().threshold
    for low, high in BANDS:
        band = sims[(apart >= low) & (apart <= high)]
        qs = " | ".join(f"{q:.3f}" for q in np.quantile(band, [0.5, 0.9, 0.99, 0.999]))
        print(f"| {low}-{high if high < 100_000 else ''} | {len(band)} | {qs} | {(band >= threshold).mean():.4f} |")
    rule = float(np.quantile(sims[apart > args.apart], args.quantile))
    print(f"rule (q{args.quantile} of pairs > {args.apart} days apart): {rule:.3f}; StoryParams().threshold: {threshold}")
    print(beat_clusters(articles, args.apart))
    return 0


def beat_clusters(articles: list, apart: int) -> str:
    """Batch clustering of the training beat with the shipped parameters: stories of 2+ articles and their spans.

    A precision sign without labels: on a sparse sample of one beat (120 articles per outlet over ten
    months) few pairs report one event, so linked stories spanning months are topics, not stories.
    """
    from collections import defaultdict

    from newstrace.link.stories import cluster_batch

    stories: dict[str, list[int]] = defaultdict(list)
    for article, story in zip(articles, cluster_batch(articles)):
        stories[story].append(article.day.toordinal())
    linked = [days for days in stories.values() if len(days) > 1]
    wide = [days for days in linked if max(days) - min(days) > apart]
    return (f"beat clustering: {len(linked)} stories of 2+ articles holding {sum(map(len, linked))} of {len(articles)}; "
            f"{len(wide)} span > {apart} days ({sum(map(len, wide))} articles)")


if __name__ == "__main__":
    sys.exit(main())
