"""issue 14: the /errors page and the home page show current errors only, with a hint each."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

import newstrace
from newstrace.web import create_app

BODY = "The harbour of Port Ellis reopened on Tuesday after the storm, the harbour master said."


def _ingest(db: str, source, lines: list[str]) -> None:
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with newstrace.open(db) as corpus:
        corpus.ingest(str(source), stages=["extract"], fetch=False)


def test_issue14_errors_page_lists_current_errors_with_hints_and_clears(tmp_path):
    db, source = str(tmp_path / "c.db"), tmp_path / "in.jsonl"
    _ingest(db, source, ["{broken <script>alert(1)</script>", json.dumps({"id": "a", "body": BODY})])
    with TestClient(create_app(db)) as client:
        page = client.get("/errors")
        assert page.status_code == 200 and "NT105" in page.text and "What to do:" in page.text
        assert "<script>alert" not in page.text
        assert 'href="/errors"' in client.get("/").text
    _ingest(db, source, [json.dumps({"id": "b", "body": BODY + " Ferries run again."}),
                         json.dumps({"id": "a", "body": BODY})])
    with TestClient(create_app(db)) as client:
        assert "No current errors" in client.get("/errors").text
        assert 'href="/errors"' not in client.get("/").text
