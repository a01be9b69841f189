"""The analyze command and its siblings, through the real CLI."""

from __future__ import annotations

import json

from .conftest import SAMPLE, jsonl, run_cli


def test_version_and_help():
    assert b"0.1.0" in run_cli("--version").stdout
    for command in ("analyze", "stages", "schema", "demo"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and b"Usage" in result.stdout


def test_analyze_a_folder_writes_one_record_per_page_in_order(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_cli("analyze", "--stages", "extract", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = jsonl(out.read_bytes())
    names = sorted(p.name for p in SAMPLE.iterdir())
    assert [r["id"].rsplit("/", 1)[-1] for r in records] == names
    for record in records:
        assert record["schema_version"] == "1.0"
        assert record["error"] is None
        assert len(record["body"]) > 300 and "Listen Live" not in record["body"]
    assert sum("French" in r["body"] for r in records) == 4  # the four pages of the commando story


def test_stdin_is_read_as_bytes_and_detected():
    page = (SAMPLE / "02-state-agency-rereport.html").read_bytes()
    records = jsonl(run_cli("analyze", "--stages", "extract", "-", input=page).stdout)
    assert len(records) == 1 and records[0]["input_format"] == "html"
    assert records[0]["outlet"]["name"] == "Sputnik"  # og:site_name "Sputnik International", one name per outlet (issue 14)


def test_jsonl_body_is_kept_character_for_character(tmp_path):
    body = "  MOSCOW (Sputnik) — Odd  spacing\u00a0kept.\r\n\r\nSecond\tparagraph.  "
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "b1", "body": body, "url": "https://example.org/x",
                               "published": "2021-08-04T18:41:00+04:00", "outlet": "Sputnik"}) + "\n")
    record = jsonl(run_cli("analyze", "--stages", "extract", "--jsonl", str(src)).stdout)[0]
    assert record["body"] == body
    assert record["url"] == "https://example.org/x"
    assert record["published"]["value"] == "2021-08-04T18:41:00+04:00"
    assert record["published"]["method"] == "input"
    assert record["outlet"]["name"] == "Sputnik"


def test_unknown_stage_is_a_usage_error():
    result = run_cli("analyze", "--stages", "extract,nonsense", str(SAMPLE))
    assert result.returncode == 2
    assert b"NT501" in result.stderr


def test_no_input_is_a_usage_error():
    assert run_cli("analyze").returncode == 2


def test_workers_give_the_same_records_as_one_process():
    one = jsonl(run_cli("analyze", "--stages", "extract", str(SAMPLE)).stdout)
    two = jsonl(run_cli("analyze", "--stages", "extract", "--workers", "2", str(SAMPLE)).stdout)
    strip = lambda rs: [{k: v for k, v in r.items() if k != "timings_ms"} for r in rs]  # noqa: E731
    assert strip(one) == strip(two)


def test_stages_lists_reads_and_writes():
    out = run_cli("stages").stdout.decode()
    assert "extract" in out and "reads:" in out and "writes:" in out


def test_schema_is_json_schema_with_contract_fields():
    schema = json.loads(run_cli("schema").stdout)
    props = schema["properties"]
    for field in ("id", "schema_version", "url", "canonical_url", "language", "title", "body", "outlet",
                  "dateline", "authors", "published", "modified", "captured", "section", "tags", "related",
                  "links", "entities", "sources", "quotes", "places", "dates", "events", "provenance",
                  "error", "timings_ms"):
        assert field in props, field
    assert "page" not in props


def test_demo_report_prints_the_sample_corpus():
    result = run_cli("demo", "--report", env={"COLUMNS": "120"})
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "Sputnik" in out and "The Daily Ledger" in out and "0 errors" in out
