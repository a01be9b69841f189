"""Page metadata from HTML: JSON-LD, meta tags, link tags and visible markup.

Each finder is a cascade of (method, confidence, getter) rows tried in order; the first
getter that yields a value wins, and the record keeps which row it was.
"""

from __future__ import annotations

import functools
import html
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..record import Author, Outlet
from ..textsafe import join_url, usable_url
from .byline import visible_byline
from .date_patterns import FOREIGN_DEPTH, is_foreign_box
from .titles import clean_title

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
        ranked = sorted(self.jsonld, key=_generality)
        for obj in ranked:
            if _types(obj) & ARTICLE_TYPES or {t for t in _types(obj) if t.endswith("article")}:
                yield obj


def _generality(obj: dict) -> int:
    """0 for a piece of writing (NewsArticle, Article, BlogPosting, ReportageNews ...), 1 for a page or report."""
    return 0 if any(t.endswith(("article", "posting", "news")) for t in _types(obj)) else 1


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
        if key and content is not None and not _others_microdata(el):
            meta.meta.setdefault(key, []).append(content)
    for el in tree.iter("link"):
        rel = (el.get("rel") or "").lower()
        href = el.get("href")
        if rel and href and rel not in meta.links and usable_url(href):  # issue 18: a broken href is no link
            meta.links[rel] = href
    for el in tree.iter("title"):
        meta.title_tag = (el.text_content() or "").strip() or None
        break
    for el in tree.iter("script"):
        if "ld+json" in (el.get("type") or "").lower():
            meta.jsonld.extend(_parse_jsonld(el.text or ""))
    return meta


def _others_microdata(el) -> bool:
    """A ``<meta itemprop>`` date of another story's or a comment's microdata: inside a box of the body that
    dates belong to other pages in (``date_patterns.is_foreign_box``: a related list, a
    teaser, a comment), where a teaser card's ``datePublished`` outvoted the article's date line (issue 15).
    Only in an item (``itemscope``) without the headline; boxes read as ``date_boxes.foreign`` reads them: a few
    levels up, and never past a box that holds the headline."""
    if el.get("property") or el.get("name") or "date" not in (el.get("itemprop") or "").lower():
        return False  # only dates: the other stages' names (author, headline) are not judged here
    scope = next((up for up in el.iterancestors() if up.get("itemscope") is not None), None)
    if scope is None or scope.find(".//h1") is not None:  # the article's own item (its footer may hold it)
        return False
    for node in itertools.islice(el.iterancestors(), FOREIGN_DEPTH):
        if node.tag in ("body", "head", "html") or node.find(".//h1") is not None:
            return False
        if is_foreign_box(node):
            return True
    return False


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



def find_title(tree, meta: PageMeta, url: str | None = None) -> tuple[str | None, str]:
    """The headline and the method that found it: JSON-LD, og/twitter meta, a lone h1, <title>.

    A declared title that the lone h1 extends (a title cut at an unescaped quote) yields the h1. Site
    names, section paths and whitespace are taken out by comparing the title's parts with the names the
    page gives itself and its host (``titles.clean_title``).
    """
    names = _site_names(meta)
    host = _domain(url or meta.links.get("canonical") or meta.first("og:url"))
    h1s = [h for h in (_text(h.text_content()) for h in tree.iter("h1")) if h and len(h) > 10]
    declared = [(_text(obj.get("headline") or obj.get("name")), "json-ld") for obj in meta.articles()]
    declared += [(meta.first("og:title", "twitter:title"), "meta")]
    for value, method in declared:
        if value and len(value) > 3:
            title = clean_title(value, names, host)
            if len(h1s) == 1 and len(h1s[0]) > len(title) and _normal(h1s[0]).startswith(_normal(title)):
                return clean_title(h1s[0]), "h1"
            return title, method
    if len(h1s) == 1:
        return clean_title(h1s[0]), "h1"
    if meta.title_tag:
        return clean_title(meta.title_tag, names, host), "title-tag"
    return (clean_title(h1s[0]), "h1") if h1s else (None, "none")


def _site_names(meta: PageMeta) -> list[str]:
    """Names the page gives its site: og:site_name, application-name, twitter:site, the JSON-LD publisher."""
    names = [meta.first(key) for key in ("og:site_name", "application-name", "twitter:site", "article:section")]
    names += [_text(obj.get("publisher") or obj.get("sourceOrganization")) for obj in meta.articles()]
    return [n.lstrip("@") for n in names if n]


def headline_texts(tree, meta: PageMeta, title: str | None) -> tuple[str, ...]:
    """Every form of the headline the page carries (to drop it from the top of the body)."""
    found = [title, meta.first("og:title"), meta.first("twitter:title"), meta.title_tag]
    found += [_text(obj.get("headline")) for obj in meta.articles()]
    found += [_text(h.text_content()) for h in tree.iter("h1")]
    names = _site_names(meta)
    found += [clean_title(t, names) for t in found[:4] if t]
    return tuple(dict.fromkeys(t for t in found if t))


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


# --- authors -----------------------------------------------------------------------------

_BY_RE = re.compile(r"^\s*(?:(?:(?:written|posted|reported|story|words|text|photos?)\s+)?by|"
                    r"(?:erstellt |geschrieben )?von|por|par|di|door|przez|av|af|de|autor(?:in)?|"
                    r"author(?:s|\(s\))?|text|texto|reporter|written)(?:\s*:\s*|\s+)(?=\S)", re.I)
_ACRONYM_RE = re.compile(r"^[A-Z]{2,5}$")
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
    """Names from byline strings, labels ("Written By:") dropped; organisations only when no person is named."""
    names = _author_names(raw)
    people = [n for n in names if not _is_organisation(n)]
    return people or names


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    text = (resources.files("newstrace") / "data" / "byline_org_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _is_organisation(name: str) -> bool:
    words = name.split()
    return any(w.casefold().strip(".,") in _org_words() for w in words) or \
        (len(words) == 1 and bool(_ACRONYM_RE.match(words[0])))


def _author_names(raw: list[str]) -> list[str]:
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
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # issue 18: og:url "http://[2001:db8::1/story"
        return None
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
    value = join_url(url, meta.links.get("canonical") or meta.first("og:url"))
    return value or url


def find_description(meta: PageMeta) -> str | None:
    for obj in meta.articles():
        desc = _text(obj.get("description"))
        if desc:
            return desc
    return meta.first("og:description", "description", "twitter:description")
