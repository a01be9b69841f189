"""issue 18: fetching under attack — the SSRF spellings that hide a private address, a DNS-rebinding resolver,
a server trickling one byte at a time (one slow host must not stall the ingest)."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newstrace.errors import NewstraceError
from newstrace.ingest import pinned
from newstrace.ingest.fetch import Fetcher, FetchPolicy, check_address
from newstrace.ingest.run import IngestOptions, ingest
from newstrace.store import Store
from tests.ingest.builders import ARTICLES, article_html
from tests.ingest.http_server import site  # noqa: F401  (fixture)


@pytest.mark.parametrize("address", ["::127.0.0.1", "::ffff:0:7f00:1", "64:ff9b::7f00:1", "64:ff9b::a00:1",
                                     "2002:7f00:1::1", "2002:c0a8:101::1", "192.0.0.8", "fec0::1",
                                     "64:ff9b:1::1", "100.64.0.1", "::ffff:10.0.0.1", "::", "2001:db8::1"])
def test_issue18_ssrf_spellings_are_refused(address):
    with pytest.raises(NewstraceError) as caught:
        check_address(address, 80, allow_private=False)
    assert caught.value.code == "NT122"


@pytest.mark.parametrize("address", ["93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1",
                                     "2606:4700:4700::1111"])
def test_issue18_public_addresses_and_their_nat64_6to4_forms_pass(address):
    check_address(address, 80, allow_private=False)


class _Rebinding:
    """A resolver for ``rebind.test`` that answers a public address first and 127.0.0.1 after that (zero
    TTL); every other name goes to the real resolver."""

    def __init__(self, real, port: int):
        self.real, self.port, self.calls = real, port, 0

    def __call__(self, host, port, *args, **kwargs):
        if host != "rebind.test":
            return self.real(host, port, *args, **kwargs)
        self.calls += 1
        address = "93.184.216.34" if self.calls == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]


def test_issue18_dns_rebinding_never_reaches_the_internal_server(site, monkeypatch):
    """The check and the connection use one resolution: the internal page is never requested (before: the
    check saw the public answer, httpx resolved again, got 127.0.0.1 and the page was stored)."""
    port = int(str(site).rsplit(":", 1)[1])
    resolver = _Rebinding(socket.getaddrinfo, port)
    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    fetcher = Fetcher(FetchPolicy(delay=0.0, retries=0, timeout=2, deadline=4))
    for _ in range(3):
        with pytest.raises(NewstraceError) as caught:
            fetcher.fetch(f"http://rebind.test:{port}/article/0")
        assert caught.value.code in ("NT120", "NT122")
    assert site.hits == {} and resolver.calls >= 2
    fetcher.close()


def test_issue18_connection_goes_to_the_checked_address(monkeypatch):
    """The backend connects to the address it checked, not to the name (no second look-up)."""
    seen = []

    class Inner:
        def connect_tcp(self, host, port, *args):
            seen.append(host)
            raise pinned.httpcore.ConnectError("refused in the test")

    monkeypatch.setattr(pinned, "resolve_checked", lambda host, port, allow: ["93.184.216.34"])
    backend = pinned.PinnedBackend(False)
    backend.inner = Inner()
    with pytest.raises(pinned.httpcore.ConnectError):
        backend.connect_tcp("news.example", 80)
    assert seen == ["93.184.216.34"]


class _Trickle(BaseHTTPRequestHandler):
    """Headers at once, then one byte every 0.5 s for up to 60 s."""

    def log_message(self, *args) -> None:
        pass

    def do_GET(self):
        if self.path == "/robots.txt":
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(120):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.5)


@pytest.fixture
def trickles():
    servers = [ThreadingHTTPServer(("127.0.0.1", 0), _Trickle) for _ in range(3)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [f"http://127.0.0.1:{s.server_address[1]}" for s in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


def test_issue18_trickle_server_stops_at_the_fetch_deadline(trickles):
    fetcher = Fetcher(FetchPolicy(delay=0.0, allow_private=True, retries=2, backoff=0.01, timeout=20,
                                  deadline=3))
    started = time.monotonic()
    with pytest.raises(NewstraceError) as caught:
        fetcher.fetch(f"{trickles[0]}/slow")
    assert caught.value.code == "NT120" and "deadline" in caught.value.message
    assert time.monotonic() - started < 6
    fetcher.close()


def test_issue18_slow_hosts_do_not_stall_an_ingest(tmp_path, site, trickles):
    """Three trickling hosts and a normal one: fetched side by side, each trickle cut at its deadline; the
    normal pages are stored and the run takes about one deadline, not three (before: over 240 s)."""
    listing = tmp_path / "urls.txt"
    urls = [f"{t}/slow" for t in trickles] + [f"{site}/article/{i}" for i in range(len(ARTICLES))]
    listing.write_text("\n".join(urls) + "\n")
    store = Store(str(tmp_path / "t.db"))
    started = time.monotonic()
    summary = ingest(store, [str(listing)], IngestOptions(stages=("extract",), allow_private=True, delay=0.0,
                                                          fetch_deadline=3))
    elapsed = time.monotonic() - started
    store.close()
    assert summary["stored"] == len(ARTICLES) and summary["errors_by_code"] == {"NT120": 3}, summary
    assert elapsed < 8, elapsed
    assert article_html  # the normal pages are the builders' articles
