"""The provenance tree: outlet -> the sources it cites -> the sources those cite (issue 4)."""

from __future__ import annotations

import pytest

from newstrace.analysis.provenance import build_tree, walk
from newstrace.pipeline import Pipeline
from newstrace.record import Page, Source

from ..conftest import SAMPLE, jsonl, run_cli


def _source(sid: str, cited_by: str | None, kind: str = "anonymous") -> Source:
    return Source(id=sid, name=sid, kind=kind, description=None, mentions=(), cited_by=cited_by,
                  method="test", confidence=1.0)


def test_tree_hangs_sources_under_the_ones_they_are_known_through():
    sources = [_source("s0", None, "outlet"), _source("s1", None, "outlet"), _source("s2", "s1"),
               _source("s3", "s2"), _source("s4", None)]
    tree = build_tree(sources, "s0")
    assert list(walk(tree)) == [(0, "s0"), (1, "s1"), (2, "s2"), (3, "s3"), (1, "s4")]


def test_tree_survives_a_cycle():
    tree = build_tree([_source("s0", None, "outlet"), _source("s1", "s2"), _source("s2", "s1")], "s0")
    assert [sid for _, sid in walk(tree)] == ["s0"]


@pytest.mark.slow
def test_two_level_chain_agency_paper_officials():
    body = ("ROME (Adriatic Press) — Smugglers moved 300 migrants across the sea last month, The Coastal "
            "Herald reported on Friday, citing Italian coast guard officers.\n\n"
            "A senior navy officer told the newspaper that patrols would double.")
    record = Pipeline(["quotes"]).run(Page(id="t", content=body, kind="body"))
    by_name = {s.name: s for s in record.sources}
    paper = by_name["Coastal Herald"]
    assert paper.kind == "outlet" and paper.cited_by is None
    officers = next(s for s in record.sources if "coast guard officers" in s.name)
    officer = next(s for s in record.sources if "navy officer" in s.name)
    assert officers.cited_by == paper.id and officer.cited_by == paper.id
    depth = {sid: d for d, sid in walk(record.provenance)}
    assert record.provenance.source_id == "s0" and record.sources[0].name == "Adriatic Press"
    assert depth[paper.id] == 1 and depth[officers.id] == 2 and depth[officer.id] == 2


@pytest.mark.slow
def test_sample_state_agency_rereport_through_the_cli():
    """issue 4: the sample page shows Sputnik -> The Daily Ledger -> officials, each with what they said."""
    result = run_cli("analyze", "--stages", "quotes", str(SAMPLE / "02-state-agency-rereport.html"))
    record = jsonl(result.stdout)[0]
    sources = {s["id"]: s for s in record["sources"]}
    root = record["provenance"]
    assert sources[root["source_id"]]["name"] == "Sputnik"
    [paper] = root["children"]
    assert "Daily Ledger" in sources[paper["source_id"]]["name"]
    under_paper = {sources[c["source_id"]]["description"] for c in paper["children"]}
    assert {"Iraqi officers", "French officials", "A senior Iraqi police official",
            "A French Defense Ministry spokeswoman"} <= under_paper
    speakers = {q["source_id"] for q in record["quotes"]}
    assert {c["source_id"] for c in paper["children"]} & speakers
