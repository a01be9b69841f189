"""Evidence for the page-date cascade on UNSEEN training pages (issue 15): no gold dates there, so a
silver label stands in where a page settles its own date beyond doubt.

    .venv/bin/python bench/dates_training.py [--limit N] [--show KIND] [--rerun]

For each of the 2,169 pages of ../shared/train/extraction this runs every finder of the cascade on
its own (JSON-LD, meta, markup, the visible date line, weak meta, the URL), our final answer and
htmldate (fast and extensive, as the peers call it). The silver label of a page is, when present:

* ``url``: a full date in the page's URL (``/2012/08/05/``, ``20120805``), which is set when a story is
  first made and never changes (archive and listing pages aside), or
* ``stamp+line``: a machine stamp (JSON-LD ``datePublished`` or a published meta tag) whose day the
  visible date line under the headline also shows.

It prints, for every finder and for htmldate, how often it answered, how often it agreed with the
silver label, and the pages where we and htmldate extensive disagree (counts by which of the two the
silver label backs). ``--show KIND`` lists page ids of one kind (``we-wrong``, ``hd-wrong``,
``disagree``) to read by hand. Results are cached in bench/out/dates-training.jsonl (``--rerun`` to
recompute). Training text never enters the repository: only counts and ids are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT, read_jsonl, table  # noqa: E402

TRAIN = ROOT.parent / "shared" / "train" / "extraction" / "pages.jsonl.gz"
CACHE = OUT / "dates-training.jsonl"
FINDERS = ("json-ld", "meta", "markup", "visible", "meta-weak", "url", "ours", "htmldate_fast", "htmldate_ext")


def finders_of(html_text: str, url: str | None) -> dict[str, str | None]:
    """Each finder's published day on one page, alone, and our final answer."""
    from htmldate import find_date

    from newstrace.extract import dates as d
    from newstrace.extract import metadata
    from newstrace.extract.html import parse_html

    today = date(2026, 12, 1)
    tree = parse_html(html_text)
    meta = metadata.read_page_meta(tree)
    order = d.NumericOrder(d._month_first(meta), d._url_month(url))
    markup, visible = d._scan_tree(tree, d._headline(tree, meta), order, today)
    shown = next((v for v in visible if not v.updated), None)
    if shown is None and not visible:
        labelled = d._labelled_dates(tree, order, today)
        shown = next((v for v in labelled if not v.updated), None)
    found = {
        "json-ld": d._from_jsonld(meta, d.pat.JSONLD_PUBLISHED, today) or d._from_jsonld_text(tree, "datePublished", today),
        "meta": next(iter(d._all_meta(meta, d.pat.PUBLISHED_META, "meta", 0.9, today)), None),
        "markup": markup.get("published"),
        "meta-weak": d._from_meta(meta, d.pat.WEAK_PUBLISHED_META, "meta-weak", 0.7, today),
        "url": d._from_url(url, today),
    }
    row: dict[str, str | None] = {k: (v.value[:10] if v else None) for k, v in found.items()}
    row["visible"] = shown.day.isoformat() if shown else None
    published, modified = d.find_dates(meta, tree, html_text, url, today=today)
    row["ours"] = published.value[:10] if published else None
    row["ours_method"] = published.method if published else None
    row["modified"] = modified.value[:10] if modified else None
    for name, extensive in (("htmldate_fast", False), ("htmldate_ext", True)):
        try:
            row[name] = find_date(html_text, url=url, original_date=True, extensive_search=extensive,
                                  outputformat="%Y-%m-%d")
        except Exception:  # htmldate raises assorted errors on odd pages
            row[name] = None
    return row


def silver(row: dict) -> tuple[str | None, str | None]:
    if row.get("url"):
        return row["url"], "url"
    stamp = row.get("json-ld") or row.get("meta")
    if stamp and stamp == row.get("visible"):
        return stamp, "stamp+line"
    return None, None


def compute(limit: int) -> list[dict]:
    rows = []
    started = time.perf_counter()
    for n, page in enumerate(read_jsonl(TRAIN)):
        if limit and n >= limit:
            break
        try:
            row = finders_of(page["html"], page.get("url"))
        except Exception as exc:  # noqa: BLE001 - a page the parser refuses
            row = {"error": type(exc).__name__}
        rows.append({"id": page["id"], **row})
    print(f"[{len(rows)} pages in {time.perf_counter() - started:.0f} s]")
    return rows


def report(rows: list[dict]) -> None:
    labelled = [(r, *silver(r)) for r in rows if silver(r)[0]]
    kinds = Counter(kind for _, _, kind in labelled)
    print(f"pages {len(rows)}; silver-labelled {len(labelled)} ({dict(kinds)})")
    out = []
    for finder in FINDERS:
        for kind in (None, "url", "stamp+line"):
            subset = [(r, s) for r, s, k in labelled if kind in (None, k)]
            answered = [(r, s) for r, s in subset if r.get(finder)]
            right = sum(r[finder] == s for r, s in answered)
            out.append([finder, kind or "all", len(subset), len(answered), right,
                        right / len(answered) if answered else 0.0, right / len(subset) if subset else 0.0])
    table("Each finder against the silver label (unseen training pages)",
          ["finder", "silver", "pages", "answered", "agree", "precision", "accuracy"], out)
    by_method = Counter()
    ok = Counter()
    for r, s, _ in labelled:
        m = r.get("ours_method") or "none"
        by_method[m] += 1
        ok[m] += r.get("ours") == s
    table("Our final answer by the row that gave it, against silver",
          ["method", "pages", "agree", "share"], [[m, n, ok[m], ok[m] / n] for m, n in by_method.most_common()])
    dis = Counter()
    for r, s, kind in labelled:
        if r.get("ours") != r.get("htmldate_ext"):
            who = "we" if r.get("ours") == s else "htmldate" if r.get("htmldate_ext") == s else "neither"
            dis[(kind, who)] += 1
    print("we vs htmldate extensive disagree (silver backs):", dict(dis))
    allpages = sum(r.get("ours") != r.get("htmldate_ext") for r in rows if "error" not in r)
    print(f"disagreements on all pages: {allpages}")


def show(rows: list[dict], kind: str) -> None:
    for r in rows:
        s, how = silver(r)
        ours, hd = r.get("ours"), r.get("htmldate_ext")
        if (kind == "we-wrong" and s and ours != s) or (kind == "hd-wrong" and s and hd != s and ours == s) \
                or (kind == "disagree" and ours != hd):
            print(json.dumps({k: r.get(k) for k in ("id", *FINDERS, "ours_method", "modified")} |
                             {"silver": s, "how": how}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", choices=("we-wrong", "hd-wrong", "disagree"))
    ap.add_argument("--rerun", action="store_true")
    args = ap.parse_args(argv)
    if not TRAIN.exists():
        print(f"[bench] {TRAIN} not found: skipping")
        return 0
    if args.rerun or not CACHE.exists():
        rows = compute(args.limit)
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    rows = list(read_jsonl(CACHE))
    if args.show:
        show(rows, args.show)
    else:
        report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
