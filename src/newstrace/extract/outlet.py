"""Who published a page: one name per outlet, and how it was found (``Outlet.method``).

The clues, strongest first:

1. ``input``: the caller named the outlet (a JSONL ``outlet`` key);
2. the page's host in ``data/outlets.tsv`` (names, aliases, hosts, country, language, kind): the table's
   name, so that ``telex``, ``Telex`` and ``https://telex.hu`` are one outlet. The method stays the
   page's own (``jsonld``, ``og``) or the feed's (``feed``) when that clue names the same outlet, else
   ``host``;
3. the page's own declaration: JSON-LD publisher (``jsonld``) or ``og:site_name`` (``og``), unless it is a
   URL or a host name;
4. the feed the item came from (``feed``: channel title, given only when the item is on the feed's site);
5. the URL's host itself (``host``, low confidence);
6. a dateline's ``(Agency)`` (``dateline``) for a page with no URL: a wire story carried by a paper keeps
   the paper as outlet (the wire is then a source).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from ..record import Dateline, Outlet

MAX_NAME_CHARS = 60  # a longer og:site_name is a slogan, not a name
_URLISH = re.compile(r"^(?:https?:)?(?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.I)
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic"))


@dataclass(frozen=True)
class KnownOutlet:
    name: str
    aliases: tuple[str, ...]
    hosts: tuple[str, ...]
    country: str | None
    language: str | None
    kind: str | None


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, KnownOutlet], dict[str, KnownOutlet]]:
    """(host -> outlet, normalised name or alias -> outlet) from ``data/outlets.tsv``."""
    text = resources.files("newstrace.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    by_host: dict[str, KnownOutlet] = {}
    by_name: dict[str, KnownOutlet] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        known = KnownOutlet(cells[0].strip(), _split(cells[1]), _split(cells[2]), cells[3].strip() or None,
                            cells[4].strip() or None, cells[5].strip() or None)
        for host in known.hosts:
            by_host.setdefault(host.lower(), known)
        for name in (known.name, *known.aliases):
            by_name.setdefault(_key(name), known)
    return by_host, by_name


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _key(name: str) -> str:
    return re.sub(r"^the ", "", " ".join(name.casefold().split()))


def host_of(url: str | None) -> str | None:
    """The URL's host, lower-case, without ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def site_of(host: str | None) -> str | None:
    """The registered part of a host (``noticias.uol.com.br`` -> ``uol.com.br``), by a plain rule."""
    if not host:
        return None
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def by_host(host: str | None) -> KnownOutlet | None:
    """The table's outlet for a host or the nearest parent host it lists (most specific first)."""
    if not host:
        return None
    table, _ = _table()
    labels = host.split(".")
    for start in range(len(labels) - 1):
        found = table.get(".".join(labels[start:]))
        if found:
            return found
    return None


def by_name(name: str | None) -> KnownOutlet | None:
    return _table()[1].get(_key(name)) if name else None


def names_same(name: str | None, known: KnownOutlet) -> bool:
    """True when a declared name is the known outlet's (its name or an alias as whole words in it:
    ``Plakátmagány - Transindex vélemény``, ``UOL Noticias``, ``World news | The Guardian``)."""
    if not name:
        return False
    text = " " + " ".join(re.sub(r"[^\w.&'-]+", " ", name.casefold()).split()) + " "
    return any(f" {_key(alias)} " in text for alias in (known.name, *known.aliases) if len(_key(alias)) > 1)


def usable_name(name: str | None) -> str | None:
    """A declared outlet name, or None when it is a URL, a bare host or a slogan."""
    name = " ".join((name or "").split()).lstrip("@")
    if not name or len(name) > MAX_NAME_CHARS or _URLISH.match(name):
        return None
    return name


def resolve_outlet(found: Outlet | None, *, url: str | None, hint: str | None = None,
                   hint_method: str = "input") -> Outlet | None:
    """The page's outlet from what the page declared (``found``), its URL and the caller's hint."""
    host = host_of(url) or (found.domain if found else None)
    if hint and hint_method == "input":
        known = by_name(hint)
        return Outlet(known.name if known else hint, host, "input", 1.0)
    known = by_host(host)
    if known is not None:
        if found is not None and names_same(found.name, known):
            return Outlet(known.name, host, found.method, max(found.confidence, 0.95))
        if hint and names_same(hint, known):
            return Outlet(known.name, host, hint_method, 0.95)
        return Outlet(known.name, host, "host", 0.9)
    declared = usable_name(found.name) if found is not None else None
    if found is not None and declared:
        named = by_name(declared)
        return Outlet(named.name if named else declared, host, found.method, found.confidence)
    hinted = usable_name(hint)
    if hinted:
        named = by_name(hinted)
        return Outlet(named.name if named else hinted, host, hint_method, 0.85)
    if host:
        return Outlet(host, host, "host", 0.5)
    return None


def outlet_from_dateline(dateline: Dateline | None) -> Outlet | None:
    """The agency in a dateline's parentheses, for a page that names no other outlet."""
    if dateline is None or not dateline.outlet:
        return None
    known = by_name(dateline.outlet)
    return Outlet(known.name if known else dateline.outlet, known.hosts[0] if known and known.hosts else None,
                  "dateline", 0.8)
