"""Extraction gate (issue 3): the four dev sets through the CLI stay within 0.01 of the reached F1."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_extraction_f1_stays_at_the_gate():
    """issue 3: HTML and text extraction F1 on the dev splits, run through `newstrace analyze`."""
    results = run_bench("extraction", "--gate", timeout=600)
    bench = load_bench("extraction")
    for name, figure in bench.GATES.items():  # issue 15: the gates hold the check halves
        floor = figure - bench.GATE_TOLERANCE
        check = results["halves"][name]["check"]["f1"]
        assert check >= floor, f"{name}: check-half F1 {check:.3f} < {floor:.3f}"
