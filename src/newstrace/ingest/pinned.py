"""Connections to checked addresses only, within a deadline (issue 18).

- ``resolve_checked`` resolves a host name once and refuses (NT122) when any address it gives is not
  public: private, loopback, link-local, reserved, multicast, and the spellings that hide one: IPv4-mapped
  (``::ffff:127.0.0.1``), IPv4-compatible (``::127.0.0.1``), SIIT (``::ffff:0:7f00:1``), NAT64
  (``64:ff9b::/96`` and ``64:ff9b:1::/48``), 6to4 (``2002::/16``), Teredo, ``192.0.0.0/24`` and
  site-local ``fec0::/10``.
- ``PinnedBackend`` is httpcore's network backend with that check at the moment of connecting: the socket
  goes to an address that was checked, never to what a second look-up (DNS rebinding) would say, and every
  connection — robots.txt, each redirect hop, each retry — is checked the same way.
- Every read, write and connect waits at most until the current fetch's deadline (``deadline``), so a
  server trickling one byte at a time cannot hold a fetch past it.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore

from ..errors import error

_EXTRA_BLOCKED = [ipaddress.ip_network(n) for n in (
    "192.0.0.0/24",  # IETF protocol assignments (is_global says yes for parts of it)
    "fec0::/10",  # deprecated site-local
    "::/96",  # IPv4-compatible (deprecated); the embedded address is checked as well
    "64:ff9b:1::/48",  # local-use NAT64
    "100.64.0.0/10",  # carrier-grade NAT (shared address space)
)]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_SIIT = ipaddress.ip_network("::ffff:0:0:0/96")  # SIIT IPv4-translated (RFC 2765)
_6TO4 = ipaddress.ip_network("2002::/16")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries (and a router may reach on its behalf)."""
    found = []
    if address.ipv4_mapped:
        found.append(address.ipv4_mapped)
    if address.sixtofour:
        found.append(address.sixtofour)
    if address.teredo:
        found.extend(address.teredo)
    value = int(address)
    if address in _NAT64 or address in _SIIT or value >> 32 == 0:
        found.append(ipaddress.IPv4Address(value & 0xFFFFFFFF))
    return found


def address_problem(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address must not be fetched from, or None for a public unicast address."""
    if address.is_multicast or not address.is_global or any(address in net for net in _EXTRA_BLOCKED
                                                             if net.version == address.version):
        return f"{address}"
    if isinstance(address, ipaddress.IPv6Address):
        for inner in embedded_ipv4(address):
            if address_problem(inner):
                return f"{address} (which carries {inner})"
    return None


def check_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address when ``text`` is a literal IP address (zone dropped), else None."""
    try:
        return ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return None


def resolve_checked(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses to connect to for ``host``: resolved once, every one checked (NT122) unless allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise error("NT120", f"cannot resolve {host}: {getattr(exc, 'strerror', None) or exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for text in addresses:
            address = check_ip(text)
            problem = "an unparsable address" if address is None else address_problem(address)
            if problem:
                raise error("NT122", f"{host} resolves to {problem}, a private, loopback, link-local or reserved "
                                     "address; pass --allow-private to fetch from your own network")
    return addresses


# --- deadlines --------------------------------------------------------------------------------------

_local = threading.local()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Every network wait of this thread inside the block ends by ``seconds`` after ``start_clock`` (the
    fetch's first request: time spent queueing behind another fetch from the same host does not count)."""
    previous = getattr(_local, "until", None), getattr(_local, "budget", None)
    _local.until, _local.budget = None, seconds
    try:
        yield
    finally:
        _local.until, _local.budget = previous


def start_clock() -> None:
    if getattr(_local, "until", None) is None and getattr(_local, "budget", None) is not None:
        _local.until = time.monotonic() + _local.budget


def remaining() -> float | None:
    """Seconds left before the current fetch's deadline (None outside a started deadline)."""
    until = getattr(_local, "until", None)
    return None if until is None else until - time.monotonic()


def _capped(timeout: float | None, kind: type[Exception]) -> float | None:
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise kind("the fetch's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream):
        self.stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, _capped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, _capped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None):
        return _DeadlineStream(self.stream.start_tls(ssl_context, server_hostname,
                                                     _capped(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, connecting only to addresses ``resolve_checked`` approved."""

    def __init__(self, allow_private: bool = False):
        self.allow_private = allow_private
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in resolve_checked(host, port, self.allow_private):
            try:
                stream = self.inner.connect_tcp(address, port, _capped(timeout, httpcore.ConnectTimeout),
                                                local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream)
        raise last or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("newstrace fetches over TCP only")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def pinned_transport(allow_private: bool):
    """An httpx transport whose every connection goes through ``PinnedBackend`` (no proxy from the
    environment: a proxy would resolve the names itself, past the check)."""
    import httpx

    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(trust_env=False),
                                              network_backend=PinnedBackend(allow_private), http1=True)
    return transport
