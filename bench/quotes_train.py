"""Quotes on PolNeAR's TRAIN part (../shared/train/quotes), through the CLI, scored by the eval set's score.py.

The place to read quote errors (issue 12): training data, disjoint from every eval set. Runs
``newstrace analyze --jsonl --format body --stages entities,sources,quotes`` on the 837 training articles
(or the first ``--limit``), turns the records into the scorer's format as ``bench/quotes.py`` does and
prints detection and end-to-end F1 for all attributions, ``--subset speech`` and ``--subset direct``
(every quote; and the quotes newstrace labels ``direct``).

``--errors FILE`` writes, OUTSIDE the repository, every gold attribution with the prediction it matched
(or none) and every unmatched prediction with the gold quote it overlaps most: the raw material for
reading errors. ``--rescore`` scores the records of the last run again without running the CLI.

**split** (issue 12: one real person or body is one source): the gold speakers' chains (``speaker_coref_auto``,
CoreNLP's automatic chains, noisy) that name someone (a capitalised mention that is no pronoun), and the predicted
sources (not the page's own outlet) mapped to them as ``bench/gum_sources.py`` maps sources to GUM chains (a
source goes to the chain most of its mentions fall in); a chain two or more sources map to is split.
``--splits N`` prints N of them with each source's mentions (training text: read here, never copied).
Usage: ``nice .venv/bin/python bench/quotes_train.py [--limit N] [--errors /tmp/x.jsonl] [--rescore] [--splits N]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, ROOT, read_jsonl, run_analyze, score, write_jsonl  # noqa: E402
from quotes import STAGES, predictions  # noqa: E402

TRAIN = ROOT.parent / "shared" / "train" / "quotes" / "polnear_train.jsonl.gz"
SCORER = ROOT.parent / "shared" / "eval" / "quotes" / "score.py"
METRICS = ("detect_p", "detect_r", "detect_f1", "speaker_acc", "e2e_f1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", default=None, help="error dump (a path outside the repository)")
    parser.add_argument("--rescore", action="store_true", help="score the last run's records again")
    parser.add_argument("--splits", type=int, default=0, help="print N split speaker chains (training text)")
    args = parser.parse_args(argv)
    if not TRAIN.exists() or not SCORER.exists():
        print(f"[bench] {TRAIN} or {SCORER} not found: skipping")
        return 0
    gold = list(read_jsonl(TRAIN))[: args.limit or None]
    out = OUT / "quotes-train-records.jsonl"
    if not args.rescore:
        inp = write_jsonl(({"id": g["id"], "body": g["text"]} for g in gold), OUT / "quotes-train-in.jsonl")
        run = run_analyze(inp, out, "--stages", STAGES, env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
        if run.returncode != 0:
            return 1
        print(f"[bench] {run.documents} articles in {run.seconds:.0f} s")
    records = [r for r in read_jsonl(out)]
    ids = {r["id"] for r in records}
    gold = [g for g in gold if g["id"] in ids]
    gold_file = write_jsonl(gold, OUT / "quotes-train-gold.jsonl")
    every = write_jsonl(predictions(records), OUT / "quotes-train-pred.jsonl")
    direct = write_jsonl(predictions(records, ("direct",)), OUT / "quotes-train-pred-direct.jsonl")
    results = {subset: score(SCORER, str(gold_file), str(every), "--subset", subset)
               for subset in ("all", "speech", "direct")}
    results["direct-only"] = score(SCORER, str(gold_file), str(direct), "--subset", "direct")
    print(f"PolNeAR train ({len(gold)} articles)   " + "  ".join(METRICS))
    for subset, res in results.items():
        print(f"  {subset:12s} " + "  ".join(f"{res[m]:.4f}" for m in METRICS)
              + f"   gold {res['n_gold']} pred {res['n_pred_counted']}")
    split, chains, examples = speaker_splits(gold, records, args.splits)
    print(f"  split        {split}/{chains} named speaker chains = {split / max(chains, 1):.4f}")
    for line in examples:
        print(f"    {line}")
    if args.errors:
        _dump_errors(gold, records, Path(args.errors))
    return 0


def speaker_splits(gold: list[dict], records: list[dict], show: int = 0) -> tuple[int, int, list[str]]:
    """(split chains, named speaker chains some source maps to, examples): see the module's docstring."""
    from gum_sources import PRONOUNS, _capitalised

    by_id = {r["id"]: r for r in records}
    split = mapped = 0
    examples: list[str] = []
    for g in gold:
        text = g["text"]
        found = {tuple(tuple(s) for s in q["speaker_coref_auto"]) for q in g.get("quotes", ())
                 if q.get("speaker_coref_auto")}
        spans = {s: i for i, c in enumerate(sorted(found)) if any(_capitalised(text, a, b) for a, b in c) for s in c}
        by_chain: dict[int, list[dict]] = {}
        for source in by_id[g["id"]].get("sources") or ():
            if str(source.get("method", "")).startswith("page:"):
                continue
            votes = Counter(_chain(tuple(m), spans, text, source["name"]) for m in source.get("mentions") or ()
                            if text[m[0]:m[1]].lower() not in PRONOUNS)
            votes.pop(None, None)
            if votes:
                by_chain.setdefault(votes.most_common(1)[0][0], []).append(source)
        mapped += len(by_chain)
        for sources in by_chain.values():
            if len(sources) > 1:
                split += 1
                if len(examples) < show:
                    examples.append(f"{g['id']}: " + " | ".join(
                        f"{s['name']} ({s['kind']}; {[text[a:b] for a, b in s['mentions']][:4]})" for s in sources))
    return split, mapped, examples


def _chain(mention: tuple[int, int], spans: dict, text: str, name: str) -> int | None:
    """The speaker chain a source's mention names: the same span, else the shortest chain mention holding it
    ("Carper" of "Sen. Carper"), else the longest chain mention inside it that holds the last word of the
    source's name ("Jane Roe" of "Jane Roe, a lawyer"; never "Roe" of "Roe's aides", a source of its own)."""
    if mention in spans:
        return spans[mention]
    outer = [(b - a, c) for (a, b), c in spans.items() if a <= mention[0] and mention[1] <= b]
    if outer:
        return min(outer)[1]
    last = name.split()[-1].lower() if name.split() else ""
    inner = [(b - a, c) for (a, b), c in spans.items() if mention[0] <= a and b <= mention[1]
             and last in text[a:b].lower().split()]
    return max(inner)[1] if inner else None


def _dump_errors(gold: list[dict], records: list[dict], path: Path) -> None:
    spec = importlib.util.spec_from_file_location("polnear_score", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    preds = {r["id"]: r for r in predictions(records)}
    with path.open("w", encoding="utf-8") as fh:
        for g in gold:
            text, gq = g["text"], g.get("quotes", [])
            pq = [q for q in preds[g["id"]]["quotes"] if q.get("content_span")]
            gf, pf, g2p, p2g, fragments = scorer.match_record(gq, pq, text)
            for i, q in enumerate(gq):
                j = g2p.get(i)
                fh.write(json.dumps({"id": g["id"], "type": "gold", "gold": q,
                                     "pred": pq[j] if j is not None else None,
                                     "speaker_ok": bool(j is not None and scorer.speaker_ok(q, pq[j], text)),
                                     "near": _nearest(gf[i], pf, pq) if j is None else None}) + "\n")
            for j, p in enumerate(pq):
                if j in p2g or j in fragments:
                    continue
                fh.write(json.dumps({"id": g["id"], "type": "false", "pred": p,
                                     "near": _nearest(pf[j], gf, gq), "sentence": _around(text, p)}) + "\n")


def _nearest(frags, others, quotes) -> dict | None:
    best, best_ov = None, 0
    for k, other in enumerate(others):
        ov = sum(max(0, min(b, d) - max(a, c)) for a, b in frags for c, d in other)
        if ov > best_ov:
            best, best_ov = quotes[k], ov
    return best


def _around(text: str, q: dict) -> str:
    a, b = q["content_span"]
    return text[max(0, a - 200):b + 200]


if __name__ == "__main__":
    sys.exit(main())
