"""Extraction gate (issue 3): the four dev sets through the CLI stay within 0.01 of the reached F1."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_extraction_f1_stays_at_the_gate():
    """issue 3: HTML and text extraction F1 on the dev splits, run through `newstrace analyze`."""
    results = run_bench("extraction", "--gate", timeout=600)
    bench = load_bench("extraction")
    for name, figure in bench.GATES.items():
        floor = figure - bench.GATE_TOLERANCE
        assert results["f1"][name] >= floor, f"{name}: F1 {results['f1'][name]:.3f} < {floor:.3f}"
