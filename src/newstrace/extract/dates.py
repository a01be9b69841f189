"""Page dates from HTML: published and modified, kept apart, with their time zones.

A cascade of finders (JSON-LD, meta tags, ``<time>``, URL, htmldate) each giving a value with
``method`` and ``confidence``; the first that yields a plausible date wins.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from ..record import DateValue
from .metadata import PageMeta

PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "date.published",
                  "pubdate", "publishdate", "publish-date", "published-date", "article.published",
                  "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
                  "dc.date", "dcterms.date", "cxenseparse:recs:publishtime", "og:article:published_time")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "last-modified", "article.updated", "lastmod")

_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")
_ISO_RE = re.compile(
    r"((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")


def normalise(raw: str | None, *, today: date | None = None) -> str | None:
    """An ISO 8601 string (``2021-08-04`` or ``2021-08-04T18:41:00+04:00``) or None if implausible."""
    if not raw:
        return None
    match = _ISO_RE.search(raw.strip())
    if not match:
        return _parse_loose(raw, today)
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not _plausible(day_value, today):
        return None
    if hour is None:
        return day_value.isoformat()
    text = f"{day_value.isoformat()}T{hour}:{minute}:{second or '00'}"
    if zone:
        text += "+00:00" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return day_value.isoformat()
    return text


def _parse_loose(raw: str, today: date | None) -> str | None:
    try:
        from dateutil import parser as du_parser

        value = du_parser.parse(raw, fuzzy=False)
    except (ValueError, OverflowError, TypeError, ImportError):
        return None
    if not _plausible(value.date(), today):
        return None
    if value.tzinfo is not None:
        return value.isoformat()
    return value.date().isoformat() if (value.hour, value.minute) == (0, 0) else value.isoformat()


def _plausible(value: date, today: date | None) -> bool:
    today = today or date.today()
    return date(1995, 1, 1) <= value <= date(today.year + 1, 12, 31)


def find_dates(meta: PageMeta, tree, html_text: str, url: str | None) -> tuple[DateValue | None, DateValue | None]:
    """``(published, modified)``."""
    published = _from_jsonld(meta, "datePublished", "dateCreated") \
        or _from_meta(meta, PUBLISHED_META, "meta") \
        or _from_time_tags(tree) \
        or _from_url(url) \
        or _from_htmldate(html_text, url, original=True)
    modified = _from_jsonld(meta, "dateModified") or _from_meta(meta, MODIFIED_META, "meta")
    return published, modified


def _from_jsonld(meta: PageMeta, *keys: str) -> DateValue | None:
    for obj in meta.articles():
        for key in keys:
            value = obj.get(key)
            value = normalise(value if isinstance(value, str) else None)
            if value:
                return DateValue(value, "json-ld", 0.95)
    return None


def _from_meta(meta: PageMeta, names: tuple[str, ...], method: str) -> DateValue | None:
    for name in names:
        value = normalise(meta.first(name))
        if value:
            return DateValue(value, method, 0.9)
    return None


def _from_time_tags(tree) -> DateValue | None:
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" or (el.get("class") or "").find("publish") >= 0 \
                or el.get("pubdate") is not None:
            value = normalise(el.get("datetime") or el.text_content())
            if value:
                return DateValue(value, "time-tag", 0.85)
    return None


def _from_url(url: str | None) -> DateValue | None:
    match = _URL_DATE_RE.search(url or "")
    if not match:
        return None
    try:
        value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return DateValue(value.isoformat(), "url", 0.75) if _plausible(value, None) else None


def _from_htmldate(html_text: str, url: str | None, *, original: bool) -> DateValue | None:
    from htmldate import find_date

    try:
        value = find_date(html_text, url=url, original_date=original, extensive_search=True,
                          outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted errors on odd pages; a missing date is fine
        return None
    return DateValue(value, "htmldate", 0.6) if value else None
