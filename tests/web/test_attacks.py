"""issue 18: the web server under attack — body limits that hold (chunked too, RSS measured), writing refused
before any body is read, the token's scheme required, 405 with Allow, a non-JSON body is 422 NT602, and
links built from hostile ids stay inside their path segment."""

from __future__ import annotations

import json
import select
import socket
import time

import httpx
import pytest

from tests.web.conftest import TOKEN, Server
from tests.web.test_pages import Elements

MB = 1_000_000


def rss_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


class RawUpload:
    """A hand-written HTTP/1.1 request on a socket, so a test can stop sending when the answer comes."""

    def __init__(self, port: int, head: str):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.sendall(head.encode("latin-1"))
        self.sent = 0
        self.answer = b""

    def answered(self, wait: float = 0.0) -> bool:
        readable, _, _ = select.select([self.sock], [], [], wait)
        while readable:  # the whole answer: it may come in several pieces
            try:
                piece = self.sock.recv(65536)
            except ConnectionResetError:
                break
            if not piece:
                break
            self.answer += piece
            readable, _, _ = select.select([self.sock], [], [], 0.5)
        return bool(self.answer)

    def send_chunked(self, total: int, chunk: int = 256 * 1024) -> None:
        """Send up to ``total`` body bytes in chunked coding; stop as soon as the server answers."""
        piece = b"%x\r\n" % chunk + b"[" * chunk + b"\r\n"
        while self.sent < total and not self.answered():
            try:
                self.sock.sendall(piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            self.sent += chunk
        self.answered(10)

    def status(self) -> int:
        return int(self.answer.split(b" ", 2)[1])

    def envelope(self) -> dict:
        return json.loads(self.answer.split(b"\r\n\r\n", 1)[1].split(b"\r\n")[-1] or b"{}") \
            if b"chunked" in self.answer.lower() else json.loads(self.answer.split(b"\r\n\r\n", 1)[1])

    def close(self) -> None:
        self.sock.close()


def _head(path: str, *extra: str) -> str:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json", *extra]
    return "\r\n".join(lines) + "\r\n\r\n"


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attacks")
    running = Server(str(folder / "w.db"), "--token", TOKEN, log=folder / "log")
    yield running
    running.stop()


def test_issue18_chunked_oversize_upload_is_413_before_the_body_is_read(writable):
    """Attack 1: 200 MB chunked (no Content-Length) with the right token: 413 NT606 once the count passes
    5 MB; the client stops far short of 200 MB and the server's RSS grows by under 50 MB."""
    before = rss_mb(writable.proc.pid)
    upload = RawUpload(writable.port, _head("/api/ingest", f"Authorization: Bearer {TOKEN}",
                                            "Transfer-Encoding: chunked"))
    try:
        upload.send_chunked(200 * MB)
        assert upload.status() == 413, upload.answer[:300]
        assert b"NT606" in upload.answer
        assert upload.sent < 40 * MB, upload.sent
    finally:
        upload.close()
    assert rss_mb(writable.proc.pid) - before < 50


def test_issue18_writing_is_refused_before_any_body_byte(server, writable):
    """Attack 1: read-only server -> 403 NT603, missing token -> 401 NT604, both answered while the client
    has sent only the header (a 500 MB Content-Length that never comes)."""
    for target, extra, status, code in ((server, (), 403, "NT603"), (writable, (), 401, "NT604"),
                                        (writable, ("Authorization: Bearer nope",), 401, "NT604")):
        upload = RawUpload(target.port, _head("/api/ingest", *extra, "Transfer-Encoding: chunked"))
        try:
            assert upload.answered(10), "no answer without a body"
            assert upload.status() == status and code.encode() in upload.answer, upload.answer[:300]
        finally:
            upload.close()


def test_issue18_token_without_bearer_scheme_is_refused(writable):
    doc = {"documents": [{"id": "scheme", "body": "A short body about the harbour in Tromsø and its ferries."}]}
    for header in (TOKEN, f"Basic {TOKEN}", f"Bearer{TOKEN}", "Bearer", f"{TOKEN} Bearer"):
        answer = httpx.post(writable.base + "/api/ingest", json=doc, headers={"Authorization": header})
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "NT604", header


def test_issue18_405_names_the_allowed_methods(server):
    for method, path in (("GET", "/api/ingest"), ("DELETE", "/api/articles"), ("POST", "/api/sources")):
        answer = httpx.request(method, server.base + path)
        assert answer.status_code == 405 and answer.json()["error"]["code"] == "NT605", (method, path)
        assert answer.headers.get("allow"), (method, path)
        assert method not in answer.headers["allow"]


@pytest.mark.parametrize("body", [b"not json at all", b"\xff\xfe\x00garbage", b'{"documents": [', b""])
def test_issue18_a_body_that_is_not_json_is_422_nt602(writable, body):
    answer = httpx.post(writable.base + "/api/ingest", content=body,
                        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "NT602", answer.text


def test_issue18_traversal_ids_stay_inside_their_segment(writable):
    """Attack 8: ids like ``../../docs`` and ``../article/OTHER`` are links to themselves, not elsewhere."""
    words = "The ferry operator in Tromsø cancelled every crossing on Friday because of high winds, it said."
    docs = [{"id": "../../docs", "body": words + " First report."},
            {"id": "../article/victim", "body": words + " Second report, with more on the winds."},
            {"id": "victim", "body": "A different story about a bakery in Bergen that opened on Monday."}]
    done = httpx.post(writable.base + "/api/ingest", json={"documents": docs, "link": True},
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=180)
    assert done.status_code == 200 and done.json()["stored"] == 3, done.text
    page = httpx.get(writable.base + "/search", params={"q": "ferry"}).text
    hrefs = [h for h in Elements(page).hrefs() if h.startswith("/article/")]
    assert "/article/..%2F..%2Fdocs" in hrefs and "/article/..%2Farticle%2Fvictim" in hrefs, hrefs
    assert not [h for h in hrefs if "/../" in h or h.endswith("/..")]
    for href, doc_id in (("/article/..%2F..%2Fdocs", "../../docs"), ("/api/articles/..%2Farticle%2Fvictim",
                                                                     "../article/victim")):
        answer = httpx.get(writable.base + href)
        assert answer.status_code == 200, href
    assert httpx.get(writable.base + "/api/articles/..%2Farticle%2Fvictim").json()["id"] == "../article/victim"


def test_issue18_surrogate_in_an_api_document_is_stored_not_500(writable):
    """Attack 2 over the API: a lone surrogate escape in a document is stored (as U+FFFD), never NT699."""
    raw = ('{"documents": [{"id": "lone-surrogate", "title": "Harbour \\ud800 strike", "body": "Dockworkers in '
           'Porto stopped work on Monday \\udc00 over pay, the union said in a statement."}]}')
    answer = httpx.post(writable.base + "/api/ingest", content=raw.encode(),
                        headers={"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"},
                        timeout=120)
    assert answer.status_code == 200 and answer.json()["stored"] == 1, answer.text
    stored = httpx.get(writable.base + "/api/articles/lone-surrogate").json()
    assert stored["title"] == "Harbour \ufffd strike" and "\ufffd" in stored["body"]


def test_issue18_server_still_answers_after_the_attacks(writable):
    time.sleep(0.2)
    assert httpx.get(writable.base + "/api/sources?limit=1").status_code == 200
