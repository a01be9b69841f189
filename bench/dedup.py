"""Near-duplicate detection on pairs this benchmark generates, through ``newstrace link --jsonl``.

    .venv/bin/python bench/dedup.py [--gate] [--bases N] [--seed S]

Base articles are the dev articles of ../shared/eval/stories (read in place, never copied). For N
of them (seeded choice) it writes variants the way re-publishers change a wire story:

- ``reorder``: paragraphs shuffled;
- ``boilerplate``: a byline, an "Updated" line, a dateline with another outlet's name, a share
  bar, "Read more" and copyright lines added;
- ``edits``: about 3 % of the words replaced or dropped, a number changed, the last sentence cut;
- ``all``: the three together.

Each variant is dated 1-3 days after its base. Every base article (all of them, not only the N)
goes in too, so the other articles of the same story, written by other outlets, are the hard
negatives. Gold: a base and its variants form one group. A pair of different groups found as copies
is not counted against us when the two base texts already share >= 20 % of their word 5-shingles
(real wire copies in the data; their number is printed). Scored: pairwise precision and recall of "same copy group" (root of ``duplicate_of``), and
how often ``duplicate_of`` names the base (the earliest copy). ``--gate``: precision >= 0.99 and
recall >= 0.95 (the issue's bar).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, eval_dir, read_jsonl, save_results, table, write_jsonl  # noqa: E402
from stories import link_input, run_link  # noqa: E402

GATE_PRECISION, GATE_RECALL = 0.99, 0.95
KINDS = ("reorder", "boilerplate", "edits", "all")
FILLERS = ("reportedly", "officials", "new", "local", "major", "several", "late", "early")
OUTLETS = ("Harbor Times", "Valley Post", "Metro Daily", "Coastal Wire")


def reorder(paragraphs: list[str], rng: random.Random) -> list[str]:
    shuffled = paragraphs[:]
    while len(shuffled) > 1 and shuffled == paragraphs:
        rng.shuffle(shuffled)
    return shuffled


def boilerplate(paragraphs: list[str], rng: random.Random) -> list[str]:
    outlet = rng.choice(OUTLETS)
    head = [f"By {rng.choice(('Jane Roe', 'Sam Poe', 'Ida Lund'))}", f"Updated {rng.randint(1, 12)}:0{rng.randint(0, 9)} PM",
            f"Share this article"]
    first = f"{rng.choice(('LONDON', 'NAIROBI', 'DENVER'))} ({outlet}) — {paragraphs[0]}"
    tail = [f"Read more: {outlet} top stories", f"Copyright 2026 {outlet}. All rights reserved."]
    return head + [first] + paragraphs[1:] + tail


def edits(paragraphs: list[str], rng: random.Random) -> list[str]:
    text = "\n".join(paragraphs)
    words = text.split(" ")
    for _ in range(max(1, len(words) * 3 // 100)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(FILLERS) if rng.random() < 0.7 else ""
    text = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1), " ".join(words), count=1)
    text = re.sub(r"  +", " ", text)
    sentences = re.split(r"(?<=[.!?])\s+", text.rstrip())
    if len(sentences) > 4:
        text = text[: text.rstrip().rfind(sentences[-1])].rstrip()
    return [p for p in text.split("\n") if p.strip()]


def variant(paragraphs: list[str], kind: str, rng: random.Random) -> list[str]:
    if kind == "all":
        return boilerplate(edits(reorder(paragraphs, rng), rng), rng)
    return {"reorder": reorder, "boilerplate": boilerplate, "edits": edits}[kind](paragraphs, rng)


def shingle_set(text: str) -> set[str]:
    tokens = re.findall(r"\w+", text.lower())
    return {" ".join(tokens[i:i + 5]) for i in range(len(tokens) - 4)}


def make_corpus(gold: list[dict], bases: int, seed: int) -> tuple[list[dict], dict[str, str]]:
    """Input rows and id -> gold group (the base id)."""
    rng = random.Random(seed)
    rows = link_input(gold)
    for row in rows:
        row.setdefault("published", "2026-01-10")
    group = {row["id"]: row["id"] for row in rows}
    eligible = [row for row in rows if len([p for p in row["body"].split("\n") if p.strip()]) >= 3
                and len(row["body"].split()) >= 80]
    for base in rng.sample(eligible, min(bases, len(eligible))):
        paragraphs = [p for p in base["body"].split("\n") if p.strip()]
        for kind in KINDS:
            copy = dict(base, id=f"{base['id']}~{kind}", body="\n".join(variant(paragraphs, kind, rng)),
                        published=_later(base["published"], rng.randint(1, 3)))
            rows.append(copy)
            group[copy["id"]] = base["id"]
    return rows, group


def _later(day: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()


def evaluate(rows: list[dict], group: dict[str, str], predicted: dict[str, str | None]) -> dict:
    bases = {row["id"]: shingle_set(row["body"]) for row in rows if group[row["id"]] == row["id"]}
    root = {i: (predicted.get(i) or i) for i in group}
    tp = fp = fn = excluded = 0
    for a, b in combinations(group, 2):
        same_gold, same_pred = group[a] == group[b], root[a] == root[b]
        if same_pred and not same_gold and _overlap(bases[group[a]], bases[group[b]]) >= 0.2:
            excluded += 1  # the two base articles are real copies of each other: not scored
            continue
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    copies = [i for i in group if group[i] != i]
    # right when it names the base, or the earlier article the base itself copies
    earliest = sum(1 for i in copies if predicted.get(i) == (predicted.get(group[i]) or group[i])) / len(copies) \
        if copies else 0.0
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "gold_pairs": tp + fn, "predicted_pairs": tp + fp, "excluded_pairs": excluded,
            "duplicate_of_is_base": earliest}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gate", action="store_true", help="exit 1 under precision 0.99 / recall 0.95")
    ap.add_argument("--bases", type=int, default=150, help="base articles that get variants")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    folder = eval_dir("stories")
    if folder is None:
        return 0
    gold = [g for name in ("dev-newscluster", "dev-ecbplus") for g in read_jsonl(folder / f"{name}.jsonl.gz")]
    rows, group = make_corpus(gold, args.bases, args.seed)
    in_path = write_jsonl(rows, OUT / "dedup-in.jsonl")
    seconds, code, _ = run_link(in_path, OUT / "dedup-out.jsonl")
    if code != 0:
        raise SystemExit("newstrace link failed")
    predicted = {r["id"]: r["duplicate_of"] for r in read_jsonl(OUT / "dedup-out.jsonl")}
    result = evaluate(rows, group, predicted)
    result.update(articles=len(rows), cli_articles_per_s=len(rows) / seconds, dedup_articles_per_s=_speed(rows))
    table(f"near-duplicates on generated pairs ({len(rows)} articles, {args.bases} bases x {len(KINDS)} variants)",
          ["system", "pair precision", "pair recall", "gold pairs", "excluded pairs", "duplicate_of = base",
           "art/s (dedup)", "art/s (CLI)"],
          [["newstrace (MinHash LSH, 4-shingles, t=0.5)", result["precision"], result["recall"], result["gold_pairs"],
            result["excluded_pairs"], result["duplicate_of_is_base"], round(result["dedup_articles_per_s"]),
            round(result["cli_articles_per_s"])],
           ["issue 7 target", GATE_PRECISION, GATE_RECALL, "", "", "", "", ""]])
    save_results("dedup", result)
    if args.gate and (result["precision"] < GATE_PRECISION or result["recall"] < GATE_RECALL):
        print(f"GATE FAILED: precision {result['precision']:.3f} / recall {result['recall']:.3f}")
        return 1
    return 0


def _speed(rows: list[dict]) -> float:
    from newstrace.link import Article, find_duplicates

    articles = [Article.of(row) for row in rows]
    started = time.perf_counter()
    find_duplicates(articles)
    return len(articles) / (time.perf_counter() - started)


if __name__ == "__main__":
    sys.exit(main())
