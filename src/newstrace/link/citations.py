"""Who re-reports whom: the outlet citation graph and the first reporter of each story.

An edge ``A -> B`` means an article published by outlet A cites outlet B, found two ways:
an ``outlet``-kind entry in the article's ``sources`` (method ``source``), or a link in the
body to a page on B's domain (method ``link``). Each edge carries the number of citing articles,
the first and last date, and the citing article ids. Outlets are keyed by a normalised name:
the domain without ``www.`` when known, else the lower-cased name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .text import Article, url_domain


@dataclass
class CitationEdge:
    citing: str
    cited: str
    count: int = 0
    first: date | None = None
    last: date | None = None
    methods: set[str] = field(default_factory=set)
    article_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"citing": self.citing, "cited": self.cited, "count": self.count,
                "first": self.first.isoformat() if self.first else None,
                "last": self.last.isoformat() if self.last else None,
                "methods": sorted(self.methods), "article_ids": self.article_ids}


def outlet_key(article: Article) -> str | None:
    if article.outlet_domain:
        return article.outlet_domain.lower().removeprefix("www.")
    return article.outlet.lower() if article.outlet else None


def cited_outlets(article: Article) -> dict[str, str]:
    """Outlet key -> method, for every other outlet this article cites."""
    own = outlet_key(article)
    own_name = (article.outlet or "").lower()
    cited: dict[str, str] = {}
    for source in article.sources:
        name = (source.get("name") or "").strip()
        if source.get("kind") == "outlet" and name and name.lower() not in (own, own_name):
            cited.setdefault(name.lower(), "source")
    for link in article.links:
        domain = url_domain(link.get("url"))
        if domain and domain != own and not (own and (domain.endswith("." + own) or own.endswith("." + domain))):
            cited.setdefault(domain, "link")
    return cited


def citation_graph(articles: Iterable[Article]) -> list[CitationEdge]:
    """Edges citing outlet -> cited outlet, most used first."""
    edges: dict[tuple[str, str], CitationEdge] = {}
    for article in articles:
        citing = outlet_key(article)
        if not citing:
            continue
        for cited, method in cited_outlets(article).items():
            edge = edges.setdefault((citing, cited), CitationEdge(citing, cited))
            edge.count += 1
            edge.methods.add(method)
            edge.article_ids.append(article.id)
            if article.day:
                edge.first = min(edge.first or article.day, article.day)
                edge.last = max(edge.last or article.day, article.day)
    return sorted(edges.values(), key=lambda e: (-e.count, e.citing, e.cited))


def first_reporters(articles: Sequence[Article], story_ids: Sequence[str]) -> dict[str, dict]:
    """Story id -> the earliest dated article of the story: ``{article_id, outlet, date}``."""
    earliest: dict[str, tuple[date, int]] = {}
    for position, (article, story) in enumerate(zip(articles, story_ids)):
        if article.day and (story not in earliest or (article.day, position) < earliest[story]):
            earliest[story] = (article.day, position)
    result: dict[str, dict] = defaultdict(dict)
    for story, (day, position) in earliest.items():
        article = articles[position]
        result[story] = {"article_id": article.id, "outlet": outlet_key(article), "date": day.isoformat()}
    return dict(result)
