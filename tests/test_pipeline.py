"""The stage contract (issue 16): declared fields are real, the language gate, a crashing stage is NT301."""

from __future__ import annotations

import dataclasses
import sys
import types

from newstrace.pipeline import STAGES, Pipeline, Stage
from newstrace.record import Page, Record

ENGLISH_BODY = ("The harbour in Lisbon closed on Monday after a storm, a spokeswoman for the port authority said. "
                "\"We will reopen when the wind drops,\" said Ana Lopes, who runs the terminal.")
HUNGARIAN_BODY = ("A kormány szerint minden kikötő hétfőn bezárt, mert a vihar miatt a hajók nem tudtak kifutni. "
                  "A szóvivő azt mondta, hogy a munka kedden folytatódik, ha a szél elül.")


def test_every_declared_read_and_write_is_a_record_field():
    fields = {f.name for f in dataclasses.fields(Record)}
    for stage in STAGES:
        assert set(stage.reads) <= fields, (stage.name, set(stage.reads) - fields)
        assert set(stage.writes) <= fields, (stage.name, set(stage.writes) - fields)


def test_english_analysis_runs_on_an_english_body():
    record = Pipeline().run(Page(id="en", content=ENGLISH_BODY, kind="body", lang="en"))
    assert record.error is None
    assert record.skipped_stages == ()
    assert any(p.name == "Lisbon" for p in record.places)


def test_english_stages_are_skipped_on_another_language_with_the_reason():
    record = Pipeline().run(Page(id="hu", content=HUNGARIAN_BODY, kind="body"))
    assert record.language == "hu"
    skipped = {s.stage: s.reason for s in record.skipped_stages}
    assert {"parse", "entities", "sources", "quotes", "places", "events"} <= set(skipped)
    assert "language hu not supported" in skipped["places"]
    assert record.places == () and record.events == () and record.quotes == ()
    assert record.body == HUNGARIAN_BODY and record.error is None


def _install_crashing_stage(monkeypatch) -> Stage:
    module = types.ModuleType("newstrace_test_crash")

    def crash(record: Record) -> Record:
        raise ValueError("'x' is not in list")

    module.crash = crash  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return Stage("crashy", "newstrace_test_crash:crash", reads=("body",), writes=("events",),
                 description="raises", languages=("en",))


def test_a_stage_that_raises_is_nt301_naming_it_and_the_other_fields_stay(monkeypatch):
    crashy = _install_crashing_stage(monkeypatch)
    pipeline = Pipeline(["extract", "places"])
    pipeline.stages = [*pipeline.stages, crashy]
    pipeline._funcs = [*pipeline._funcs, crashy.load()]
    record = pipeline.run(Page(id="c", content=ENGLISH_BODY, kind="body", lang="en"))
    assert record.error is not None and record.error.code == "NT301"
    assert "crashy" in record.error.message and "ValueError" in record.error.message
    assert record.body == ENGLISH_BODY
    assert any(p.name == "Lisbon" for p in record.places)  # the stage before it kept its fields
    assert [s.stage for s in record.skipped_stages] == ["crashy"]


def test_the_python_api_names_a_page_of_the_wrong_type_and_takes_any_bytes():
    """``newstrace.analyze(None)`` raised "object supporting the buffer API required" from deep inside; a
    bytearray (what a socket read gives) was refused the same way."""
    import pytest

    import newstrace

    with pytest.raises(TypeError, match="page must be str or bytes"):
        newstrace.analyze(None, stages=["extract"])  # type: ignore[arg-type]
    record = newstrace.analyze(bytearray(b"<html><body><article><p>The ferry to Port Ellis runs again, the "
                                         b"harbour master said on Tuesday after a week of storms.</p>"
                                         b"</article></body></html>"), stages=["extract"])
    assert record.error is None and "Port Ellis" in (record.body or "")
