"""Geo gate (issue 5): GeoWebNews dev through the CLI stays within 0.01 of the figures reached."""

from __future__ import annotations

import pytest

from .gate import load_bench, run_bench


@pytest.mark.slow
def test_geoparsing_stays_at_the_gate():
    """issue 5: toponym F1 and accuracy within 161 km on GeoWebNews dev, run through `newstrace analyze`."""
    results = run_bench("geo")["all"]
    bench = load_bench("geo")
    for name, figure in bench.REACHED.items():
        assert results[name] >= figure - bench.GATE_TOLERANCE, f"{name}: {results[name]:.3f} < {figure:.3f} - tolerance"
