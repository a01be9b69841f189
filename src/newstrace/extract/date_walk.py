"""The elements page dates are read from, walked in Python instead of XPath where that is cheaper.

Split from ``dates.py`` (the cascade). libxml2 optimises only a literal ``[n]`` position predicate: an
XPath such as ``following::*[position() <= 400]`` collects the headline's whole following axis (thousands
of elements on a long page) before it keeps the first 400. Walking the tree from the headline stops at the
400th element. Each walker returns exactly what the XPath it replaces returned (the same elements in the
same order); tests/extract/test_issue15_dates.py compares them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

from lxml import etree

_ELEMENT = etree.Element  # lxml's tag filter for elements only (no comments, no processing instructions)
# Elements that can be date boxes (``dates._is_box`` decides): a <time>, or an element with a class or
# an id that is not a script or a style. The XPath forms are kept for pages whose headline is not inside
# <body> and as the reference the walkers are tested against.
_MAYBE_BOX = "[self::time or ((@class != '' or @id != '') and not(self::script or self::style))]"
FIRST_BOXES = etree.XPath(f"(//body//*)[position() <= $n]{_MAYBE_BOX}")
BOXES_AFTER = etree.XPath(f"following::*[position() <= $n][ancestor::body]{_MAYBE_BOX}")
BOXES_BEFORE = etree.XPath(f"preceding::*[position() <= $n][ancestor::body]{_MAYBE_BOX}")
# (a predicate comparing the attribute's value costs more than the test for it plus the comparison in Python)
_MARKUP_XPATH = etree.XPath("//body//*[@itemprop]")
_BODY_MARKUP = etree.XPath("descendant::*[@itemprop]")
_MARKUP_PROPS = {"datePublished", "datepublished", "dateModified", "datemodified"}


def markup_elements(tree) -> list:
    """The elements of ``<body>`` whose ``itemprop`` names a publication or modification date."""
    body = tree.find("body") if tree.tag == "html" else None
    found = _MARKUP_XPATH(tree) if body is None else _BODY_MARKUP(body)
    return [el for el in found if el.get("itemprop") in _MARKUP_PROPS]


def boxes_after(headline, n: int, keep: Callable[[object], bool] | None = None) -> list:
    """``BOXES_AFTER``: of the ``n`` elements that follow the headline (its own descendants excluded),
    those that can be date boxes, in document order; with ``keep`` (a test that accepts only elements
    that can be date boxes, such as ``dates._is_box``), those it accepts, tested once per element."""
    if not _in_body(headline):
        return [el for el in BOXES_AFTER(headline, n=n) if keep is None or keep(el)]
    return [el for el in islice(_following(headline), n) if (keep or _maybe_box)(el)]


def boxes_before(headline, n: int, keep: Callable[[object], bool] | None = None) -> list:
    """``BOXES_BEFORE`` read nearest first: of the ``n`` elements before the headline (its ancestors
    excluded), those that can be date boxes (with ``keep``: as ``boxes_after``)."""
    if not _in_body(headline):
        return [el for el in BOXES_BEFORE(headline, n=n)[::-1] if keep is None or keep(el)]
    return [el for el in islice(_preceding(headline), n) if (keep or _maybe_box)(el)]


def _maybe_box(el) -> bool:
    tag = el.tag
    return tag == "time" or (bool(el.get("class") or el.get("id")) and tag not in ("script", "style"))


def _in_body(el) -> bool:
    """Inside the one ``<body>`` (the walkers stop there; the XPath forms handle anything else)."""
    bodies = [a for a in el.iterancestors() if a.tag == "body"]
    return len(bodies) == 1


def _following(el) -> Iterator:
    """Elements after ``el`` in document order, its descendants excluded, to the end of ``<body>``."""
    while el is not None and el.tag != "body":
        for sibling in el.itersiblings(tag=_ELEMENT):
            yield sibling
            yield from sibling.iterdescendants(tag=_ELEMENT)
        el = el.getparent()


def _preceding(el) -> Iterator:
    """Elements before ``el``, nearest first, its ancestors excluded, back to the start of ``<body>``."""
    while el is not None and el.tag != "body":
        for sibling in el.itersiblings(tag=_ELEMENT, preceding=True):
            yield from _reversed_subtree(sibling)
        el = el.getparent()


def _reversed_subtree(root) -> Iterator:
    """``root`` and its descendant elements in reverse document order: the subtree listed by lxml in C and read
    backwards (issue 15, speed: a walk in Python, a generator per element, cost ~1/4 more on the dev pages)."""
    return reversed(list(root.iter(_ELEMENT)))
