"""Lookup by canonical URL: a page saved to a file and ingested from it is found by the canonical URL
its <link rel=canonical> declares: from Python, the CLI and the web (one lookup, ``Store.get``), on SQLite
and PostgreSQL; a URL nothing matches stays NT403."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

import newstrace
from newstrace.errors import NewstraceError
from newstrace.web import create_app
from tests.conftest import run_cli
from tests.postgres_server import db_url, postgres_cluster  # noqa: F401  (fixtures)

CANONICAL = "https://www.quaytimes.example/news/2026/ferries-return?utm_medium=social"
ASKED = "https://www.quaytimes.example/news/2026/ferries-return"
UNKNOWN = "https://www.quaytimes.example/news/2026/ferries-leave"
SAVED = f"""<!doctype html><html><head><title>Ferries return to the northern route</title>
<link rel="canonical" href="{CANONICAL}">
<meta property="og:site_name" content="Quay Times"></head><body><article>
<h1>Ferries return to the northern route</h1>
<p>Ferries returned to the northern route on Monday after a week of storms kept the whole fleet in port,
the harbour authority said in a statement.</p>
<p>"The crossings are safe again," harbour master Ines Varga told reporters at the quay, adding that extra
sailings would run through the weekend for travellers who were stranded.</p>
<p>Operators said bookings had already filled most of the added crossings, and the authority asked
travellers to check departure times before leaving home.</p>
</article></body></html>
"""


def _saved_page(folder) -> str:
    path = folder / "ferries-saved.html"
    path.write_text(SAVED, encoding="utf-8")
    return str(path)


def test_trace_by_the_canonical_url_of_a_page_ingested_from_a_file(db_url, tmp_path):
    with newstrace.open(db_url) as corpus:
        assert corpus.ingest(_saved_page(tmp_path), stages=["extract"])["stored"] == 1
        stored = next(corpus.records())
        assert stored["url"] is None and stored["canonical_url"] == CANONICAL
        traced = corpus.trace(ASKED)
        assert traced["article"]["id"] == stored["id"]
        assert corpus.get(CANONICAL)["id"] == stored["id"]
        with pytest.raises(NewstraceError) as caught:
            corpus.trace(UNKNOWN)
        assert caught.value.code == "NT403"


def test_cli_and_web_trace_by_the_canonical_url(tmp_path):
    db = str(tmp_path / "c.db")
    ingested = run_cli("ingest", _saved_page(tmp_path), "--db", db, "--stages", "extract", "--json")
    assert json.loads(ingested.stdout.decode().splitlines()[-1])["stored"] == 1
    proc = run_cli("trace", ASKED, "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["title"] == "Ferries return to the northern route"
    missing = run_cli("trace", UNKNOWN, "--db", db)
    assert missing.returncode == 1 and b"NT403" in missing.stderr
    with TestClient(create_app(db)) as client:
        assert client.get(f"/api/trace/{ASKED}").json()["article"]["title"].startswith("Ferries return")
        assert client.get(f"/api/articles/{quote(CANONICAL, safe=':/')}").json()["canonical_url"] == CANONICAL
        assert client.get(f"/article/{ASKED}").status_code == 200
        gone = client.get(f"/api/trace/{UNKNOWN}")
        assert gone.status_code == 404 and gone.json()["error"]["code"] == "NT601"  # the web's not found
