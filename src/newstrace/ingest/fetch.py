"""Polite, guarded HTTP fetching with httpx.

- robots.txt is read once per host and obeyed (RFC 9309: a 4xx robots.txt allows all, an unreachable
  one disallows all); its Crawl-delay is honoured when longer than ours;
- one request per host per ``delay`` seconds;
- retries with exponential back-off on network errors, 429 and 5xx (Retry-After honoured, capped);
- a size cap, read as a stream, and an overall deadline per fetch (hops, retries and a trickling
  server included: ``pinned.deadline``);
- redirects followed by hand, each hop checked like the first request;
- an SSRF guard: no request to private, loopback, link-local, reserved or multicast addresses
  unless ``allow_private``: the host name is resolved once, every address checked, and the connection made
  to a checked address (``pinned.PinnedBackend``: no DNS rebinding between check and connect);
- safe for threads: one host is fetched by one thread at a time (its delay holds across threads).
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import NewstraceError, error
from ..version import __version__
from .pinned import deadline, remaining, resolve_checked, start_clock

USER_AGENT = f"newstrace/{__version__} (news provenance research; polite crawler)"
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)


@dataclass(frozen=True)
class FetchPolicy:
    delay: float = 1.0  # seconds between two requests to one host
    retries: int = 2
    backoff: float = 0.5  # first retry waits this long, then doubles
    max_bytes: int = 20_000_000
    timeout: float = 20.0  # for one connect or read
    deadline: float = 60.0  # for one whole fetch: every hop, retry and read of it
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str
    content: bytes
    location: str | None = None  # where a redirect points


def check_address(host: str, port: int, allow_private: bool) -> None:
    """Raise NT122 when ``host`` resolves to an address that is not public (unless allowed). The fetcher
    itself checks at connect time (``pinned.resolve_checked``), on the address it then connects to."""
    if not allow_private:
        resolve_checked(host, port, allow_private)


class Fetcher:
    """One httpx client with per-host state (robots rules, time of the last request)."""

    def __init__(self, policy: FetchPolicy = FetchPolicy()):
        import httpx

        from .pinned import pinned_transport

        self.policy = policy
        self.client = httpx.Client(follow_redirects=False, timeout=policy.timeout, trust_env=False,
                                   transport=pinned_transport(policy.allow_private),
                                   headers={"User-Agent": policy.user_agent})
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}
        self._hosts: dict[str, threading.RLock] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` politely; raises NewstraceError (NT120-NT124, NT102) when it can't or mustn't."""
        with deadline(self.policy.deadline):
            return self._fetch(url)

    def _fetch(self, url: str) -> Fetched:
        for _hop in range(self.policy.max_redirects + 1):
            self._allowed(url)
            response = self._get(url)
            if response.status in REDIRECTS and response.location:
                url = urljoin(url, response.location)
                continue
            if not 200 <= response.status < 300:
                raise error("NT124", f"{url} answered HTTP {response.status}")
            return response
        raise error("NT123", f"more than {self.policy.max_redirects} redirects from {url}")

    def _allowed(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise error("NT123", f"not an http(s) URL: {url[:200]}")
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._host(origin):  # the address is checked where the connection is made (PinnedBackend)
            rules = self._robots_for(origin)
        if rules is not None and not rules.can_fetch(self.policy.user_agent, url):
            raise error("NT121", f"robots.txt of {parts.netloc} disallows {url}")

    def _robots_for(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        if origin not in self._robots:
            rules = urllib.robotparser.RobotFileParser()
            try:
                response = self._get(origin + "/robots.txt")
                status = response.status
            except NewstraceError as exc:
                if exc.code in ("NT120", "NT122"):  # can't or mustn't reach the host: say so, not "disallowed"
                    raise
                status = 503
            if 200 <= status < 300:
                rules.parse(response.content.decode("utf-8", "replace").splitlines())
            elif 400 <= status < 500:
                rules.allow_all = True  # type: ignore[attr-defined]  # set by parse(); missing from the stubs
            else:
                rules.disallow_all = True  # type: ignore[attr-defined]
            self._robots[origin] = rules
        return self._robots[origin]

    def _host(self, origin: str) -> threading.RLock:
        """The lock one thread holds while it talks to ``origin`` (re-entrant: robots.txt, then the page)."""
        with self._hosts_lock:
            return self._hosts.setdefault(origin, threading.RLock())

    def _wait_turn(self, host: str) -> None:
        rules = self._robots.get(host)
        crawl_delay = (rules.crawl_delay(self.policy.user_agent) if rules else None) or 0
        delay = max(self.policy.delay, min(float(crawl_delay), 30.0))
        wait = self._last_request.get(host, 0.0) + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _get(self, url: str) -> Fetched:
        import httpx

        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        for attempt in range(self.policy.retries + 1):
            try:
                with self._host(origin):
                    start_clock()
                    self._wait_turn(origin)
                    fetched = self._get_once(url)
            except httpx.TransportError as exc:
                if attempt == self.policy.retries or self._overdue():
                    raise self._failure(url, exc) from exc
                self._back_off(attempt)
                continue
            if fetched.status in RETRY_STATUSES and attempt < self.policy.retries and not self._overdue():
                self._back_off(attempt)
                continue
            return fetched
        raise AssertionError("unreachable")

    def _overdue(self) -> bool:
        left = remaining()
        return left is not None and left <= 0

    def _back_off(self, attempt: int) -> None:
        left = remaining()
        time.sleep(max(0.0, min(self.policy.backoff * 2 ** attempt, left if left is not None else 1e9)))

    def _failure(self, url: str, exc: Exception) -> NewstraceError:
        if self._overdue():
            return error("NT120", f"cannot fetch {url}: no answer within the {self.policy.deadline:g} s "
                                  "deadline of a fetch")
        return error("NT120", f"cannot fetch {url}: {type(exc).__name__} {exc}")

    def _get_once(self, url: str) -> Fetched:
        cap = self.policy.max_bytes
        with self.client.stream("GET", url) as response:
            if response.status_code in REDIRECTS:
                return Fetched(url, response.status_code, "", b"", response.headers.get("location"))
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise error("NT102", f"{url} is {int(declared) / 1e6:.1f} MB, over the {cap / 1e6:.0f} MB cap")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                if self._overdue():
                    raise error("NT120", f"{url} did not finish within the {self.policy.deadline:g} s deadline")
                size += len(chunk)
                if size > cap:
                    raise error("NT102", f"{url} is over the {cap / 1e6:.0f} MB cap")
                chunks.append(chunk)
            return Fetched(str(response.url), response.status_code, response.headers.get("content-type", ""),
                           b"".join(chunks))
