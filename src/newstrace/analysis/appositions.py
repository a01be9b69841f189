"""The person or body a speaker noun phrase names inside or next to itself (issue 12): an apposition ("his
spokeswoman, Katie Hill"), a name closing the role's phrase ("Norway's ambassador to Chile Ingrid Solberg"), a
name set off by commas closing the subject ("The company that runs the awards, Dick Clark Productions, denies"),
the same description named with a person elsewhere in the article."""

from __future__ import annotations

import re
from typing import Optional

from .people import Cast, Named
from .quotes.cues import kind_of_noun
from .quotes.syntax import text_of

BODY_KINDS = ("organization", "government", "outlet")


def named_inside(cast: Cast, token) -> Optional[Named]:
    """``his spokeswoman, Katie Hill`` / ``Another diplomat, former envoy Kurt Volker``: the person
    an apposition of the speaker noun names; ``UMWA Director of Government Affairs Phil Smith`` (a title
    parsed as a proper noun, the name closing its phrase)."""
    role = token.pos_ == "PROPN" and (kind_of_noun().get(token.lower_) == "anonymous" or token.text.isupper())
    if role and name_ending(cast, token) is not None or token.pos_ != "NOUN" and not role:
        return name_ending(cast, token) if role else None  # ("CEO of the Refugee Council Enver Solomon": appos)
    for child in token.children:
        if child.dep_ == "appos":
            named = cast.at(child.idx) if child.ent_type_ else None
            if named is None:
                named = next((cast.at(t.idx) for t in child.subtree if t.ent_type_ and cast.at(t.idx)
                              is not None and cast.at(t.idx).kind == "person"), None)  # type: ignore[union-attr]
            if named is not None and named.kind in ("person",) + BODY_KINDS:
                return named
    return name_ending(cast, token) or name_closing_subject(cast, token)

def name_closing_subject(cast: Cast, token) -> Optional[Named]:
    """``The company that runs the awards, Dick Clark Productions, denies ...``: a name set off by commas
    that closes the subject phrase (only adverbs between it and the verb) is what the phrase describes."""
    verb, doc = token.head, token.doc
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i < token.i:
        return None
    for k in range(token.i + 1, verb.i - 1):
        named = cast.at(doc[k + 1].idx) if doc[k].text == "," else None
        if named is None or named.kind not in ("person",) + BODY_KINDS or \
                doc[k - 1].ent_type_ == "GPE" and doc[k + 1].ent_type_ == "GPE":
            continue  # ("a farmer in Greeley, Colorado, told her": the state closes the town's name, issue 12)
        end = k + 1
        while end < verb.i and cast.at(doc[end].idx) is named:
            end += 1
        if end < verb.i and doc[end].text == "," and all(t.pos_ in ("ADV", "AUX", "PART")
                                                         for t in doc[end + 1:verb.i]):
            return named
    return None

def name_ending(cast: Cast, token) -> Optional[Named]:
    """``Norway's ambassador to Chile Ingrid Solberg``: a person's name closing the role's phrase, reached
    through prepositions and compounds only (not ``the ambassador who met Ingrid Solberg``)."""
    last = token.right_edge
    named = cast.at(last.idx) if last.i > token.i else None
    if named is None or named.kind != "person":
        return None
    step = last
    while step.i != token.i:
        if step.dep_ not in ("prep", "pobj", "compound", "appos", "flat") or step.head.i == step.i:
            return None
        step = step.head
    return named

def described_before_name(cast: Cast, text: str, token) -> Optional[Named]:
    """``China's ambassador to Britain`` when the article names the same description with a person
    elsewhere (``China's ambassador to Britain Liu Xiaming``): that person; ``Australian woman claims ...`` (a
    headline) when the article gives a person that description in apposition (``Valeska Paris, an Australian
    woman and former ...``): that person."""
    if token.tag_ not in ("NN", "NNP"):
        return None
    body = text_of(token.doc)
    described = re.sub(r"^(?:an?|the)\s+", "", text, flags=re.I)
    if len(described.split()) >= 2:
        for match in re.finditer(r",\s+(?:an?|the)\s+" + re.escape(described) + r"\b", body, flags=re.I):
            named = cast.at(match.start() - 1)
            if named is not None and named.kind == "person":
                return named
    if len(text.split()) < 3:
        return None
    at = body.find(text)
    while at >= 0:
        after = at + len(text)
        while after < len(body) and body[after] in " ,":
            after += 1
        named = cast.at(after) if after > at + len(text) else None
        if named is not None and named.kind == "person":
            return named
        at = body.find(text, at + 1)
    return None
