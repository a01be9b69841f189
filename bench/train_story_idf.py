"""A background document frequency for story linking, fitted once on TRAINING pages (issue 15).

    .venv/bin/python bench/train_story_idf.py [--min-df 3]

Story linking weighs terms by IDF. Computed on the linked set alone, the IDF moves with the set: a half of 85
articles and a held-out set of 213 give one word different weights, and a word that a large story repeats looks
rare to a small set. A background frequency fitted once stabilises it (``StoryParams.background_idf``,
``link/story_batch.py``): the pages are ``../shared/train/extraction/pages.jsonl.gz`` without the Dragnet part
(AGPLv3; what is left: 800 CleanEval and CleanPortalEval pages, 2006-2013), each read as linking reads an
article (``story_terms``: the lead's words, stop words out). Written: ``src/newstrace/data/story_idf.json``
with the page count and, for every term in at least ``--min-df`` pages, its page count -- frequencies,
never text. Terms under ``--min-df`` are left out (rare: the set's own IDF decides them).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, ROOT  # noqa: E402

TRAIN = EVAL.parent / "train" / "extraction" / "pages.jsonl.gz"
OUT_PATH = ROOT / "src" / "newstrace" / "data" / "story_idf.json"


def main(argv: list[str] | None = None) -> int:
    from newstrace.link import Article, StoryParams
    from newstrace.link.story_terms import story_terms

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-df", type=int, default=3)
    args = ap.parse_args(argv)
    if not TRAIN.exists():
        print(f"no training pages at {TRAIN}")
        return 0
    df: Counter = Counter()
    pages = 0
    params = StoryParams()
    with gzip.open(TRAIN, "rt", encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            if page["id"].startswith("dragnet:") or page.get("lang", "en") != "en":
                continue
            words, names = story_terms(Article.of({"id": page["id"], "body": page["body"], "url": page.get("url")}), params)
            df.update(set(words) | set(names))
            pages += 1
    kept = {term: n for term, n in sorted(df.items()) if n >= args.min_df}
    OUT_PATH.write_text(json.dumps({"documents": pages, "min_df": args.min_df, "df": kept}, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{pages} pages, {len(df)} terms, {len(kept)} kept (df >= {args.min_df}) -> {OUT_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
