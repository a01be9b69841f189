"""The default set of events: the ones a reader can trust (issue 13, "fewer, right answers").

The record keeps every event the stage codes, with its confidence. What the UI, the API and the corpus lists
show by default is stricter: an event is in the default set when its confidence is at least
``NEWSTRACE_EVENTS_MIN_CONFIDENCE`` and it has no ``hidden`` reason. The reasons come from three tables, no code
branch per category:

- ``data/events_default.tsv``: the categories shown by default, each with the kinds of actor it needs on at
  least one side (``sources`` for the source, ``targets`` for the target) and the clause its trigger must head
  (``main``: the main predicate of its sentence, or of a clause reported by a verb of saying or carried by
  "refused to", "began to"; ``any``: anywhere). A category not in the table is not shown by default;
- ``data/events_default_actors.tsv``: actor kind by sector (``state``, ``armed``, ``civilian``, ``country``:
  a coded country or IGO with no sector, ``business``, ...); an actor with no code and no sector has no kind;
- the signs of :mod:`event_shown` (a question, a future, ...), recorded by name.

``quoted`` (the trigger inside a quote the record attributes) hides an event whatever its table row says, when
the setting ``quoted`` of ``data/events_default.tsv`` is ``hide``: a speaker's words are a claim, not a
reported happening.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional

from ..record import Actor
from .actors import read_table

CLAUSE_WALK = 8


@dataclass(frozen=True)
class Rule:
    sources: frozenset[str]
    targets: frozenset[str]
    clause: str


def _kinds(cell: str) -> frozenset[str]:
    return frozenset(k for k in cell.split(",") if k and k != "-")


@functools.lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    """``category -> Rule`` from ``data/events_default.tsv`` (columns: category, sources, targets, clause, why)."""
    return {row[0]: Rule(_kinds(row[1]), _kinds(row[2]), row[3]) for row in read_table("events_default.tsv")
            if not row[0].startswith("@")}


@functools.lru_cache(maxsize=1)
def settings() -> dict[str, str]:
    """The ``@name value`` rows of ``data/events_default.tsv`` (``@quoted hide``)."""
    return {row[0][1:]: row[1] for row in read_table("events_default.tsv") if row[0].startswith("@")}


@functools.lru_cache(maxsize=1)
def actor_kinds() -> dict[str, str]:
    """``sector -> kind`` from ``data/events_default_actors.tsv`` (columns: sector, kind, why)."""
    return {row[0]: row[1] for row in read_table("events_default_actors.tsv")}


@functools.lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("events_reporting.tsv"))


def actor_kind(actor: Optional[Actor]) -> Optional[str]:
    """The kind of an actor: its sector's (``data/events_default_actors.tsv``), else the row ``person`` for a
    named person nothing codes (``Actor.method`` "person", whatever country a domestic guess gave it; issue 13),
    else ``country`` for a coded country or IGO with no sector, else None."""
    if actor is None:
        return None
    kinds = actor_kinds()
    if actor.sector and actor.sector in kinds:
        return kinds[actor.sector]
    if actor.method in ("person", "demonym"):
        return kinds.get(actor.method)
    if actor.code and actor.method != "domestic":  # a guessed country is no country actor (issue 13)
        return kinds.get(actor.code, "country")
    return None


def clause_of(token: Any) -> str:
    """``main`` when the trigger heads its sentence (through coordination, a verb of saying or a verb that
    carries it: "said police arrested", "refused to sign"; a noun trigger as the subject or object of such a
    verb), else ``subordinate`` ("Attacking Gadkari over ...", "as he demonstrated at the trials")."""
    current = token
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        current = token.head
    for _ in range(CLAUSE_WALK):
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return "main"
        if current.dep_ == "conj" or current.dep_ in ("ccomp", "xcomp") and \
                current.head.lemma_.lower() in _carriers():
            current = current.head
            continue
        return "subordinate"
    return "subordinate"


def policy_reasons(kind: str, sources: list[Actor], targets: list[Actor], token: Any, quoted: bool) -> list[str]:
    """Why an event of category ``kind`` is not in the default set by the tables (empty: it may be shown)."""
    rule = rules().get(kind)
    if rule is None:
        return [f"category {kind} is not shown by default"]
    found = []
    if quoted and settings().get("quoted") == "hide":
        found.append("inside a quote")
    source = actor_kind(sources[0] if sources else None)
    target = actor_kind(targets[0] if targets else None)
    if (rule.sources or rule.targets) and source not in rule.sources and target not in rule.targets:
        found.append(f"no {kind} actor of the right kind (source {source or 'none'}, target {target or 'none'})")
    if rule.clause == "main" and clause_of(token) != "main":
        found.append("trigger not the main predicate")
    return found


def hidden_reason(signs: tuple[str, ...], reasons: list[str]) -> Optional[str]:
    """The event's ``hidden`` field: its signs (``sign: question``) and the tables' reasons, or None."""
    parts = [f"sign: {sign}" for sign in signs] + reasons
    return "; ".join(parts) or None


def in_default_set(event: Mapping[str, Any], threshold: float) -> bool:
    """Whether a record's event (as JSON) is shown by default: confidence at least ``threshold`` and no ``hidden``
    reason (an event without a confidence counts as below)."""
    confidence = event.get("confidence")
    return isinstance(confidence, (int, float)) and confidence >= threshold and not event.get("hidden")
