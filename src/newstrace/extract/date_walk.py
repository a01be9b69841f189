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
from typing import Any

from lxml import etree

_ELEMENT = etree.Element  # lxml's tag filter for elements only (no comments, no processing instructions)
# Elements that can be date boxes (``date_boxes.is_box`` decides): a <time>, a <dd>, or an element with a class or
# an id that is not a script or a style. The XPath forms are kept for pages whose headline is not inside
# <body> and as the reference the walkers are tested against.
_MAYBE_BOX = "[self::time or self::dd or ((@class != '' or @id != '') and not(self::script or self::style))]"
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
    that can be date boxes, such as ``date_boxes.is_box``), those it accepts, tested once per element."""
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
    return tag in ("time", "dd") or (bool(el.get("class") or el.get("id")) and tag not in ("script", "style"))


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


class TextNode(str):
    """A text node as lxml's XPath gives it (``following::text()``): its text, the element it belongs to
    (``getparent``: the element it is the text of, or the element it follows for a tail) and ``is_tail``."""

    parent: Any
    is_tail: bool

    def getparent(self) -> Any:
        return self.parent


def _text_node(text: str, parent, is_tail: bool) -> TextNode:
    node = TextNode(text)
    node.parent, node.is_tail = parent, is_tail
    return node


def following_texts(el, n: int) -> Iterator[TextNode]:
    """``following::text()[position() <= $n]``: the first ``n`` text nodes after ``el`` (its own excluded), in
    document order, read from the tree as they are asked for: libxml2 collects the whole axis, every text node to
    the end of the page, before it keeps the first ``n`` (issue 15, speed)."""
    return islice(_following_texts(el), n)


def body_texts(tree, n: int) -> Iterator[TextNode]:
    """The first ``n`` text nodes of the page's first ``<body>`` (its own tail excluded), in document order, read
    as they are asked for: ``(//body//text())[position() <= $n]`` without collecting the whole page first."""
    body = next(tree.iter("body"), None)
    if body is None:
        return iter(())
    return islice(_body_texts(body), n)


def _body_texts(body) -> Iterator[TextNode]:
    if body.text is not None:
        yield _text_node(body.text, body, False)
    for child in body:
        yield from _subtree_texts(child)


def _following_texts(el) -> Iterator[TextNode]:
    while el is not None:
        if el.tail is not None:
            yield _text_node(el.tail, el, True)
        for sibling in el.itersiblings():
            yield from _subtree_texts(sibling)
        el = el.getparent()


def _subtree_texts(node) -> Iterator[TextNode]:
    """The text nodes of ``node``'s subtree and its tail, in document order (a comment's or a processing
    instruction's own content is no text node)."""
    if isinstance(node.tag, str) and node.text is not None:
        yield _text_node(node.text, node, False)
    if isinstance(node.tag, str):
        for child in node:
            yield from _subtree_texts(child)
    if node.tail is not None:
        yield _text_node(node.tail, node, True)


def preceding_texts(el, n: int) -> list[TextNode]:
    """``preceding::text()[position() <= $n]``: the ``n`` text nodes nearest before ``el`` (not in its ancestors'
    own text after it), in document order, as lxml returns them; read backwards from ``el`` as far as needed."""
    return list(islice(_preceding_texts(el), n))[::-1]


def _preceding_texts(el) -> Iterator[TextNode]:
    """Text nodes before ``el``, nearest first."""
    while el is not None:
        for sibling in el.itersiblings(preceding=True):
            yield from _reversed_texts(sibling)
        parent = el.getparent()
        if parent is not None and parent.text is not None:
            yield _text_node(parent.text, parent, False)
        el = parent


def _reversed_texts(node) -> Iterator[TextNode]:
    """``_subtree_texts(node)`` read backwards (its tail first)."""
    if node.tail is not None:
        yield _text_node(node.tail, node, True)
    if isinstance(node.tag, str):
        for child in reversed(node):
            yield from _reversed_texts(child)
        if node.text is not None:
            yield _text_node(node.text, node, False)
