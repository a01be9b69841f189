"""Places in context (issue 14): what the words around a place name say about it.

A name is not a place when it sits inside an outlet's name ("The New York Times", "Chicago Tribune"), is a
person's name (an honorific before it, "Mrs. Lincoln"; the surname of a person or author the article names
in full, "Fukui"; "the Bush administration"), or is a common word of the page's language. Words after a
name can ask for a state rather than a town ("New York Gov.", "a Delaware limited liability company"),
and the outlet's country (its web address) tips an ambiguous name towards home. The word tables are
``data/geo_context.tsv`` and ``data/geo_common_words_en.txt``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Optional
from urllib.parse import urlsplit

from ..record import Record
from .entities import outlet_names, outlet_words
from .gazetteer import read_table

LOCATIVE_BEFORE = frozenset({"in", "near", "outside", "across", "around", "throughout", "at", "from", "to", "of"})
# country-code top-level domains that are not the ISO code of their country
TLD_COUNTRY = {"uk": "GB", "su": "RU", "eu": None}
# generic and widely used "vanity" ccTLDs say nothing about the outlet's country
TLD_NOT_A_COUNTRY = frozenset({"tv", "io", "co", "me", "fm", "ai", "ly", "cc", "ws", "to", "am", "gg", "la"})
_WORD = re.compile(r"[A-Za-z][\w.'\u2019-]*")


@functools.lru_cache(maxsize=1)
def context_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, word in read_table("geo_context.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent English words that are also the name of some small place (see the table's header)."""
    return frozenset(row[0] for row in read_table("geo_common_words_en.txt"))


def word_before(body: str, start: int) -> str:
    words = _WORD.findall(body[max(0, start - 30):start])
    return words[-1] if words and body[start - 1:start].isspace() else ""


def word_after(body: str, end: int) -> str:
    match = _WORD.match(body, end + 1) if body[end:end + 1] == " " else None
    return match.group(0) if match else ""


def after_locative(body: str, start: int) -> bool:
    return word_before(body, start).lower() in LOCATIVE_BEFORE


# --- names that are not places ---------------------------------------------------------------------

def outlet_spans(body: str) -> list[tuple[int, int]]:
    """Where the body names an outlet: a known outlet name, or capitalised words ending in a newspaper
    word ("Chicago Tribune", "Detroit Free Press", "Chicago Sun-Times")."""
    spans = []
    for name in outlet_names():
        if len(name) > 3:
            spans += [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(name) + r"\b", body, re.I)]
    words = "|".join(re.escape(w) for w in sorted(outlet_words(), key=len, reverse=True))
    pattern = re.compile(r"\b(?:[A-Z][\w'&-]* ){1,4}(?:[A-Z][\w-]* )?(?:" + words + r")\b")
    spans += [(m.start(), m.end()) for m in pattern.finditer(body)]
    return spans


def person_parts(record: Record) -> frozenset[str]:
    """Name parts of the people the article names in full (two words or more) and of its authors."""
    parts: set[str] = set()
    names = [ent.text for ent in record.doc.ents if ent.label_ == "PERSON"] if record.doc is not None else []
    names += [author.name for author in record.authors]
    for name in names:
        words = [w for w in re.split(r"[\s,]+", name) if w[:1].isupper() and w.isalpha()]
        if len(words) > 1:
            parts.update(words)
    return frozenset(parts)


def not_a_place(text: str, start: int, end: int, body: str, people: frozenset[str],
                outlets: list[tuple[int, int]], qualified: bool = False) -> Optional[str]:
    """Why the name at ``start:end`` is not a place here, or None."""
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in outlets):
        return "outlet"
    words = context_words()
    if word_before(body, start) in words["honorific"]:
        return "person"
    if word_after(body, end) in words["holder"]:
        return "person"
    single = " " not in text
    if single and text in people and not (qualified or after_locative(body, start)):
        return "person"
    return None


def wants_admin1(body: str, end: int) -> bool:
    """"New York Gov.", "a Delaware limited liability company": the name is a state or province."""
    return word_after(body, end) in context_words()["admin1"]


def outlet_country(record: Record) -> Optional[str]:
    """The outlet's country from its web address's country-code domain (``.co.uk`` -> GB), if it has one."""
    hosts: Iterable[Optional[str]] = (record.outlet.domain if record.outlet else None, record.url)
    for host in hosts:
        if not host:
            continue
        name = urlsplit(host if "//" in host else f"//{host}").hostname or ""
        tld = name.rsplit(".", 1)[-1].lower()
        if len(tld) == 2 and tld.isalpha() and tld not in TLD_NOT_A_COUNTRY:
            return TLD_COUNTRY.get(tld, tld.upper())
    return None
