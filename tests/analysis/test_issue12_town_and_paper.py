"""Issue 12: a town and the paper named after it are two entries -- "the city of Harlow" is no short form of "The
Harlow Courier" (a paper is shortened by its closing words), and "The Harlow Courier" as a subject is an outlet even
when the model leaves it untagged and its first word reads as a given name. "The newspaper" after it is that paper.
Articles written for these tests (the towns are names the model tags as a person, a body or a place)."""

from __future__ import annotations

import pytest

from .attribution_support import source_of

REPORTED = ("Officials in the city of {town} have closed two bridges after an inspection found cracked supports.\n\n"
            "\"Safety has to come first,\" said council leader Martin Hale.\n\nThe {town} Courier first reported the "
            "cracks last week. The newspaper said engineers had warned the council in 2022 that the bridges needed "
            "repair.")

OBTAINED = ("The city of {town} failed to test drinking water for lead at 14 schools last year, according to records "
            "obtained by The {town} Courier.\n\nMayor Denise Okoye acknowledged the problem on Wednesday. \"We let "
            "those families down,\" she said.\n\nThe Courier first reported the missed tests on Monday. The newspaper "
            "said a county engineer had warned managers in March that the lab contract had lapsed.")


@pytest.mark.slow
@pytest.mark.parametrize("town", ["Harlow", "Preston", "Shelby"])
def test_issue12_the_paper_named_after_the_town_is_the_newspaper(analyse, town):
    source = source_of(analyse(REPORTED.format(town=town)), "engineers had warned the council")
    assert source is not None and (source.name, source.kind) == (f"{town} Courier", "outlet"), source


@pytest.mark.slow
def test_issue12_the_town_does_not_swallow_its_paper(analyse):
    record = analyse(OBTAINED.format(town="Harlow"))
    source = source_of(record, "a county engineer had warned")
    assert source is not None and (source.name, source.kind) == ("Harlow Courier", "outlet"), record.sources
