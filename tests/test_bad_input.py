"""Issue 3: bad input never kills a batch; each bad document gets a coded error record."""

from __future__ import annotations

import json

from .conftest import SAMPLE, jsonl, run_cli

GOOD_HTML = (SAMPLE / "01-wire-scoop.html").read_text(encoding="utf-8")


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_every_bad_file_gets_a_coded_error_and_the_batch_goes_on(tmp_path):
    files = [
        _write(tmp_path, "a-empty.html", b""),
        _write(tmp_path, "b-binary.html", bytes(range(256)) * 64),
        _write(tmp_path, "c-png.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        _write(tmp_path, "d-good.html", GOOD_HTML.encode("utf-8")),
        _write(tmp_path, "e-huge.html", b"<html><body>" + b"<p>All work and no play.</p>" * 2_000_000 + b"</body></html>"),
        _write(tmp_path, "f-nested.html", b"<html><body>" + b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000 + b"</body></html>"),
        _write(tmp_path, "g-scripts.html", b"<html><head><script>var x = 1;</script></head><body>"
               + b"<script>document.write('hi');</script>" * 500 + b"</body></html>"),
        _write(tmp_path, "h-good-again.html", GOOD_HTML.encode("utf-8")),
    ]
    result = run_cli("analyze", "--stages", "extract", *files)
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == files  # one record per input, in input order
    codes = [r["error"]["code"] if r["error"] else None for r in records]
    assert codes[0] == "NT101"
    assert codes[1] == "NT103" and codes[2] == "NT103"
    assert codes[3] is None and "French special forces" in records[3]["body"]
    assert codes[4] == "NT102"
    assert codes[5] in ("NT201", "NT203")
    assert codes[6] == "NT201"
    assert codes[7] is None
    for record in records:
        if record["error"]:
            assert record["error"]["message"].strip()  # says what happened and what to do
            assert record["schema_version"]


def test_strict_exits_one_when_a_document_failed(tmp_path):
    bad = _write(tmp_path, "empty.html", b"")
    good = _write(tmp_path, "good.html", GOOD_HTML.encode())
    assert run_cli("analyze", "--stages", "extract", "--strict", good).returncode == 0
    result = run_cli("analyze", "--stages", "extract", "--strict", good, bad)
    assert result.returncode == 1
    assert len(jsonl(result.stdout)) == 2


def test_nul_bytes_are_dropped_not_fatal(tmp_path):
    page = GOOD_HTML.replace("French special forces", "French\x00 special\x00 forces").encode()
    records = jsonl(run_cli("analyze", "--stages", "extract", _write(tmp_path, "nul.html", page)).stdout)
    assert records[0]["error"] is None
    assert "\x00" not in records[0]["body"]
    assert "French special forces" in records[0]["body"]


def test_bad_jsonl_lines_get_errors_and_good_lines_still_run(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "html": GOOD_HTML}),
        "{this is not json",
        json.dumps({"id": "no-content", "url": "https://example.org/x"}),
        json.dumps({"id": "two-keys", "html": "<p>a</p>", "text": "a"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "wrong-type", "text": 42}),
        json.dumps({"id": "ok-2", "body": "A clean article body.\n\nSecond paragraph."}),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("analyze", "--stages", "extract", "--jsonl", str(src))
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["ok-1", "line-2", "no-content", "two-keys", "line-5", "wrong-type", "ok-2"]
    codes = [r["error"]["code"] if r["error"] else None for r in records]
    assert codes == [None, "NT105", "NT106", "NT106", "NT105", "NT108", None]
    assert records[-1]["body"] == "A clean article body.\n\nSecond paragraph."


def test_time_budget_turns_a_slow_document_into_an_error(tmp_path):
    # 0.001 s is far too little for any real page: the budget must fire, not the batch die.
    page = _write(tmp_path, "slow.html", GOOD_HTML.encode())
    result = run_cli("analyze", "--stages", "extract", page, page, env={"NEWSTRACE_MAX_SECONDS": "0.001"})
    assert result.returncode == 0
    records = jsonl(result.stdout)
    assert len(records) == 2
    assert all(r["error"]["code"] == "NT204" for r in records)


def test_a_stage_that_hangs_during_warm_up_is_cut_by_the_budget():
    """The warm-up runs under the same time budget: a page-independent hang cannot stall a batch."""
    import time

    from newstrace.pipeline import Budgets, Pipeline

    pipeline = Pipeline(["extract"], budgets=Budgets(max_seconds=0.3))
    pipeline._funcs = [("hangs", lambda record: time.sleep(30) or record)]
    started = time.monotonic()
    pipeline.warm_up()
    assert time.monotonic() - started < 5
