"""Body runs for highlighting and search snippets (newstrace.web.highlight): pure functions over text."""

from __future__ import annotations

from newstrace.web.highlight import Mark, paragraphs, record_marks, runs, snippet, snippet_runs


def test_runs_cut_where_the_covering_marks_change_and_keep_every_character():
    text = "Ana Lopes said the port in Lisbon reopened."
    marks = [Mark(0, 9, "source", "source: Ana Lopes"), Mark(15, 42, "quote", "quote"),
             Mark(27, 33, "place", "place: Lisbon"), Mark(0, 43, "event", "event: AGREE")]
    pieces = runs(text, marks)
    assert "".join(p[0] for p in pieces) == text
    by_text = {p[0]: p[1] for p in pieces}
    assert by_text["Ana Lopes"] == ("event", "source")
    assert by_text["Lisbon"] == ("event", "quote", "place")
    assert by_text[" said "] == ("event",)
    assert by_text["."] == ("event",)


def test_paragraphs_keep_offsets_into_the_body():
    body = "First line here.\n\nSecond part names Oslo."
    marks = [Mark(body.index("Oslo"), body.index("Oslo") + 4, "place", "place: Oslo")]
    first, second = paragraphs(body, marks)
    assert "".join(p[0] for p in first) == "First line here."
    assert ("Oslo", ("place",), "place: Oslo") in second


def test_record_marks_skip_broken_spans():
    record = {"sources": [{"name": "X", "kind": "person", "mentions": [[0, 1], [5, 2], None]}],
              "quotes": [{"content_span": None}], "places": [{"name": "Oslo", "span": [2, 6]}],
              "dates": [{"value": "2024", "span": ["a", "b"]}], "events": [{"type": "AGREE", "span": [0, 9]}]}
    assert [(m.layer, m.start, m.end) for m in record_marks(record)] == [
        ("source", 0, 1), ("place", 2, 6), ("event", 0, 9)]


def test_snippet_centres_on_the_first_query_word_and_marks_every_one():
    body = ("Lorem words " * 40) + "The harbour strike began on Monday and the STRIKE went on. " + ("tail " * 40)
    text, spans = snippet(body, "strike")
    assert text.startswith("… ") and text.endswith(" …") and len(text) < 260
    assert [text[a:b] for a, b in spans] == ["strike", "STRIKE"]
    assert [p for p, hit in snippet_runs(text, spans) if hit] == ["strike", "STRIKE"]
    start, _ = snippet("Short body.", None)
    assert start == "Short body."
