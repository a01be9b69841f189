"""What linking reads from a record: a small view over record dicts or ``Record`` objects.

``Article.of(record)`` takes a ``Record`` or its JSON dict and keeps only what the linkers use:
id, title, body, date, url, outlet, language, sources, links and quotes. Helpers here turn text
into the tokens the linkers compare: word tokens with their case, URL slug words, the lead of
the body with the boilerplate lines (bylines, "Read more", copyright, share bars) dropped, and a
date read from the first lines of a body when the record has no ``published`` date.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..extract.date_patterns import ENGLISH_MONTH

# Lines that are page furniture, not article text (tried on each line, lower-cased).
BOILERPLATE_LINE_PATTERNS: tuple[str, ...] = (
    r"^(?i:by|posted by|written by|reporting by|editing by)\s+(?:[A-Z][\w.'-]*(?:\s+|$|(?=[,|/]))){1,4}(?:[,|/-].{0,40})?$",
    r"^(updated|published|posted|last updated|first published)\b.{0,60}$",
    r"^(read more|related|see also|more on this|advertisement|photo|video|image|share|tweet|email)\b.{0,60}$",
    r"^(continue reading|keep reading|read the full (story|article))\b.{0,40}$",
    r"^(follow|subscribe|sign up|click here|watch|listen)\b.{0,100}$",
    r"(copyright|all rights reserved|©|\(c\) \d{4})",
    r"^[\w .&'-]{2,40}\s+(staff|reporter|correspondent|news service|wire)$",
    r"^\W*$",
)
# A dateline at the start of the first paragraph: "MOSCOW (Sputnik) -", "PARIS —", "(CNN)".
DATELINE_RE = re.compile(r"^\s*(?:[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Za-z. ]{2,30})?\s*)?(?:\([^)]{1,40}\))?\s*[-—–:]+\s+|"
                         r"^\s*\([A-Za-z .]{2,30}\)\s*[-—–]?\s*")
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|\d+(?:[.,]\d+)*|[^\W\d_]", re.U)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n+")
# URL path words that say nothing about the story.
URL_STOPWORDS = frozenset(
    "www com org net html htm php asp aspx jsp index news story stories article articles world "
    "templates search http https amp en us uk co id page go wirestory searchinput air on the and "
    "of in to a for with at by from is are was were".split())
# Calendar words: a date, not a subject (a feed's URLs share "/2026/feb/06/"; every item says "Tuesday").
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTH = rf"({ENGLISH_MONTH})\.?"
# Date patterns tried on the first lines of a body: (regex, order of the groups).
HEAD_DATE_PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+((?:19|20)\d\d)\b", re.I), "mdy"),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+((?:19|20)\d\d)\b", re.I), "dmy"),
    (re.compile(r"\b((?:19|20)\d\d)\s*-\s*(\d\d)\s*-\s*(\d\d)\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d\d(?:\d\d)?)\b"), "mdy_numeric"),
)
HEAD_LINES = 4
HEADLINE_MAX_CHARS = 200


@dataclass(frozen=True)
class Article:
    """The fields of a record that linking uses."""

    id: str
    title: str
    body: str
    day: date | None  # published date, or one read from the head of the body
    url: str | None = None
    outlet: str | None = None
    outlet_domain: str | None = None
    language: str | None = None
    sources: tuple[dict, ...] = field(default=(), compare=False)
    links: tuple[dict, ...] = field(default=(), compare=False)
    quotes: tuple[dict, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, record: Any) -> Article:
        data = record if isinstance(record, dict) else record.to_dict()
        body = data.get("body") or data.get("text") or ""
        outlet = data.get("outlet")
        if isinstance(outlet, str):
            outlet = {"name": outlet, "domain": None}
        return cls(
            id=str(data["id"]), title=(data.get("title") or "").strip(), body=body,
            day=record_day(data) or head_date(body), url=data.get("url"),
            outlet=(outlet or {}).get("name"), outlet_domain=(outlet or {}).get("domain") or url_domain(data.get("url")),
            language=data.get("language"), sources=tuple(data.get("sources") or ()),
            links=tuple(data.get("links") or ()), quotes=tuple(data.get("quotes") or ()),
        )

    def headline_and_text(self) -> tuple[str, str]:
        """The title, or the body's first line when it looks like a headline, and the rest."""
        if self.title:
            return self.title, self.body
        first, _, rest = self.body.strip().partition("\n")
        if len(first) <= HEADLINE_MAX_CHARS and rest:
            return first, rest
        return "", self.body


def record_day(data: dict) -> date | None:
    value = data.get("published")
    if isinstance(value, dict):
        value = value.get("value")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def head_date(body: str) -> date | None:
    """The first full date written in the first lines of a body ("December 15th, 2008")."""
    head = "\n".join(body.split("\n", HEAD_LINES)[:HEAD_LINES])[:400]
    found: list[tuple[int, date]] = []
    for pattern, order in HEAD_DATE_PATTERNS:
        match = pattern.search(head)
        value = _date_of(match.groups(), order) if match else None
        if match and value:
            found.append((match.start(), value))
    return min(found)[1] if found else None


def _date_of(groups: tuple[str, ...], order: str) -> date | None:
    try:
        if order == "mdy":
            return date(int(groups[2]), _MONTHS[groups[0][:3].lower()], int(groups[1]))
        if order == "dmy":
            return date(int(groups[2]), _MONTHS[groups[1][:3].lower()], int(groups[0]))
        if order == "ymd":
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        year = int(groups[2])
        return date(year + 2000 if year < 100 else year, int(groups[0]), int(groups[1]))
    except (ValueError, KeyError):
        return None


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def url_words(url: str | None) -> list[str]:
    """Words of a URL's path and query values (the slug often names the story)."""
    if not url:
        return []
    parts = urllib.parse.urlsplit(url)
    raw = parts.path + " " + " ".join(value for _, value in urllib.parse.parse_qsl(parts.query))
    return [w.lower() for w in re.findall(r"[^\W\d_]{3,}", raw)
            if w.lower() not in URL_STOPWORDS and w.lower() not in CALENDAR_WORDS]


@functools.lru_cache(maxsize=1)
def _boilerplate_res() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p if p.startswith("^(?i:") else f"(?i:{p})") for p in BOILERPLATE_LINE_PATTERNS)


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 120 and any(p.search(stripped) for p in _boilerplate_res())


def content_paragraphs(body: str, outlet: str | None = None, *, drop_dateline: bool = True) -> list[str]:
    """Body paragraphs without furniture lines, the outlet's name and (optionally) the dateline."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip() and not is_boilerplate(p)]
    if outlet:
        paragraphs = [p for p in paragraphs if p.lower() != outlet.lower()]
    if paragraphs and drop_dateline:
        paragraphs[0] = DATELINE_RE.sub("", paragraphs[0], count=1)
    return [p for p in paragraphs if p]


def lead(text: str, words: int) -> str:
    """The first ``words`` words of a text (news puts the story in its lead)."""
    for count, match in enumerate(re.finditer(r"\S+", text)):
        if count == words:
            return text[:match.start()]
    return text


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_SPLIT_RE.split(text) if s]
