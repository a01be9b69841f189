"""Page metadata from HTML: JSON-LD, meta tags, link tags and visible markup.

Each finder is a cascade of (method, confidence, getter) rows tried in order; the first
getter that yields a value wins, and the record keeps which row it was.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..record import Author, Outlet
from .byline import visible_byline

ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "webpage",
                 "liveblogposting", "socialmediaposting", "scholarlyarticle", "report"}


@dataclass
class PageMeta:
    """What the page declares about itself, gathered in one pass over the head."""

    jsonld: list[dict] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    html_lang: str | None = None
    title_tag: str | None = None

    def first(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name.lower(), ()):
                if value and value.strip():
                    return _unescape(value.strip())
        return None

    def articles(self) -> Iterator[dict]:
        """JSON-LD objects that describe an article (most specific type first)."""
        ranked = sorted(self.jsonld, key=lambda o: 0 if "news" in _types(o) or "article" in _types(o) else 1)
        for obj in ranked:
            if _types(obj) & ARTICLE_TYPES or {t for t in _types(obj) if t.endswith("article")}:
                yield obj


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", ())
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values}


def read_page_meta(tree: lxml_html.HtmlElement) -> PageMeta:
    meta = PageMeta()
    root = tree.getroottree().getroot()
    meta.html_lang = root.get("lang") or root.get("xml:lang")
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()
        content = el.get("content")
        if key and content is not None:
            meta.meta.setdefault(key, []).append(content)
    for el in tree.iter("link"):
        rel = (el.get("rel") or "").lower()
        if rel and el.get("href"):
            meta.links.setdefault(rel, el.get("href"))
    for el in tree.iter("title"):
        meta.title_tag = (el.text_content() or "").strip() or None
        break
    for el in tree.iter("script"):
        if "ld+json" in (el.get("type") or "").lower():
            meta.jsonld.extend(_parse_jsonld(el.text or ""))
    return meta


def _parse_jsonld(text: str) -> list[dict]:
    text = text.strip().rstrip(";")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        try:
            data = json.loads(re.sub(r"[\x00-\x1f]", " ", text))
        except (json.JSONDecodeError, RecursionError):
            return []
    return list(_flatten(data))


def _flatten(data: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"], depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict):
            yield from _flatten(main, depth + 1)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", _unescape(value)).strip() or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    name = _text(value)
    return [name] if name else []


# --- title -------------------------------------------------------------------------------

_TITLE_SPLIT_RE = re.compile(r"\s*[|»·•]\s*|\s+[-–—]\s+")
SITE_SUFFIX_MAX_WORDS = 3


def find_title(tree, meta: PageMeta) -> tuple[str | None, str]:
    """The headline and the method that found it: JSON-LD, og/twitter meta, a lone h1, <title>.

    A declared title that the lone h1 extends (a title cut at an unescaped quote) yields the h1.
    """
    site = meta.first("og:site_name", "application-name")
    h1s = [h for h in (_text(h.text_content()) for h in tree.iter("h1")) if h and len(h) > 10]
    declared = [(_text(obj.get("headline") or obj.get("name")), "json-ld") for obj in meta.articles()]
    declared += [(meta.first("og:title", "twitter:title"), "meta")]
    for value, method in declared:
        if value and len(value) > 3:
            title = _strip_site(value, site)
            if len(h1s) == 1 and len(h1s[0]) > len(title) and _normal(h1s[0]).startswith(_normal(title)):
                return h1s[0], "h1"
            return title, method
    if len(h1s) == 1:
        return h1s[0], "h1"
    if meta.title_tag:
        return _strip_site(_unescape(meta.title_tag), site), "title-tag"
    return (h1s[0], "h1") if h1s else (None, "none")


def headline_texts(tree, meta: PageMeta, title: str | None) -> tuple[str, ...]:
    """Every form of the headline the page carries (to drop it from the top of the body)."""
    found = [title, meta.first("og:title"), meta.first("twitter:title"), meta.title_tag]
    found += [_text(obj.get("headline")) for obj in meta.articles()]
    found += [_text(h.text_content()) for h in tree.iter("h1")]
    site = meta.first("og:site_name", "application-name")
    found += [_strip_site(t, site) for t in found[:4] if t]
    return tuple(dict.fromkeys(t for t in found if t))


def _strip_site(title: str, site_name: str | None) -> str:
    """Drop the site's name from a title: the part equal to og:site_name, else a short
    capitalised last part ("Headline | Gazette", "Headline - Dziennik.pl")."""
    title = _unescape(title).strip()
    parts = [p for p in _TITLE_SPLIT_RE.split(title) if p]
    if len(parts) < 2:
        return title
    if site_name:
        kept = [p for p in parts if _normal(p) != _normal(site_name)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept).strip()
    last = parts[-1].split()
    if len(last) <= SITE_SUFFIX_MAX_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in last):
        return title[:title.rfind(parts[-1])].rstrip(" |-–—»·•")
    return title


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


# --- authors -----------------------------------------------------------------------------

_BY_RE = re.compile(r"^\s*(?:by|(?:erstellt |geschrieben )?von|por|par|di|door|przez|av|af|de|autor(?:in)?:?|"
                    r"author:?|text:|texto:)\s+", re.I)
_DOMAIN_RE = re.compile(r"\.[a-z]{2,}$")
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bi\b|&|\||\s/\s|\s[—–]\s)\s*", re.I)
# Meta tags that name the author (trafilatura's list and a few more).
AUTHOR_META = ("author", "article:author", "dc.creator", "dc:creator", "dcterms.creator", "sailthru.author",
               "parsely-author", "byl", "citation_author", "authors", "creator", "rbauthors", "dcsext.author",
               "atc-metaauthor", "shareaholic:article_author_name", "og:author", "og:article:author")


def find_authors(meta: PageMeta, tree) -> list[Author]:
    """Authors from JSON-LD, then author meta tags, then a visible byline in the markup."""
    rows: list[tuple[str, Callable[[], list[str]]]] = [
        ("json-ld", lambda: [n for o in meta.articles() for n in _names(o.get("author") or o.get("creator"))]),
        ("meta", lambda: [v for k in AUTHOR_META for v in meta.meta.get(k, ())]),
        ("byline", lambda: _visible_byline(tree)),
    ]
    for method, getter in rows:
        names = clean_authors(getter())
        if names:
            return [Author(name=n, method=method) for n in names]
    return []


def _visible_byline(tree) -> list[str]:
    """The first byline element trafilatura's author rules find, outside comments and related
    boxes (``byline.py``); split by ``clean_authors``."""
    content = visible_byline(tree)
    return [content] if content else []


def clean_authors(raw: list[str]) -> list[str]:
    """Author names from raw strings: ``By`` dropped, lists split, e-mail addresses, URLs and junk left out."""
    names: list[str] = []
    for item in raw:
        if not item or item.startswith("http"):
            continue
        item = _BY_RE.sub("", item.strip())
        for name in _AUTHOR_SPLIT_RE.split(item):
            name = name.strip(" .:")
            if 2 < len(name) < 60 and not any(ch.isdigit() for ch in name) and name not in names \
                    and "@" not in name and len(name.split()) <= 5 and not _DOMAIN_RE.search(name):
                names.append(name)
    return names


# --- outlet, section, tags, canonical ------------------------------------------------------

def find_outlet(meta: PageMeta, url: str | None) -> Outlet | None:
    """Who the page says published it: JSON-LD publisher, og:site_name, else its domain (``outlet.py``
    then names it through the outlet table)."""
    domain = _domain(url or meta.links.get("canonical") or meta.first("og:url"))
    for obj in meta.articles():
        name = _text(obj.get("publisher") or obj.get("sourceOrganization"))
        if name:
            return Outlet(name=name, domain=domain, method="jsonld", confidence=0.95)
    name = meta.first("og:site_name", "application-name", "twitter:site")
    if name:
        return Outlet(name=name.lstrip("@"), domain=domain, method="og", confidence=0.9)
    if domain:
        return Outlet(name=domain, domain=domain, method="host", confidence=0.5)
    return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def find_section(meta: PageMeta) -> str | None:
    for obj in meta.articles():
        section = _text(obj.get("articleSection"))
        if section:
            return section
    return meta.first("article:section", "section", "parsely-section", "category")


def find_tags(meta: PageMeta) -> list[str]:
    candidates: list[str] = list(meta.meta.get("article:tag", ()))
    for obj in meta.articles():
        keywords = obj.get("keywords")
        candidates.extend(keywords if isinstance(keywords, list) else [keywords] if keywords else [])
    if not candidates:
        candidates = [meta.first("keywords", "news_keywords") or ""]
    tags: list[str] = []
    for item in candidates:
        for tag in re.split(r"\s*[,;]\s*", str(item)):
            tag = tag.strip()
            if tag and len(tag) < 80 and tag not in tags:
                tags.append(tag)
    return tags[:50]


def find_canonical(meta: PageMeta, url: str | None) -> str | None:
    value = meta.links.get("canonical") or meta.first("og:url")
    if not value:
        return url
    return urljoin(url, value) if url else value


def find_description(meta: PageMeta) -> str | None:
    for obj in meta.articles():
        desc = _text(obj.get("description"))
        if desc:
            return desc
    return meta.first("og:description", "description", "twitter:description")
