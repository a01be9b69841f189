"""Polite, guarded fetching against a real local HTTP server."""

from __future__ import annotations

import time

import pytest

from newstrace.errors import NewstraceError
from newstrace.ingest.fetch import Fetcher, FetchPolicy, check_address

from .http_server import site  # noqa: F401  (fixture)

OPEN = FetchPolicy(delay=0.0, allow_private=True, backoff=0.01)


def _code(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(NewstraceError) as caught:
        fetcher.fetch(url)
    return caught.value.code


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1",
                                     "fe80::1", "0.0.0.0", "::ffff:127.0.0.1"])
def test_ssrf_guard_refuses_non_public_addresses(address):
    with pytest.raises(NewstraceError) as caught:
        check_address(address, 80, allow_private=False)
    assert caught.value.code == "NT122"


def test_ssrf_guard_allows_public_addresses_and_the_explicit_opt_in():
    check_address("93.184.216.34", 80, allow_private=False)
    check_address("127.0.0.1", 80, allow_private=True)


def test_local_server_refused_without_allow_private(site):
    fetcher = Fetcher(FetchPolicy(delay=0.0))
    assert _code(fetcher, f"{site}/article/0") == "NT122"
    assert site.hits == {}  # not a single request went out


def test_page_fetched_after_reading_robots_once(site):
    fetcher = Fetcher(OPEN)
    first = fetcher.fetch(f"{site}/article/1")
    fetcher.fetch(f"{site}/article/2")
    assert first.status == 200 and b"Council approves new bridge" in first.content
    assert site.hits["/robots.txt"] == 1


def test_robots_txt_is_obeyed(site):
    assert _code(Fetcher(OPEN), f"{site}/private/1") == "NT121"
    assert site.hits["/private/1"] == 0


def test_redirects_followed_and_capped(site):
    fetcher = Fetcher(OPEN)
    assert b"Harbour reopens" in fetcher.fetch(f"{site}/redirect/3").content
    assert _code(fetcher, f"{site}/loop") == "NT123"
    assert site.hits["/loop"] == OPEN.max_redirects + 1


def test_size_cap(site):
    fetcher = Fetcher(FetchPolicy(delay=0.0, allow_private=True, max_bytes=10_000))
    assert _code(fetcher, f"{site}/big") == "NT102"


def test_retry_with_back_off_on_503(site):
    fetched = Fetcher(OPEN).fetch(f"{site}/flaky")
    assert fetched.status == 200 and site.hits["/flaky"] == 2


def test_http_error_status_is_coded(site):
    assert _code(Fetcher(OPEN), f"{site}/nowhere") == "NT124"


def test_per_host_delay_spaces_requests(site):
    fetcher = Fetcher(FetchPolicy(delay=0.3, allow_private=True))
    started = time.monotonic()
    for i in range(3):
        fetcher.fetch(f"{site}/article/{i}")
    assert time.monotonic() - started >= 0.9  # robots.txt + 3 pages: three gaps of 0.3 s at least


def test_unreachable_host_is_a_coded_fetch_error():
    fetcher = Fetcher(FetchPolicy(delay=0.0, allow_private=True, retries=1, backoff=0.01, timeout=2))
    assert _code(fetcher, "http://127.0.0.1:9/") == "NT120"
