"""Headline clean-up: the site's name, section paths and stray whitespace taken out of a page title.

A page title often carries more than the headline: "MyFox Houston | Flood closes schools",
"TV3 > News > Flood closes schools", "Flood closes schools - smh.com.au". A part is the site's when it
equals a name the page gives itself (``og:site_name``, the JSON-LD publisher) or the host it was served
from (letters compared: "MyFox Houston" is ``myfoxhouston.com``), or when it is a domain name; such
parts are dropped from either end. Breadcrumb titles ("A > B > C") keep their longest part. Failing
those, a short capitalised last part ("… | Gazette") is taken for the site's name, as before.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

# Separators between a headline and the site's name or section (a hyphen only with spaces around it).
TITLE_SPLIT_RE = re.compile(r"\s*[|»·•>]\s*|\s+[-–—]\s+|\s+::\s+")
BREADCRUMB_RE = re.compile(r"\s[>»]\s")
SITE_SUFFIX_MAX_WORDS = 3
_DOMAIN_PART_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
_GENERIC_HOST_LABELS = frozenset({"www", "com", "net", "org", "co", "news", "m", "amp", "edition"})


def clean_title(title: str, names: Iterable[str | None] = (), host: str | None = None) -> str:
    """The headline part of ``title`` (whitespace collapsed); the title itself when nothing is certain."""
    title = " ".join((html.unescape(title) if "&" in title else title).split())
    parts = [p for p in TITLE_SPLIT_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    keys = _site_keys(names, host)
    kept = list(parts)
    while len(kept) > 1 and _is_site(kept[-1], keys):
        kept.pop()
    while len(kept) > 1 and _is_site(kept[0], keys):
        kept.pop(0)
    if len(kept) > 1 and BREADCRUMB_RE.search(title):
        return max(kept, key=len)
    if len(kept) < len(parts):
        return _span(title, kept)
    last = parts[-1].split()
    if len(last) <= SITE_SUFFIX_MAX_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in last):
        return _span(title, parts[:-1])
    return title


def _span(title: str, kept: list[str]) -> str:
    """The stretch of ``title`` from the first kept part to the end of the last (inner separators kept)."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip(" |-–—»·•>") if 0 <= start < end else " - ".join(kept)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _site_keys(names: Iterable[str | None], host: str | None) -> set[str]:
    keys = {_letters(n) for n in names if n and len(_letters(n)) >= 2}
    if host:
        host = host.lower().removeprefix("www.")
        keys.add(_letters(host))
        labels = [label for label in host.split(".") if label not in _GENERIC_HOST_LABELS]
        if labels:
            keys.add(_letters(labels[0]))
    return {k for k in keys if k}


def _is_site(part: str, keys: set[str]) -> bool:
    letters = _letters(part)
    if not letters:
        return True  # a separator left alone
    if _DOMAIN_PART_RE.match(part.strip()):
        return True
    return letters in keys
