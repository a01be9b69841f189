"""Extraction gate (issue 3): the four dev sets through the CLI stay within 0.01 of the reached F1."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "extraction.py"
EVAL = ROOT.parent / "shared" / "eval" / "extraction"


def _gates() -> tuple[dict[str, float], float]:
    spec = importlib.util.spec_from_file_location("bench_extraction", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCH.parent))
    spec.loader.exec_module(module)
    return module.GATES, module.GATE_TOLERANCE


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/extraction is not in this clone")
def test_extraction_f1_stays_at_the_gate():
    """issue 3: HTML and text extraction F1 on the dev splits, run through `newstrace analyze`."""
    done = subprocess.run([sys.executable, str(BENCH), "--gate"], capture_output=True, text=True, timeout=600,
                          cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads((ROOT / "bench" / "out" / "extraction.json").read_text(encoding="utf-8"))
    gates, tolerance = _gates()
    for name, figure in gates.items():
        assert results["f1"][name] >= figure - tolerance, f"{name}: F1 {results['f1'][name]:.3f} < {figure - tolerance:.3f}"
