"""A source while an article is read (``Draft``) and the small tests the resolver (``coref.SourceBook``) makes of one
(issue 12). Split from ``coref`` to keep modules small; behaviour unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from ..record import Span
from .entities import LEADING, outlet_of
from .person_cues import FEMALE_NOUNS, MALE_NOUNS
from .quotes.cues import kind_of_noun


@dataclass
class Draft:
    """A source while the article is being read."""

    key: str
    name: str
    kind: str
    description: Optional[str]
    head: str
    plural: bool
    gender: Optional[str]
    method: str
    confidence: float
    mentions: list[Span] = field(default_factory=list)
    cited_by: Optional[str] = None
    entity: Optional[str] = None  # the canonical name of the person or body, when named


def owner_end(token) -> int:
    """The index of the first word after a head's possessor ("the prime minister's | spokesman")."""
    poss = next(c for c in token.lefts if c.dep_ == "poss")
    return poss.right_edge.i + 1


def outlet_key(name: str) -> str:
    return LEADING.sub("", outlet_of(name) or name).lower()


def names_person(draft: Draft) -> bool:
    """An unnamed source that is one person ("a spokeswoman", "the official"), not a document or group."""
    return kind_of_noun().get(draft.head) == "anonymous" or draft.head in FEMALE_NOUNS | MALE_NOUNS


_OFFICE = re.compile(r"((?:[A-Z][\w.]*\s+)*[A-Z][\w.]*)['\u2019]s\s+Office\b")


def holders_office(drafts: Iterable[Draft], roles: set[str]) -> Optional[Draft]:
    """``Bragg's office`` after ``District Attorney Alvin Bragg`` and ``the Manhattan District Attorney's Office``: the
    one office source named for a role the person holds (the word before "'s Office" among the person's role
    words)."""
    found = [d for d in drafts if d.kind == "government" and (m := _OFFICE.search(d.name)) is not None
             and m.group(1).split()[-1].lower() in roles]
    return found[0] if len(found) == 1 else None


# bodies a person has one of, described bare before the article names whose ("the campaign said ... The Clinton
# campaign said"); "office" is left out: "the office" may be any of several bodies' offices
BARE_OWNED = ("campaign",)


def fold_bare_owned(drafts: dict[str, Draft]) -> None:
    """``the campaign`` read before ``the Clinton campaign``: the bare description met first made a source of its own
    (no campaign named before it); with exactly one campaign of a named person in the whole article it is that one
    (issue 12: PolNeAR training articles give "the campaign has long maintained" then "The Clinton campaign said", and
    "the campaign worries" before "The Sanders campaign thinks"). Two persons' campaigns leave it apart."""
    for head in BARE_OWNED:
        bare = drafts.get(f"organization:{head}")
        owned = [d for d in drafts.values() if d.head == head and d is not bare and d.kind == "organization"
                 and (d.key.endswith(f"'s {head}") or any(w[:1].isupper() for w in d.name.split()[:-1]))]
        if bare is None or len(owned) != 1:
            continue
        into = owned[0]
        into.mentions.extend(m for m in bare.mentions if m not in into.mentions)
        into.cited_by = into.cited_by or bare.cited_by
        del drafts[bare.key]
        for draft in drafts.values():
            if draft.cited_by == bare.key:
                draft.cited_by = into.key if draft is not into else None
