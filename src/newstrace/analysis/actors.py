"""Actor coding: a phrase such as "Senior Hungarian officials" -> {text, code: "HUN", sector: "GOV"}.

Codes are ISO 3166-1 alpha-3 countries (names, alternative spellings, demonyms and capitals from the
installed ``countryinfo`` data plus ``data/actors_countries.tsv``) or organisation codes
(``data/actors_igo.tsv``: IGO, NGO, IMG). Named people, bodies and armed groups come from the public
Phoenix actor dictionaries (``data/actors_phoenix.tsv.gz``, converted by ``bench/train_events.py``),
whose office-holders are dated: the row that covers the article's date (:func:`as_of`) wins, so a
president is GOV while in office and ELI after (issue 13). Sectors come from role words
(``data/actors_sectors.tsv``, then the Phoenix agents in ``data/actors_agents.tsv``; in actor phrases the nouns
for private people of ``data/actors_kin.tsv`` first: "his brother-in-law" is a civilian). Every actor says how
it was coded (``Actor.method``). Tables load lazily, once per process.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
import gzip
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources

from ..record import Actor

MAX_NGRAM = 5
MIN_NAME_CHARS = 3  # two-letter alt spellings ("AF", "IN") collide with English words
SHORT_NAME = 3  # dictionary names this short ("goa", "sur") count only when written in capitals
COMMON_WORDS = frozenset({"who", "us", "au", "ec", "may", "will", "said", "new", "the", "and", "of", "post",
                          "sun", "mail", "times", "guard", "union", "congress", "party", "state", "states"})
_AS_OF: contextvars.ContextVar[str | None] = contextvars.ContextVar("actors_as_of", default=None)


@contextlib.contextmanager
def as_of(date: str | None) -> Iterator[None]:
    """Code dated office-holders as of ``date`` (ISO 8601; None: the dictionaries' undated default)."""
    token = _AS_OF.set(date[:10] if date else None)
    try:
        yield
    finally:
        _AS_OF.reset(token)


def read_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated table under newstrace/data (comments and the header skipped)."""
    text = resources.files("newstrace.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


def _country_names() -> dict[str, str]:
    from countryinfo import CountryInfo

    names: dict[str, str] = {}
    for info in CountryInfo.all().values():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        candidates = [info.get("name", ""), info.get("demonym", ""), info.get("capital", "")]
        candidates += [alt for alt in info.get("altSpellings", []) if not alt.isupper()]
        for name in candidates:
            if name and len(name) >= MIN_NAME_CHARS:
                names.setdefault(name.lower(), iso3.upper())
                if name == info.get("demonym"):
                    names.setdefault(name.lower() + "s", iso3.upper())
    return names


@functools.lru_cache(maxsize=1)
def code_table() -> dict[str, tuple[str, str | None]]:
    """Lower-cased name -> (code, sector implied by the name or None)."""
    table: dict[str, tuple[str, str | None]] = {k: (v, None) for k, v in _country_names().items()}
    table.update({name: (code, None) for name, code in read_table("actors_countries.tsv")})
    table.update({name: (code, sector) for name, code, sector in read_table("actors_igo.tsv")})
    return table


@functools.lru_cache(maxsize=1)
def dictionary() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """Lower-cased name -> its Phoenix rows ``(code, sector, valid_from, valid_to)``."""
    raw = resources.files("newstrace.data").joinpath("actors_phoenix.tsv.gz").read_bytes()
    table: dict[str, list[tuple[str, str, str, str]]] = {}
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or line.startswith("name\t"):
            continue
        name, code, sector, start, end = line.split("\t")
        if name not in COMMON_WORDS:
            table.setdefault(name, []).append((code, sector, start, end))
    return {k: tuple(v) for k, v in table.items()}


def dated(rows: Sequence[tuple[str, str, str, str]], date: str | None) -> tuple[str, str | None]:
    """The row of a name valid on ``date``; else its undated default; else its latest dated row."""
    if date:
        covering = [r for r in rows if (not r[2] or r[2] <= date) and (not r[3] or date <= r[3]) and (r[2] or r[3])]
        if covering:
            return covering[-1][0], covering[-1][1] or None
    undated = [r for r in rows if not r[2] and not r[3]]
    row = undated[0] if undated else max(rows, key=lambda r: (r[3] or "9999", r[2]))
    return row[0], row[1] or None


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """One-word dictionary names that are ordinary English words ("mavericks", "youth"; built by
    ``bench/build_actor_common_words.py``)."""
    text = resources.files("newstrace.data").joinpath("actors_common_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def lookup(key: str, original: Sequence[str]) -> tuple[str, str | None] | None:
    """(code, sector) of a lower-cased name: the country/organisation tables first, then the dated
    dictionary (short dictionary names and ordinary English words only when written in capitals, e.g.
    "FBI", not "goa"; "ZERO", not "Chasing Mavericks": issue 13)."""
    hit = code_table().get(key)
    if hit:
        return hit
    rows = dictionary().get(key)
    guarded = len(key) <= SHORT_NAME or key in common_words()
    if not rows or (guarded and not all(w.isupper() for w in original)):
        return None
    return dated(rows, _AS_OF.get())


@functools.lru_cache(maxsize=1)
def sector_table() -> dict[str, str]:
    table = {word: sector for word, sector in read_table("actors_agents.tsv") if " " not in word}
    table.update({word: sector for word, sector in read_table("actors_sectors.tsv")})
    return table


@functools.lru_cache(maxsize=1)
def role_table() -> dict[str, str]:
    """Role words -> sector for actor phrases: :func:`sector_table` with the nouns for private people of
    ``data/actors_kin.tsv`` over it (kinship, household, bystander nouns; the doers of a crime; issue 13)."""
    return {**sector_table(), **{word: sector for word, sector in read_table("actors_kin.tsv")}}


def find_codes(words: Sequence[str]) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping (start, end, code, sector) matches of code names in ``words``, longest first."""
    found, i = [], 0
    lowered = [w.lower() for w in words]
    while i < len(lowered):
        for n in range(min(MAX_NGRAM, len(lowered) - i), 0, -1):
            key = " ".join(lowered[i:i + n]).replace(" - ", "-")
            original = words[i:i + n]
            hit = lookup(key, original) or (lookup(key.replace("-", " "), original) if "-" in key else None)
            if hit and (n > 1 or key not in ("who", "us", "au", "ec") or words[i].isupper()):
                found.append((i, i + n, hit[0], hit[1]))
                i += n
                break
        else:
            i += 1
    return found


@functools.lru_cache(maxsize=1)
def qualifier_agents() -> frozenset[str]:
    """One-word Phoenix agents that are not nouns for people or groups ("carrier", "information", "home"):
    a sector only beside a code or a name (built by ``bench/build_actor_qualifier_words.py``, issue 13)."""
    text = resources.files("newstrace.data").joinpath("actors_qualifier_agents.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def qualified(words: Sequence[str], matches: Sequence[tuple[int, int, str, str | None]]) -> bool:
    """A phrase with a country/organisation code or a named word past its first ("U.S. carrier", "the
    Interior Ministry"): its thing-words ("carrier", "interior") may give a sector."""
    return bool(matches) or any(w[:1].isupper() and w.lower() not in NOT_NAMES for w in words[1:])


def sector_of(lemmas: Sequence[str], head: int | None = None, named: bool = True) -> str | None:
    """The sector of a phrase: its head word's role first, then any role word in it. A thing-word of
    :func:`qualifier_agents` heading the phrase ("carriers", "the information") gives none unless ``named``;
    modifying a noun ("medical teams", "prison guards") it does."""
    table, things = role_table(), (frozenset() if named else qualifier_agents())
    last = head if head is not None else len(lemmas) - 1
    order: Iterable[int] = ([head] if head is not None else []) + list(range(len(lemmas) - 1, -1, -1))
    for i in order:
        lemma = lemmas[i].lower()
        sector = table.get(lemma) if i != last or lemma not in things else None
        if sector:
            return sector
    return None


def code_phrase(text: str, words: Sequence[str], lemmas: Sequence[str], head: int | None = None,
                loose: bool = False) -> Actor:
    """One actor for a phrase: the first country/organisation code in it and its sector (``loose``: thing-words
    give theirs alone too, to tell whether a phrase may be an actor at all)."""
    matches = find_codes(words)
    code = matches[0][2] if matches else None
    role = sector_of(lemmas, head, loose or qualified(words, matches))
    sector = role or (matches[0][3] if matches else None)
    method = "role" if role else ("demonym" if is_people(words, matches) else "name") if matches else None
    return Actor(text=text, code=code, sector=sector, method=method)


COLLECTIVE = ("ese", "ch", "sh", "ss")  # French, Chinese, British, Swiss: people and state alike


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-cased demonyms of the countries ("american"), from the country table (``countryinfo``)."""
    from countryinfo import CountryInfo

    return frozenset(info["demonym"].lower() for info in CountryInfo.all().values() if info.get("demonym"))


def is_people(words: Sequence[str], matches: Sequence[tuple[int, int, str, str | None]]) -> bool:
    """The phrase ends in a demonym for people ("Americans", "three quarters of Americans", "an American", or
    "American" alone, the article dropped): people of a country, not its state (issue 13). The collective forms
    ("the French", "the Chinese", "the British") often stand for a government and stay names; a demonym before a
    noun ("American drones") is no head."""
    if len(matches) != 1 or matches[0][1] != len(words):
        return False
    last = words[-1].lower()
    if last.endswith("s") and last[:-1] in demonyms():
        return True
    if last not in demonyms():
        return False
    return len(words) >= 2 and words[-2].lower() in ("a", "an") or len(words) == 1 and not last.endswith(COLLECTIVE)


def split_compound(text: str, words: Sequence[str], lemmas: Sequence[str], head: int | None = None,
                   loose: bool = False) -> list[Actor]:
    """A phrase naming several countries ("Hungarian and Romanian officials") -> one actor per country."""
    matches = find_codes(words)
    codes = {m[2] for m in matches}
    if len(codes) < 2 or "and" not in [w.lower() for w in words]:
        return [code_phrase(text, words, lemmas, head, loose)]
    sector = sector_of(lemmas, head, qualified(words, matches))
    seen, actors = set(), []
    for start, end, code, implied in matches:
        if code not in seen:
            seen.add(code)
            actors.append(Actor(text=" ".join(words[start:end]), code=code, sector=sector or implied,
                                method="role" if sector else "name"))
    return actors


NON_STATE_CODES = frozenset({"IGO", "NGO", "MNC"})  # a place named "EU" gives no country to an actor


def domestic_codes(sources: list[Actor], targets: list[Actor], place: str | None):
    """Actors without a country of their own ("President Museveni", "the military government") are
    taken to be of the country the other side or the place belongs to: most reported events are
    domestic. A phrase no rule coded keeps the guess as method ``domestic``: a guessed country, not a country
    actor (issue 13: "Sandy offered Obama a chance" is no American act)."""
    place_codes = [m[2] for m in find_codes(place.split()) if m[2] not in NON_STATE_CODES] if place else []

    def fill(actors: list[Actor], other: list[Actor]) -> list[Actor]:
        fallback = (place_codes[0] if place_codes else None) or next((a.code for a in other if a.code), None)
        return [a if a.code or not fallback else dataclasses.replace(a, code=fallback, method=a.method or "domestic")
                for a in actors]
    return fill(sources, targets), fill(targets, sources)
