"""What each page and API answer shows, assembled from the corpus (read-only; no HTTP, no HTML here)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..corpus import Corpus, provenance_tree
from ..record import RecordDict
from ..store import Filters, citation_edges, profiles, queries, search
from ..store import facets as store_facets
from . import highlight, svg
from .errors import WebError, not_found

_WORD = re.compile(r"\w+", re.UNICODE)
FACETS = ("source", "source_kind", "outlet", "place", "since", "until", "story", "language")
STORY_LIMIT = 500  # articles of one story listed
SOURCE_LIMIT = 2000  # mentions of one source read (earliest first)
DRIFT_LIMIT = 100  # earliest articles of a story drawn on the timeline and compared for quote drift


def source_key(kind: str | None, name: str | None) -> str:
    """A corpus-wide id for a source: its kind and its name's lower-cased words, e.g. ``anonymous:french-officials``."""
    words = "-".join(w.casefold() for w in _WORD.findall(name or ""))
    return f"{kind or 'unknown'}:{words or '-'}"


# --- search ------------------------------------------------------------------------------------------


SORTS = queries.SORTS
DEFAULT_SORT = "newest"  # of /api/articles and /search: see the README ("Sort orders")


def _fingerprint(query: str | None, filters: Filters, sort: str | None = None) -> str:
    raw = json.dumps([query or "", [getattr(filters, f) for f in FACETS], *([sort] if sort else [])])
    return hashlib.sha256(raw.encode()).hexdigest()[:10]


def encode_cursor(offset: int, query: str | None, filters: Filters, sort: str | None = None, *,
                  after: int | None = None) -> str:
    """A cursor: where the next page starts (an offset, or ``after``: the last hit's ``seq`` for the
    newest/oldest orders) and a fingerprint of the query, the facets and the order it belongs to."""
    data = {"o": offset} if after is None else {"a": after}
    raw = json.dumps({**data, "f": _fingerprint(query, filters, sort)}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, query: str | None, filters: Filters, sort: str | None) -> dict:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        fingerprint = data["f"]
        position = {k: int(data[k]) for k in ("o", "a") if k in data}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise WebError("NT602", "cursor is damaged: pass back the next_cursor of an earlier answer unchanged") from None
    if fingerprint != _fingerprint(query, filters, sort) or len(position) != 1 or min(position.values()) < 0:
        raise WebError("NT602", "cursor belongs to another query: keep q, sort and the facets the same when paging")
    return position


def decode_cursor(cursor: str | None, query: str | None, filters: Filters, sort: str | None = None) -> int:
    """The offset a cursor stands for; a cursor that is damaged or from another query is NT602."""
    if not cursor:
        return 0
    position = _decode(cursor, query, filters, sort)
    if "o" not in position:
        raise WebError("NT602", "cursor belongs to another query: keep q, sort and the facets the same when paging")
    return position["o"]


def find_articles(corpus: Corpus, query: str | None, filters: Filters, limit: int, cursor: str | None,
                  rank_window: int | None = None, sort: str = DEFAULT_SORT) -> dict:
    """One page of search hits, each with a snippet around the query words, and the cursor of the next page.
    ``newest``/``oldest`` page by keyset (the next page starts after the last hit's ``seq``: no
    duplicates or gaps when articles are added while paging, and a deep page costs what the first
    does); ``relevance`` by offset."""
    keyset = sort in ("newest", "oldest")
    position = _decode(cursor, query, filters, sort) if cursor else {}
    if position and keyset == ("o" in position):
        raise WebError("NT602", "cursor belongs to another query: keep q, sort and the facets the same when paging")
    offset, after = position.get("o", 0), position.get("a")
    hits = queries.search_page(corpus.store, query, filters, limit=limit + 1, offset=offset, after=after,
                               rank_window=rank_window, sort=sort)
    more, hits = len(hits) > limit, hits[:limit]
    last = hits[-1]["seq"] if hits else None
    for hit in hits:
        hit.pop("seq", None)
        hit["snippet"], hit["highlights"] = highlight.snippet(hit.pop("body") or "", query)
    following = None
    if more:
        following = (encode_cursor(0, query, filters, sort, after=last) if keyset
                     else encode_cursor(offset + limit, query, filters, sort))
    return {"items": hits, "limit": limit, "sort": sort, "next_cursor": following}


def facets(corpus: Corpus, query: str | None, filters: Filters) -> dict:
    """Facet counts of a search: ``{"facets", "counted", "capped"}`` (see ``store.facets``: at most the
    newest ``FACET_LIMIT`` matches are counted)."""
    from ..store.titles import story_titles

    found = store_facets.facet_summary(corpus.store, query, filters, limit=store_facets.FACET_LIMIT)
    stories = found["facets"].get("story") or []
    titles = story_titles(corpus.store, [v["value"] for v in stories])
    for value in stories:
        value["label"] = titles.get(value["value"]) or value["value"]
    return found


# --- one article -------------------------------------------------------------------------------------


def record_or_404(corpus: Corpus, article_id: str) -> RecordDict:
    record = corpus.get(article_id)
    if record is None:
        raise not_found(f"no stored article with id or URL {article_id!r}; search for it at /search?q=…")
    return record


def article_view(corpus: Corpus, article_id: str, events_min_confidence: float = 0.5,
                 sources_min_confidence: float = 0.0) -> dict:
    """An article with its highlighted body, its sources and what each said, its provenance drawing, its
    events as claims (those below ``events_min_confidence`` folded away and not underlined) and the
    corrections users made to it. Sources and quotes below ``sources_min_confidence`` are marked
    ``unsure`` (issue 12: the page shows them as unsure rather than hiding them)."""
    from ..store import corrections as store_corrections
    from . import claims
    from .worldmap import record_points, world_map

    record = record_or_404(corpus, article_id)
    events = claims.event_claims(record, events_min_confidence)
    shown = {c["key"] for c in events["shown"]}
    marks = highlight.record_marks({**record, "events": [e for e in record.get("events") or ()
                                                          if claims.key("event", e) in shown]})
    said: dict[str | None, list[dict]] = {}
    for quote in record.get("quotes") or ():
        said.setdefault(quote.get("source_id"), []).append(
            {**quote, "unsure": _unsure(quote, sources_min_confidence)})
    side = [{**s, "key": source_key(s.get("kind"), s.get("name")), "said": said.get(s.get("id"), []),
             "unsure": _unsure(s, sources_min_confidence) or _only_unsure(said.get(s.get("id"), []))}
            for s in record.get("sources") or ()]
    tree = provenance_tree(record)
    published = record.get("published") or {}
    return {"record": record, "paragraphs": highlight.paragraphs(record.get("body") or "", marks),
            "sources": side, "tree": tree, "drawing": svg.provenance_drawing(tree),
            "conflicts": published.get("conflicts") or [], "published": published.get("value"),
            "outlet": (record.get("outlet") or {}).get("name"), "safe_url": safe_href(record.get("url")),
            "links": [{**link, "href": safe_href(link.get("url"))} for link in record.get("links") or ()],
            "unquoted": said.get(None, []), "events": events,
            "map": world_map(record_points(record), "Places the article mentions"),
            "corrections": claims.with_corrections(record, store_corrections.of_article(corpus.store, record["id"]))}


def below(item: Mapping[str, Any], floor: float) -> bool:
    """Whether a source's or quote's confidence is under ``floor`` (no confidence counts as under)."""
    confidence = item.get("confidence")
    return floor > 0 and (not isinstance(confidence, (int, float)) or confidence < floor)


def _unsure(item: Mapping[str, Any], floor: float) -> bool:
    """Below the floor, or a speaker left unresolved (a pronoun or role with no clear antecedent)."""
    return below(item, floor) or item.get("speaker_resolved") is False


def _only_unsure(quotes: list[dict]) -> bool:
    """A source known only through quotes that are all unsure is itself unsure (a spurious quote's speaker)."""
    return bool(quotes) and all(q["unsure"] for q in quotes)


def safe_href(url: str | None) -> str | None:
    """Only http(s) links become links; ``javascript:``, ``data:`` and the rest stay text."""
    if url and re.match(r"^https?://[^\s]+$", url.strip(), re.I):
        return url.strip()
    return None


# --- sources -----------------------------------------------------------------------------------------


def source_view(corpus: Corpus, key: str) -> dict:
    """A source across the corpus: the articles citing it, what it said, who it is known through."""
    kind, _, words = key.partition(":")
    found = profiles.source_mentions(corpus.store, kind, [w for w in words.split("-") if w][:6], limit=SOURCE_LIMIT)
    rows = [r for r in found if source_key(r["kind"], r["name"]) == key]
    if not rows:
        raise not_found(f"no source {key!r} in the corpus; see /api/sources for the list")
    said = profiles.quotes_of_sources(corpus.store, [(r["article_id"], r["source_id"]) for r in rows if r["source_id"]])
    names = sorted({r["name"] for r in rows})
    return {"key": key, "name": names[0], "names": names, "kind": kind,
            "descriptions": sorted({r["description"] for r in rows if r["description"]}),
            "articles": _unique(rows, "article_id"), "quotes": said,
            "outlets": sorted({r["outlet"] for r in rows if r["outlet"]}), "capped": len(found) >= SOURCE_LIMIT}


def _unique(rows: list[dict], key: str) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        if row[key] not in seen:
            seen.add(row[key])
            out.append(row)
    return out


def source_list(corpus: Corpus, name: str | None, kind: str | None, limit: int, offset: int) -> list[dict]:
    found = profiles.source_summary(corpus.store, name, kind, limit=limit, offset=offset)
    return [{**row, "id": source_key(row["kind"], row["name"])} for row in found]


# --- outlets -----------------------------------------------------------------------------------------


def _outlet_norm(name: str | None) -> str:
    text = (name or "").casefold().strip()
    text = text.removeprefix("www.")
    return text.removeprefix("the ").strip()


def outlet_view(corpus: Corpus, name: str) -> dict:
    """An outlet's profile: its articles, the sources it relies on, its anonymous share by month, its citations."""
    chosen = next((n for n in dict.fromkeys([name, name.removeprefix("the ").removeprefix("The "), "The " + name])
                   if profiles.outlet_articles(corpus.store, n, limit=1)), name)
    found = profiles.outlet_articles(corpus.store, chosen, limit=50)
    own = {_outlet_norm(chosen)} | {_outlet_norm(a[k]) for a in found for k in ("outlet", "outlet_domain") if a[k]}
    edges = citation_edges(corpus.store)
    cites = [e for e in edges if _outlet_norm(e["citing"]) in own and _outlet_norm(e["cited"]) not in own]
    cited_by = [e for e in edges if _outlet_norm(e["cited"]) in own and _outlet_norm(e["citing"]) not in own]
    if not found and not cites and not cited_by:
        raise not_found(f"no outlet {name!r} in the corpus: no articles by it and no article citing it")
    months = profiles.outlet_kinds_by_month(corpus.store, chosen)
    relied = [{**s, "key": source_key(s["kind"], s["name"])} for s in profiles.outlet_sources(corpus.store, chosen)]
    total = sum(m["sources"] for m in months)
    return {"name": found[0]["outlet"] if found else name, "articles": found, "sources": relied, "months": months,
            "chart": svg.share_chart(months), "cites": sorted(cites, key=lambda e: -e["count"]),
            "cited_by": sorted(cited_by, key=lambda e: -e["count"]),
            "anonymous_share": round(sum(m["anonymous"] for m in months) / total, 3) if total else None}


# --- stories -----------------------------------------------------------------------------------------


def story_view(corpus: Corpus, story_id: str) -> dict:
    """A story: who reported first, who copied whom, whom each cites, and how its quotes changed."""
    from ..link import quote_groups
    from ..link.text import Article

    records = queries.story_records(corpus.store, story_id, limit=STORY_LIMIT)
    if not records:
        raise not_found(f"no story {story_id!r}; stories exist after `newstrace link`")
    first = next((r for r in records if (r.get("published") or {}).get("value")), records[0])
    entries = [_timeline_entry(r, r is first) for r in records]
    titles = {r["id"]: r.get("title") for r in records}
    groups = quote_groups([Article.of(r) for r in records[:DRIFT_LIMIT]])
    for group in groups:
        group["first"]["title"] = titles.get(group["first"]["article_id"])
        for appearance in group["appearances"]:
            appearance["title"] = titles.get(appearance["article_id"])
    return {"story_id": story_id, "title": story_title(records), "articles": entries,
            "first_reporter": entries[records.index(first)],
            "copies": [{"id": e["id"], "duplicate_of": e["duplicate_of"]} for e in entries if e["duplicate_of"]],
            "quotes": groups, "timeline": svg.timeline(entries[:DRIFT_LIMIT]),
            "shown": {"articles": len(entries), "compared": min(len(entries), DRIFT_LIMIT), "limit": STORY_LIMIT}}


def story_title(records: Sequence[Mapping[str, Any]]) -> str | None:
    """The one title of a story, everywhere (home, story page, facets, exports): the title of its earliest
    published article that has one (``store.titles.story_titles`` gives the same from the database)."""
    return next((r.get("title") for r in records if r.get("title")), None)


def outlet_label(record: Mapping[str, Any]) -> str | None:
    """Who published an article: its outlet's name, else its domain, else its URL's host."""
    from urllib.parse import urlsplit

    outlet = record.get("outlet") or {}
    host = urlsplit(record.get("url") or "").hostname if record.get("url") else None
    return outlet.get("name") or outlet.get("domain") or (host.removeprefix("www.") if host else None)


def _timeline_entry(record: Mapping[str, Any], first: bool) -> dict:
    own = _outlet_norm((record.get("outlet") or {}).get("name"))
    cites = sorted({s["name"] for s in record.get("sources") or () if s.get("kind") == "outlet" and s.get("name")
                    and _outlet_norm(s["name"]) != own and not s.get("cited_by")})
    return {"id": record["id"], "title": record.get("title"), "outlet": outlet_label(record),
            "published": (record.get("published") or {}).get("value"), "duplicate_of": record.get("duplicate_of"),
            "cites": cites, "first": first}


# --- the corpus at a glance --------------------------------------------------------------------------


def home_view(corpus: Corpus) -> dict:
    from ..store.titles import story_titles

    stories = profiles.top_stories(corpus.store)
    titles = story_titles(corpus.store, [s["story_id"] for s in stories])
    return {"stats": corpus.stats(), "outlets": profiles.top_outlets(corpus.store),
            "stories": [{**s, "title": titles.get(s["story_id"]) or s["title"]} for s in stories],
            "recent": search(corpus.store, None, limit=10)}
