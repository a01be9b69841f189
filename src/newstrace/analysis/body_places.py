"""Places and sectors in a body's name, for ``bodies.body_kind`` (issue 12): whether words name a country or a state of
one (the gazetteer), and whether a word of the name is filed under a sector of society or of the state in the Phoenix
agents dictionary (``data/actors_agents.tsv``: "business" BUS, "union" LAB, "deputy" COP)."""

from __future__ import annotations

import re

from .entities import POSSESSIVE

STATE_SECTOR_CODES = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY")


def country_words(words: list[str]) -> bool:
    """Whether the words are a country's name or demonym ("U.S.", "Britain", "American") in the gazetteer."""
    from .gazetteer import gazetteer
    text = " ".join(words)
    place = gazetteer().demonym(text) if len(words) == 1 else None
    return place is not None and place.feature == "country" or any(
        p.feature == "country" for p in gazetteer().lookup(text))


def state_or_country(words: list[str]) -> bool:
    """Whether the words name a country or a first-level division of one ("U.S.", "Illinois", "Bavaria"; not a
    demonym: "American Council on Education")."""
    from .gazetteer import gazetteer
    return any(p.feature in ("country", "admin1") for p in gazetteer().lookup(" ".join(words)))


def sector_words(words: list[str]) -> bool:
    """Whether a word of a body's name is filed under a sector of society, not the state's, in the Phoenix agents
    ("business" BUS, "medical" HLH, "church" REL)."""
    from .actors import sector_table
    return any(sector_table().get(POSSESSIVE.sub("", w)) not in (None, *STATE_SECTOR_CODES) for w in words)


def state_words(complement: str) -> bool:
    """Whether what a congress is "of" names a place or, by its head, the state's people in the Phoenix agents
    ("People's Deputies": deputy, COP), not a union's or a movement's ("Trade Unions": union, LAB; "Racial Equality")."""
    from .actors import sector_table
    last = POSSESSIVE.sub("", complement.split()[-1])  # the head of what it is "of" ("People's Deputies")
    return state_or_country(complement.split()) or any(sector_table().get(w) in STATE_SECTOR_CODES for w in (
        last, re.sub(r"ies$", "y", last), last.rstrip("s")))
