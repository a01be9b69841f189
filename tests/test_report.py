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
