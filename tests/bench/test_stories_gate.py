"""Gate: story clustering B-cubed F1 on the stories dev sets stays at the reached figures (minus 0.01)."""

import json

import pytest

from .gate import load_bench


@pytest.mark.slow
def test_stories_bcubed_gate():
    """issue 7, 15: check-half B-cubed F1 at the gate (halves cut by story), online within 0.02 of batch."""
    bench = load_bench("stories")
    assert bench.main(["--gate"]) == 0
    results = json.loads((bench.OUT / "stories.json").read_text())["results"]
    by = {(r["set"], r["mode"]): r["bcubed_f1"] for r in results if r["part"] == "check"}  # issue 15
    for name in bench.SETS:
        assert abs(by[(name, "batch")] - by[(name, "online")]) <= 0.02
