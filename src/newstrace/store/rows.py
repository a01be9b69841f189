"""Record JSON -> rows of the corpus tables (pure functions, no database)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from ..ingest.urls import normalize_url

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def clean(value: Any) -> Any:
    """Text for a column: NUL characters removed (PostgreSQL refuses them), other values as they are."""
    return value.replace("\x00", "") if isinstance(value, str) else value


def quote_key(text: str) -> str:
    """A quote's wording reduced to lower-case words, for finding the same quote elsewhere."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())[:255]


def _value(date: dict | None) -> str | None:
    return (date or {}).get("value")


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed URL (issue 18): no domain, the record is still stored
        return None
    return host[4:] if host.startswith("www.") else host or None


# PostgreSQL refuses a B-tree index entry over ~2,700 bytes: a longer URL key (a page whose address carries
# kilobytes of query) is stored as its digest, so the indexed ``url_key``/``canonical_key`` always fit
INDEXED_KEY_BYTES = 1000


def index_key(normalized_url: str | None) -> str | None:
    """A normalised URL as the indexed key columns hold it: itself, or ``sha256:<hex>`` of it when long."""
    if not normalized_url:
        return None
    text = clean(normalized_url)
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) <= INDEXED_KEY_BYTES:
        return text
    return "sha256:" + hashlib.sha256(encoded).hexdigest()


UNIT_PREFIX_CHARS = 300  # of a long unit key, the part a reader sees before its digest


def unit_key(unit: str) -> str:
    """An input unit (a file path, ``url:<URL>``, ``<file>#item3``) as the ``units`` and ``errors`` tables key
    it: itself, or when longer than an index entry may be, its start and ``#sha256:<hex>`` of the whole."""
    encoded = unit.encode("utf-8", "surrogatepass")
    if len(encoded) <= INDEXED_KEY_BYTES:
        return unit
    return f"{unit[:UNIT_PREFIX_CHARS]}#sha256:{hashlib.sha256(encoded).hexdigest()}"


def canonical_key(record: dict) -> str | None:
    """The record's declared canonical URL normalised (``normalize_url``), as ``Store.get`` looks it up."""
    canonical = record.get("canonical_url")
    return index_key(normalize_url(canonical)) if isinstance(canonical, str) else None


def article_row(record: dict, *, url_key: str | None, content_hash: str, unit: str | None, now: str) -> dict:
    outlet = record.get("outlet") or {}
    return {
        "id": record["id"], "url": clean(record.get("url")), "url_key": index_key(url_key), "content_hash": content_hash,
        "title": clean(record.get("title")), "body": clean(record.get("body") or ""),
        "outlet": clean(outlet.get("name")), "outlet_domain": clean(outlet.get("domain")),
        "language": record.get("language"), "published": _value(record.get("published")),
        "captured": _value(record.get("captured")), "section": clean(record.get("section")),
        "story_id": record.get("story_id"), "duplicate_of": record.get("duplicate_of"),
        "unit": unit, "ingested_at": now, "canonical_key": canonical_key(record),
        "record": json.dumps(record, ensure_ascii=False),
    }


def _actor(actor: dict | None, key: str) -> Any:
    return clean((actor or {}).get(key))


def child_rows(record: dict) -> dict[str, list[dict]]:
    """Rows for the sources, quotes, places, events, entities and links tables (without article_seq)."""
    return {
        "sources": [{"source_id": s.get("id"), "name": clean(s.get("name")), "kind": s.get("kind"),
                     "description": clean(s.get("description")), "cited_by": s.get("cited_by"),
                     "method": s.get("method"), "confidence": s.get("confidence")}
                    for s in record.get("sources") or ()],
        "quotes": [{"kind": q.get("kind"), "content": clean(q.get("content")), "norm": quote_key(q.get("content")),
                    "speaker": clean(q.get("speaker")), "source_id": q.get("source_id"),
                    "confidence": q.get("confidence")} for q in record.get("quotes") or ()],
        "places": [{"name": clean(p.get("name")), "country": p.get("country"), "lat": p.get("lat"),
                    "lon": p.get("lon"), "feature": p.get("feature"), "gazetteer_id": p.get("gazetteer_id")}
                   for p in record.get("places") or ()],
        "events": [{"type": e.get("type"), "mode": e.get("mode"),
                    "source_actor": _actor(e.get("source_actor"), "text"),
                    "source_code": _actor(e.get("source_actor"), "code"),
                    "target_actor": _actor(e.get("target_actor"), "text"),
                    "target_code": _actor(e.get("target_actor"), "code"), "place": clean(e.get("place")),
                    "date": e.get("date"), "acled_type": e.get("acled_type"), "confidence": e.get("confidence"),
                    "hidden": clean(e.get("hidden"))}
                   for e in record.get("events") or ()],
        "entities": [{"text": clean(e.get("text")), "label": e.get("label"), "canonical": clean(e.get("canonical"))}
                     for e in record.get("entities") or ()],
        "links": [{"text": clean(link.get("text")), "url": clean(link.get("url")), "domain": domain_of(link.get("url"))}
                  for link in record.get("links") or ()],
    }


def error_row(record: dict, *, unit: str, now: str) -> dict:
    err = record.get("error") or {}
    return {"unit": unit, "doc_id": clean(record.get("id")), "url": clean(record.get("url")),
            "code": err.get("code", "NT000"), "message": clean(err.get("message")), "ingested_at": now,
            "record": json.dumps(record, ensure_ascii=False)}
