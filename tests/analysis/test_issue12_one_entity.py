"""Issue 12: one real-world person or body is one source, named as a reader writes it -- a name whose "'s" is
part of it, a prince by title and given name, an acronym in brackets after its long form, a company with its
legal suffix. Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import source_of


@pytest.mark.slow
def test_issue12_a_name_whose_s_is_part_of_it_keeps_it(analyse):
    record = analyse("Moody's said on Tuesday that it had cut the country's credit rating.\n\n"
                     "\u201cThe outlook is negative,\u201d Moody's said in a statement. Standard & Poor's said it "
                     "would review its own rating next month.")
    assert source_of(record, "outlook is negative").name == "Moody's", record.sources
    assert source_of(record, "review its own rating").name == "Standard & Poor's", record.sources


@pytest.mark.slow
def test_issue12_a_possessive_that_owns_something_is_not_part_of_the_name(analyse):
    record = analyse("Corvane Systems said on Monday that sales fell. Corvane Systems' chief executive, Ida Lund, "
                     "said demand would recover, and Corvane Systems's board said it backed her.")
    names = {s.name for s in record.sources}
    assert "Corvane Systems" in names and not any(n.endswith(("'s", "'")) for n in names), record.sources
