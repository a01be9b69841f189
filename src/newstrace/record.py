"""The data model: one frozen ``Record`` per article.

Every span is a ``(start, end)`` pair of Python string offsets into ``Record.body``
(``[start, end)``). Values found by a rule or a model carry ``method`` and ``confidence``.
``Record.to_dict()`` gives the JSON of CONTRACT.md; ``json_schema()`` its JSON Schema.
Stages never mutate a record: they return ``dataclasses.replace(record, ...)``.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, TypedDict

SCHEMA_VERSION = "1.0"

# The one span type: [start, end) Python string offsets into ``Record.body``.
Span = tuple[int, int]

# The closed vocabularies of the record: the JSON Schema lists their values (``enum``).
SourceKind = Literal["outlet", "person", "anonymous", "organization", "government", "document", "social"]
QuoteKind = Literal["direct", "indirect", "according_to"]
PlaceKind = Literal["toponym", "demonym"]  # "Iraq" / "Iraqi"
# grain of a date mention's value: 2021-08-02 day, 2021-W31 week, 2021-08 month, 2021 year, 202 decade,
# 14:30 time, P3D duration
Grain = Literal["day", "week", "month", "year", "decade", "time", "duration"]
InputFormat = Literal["html", "text", "body"]
PageKind = Literal["auto", "html", "text", "body"]
# PLOVER's 16 event categories
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONCEDE"]

# Fields marked internal are carried between stages but never serialised.
INTERNAL = {"internal": True}


@dataclass(frozen=True)
class Page:
    """One input document before extraction."""

    id: str
    content: str | bytes
    kind: PageKind = "auto"
    url: Optional[str] = None
    captured: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None
    lang: Optional[str] = None
    authors: tuple[str, ...] = ()
    # Where the hints above come from: None (the caller: they win, method "input") or "feed" (a feed item's
    # channel and dc:creator/author: used where the page itself names no outlet or author, method "feed").
    hints_from: Optional[str] = None


@dataclass(frozen=True)
class Outlet:
    """The publication a page belongs to: its name and web domain."""

    name: str
    domain: Optional[str]
    method: str
    confidence: float


@dataclass(frozen=True)
class Dateline:
    """The place (and agency) a story opens with ("KYIV (Reuters) -"); ``span`` is where it is in the body."""

    place: Optional[str]
    outlet: Optional[str]
    span: Span
    text: str = ""


@dataclass(frozen=True)
class Author:
    """A person or body the page names as the story's author."""

    name: str
    method: str


@dataclass(frozen=True)
class DateValue:
    """A page-level date: ISO 8601 date, or datetime with its UTC offset when known."""

    value: str
    method: str
    confidence: float
    conflicts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Related:
    """A headline the page links as related to the story."""

    title: str
    url: Optional[str]


@dataclass(frozen=True)
class Link:
    """A link inside the body: its text, its target and where its text is."""

    text: str
    url: str
    span: Span


@dataclass(frozen=True)
class Entity:
    """A named person, organisation or place mentioned in the body."""

    id: str
    text: str
    span: Span
    label: str
    canonical: str
    method: str = "model"
    confidence: float = 0.8


@dataclass(frozen=True)
class Source:
    """Someone or something the story cites: a person, a body, a document or the outlet itself."""

    id: str
    name: str
    kind: SourceKind
    description: Optional[str]
    mentions: tuple[Span, ...]
    cited_by: Optional[str]
    method: str
    confidence: float
    # the canonical name of the real-world person or body this source is (one source per entity)
    entity: Optional[str] = None


@dataclass(frozen=True)
class Quote:
    """What a source is reported to have said, directly or not, and who said it."""

    kind: QuoteKind
    content: str
    content_span: Span
    speaker: Optional[str]
    speaker_span: Optional[Span]
    cue: Optional[str]
    cue_span: Optional[Span]
    source_id: Optional[str]
    confidence: float
    method: str = "rules"
    # the pieces of an interrupted quote ('"A," she said, "B."'), each a span; content_span is their
    # hull and content their words joined with " … "; empty for a quote in one piece
    content_fragments: tuple[Span, ...] = ()
    # "Mr. Kamin, who said …": the relative pronoun naming the speaker in its clause; speaker and
    # speaker_span are then its antecedent ("Mr. Kamin")
    speaker_relative_span: Optional[Span] = None
    # false when the speaker is a pronoun or a role with no clear antecedent
    speaker_resolved: bool = True


@dataclass(frozen=True)
class Place:
    """A place the body mentions, resolved in the gazetteer when it can be."""

    name: str
    span: Span
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]
    feature: Optional[str]
    gazetteer_id: Optional[str]
    confidence: float
    method: str = "gazetteer"
    kind: PlaceKind = "toponym"


@dataclass(frozen=True)
class DateMention:
    """A date or time the body mentions, with its normalised value and grain."""

    text: str
    span: Span
    value: Optional[str]
    grain: Grain
    end_value: Optional[str] = None
    method: str = "rules"
    confidence: float = 0.8


@dataclass(frozen=True)
class Actor:
    """One side of an event: the phrase and its CAMEO-style code."""

    text: str
    code: Optional[str]
    sector: Optional[str]
    # how the actor was coded (issue 13): "name" (a country, body or person of the dictionaries, office-holders
    # dated), "role" (a role or kinship noun in the phrase), "apposition" ("Nick Warren, a farmer"), "person" (a
    # named person nothing codes: person, uncoded), "demonym" (people of a country: "Americans", "an American";
    # the country's code, not the state), "domestic" (a phrase no rule codes, given the other side's or
    # the place's country as a guess); None for a phrase no rule codes and no guess
    method: Optional[str] = None


@dataclass(frozen=True)
class Event:
    """A political event the body reports (PLOVER type) with its actors, place and date."""

    type: EventType
    mode: Optional[str]
    source_actor: Optional[Actor]
    target_actor: Optional[Actor]
    place: Optional[str]
    date: Optional[str]
    span: Span
    confidence: float
    acled_type: Optional[str] = None
    trigger: Optional[str] = None
    source_id: Optional[str] = None
    source_actors: tuple[Actor, ...] = ()  # every actor in the role ("X and Y agreed"); the first is source_actor
    target_actors: tuple[Actor, ...] = ()
    # why the event is not in the default set (its signs, data/events_default.tsv; None: shown when its
    # confidence is at least NEWSTRACE_EVENTS_MIN_CONFIDENCE; issue 13)
    hidden: Optional[str] = None


@dataclass(frozen=True)
class Incident:
    """A non-political happening the body reports (an earthquake, a factory fire, a bus crash): no
    PLOVER event, but its ACLED-style type (NATURAL_DISASTER, MAN_MADE_DISASTER) so that analysts
    can find or filter it. ``span`` is the sentence."""

    acled_type: str
    span: Span
    trigger: str
    place: Optional[str] = None
    date: Optional[str] = None
    confidence: float = 0.5


@dataclass(frozen=True)
class ProvenanceNode:
    """A source and the sources it cites in turn: the tree of who said what to whom."""

    source_id: str
    children: tuple[ProvenanceNode, ...] = ()


@dataclass(frozen=True)
class ErrorInfo:
    """Why a document failed: an NT error code and a message that says what to do."""

    code: str
    message: str


@dataclass(frozen=True)
class SkippedStage:
    """A stage that did not run on this record, and why (e.g. the page's language is not supported)."""

    stage: str
    reason: str


@dataclass(frozen=True)
class Record:
    """One analysed article: the page's body and metadata, and what each stage found in it."""

    id: str
    schema_version: str = SCHEMA_VERSION
    url: Optional[str] = None
    canonical_url: Optional[str] = None
    language: Optional[str] = None
    title: Optional[str] = None
    description: Optional[str] = None
    body: str = ""
    input_format: Optional[InputFormat] = None  # as detected or given
    outlet: Optional[Outlet] = None
    dateline: Optional[Dateline] = None
    authors: tuple[Author, ...] = ()
    published: Optional[DateValue] = None
    modified: Optional[DateValue] = None
    captured: Optional[DateValue] = None
    section: Optional[str] = None
    tags: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    links: tuple[Link, ...] = ()
    entities: tuple[Entity, ...] = ()
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Event, ...] = ()
    incidents: tuple[Incident, ...] = ()
    provenance: Optional[ProvenanceNode] = None
    error: Optional[ErrorInfo] = None
    skipped_stages: tuple[SkippedStage, ...] = ()
    warnings: tuple[str, ...] = ()  # what was repaired or dropped from the input (e.g. a malformed URL)
    timings_ms: dict[str, float] = field(default_factory=dict)
    page: Optional[Page] = field(default=None, metadata=INTERNAL, compare=False, repr=False)
    doc: Any = field(default=None, metadata=INTERNAL, compare=False, repr=False)  # the spaCy Doc of body
    # what the ``sources`` stage found (``analysis.quotes.cues.Attribution``), read by ``quotes``
    attributions: tuple[Any, ...] = field(default=(), metadata=INTERNAL, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return _to_json(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return _from_json(cls, data)


class RecordDict(TypedDict, total=False):
    """A record as JSON (``Record.to_dict()``), the way store, link and web pass it around; nested values are
    their own JSON objects. ``story_id`` and ``duplicate_of`` are added by ``newstrace link`` and the store.
    tests/test_house.py checks that the keys are ``Record``'s serialised fields plus those two."""

    id: str
    schema_version: str
    url: Optional[str]
    canonical_url: Optional[str]
    language: Optional[str]
    title: Optional[str]
    description: Optional[str]
    body: str
    input_format: Optional[InputFormat]
    outlet: Optional[dict[str, Any]]
    dateline: Optional[dict[str, Any]]
    authors: list[dict[str, Any]]
    published: Optional[dict[str, Any]]
    modified: Optional[dict[str, Any]]
    captured: Optional[dict[str, Any]]
    section: Optional[str]
    tags: list[str]
    related: list[dict[str, Any]]
    links: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    places: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    events: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    provenance: Optional[dict[str, Any]]
    error: Optional[dict[str, str]]
    skipped_stages: list[dict[str, str]]
    timings_ms: dict[str, float]
    warnings: list[str]
    story_id: Optional[str]
    duplicate_of: Optional[str]


def _is_internal(f: dataclasses.Field) -> bool:
    return bool(f.metadata.get("internal"))


_PLAIN = frozenset((str, int, float, bool, type(None)))


def _to_json(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values: returned as they are, as below, without the other tests (issue 15, speed)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _to_json(getattr(value, name)) for name in _json_fields(type(value))}
    if isinstance(value, (tuple, list)):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


@functools.cache
def _json_fields(cls: type) -> tuple[str, ...]:
    """The names of a dataclass's serialised fields, in order (its fields are fixed when the class is made)."""
    return tuple(f.name for f in dataclasses.fields(cls) if not _is_internal(f))


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=globals())


def _from_json(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _from_json(inner[0], data) if len(inner) == 1 else data
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if not _is_internal(f)}
        kwargs = {k: _from_json(hints[k], v) for k, v in data.items() if k in names}
        return tp(**kwargs)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_json(args[0], v) for v in data)
        return tuple(_from_json(a, v) for a, v in zip(args, data))
    return data


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialised ``Record``."""
    defs: dict[str, Any] = {}
    root = _schema_of(Record, defs)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newstrace record",
        "description": f"One article; schema_version {SCHEMA_VERSION}. Spans are [start, end) offsets into body.",
        **defs[Record.__name__],
        "$defs": {k: v for k, v in defs.items() if k != Record.__name__},
    }
    del root
    return schema


_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _schema_of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    if tp is Any:
        return {}
    if origin is Literal:
        return {"type": "string", "enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) if a is not type(None) else {"type": "null"} for a in args]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _schema_of(args[0], defs)}
        return {"type": "array", "prefixItems": [_schema_of(a, defs) for a in args],
                "minItems": len(args), "maxItems": len(args)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _schema_of(args[1], defs)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # guard against recursion
            hints = _hints(tp)
            fields = [f for f in dataclasses.fields(tp) if not _is_internal(f)]
            defs[name] = {
                "type": "object",
                "properties": {f.name: _schema_of(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields],
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")
