"""Page-date gate (issue 3): published-day accuracy on ../shared/eval/dates dev through the CLI stays
within 0.01 of the figure reached, with no more false dates on undated pages than htmldate."""

from __future__ import annotations

import pytest

from .gate import run_bench


@pytest.mark.slow
def test_published_day_accuracy_stays_at_the_gate():
    """issue 3: accuracy >= gate - 0.01 (htmldate extensive 0.905); undated pages abstained >= htmldate's 0/2.
    issue 15: the check half reached 0.929 (bench/dates.py GATE_ACCURACY), tune 0.956."""
    results = run_bench("dates", "--gate")
    assert results["overall"]["accuracy"] > 0.905
    assert results["halves"]["check"]["accuracy"] >= 0.919  # issue 15: 0.929 reached on the half we never read
    assert results["overall"]["abstained"] >= 0.0
    assert results["overall"]["precision"] > 0.91
