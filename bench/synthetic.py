"""Generated, bounded test material for the speed benchmarks: news-like articles, WARCs and records.

Nothing here comes from the eval sets; the words are made up from small tables and a fixed seed.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

OUTLETS = ("Harbour Wire", "Coast Daily", "Valley Post", "Capital Ledger", "Northern Star", "River Times")
PLACES = ("Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Tbilisi", "Accra", "Quito", "Riga", "Dhaka")
COUNTRIES = {"Lisbon": "PT", "Oslo": "NO", "Nairobi": "KE", "Lima": "PE", "Hanoi": "VN", "Tbilisi": "GE",
             "Accra": "GH", "Quito": "EC", "Riga": "LV", "Dhaka": "BD"}
PEOPLE = ("Ana Lopes", "Peter Okafor", "Mira Sato", "Jonas Berg", "Leila Haddad", "Carlos Ruiz", "Irina Volkova")
ROLES = ("a senior police official", "a ministry spokeswoman", "an aid worker", "a local trader", "the mayor")
TOPICS = ("flood", "election", "strike", "bridge", "harvest", "protest", "budget", "outbreak", "ceasefire", "port")
VERBS = ("reopened", "was delayed", "drew crowds", "was approved", "collapsed", "resumed", "was cancelled")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article(rng: random.Random, index: int) -> dict:
    """One made-up article: title, body with a dateline, quotes and attributions; outlet, place, date."""
    place, topic, outlet = rng.choice(PLACES), rng.choice(TOPICS), rng.choice(OUTLETS)
    person, role, verb = rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(VERBS)
    cited = rng.choice([o for o in OUTLETS if o != outlet])
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    paragraphs = [
        f"{place.upper()} ({outlet}) — The {topic} in {place} {verb} on {rng.choice(DAYS)}, "
        f"according to {cited}. Report {index} of the series.",
        f'"We did not expect the {topic} to move this fast," {person} told reporters in {place}.',
        f"{role.capitalize()}, who spoke on condition of anonymity, said the {topic} would be reviewed "
        f"by the end of the month. {person} added that talks with {rng.choice(PLACES)} would continue.",
        " ".join(f"Residents of {place} said the {rng.choice(TOPICS)} {rng.choice(VERBS)} last year as well."
                 for _ in range(rng.randint(2, 6))),
    ]
    return {"id": f"gen-{index}", "title": f"{topic.capitalize()} in {place} {verb} ({index})",
            "body": "\n\n".join(paragraphs), "outlet": outlet, "place": place, "country": COUNTRIES[place],
            "published": day, "person": person, "cited": cited, "topic": topic,
            "url": f"https://{outlet.lower().replace(' ', '')}.example/{topic}/{index}"}


def article_html(item: dict) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in item["body"].split("\n\n"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{item["title"]}</title>'
            f'<meta property="og:site_name" content="{item["outlet"]}">'
            f'<meta property="article:published_time" content="{item["published"]}T08:00:00+00:00"></head>'
            f'<body><nav>Home | World | Sport</nav><article><h1>{item["title"]}</h1>{paragraphs}</article>'
            f"<footer>© {item['outlet']}</footer></body></html>").encode("utf-8")


def write_warc(path: Path, pages: int, seed: int = 7) -> Path:
    """A WARC of ``pages`` request/response pairs (one gzip member per record)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newstrace bench"}))
        for index in range(pages):
            item = article(rng, index)
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "bench.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(item["url"], "request", http_headers=request))
            body = article_html(item)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(item["url"], "response", payload=io.BytesIO(body),
                                                          http_headers=headers, length=len(body)))
    return path


def record(item: dict) -> dict:
    """A stored-record-shaped dict for an article (as the full pipeline would roughly produce it)."""
    body = item["body"]
    person_at = body.index(item["person"])
    return {
        "id": item["id"], "schema_version": "1.0", "url": item["url"], "title": item["title"], "body": body,
        "language": "en", "outlet": {"name": item["outlet"], "domain": None, "method": "meta", "confidence": 0.9},
        "published": {"value": item["published"], "method": "meta", "confidence": 0.9},
        "sources": [
            {"id": "s1", "name": item["cited"], "kind": "outlet", "description": None, "mentions": [],
             "cited_by": None, "method": "rules", "confidence": 0.9},
            {"id": "s2", "name": item["person"], "kind": "person", "description": None,
             "mentions": [[person_at, person_at + len(item["person"])]], "cited_by": None, "method": "rules",
             "confidence": 0.8}],
        "quotes": [{"kind": "direct", "content": f"We did not expect the {item['topic']} to move this fast",
                    "speaker": item["person"], "source_id": "s2", "confidence": 0.9}],
        "places": [{"name": item["place"], "country": item["country"], "lat": None, "lon": None,
                    "feature": "city", "gazetteer_id": None, "confidence": 0.9}],
    }
