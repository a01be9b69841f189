"""issue 18: compression bombs for each input kind — a gzipped feed, a gzipped JSONL batch, a WARC — are read
as streams and capped by decompressed bytes: NT102, peak RSS well under 600 MB, the good lines kept.
(Before: a 1 MB .xml.gz feed peaked at 6.36 GB, a 1 MB .jsonl.gz at 3.3 GB.)"""

from __future__ import annotations

import io
import json

import pytest

from newstrace.ingest.inflate import capped_lines
from tests.attacks.bombs import MB, multi_member_bomb, run_measured, warc_bomb

SIZE = 512 * MB
GOOD = b'{"id": "good", "body": "The harbour of Port Ellis reopened on Tuesday after a two-day storm, said its master."}\n'
PEAK_MB = 600


def _summary(output: str) -> dict:
    return json.loads([line for line in output.splitlines() if line.startswith('{"read"')][-1])


def _ingest(tmp_path, source) -> tuple[dict, float]:
    status, peak, output = run_measured("ingest", str(source), "--db", str(tmp_path / "b.db"), "--json",
                                        "--stages", "extract")
    assert status == 0, output[-2000:]
    return _summary(output), peak


@pytest.mark.slow
def test_issue18_gzip_feed_bomb_is_capped(tmp_path):
    feed = multi_member_bomb(tmp_path / "feed.xml.gz", b'<?xml version="1.0"?><rss version="2.0"><channel><item>'
                             b"<title>A</title><description>", b" ", SIZE, b"</description></item></channel></rss>")
    assert feed.stat().st_size < 2 * MB
    summary, peak = _ingest(tmp_path, feed)
    assert summary["errors_by_code"] == {"NT102": 1}, summary
    assert peak < PEAK_MB, peak


@pytest.mark.slow
def test_issue18_gzip_jsonl_bomb_is_capped_and_the_next_line_kept(tmp_path):
    lines = multi_member_bomb(tmp_path / "lines.jsonl.gz", b'{"id": "bomb", "body": "', b"a", SIZE, b'"}\n' + GOOD)
    summary, peak = _ingest(tmp_path, lines)
    assert summary["errors_by_code"] == {"NT102": 1} and summary["stored"] == 1, summary
    assert peak < PEAK_MB, peak


@pytest.mark.slow
def test_issue18_warc_bomb_is_capped(tmp_path):
    summary, peak = _ingest(tmp_path, warc_bomb(tmp_path / "bomb.warc.gz", 256 * MB))
    assert summary["errors_by_code"] == {"NT102": 1}, summary
    assert peak < PEAK_MB, peak


def test_issue18_capped_lines_never_holds_an_overlong_line():
    stream = io.BytesIO(b"short\n" + b"x" * 5000 + b"\nafter\nlast-without-newline")
    assert list(capped_lines(stream, 100)) == [b"short\n", None, b"after\n", b"last-without-newline"]
    assert list(capped_lines(io.StringIO("a\nbbbb\n"), 3)) == ["a\n", None]


def test_issue18_analyze_jsonl_line_over_budget_is_nt102(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"id": "big", "body": "' + b"a" * 3_000_000 + b'"}\n' + GOOD)
    status, _peak, output = run_measured("analyze", "--jsonl", str(path), "--stages", "extract",
                                         env={"NEWSTRACE_MAX_BYTES": "1000000"})
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert status == 0 and [r["error"]["code"] if r["error"] else None for r in records] == ["NT102", None]
