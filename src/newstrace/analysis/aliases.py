"""Other names of one body in an article (issue 12): acronyms and long forms (``SEC`` = ``Securities and Exchange
Commission``), the last word of a name ("the Journal"), inverted forms ("Department of Justice" = "Justice
Department"), company stems, the ministry of the one country named with it, a capital acting for its country.

Each function reads the cast's entries by lower-cased name and calls ``fold(short, full)`` (``people.Cast``)
for every pair it finds to be one entity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Optional, Protocol, TypeVar, cast

from . import bodies as bodies_mod
from .entities import outlet_of, table_lines


class Entry(Protocol):
    """What these rules read of a cast entry (``people.Named``)."""

    name: str
    kind: str


E = TypeVar("E", bound=Entry)

_ACRONYM = re.compile(r"[A-Z](?:\.?&?[A-Z]){1,5}\.?")  # "SEC", "U.N.", "J&J", "AT&T"
# an acronym with its function words in lower case, as British and US departments write theirs ("MoD", "DoJ", "DfE")
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,4}")
FUNCTION_WORDS = frozenset("of and for the on in to &".split())


def _initials(name: str) -> set[str]:
    """The acronyms a body's name may be written as: ``Department of Justice`` -> DOJ, DJ; ``Justice
    Department`` -> the same (a department, ministry or office named first by its field); none for one word."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2:
        return set()
    orders = [words] + ([name.split()] if "-" in name else [])  # "Co-operation" one word of OECD, or two
    if "and" in words[2:]:  # "Centers for Disease Control and Prevention" -> CDC
        orders.append(words[:len(words) - 1 - words[::-1].index("and")])
    if len(words) >= 2 and words[-1].lower() in ("department", "ministry", "office") and "of" not in words:
        orders.append([words[-1], "of", *words[:-1]])
    owner = re.match(r"[^\s]+['\u2019]s\s+(.+)", name)  # "Britain's Ministry of Defence" -> MoD
    if owner is not None and len(owner.group(1).split()) >= 2:
        orders.append(owner.group(1).split())
    out = set()
    for order in orders:
        out.add("".join(_initial(w).upper() for w in order))
        out.add("".join(w[0] if w.lower() in FUNCTION_WORDS else _initial(w).upper() for w in order))  # "MoD"
        out.add("".join(_initial(w).upper() for w in order if w.lower() not in FUNCTION_WORDS))
    return {o for o in out if len(o) >= 2}


def _initial(word: str) -> str:
    """What a word of a name gives its acronym: its first letter, or all the letters of a place or body written by its
    letters ("U.S. Geological Survey" -> USGS, "UK Space Agency" -> UKSA)."""
    return word.replace(".", "") if _LETTERS.fullmatch(word) else word[0]


_LETTERS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")  # a place or body written by its letters: "U.S.", "UK", "EU"


def merge_acronyms(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``SEC`` = ``Securities and Exchange Commission``, ``DOJ`` = ``Justice Department``: an acronym
    that spells the initials of one other body of the article is that body (its kind wins, unless only
    the acronym is known as a government body)."""
    bodies = {id(n): n for n in by_name.values() if n.kind != "person"}.values()
    spelled: dict[str, list[E]] = {}
    for named in bodies:
        for initials in _initials(named.name):
            spelled.setdefault(initials, []).append(named)
    for short in [n for n in bodies if (_ACRONYM.fullmatch(n.name) or _MIXED_ACRONYM.fullmatch(n.name))
                  and country_of(n.name) is None]:  # ("USA" is no "U.S. Army")
        longs = [n for n in spelled.get(short.name.replace(".", "").replace("&", ""), []) if n is not short]
        if len({id(n) for n in longs}) == 1:
            fold(short, longs[0])
    _person_initials(by_name, bodies, spelled, fold)
    for short in [n for n in bodies if " " not in n.name and not _ACRONYM.fullmatch(n.name)
                  and not _MIXED_ACRONYM.fullmatch(n.name)]:
        # "the Journal" after "The Wall Street Journal", "the Observatory": the last word of one other body
        longs = [n for n in bodies if n.name.split()[-1] == short.name and " " in n.name]
        if len(longs) == 1 and longs[0].kind in (short.kind, "outlet", "government"):
            fold(short, longs[0])
    for named in [n for n in bodies if bodies_mod.inverted(n.name)]:  # "Department of Justice" = "Justice Department"
        other = by_name.get(cast(str, bodies_mod.inverted(named.name)).lower())
        if other is not None and other is not named and other.kind == named.kind:
            fold(other, named)
        field = " ".join(named.name.split()[2:])  # "Homeland Security" of "Department of Homeland Security"
        other = by_name.get(field.lower()) if len(field.split()) >= 2 else None
        if other is not None and other is not named and other.kind != "person":
            fold(other, named)
    stems: dict[str, list[E]] = {}  # "UnitedHealth" and "UnitedHealth Group", "Acme Co." and "Acme & Co"
    for named in {id(n): n for n in by_name.values() if n.kind in ("organization", "outlet")}.values():
        stems.setdefault(bodies_mod.company_stem(named.name), []).append(named)
    for same in (sorted(v, key=lambda n: len(n.name)) for k, v in stems.items() if k and len(v) >= 2):
        for short in same[:-1]:
            fold(short, same[-1])
    companies = {id(n): n for n in by_name.values() if n.kind in ("organization", "government")}.values()
    for short in [n for n in companies if n.kind == "organization"]:  # "JP Morgan" / "JPMorgan Chase & Co"; "Fed"
        longs = [n for n in companies if n is not short and by_name.get(n.name.lower()) is n
                 and bodies_mod.shortens(short.name, n.name)]
        if len(longs) == 1:
            fold(short, longs[0])
    fold_short_forms(by_name, fold)


@functools.lru_cache(maxsize=1)
def short_forms() -> dict[str, frozenset[str]]:
    """Full name's stem -> the public short forms of it (``data/sources_short_forms.tsv``: "VW" of "Volkswagen")."""
    table: dict[str, set[str]] = {}
    for line in table_lines("sources_short_forms.tsv"):
        short, full = line.split("\t")[:2]
        table.setdefault(bodies_mod.company_stem(full.strip()), set()).add(short.strip().lower())
    return {k: frozenset(v) for k, v in table.items()}


def fold_short_forms(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``VW`` after ``Volkswagen``, ``Chevy`` after ``Chevrolet Motor Division``: a body written by a public short
    form of the table is the one body of the article with that full name (issue 12); alone it keeps its name."""
    bodies = {id(n): n for n in by_name.values() if n.kind != "person"}.values()
    for full in list(bodies):
        forms = short_forms().get(bodies_mod.company_stem(full.name), frozenset())
        for short in [n for n in bodies if n is not full and n.name.lower() in forms]:
            fold(short, full)


GENERATIONS = re.compile(r"\s+(?:Jr|Sr|II|III|IV)\.?$")


def _person_initials(by_name: Mapping[str, E], bodies: Iterable[E], spelled: dict[str, list[E]],
                     fold: Callable[[E, E], None]) -> None:
    """``AOC`` after ``Alexandria Ocasio-Cortez``, ``RFK Jr.`` after ``Robert F. Kennedy Jr.``: capitals (with the
    name's generation) that spell the initials of exactly one person of the article, and of no body, are that
    person (issue 12: the initials were an organization source of their own)."""
    people: dict[str, list[E]] = {}
    for named in {id(n): n for n in by_name.values() if n.kind == "person"}.values():
        for initials in _initials(GENERATIONS.sub("", named.name)) if len(named.name.split()) >= 2 else ():
            people.setdefault(initials, []).append(named)
    for short in [n for n in bodies if _ACRONYM.fullmatch(GENERATIONS.sub("", n.name))]:
        letters = GENERATIONS.sub("", short.name).replace(".", "")
        found = {id(n): n for n in people.get(letters, [])}
        if len(found) == 1 and not spelled.get(letters) and by_name.get(short.name.lower()) is short and \
                len(letters) >= 3 and letters.lower() not in bodies_mod.government_bodies() | \
                bodies_mod.international_bodies() and not outlet_of(short.name):  # (not "SEC", "NATO", "CNN")
            fold(short, next(iter(found.values())))


LINKS = frozenset("for of on".split())  # "Brennan Center for Justice": the words before the link name the body


def _shortened(short: list[str], long: list[str], kind: str) -> bool:
    """Whether a name of two words or more is the short form of a longer one of the same article: its opening, up to
    the link the long name continues with ("Brennan Center" of "Brennan Center for Justice"), or its closing words
    when what they drop is a country ("Justice Department" of "U.S. Justice Department") or, for an outlet, where
    it comes out ("Daily News" of "New York Daily News")."""
    n = len(short)
    if n < 2 or len(long) <= n:
        return False
    if long[:n] == short:
        return long[n].lower() in LINKS
    if long[-n:] != short or not all(w[:1].isupper() for w in long[:-n]):
        return False
    rest = " ".join(long[:-n])
    return country_of(rest) is not None or kind == "outlet" and _is_place(rest)


def _is_place(name: str) -> bool:
    from .gazetteer import gazetteer
    return bool(gazetteer().lookup(name))


def fold_shortened(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``the Brennan Center`` after ``the Brennan Center for Justice``, ``the Daily News`` after ``the New York Daily
    News``: a body named by the opening or the closing words of exactly one longer body of the article is that body
    (the long name's kind wins; two candidates, as "House Committee" beside two committees, stay apart)."""
    bodies = [n for n in {id(n): n for n in by_name.values()}.values() if n.kind != "person"]
    folded: set[int] = set()
    for short in bodies:
        words = bodies_mod.bare_name(short.name).split()
        longs = [n for n in bodies if n is not short and id(n) not in folded and short.kind in (n.kind, "organization")
                 and _shortened(words, bodies_mod.bare_name(n.name).split(), n.kind)]
        if len(longs) == 1:
            folded.add(id(short))
            fold(short, longs[0])


def fold_place_letters(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``NY Daily News`` and ``the New York Daily News``: two outlets whose names differ only in the place opening
    them, written once by its letters ("NY", "LA", "N.Y.") and once in full, are one outlet when the gazetteer reads
    both as one place (issue 12: PolNeAR training gives the three names of one paper as three sources)."""
    outlets = [n for n in {id(n): n for n in by_name.values()}.values() if n.kind == "outlet"]
    for short in outlets:
        words = bodies_mod.bare_name(short.name).split()
        if len(words) < 2 or not _ACRONYM.fullmatch(words[0]):
            continue
        longs = [n for n in outlets if n is not short and _same_place(words, bodies_mod.bare_name(n.name).split())]
        if len({id(n) for n in longs}) == 1:
            fold(short, longs[0])


def _same_place(letters: list[str], words: list[str]) -> bool:
    """Whether ``words`` is ``letters`` with its first word (a place's letters) written as a place's name."""
    n = len(letters) - 1
    if len(words) <= n + 1 or words[-n:] != letters[1:]:
        return False
    from .gazetteer import gazetteer
    named = {p.gid for p in gazetteer().lookup(" ".join(words[:-n]))}
    return bool(named & {p.gid for p in gazetteer().lookup(letters[0])})


def fold_owned(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``the Foreign Ministry`` after ``Russia's Foreign Ministry``: the body of the one country the article names
    with it (with two countries' ministries, the bare name stays apart: no guess)."""
    owned: dict[str, list[E]] = {}
    for key, named in by_name.items():
        if "|" in key and named not in owned.setdefault(key.split("|", 1)[1], []):
            owned[key.split("|", 1)[1]].append(named)
    for bare, entries in owned.items():
        short = by_name.get(bare)
        if short is not None and len(entries) == 1 and short is not entries[0] and short.kind == "government":
            fold(short, entries[0])


def fold_capitals(by_name: Mapping[str, E], fold: Callable[[E, E], None]) -> None:
    """``Beijing said`` in an article that names China: a capital acting is its country's government, one
    source (countries and capitals from the gazetteer)."""
    from .gazetteer import gazetteer
    places = list({id(n): n for n in by_name.values() if n.kind in ("government", "organization")}.values())
    countries: dict[str, E] = {}
    for named in places:
        code = country_of(named.name) if named.kind == "government" else None
        if code is not None:
            countries.setdefault(code, named)
    for named in places:  # (the capital tagged as a body too: "Washington said")
        for place in gazetteer().lookup(named.name) if named not in countries.values() else ():
            capital = gazetteer().capital(place.country) if place.country else None
            if capital is not None and capital.gid == place.gid and place.country in countries:
                fold(named, countries[place.country])
                break


def country_of(name: str) -> Optional[str]:
    """The ISO code of the country a name is ("China", "the U.S."), or None."""
    from .gazetteer import gazetteer
    return next((p.country for p in gazetteer().lookup(name) if p.feature == "country"), None)
