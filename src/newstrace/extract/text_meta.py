"""Metadata from the furniture of scraped page text: the lines around the kept article.

Above the article: the headline (the nearest headline-like line), a section line just above it
(or the last crumb of a breadcrumb), a byline ``By X and Y``, timestamp lines (published; ``Updated``
-> modified). After it: a tag line (``Tags: a, b`` or a bare comma-separated keyword line) and a run
of headline-like lines (related articles). Each reader is a small rule over a few lines.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import unquote, urlsplit

from ..record import Author, DateValue, Related
from .date_patterns import MONTHS
from .timestamps import parse_timestamp

HEADER_REACH = 15  # lines above the first article line searched for headline, byline, dates
FOOTER_REACH = 12  # lines after the last article line searched for tags and related headlines
MAX_RELATED = 12
DAY_FIRST_DOMAINS = (".uk", ".ie", ".au", ".nz", ".in", ".za", ".sg", ".ng", ".ke", ".pk")
DATE_REACH = 30  # lines above the article searched for timestamp lines, nearest first

_BYLINE_WORDS = r"(?:by|von|por|par|text|texto|autor|autora|author|escribe|written by|reporting by)"
_BYLINE_RE = re.compile(rf"^{_BYLINE_WORDS}\s*:?\s*(?=[A-ZÀ-Ý])", re.I)
_INNER_BYLINE_RE = re.compile(r"(?:^|[\s|])(?:by|von|por|par)\s+(?=[A-ZÀ-Ý])", re.I)
_LONE_BYLINE_RE = re.compile(rf"^{_BYLINE_WORDS}\s*:?$", re.I)
_NAME_RE = re.compile(r"^[A-ZÀ-Ý][\w'’.\-]+(?:\s+(?:(?:von|van|der|de|da|del|la|le|bin|al|zu)\s+)*[A-ZÀ-Ý][\w'’.\-]*){1,3}")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*")
_NAME_STOP_RE = re.compile(
    r"\s+(?:[-–—|•·/]|\bin\b|\ble\b|\bam\b|\bon\b|\bupdated\b|\bpublished\b|\bfoto\b|\bphoto\b).*$"
    r"|\s*\d.*$|\s+\S+@\S+.*$", re.I)
_TAG_PREFIX_RE = re.compile(
    r"^(?:tags?|topics?|themen|schlagwörter|schlagworte|stichwörter|etiquetas|temas|mots-clés|sujets"
    r"|keywords|palabras clave)\s*[:：]?\s*", re.I)
_WORD_RE = re.compile(r"\w+")
_CAPTION_RE = re.compile(r"\b(?:foto|photo|bild|getty images|imago|reuters/|afp/|dpa/|archivo|image)\b", re.I)
_CRUMB_SPLIT_RE = re.compile(r"\s*[»>›/|]\s*")
_RELATED_HEADERS = frozenset((
    "related", "related articles", "related stories", "read more", "read also", "see also", "more from",
    "more stories", "recommended", "you may also like", "lesen sie auch", "mehr zum thema", "weitere artikel",
    "das könnte sie auch interessieren", "noticias relacionadas", "te puede interesar", "más noticias",
    "lire aussi", "à lire aussi",
))
_MENU_WORDS = frozenset("""home start startseite inicio accueil menu news nachrichten noticias search suche
login log in sign in subscribe abonnieren share teilen listen live radio tv video videos live
""".split())


def read_furniture(lines: list[str], kept: list[int], url: str | None = None,
                   language: str | None = None) -> dict[str, Any]:
    """title, authors, published, modified, section, tags, related read around the kept lines."""
    first, last = kept[0], kept[-1]
    kept_set = set(kept)
    above = [i for i in range(max(0, first - HEADER_REACH), first) if i not in kept_set]
    fields: dict[str, Any] = {}
    title_index = _headline(lines, above, url)
    if title_index is not None:
        fields["title"] = lines[title_index]
        section = _section(lines, title_index)
        if section:
            fields["section"] = section
    authors = _authors(lines, above + kept[:2])
    if authors:
        fields["authors"] = authors
    near_first = [i for i in range(first - 1, max(-1, first - DATE_REACH), -1) if i not in kept_set]
    date_lines = near_first + kept[:3] + list(range(last + 1, min(len(lines), last + 4)))
    fields.update(_dates(lines, date_lines, month_first=writes_month_first(url, language)))
    after = [i for i in range(last + 1, min(len(lines), last + 1 + FOOTER_REACH)) if i not in kept_set]
    tags_index = _tag_line(lines, after)
    if tags_index is not None:
        fields["tags"] = split_tags(lines[tags_index])
        after = [i for i in after if i > tags_index] or after
    fields["related"] = _related(lines, [i for i in after if i != tags_index])
    return fields


def is_meta_line(line: str) -> bool:
    """A short byline or timestamp line: metadata, never article text."""
    words = len(line.split())
    return words <= 14 and ((bool(_BYLINE_RE.match(line)) or bool(_LONE_BYLINE_RE.match(line))) and words <= 8
                            or parse_timestamp(line) is not None)


def is_headline_like(line: str) -> bool:
    """A line that reads like a headline: 4-25 words, no sentence-final full stop, not a date line."""
    words = line.split()
    return (4 <= len(words) <= 25 and not line.endswith((".", ":", ",", ";"))
            and not _BYLINE_RE.match(line) and parse_timestamp(line) is None
            and sum(1 for w in words if w.lower() in _MENU_WORDS) < len(words) / 2)


def _headline(lines: list[str], above: list[int], url: str | None) -> int | None:
    """The headline among the headline-like lines above the article: near the article, repeated on the
    page (the page title), sharing words with the URL slug, followed by a byline or timestamp line."""
    slug = set(_slug_words(url))
    counts: dict[str, int] = {}
    for line in lines:
        counts[line[:60]] = counts.get(line[:60], 0) + 1
    best, best_score = None, float("-inf")
    for rank, i in enumerate(reversed(above)):
        line = lines[i]
        if not is_headline_like(line) or _CAPTION_RE.search(line):
            continue
        words = [w.lower() for w in _WORD_RE.findall(line)]
        score = -0.3 * rank + (1.0 if counts[line[:60]] > 1 else 0.0)
        score += 3.0 * sum(1 for w in words if _fold(w) in slug) / max(1, len(words))
        score += 1.0 if any(is_meta_line(x) for x in lines[i + 1:i + 4]) else 0.0
        if score > best_score:
            best, best_score = i, score
    while best is not None and best > 0 and lines[best - 1] == lines[best]:
        best -= 1
    return best


def _slug_words(url: str | None) -> list[str]:
    if not url:
        return []
    path = urlsplit(url).path
    return [_fold(w) for w in re.split(r"[^0-9A-Za-zÀ-ÿ]+", unquote(path).lower()) if len(w) >= 3]


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


def _section(lines: list[str], title_index: int) -> str | None:
    """A lone short line just above the headline, or the last crumb of a breadcrumb line there."""
    for i in range(title_index - 1, max(-1, title_index - 3), -1):
        line = lines[i]
        if parse_timestamp(line) or _BYLINE_RE.match(line):
            continue
        crumbs = [c for c in _CRUMB_SPLIT_RE.split(line) if c]
        candidate = crumbs[-1] if len(crumbs) > 1 else line
        words = candidate.split()
        if 1 <= len(words) <= 4 and not any(c.isdigit() for c in candidate) \
                and candidate.lower() not in _MENU_WORDS and candidate[0].isupper() \
                and not candidate.endswith((".", "!", "?", ":")):
            return candidate
        return None
    return None


def _authors(lines: list[str], indices: list[int]) -> tuple[Author, ...]:
    """Names from the first byline: ``By X and Y``, ``Von: X``, ``... | von X`` on a date line, a lone
    ``By`` line followed by the name, or a name that opens a timestamp line (``Jane Doe, 03.11.2023``)."""
    for i in indices:
        line = lines[i]
        if len(line.split()) > 16:
            continue
        names = _byline_names(line, lines[i + 1] if i + 1 < len(lines) else "")
        if names:
            return tuple(Author(name, "text-byline") for name in names)
    return ()


def _byline_names(line: str, next_line: str) -> list[str]:
    match = _BYLINE_RE.match(line)
    if match:
        return parse_byline(line[match.end():])
    if _LONE_BYLINE_RE.match(line):
        return parse_byline(next_line) if len(next_line.split()) <= 8 else []
    if parse_timestamp(line) is None:
        return []
    match = _INNER_BYLINE_RE.search(line)
    if match:
        return parse_byline(line[match.end():])
    name = _NAME_RE.match(line)
    if name and re.match(r"\s*(?:[,|/]|\d)", line[name.end():]) and parse_timestamp(name.group()) is None:
        return parse_byline(name.group())
    return []


def parse_byline(text: str) -> list[str]:
    """``Jane Doe and John Roe, Reuters`` -> the person names (capitalised, 2-4 words each)."""
    text = _NAME_STOP_RE.sub("", text.strip())
    names = []
    for part in _NAME_SPLIT_RE.split(text):
        words = part.split()
        while words and words[-1].lower().rstrip(".") in MONTHS:
            words.pop()
        if 1 <= len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha()):
            names.append(" ".join(words))
    return [n for n in names if len(n.split()) >= 2] or names[:1]


def _dates(lines: list[str], indices: list[int], *, month_first: bool) -> dict[str, DateValue]:
    found: dict[str, DateValue] = {}
    for i in indices:
        stamp = parse_timestamp(lines[i], month_first=month_first)
        if stamp is None:
            continue
        key = "modified" if stamp.updated else "published"
        found.setdefault(key, DateValue(stamp.value, "text-timestamp", stamp.confidence))
    return found


def writes_month_first(url: str | None, language: str | None) -> bool:
    """US-style numeric dates (08/04/2021 = August 4): English pages outside the day-first countries."""
    host = (urlsplit(url).hostname or "") if url else ""
    return language == "en" and not host.endswith(DAY_FIRST_DOMAINS)


def _tag_line(lines: list[str], after: list[int]) -> int | None:
    for i in after:
        line = lines[i]
        if _TAG_PREFIX_RE.match(line) and len(split_tags(line)) >= 1:
            return i
        parts = split_tags(line)
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not line.endswith("."):
            return i
    return None


def split_tags(line: str) -> tuple[str, ...]:
    """``Tags: Iraq, France, Daesh`` -> ("Iraq", "France", "Daesh")."""
    body = _TAG_PREFIX_RE.sub("", line)
    return tuple(part.strip(" #") for part in re.split(r"\s*[,;|]\s*|\s+#", body) if part.strip(" #"))


def _related(lines: list[str], after: list[int]) -> tuple[Related, ...]:
    """The first run of >= 2 headline-like lines after the article (a header such as "Related" skipped)."""
    run: list[str] = []
    for i in after:
        line = lines[i]
        if not run and line.lower().rstrip(":") in _RELATED_HEADERS:
            continue
        if is_headline_like(line):
            run.append(line)
        elif run or line.lower().rstrip(":") not in _RELATED_HEADERS and len(line.split()) > 4:
            break
        if len(run) >= MAX_RELATED:
            break
    return tuple(Related(title, None) for title in run) if len(run) >= 2 else ()
