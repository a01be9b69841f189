"""Who said it (issue 12): the attribution gold set (../shared/eval/attribution), through the CLI.

Runs ``newstrace analyze --jsonl IN --format body --stages entities,sources,quotes`` on the dev split
(``{id, body, url}`` lines: ``body`` is kept character for character, so spans index into the gold
text) and scores each half (tune / check, ``common.half_of``) with the set's own ``score.py``:
source P/R/F1, kind accuracy over matched sources, the share of gold sources split over several
predicted sources, quote detection P/R/F1, resolved-speaker accuracy over found quotes and
end-to-end F1 (quote found and its speaker right). The page's own outlet is not a source here.

The same records are also scored as a user sees them with the API's ``min_confidence`` at ``VIEW_FLOOR``
(quotes under it left out; sources kept): an informative row, never a gate. The attribution guide counts
fewer weak-frame statements ("announced the plan", "wants to …") than PolNeAR does, and the quote
confidence (scaled by the statement model's probability, ``analysis/quotes/objects.py``) is what serves
both: on this set the floor raises quote F1, on PolNeAR it lowers it (figures in ``VIEW_FLOOR``'s comment).

``--errors N`` prints up to N examples per error class of the TUNE half only (DEVELOPERS.md: the check
half gives numbers, never examples). ``--gate`` exits 1 when a check-half figure falls more than
``GATE_TOLERANCE`` under the figure reached (``GATES``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    HALVES,
    OUT,
    eval_dir,
    half_gap_warning,
    read_jsonl,
    run_analyze,
    save_results,
    split_halves,
    table,
    write_jsonl,
)

STAGES = "entities,sources,quotes"
METRICS = ("speaker_acc", "source_f1", "source_p", "kind_acc", "split_rate", "quote_f1", "quote_p", "e2e_f1")
LOWER_IS_BETTER = ("split_rate",)

# The whole dev set before issue 12 (the table, "dev today") and the peer it names.
BASELINE = {"speaker_acc": 0.773, "source_f1": 0.777, "source_p": 0.698, "kind_acc": 0.700,
            "split_rate": 0.202, "quote_f1": 0.817, "quote_p": 0.733, "e2e_f1": 0.632}
PEER = {"speaker_acc": 0.593, "source_f1": 0.470, "quote_f1": 0.526, "e2e_f1": 0.312}  # textacy + nearest PERSON
# What issue 12 asks for on the check half (and on the held-out set).
TARGETS = {"speaker_acc": 0.95, "source_f1": 0.90, "kind_acc": 0.90, "split_rate": 0.05, "quote_f1": 0.88,
           "e2e_f1": 0.85}
# Check-half figures reached (2026-12-04; speaker 2026-12-05; source F1 2026-12-06); --gate fails below them minus
# GATE_TOLERANCE (above, for split_rate).
GATES = {"speaker_acc": 0.953, "source_f1": 0.909, "kind_acc": 0.806, "quote_f1": 0.797, "e2e_f1": 0.745}
GATE_TOLERANCE = 0.02
# min_confidence of the informative "as the API shows it" row, chosen on the tune half (quote F1 at floors
# 0 / .3 / .4 / .45 / .5 / .6: tune .896 / .910 / .933 / .942 / .940 / .932; 2026-12-05). Check at .45: quote F1
# .837 -> .851, e2e .797 -> .811 (at .5: .887, .845). PolNeAR dev at .45 (bench/quotes.py records, filtered):
# all detect tune .696 -> .660, check .750 -> .704; speech detect check .842 -> .833 -- PolNeAR wants every quote.
# Since quotes whose speaker is not known (none, or unresolved) are scaled under the floor (analysis/quotes/stage.py,
# UNKNOWN_SPEAKER; 2026-12-06) the row reads tune / check quote F1 .937 / .865, e2e .924 / .851, speaker .986 / .984;
# since weak frames' confidence is calibrated on the tune half (WEAK_FRAME 0.67), .928 / .887, e2e .908 / .872.
# Since the quote confidence is fitted on PolNeAR train (bench/train_quote_confidence.py, 2026-12-07; weak frames
# there are mostly statements, the guide's far fewer) it reads quote F1 .946 / .904 -> .927 / .863, quote P .972 /
# .910 -> .896 / .808, e2e .939 / .889 -> .921 / .849: PolNeAR's notion of a statement, not the guide's. With weak
# frames back at the guide's factor (.67, the tune half's; base and sure_pivot still PolNeAR's fit) it reads quote F1
# .946 / .892, quote P .966 / .873, e2e .940 / .878.
VIEW_FLOOR = 0.45
# Quote confidence bins of the reliability table: in each, the share of quotes that match a gold one (quote P)
# and that match with the right speaker (e2e P); a meaningful confidence rises with both.
RELIABILITY_BINS = (0.0, 0.3, 0.45, 0.6, 0.75, 1.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gate", action="store_true", help="exit 1 when a check-half figure is under its gate")
    parser.add_argument("--errors", type=int, default=0, help="print N examples per error class (tune half only)")
    args = parser.parse_args(argv)
    folder = eval_dir("attribution")
    if folder is None:
        return 0
    gold = list(read_jsonl(folder / "dev.jsonl"))
    inp = write_jsonl(({"id": g["id"], "body": g["text"], "url": g.get("url")} for g in gold),
                      OUT / "attribution-in.jsonl")
    out = OUT / "attribution-records.jsonl"
    run = run_analyze(inp, out, "--format", "body", "--stages", STAGES,
                      env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    if run.returncode != 0:
        print(f"[bench] newstrace analyze failed (exit {run.returncode})")
        return 1
    records = {r["id"]: r for r in read_jsonl(out)}
    results: dict = {"seconds": run.seconds, "articles": run.documents,
                     "errors": sum(1 for r in records.values() if r.get("error"))}
    for half, items in split_halves(gold).items():
        gold_file = write_jsonl(items, OUT / f"attribution-{half}.gold.jsonl")
        pred_file = write_jsonl((records[g["id"]] for g in items if g["id"] in records),
                                OUT / f"attribution-{half}.pred.jsonl")
        results[half] = _score(folder / "score.py", gold_file, pred_file)
        shown = write_jsonl((_above(records[g["id"]], VIEW_FLOOR) for g in items if g["id"] in records),
                            OUT / f"attribution-{half}.shown.jsonl")
        results[f"{half}_shown"] = _score(folder / "score.py", gold_file, shown)
        results[f"{half}_reliability"] = [
            {**_score(folder / "score.py", gold_file,
                      write_jsonl((_within(records[g["id"]], lo, hi) for g in items if g["id"] in records),
                                  OUT / f"attribution-{half}.bin.jsonl")),
             "mean_confidence": _mean_confidence([records[g["id"]] for g in items if g["id"] in records], lo, hi)}
            for lo, hi in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:])]
        if half == "tune" and args.errors:
            print(json.dumps(_score(folder / "score.py", gold_file, pred_file, args.errors), indent=1,
                             ensure_ascii=False))
    _print(results, {h: len(v) for h, v in split_halves(gold).items()})
    save_results("attribution", results)
    return _gate(results) if args.gate else 0


def _within(record: dict, low: float, high: float) -> dict:
    """The record with only the quotes whose confidence is in [low, high) (a reliability bin)."""
    return {**record, "quotes": [q for q in record.get("quotes") or () if low <= q.get("confidence", 1.0) < high]}


def _mean_confidence(records: list[dict], low: float, high: float) -> float:
    """The mean confidence of the quotes in [low, high) (beside a bin's quote P: calibrated when they agree)."""
    values = [q.get("confidence", 1.0) for r in records for q in r.get("quotes") or ()
              if low <= q.get("confidence", 1.0) < high]
    return round(sum(values) / len(values), 3) if values else 0.0


def _above(record: dict, floor: float) -> dict:
    """The record with only the quotes at or over ``floor`` (the API's ``min_confidence``)."""
    return {**record, "quotes": [q for q in record.get("quotes") or () if q.get("confidence", 1.0) >= floor]}


def _score(scorer: Path, gold: Path, pred: Path, errors: int = 0) -> dict:
    cmd = [sys.executable, str(scorer), str(gold), str(pred)] + (["--errors", str(errors)] if errors else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _print(results: dict, sizes: dict) -> None:
    header = ["system", *METRICS]
    rows = [[f"newstrace {half} ({sizes[half]} articles)", *[results[half][m] for m in METRICS]] for half in HALVES]
    rows += [[f"newstrace {half}, quotes with confidence >= {VIEW_FLOOR} (informative)",
              *[results[f"{half}_shown"][m] for m in METRICS]] for half in HALVES]
    rows.append(["before issue 12 (whole dev, issue table)", *[BASELINE.get(m, "-") for m in METRICS]])
    rows.append(["textacy + nearest PERSON (issue table)", *[PEER.get(m, "-") for m in METRICS]])
    rows.append(["issue 12 target (check half)", *[TARGETS.get(m, "-") for m in METRICS]])
    table("attribution dev (who said it; split_rate: lower is better)", header, rows)
    bins = [f"{lo:.2f}-{min(hi, 1.0):.2f}" for lo, hi in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:])]
    table("quote confidence reliability (per bin: quotes, mean confidence, quote P, e2e P)", ["half", *bins],
          [[half, *[f"{b['pred_quotes']}, {b['mean_confidence']:.2f}, {b['quote_p']:.2f}, {b['e2e_p']:.2f}"
                    for b in results[f"{half}_reliability"]]]
           for half in HALVES])
    for metric in METRICS:
        tune, check = results["tune"][metric], results["check"][metric]
        if metric in LOWER_IS_BETTER:
            tune, check = -tune, -check
        half_gap_warning(tune, check, f"attribution {metric}")
    print(f"speed: {results['articles']} articles in {results['seconds']:.1f} s (whole CLI run: {STAGES}); "
          f"errors: {results['errors']}")


def _gate(results: dict) -> int:
    check = results["check"]
    for metric, target in TARGETS.items():
        reached = check[metric] <= target if metric in LOWER_IS_BETTER else check[metric] >= target
        sign = "<=" if metric in LOWER_IS_BETTER else ">="
        print(f"[target] {metric}: check {check[metric]:.3f}, issue 12 asks {sign} {target} "
              f"({'reached' if reached else 'not reached'})")
    failed = [f"{m} {check[m]:.3f} < {g - GATE_TOLERANCE:.3f}" for m, g in GATES.items()
              if check[m] < g - GATE_TOLERANCE]
    for line in failed:
        print(f"[gate] {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
