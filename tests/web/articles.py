"""Short news articles written for these tests (nothing copied from anywhere): a wire scoop, a re-report
citing it with a reworded quote, a near copy of the re-report, an unrelated story, and a hostile page."""

from __future__ import annotations

import json
from pathlib import Path

HOSTILE_TITLE = '<script>alert("title")</script> Flood warning "><img src=x onerror=alert(1)>'
HOSTILE_OUTLET = 'Evil <b>News</b>"><img src=x onerror=alert(2)>'
HOSTILE_BODY = (
    "<script>alert('body')</script> Floodwater rose in Riga on Tuesday, city officials said. "
    "\"><img src=x onerror=alert('img')> Residents of the old town were told to leave their homes.\n\n"
    "<a href=\"javascript:alert('link')\">Read more</a> \"The river has never been this high in my lifetime,\" "
    "said Anna Berzina, a city spokeswoman.\n\n"
    "According to </textarea><svg onload=alert('svg')> Agency, the water will fall by Friday."
)


def _page(title: str, outlet: str, published: str, paragraphs: list[str], url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>'
            f'<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{title}">'
            f'<meta property="article:published_time" content="{published}">'
            f'<link rel="canonical" href="{url}"></head><body><nav>Home | World | Business</nav>'
            f"<article><h1>{title}</h1>{body}</article><footer>© {outlet}</footer></body></html>")


SCOOP = [
    "LISBON (Harbour Wire) — Dockworkers at the port of Lisbon walked off the job on Monday, halting "
    "the unloading of container ships for the first time since March 2019.",
    '"We will not unload a single ship until the pay deal is signed," union leader Marta Ivers told '
    "Harbour Wire outside the main gate.",
    "A senior port official, who spoke on condition of anonymity, said the strike could cost the port "
    "two million euros a day. The Portuguese transport ministry said talks would resume on Wednesday.",
    "Shipping companies diverted several vessels to Sines, a port south of the capital.",
]
REREPORT = [
    "PARIS (Coast Daily) — Dock workers in Lisbon have stopped unloading container ships, according to "
    "Harbour Wire, in a dispute over pay that began on Monday.",
    '"We will not unload one ship until the pay deal is signed," union leader Marta Ivers said, Harbour Wire '
    "reported. Shipping lines have sent vessels to Sines instead, the agency said.",
    "A port official quoted by Harbour Wire said the strike costs two million euros a day. Portugal's "
    "transport ministry expects talks to resume on Wednesday.",
]
BRIDGE = [
    "OSLO (Northern Star) — The city council of Oslo approved a new footbridge over the Akerselva river "
    "on Thursday after a two-year debate.",
    '"This bridge will link two neighbourhoods that have turned their backs on each other for too long," '
    "Mayor Ingrid Solberg told the council.",
    "Construction is expected to start in April and take eighteen months, the council said in a statement.",
]


def documents() -> list[dict]:
    """The JSONL documents of the test corpus (ids fixed, so tests can ask for them)."""
    return [
        {"id": "harbour-scoop", "html": _page("Lisbon dockworkers strike over pay", "Harbour Wire",
                                              "2025-03-03T09:00:00+00:00", SCOOP,
                                              "https://harbourwire.example/2025/03/03/lisbon-strike")},
        {"id": "coast-rereport", "html": _page("Lisbon port strike halts container ships", "Coast Daily",
                                               "2025-03-04T07:30:00+01:00", REREPORT,
                                               "https://coastdaily.example/world/lisbon-port-strike")},
        {"id": "valley-copy", "html": _page("Lisbon port strike halts container ships", "Valley Post",
                                            "2025-03-05T12:00:00+01:00", REREPORT,
                                            "https://valleypost.example/news/lisbon-port-strike")},
        {"id": "oslo-bridge", "html": _page("Oslo approves footbridge over the Akerselva", "Northern Star",
                                            "2025-02-13T15:00:00+01:00", BRIDGE,
                                            "https://northernstar.example/oslo/footbridge")},
        {"id": "hostile", "body": HOSTILE_BODY, "title": HOSTILE_TITLE, "outlet": HOSTILE_OUTLET,
         "url": "javascript:alert('url')", "published": "2025-03-06"},
    ]


def write_jsonl(path: Path, docs: list[dict] | None = None) -> Path:
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in (docs or documents())) + "\n",
                    encoding="utf-8")
    return path
