"""Geo gate (issue 5): GeoWebNews dev through the CLI stays within 0.01 of the figures reached."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_geoparsing_stays_at_the_gate():
    """issue 5 / issue 14: toponym F1, accuracy within 161 km and AUC on the check half of GeoWebNews dev,
    run through `newstrace analyze`."""
    results = run_bench("geo")["check"]["all"]
    bench = load_bench("geo")
    for name, figure in bench.REACHED.items():
        assert results[name] >= figure - bench.GATE_TOLERANCE, f"{name}: {results[name]:.3f} < {figure:.3f} - tolerance"
    assert results["auc"] <= bench.REACHED_AUC + bench.GATE_TOLERANCE, f"auc: {results['auc']:.3f}"
