"""Actor coding: a phrase such as "Senior Hungarian officials" -> {text, code: "HUN", sector: "GOV"}.

Codes are ISO 3166-1 alpha-3 countries (names, alternative spellings, demonyms and capitals from the
installed ``countryinfo`` data plus ``data/actors_countries.tsv``) or organisation codes
(``data/actors_igo.tsv``: IGO, NGO, IMG). Sectors come from role words (``data/actors_sectors.tsv``).
Tables load lazily, once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from importlib import resources

from ..record import Actor

MAX_NGRAM = 4
MIN_NAME_CHARS = 3  # two-letter alt spellings ("AF", "IN") collide with English words


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
    for name, code, sector in read_table("actors_people.tsv"):  # a place or body of that name wins
        table.setdefault(name, (code, sector))
    return table


@functools.lru_cache(maxsize=1)
def sector_table() -> dict[str, str]:
    return {word: sector for word, sector in read_table("actors_sectors.tsv")}


def find_codes(words: Sequence[str]) -> list[tuple[int, int, str, str | None]]:
    """Non-overlapping (start, end, code, sector) matches of code names in ``words``, longest first."""
    table = code_table()
    found, i = [], 0
    lowered = [w.lower() for w in words]
    while i < len(lowered):
        for n in range(min(MAX_NGRAM, len(lowered) - i), 0, -1):
            key = " ".join(lowered[i:i + n]).replace(" - ", "-")
            hit = table.get(key) or (table.get(key.replace("-", " ")) if "-" in key else None)
            if hit and (n > 1 or key not in ("who", "us", "au", "ec") or words[i].isupper()):
                found.append((i, i + n, hit[0], hit[1]))
                i += n
                break
        else:
            i += 1
    return found


def sector_of(lemmas: Sequence[str], head: int | None = None) -> str | None:
    """The sector of a phrase: its head word's role first, then any role word in it."""
    table = sector_table()
    order: Iterable[int] = ([head] if head is not None else []) + list(range(len(lemmas) - 1, -1, -1))
    for i in order:
        sector = table.get(lemmas[i].lower())
        if sector:
            return sector
    return None


def code_phrase(text: str, words: Sequence[str], lemmas: Sequence[str], head: int | None = None) -> Actor:
    """One actor for a phrase: the first country/organisation code in it and its sector."""
    matches = find_codes(words)
    code = matches[0][2] if matches else None
    sector = sector_of(lemmas, head) or (matches[0][3] if matches else None)
    return Actor(text=text, code=code, sector=sector)


def split_compound(text: str, words: Sequence[str], lemmas: Sequence[str], head: int | None = None) -> list[Actor]:
    """A phrase naming several countries ("Hungarian and Romanian officials") -> one actor per country."""
    matches = find_codes(words)
    codes = {m[2] for m in matches}
    if len(codes) < 2 or "and" not in [w.lower() for w in words]:
        return [code_phrase(text, words, lemmas, head)]
    sector = sector_of(lemmas, head)
    seen, actors = set(), []
    for start, end, code, implied in matches:
        if code not in seen:
            seen.add(code)
            actors.append(Actor(text=" ".join(words[start:end]), code=code, sector=sector or implied))
    return actors
