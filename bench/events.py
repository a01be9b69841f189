"""Events benchmark: PLOVER GSR, CASE 2021 task 2 and ConfliBERT CAMEO pentaclass (dev splits).

Runs ``newstrace analyze --jsonl IN -o OUT --stages events`` (each sentence or snippet fed as
``{id, body}``), converts the records to the scorer's format and scores them with
``../shared/eval/events/score.py``; prints our figures beside the baselines measured in
``../shared/eval/events/README.md``. ``--gate`` exits 1 when a figure falls under its gate.

    .venv/bin/python bench/events.py [--gate]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, eval_dir, read_jsonl, run_analyze, save_results, score, table, write_jsonl  # noqa: E402

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
# Targets from issue 6; the gate is what this code reached on dev minus 0.01 (see tests/bench).
TARGETS = {("plover_gsr", "type micro F1"): 0.75, ("plover_gsr", "event triple F1"): 0.35,
           ("case2021_task2", "accuracy"): 0.70, ("cameo_conflibert", "accuracy"): 0.65}
# Reached on 2026-12-01: type micro F1 0.810, event triple F1 0.434 (leaders table, place before the
# other side for country-less actors), CASE accuracy 0.756 (disasters as incidents, ACLED's protest
# sub-types in the codebook's order), pentaclass 0.722 (appeals are CAMEO's neutral 02, see penta_class).
GATES = {("plover_gsr", "type micro F1"): 0.800, ("plover_gsr", "event triple F1"): 0.424,
         ("case2021_task2", "accuracy"): 0.746, ("cameo_conflibert", "accuracy"): 0.712}


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


def run_set(folder: Path, name: str) -> tuple[dict, float, int]:
    gold = folder / name / "dev.jsonl"
    rows = [{"id": d["id"], "body": d["text"]} for d in read_jsonl(gold)]
    work = OUT / "events"
    inp = write_jsonl(rows, work / f"{name}.in.jsonl")
    run = run_analyze(inp, work / f"{name}.records.jsonl", "--stages", "events", "--format", "body",
                      env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
    if run.returncode != 0:
        raise SystemExit(f"newstrace analyze failed on {name}")
    records = list(read_jsonl(work / f"{name}.records.jsonl"))
    pred = write_jsonl([SETS[name](r) for r in records], work / f"{name}.pred.jsonl")
    extra = ["--gold-type-field", "type_plover16"] if name == "plover_gsr" else []
    result = score(folder / "score.py", str(gold), str(pred), *extra)
    result["stage_ms"] = {stage: sum(r.get("timings_ms", {}).get(stage, 0.0) for r in records)
                          for stage in ("parse", "events")}
    return result, run.seconds, len(rows)


def figures(name: str, res: dict, seconds: float, docs: int) -> dict[str, float]:
    args = res.get("arguments", {})
    f1 = lambda key: args.get(key, {}).get("f1", 0.0)  # noqa: E731
    ms = res["stage_ms"]
    out = {"docs/s": round(docs / seconds, 1) if seconds else 0.0,
           "events stage docs/s": round(docs / (ms["events"] / 1000), 1) if ms["events"] else 0.0,
           "parse+events docs/s": round(docs / ((ms["parse"] + ms["events"]) / 1000), 1) if ms["events"] else 0.0}
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


def main(argv: list[str]) -> int:
    folder = eval_dir("events")
    if folder is None:
        return 0
    results, failed = {}, []
    for name in SETS:
        res, seconds, docs = run_set(folder, name)
        ours = figures(name, res, seconds, docs)
        results[name] = ours
        cols = list(PEERS[name]) + ["events stage docs/s", "parse+events docs/s"]
        table(f"events / {name} (dev, {docs} docs; docs/s = whole CLI run incl. model load; stage docs/s "
              "from the records' timings_ms; one process, one thread)",
              ["system", *cols],
              [["newstrace", *[ours.get(c, "-") for c in cols]],
               ["keyword baseline (eval README)", *[PEERS[name].get(c, "-") for c in cols]]])
    for (name, metric), floor in GATES.items():
        got = results[name][metric]
        print(f"{name} {metric}: {got:.3f} (target {TARGETS[(name, metric)]:.2f}, gate {floor:.2f})")
        if got < floor:
            failed.append(f"{name} {metric}")
    save_results("events", results)
    if "--gate" in argv and failed:
        print("below gate: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
