"""Quotes gate (issue 4): PolNeAR dev through the CLI stays within 0.01 of the figures reached."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "quotes.py"
EVAL = ROOT.parent / "shared" / "eval" / "quotes"


def _gates() -> tuple[dict, float]:
    spec = importlib.util.spec_from_file_location("bench_quotes", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCH.parent))
    spec.loader.exec_module(module)
    return module.GATES, module.GATE_TOLERANCE


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/quotes is not in this clone")
def test_quote_figures_stay_at_the_gate():
    """issue 4: detection and end-to-end F1 (all, speech, direct) through `newstrace analyze`."""
    done = subprocess.run([sys.executable, str(BENCH), "--gate"], capture_output=True, text=True, timeout=900,
                          cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads((ROOT / "bench" / "out" / "quotes.json").read_text(encoding="utf-8"))
    gates, tolerance = _gates()
    for (subset, metric), figure in gates.items():
        assert results[subset][metric] >= figure - tolerance, f"{subset} {metric}: {results[subset][metric]:.3f}"
    assert results["errors"] == 0
