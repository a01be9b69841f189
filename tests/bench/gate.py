"""Shared plumbing of the eval gates: load a bench/ script as a module, run it through the CLI, read
what it saved in bench/out/. The gates need ../shared/eval beside the clone: `make test` runs this
folder only when it is there (CI always has it), so a gate never skips — it passes or fails."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
EVAL = ROOT.parent / "shared" / "eval"


def _eval_is_there() -> None:
    assert EVAL.is_dir(), f"{EVAL} is missing: the eval gates need ../shared/eval beside the clone"


def load_bench(name: str):
    """bench/<name>.py as a module (its GATES, REACHED, TOLERANCE, main ...)."""
    _eval_is_there()
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_bench(name: str, *args: str, timeout: int = 900) -> dict:
    """Run bench/<name>.py in its own process; assert it passed; return bench/out/<name>.json."""
    _eval_is_there()
    done = subprocess.run([sys.executable, str(BENCH / f"{name}.py"), *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads((BENCH / "out" / f"{name}.json").read_text(encoding="utf-8"))
