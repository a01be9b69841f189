"""A real HTTP server on 127.0.0.1 for fetch tests: pages, robots.txt, redirects, a flaky route, a feed."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .builders import ARTICLES, article_html

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def _feed(base: str) -> bytes:
    items = "".join(f"<item><title>{title}</title><link>{base}/article/{i}</link><description>{text}</description>"
                    f"</item>" for i, (title, text) in enumerate(ARTICLES))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>{items}</channel></rss>'.encode()


class _Handler(BaseHTTPRequestHandler):
    hits: Counter

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              headers: tuple = ()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.hits[self.path] += 1
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/robots.txt":
            self._send(200, ROBOTS, "text/plain")
        elif path.startswith("/article/") or path.startswith("/private/"):
            index = int(path.rsplit("/", 1)[1]) % len(ARTICLES)
            self._send(200, article_html(*ARTICLES[index]))
        elif path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            self._send(302, headers=(("Location", f"/redirect/{hops - 1}" if hops > 1 else "/article/0"),))
        elif path == "/loop":
            self._send(302, headers=(("Location", "/loop"),))
        elif path == "/big":
            self._send(200, b"<html><body>" + b"x" * 50_000 + b"</body></html>")
        elif path == "/flaky":
            status = 503 if self.hits[path] == 1 else 200
            self._send(status, article_html(*ARTICLES[2]) if status == 200 else b"busy")
        elif path == "/feed.xml":
            self._send(200, _feed(base), "application/rss+xml")
        else:
            self._send(404, b"<html><body>no such page</body></html>")


@pytest.fixture
def site():
    """Base URL of a fresh local server; ``site.hits`` counts requests per path."""
    handler = type("Handler", (_Handler,), {"hits": Counter()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    class Site(str):
        hits = handler.hits

    yield Site(f"http://127.0.0.1:{server.server_address[1]}")
    server.shutdown()
    server.server_close()
