"""Attribution gate (issue 12): the attribution dev set's check half through the CLI stays at the figures reached."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_issue12_attribution_figures_stay_at_the_gate():
    """issue 12: speaker accuracy, source F1, kind accuracy, quote F1 and end-to-end F1 on the check half."""
    results = run_bench("attribution", "--gate")
    bench = load_bench("attribution")
    for metric, figure in bench.GATES.items():
        assert results["check"][metric] >= figure - bench.GATE_TOLERANCE, f"{metric}: {results['check'][metric]:.3f}"
    assert results["errors"] == 0
