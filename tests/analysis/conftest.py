"""Fixtures shared by the analysis tests."""

import pytest

from newstrace.pipeline import Pipeline
from newstrace.record import Page


@pytest.fixture(scope="module")
def analyse():
    """Run the quotes stage (and what it requires) on an English ``body``; a module may define its own."""
    pipeline = Pipeline(["quotes"])
    return lambda body: pipeline.run(Page(id="t", content=body, kind="body", lang="en"))
