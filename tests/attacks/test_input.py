"""issue 18: hostile text in every input path — lone surrogates, C0 control characters, malformed URLs — never
stops a batch, never loses an article, and the store never raises on such text."""

from __future__ import annotations

import json
from pathlib import Path

import newstrace
from newstrace.store import Entry, Store
from newstrace.textsafe import sanitize_text
from tests.conftest import jsonl, run_cli
from tests.ingest.builders import WarcBuilder, article_html

GOOD = "Dockworkers in Porto stopped work on Monday over pay, the union said in a statement on its website."
LATER = "A bakery in Bergen opened on Monday, its owner said, and the queue reached the end of the street."


def _lines(path: Path) -> Path:
    """A good line, a line with lone surrogate escapes (valid JSON), a good line after it."""
    path.write_text("\n".join([
        json.dumps({"id": "before", "body": GOOD}),
        '{"id": "lone\\ud800", "title": "Ferries \\udc00 halted", "body": "Ferry crossings from Bergen '
        '\\ud800 were cancelled on Friday because of high winds, the operator said in a short note."}',
        json.dumps({"id": "after", "body": LATER}),
    ]) + "\n", encoding="utf-8")
    return path


def test_issue18_surrogate_line_does_not_stop_analyze(tmp_path):
    done = run_cli("analyze", "--jsonl", str(_lines(tmp_path / "in.jsonl")), "--stages", "extract")
    assert done.returncode == 0, done.stderr[-2000:]
    records = jsonl(done.stdout)
    assert [r["id"] for r in records] == ["before", "lone\ufffd", "after"]
    assert records[1]["title"] == "Ferries \ufffd halted" and "\ufffd" in records[1]["body"]
    assert not any(r.get("error") for r in records)


def test_issue18_surrogate_line_does_not_stop_ingest_or_resume(tmp_path):
    source, db = _lines(tmp_path / "in.jsonl"), str(tmp_path / "c.db")
    first = run_cli("ingest", str(source), "--db", db, "--json", "--stages", "extract")
    assert first.returncode == 0, first.stderr[-2000:]
    summary = json.loads(first.stdout.decode().splitlines()[-1])
    assert summary["stored"] == 3 and summary["errors"] == 0, summary
    again = run_cli("ingest", str(source), "--db", db, "--json", "--resume", "--stages", "extract")
    assert again.returncode == 0, again.stderr[-2000:]


def test_issue18_store_never_raises_on_surrogates(tmp_path):
    """Error records (which never pass extraction) and units from non-UTF-8 file names are scrubbed too."""
    record = newstrace.analyze("<p>" + GOOD + "</p>", stages=["extract"]).to_dict()
    record.update(id="s\ud800", title="bad \udfff title")
    store = Store(str(tmp_path / "s.db"))
    try:
        outcomes = store.add_batch([
            Entry("unit-\udcff.html", "stored", record, None, "h1"),
            Entry("unit-2", "error", {"id": "e\ud800", "error": {"code": "NT105", "message": "m \ud801"}}),
        ])
        assert outcomes == ["stored", "error"]
    finally:
        store.close()


def test_issue18_vertical_tab_inside_a_paragraph_keeps_the_article():
    page = ("<html><body><article><p>The mayor of Riga said\x0bon Tuesday that the floodwater had begun to fall "
            "and that the schools of the old town would reopen next week.</p><p>Residents returned to their "
            "homes\x0cwhere the river had risen higher than at any time this century, officials said.</p>"
            "</article></body></html>")
    record = newstrace.analyze(page, stages=["extract"])
    assert record.error is None and "floodwater had begun to fall" in record.body
    assert "\x0b" not in record.body and "\x0c" not in record.body


def test_issue18_controls_after_script_are_not_nt299():
    for junk in ("\x01", "\x0b", "\x0c", "\x01\x0b\x0c\x1f"):
        page = (f"<html><head><title>Harbour</title></head><body><script>var a = 1;</script>{junk}<article>"
                "<p>The harbour of Port Ellis reopened on Tuesday after a two-day storm, the harbour master "
                "said, and ferries to the islands will run again from Wednesday morning.</p></article></body></html>")
        record = newstrace.analyze(page.encode(), stages=["extract"])
        assert record.error is None, (junk, record.error)
        assert "ferries to the islands" in record.body


def test_issue18_body_input_keeps_its_length():
    text = "Line one\x0bline two \ud800 and a bell\x07 here."
    clean = sanitize_text(text, keep_length=True)
    assert len(clean) == len(text) and "\x07" not in clean and "\ufffd" in clean
    done = run_cli("analyze", "--jsonl", "-", "--stages", "extract",
                   input=(json.dumps({"id": "b", "body": "Riga\x07 floods " * 20}) + "\n").encode())
    body = jsonl(done.stdout)[0]["body"]
    assert len(body) == len("Riga\x07 floods " * 20) and "\x07" not in body


def test_issue18_malformed_url_keeps_the_page(tmp_path):
    """A JSONL url and a WARC-Target-URI like ``http://[2001:db8::1/story``: the page is kept, the URL dropped
    with a warning (before: NT299 "Invalid IPv6 URL" and no body)."""
    bad = "http://[2001:db8::1/story"
    line = json.dumps({"id": "u", "url": bad, "body": GOOD})
    done = run_cli("analyze", "--jsonl", "-", input=(line + "\n").encode(), env={"NEWSTRACE_MAX_SECONDS": "120"})
    record = jsonl(done.stdout)[0]
    assert record["error"] is None and record["body"] == GOOD and record["url"] is None
    assert any("url dropped" in w for w in record["warnings"])
    warc = WarcBuilder().response(bad, article_html("Harbour reopens", GOOD)).save(tmp_path / "bad.warc.gz")
    db = str(tmp_path / "w.db")
    ingested = run_cli("ingest", str(warc), "--db", db, "--json", "--stages", "extract")
    assert ingested.returncode == 0, ingested.stderr[-2000:]
    with newstrace.open(db) as corpus:
        hits = corpus.search("Porto")
    assert len(hits) == 1


def test_issue18_resume_with_another_spelling_of_the_same_path(tmp_path, monkeypatch):
    """Relative first, absolute (and ``./x/../``) after: the second run resumes every unit (before: none)."""
    from newstrace.ingest.run import IngestOptions, ingest

    folder = tmp_path / "in"
    folder.mkdir()
    _lines(folder / "batch.jsonl")
    monkeypatch.chdir(tmp_path)
    store = Store(str(tmp_path / "r.db"))
    try:
        first = ingest(store, ["in/batch.jsonl"], IngestOptions(stages=("extract",), fetch=False))
        assert first["stored"] == 3
        for spelling in (str(folder / "batch.jsonl"), "./in/../in/batch.jsonl", str(folder)):
            again = ingest(store, [spelling], IngestOptions(stages=("extract",), fetch=False, resume=True))
            assert again["resumed"] == 3 and again["stored"] == 0 and again["duplicates"] == 0, (spelling, again)
    finally:
        store.close()
