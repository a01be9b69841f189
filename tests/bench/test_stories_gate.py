"""Gate: story clustering B-cubed F1 on the stories dev sets stays at the reached figures (minus 0.01)."""

import importlib.util
import json

import pytest

from tests.conftest import ROOT

BENCH = ROOT / "bench" / "stories.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_stories", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EVAL = _bench().EVAL / "stories"


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/stories is not in this clone")
def test_stories_bcubed_gate():
    """issue 7: B-cubed F1 >= 0.92 (ecbplus) and >= 0.98 (newscluster), online within 0.02 of batch."""
    bench = _bench()
    assert bench.main(["--gate"]) == 0
    results = json.loads((bench.OUT / "stories.json").read_text())["results"]
    by = {(r["set"], r["mode"]): r["bcubed_f1"] for r in results}
    for name in bench.SETS:
        assert abs(by[(name, "batch")] - by[(name, "online")]) <= 0.02
