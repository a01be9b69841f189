"""The parse stage (issue 4 regression): a dateline is its own sentence, never part of a subject."""

from __future__ import annotations

from newstrace.analysis.nlp import parse
from newstrace.pipeline import Pipeline
from newstrace.record import Page

DATELINED = ("LONDON (Harbour Wire) - Prime Minister Ana Lopes said on Tuesday that the ferry strike "
             "would end next week.")


def test_a_sentence_starts_after_the_dateline():
    doc = parse(DATELINED, len("LONDON (Harbour Wire) -"))
    sentences = [s.text for s in doc.sents]
    assert sentences[0] == "LONDON (Harbour Wire) -"
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "said")
    assert "LONDON" not in [t.text for t in subject.subtree]


def test_the_speaker_of_a_datelined_page_is_the_person_not_the_place():
    html = (f"<html><body><article><p>{DATELINED}</p><p>The union said it would meet ministers again on "
            "Friday, and several ferry operators said services were already returning.</p></article>"
            "</body></html>")
    record = Pipeline(["extract", "parse", "entities", "sources", "quotes"]).run(Page(id="d", content=html))
    speakers = [q.speaker for q in record.quotes]
    assert any("Ana Lopes" in s for s in speakers), speakers
    assert not any("LONDON" in s for s in speakers), speakers
