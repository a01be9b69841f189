"""A real ``newstrace serve`` (uvicorn, a subprocess on 127.0.0.1 and a free port) over a corpus ingested
from our own articles (tests/web/articles.py), on SQLite and on a throwaway PostgreSQL."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import newstrace
from tests.postgres_server import postgres_cluster  # noqa: F401  (fixture)
from tests.web.articles import write_jsonl

TOKEN = "test-token-5f2c"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_corpus(db: str, folder: Path) -> str:
    with newstrace.open(db) as corpus:
        summary = corpus.ingest(str(write_jsonl(folder / "articles.jsonl")), workers=1, fetch=False)
        assert summary["stored"] == 5, summary
        corpus.link()
    return db


class Server:
    """``python -m newstrace serve`` in a subprocess; ``base`` is its http://127.0.0.1:PORT address."""

    def __init__(self, db: str, *extra: str, log: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "NEWSTRACE_TOKEN": ""}
        self.log = log.open("wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "newstrace", "serve", "--db", db, "--port",
                                      str(self.port), *extra], stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self._wait()

    def _wait(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"newstrace serve exited with {self.proc.returncode}")
            try:
                httpx.get(self.base + "/api/sources?limit=1", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("newstrace serve did not answer within a minute")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def server(request, tmp_path_factory):
    """A read-only server over the test corpus, once per back end."""
    folder = tmp_path_factory.mktemp(f"web-{request.param}")
    db = str(folder / "corpus.db") if request.param == "sqlite" else \
        request.getfixturevalue("postgres_cluster").new_database()
    running = Server(build_corpus(db, folder), log=folder / "server.log")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory):
    """The read-only server on SQLite only (browser tests)."""
    folder = tmp_path_factory.mktemp("web-browser")
    running = Server(build_corpus(str(folder / "corpus.db"), folder), log=folder / "server.log")
    yield running
    running.stop()


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.base, timeout=60) as http:
        yield http
