"""The article's headline on an HTML page: the element page dates are read around.

Split from ``dates.py`` (the cascade), which reads the date line right under this heading and the kicker
right above it.
"""

from __future__ import annotations

from lxml import etree

from . import date_patterns as pat
from .metadata import PageMeta

_SUBHEADINGS = etree.XPath("//body//h2|//body//h3")


def headline(tree, meta: PageMeta):
    """The article's heading: the ``<h1>`` that repeats the page title, else the first with some text
    (sites also wrap their logo in an ``<h1>``). An ``<h1>`` that is only a small part of the title (the
    site name of "Post title - Site name") gives way to an ``<h2>`` / ``<h3>`` that is most of it: blog
    templates put the site name in the ``<h1>`` and each post's title in an ``<h2>`` or ``<h3>``."""
    title = " ".join((meta.first("og:title", "twitter:title") or meta.title_tag or "").lower().split())
    first = matched = None
    for h1 in tree.iter("h1"):
        cover = _title_cover(h1, title)
        if cover is not None and cover >= pat.HEADLINE_COVER:
            return h1
        if matched is None and cover:
            matched = h1
        if first is None and cover is not None:
            first = h1
    if title:
        post = _without_site(title, matched)
        covers = [(max(_title_cover(h, title, within=True) or 0.0, _title_cover(h, post, within=True) or 0.0), -n, h)
                  for n, h in enumerate(_SUBHEADINGS(tree))]
        best = max(covers, default=None, key=lambda c: c[:2])
        if best is not None and best[0] >= pat.HEADLINE_COVER:
            return best[2]
    if matched is None and first is None:
        titles = dict.fromkeys(" ".join((t or "").lower().split()) for t in (title, meta.title_tag))
        return next((found for t in titles if t and (found := _title_text(tree, t)) is not None), None)
    return matched if matched is not None else first


_BODY_TEXT = etree.XPath("//body//text()[not(parent::script or parent::style or parent::title)]")


def _title_text(tree, title: str):
    """On a page without a heading that repeats the title: the element of the first text that is most of the
    title's start or end (a headline set in a ``<div class=title>`` or a ``<font>``)."""
    for text in _BODY_TEXT(tree):
        line = " ".join(text.lower().split())
        if len(line) >= 20 and (title.startswith(line) or title.endswith(line)) \
                and len(line) / len(title) >= pat.HEADLINE_COVER:
            parent = text.getparent()
            return parent.getparent() if text.is_tail else parent
    return None


def _without_site(title: str, h1) -> str:
    """The title without the site name an ``<h1>`` holds at its start or end ("Site blog: Post title" ->
    "post title"): a post's heading is then measured against the post's part of the title only."""
    if h1 is None:
        return title
    site = " ".join(h1.text_content().lower().split())
    if title.startswith(site):
        return title[len(site):].strip(" :|-–—·»").strip()
    if title.endswith(site):
        return title[:-len(site)].strip(" :|-–—·«").strip()
    return title


def _title_cover(heading, title: str, *, within: bool = False) -> float | None:
    """How much of the page title a heading of 10 characters or more repeats (0.0: it is not part of
    the title, or with ``within`` not inside it -- '3 comments on "Title"' is not a headline; None: too
    short to be a headline). A shorter heading counts only as the whole title or its first part
    (``_short_headline``)."""
    text = " ".join(heading.text_content().lower().split())
    if len(text) < 10:
        return 1.0 if _short_headline(heading, text, title) else None
    if not title or not (text in title or (title in text and not within)):
        return 0.0
    return min(len(text), len(title)) / max(len(text), len(title))


def _short_headline(heading, text: str, title: str) -> bool:
    """A heading of ``pat.SHORT_HEADLINE`` to 9 characters ("Ferry go", "Brexit?") is the headline when it is
    the whole page title or the first part of "Headline | Site" (issue 15: such headlines were passed over,
    and the date line beside them with them). Not a logo: not a link, not the last part of the title (the
    site's name stands there) nor the first part before a colon ("Site: Headline")."""
    if len(text) < pat.SHORT_HEADLINE or heading.find(".//a") is not None or heading.getparent().tag == "a":
        return False
    if text == title:
        return True
    match = pat.TITLE_SEPARATOR.search(title)
    return match is not None and title[:match.start()] == text and ":" not in match.group(0)
