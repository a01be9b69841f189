"""Issue 12: an outlet of the table is an outlet wherever an article cites it -- Wikinews, whose reports cite
themselves ("Wikinews observed ...") and whose interviews are told to it. Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import source_of


@pytest.mark.slow
def test_issue12_wikinews_observing_is_an_outlet(analyse):
    record = analyse("Hundreds of people came to the opening of the gallery on Friday. Wikinews observed that most "
                     "visitors stayed for more than an hour.")
    source = source_of(record, "most visitors stayed")
    assert source is not None and source.name == "Wikinews" and source.kind == "outlet", record.sources


@pytest.mark.slow
def test_issue12_told_wikinews_cites_the_outlet(analyse):
    record = analyse("The museum's director told Wikinews that the collection would tour Europe next year.")
    assert any(s.name == "Wikinews" and s.kind == "outlet" for s in record.sources), record.sources
