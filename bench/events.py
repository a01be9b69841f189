"""Events benchmark: PLOVER GSR, CASE 2021 task 2 and ConfliBERT CAMEO pentaclass (dev splits).

Runs ``newstrace analyze --jsonl IN -o OUT --stages events`` (each sentence or snippet fed as
``{id, body}``), converts the records to the scorer's format and scores them with
``../shared/eval/events/score.py``; prints our figures beside the baselines measured in
``../shared/eval/events/README.md``. ``--gate`` exits 1 when a figure falls under its gate.

    .venv/bin/python bench/events.py [--gate] [--only plover_gsr,case2021_task2,cameo_conflibert]
"""

from __future__ import annotations

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
    score,
    split_halves,
    table,
    write_jsonl,
)

# PLOVER category -> CAMEO/Phoenix pentaclass, as the eval README maps it (no event -> NEUTRAL).
PLOVER_TO_PENTA = {
    "AGREE": "VERBAL_COOPERATION", "CONSULT": "VERBAL_COOPERATION", "SUPPORT": "VERBAL_COOPERATION",
    "CONCEDE": "MATERIAL_COOPERATION", "COOPERATE": "MATERIAL_COOPERATION", "AID": "MATERIAL_COOPERATION",
    "RETREAT": "MATERIAL_COOPERATION",
    "REQUEST": "VERBAL_CONFLICT", "ACCUSE": "VERBAL_CONFLICT", "REJECT": "VERBAL_CONFLICT",
    "THREATEN": "VERBAL_CONFLICT",
    "PROTEST": "MATERIAL_CONFLICT", "SANCTION": "MATERIAL_CONFLICT", "MOBILIZE": "MATERIAL_CONFLICT",
    "COERCE": "MATERIAL_CONFLICT", "ASSAULT": "MATERIAL_CONFLICT",
}

# Baselines typed from ../shared/eval/events/README.md ("Baselines measured here", dev rows):
# keyword lexicon + spaCy dependency actors (the eval maintainers' floor; no open coder runs offline).
PEERS = {
    "plover_gsr": {"type micro F1": 0.550, "type macro F1": 0.485, "source text F1": 0.371,
                   "target text F1": 0.342, "source code F1": 0.322, "target code F1": 0.317,
                   "event triple F1": 0.122, "docs/s": 220.1},
    "case2021_task2": {"accuracy": 0.489, "macro F1": 0.476, "docs/s": 162.8},
    "cameo_conflibert": {"accuracy": 0.538, "macro F1": 0.535, "source text F1": 0.394,
                         "target text F1": 0.327, "docs/s": 244.9},
}
# Targets of issue 13, on the check half. The gates are the check-half figures reached minus 0.01.
TARGETS = {("plover_gsr", "type micro F1"): 0.75, ("plover_gsr", "event triple F1"): 0.35,
           ("case2021_task2", "accuracy"): 0.75, ("cameo_conflibert", "accuracy"): 0.65}
# Check halves on 2026-12-04, second round of issue 13 (a very sure model overrides rule-only types, sports
# guard, "declined to comment" is no REJECT): type micro F1 0.797, triple F1 0.468, CASE accuracy 0.734,
# pentaclass 0.690. Third round (2026-12-05: escalated protests kept, mob justice, territory taker): CASE 0.738.
# Fourth round (2026-12-05: protests never crime/disaster types, road blocks, force needs state forces): CASE 0.750.
GATES = {("plover_gsr", "type micro F1"): 0.787, ("plover_gsr", "event triple F1"): 0.458,
         ("case2021_task2", "accuracy"): 0.74, ("cameo_conflibert", "accuracy"): 0.680}


def actors(event: dict, role: str) -> list[dict]:
    many = event.get(f"{role}_actors") or ([event[f"{role}_actor"]] if event.get(f"{role}_actor") else [])
    return [{"text": a["text"], "code": a.get("code"), "sector": a.get("sector")} for a in many]


def to_plover(record: dict) -> dict:
    events = [{"type": e["type"], "source": actors(e, "source"), "target": actors(e, "target"),
               "location": [{"text": e["place"]}] if e.get("place") else []}
              for e in record.get("events", [])]
    return {"id": record["id"], "events": events}


def to_case(record: dict) -> dict:
    """The ACLED-style type of the first coded sentence: an event's sub-event type, or an incident's
    (a disaster or accident, which is no political event)."""
    coded = [(e["span"][0], e["acled_type"]) for e in record.get("events", []) if e.get("acled_type")]
    coded += [(i["span"][0], i["acled_type"]) for i in record.get("incidents", [])]
    return {"id": record["id"], "events": [{"type": min(coded)[1]}] if coded else []}


# CAMEO splits PLOVER's REQUEST: 02 APPEAL ("urged", "called on", "asked") is a neutral statement,
# 10 DEMAND ("demanded", "insisted") is verbal conflict. The trigger word tells them apart.
APPEAL_TRIGGERS = ("urg", "call", "ask", "appeal", "request", "seek", "sought", "plead", "implor", "beg",
                   "petition")


def penta_class(event: dict) -> str:
    if event["type"] == "REQUEST" and (event.get("trigger") or "").lower().startswith(APPEAL_TRIGGERS):
        return "NEUTRAL"
    return PLOVER_TO_PENTA[event["type"]]


def to_penta(record: dict) -> dict:
    events = record.get("events", [])
    if not events:
        return {"id": record["id"], "events": [{"type": "NEUTRAL"}]}
    first = events[0]
    return {"id": record["id"], "events": [{"type": penta_class(first),
                                            "source": actors(first, "source"),
                                            "target": actors(first, "target")}]}


SETS = {"plover_gsr": to_plover, "case2021_task2": to_case, "cameo_conflibert": to_penta}


def run_set(folder: Path, name: str) -> tuple[dict[str, dict], float, int, list[dict]]:
    """Run the CLI once over the whole dev set; score the tune and the check half apart."""
    gold_rows = list(read_jsonl(folder / name / "dev.jsonl"))
    rows = [{"id": d["id"], "body": d["text"]} for d in gold_rows]
    work = OUT / "events"
    inp = write_jsonl(rows, work / f"{name}.in.jsonl")
    run = run_analyze(inp, work / f"{name}.records.jsonl", "--stages", "events", "--format", "body",
                      env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    if run.returncode != 0:
        raise SystemExit(f"newstrace analyze failed on {name}")
    records = list(read_jsonl(work / f"{name}.records.jsonl"))
    preds = [SETS[name](r) for r in records]
    extra = ["--gold-type-field", "type_plover16"] if name == "plover_gsr" else []
    gold_halves, pred_halves = split_halves(gold_rows), split_halves(preds)
    results = {}
    for half in HALVES:
        gold = write_jsonl(gold_halves[half], work / f"{name}.{half}.gold.jsonl")
        pred = write_jsonl(pred_halves[half], work / f"{name}.{half}.pred.jsonl")
        result = score(folder / "score.py", str(gold), str(pred), *extra)
        ids = {d["id"] for d in gold_halves[half]}
        result["stage_ms"] = {stage: sum(r.get("timings_ms", {}).get(stage, 0.0) for r in records if r["id"] in ids)
                              for stage in ("parse", "events")}
        result["docs"] = len(ids)
        results[half] = result
    return results, run.seconds, len(rows), records


def figures(name: str, res: dict, seconds: float, docs: int) -> dict[str, float]:
    """Figures of one half; ``docs/s`` is the whole CLI run over the dev set (both halves)."""
    args = res.get("arguments", {})
    f1 = lambda key: args.get(key, {}).get("f1", 0.0)  # noqa: E731
    ms, n = res["stage_ms"], res["docs"]
    out = {"docs/s": round(docs / seconds, 1) if seconds else 0.0,
           "events stage docs/s": round(n / (ms["events"] / 1000), 1) if ms["events"] else 0.0,
           "parse+events docs/s": round(n / ((ms["parse"] + ms["events"]) / 1000), 1) if ms["events"] else 0.0}
    if name == "plover_gsr":
        out.update({"type micro F1": res["event_type_micro"]["f1"], "type macro F1": res["event_type_macro_f1"],
                    "source text F1": f1("source_text"), "target text F1": f1("target_text"),
                    "source code F1": f1("source_code"), "target code F1": f1("target_code"),
                    "event triple F1": res.get("event_triple", {}).get("f1", 0.0)})
    else:
        out.update({"accuracy": res["top1_accuracy"], "macro F1": res["event_type_macro_f1"]})
        if name == "cameo_conflibert":
            out.update({"source text F1": f1("source_text"), "target text F1": f1("target_text")})
    return out


BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def reliability(records: list[dict], gold_rows: list[dict], field: str) -> list[list[object]]:
    """Reliability rows (confidence bin, events, mean confidence, share right) of the predicted events
    of one half: an event is right when its type is among the document's gold types."""
    gold = {d["id"]: {e.get(field) or e["type"] for e in d.get("events", [])} for d in gold_rows}
    pairs = [(e["confidence"], e["type"] in gold[r["id"]]) for r in records if r["id"] in gold
             for e in r.get("events", [])]
    rows = []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi]
        if inside:
            rows.append([f"[{lo:.1f}, {min(hi, 1.0):.1f})", len(inside),
                         round(sum(c for c, _ in inside) / len(inside), 3),
                         round(sum(ok for _, ok in inside) / len(inside), 3)])
    return rows


def stage_speed(folder: Path) -> float:
    """Sentences per CPU second of the events stage alone (the parse done beforehand), one thread, over
    the texts of the three dev sets (timing only: nothing of them is printed)."""
    import time

    from newstrace.analysis.events import events_stage
    from newstrace.analysis.nlp import get_nlp
    from newstrace.record import Record

    texts = [d["text"] for name in SETS for d in read_jsonl(folder / name / "dev.jsonl")]
    docs = list(get_nlp().pipe(texts, batch_size=64))
    sentences = sum(1 for doc in docs for _ in doc.sents)
    events_stage(Record(id="warm", body=texts[0], doc=docs[0]))  # tables and model load outside the timing
    started = time.process_time()
    for text, doc in zip(texts, docs):
        events_stage(Record(id="s", body=text, doc=doc))
    return round(sentences / max(time.process_time() - started, 1e-9), 1)


def main(argv: list[str]) -> int:
    folder = eval_dir("events")
    if folder is None:
        return 0
    results, failed = {}, []
    only = argv[argv.index("--only") + 1].split(",") if "--only" in argv else list(SETS)
    for name in only:
        res, seconds, docs, records = run_set(folder, name)
        results[name] = {half: figures(name, res[half], seconds, docs) for half in HALVES}
        cols = list(PEERS[name]) + ["events stage docs/s", "parse+events docs/s"]
        table(f"events / {name} (dev, {docs} docs, tune {res['tune']['docs']} / check {res['check']['docs']}; "
              "docs/s = whole CLI run incl. model load; stage docs/s from the records' timings_ms; one thread)",
              ["system", *cols],
              [*[[f"newstrace {half}", *[results[name][half].get(c, "-") for c in cols]] for half in HALVES],
               ["keyword baseline (eval README, dev)", *[PEERS[name].get(c, "-") for c in cols]]])
        if name == "plover_gsr":
            gold_halves = split_halves(read_jsonl(folder / name / "dev.jsonl"))
            for half in HALVES:
                table(f"reliability of event confidence, {name} {half} half (type among the gold types)",
                      ["confidence", "events", "mean confidence", "share right"],
                      reliability(records, gold_halves[half], "type_plover16"))
        for metric in ("type micro F1", "event triple F1", "accuracy"):
            if metric in results[name]["tune"]:
                half_gap_warning(results[name]["tune"][metric], results[name]["check"][metric], f"{name} {metric}")
    for (name, metric), floor in GATES.items():
        if name not in results:
            continue
        got = results[name]["check"][metric]
        print(f"{name} {metric}: tune {results[name]['tune'][metric]:.3f} check {got:.3f} "
              f"(target {TARGETS[(name, metric)]:.2f}, gate on check {floor:.2f})")
        if got < floor:
            failed.append(f"{name} {metric}")
    if "--only" not in argv:
        results["events stage sentences/s"] = stage_speed(folder)
        print(f"events stage alone: {results['events stage sentences/s']:.0f} sentences per CPU second "
              "(parse excluded, one thread; target 500)")
    save_results("events", results)
    if "--gate" in argv and failed:
        print("below gate: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
