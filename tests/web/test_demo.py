"""``newstrace demo`` builds a database from the bundled sample corpus and serves the web UI on it."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from tests.web.conftest import free_port


@pytest.mark.slow
def test_demo_ingests_links_and_serves_the_sample_corpus(tmp_path):
    port = free_port()
    db = tmp_path / "demo.db"
    log = (tmp_path / "demo.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "newstrace", "demo", "--port", str(port), "--db", str(db)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                found = httpx.get(base + "/api/articles", params={"q": "French"}, timeout=5).json()
                break
            except httpx.TransportError:
                time.sleep(0.5)
        else:
            pytest.fail("demo did not serve: " + (tmp_path / "demo.log").read_text()[-2000:])
        assert {"01-wire-scoop", "02-state-agency-rereport"} <= {h["id"] for h in found["items"]}
        story_id = httpx.get(base + "/api/articles/01-wire-scoop").json()["story_id"]
        story = httpx.get(f"{base}/api/stories/{story_id}").json()
        assert story["first_reporter"]["id"] == "01-wire-scoop" and len(story["articles"]) >= 3
        home = httpx.get(base + "/")
        assert home.status_code == 200 and "Content-Security-Policy" in home.headers
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    assert db.exists()
