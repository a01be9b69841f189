"""bench/extraction_training.py (issue 15): our body's path is recorded per page, and the by-path table
says where we lose to trafilatura."""

from __future__ import annotations

from .gate import load_bench

PAGE = ("<html><head><title>Harbour bridge reopens</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        + "".join(f"<p>The harbour bridge reopened on Monday after {n} weeks of repairs, and the council said "
                  f"traffic on the east side would return to normal by the end of the month, item {n}.</p>"
                  for n in range(8))
        + "</article></body></html>")


def test_ours_returns_the_body_and_the_path_that_chose_it():
    bench = load_bench("extraction_training")
    body, method = bench._ours({"html": PAGE, "url": "https://example.org/news/bridge"})
    assert "harbour bridge reopened" in body
    assert method.startswith("trafilatura-")


def test_by_path_counts_pages_lost_and_won_against_trafilatura(capsys):
    bench = load_bench("extraction_training")
    scorer = bench._scorer()
    rows = [{"part": "cleaneval", "method": "trafilatura-fast", "newstrace": [1.0, 0.0, 0.0],
             "trafilatura": [0.5, 0.0, 0.5]},
            {"part": "cleaneval", "method": "trafilatura-fast", "newstrace": [0.2, 0.0, 0.8],
             "trafilatura": [1.0, 0.0, 0.0]},
            {"part": "dragnet", "method": "trafilatura-full+chunks", "newstrace": [1.0, 0.0, 0.0],
             "trafilatura": [1.0, 0.0, 0.0]}]
    bench.by_path(scorer, rows)
    out = capsys.readouterr().out
    non_agpl, dragnet = out.split("### dragnet")
    fast = next(line for line in non_agpl.splitlines() if line.startswith("| trafilatura-fast |"))
    cells = [cell.strip() for cell in fast.strip("|").split("|")]
    assert cells[1] == "2" and cells[-2:] == ["1", "1"]  # one page lost by > 0.1, one won
    assert "| trafilatura-full+chunks | 1 |" in dragnet and "trafilatura-full+chunks" not in non_agpl
