"""Issue 12: "the newspaper" is the paper the article named before, even when that paper was named in passing and
never spoke itself ("records obtained by The Marsh Valley Courier"); a paper's name with its article is an outlet
even when its first word is also a given name ("The Florence Times"). Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import source_of

RECORDS = ("The county failed to test drinking water for lead at 14 schools last year, according to records "
           "obtained by {paper}.\n\nMayor Denise Okoye acknowledged the problem on Wednesday. \"We let those families "
           "down,\" she said.\n\nThe {short} first reported the missed tests on Monday. The newspaper said a county "
           "engineer had warned managers in March that the lab contract had lapsed.")


@pytest.mark.slow
@pytest.mark.parametrize("paper, short, name", [
    ("The Marsh Valley Courier", "Courier", "Marsh Valley Courier"),
    ("The Florence Times", "Times", "Florence Times"),
    ("The Austin Herald", "Herald", "Austin Herald"),
])
def test_issue12_the_newspaper_is_the_paper_named_in_passing(analyse, paper, short, name):
    record = analyse(RECORDS.format(paper=paper, short=short))
    source = source_of(record, "a county engineer had warned")
    assert source is not None and source.name == name and source.kind == "outlet", record.sources
    assert not any(s.name.lower() == "newspaper" for s in record.sources), record.sources


@pytest.mark.slow
def test_issue12_the_newspaper_after_two_papers_is_not_guessed(analyse):
    body = ("The county failed to test drinking water at 14 schools, according to records obtained by The Marsh "
            "Valley Courier and shared with The Florence Times.\n\nThe newspaper said a county engineer had warned "
            "managers in March that the lab contract had lapsed.")
    record = analyse(body)
    source = source_of(record, "a county engineer had warned")
    assert source is not None and source.kind == "outlet", record.sources
    assert source.name not in ("Marsh Valley Courier", "Florence Times"), record.sources
