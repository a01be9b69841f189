"""issue 14: a newcomer's first hour through the real CLI: read commands refuse a missing database,
`search` says "N of M", `errors` shows current errors with hints, progress shows counts without a terminal."""

from __future__ import annotations

import json

from tests.conftest import run_cli

BODIES = [("h1", "The harbour of Port Ellis reopened on Tuesday after the storm."),
          ("h2", "Harbour traders in Port Ellis said the fish market opens on Friday."),
          ("h3", "The harbour master of Port Ellis thanked the ferry crews.")]


def _jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" if isinstance(r, dict) else r + "\n" for r in rows),
                    encoding="utf-8")


def test_issue14_read_commands_refuse_a_missing_database_and_create_nothing(tmp_path):
    missing = tmp_path / "typo.db"
    for command in (["stats"], ["search", "harbour"], ["trace", "x"], ["export"], ["errors"], ["serve"]):
        proc = run_cli(*command, "--db", str(missing))
        assert proc.returncode == 1 and b"NT404" in proc.stderr and b"newstrace ingest" in proc.stderr, command
        assert not missing.exists()


def test_issue14_search_says_how_many_match_and_how_to_see_more(tmp_path):
    source, db = tmp_path / "in.jsonl", str(tmp_path / "c.db")
    _jsonl(source, [{"id": i, "body": b} for i, b in BODIES])
    assert run_cli("ingest", str(source), "--db", db, "--stages", "extract").returncode == 0
    proc = run_cli("search", "harbour", "--limit", "2", "--db", db)
    assert len(proc.stdout.decode().splitlines()) == 2
    note = proc.stderr.decode()
    assert "2 of 3 articles" in note and "--limit 3" in note and "most recently stored first" in note


def test_issue14_errors_command_shows_current_errors_with_a_hint_and_clears_them(tmp_path):
    source, db = tmp_path / "in.jsonl", str(tmp_path / "c.db")
    _jsonl(source, ["{not json", {"id": "h1", "body": BODIES[0][1]}])
    first = run_cli("ingest", str(source), "--db", db, "--stages", "extract")
    assert b"ingest: " in first.stderr  # a plain progress line: stderr is not a terminal here
    shown = run_cli("errors", "--db", db).stdout.decode()
    assert "NT105" in shown and "what to do:" in shown and f"{source}#line1" in shown
    _jsonl(source, [{"id": "h0", "body": BODIES[1][1]}, {"id": "h1", "body": BODIES[0][1]}])
    run_cli("ingest", str(source), "--db", db, "--stages", "extract")
    assert run_cli("errors", "--db", db).stdout.decode().strip() == "No current errors."
    assert json.loads(run_cli("stats", "--db", db).stdout)["errors"] == 0


def test_issue14_report_uses_a_wide_page_when_piped(tmp_path):
    source = tmp_path / "in.jsonl"
    long_title = "Harbour of Port Ellis reopens after the storm as ferries, traders and the fish market return"
    _jsonl(source, [{"id": "r1", "title": long_title, "published": "2021-08-04T18:41:00+04:00",
                     "body": BODIES[0][1]}])
    proc = run_cli("analyze", "--jsonl", str(source), "--stages", "extract", "--report", env={"COLUMNS": ""})
    text = proc.stdout.decode()
    assert long_title in text and "2021-08-04T18:41:00+04:00" in text and "…" not in text
