"""Boxes around the dates of a page (split from ``dates.py``, issue 15): which elements can be date boxes, which are
the article's own (its ``<article>``'s footer, the headline's containers) and which hold other pages' or the site's
dates (related lists, comments, teaser strips, the site's header and footer)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import date_patterns as pat

HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def holds_dated_box(el, found: dict) -> bool:
    """A date line whose own parts are dated boxes ("<span class=date-updated>", "<span class=date-published>")
    gives way to them: they say which date is which."""
    return bool(found[el]) and any(found.get(inner) for inner in el.iterdescendants() if inner in found)


def unique_boxes(boxes: list) -> list:
    """Boxes whose kind (tag, class, parent's class) repeats are items of a list (teasers, comments),
    not the article's own date line."""
    kinds = [(el.tag, el.get("class"), el.getparent().get("class")) for el in boxes]
    counts = Counter(kinds)
    return [el for el, kind in zip(boxes, kinds) if counts[kind] < pat.REPEATED_BOX]


def is_box(el) -> bool:
    tag = el.tag
    if tag == "time":
        return True
    if tag == "dd":
        return dl_label(el) is not None
    if not isinstance(tag, str) or tag in ("script", "style"):
        return False
    ident = el.get("id")
    names = el.get("class") or ident
    return bool(names) and _box_names(f"{names} {ident or ''}")


def dl_label(el) -> str | None:
    """The date label a ``<dd>`` stands under: its ``<dt>`` ("Published", "Datum:", "Last updated") when that
    term is only a label of ``pat.LABEL_RE`` (issue 15: a ``<dl>`` of the article's facts, with no class)."""
    term = el.getprevious()
    if term is None or term.tag != "dt":
        return None
    label = " ".join(term.text_content().lower().split()).rstrip(":").strip()
    if not 0 < len(label) <= pat.DL_LABEL_LENGTH or pat.LABEL_RE.search(f"{label}:") is None:
        return None
    return label


@lru_cache(maxsize=4096)
def _box_names(names: str) -> bool:
    """A page repeats its class names hundreds of times: each is searched once."""
    return bool(pat.DATE_BOX_RE.search(names.lower()))


def in_list(el) -> bool:
    """Inside one of several alike, dated siblings (teaser cards, list items with a class)."""
    for _ in range(3):
        parent = el.getparent()
        if parent is None:
            return False
        kind = (el.tag, el.get("class"))
        alike = [child for child in parent if (child.tag, child.get("class")) == kind] if kind[1] else []
        if len(alike) >= pat.REPEATED_BOX and \
                sum(bool(HAS_YEAR.search(child.text_content()[:300])) for child in alike) >= pat.REPEATED_BOX:
            return True
        el = parent
    return False


def foreign_text(text, article: frozenset = frozenset()) -> bool:
    parent = text.getparent() if text is not None else None
    return parent is None or foreign(parent.getparent() if text.is_tail and parent.getparent() is not None
                                      else parent, article)


def update_flagged(el) -> bool:
    """An element whose class, id or itemprop calls it an update stamp (``date-updated``, ``dateModified``)."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
    return "updat" in marks or "modif" in marks


def foreign(el, article: frozenset = frozenset()) -> bool:
    """Inside a related list, a comment, the site's header or footer: the date is not the article's. The
    containers that hold the headline (``article``) are the article's own, whatever their names say (blog
    templates wrap every post in an ``hfeed`` or a ``widget Blog``)."""
    node, depth = el, 0
    while node is not None and node.tag not in ("body", "html") and depth < pat.FOREIGN_DEPTH \
            and node not in article:
        depth += 1
        if (pat.is_foreign_box(node) and not _own_footer(node, article)) or (node.tag == "header" and site_header(node)):
            return True
        node = node.getparent()
    return False


def _own_footer(node, article: frozenset) -> bool:
    """An HTML5 ``<footer>`` of the ``<article>`` that holds the headline (its "Posted on" line, its tags): the
    article's own small print, not the site's footer (issue 15: WordPress themes put the post's date there)."""
    if node.tag != "footer" or pat.FOREIGN_BOX_RE.search(f"{node.get('class') or ''} {node.get('id') or ''}".lower()):
        return False
    owner = next((up for up in node.iterancestors() if up.tag == "article"), None)
    return owner is not None and owner in article


def in_site_header(text) -> bool:
    return any(up.tag == "header" and site_header(up) for up in text.getparent().iterancestors()) or \
        (text.getparent().tag == "header" and site_header(text.getparent()))


def site_header(node) -> bool:
    """A ``<header>`` outside any ``<article>`` or ``<main>`` that holds the site's navigation (a ``<nav>`` or
    ``pat.SITE_HEADER_LINKS`` links) and no story title (``<h2>``, ``<hgroup>``): the site's, whose date is the
    day's (issue 15). HTML5 blog templates also put a post's own title and date line in a ``<header>``."""
    if any(up.tag in ("article", "main") for up in node.iterancestors()):
        return False
    if node.find(".//h2") is not None or node.find(".//hgroup") is not None:
        return False
    return node.find(".//nav") is not None or len(node.findall(".//a")) >= pat.SITE_HEADER_LINKS
