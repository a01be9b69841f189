"""An article's events as claims one can judge, and its items with their corrections (no HTML here).

An event shows its sentence, who -> whom with actor codes, where, when, type and confidence. The default set
(issue 13): events at or over ``Settings.events_min_confidence`` with no ``hidden`` reason (``data/events_default.tsv``).
The others stay on the record but are folded away on the page with why (an event without a confidence counts as
below). Only the shown events are underlined in the body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..analysis.event_default import in_default_set
from ..store import corrections as store_corrections


def _actor(actor) -> dict | None:
    if not actor:
        return None
    if isinstance(actor, str):
        return {"text": actor, "code": None, "sector": None}
    return {"text": actor.get("text"), "code": actor.get("code"), "sector": actor.get("sector")}


def event_claims(record: Mapping[str, Any], threshold: float) -> dict:
    """``{"shown": [...], "folded": [...], "threshold"}``, each list by confidence, highest first."""
    body = record.get("body") or ""
    claims = []
    for event in record.get("events") or ():
        span = event.get("span") or [None, None]
        sentence = body[span[0]:span[1]].strip() if isinstance(span[0], int) and isinstance(span[1], int) else ""
        confidence = event.get("confidence")
        claims.append({**event, "sentence": sentence, "source": _actor(event.get("source_actor")),
                       "target": _actor(event.get("target_actor")), "confidence": confidence,
                       "key": store_corrections.item_key("event", event),
                       "above": (shown := in_default_set(event, threshold)),
                       "why": event.get("hidden") or ("" if shown else f"confidence under {threshold}")})
    claims.sort(key=lambda c: -(c["confidence"] if isinstance(c["confidence"], (int, float)) else -1))
    return {"shown": [c for c in claims if c["above"]], "folded": [c for c in claims if not c["above"]],
            "threshold": threshold}


def with_corrections(record: Mapping[str, Any], found: list[dict]) -> dict:
    """The items of a record keyed for the correction forms, each with its latest correction (or None):
    ``{"sources": {key: correction}, ...}`` plus ``"list"``: every correction, newest first, with
    ``current``: whether its item is still on the record."""
    chosen = store_corrections.latest(found)
    present = {(t, store_corrections.item_key(t, i)) for t in store_corrections.TARGETS
               for i in store_corrections.items(record, t)}
    out: dict = {t: {k: c for (tt, k), c in chosen.items() if tt == t} for t in store_corrections.TARGETS}
    out["list"] = [{**c, "current": (c["target"], c["item_key"]) in present} for c in reversed(found)]
    return out


def key(target: str, item: dict) -> str:
    return store_corrections.item_key(target, item)


def correction_text(correction: dict | None) -> str:
    """A short line saying what a correction says, e.g. ``speaker: Jane Roe (person)``."""
    if not correction:
        return ""
    value = correction.get("value") or {}
    if correction["action"] == "wrong":
        return "marked wrong"
    if correction["action"] == "speaker":
        return f"speaker: {value.get('speaker')} ({value.get('kind')})"
    where = value.get("name") or "location"
    country = f", {value['country']}" if value.get("country") else ""
    return f"{where}{country} at {value.get('lat')}, {value.get('lon')}"
