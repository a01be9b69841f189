"""Issue 12: a company is not a person -- a name the model tags as a body though a first name opens it ("Marlow
Maritime"), or tags as a person after a role noun in apposition ("The promoter, Starline Events"), is a body when the
article calls it "its" in its own clause; a person's name stays a person's even where "its" follows (a first name of
the tables opens it, or another name comes between). Articles written for these tests."""

from __future__ import annotations

import pytest

from .attribution_support import source_of

SHIPPING = ("The shipping line Marlow Maritime will cut 300 jobs at its Dover depot, the company said on Tuesday.\n\n"
            "\"Freight volumes have fallen for three years in a row,\" Marlow Maritime said in a statement.")

FESTIVAL = ("Tickets for the summer festival went on sale on Friday and sold out within an hour.\n\n"
            "The promoter, Starline Events, said its second weekend would go on sale on Monday.")

STUDY = ("Grace Lindqvist said its findings would be published next month, after the university completed its "
         "review.\n\n\"We have been careful,\" she said.")

BOARD = ("Dana Whitford, who chairs the board of Kessel Foods, said its profits had doubled.\n\n"
         "\"It was a good year,\" Whitford said.")


@pytest.mark.slow
@pytest.mark.parametrize("body, needle, name", [
    (SHIPPING, "Freight volumes", "Marlow Maritime"),
    (FESTIVAL, "second weekend", "Starline Events"),
])
def test_issue12_a_company_called_its_is_no_person(analyse, body, needle, name):
    source = source_of(analyse(body), needle)
    assert source is not None and source.name == name and source.kind == "organization", source


@pytest.mark.slow
@pytest.mark.parametrize("body, needle, name", [
    (STUDY, "findings would be published", "Grace Lindqvist"),
    (BOARD, "profits had doubled", "Dana Whitford"),
])
def test_issue12_a_person_before_its_stays_a_person(analyse, body, needle, name):
    source = source_of(analyse(body), needle)
    assert source is not None and source.name == name and source.kind == "person", source
