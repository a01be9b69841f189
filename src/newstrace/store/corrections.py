"""Corrections made by users, stored apart from the analysis (table ``corrections``, migration 0005).

A correction names one item of one article: a source (``source:<kind>:<name words>``), a quote, place or
event (``<target>:<start>:<end>``, its span in the body). Re-analysing the article gives its items again
with the same spans and names, so the correction finds its item again; re-ingesting the same page is a
duplicate and keeps the article's id; the article's content hash is stored too, so a correction also
follows the same text stored under another id. Nothing here changes the stored record: ``apply`` gives a
corrected copy (for the web page and for the gold-data exports, ``attribution_gold`` and ``geo_gold``).

Actions: ``wrong`` (any target: the item should not be there), ``speaker`` (a quote: who really said it,
``{"speaker": name, "kind": kind}``), ``location`` (a place: ``{"name", "lat", "lon", "country"}``).
The latest correction of an item wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, or_, select

from .database import Store
from .schema import articles, corrections

TARGETS = ("source", "quote", "place", "event")
ACTIONS = {"source": ("wrong",), "quote": ("wrong", "speaker"), "place": ("wrong", "location"),
           "event": ("wrong",)}
KINDS = ("person", "anonymous", "organization", "government", "outlet", "document", "social")
_WORD = re.compile(r"\w+", re.UNICODE)
_SPAN_FIELD = {"quote": "content_span", "place": "span", "event": "span"}
_LIST_FIELD = {"source": "sources", "quote": "quotes", "place": "places", "event": "events"}


class CorrectionError(ValueError):
    """A correction that does not fit its item (unknown target or action, bad value)."""


def item_key(target: str, item: dict) -> str:
    """The key that finds an item again after re-analysis (see the module docstring)."""
    if target == "source":
        words = "-".join(w.casefold() for w in _WORD.findall(item.get("name") or ""))
        return f"source:{item.get('kind') or 'unknown'}:{words or '-'}"
    span = item.get(_SPAN_FIELD[target]) or [None, None]
    return f"{target}:{span[0]}:{span[1]}"


def item_text(target: str, item: dict) -> str | None:
    return item.get({"source": "name", "quote": "content", "place": "name", "event": "type"}[target])


def items(record: Mapping[str, Any], target: str) -> list[dict]:
    return list(record.get(_LIST_FIELD[target]) or ())


def find_item(record: Mapping[str, Any], target: str, key: str) -> dict | None:
    return next((i for i in items(record, target) if item_key(target, i) == key), None)


def check_value(target: str, action: str, value: dict) -> dict:
    """The value of a correction, checked and cut to what its action keeps."""
    if target not in TARGETS or action not in ACTIONS[target]:
        raise CorrectionError(f"cannot {action!r} a {target!r}: a {target} can be "
                              f"{' or '.join(ACTIONS.get(target, ()))}" if target in TARGETS
                              else f"unknown item {target!r}: one of {', '.join(TARGETS)}")
    if action == "speaker":
        speaker = " ".join(str(value.get("speaker") or "").split())[:200]
        kind = value.get("kind") or "person"
        if not speaker or kind not in KINDS:
            raise CorrectionError(f"a speaker needs a name and a kind ({', '.join(KINDS)})")
        return {"speaker": speaker, "kind": kind}
    if action == "location":
        try:
            lat, lon = float(value.get("lat")), float(value.get("lon"))  # type: ignore[arg-type]  # None: TypeError
        except (TypeError, ValueError):
            raise CorrectionError("a location needs a latitude and a longitude (decimal degrees)") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise CorrectionError("latitude is -90..90 and longitude -180..180")
        country = str(value.get("country") or "").strip().upper()[:2] or None
        name = " ".join(str(value.get("name") or "").split())[:200] or None
        return {"name": name, "lat": round(lat, 5), "lon": round(lon, 5), "country": country}
    return {}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add(store: Store, record: dict, target: str, key: str, action: str, value: dict | None = None, *,
        who: str, note: str | None = None) -> dict:
    """Store a correction of the item ``key`` of a stored ``record``; the item must be on the record."""
    item = find_item(record, target, key) if target in TARGETS else None
    if item is None:
        raise CorrectionError(f"the article has no {target} {key!r} (any more)")
    row = {"article_id": record["id"], "content_hash": _content_hash(store, record["id"]), "target": target,
           "item_key": key, "item_text": (item_text(target, item) or "")[:2000], "action": action,
           "value": json.dumps(check_value(target, action, value or {}), ensure_ascii=False),
           "note": (note or "").strip()[:1000] or None, "who": (who or "").strip()[:100] or "anonymous user",
           "created_at": _now()}
    with store.engine.begin() as conn:
        row["seq"] = conn.execute(insert(corrections).returning(corrections.c.seq), row).scalar_one()
    return _public(row)


def _content_hash(store: Store, article_id: str) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(select(articles.c.content_hash).where(articles.c.id == article_id)).scalar()


def _public(row) -> dict:
    data = dict(row)
    data["value"] = json.loads(data.get("value") or "{}")
    return data


def of_article(store: Store, article_id: str) -> list[dict]:
    """The corrections of one article (also those made under another id for the same text), oldest first."""
    same_text = select(articles.c.content_hash).where(articles.c.id == article_id).scalar_subquery()
    clause = or_(corrections.c.article_id == article_id, corrections.c.content_hash == same_text)
    with store.engine.connect() as conn:
        rows = conn.execute(select(corrections).where(clause).order_by(corrections.c.seq)).mappings().all()
    return [_public(r) for r in rows]


def every(store: Store, batch: int = 500) -> Iterator[dict]:
    """Every correction in the corpus, oldest first, a batch at a time."""
    last = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(select(corrections).where(corrections.c.seq > last)
                                .order_by(corrections.c.seq).limit(batch)).mappings().all()
        if not rows:
            return
        yield from (_public(r) for r in rows)
        last = rows[-1]["seq"]


def latest(found: list[dict]) -> dict[tuple[str, str], dict]:
    """``(target, item_key) -> correction``: the latest correction of each item."""
    out: dict[tuple[str, str], dict] = {}
    for correction in found:
        out[(correction["target"], correction["item_key"])] = correction
    return out


def apply(record: Mapping[str, Any], found: list[dict]) -> dict:
    """A copy of ``record`` with its corrections applied: items marked wrong left out, speakers and
    locations replaced (``method: "correction"``, confidence 1). The stored record is not changed."""
    chosen = latest(found)
    out = dict(record)
    for target in TARGETS:
        kept = []
        for item in items(record, target):
            correction = chosen.get((target, item_key(target, item)))
            if correction is None:
                kept.append(item)
            elif correction["action"] != "wrong":
                kept.append(_corrected(target, item, correction))
        out[_LIST_FIELD[target]] = kept
    return _add_speaker_sources(out)


def _corrected(target: str, item: dict, correction: dict) -> dict:
    value = correction["value"]
    if target == "quote":
        return {**item, "speaker": value["speaker"], "speaker_kind": value.get("kind"), "source_id": None,
                "speaker_resolved": True, "method": "correction", "confidence": 1.0}
    fixed = {k: v for k, v in value.items() if v is not None}
    return {**item, **fixed, "name": item.get("name"), "corrected_name": value.get("name"),
            "method": "correction", "confidence": 1.0}


def _add_speaker_sources(record: dict) -> dict:
    """A corrected speaker becomes a source of the record (once per name), and its quotes point at it."""
    sources = list(record.get("sources") or ())
    by_name = {(s.get("name") or "").casefold(): s for s in sources}
    quotes = []
    for quote in record.get("quotes") or ():
        if quote.get("method") == "correction":
            name = quote["speaker"]
            source = by_name.get(name.casefold())
            if source is None:
                source = {"id": f"c{len(sources) + 1}", "name": name, "kind": quote.get("speaker_kind") or "person",
                          "mentions": [], "cited_by": None, "method": "correction", "confidence": 1.0}
                sources.append(source)
                by_name[name.casefold()] = source
            quote = {**quote, "source_id": source.get("id")}
        quotes.append(quote)
    return {**record, "sources": sources, "quotes": quotes}


# --- gold data --------------------------------------------------------------------------------------


def corrected_records(store: Store, targets: tuple[str, ...]) -> Iterator[dict]:
    """Each article with a correction of one of ``targets``, corrected, in the order of its first correction."""
    seen: set[str] = set()
    for correction in every(store):
        article_id = correction["article_id"]
        if correction["target"] not in targets or article_id in seen:
            continue
        seen.add(article_id)
        record = store.get(article_id)
        if record is not None:
            yield apply(record, of_article(store, article_id))


def attribution_gold(record: dict) -> dict:
    """A corrected record in the format of the attribution gold set (``../shared/eval/attribution``):
    ``{id, url, outlet, text, sources: [{name, kind, aliases}], quotes: [{kind, content, content_start,
    speaker}]}``; the speaker is the name of the quote's source (or its speaker text)."""
    body = record.get("body") or ""
    names = {s.get("id"): s.get("name") for s in record.get("sources") or ()}
    sources = [{"name": s.get("name"), "kind": s.get("kind"),
                "aliases": sorted({body[a:b] for a, b in (s.get("mentions") or ()) if body[a:b] != s.get("name")})}
               for s in record.get("sources") or () if s.get("method", "").split(":")[0] != "page"]
    quotes = []
    for quote in record.get("quotes") or ():
        span = quote.get("content_span") or [None, None]
        if span[0] is None:
            continue
        quotes.append({"kind": quote.get("kind"), "content": body[span[0]:span[1]], "content_start": span[0],
                       "speaker": names.get(quote.get("source_id")) or quote.get("speaker")})
    outlet = record.get("outlet") or {}
    return {"id": record.get("id"), "url": record.get("url"), "outlet": outlet.get("name") or outlet.get("domain"),
            "text": body, "sources": sources, "quotes": quotes}


def geo_gold(record: dict) -> dict:
    """A corrected record in the format of the geo gold set (``../shared/eval/geo``): ``{id, title, url,
    text, toponyms: [{span, name, lat, lon, geonameid, normalised_name}]}`` sorted by offset."""
    body = record.get("body") or ""
    toponyms = []
    for place in record.get("places") or ():
        span = place.get("span") or [None, None]
        if span[0] is None:
            continue
        gazetteer = str(place.get("gazetteer_id") or "").rpartition("geonames:")[2]
        toponyms.append({"span": [span[0], span[1]], "name": body[span[0]:span[1]],
                         "type": "Demonym" if place.get("kind") == "demonym" else "Literal",
                         "lat": place.get("lat"), "lon": place.get("lon"),
                         "geonameid": int(gazetteer) if gazetteer.isdigit() and place.get("method") != "correction"
                         else None,
                         "normalised_name": place.get("corrected_name") or place.get("name")})
    toponyms.sort(key=lambda t: t["span"])
    return {"id": record.get("id"), "title": record.get("title"), "url": record.get("url"), "text": body,
            "toponyms": toponyms}
