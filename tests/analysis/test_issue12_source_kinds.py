"""Issue 12: a source's kind comes from public resources (GUM entity types, Phoenix actor dictionaries),
fitted by ``bench/train_source_kinds.py`` into ``data/sources_kinds_fitted.tsv``. Articles written for these tests."""

from __future__ import annotations

import pytest

from newstrace.analysis.people import body_kind, government_bodies
from newstrace.analysis.quotes.cues import fitted_kind_rows, kind_of_noun
from newstrace.pipeline import Pipeline
from newstrace.record import Page


def test_issue12_fitted_nouns_name_people_and_bodies():
    kinds = kind_of_noun()
    assert kinds["lawyer"] == "anonymous" and kinds["economist"] == "anonymous"  # persons in GUM / Phoenix
    assert kinds["ministry"] == "government" and kinds["company"] == "organization"  # the hand table wins
    assert kinds["army"] == "government"  # a GUM organization noun the Phoenix agents file under MIL
    assert not any(row[1].isdigit() for row in fitted_kind_rows())


def test_issue12_phoenix_state_bodies_are_government_and_a_role_of_them_is_not_a_body():
    bodies = government_bodies()
    assert {"white house", "pentagon", "kremlin", "nasa"} <= bodies
    assert "white house spokesman" not in bodies and not any(b.startswith("bashar") for b in bodies)
    assert body_kind("the Pentagon") == "government" and body_kind("Harbour Freight Holdings") == "organization"


@pytest.mark.slow
def test_issue12_a_state_body_and_an_unnamed_lawyer_get_their_kinds():
    pipeline = Pipeline(["quotes"])
    body = ("The Pentagon said on Friday that the drills off the coast would end next month.\n\n"
            "\u201cNobody was told anything,\u201d a lawyer for the fishermen said.")
    record = pipeline.run(Page(id="t", content=body, kind="body", lang="en"))
    kinds = {s.name: s.kind for s in record.sources}
    assert kinds.get("Pentagon") == "government", kinds
    assert any(k == "anonymous" and "lawyer" in n for n, k in kinds.items()), kinds
