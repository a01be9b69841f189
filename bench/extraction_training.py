"""HTML body F1 on the 2,169 training pages, ours beside trafilatura, readability-lxml and jusText.

    nice .venv/bin/python bench/extraction_training.py [--limit N] [--no-peers] [--per-page FILE]

Pages nobody tuned the eval figures on (``../shared/train/extraction/pages.jsonl.gz``, 2006-2013 news,
blogs and portals with human gold main text): ``extract_html`` in-process (the CLI's HTML path) beside
``trafilatura.extract`` (as in the eval folder's ``peers.py``), readability-lxml (+ html-text) and jusText
(English stop list) when installed. Scored with the eval folder's ``score.py`` metric (4-gram body F1:
harmonic mean of the mean precision and mean recall over pages), per source part and for two layouts:

- ``table layout``: the gold's longest lines sit inside a ``<td>`` (the article in a layout table);
- ``text outside <p>``: the gold's longest lines are in no ``<p>`` (text in cells or ``<div>`` with ``<br>``).

The ``dragnet:`` part is AGPLv3: measured here (evaluation ships nothing), never fitted on; thresholds of
``extract/body.py`` are fitted on the other parts, and the Dragnet part is the unseen check. The peers'
per-page counts (numbers only) are cached in ``bench/out/extraction-training-peers.json``; nothing from the
pages is written. ``--per-page`` writes id, part, layout and per-page F1 of each system (numbers only).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EVAL, OUT, read_jsonl, table  # noqa: E402

TRAIN = EVAL.parent / "train" / "extraction" / "pages.jsonl.gz"
PEER_CACHE = OUT / "extraction-training-peers.json"
PROBE_LINES = 5
PROBE_MIN_CHARS = 60
PROBE_CHARS = 50


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "extraction" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def part_of(page_id: str) -> str:
    prefix = page_id.split(":", 1)[0]
    return {"cleaneval-final": "cleaneval", "cleaneval-dev": "cleaneval"}.get(prefix, prefix)


def _flat(text: str) -> str:
    return " ".join(text.split())


def layout_of(html: str, gold: str) -> tuple[bool, bool]:
    """(table layout, text outside <p>) from where the gold's longest lines sit in the page."""
    from newstrace.extract.html import parse_html

    lines = sorted((_flat(line) for line in gold.split("\n")), key=len, reverse=True)
    probes = [line[:PROBE_CHARS] for line in lines[:PROBE_LINES] if len(line) >= PROBE_MIN_CHARS]
    if not probes:
        return False, False
    try:
        tree = parse_html(html)
    except Exception:
        return False, False
    cells = " ".join(_flat(td.text_content()) for td in tree.iter("td")
                     if next(td.iterancestors("td"), None) is None)
    paragraphs = " ".join(_flat(p.text_content()) for p in tree.iter("p"))
    found = [probe for probe in probes if probe in _flat(tree.text_content())]
    if not found:
        return False, False
    in_cells = sum(probe in cells for probe in found) / len(found)
    in_paragraphs = sum(probe in paragraphs for probe in found) / len(found)
    return in_cells > 0.5, in_paragraphs < 0.5


def _peers() -> dict:
    peers = {}
    try:
        import trafilatura

        peers["trafilatura"] = lambda html: trafilatura.extract(html, include_comments=False)
    except ImportError:
        pass
    try:
        import html_text
        from readability import Document

        peers["readability"] = lambda html: html_text.extract_text(Document(html).summary(html_partial=True))
    except ImportError:
        pass
    try:
        import justext

        stoplist = justext.get_stoplist("English")
        peers["justext"] = lambda html: "\n".join(p.text for p in justext.justext(html, stoplist)
                                                  if not p.is_boilerplate)
    except ImportError:
        pass
    return peers


def _ours(page: dict) -> tuple[str, str]:
    """Our body and the path that chose it (``Body.method``: fast / full cascade, +chunks, +lead)."""
    from newstrace.extract import html as html_mod
    from newstrace.textsafe import sanitize_text

    seen: list[str] = []
    extract_body = html_mod.extract_body

    def recording(*args, **kwargs):
        body = extract_body(*args, **kwargs)
        seen.append(body.method)
        return body

    html_mod.extract_body = recording
    try:  # the CLI sanitises every decoded page first (control characters)
        return html_mod.extract_html(sanitize_text(page["html"]), url=page.get("url"))["body"], seen[-1]
    except Exception:  # an error record in the CLI: empty output here
        return "", seen[-1] if seen else "error"
    finally:
        html_mod.extract_body = extract_body


def _counts(scorer, gold: str, text: str | None) -> list[float]:
    return list(scorer.body_counts(gold, text or "", 4))


def aggregate(scorer, triples: list[list[float]]) -> tuple[float, float]:
    """(F1 as score.py reports it, mean per-page F1) from per-page normalised (tp, fp, fn)."""
    precisions, recalls, f1s = [], [], []
    for tp, fp, fn in triples:
        p, r = scorer.doc_precision(tp, fp, fn), scorer.doc_recall(tp, fp, fn)
        if tp + fp > 0:
            precisions.append(p)
        if tp + fn > 0:
            recalls.append(r)
        f1s.append(scorer.harmonic(p, r))
    mean = (lambda values: sum(values) / len(values) if values else 0.0)
    return scorer.harmonic(mean(precisions), mean(recalls)), mean(f1s)


def run(args) -> list[dict]:
    scorer = _scorer()
    cache = json.loads(PEER_CACHE.read_text(encoding="utf-8")) if PEER_CACHE.is_file() else {}
    peers = {} if args.no_peers else _peers()
    rows, cpu = [], {"newstrace": 0.0, **{name: 0.0 for name in peers}}
    for page in read_jsonl(TRAIN):
        if not page.get("html") or not page.get("body"):
            continue
        started = time.process_time()
        ours, method = _ours(page)
        cpu["newstrace"] += time.process_time() - started
        row = {"id": page["id"], "part": part_of(page["id"]), "method": method,
               "newstrace": _counts(scorer, page["body"], ours)}
        row["table"], row["no_p"] = layout_of(page["html"], page["body"])
        cached = cache.setdefault(page["id"], {})
        for name, extract in peers.items():
            if name not in cached:
                started = time.process_time()
                try:
                    text = extract(page["html"])
                except Exception:
                    text = ""
                cpu[name] += time.process_time() - started
                cached[name] = _counts(scorer, page["body"], text)
        row.update({name: cached[name] for name in cached})
        rows.append(row)
        if args.limit and len(rows) >= args.limit:
            break
    if peers:
        PEER_CACHE.parent.mkdir(parents=True, exist_ok=True)
        PEER_CACHE.write_text(json.dumps(cache), encoding="utf-8")
    report(scorer, rows, cpu)
    if args.per_page:
        systems = [s for s in ("newstrace", "trafilatura", "readability", "justext") if s in rows[0]]
        with open(args.per_page, "w", encoding="utf-8") as fh:
            for row in rows:
                out = {k: row[k] for k in ("id", "part", "method", "table", "no_p")}
                out.update({s: aggregate(scorer, [row[s]])[1] for s in systems})
                fh.write(json.dumps(out) + "\n")
    return rows


def report(scorer, rows: list[dict], cpu: dict) -> None:
    systems = [s for s in ("newstrace", "trafilatura", "readability", "justext") if rows and s in rows[0]]
    groups = {"dragnet (AGPL, unseen)": lambda r: r["part"] == "dragnet",
              "cleaneval": lambda r: r["part"] == "cleaneval",
              "cleanportaleval": lambda r: r["part"] == "cleanportaleval",
              "non-AGPL (fit)": lambda r: r["part"] != "dragnet",
              "table layout": lambda r: r["table"],
              "text outside <p>": lambda r: r["no_p"],
              "all": lambda r: True}
    header = ["pages"]
    body = []
    for name, keep in groups.items():
        chosen = [r for r in rows if keep(r)]
        figures = [aggregate(scorer, [r[s] for r in chosen]) if chosen else (0.0, 0.0) for s in systems]
        body.append([name, len(chosen), *(f"{f1:.3f} / {mean:.3f}" for f1, mean in figures)])
    table("HTML body on the training pages: F1 / mean page F1 (4-gram, score.py's metric)",
          ["part", *header, *systems], body)
    if "trafilatura" in systems:
        by_path(scorer, rows)
    spent = [f"{name} {seconds:.1f} s" for name, seconds in cpu.items() if seconds]
    print("extraction CPU (this run; cached peers not re-run): " + ", ".join(spent))


def by_path(scorer, rows: list[dict]) -> None:
    """Where we lose to trafilatura, by the path that chose our body (issue 15): pages, F1 of both, the
    summed per-page F1 lost and won, and the pages lost or won by over 0.1; Dragnet apart from the rest."""
    for label, keep in (("non-AGPL", lambda r: r["part"] != "dragnet"), ("dragnet", lambda r: r["part"] == "dragnet")):
        groups: dict[str, list[dict]] = {}
        for row in rows:
            if keep(row):
                groups.setdefault(row["method"], []).append(row)
        body = []
        for method, chosen in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            ours = [aggregate(scorer, [r["newstrace"]])[1] for r in chosen]
            peer = [aggregate(scorer, [r["trafilatura"]])[1] for r in chosen]
            gaps = [p - o for o, p in zip(ours, peer)]
            body.append([method, len(chosen), aggregate(scorer, [r["newstrace"] for r in chosen])[0],
                         aggregate(scorer, [r["trafilatura"] for r in chosen])[0],
                         f"{sum(g for g in gaps if g > 0):.2f}", f"{-sum(g for g in gaps if g < 0):.2f}",
                         sum(g > 0.1 for g in gaps), sum(g < -0.1 for g in gaps)])
        table(f"{label}: our body by the path that chose it, beside trafilatura (page F1 summed)",
              ["path", "pages", "newstrace", "trafilatura", "lost", "won", "lost > 0.1", "won > 0.1"], body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--no-peers", action="store_true", help="only the cached peer figures")
    ap.add_argument("--per-page", default="", help="write per-page F1 figures (numbers only) here")
    args = ap.parse_args()
    if not TRAIN.is_file():
        print(f"[train] {TRAIN} not found")
        return 0
    run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
