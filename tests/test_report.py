"""`analyze --report`: the readable report (report.py) of records we write ourselves."""

from __future__ import annotations

from rich.console import Console

from newstrace.report import render


def _text(record: dict) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(render(record))
    return console.export_text()


def test_issue12_report_shows_each_quote_with_its_confidence_and_unresolved_speakers():
    record = {"id": "r", "title": "Dam holds", "body": "x", "sources": [
        {"id": "s1", "name": "Ana Ruiz", "kind": "person", "description": "", "mentions": [[0, 1]], "confidence": 0.9}],
        "quotes": [{"kind": "direct", "content": "The dam will hold", "speaker": "Ana Ruiz", "cue": "said",
                    "source_id": "s1", "speaker_resolved": True, "confidence": 0.92},
                   {"kind": "direct", "content": "We are ready", "speaker": "she", "cue": "added",
                    "source_id": None, "speaker_resolved": False, "confidence": 0.31}]}
    text = _text(record)
    ready = next(line for line in text.splitlines() if "We are ready" in line)
    hold = next(line for line in text.splitlines() if "The dam will hold" in line)
    assert "0.31" in ready and "(unresolved)" in ready
    assert "0.92" in hold and "Ana Ruiz (Ana Ruiz)" in hold


def _event(kind: str, trigger: str, confidence: float, hidden: str | None = None) -> dict:
    return {"type": kind, "trigger": trigger, "confidence": confidence, "hidden": hidden, "mode": None,
            "source_actor": {"text": "riot police", "code": None, "sector": "COP"}, "target_actor": None,
            "place": "Lima", "date": None, "acled_type": None, "span": [0, 1]}


def test_issue13_report_shows_the_default_set_of_events_and_counts_the_rest(monkeypatch):
    monkeypatch.setenv("NEWSTRACE_EVENTS_MIN_CONFIDENCE", "0.7")
    record = {"id": "r", "title": "Clashes in Lima", "body": "x", "events": [
        _event("ASSAULT", "clashed", 0.88), _event("SANCTION", "halts", 0.21),
        _event("THREATEN", "warned", 0.9, hidden="future"), _event("PROTEST", "marched", 0.7)]}
    text = _text(record)
    assert "clashed" in text and "marched" in text  # at the threshold counts as shown
    assert "halts" not in text and "warned" not in text
    assert "2 more folded away" in text and "0.7" in text


def test_issue13_report_with_every_event_folded_says_so_without_an_empty_table(monkeypatch):
    monkeypatch.setenv("NEWSTRACE_EVENTS_MIN_CONFIDENCE", "0.71")
    text = _text({"id": "r", "title": "Quiet day", "body": "x", "events": [_event("AGREE", "according", 0.27)]})
    assert "events: 1 more folded away" in text
    assert "according" not in text and "conf." not in text
