"""RSS 0.9x/1.0/2.0 and Atom feeds (feedparser) as ingest items, one per ``<item>``/``<entry>``.

Each item's link is fetched (``Item.fetch``; when that fails the item's own content is stored, with a
warning), or with ``fetch=False`` the item's own title, full content (``content:encoded``) or summary,
link, date and authors become a clean-body page. Links are made absolute against the feed's address,
FeedBurner ``feedproxy`` links give way to the original link, and the channel's title names the outlet
of items on the feed's own site (``Page.hints_from="feed"``). The feed's raw ``<item>``/``<entry>``
start tags are counted too: items feedparser could not deliver (broken XML, nesting) become
error items, so none is silently lost.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

from ..extract.metadata import clean_authors
from ..extract.outlet import host_of, site_of
from ..record import Page
from .files import content_id
from .inflate import read_file_capped
from .items import Item, failed
from .urls import is_url, normalize_url

FEED_SUFFIXES = (".rss", ".atom", ".rdf", ".xml", ".feed")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s/>]")
_HIDDEN = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.S)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_REDIRECTORS = {"www.google.com": "url", "google.com": "url", "news.google.com": "url"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PROXY_HOSTS = frozenset(("feedproxy.google.com", "feeds.feedburner.com", "feeds2.feedburner.com"))


def looks_like_feed(head: bytes) -> bool:
    """True for the first kilobytes of an RSS/RDF/Atom document (gzip already undone)."""
    return bool(_FEED_ROOT.search(head[:4096]))


def feed_bytes(path: Path, max_bytes: int = 20_000_000) -> tuple[bytes, int | None]:
    """The feed file's bytes, gunzipped as a stream and refused (NT102) past ``max_bytes`` (issue 18), and for a
    gzip file cut short, how many bytes came before the cut (the items before it are still read)."""
    return read_file_capped(path, max_bytes)


def count_item_tags(data: bytes) -> int:
    """``<item>`` and ``<entry>`` start tags outside CDATA and comments, nested ones included."""
    return len(_ITEM_TAG.findall(_HIDDEN.sub(b"", data)))


def items_from_feed(data: bytes, source: str, *, fetch: bool) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.entries)
    channel = _Channel.of(parsed.feed, source)
    for index, entry in enumerate(entries):
        yield _entry_item(entry, f"{source}#item{index}", source, fetch, channel)
    for index in range(len(entries), max(len(entries), count_item_tags(data))):
        reason = getattr(parsed, "bozo_exception", None) or "the item could not be parsed"
        yield failed(f"{source}#item{index}", source, "NT126", f"feed item {index + 1} of {source} was lost "
                     f"by the feed parser ({reason})", tags=("item",))


@dataclass(frozen=True)
class _Channel:
    """What a feed says about itself: its title (the outlet of items on its own site) and its base URL."""

    title: str | None
    base: str | None
    site: str | None

    @classmethod
    def of(cls, feed, source: str) -> _Channel:
        links = [feed.get("link")] + [link.get("href") for link in feed.get("links") or ()]
        links += [source if is_url(source) else None]
        base = next((link for link in links if link and link.startswith(("http://", "https://"))), None)
        title = _text(feed.get("title") or "") or None
        return cls(title, base, site_of(host_of(base)))


def _entry_item(entry, unit: str, source: str, fetch: bool, channel: _Channel) -> Item:
    link = item_link(entry, channel.base)
    title = _text(entry.get("title") or "")
    body = _text(_content(entry)) or title
    authors = entry_authors(entry)
    outlet = channel.title if channel.title and (not link or site_of(host_of(link)) == channel.site) else None
    doc_id = content_id(normalize_url(link) or link or f"{title}\n{body}")
    page = Page(id=doc_id, content=body, kind="body", url=link, title=title or None, published=_date(entry),
                outlet=outlet, authors=authors, hints_from="feed") if body else None
    if fetch and link:  # the page is fetched; the feed's own content is stored if that fails
        return Item(unit, source, fetch=link, fallback=page, tags=("item",))
    if page is None:
        return failed(unit, source, "NT127", "feed item has no title, summary or content to store", url=link,
                      tags=("item",))
    return Item(unit, source, page=page, tags=("item",))


def item_link(entry, base: str | None) -> str | None:
    """The item's article URL: FeedBurner's original link (``feedburner:origLink``) over its ``feedproxy``
    one, a redirector's target, made absolute against the feed's own address."""
    link = entry.get("feedburner_origlink") or entry.get("link") or _first_href(entry)
    if link and _is_proxy(link):
        guid = entry.get("id") or ""
        link = guid if guid.startswith("http") and not _is_proxy(guid) and entry.get("guidislink") else link
    link = unwrap_redirect(link.strip() if link else link)
    if link and base and not link.startswith(("http://", "https://")):
        link = urljoin(base, link)
    return link


def _first_href(entry) -> str | None:
    for link in entry.get("links") or ():
        if link.get("href"):
            return link["href"]
    return entry.get("id") if str(entry.get("id", "")).startswith("http") else None


def _is_proxy(url: str) -> bool:
    return (host_of(url) or "") in _PROXY_HOSTS


def entry_authors(entry) -> tuple[str, ...]:
    """Names from ``dc:creator``, ``author`` and Atom ``<author><name>`` (e-mail addresses left out)."""
    plain = entry.get("author") or ""
    if "@" in plain:  # RSS <author>: "desk@site.example (Jane Doe)" (feedparser's own split cuts it wrongly)
        raw = re.findall(r"\(([^()]+)\)", plain) or [plain]
    else:
        raw = [a.get("name") or "" for a in entry.get("authors") or () if isinstance(a, dict)] or [plain]
    names = [_EMAIL.sub("", _text(name)).strip(" ()<>") for name in raw if name and name.strip()]
    return tuple(clean_authors([name for name in names if name]))


def unwrap_redirect(url: str | None) -> str | None:
    """The article URL inside a known redirector link (e.g. a Google Alerts ``/url?url=...`` link)."""
    if not url:
        return url
    parts = urlsplit(url)
    key = _REDIRECTORS.get((parts.hostname or "").lower())
    if key and parts.path == "/url":
        target = parse_qs(parts.query).get(key, [None])[0]
        if target and target.startswith("http"):
            return target
    return url


def _content(entry) -> str:
    for content in entry.get("content") or ():
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def _text(markup: str) -> str:
    """HTML of a feed field as plain text, block elements as paragraph breaks."""
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n\n", markup)))
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", value)
    return entry.get("published") or entry.get("updated") or None  # unparsed: extraction tries harder
