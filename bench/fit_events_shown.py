"""A reader calibration of event confidence, fitted on hand-judged training pages, and its reliability curve (issue 13:
"confidence that means something ... reliability curve in the bench output"; ">= 80 % of shown events make sense").

Data: the hand judgements of ``bench/labels/events_shown.tsv`` on the STUDIED samples of ``bench/events_shown.py``
(``read*``, ``pread*`` and ``pcal*``: training pages only, never a check sample, never an eval set), for the events
over the default threshold that no ``hidden`` reason leaves out (those the threshold decides). The coder's own
confidence is the record's (the package applies no reader calibration).

Model: the share of events a reader accepted, by PLOVER category, smoothed toward the share over all events (a
Beta prior worth ``PRIOR`` events), and by category and trigger lemma where at least ``MIN_LEMMA`` events were
judged, smoothed toward its category's. The factor is that share over the mean coder confidence of the group,
capped at 1 (no event under the threshold was judged, so the calibration may lower a confidence, never raise one).
Prints the groups, the reliability curve of the coder's confidence (before) and of the calibrated one on ``pcal1``
and on all the studied samples.

Measured and NOT shipped (shown38, 2026-12-08, main 1939301): the fit lowers three groups under the default
threshold (AGREE "offer" 2/4, ASSAULT "kill" 5/8, REQUEST "call" 5/8); applied in the coder, pooled older checks
305/390 (.782) -> 284/355 (.800) but the fresh pcheck10 14/16 (.875) -> 13/15 (.867), and "Rebels killed four
soldiers near ..." (a sentence written to test it) fell under the threshold: 35 check events hidden, 21 of them
accepted. By category alone no group of the studied samples and pcal1 reads under the threshold (ACCUSE .98 ...
PROTEST .74): nothing to hide. The pooled checks' misses sit on the 2006-2013 web pages (their checks .71), which
pcal1 (PolNeAR articles, their checks .825) cannot see. Rerun this when a fresh judged sample of such pages exists.

    nice .venv/bin/python bench/events_shown.py --only pcal1 ...   # writes the records the fit reads
    nice .venv/bin/python bench/fit_events_shown.py
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, table  # noqa: E402
from events_shown import read_labels, sentence_key  # noqa: E402

PRIOR = 4.0
MIN_LEMMA = 3
STUDIED = ("read", "read2", "read3", "read4", "pread", "pread2", "pread3", "pread4", "pread5", "pread6", "pcal1")
BINS = (0.0, 0.5, 0.6, 0.65, 0.71, 0.75, 1.01)


def judged_events(floor: float) -> list[dict]:
    """The judged events of the studied samples that the threshold decides (not hidden, coder confidence over
    ``floor``): sample, category, lemma, coder confidence, label."""
    from newstrace.analysis.nlp import get_nlp

    labels, nlp, found = read_labels(), get_nlp(), []
    for name in STUDIED:
        path = OUT / "events_shown" / f"{name}.records.jsonl"
        if not path.exists():
            print(f"skipped {name}: run bench/events_shown.py --only {name} first")
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for event in record.get("events") or ():
                sentence = record["body"][event["span"][0]:event["span"][1]]
                label = labels.get((record["id"], sentence_key(sentence), event["trigger"]))
                if label is None or event.get("hidden"):
                    continue
                lemma = next((t.lemma_.lower() for t in nlp(sentence) if t.text == event["trigger"]),
                             event["trigger"].lower())
                raw = event["confidence"]
                if raw >= floor - 1e-9:
                    found.append({"sample": name, "type": event["type"], "lemma": lemma, "raw": raw,
                                  "label": label})
    return found


def fit(events: list[dict]) -> list[list[object]]:
    """Rows (category, lemma, judged, sensible, share, factor): the categories, then the lemmas."""
    overall = sum(e["label"] for e in events) / len(events)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for event in events:
        groups[(event["type"], "*")].append(event)
        groups[(event["type"], event["lemma"])].append(event)
    shares: dict[str, float] = {}
    rows: list[list[object]] = []
    for (kind, lemma), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] != "*", kv[0][1])):
        if lemma != "*" and len(members) < MIN_LEMMA:
            continue
        prior = overall if lemma == "*" else shares[kind]
        sensible = sum(e["label"] for e in members)
        share = (sensible + PRIOR * prior) / (len(members) + PRIOR)
        if lemma == "*":
            shares[kind] = share
        mean_raw = sum(e["raw"] for e in members) / len(members)
        rows.append([kind, lemma, len(members), sensible, round(share, 3), round(min(1.0, share / mean_raw), 3)])
    return rows


def factor_of(rows: list[list[object]], kind: str, lemma: str) -> float:
    table_ = {(str(r[0]), str(r[1])): float(r[5]) for r in rows}  # type: ignore[arg-type]
    return table_.get((kind, lemma), table_.get((kind, "*"), 1.0))


def curve(events: list[dict], rows: list[list[object]] | None) -> list[list[object]]:
    """Reliability rows (bin, events, mean confidence, share accepted): the coder's confidence (``rows`` None) or
    the calibrated one."""
    found = []
    for low, high in zip(BINS, BINS[1:]):
        pairs = [(e["raw"] * (factor_of(rows, e["type"], e["lemma"]) if rows else 1.0), e["label"]) for e in events]
        inside = [(c, lab) for c, lab in pairs if low <= c < high]
        if inside:
            found.append([f"[{low:.2f}, {min(high, 1.0):.2f})", len(inside),
                          sum(c for c, _ in inside) / len(inside), sum(lab for _, lab in inside) / len(inside)])
    return found


def main() -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    from newstrace.settings import Settings

    floor = Settings().events_min_confidence
    events = judged_events(floor)
    if not events:
        print("skipped: no judged studied sample (run bench/events_shown.py first)")
        return
    rows = fit(events)
    table(f"reader calibration fitted on {len(events)} judged events of the studied samples "
          f"({sum(e['label'] for e in events)} sensible)", ["category", "lemma", "judged", "sensible", "share",
                                                            "factor"], rows)
    for name in ("pcal1", None):
        chosen = [e for e in events if name is None or e["sample"] == name]
        for label, fitted in (("coder's", None), ("calibrated", rows)):
            table(f"reliability on {name or 'all studied samples'}: the {label} confidence against the share a "
                  f"reader accepted (shown: >= {floor})", ["confidence", "events", "mean confidence",
                                                           "share accepted"], curve(chosen, fitted))


if __name__ == "__main__":
    main()
