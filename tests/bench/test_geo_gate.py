"""Geo gate (issue 5): GeoWebNews dev through the CLI stays within 0.01 of the figures reached."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "geo.py"
EVAL = ROOT.parent / "shared" / "eval" / "geo"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_geo", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(BENCH.parent))
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval/geo is not in this clone")
def test_geoparsing_stays_at_the_gate():
    """issue 5: toponym F1 and accuracy within 161 km on GeoWebNews dev, run through `newstrace analyze`."""
    done = subprocess.run([sys.executable, str(BENCH)], capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads((ROOT / "bench" / "out" / "geo.json").read_text(encoding="utf-8"))["all"]
    bench = _bench()
    for name, figure in bench.REACHED.items():
        assert results[name] >= figure - bench.GATE_TOLERANCE, f"{name}: {results[name]:.3f} < {figure:.3f} - tolerance"
