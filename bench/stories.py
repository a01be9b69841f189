"""Story clustering on ../shared/eval/stories (dev halves), through the CLI ``newstrace link --jsonl``.

    .venv/bin/python bench/stories.py [--gate] [--stages extract]

For each dev set, writes ``{id, title?, body, published?, url?, outlet?}`` lines (the eval ``text``
is already the article, so it goes in as ``body``), runs ``newstrace link --jsonl IN -o OUT`` in
``--mode batch`` and ``--mode online`` (articles added one by one in file order, which is date
order), scores ``story_id`` with the folder's own ``score.py`` and prints B-cubed figures beside
the peers of PEERS.md. The tune and check halves are cut by story (``half_of(story_id)``; an ECB+ topic,
both its events, stays in one half) and each half is linked on its own; "all" links the whole set. Articles/s: the whole CLI run (start-up and extraction included), and the
linking alone in this process (the measure PEERS.md uses: vectorising + clustering). ``--gate``
exits 1 when a B-cubed F1 falls more than 0.01 under GATE.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, HALVES, NEWSTRACE, OUT, eval_dir, half_of, read_jsonl, save_results, score, table, write_jsonl  # noqa: E402,F401
from halves import warn_gaps  # noqa: E402

SETS = ("dev-ecbplus", "dev-newscluster")
# B-cubed F1 on the check halves, each half linked on its own (2026-12-05: halves cut by story, not by
# article; the article cut had scored both halves on one clustering of the whole set: news-cluster check read
# 0.977 there and reads 0.893 now, close to the maintainers' held-out 0.917). Issue 15: a 30-day date scale
# (link/stories.py, its docstring lists every candidate with tune and check) took news-cluster to 0.927;
# small stories (<= 3 articles) joining their clearly nearest story took ECB+ to 0.979, news-cluster to 0.980.
# Later in issue 15, ECB+ halves keep a topic whole (group_key): ECB+ check reads .957 (was .979 with
# the two events of a topic apart), tune .956; news-cluster is cut by story as before.
GATE = {("dev-ecbplus", "batch"): 0.957, ("dev-ecbplus", "online"): 0.957,
        ("dev-newscluster", "batch"): 0.980, ("dev-newscluster", "online"): 0.980}
# From ../shared/eval/stories/PEERS.md (dev columns): method, t, B3 P, B3 R, B3 F1, clusters pred, art/s.
PEERS = {
    "dev-ecbplus": [("tfidf_agglo", 0.2, 0.909, 0.857, 0.882, 73, 770),
                    ("tfidf_online", 0.25, 0.874, 0.844, 0.859, 76, 2469),
                    ("minilm_agglo", 0.6, 0.850, 0.863, 0.857, 67, 20),
                    ("minilm_online", 0.65, 0.831, 0.846, 0.839, 69, 20),
                    ("minhash_lsh", 0.2, 1.000, 0.111, 0.200, 492, 467)],
    "dev-newscluster": [("tfidf_agglo", 0.1, 0.990, 0.956, 0.973, 39, 1056),
                        ("tfidf_online", 0.15, 1.000, 0.928, 0.962, 42, 1517),
                        ("minilm_agglo", 0.4, 0.989, 0.954, 0.971, 39, 13),
                        ("minilm_online", 0.5, 1.000, 0.935, 0.966, 41, 13),
                        ("minhash_lsh", 0.2, 1.000, 0.250, 0.400, 157, 153)],
}


def link_input(gold: list[dict]) -> list[dict]:
    """What a user would feed ``newstrace link``: no gold label, no topic."""
    rows = []
    for g in gold:
        row = {"id": g["id"], "body": g["text"], "url": g.get("url"), "lang": g.get("lang")}
        if g.get("title"):
            row["title"] = g["title"]
        if g.get("date"):
            row["published"] = g["date"]
        if g.get("outlet"):
            row["outlet"] = g["outlet"]
        rows.append(row)
    return rows


def run_link(in_jsonl: Path, out_jsonl: Path, *args: str) -> tuple[float, int, str]:
    """``newstrace link --jsonl IN -o OUT ARGS``: (seconds, return code, stderr)."""
    cmd = [*NEWSTRACE, "link", "--jsonl", str(in_jsonl), "-o", str(out_jsonl), *args]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
    return time.perf_counter() - started, proc.returncode, proc.stderr


def linking_speed(rows: list[dict], mode: str) -> float:
    """Articles/s of the story clustering alone, in this process (records already extracted)."""
    from newstrace.link import Article, cluster_batch, cluster_online

    articles = [Article.of(row) for row in rows]
    started = time.perf_counter()
    (cluster_online if mode == "online" else cluster_batch)(articles)
    return len(articles) / (time.perf_counter() - started)


def group_key(story_id: str) -> str:
    """What a half keeps whole: an ECB+ topic (``ecbplus:N``, both its events), else the story itself.

    ECB+ pairs two events of one kind per topic (two earthquakes, two heists): the hard negatives of the
    set. The held-out split keeps a topic whole; so do the halves (issue 15: cut by story, 10 of the 24
    dev topics had their two events in different halves, and neither half showed those merges).
    """
    return story_id.rsplit(":", 1)[0] if story_id.startswith("ecbplus:") else story_id


def story_halves(gold: list[dict]) -> dict[str, list[dict]]:
    """The dev set cut by STORY GROUP (``half_of(group_key(story_id))``), not by article: a half holds whole stories.

    Clustering scores depend on which articles sit beside each other, so an article-level cut would
    score both halves on one and the same clustering of the whole set (and every threshold tried on the
    tune half would also be tried on the check half). Cut by story, each half is linked on its own.
    """
    halves: dict[str, list[dict]] = {name: [] for name in HALVES}
    for row in gold:
        halves[half_of(group_key(row["story_id"]))].append(row)
    return halves


def link_and_score(folder: Path, name: str, part: str, gold: list[dict], stages: str) -> list[dict]:
    """Link ``gold``'s articles (one half, or all) in both modes and score each run against ``gold``."""
    rows = link_input(gold)
    in_path = write_jsonl(rows, OUT / f"stories-{name}-{part}-in.jsonl")
    results = []
    for mode in ("batch", "online"):
        out_path = OUT / f"stories-{name}-{part}-{mode}-out.jsonl"
        seconds, code, _ = run_link(in_path, out_path, "--mode", mode, "--stages", stages)
        if code != 0:
            raise SystemExit(f"newstrace link failed on {name} {part} ({mode})")
        pred = write_jsonl(({"id": r["id"], "cluster": r["story_id"]} for r in read_jsonl(out_path)),
                           OUT / f"stories-{name}-{part}-{mode}-pred.jsonl")
        gold_path = write_jsonl(gold, OUT / f"stories-{name}-gold-{part}.jsonl")
        scored = score(folder / "score.py", str(gold_path), str(pred))
        speed = dict(cli_articles_per_s=len(gold) / seconds, link_articles_per_s=linking_speed(rows, mode))
        results.append({**scored, "mode": mode, "set": name, "part": part, **speed})
    return results


def bench_set(folder: Path, name: str, stages: str) -> list[dict]:
    gold = list(read_jsonl(folder / f"{name}.jsonl.gz"))
    results = []
    for part, rows in [*story_halves(gold).items(), ("all", gold)]:
        results += link_and_score(folder, name, part, rows, stages)
    for mode in ("batch", "online"):
        pair = {r["part"]: r["bcubed_f1"] for r in results if r["mode"] == mode and r["part"] in HALVES}
        warn_gaps({f"{name} {mode}": pair}, "stories B3 F1")
    return results


def print_set(name: str, results: list[dict]) -> None:
    header = ["system", "B3 P", "B3 R", "B3 F1", "pairwise F1", "clusters pred/gold", "art/s (linking)", "art/s (CLI)"]
    body = [[f"newstrace {r['mode']} {r['part']}", r["bcubed_precision"], r["bcubed_recall"], r["bcubed_f1"], r["pairwise_f1"],
             f"{r['clusters_pred']}/{r['clusters_gold']}", round(r["link_articles_per_s"]), round(r["cli_articles_per_s"])]
            for r in results]
    body += [[f"peer {m} (t={t}, whole dev)", p, rc, f, "", f"{c}/{results[0]['clusters_gold']}", s, ""]
             for m, t, p, rc, f, c, s in PEERS[name]]
    table(f"stories {name} (PEERS.md: best {max(p[4] for p in PEERS[name]):.3f})", header, body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gate", action="store_true", help="exit 1 if a B-cubed F1 drops under its gate")
    ap.add_argument("--stages", default="extract", help="stages run before linking (default extract)")
    args = ap.parse_args(argv)
    folder = eval_dir("stories")
    if folder is None:
        return 0
    failed = []
    everything = []
    for name in SETS:
        results = bench_set(folder, name, args.stages)
        print_set(name, results)
        everything += results
        for r in (r for r in results if r["part"] == "check"):
            if r["bcubed_f1"] < GATE[(name, r["mode"])] - 0.01:
                failed.append(f"{name} {r['mode']} B3 F1 {r['bcubed_f1']:.3f} < {GATE[(name, r['mode'])] - 0.01:.3f}")
    save_results("stories", {"results": everything})
    if args.gate and failed:
        print("GATE FAILED: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
