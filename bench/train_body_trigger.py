"""When should the HTML body run trafilatura's full cascade? Measured on training pages, not eval pages.

    .venv/bin/python bench/train_body_trigger.py [--limit N]

For each page of ``../shared/train/extraction/pages.jsonl.gz`` outside its ``dragnet:`` part (AGPLv3),
the fast path and the full cascade of ``extract/body.py`` both run; each result is scored against the
page's human gold text with the eval scorer's 4-gram body F1. It then prints, for each candidate
trigger (the current one, and rules on the fast result's share of short blocks and of link text), how
often it fires and the mean per-page F1 of "fast, or full when the trigger fires", beside always-fast
and always-full. Nothing from the pages is written; the chosen thresholds go into ``extract/body.py``
by hand with the figures in its comments.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, read_jsonl  # noqa: E402

TRAIN = EVAL.parent / "train" / "extraction" / "pages.jsonl.gz"


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "extraction" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_figures(page: dict, scorer) -> dict | None:
    from newstrace.extract import body as body_mod
    from newstrace.extract.html import _drop_code, parse_html

    try:
        tree = parse_html(page["html"])
        _drop_code(tree)
        fast, full = body_mod.candidates(tree, None)
    except Exception:  # a page the CLI would give an error record (e.g. control characters in text)
        return None
    out = {}
    for name, doc in (("fast", fast), ("full", full)):
        blocks, anchors = body_mod._blocks_and_anchors(doc.body, None) if doc is not None else ([], [])
        text = "\n".join(blocks)
        tp, fp, fn = scorer.body_counts(page["body"], text, 4)
        out[name] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        out[f"{name}_chars"] = len(text)
        if name == "fast":
            out.update(body_mod.trigger_features(tree, blocks, anchors))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if not TRAIN.is_file():
        print(f"[train] {TRAIN} not found")
        return 0
    scorer = _scorer()
    rows = []
    for page in read_jsonl(TRAIN):
        if page["id"].startswith("dragnet:") or not page.get("html") or not page.get("body"):
            continue
        figures = page_figures(page, scorer)
        if figures:
            rows.append(figures)
        if args.limit and len(rows) >= args.limit:
            break
    report(rows)
    return 0


def report(rows: list[dict]) -> None:
    from newstrace.extract import body as body_mod

    def mean(values):
        values = list(values)
        return sum(values) / len(values) if values else 0.0

    print(f"{len(rows)} pages: always fast {mean(r['fast'] for r in rows):.4f}, "
          f"always full {mean(r['full'] for r in rows):.4f}, best of both {mean(max(r['fast'], r['full']) for r in rows):.4f}")
    policies = {"full when fired": lambda r: True,
                "full when fired and at least half as long": lambda r: r["full_chars"] >= 0.5 * r["fast_chars"],
                "full when fired and longer": lambda r: r["full_chars"] > r["fast_chars"]}
    for short in (-1.0, 0.25, 0.35, 0.45, 0.55, 1.1):
        fire = [body_mod.should_run_full(r, short_share=short, link_share=1.1) for r in rows]
        for name, take in policies.items():
            score = mean(r["full"] if f and take(r) else r["fast"] for r, f in zip(rows, fire))
            print(f"short blocks > {short:.2f} (or the old rule): fires {mean(fire):.3f}, {name}: mean F1 {score:.4f}")


if __name__ == "__main__":
    raise SystemExit(main())
