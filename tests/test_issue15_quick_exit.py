"""issue 15 (extraction speed): run as the program, a finished ``analyze`` leaves without the interpreter's
teardown (``cli._Program``), with everything written and the same exit status."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from newstrace.cli import main

from .conftest import jsonl, run_cli

PAGE = ("<html><head><title>Harbour crane back in service</title></head><body><article><h1>Harbour crane back in "
        "service</h1><p>The harbour's oldest crane lifted its first container in three years on Tuesday, after "
        "a repair the port authority had put off twice for lack of parts.</p><p>Dock workers said the crane "
        "would take the small feeder ships while the new quay is built.</p></article></body></html>")

# A program that registers an exit handler, then runs the CLI as the console script does.
_PROBE = ("import atexit, sys\n"
          "atexit.register(lambda: sys.stderr.write('TEARDOWN\\n'))\n"
          "from newstrace.cli import main\n"
          "sys.argv = ['newstrace', *sys.argv[1:]]\n"
          "main()\n")


def _pages(tmp_path, count: int):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{k}", "html": PAGE.replace("Tuesday", f"day {k}")}) + "\n"
                            for k in range(count)), encoding="utf-8")
    return path


def test_issue15_analyze_to_stdout_writes_every_record_before_leaving(tmp_path):
    result = run_cli("analyze", "--stages", "extract", "--jsonl", str(_pages(tmp_path, 40)))
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == [f"p{k}" for k in range(40)]
    assert all(f"day {k}" in r["body"] for k, r in enumerate(records))
    assert b"40 documents, 0 errors" in result.stderr


def test_issue15_quick_exit_keeps_the_exit_status(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "empty", "html": ""}) + "\n", encoding="utf-8")
    failed = run_cli("analyze", "--stages", "extract", "--strict", "--jsonl", str(bad))
    assert failed.returncode == 1 and jsonl(failed.stdout)[0]["error"]["code"] == "NT101"
    usage = run_cli("analyze", "--jsonl", str(tmp_path / "missing.jsonl"))
    assert usage.returncode == 2 and b"no such file" in usage.stderr


def test_issue15_only_a_finished_analyze_skips_the_teardown(tmp_path):
    def probe(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, timeout=300)

    analyzed = probe("analyze", "--stages", "extract", "--jsonl", str(_pages(tmp_path, 2)))
    assert analyzed.returncode == 0 and len(jsonl(analyzed.stdout)) == 2
    assert b"TEARDOWN" not in analyzed.stderr
    listed = probe("stages")
    assert listed.returncode == 0 and b"extract" in listed.stdout and b"TEARDOWN" in listed.stderr


def test_issue15_called_with_arguments_the_group_returns_as_click_does(tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["analyze", "--stages", "extract", "--jsonl", str(_pages(tmp_path, 1)),
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(jsonl(out.read_bytes())) == 1


def test_issue15_program_run_collects_young_garbage_less_often(tmp_path, monkeypatch):
    import gc

    from newstrace import cli

    left = []
    monkeypatch.setattr(cli, "_quick_exit", left.append)
    monkeypatch.setattr(sys, "argv", ["newstrace", "analyze", "--stages", "extract", "--jsonl",
                                      str(_pages(tmp_path, 1)), "-o", str(tmp_path / "out.jsonl")])
    before = gc.get_threshold()
    try:
        try:
            main()
        except SystemExit as done:
            assert done.code == 0
        assert left == [0] and gc.get_threshold() == (cli.PROGRAM_GC_GEN0, *before[1:])
    finally:
        gc.set_threshold(*before)
    assert len(jsonl((tmp_path / "out.jsonl").read_bytes())) == 1
