"""Quotes gate (issue 4): PolNeAR dev through the CLI stays within 0.01 of the figures reached."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_quote_figures_stay_at_the_gate():
    """issue 4: detection and end-to-end F1 (all, speech, direct) through `newstrace analyze`."""
    results = run_bench("quotes", "--gate")
    bench = load_bench("quotes")
    for (subset, metric), figure in bench.GATES.items():
        floor = figure - bench.GATE_TOLERANCE
        assert results[subset][metric] >= floor, f"{subset} {metric}: {results[subset][metric]:.3f}"
    assert results["errors"] == 0
