"""People as actors (issue 13): what the article says of a named person codes them.

:func:`actors.code_phrase` codes a phrase by its own words (a dictionary name, a role or kinship noun). A named
person is often written without either ("Nick Warren attacked ...", "Medvedev said ..."); then, in order:

- a role apposition gives the role's sector, and its country when it names one ("Nick Warren, a farmer," AGR;
  "Ana Ruiz, a Kenyan police officer," KEN COP): method ``apposition``;
- a surname (or "Mr. Surname") whose full name the article writes elsewhere takes the full name's dictionary
  row, dated by the publication date like any dictionary name ("Dmitry Medvedev ... Medvedev said"): ``name``;
- otherwise a named person stays honestly uncoded: method ``person``, no sector (the default set reads its kind
  as ``person``, not as the country a domestic guess may give it).
"""

from __future__ import annotations

import dataclasses

from ..record import Actor
from .actors import code_phrase, find_codes, sector_of

TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "mr.", "mrs.", "ms.", "dr."})
APPOS_DROP = frozenset({"relcl", "acl", "punct", "det", "prep", "cc", "conj", "appos", "advcl"})


def is_person(head) -> bool:
    """A person's name: the parse tags it PERSON, a courtesy title precedes it ("Mr. Bradford"), or it is the
    surname of a person the article names in full (the parse tags a lone surname a place as often as a person)."""
    if head.ent_type_ == "PERSON":
        return True
    if head.pos_ != "PROPN":
        return False
    return any(c.dep_ == "compound" and c.lower_ in TITLES for c in head.children) or any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == head.text for ent in head.doc.ents)


def _appos_actor(appos) -> Actor | None:
    """The role an apposition gives (``None`` when it names no role or country)."""
    tokens = [appos] + [t for c in appos.children if c.dep_ not in APPOS_DROP for t in c.subtree]
    tokens.sort(key=lambda t: t.i)
    words, lemmas = [t.text for t in tokens], [t.lemma_ for t in tokens]
    matches = find_codes(words)
    sector = sector_of(lemmas, tokens.index(appos), named=False)  # "the largest air carrier" names no role
    if not sector:
        return None
    return Actor(text="", code=matches[0][2] if matches else None, sector=sector, method="apposition")


def _full_name(head) -> Actor | None:
    """The actor of the one full name in the article that ends with this surname, coded with the words before it
    ("Russian Prime Minister Dmitry Medvedev": RUS GOV), when those code it."""
    fulls = {ent.text: ent for ent in head.doc.ents if ent.label_ == "PERSON" and len(ent) > 1
             and ent[-1].text == head.text and ent[0].lower_ not in TITLES}
    if len(fulls) != 1:
        return None
    ent = next(iter(fulls.values()))
    tokens = [t for c in ent.root.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i < ent.start
              for t in c.subtree] + list(ent)
    tokens.sort(key=lambda t: t.i)
    words, lemmas = [t.text for t in tokens], [t.lemma_ for t in tokens]
    found = code_phrase(" ".join(words), words, lemmas, tokens.index(ent.root))
    return found if found.sector else None


def _surname_only(head, phrase) -> bool:
    names = [t for t in phrase if t.pos_ == "PROPN" and t.lower_ not in TITLES]
    return names == [head]


def code_person(head, phrase, actor: Actor) -> Actor:
    """``actor`` (coded from its phrase of tokens ``phrase`` headed by ``head``) with what the article says of the
    person it names; unchanged when its phrase has a sector or it names no person (a body or a place the parse
    tags, "United Airlines, the largest carrier": an apposition of a person's name only, or of an untagged one)."""
    if actor.sector or not is_person(head) and (head.pos_ != "PROPN" or head.ent_type_):
        return actor
    for appos in (c for c in head.children if c.dep_ == "appos"):
        found = _appos_actor(appos)
        if found:
            return dataclasses.replace(actor, code=actor.code or found.code, sector=found.sector, method=found.method)
    if not is_person(head):
        return actor
    if not actor.code and _surname_only(head, phrase):
        found = _full_name(head)
        if found:
            return dataclasses.replace(actor, code=found.code, sector=found.sector, method=found.method)
    return dataclasses.replace(actor, method="person")
