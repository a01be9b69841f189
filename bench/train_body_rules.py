"""Do the HTML body's own rules win on pages they were not tuned on? Ablation on training pages.

    .venv/bin/python bench/train_body_rules.py [--limit N] [--only "furniture off,furniture links"] [--dragnet]

Runs ``extract_html`` on the pages of ``../shared/train/extraction/pages.jsonl.gz`` outside its
``dragnet:`` part (AGPLv3) with all rules, then with each of the "+chunks" rule, the lead rule and the
navigation-row rule switched off, and prints the mean per-page 4-gram F1 (the eval scorer's) of each
and on how many pages the rule changed the body (against the first setting run), and the summed
``extract_html`` time of each. ``--dragnet`` also scores the ``dragnet:`` pages (measuring a rule only;
nothing is fitted on them). Nothing from the pages is written.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, read_jsonl  # noqa: E402

TRAIN = EVAL.parent / "train" / "extraction" / "pages.jsonl.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated setting names to run (default: all)")
    ap.add_argument("--dragnet", action="store_true", help="score the dragnet: pages too")
    args = ap.parse_args()
    if not TRAIN.is_file():
        print(f"[train] {TRAIN} not found")
        return 0
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "extraction" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from newstrace.extract import body as body_mod
    from newstrace.extract.html import extract_html

    switches = {"all rules": {}, "without chunks": {"CHUNK_MISSING_SHARE": float("inf")},
                "without lead": {"LEAD_RULE": False}, "without nav rows": {"NAV_ROW_LINK_SHARE": float("inf")},
                "furniture off": {"FURNITURE_MODE": "off"}, "furniture all": {"FURNITURE_MODE": "all"},
                "furniture links": {"FURNITURE_MODE": "links"}}
    if args.only:
        switches = {name: switches[name] for name in args.only.split(",")}
    first = next(iter(switches))
    totals = {name: [0.0, 0, 0.0] for name in switches}
    pages = 0
    for page in read_jsonl(TRAIN):
        if (page["id"].startswith("dragnet:") and not args.dragnet) or not page.get("html") or not page.get("body"):
            continue
        bodies = {}
        for name, overrides in switches.items():
            saved = {k: getattr(body_mod, k) for k in overrides}
            for key, value in overrides.items():
                setattr(body_mod, key, value)
            started = time.process_time()
            try:
                bodies[name] = extract_html(page["html"])["body"]
            except Exception:
                bodies[name] = ""
            totals[name][2] += time.process_time() - started
            for key, value in saved.items():
                setattr(body_mod, key, value)
        for name, text in bodies.items():
            tp, fp, fn = scorer.body_counts(page["body"], text, 4)
            totals[name][0] += 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
            totals[name][1] += text != bodies[first]
        pages += 1
        if args.limit and pages >= args.limit:
            break
    for name, (f1, changed, cpu) in totals.items():
        print(f"{name:<18} mean F1 {f1 / pages:.4f}  pages changed {changed}/{pages}  extract CPU {cpu:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
