"""URLs: normalisation (the key that makes ingest idempotent) and URL-list files (one URL a line)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "_ga")
DEFAULT_PORTS = {"http": 80, "https": 443}
_URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)


def normalize_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, default port, fragment and tracking parameters dropped, query sorted.

    ``http`` and ``https`` versions of a page share one key; ``None`` for anything that is not a web URL.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in DEFAULT_PORTS or not host:
        return None
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(TRACKING_PARAMS)]
    return urlunsplit(("http", netloc, parts.path or "/", urlencode(sorted(query)), ""))


def is_url(text: str) -> bool:
    return bool(_URL_LINE.match(text.strip()))


def read_url_list(path: Path) -> list[str] | None:
    """The URLs of a URL-list file, or None when the file is not one (then it is a text page).

    A URL list has at least one URL and nothing else but blank lines and ``#`` comments.
    """
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    lines = [line.strip() for line in text.splitlines()]
    urls = [line for line in lines if line and not line.startswith("#")]
    if urls and all(is_url(u) for u in urls):
        return urls
    return None
