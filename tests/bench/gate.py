"""Shared plumbing of the eval gates: load a bench/ script as a module, run it through the CLI, read
what it saved in bench/out/. Each gate skips when ../shared/eval/<area> is not beside the clone."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
EVAL = ROOT.parent / "shared" / "eval"


def needs_eval(area: str):
    """Skip marker for a gate whose eval folder is absent (a user's clone has no ../shared)."""
    return pytest.mark.skipif(not (EVAL / area).exists(), reason=f"../shared/eval/{area} is not in this clone")


def load_bench(name: str):
    """bench/<name>.py as a module (its GATES, REACHED, TOLERANCE, main ...)."""
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_bench(name: str, *args: str, timeout: int = 900) -> dict:
    """Run bench/<name>.py in its own process; assert it passed; return bench/out/<name>.json."""
    done = subprocess.run([sys.executable, str(BENCH / f"{name}.py"), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads((BENCH / "out" / f"{name}.json").read_text(encoding="utf-8"))
