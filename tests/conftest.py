"""Shared test helpers: run the real CLI in a subprocess, find the project's own sample pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "newstrace" / "data" / "sample"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None, timeout: float = 300):
    """Run ``python -m newstrace ARGS``; returns the CompletedProcess (bytes)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "newstrace", *args], input=input, capture_output=True,
                          env=full_env, timeout=timeout)


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture
def cli():
    return run_cli
