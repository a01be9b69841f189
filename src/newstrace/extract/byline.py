"""The visible byline of an HTML page: trafilatura's author XPaths, evaluated cheaply.

trafilatura 2.3.1 finds bylines with ``AUTHOR_XPATHS`` (author classes, ``rel=author``,
``itemprop``) and drops those inside ``AUTHOR_DISCARD_XPATHS`` (comments, related boxes, figures).
Their ``re:test`` predicates call back into Python for every element of the page, which made the
byline search ~6 % of HTML extraction time. Here one pass over the elements with a marker regex
(``_MARKERS``, a superset of every rule) picks the few elements that could match, and the rules below, the same
tests as trafilatura's written as a table, decide in document order. The discard rules are tried
only on a candidate's ancestors and descendants, not on the whole page.
``tests/extract/test_byline.py`` checks that the answer equals trafilatura's XPaths'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree

# Every value any rule below can match holds one of these (a superset, to pick candidates fast).
_MARKERS = re.compile(r"uthor|byl|BBL|yline|username|screenname|writer|channel-name|submitted-by|posted-by"
                      r"|journalist-name|zuozhe|bianji|xiaobian")
_MARKED_ATTRIBUTES = ("class", "id", "rel", "itemprop", "data-testid", "data-component")
_MARKED = frozenset(_MARKED_ATTRIBUTES)


Test = Callable[[Any], bool]  # on an element
Rule = tuple[tuple[frozenset[str] | None, Test], ...]  # alternatives (tags, or None for any; test)


def _search(pattern: str, name: str) -> Test:
    compiled = re.compile(pattern)
    return lambda el: bool(compiled.search(el.get(name) or ""))


def _any_of(*tests: Test) -> Test:
    return lambda el: any(test(el) for test in tests)


def _equals(name: str, *values: str) -> Test:
    return lambda el: el.get(name) in values


def _contains(name: str, value: str) -> Test:
    return lambda el: value in (el.get(name) or "")


def _rel_me(el) -> bool:
    """XPath ``rel='me'``: a child element ``<rel>`` whose text is ``me``."""
    return any(child.tag == "rel" and child.xpath("string()") == "me" for child in el)


def _always(_el) -> bool:
    return True


# trafilatura.xpaths.AUTHOR_XPATHS, one row per expression, tried in this order.
AUTHOR_RULES: tuple[Rule, ...] = (
    ((frozenset("a address div link p span strong".split()), _any_of(
        _equals("rel", "author"), _equals("id", "author"), _equals("class", "author"),
        _equals("itemprop", "author name"), _rel_me, _equals("data-testid", "AuthorCard", "AuthorURL"),
        _search("author-?name|AuthorName|authorName", "class"))),
     (frozenset(("author",)), _always)),
    ((frozenset("a div h3 h4 p span".split()), _any_of(
        _equals("class", "byline", "username", "byl", "BBL"), _contains("itemprop", "author"),
        _search("author|zuozhe|bianji|xiaobian", "id"),
        _search("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name", "class"))),),
    ((None, _any_of(
        _contains("data-component", "Byline"), _contains("itemprop", "author"), _search("[Aa]uthor", "id"),
        _search("[Aa]uthor|screenname|writer|[Bb]yline", "class"))),),
)

# trafilatura.xpaths.AUTHOR_DISCARD_XPATHS: bylines inside these are not the article's.
_DISCARD_TAGS = frozenset("a div section span".split())
_DISCARD_TEST = _any_of(
    _equals("id", "comments"), _equals("class", "comments", "title", "date"),
    _search("^comments|comment-?list|ProductReviews", "id"),
    _search("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
            "|article-(?:share|support)|print|category|meta-date|meta-reviewer", "class"),
    _contains("data-component", "Figure"))


def visible_byline(tree) -> str | None:
    """The text of the first byline element outside discarded boxes, or None."""
    from trafilatura.utils import trim

    candidates = _candidates(tree)
    if not candidates:
        return None
    for el in _in_rule_order(candidates):
        if any(_discarded(node) for node in (el, *el.iterancestors())):
            continue
        content = trim(" ".join(_text_outside(el)))
        if content and 2 < len(content) < 120:
            return content
    return None


def _candidates(tree) -> list:
    """Elements that some author rule might match, in document order (one pass over the page,
    ~5 times faster than one XPath with the same tests; reading each element's attributes at once
    with ``items()`` is ~1.6 times faster than asking for the six names one by one)."""
    found, saw_rel = [], False
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag == "author":
            found.append(el)
            continue
        saw_rel = saw_rel or tag == "rel"
        for name, value in el.items():
            if name in _MARKED and value and _MARKERS.search(value):
                found.append(el)
                break
    if saw_rel:  # rule 1's ``rel='me'`` (a child element <rel>): rare enough for a second pass
        marked = set(found)
        found = [el for el in tree.iter() if el in marked or (isinstance(el.tag, str) and _rel_me(el))]
    return found


def _in_rule_order(candidates: list) -> list:
    """The candidates each rule matches, rule after rule (document order within a rule)."""
    return [el for rule in AUTHOR_RULES for el in candidates
            if any((tags is None or el.tag in tags) and test(el) for tags, test in rule)]


def _discarded(el) -> bool:
    if el.tag in ("time", "figure"):
        return True
    return el.tag in _DISCARD_TAGS and el.getparent() is not None and _DISCARD_TEST(el)


def _text_outside(el) -> list[str]:
    """``el.itertext()`` without the text of discarded descendants (their tails stay, as when pruned)."""
    if not any(_discarded(d) for d in el.iterdescendants()):
        return list(el.itertext())
    parts = [el.text] if el.text and isinstance(el.tag, str) else []
    for child in el:
        if not _discarded(child):
            parts.extend(_text_outside(child))
        if child.tail:
            parts.append(child.tail)
    return parts
