"""Whether an event reads as a reported happening: the signs that lower its confidence (issue 13).

The events calibration (``event_model.event_calibration``) was fitted on sentences that each report an
event, so it says how often the coded type is right *given* an event. On real pages most sentences report
none, and a trigger word there ("provide", "supports", "asked") is often no event at all. Read by hand on
real web pages of the extraction training set (not an eval set), shown events that a reader rejected
carried these signs far more often than the ones a reader accepted:

- ``question``: the sentence asks ("Would the nurses provide better care?");
- ``hypothetical``: the trigger is under can/could/would/may/might, or in an "if"/"unless" clause;
- ``imperative``: a bare verb with no subject heads the clause ("Share your photos", "consult a doctor");
- ``personal``: its subject is I/we/you outside any quote (a writer's own voice, not a report);
- ``ungrounded``: neither actor is a coded actor (country, IGO, sector) nor a named person, body or place
  ("Coarser hair demands a thicker product");
- ``nominal``: a noun trigger of a word-and-deed category is a subject or a modifier ("the support team").

Each sign multiplies the event's confidence by its factor in ``data/events_shown.tsv``; the record keeps
every event, and the UI, the API and ``search`` show those at or over ``NEWSTRACE_EVENTS_MIN_CONFIDENCE``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from ..record import Actor
from .actors import read_table

HYPOTHETICAL_AUX = ("can", "could", "would", "may", "might")
CONDITION_MARKS = ("if", "unless")
PERSONAL = ("i", "we", "you")
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
NAMED = ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC")
HAPPENING_NOUNS = ("ASSAULT", "PROTEST", "COERCE")
NOMINAL_DEPS = ("nsubj", "nsubjpass", "compound", "ROOT")


@functools.lru_cache(maxsize=1)
def factors() -> dict[str, float]:
    """``sign -> factor`` from ``data/events_shown.tsv`` (columns: sign, factor, why)."""
    return {row[0]: float(row[1]) for row in read_table("events_shown.tsv")}


def is_question(sent) -> bool:
    return sent.text.rstrip().rstrip("\"'”’)»").endswith("?")


def _clause_heads(token) -> Iterable[Any]:
    """The token and the verbs above it up to its clause's root (a noun trigger's verb included)."""
    current = token
    for _ in range(8):
        yield current
        if current.head.i == current.i or current.dep_ in ("ccomp", "ROOT", "relcl"):
            return
        current = current.head


def is_hypothetical(token) -> bool:
    for head in _clause_heads(token):
        for child in head.children:
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
                return True
    return False


def _has_subject(token) -> bool:
    return any(child.dep_ in SUBJECTS for child in token.children)


def is_imperative(token) -> bool:
    """A bare verb heading its clause with no subject and no auxiliary ("Share your story below")."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb.tag_ != "VB" or _has_subject(verb) or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "conj" and verb.head.tag_ == "VB" and not _has_subject(verb.head) \
        and verb.head.dep_ == "ROOT"


def is_personal(subject, quoted: bool) -> bool:
    return subject is not None and not quoted and subject.lower_ in PERSONAL


def is_grounded(actors: Iterable[Actor], sent) -> bool:
    named = [ent.text for ent in sent.ents if ent.label_ in NAMED]
    return any(actor.code or actor.sector or any(name in actor.text for name in named) for actor in actors)


def is_nominal(token, kind: str) -> bool:
    """A noun trigger of a word-and-deed category that is its clause's subject or a modifier ("Demand for
    displays helped ...", "the support team"): it names a thing, no one's act. Clashes, attacks, protests and
    arrests named as subjects ("Clashes broke out") are happenings and keep their confidence."""
    return token.pos_ == "NOUN" and kind not in HAPPENING_NOUNS and token.dep_ in NOMINAL_DEPS


def signs(sent, token, subject, actors: tuple[list[Actor], list[Actor]], quoted: bool,
          kind: str = "") -> tuple[str, ...]:
    """The signs (see the module doc) an event of trigger ``token`` in ``sent`` carries; ``actors`` are its
    sources and targets."""
    sources, targets = actors
    found = []
    if is_question(sent):
        found.append("question")
    if is_hypothetical(token):
        found.append("hypothetical")
    if is_imperative(token):
        found.append("imperative")
    if is_personal(subject, quoted):
        found.append("personal")
    if not is_grounded(sources + targets, sent):
        found.append("ungrounded")
    if is_nominal(token, kind):
        found.append("nominal")
    return tuple(found)


def shown_factor(found: Iterable[str]) -> float:
    table = factors()
    result = 1.0
    for sign in found:
        result *= table.get(sign, 1.0)
    return result


def event_signs(record, sent, token, subject, actors: tuple[list[Actor], list[Actor]], kind: str) -> tuple[str, ...]:
    """:func:`signs` with "outside any quote" read from the record's quotes."""
    quoted = any(q.content_span[0] <= token.idx < q.content_span[1] for q in record.quotes)
    return signs(sent, token, subject, actors, quoted, kind)
