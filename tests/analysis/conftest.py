"""Fixtures shared by the analysis tests."""

import pytest

from newstrace.pipeline import Pipeline
from newstrace.record import Page


@pytest.fixture(scope="module")
def analyse():
    """Run the quotes stage (and what it requires) on an English ``body``; a module may define its own."""
    pipeline = Pipeline(["quotes"])
    return lambda body: pipeline.run(Page(id="t", content=body, kind="body", lang="en"))


@pytest.fixture(scope="module")
def quotes_of(analyse):
    """The quotes of an English ``body`` after the quotes stage (and what it requires); the record has no error."""

    def run(body: str) -> list:
        record = analyse(body)
        assert record.error is None, record.error
        return list(record.quotes)

    return run
