"""trafilatura's XPaths that call back into Python for every element, as plain Python tests (issue 15, speed).

trafilatura's main extractor finds the article's container with ``BODY_XPATH`` and prunes it with
``OVERALL_DISCARD_XPATH``. Several of those expressions test ids and classes with EXSLT ``re:test``, which
lxml answers by calling a Python function for each element of the page, up to three times per expression:
on the eval HTML pages (set A) those calls were ~12 % of the extract CLI's CPU. Here each of them is the same
test written in Python (``re:test`` is Python's ``re.search`` on the attribute's value, ``''`` when it is
missing; ``@id|@class`` is the first of the two in the element's attribute order), ~5x faster; for
``BODY_XPATH``, whose result trafilatura reads only up to its first element, the walk stops at that element.

``install`` puts them into ``trafilatura.main_extractor`` (the one module that reads them; ``trafilatura.xpaths``
keeps the originals) only when trafilatura is the version mirrored and each expression's text is the one
mirrored, rebuilt here from trafilatura's own token lists; otherwise trafilatura's XPaths stay. Checked against
the XPaths on pages we wrote (tests/test_issue15_xpaths.py) and by identical records on the eval HTML sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

MIRRORS = "2.3.1"  # the trafilatura version mirrored here and in cascade.py
_TEXT_TAGS = ("div", "item", "list", "p", "section", "span")  # self::div or self::item or ...
_BOX_TAGS = ("article", "div", "main", "section")


def _first_of(el, first: str, second: str, a: str | None, b: str | None) -> str:
    """``string(@first|@second)``: the value of whichever of the two comes first on the element."""
    if a is None:
        return b or ""
    if b is None:
        return a
    return a if next(k for k in el.keys() if k in (first, second)) == first else b


class _Mirror:
    """A callable standing for one XPath: ``tags`` (None: every element) whose attributes pass ``test``,
    in document order; only the first one when ``first``."""

    def __init__(self, tags: tuple[str, ...] | None, test: Callable[[Any], bool], first: bool = False):
        self.tags, self.test, self.first = tags, test, first

    def __call__(self, tree) -> list:
        found = (el for el in self._elements(tree) if self.test(el))
        if self.first:
            return [el for el in (next(found, None),) if el is not None]
        return list(found)

    def _elements(self, tree) -> Iterator:
        return tree.iterdescendants(*self.tags) if self.tags else tree.iterdescendants(etree.Element)


def _overall_discard(tokens) -> tuple[str, _Mirror]:
    both = tokens._OVERALL_DISCARD_BOTH_TOKENS
    id_re = re.compile(tokens._alt(both + tokens._OVERALL_DISCARD_ID_TOKENS))
    class_re = re.compile(tokens._alt(both + tokens._OVERALL_DISCARD_CLASS_TOKENS))
    consent = re.compile(tokens._alt(tokens._CONSENT_ID_CLASS_TOKENS))

    def test(el) -> bool:
        get = el.get
        id_, class_ = get("id"), get("class")
        if (get("data-lp-replacement-content") is not None or "nav" in (get("role") or "").replace("N", "n")
                or "MostPopularStories" in (get("data-component") or "")):
            return True
        if id_ is None and class_ is None:  # no pattern here matches an empty string
            return False
        return bool(consent.search(_first_of(el, "id", "class", id_, class_))
                    or id_re.search(id_ or "") or class_re.search(class_ or ""))

    path = f"""
        .//*[self::div or self::item or self::list or self::p or self::section or self::span][
        @data-lp-replacement-content or
        contains(translate(@role, 'N', 'n'), 'nav') or
        contains(@data-component, 'MostPopularStories') or
        re:test(@id|@class, '{tokens._alt(tokens._CONSENT_ID_CLASS_TOKENS)}') or
        re:test(@id, '{tokens._alt(both + tokens._OVERALL_DISCARD_ID_TOKENS)}') or
        re:test(@class, '{tokens._alt(both + tokens._OVERALL_DISCARD_CLASS_TOKENS)}')]
        """
    return path, _Mirror(_TEXT_TAGS, test)


_HIDDEN_CLASS = re.compile(r"^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print|"
                           r" hidden| hide|noprint|notloaded")
_HIDDEN_ID = re.compile(r"reader-comments|akismet")


def _hidden(el) -> bool:
    get = el.get
    id_, class_, style = get("id"), get("class"), get("style")
    if id_ is None and class_ is None and style is None:  # most elements: no pattern matches an empty string
        return get("aria-hidden") == "true"
    return bool(class_ == "comments-title"
                or _first_of(el, "id", "class", id_, class_).startswith("reply-")
                or "hidden" in _first_of(el, "id", "style", id_, style)
                or style is not None and ("display:none" in style or "display: none" in style)
                or _HIDDEN_ID.search(id_ or "") or _HIDDEN_CLASS.search(class_ or "")
                or get("aria-hidden") == "true")


_HIDDEN_PATH = """
        .//*[@class='comments-title' or
        starts-with(@id|@class, 'reply-') or
        re:test(@id|@style, 'hidden') or
        contains(@style, 'display:none') or contains(@style, 'display: none') or
        re:test(@id, 'reader-comments|akismet') or
        re:test(@class, '""" + _HIDDEN_CLASS.pattern + """') or @aria-hidden='true']
        """


def _article_body(tokens) -> tuple[str, _Mirror]:
    id_re = re.compile(tokens._alt(tokens._ARTICLE_CONTENT_ID_TOKENS))
    class_re = re.compile(tokens._alt(tokens._ARTICLE_CONTENT_CLASS_TOKENS))

    def test(el) -> bool:
        get = el.get
        class_, id_ = get("class"), get("id")
        return bool(class_ in ("post", "entry") or get("itemprop") == "articleBody" or id_ == "articleContent"
                    or id_re.search(id_ or "") or class_re.search(class_ or ""))

    path = f"""
        .//*[self::article or self::div or self::main or self::section][
        @class='post' or @class='entry' or
        @itemprop='articleBody' or @id='articleContent' or
        re:test(@id, '{tokens._alt(tokens._ARTICLE_CONTENT_ID_TOKENS)}') or
        re:test(@class, '{tokens._alt(tokens._ARTICLE_CONTENT_CLASS_TOKENS)}')
        ][1]
        """
    return path, _Mirror(_BOX_TAGS, test, first=True)


def _story(tokens) -> tuple[str, _Mirror]:
    id_re = re.compile(tokens._alt(tokens._STORY_ID_TOKENS))
    class_re = re.compile(tokens._alt(tokens._STORY_CLASS_TOKENS))
    fulltext = re.compile("fulltext", re.I)

    def test(el) -> bool:
        get = el.get
        class_, id_ = get("class"), get("id")
        return bool(get("role") == "article" or id_ in ("article", "story")
                    or class_ in ("postarea", "art-postcontent", "text", "cell", "story")
                    or id_re.search(id_ or "") or fulltext.search(class_ or "") or class_re.search(class_ or ""))

    path = f"""
        (.//*[self::article or self::div or self::main or self::section][
        @role='article' or
        @id='article' or @id='story' or
        @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or
        re:test(@id, '{tokens._alt(tokens._STORY_ID_TOKENS)}') or
        re:test(@class, 'fulltext', 'i') or
        re:test(@class, '{tokens._alt(tokens._STORY_CLASS_TOKENS)}')
        ])[1]
        """
    return path, _Mirror(_BOX_TAGS, test, first=True)


def _main_content(tokens) -> tuple[str, _Mirror]:
    id_re = re.compile(tokens._alt(tokens._MAIN_CONTENT_ID_TOKENS))
    class_re = re.compile(tokens._alt(tokens._MAIN_CONTENT_CLASS_TOKENS))

    def test(el) -> bool:
        get = el.get
        class_, id_ = get("class") or "", get("id") or ""
        return bool(get("id") == "content" or get("class") == "content" or id_re.search(id_)
                    or class_re.search(class_) or "main-content" in id_.replace("C", "c").replace("M", "m")
                    or "main-content" in class_.replace("C", "c").replace("M", "m")
                    or "page-content" in class_.replace("C", "c").replace("P", "p"))

    path = f"""
        (.//*[self::article or self::div or self::main or self::section][
        @id='content' or @class='content' or
        re:test(@id, '{tokens._alt(tokens._MAIN_CONTENT_ID_TOKENS)}') or
        re:test(@class, '{tokens._alt(tokens._MAIN_CONTENT_CLASS_TOKENS)}') or
        contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), 'main-content') or
        contains(translate(@class, 'CP','cp'), 'page-content')
        ])[1]
        """
    return path, _Mirror(_BOX_TAGS, test, first=True)


def mirrors() -> dict[str, list] | None:
    """``{"OVERALL_DISCARD_XPATH": [...], "BODY_XPATH": [...]}`` with the mirrored expressions in place of
    trafilatura's, or None when trafilatura is not the version mirrored or one of its expressions differs."""
    import trafilatura
    from trafilatura import xpaths

    if trafilatura.__version__ != MIRRORS:
        return None
    discard, body = list(xpaths.OVERALL_DISCARD_XPATH), list(xpaths.BODY_XPATH)
    try:
        plan = ((discard, 0, _overall_discard(xpaths)), (discard, 1, (_HIDDEN_PATH, _Mirror(None, _hidden))),
                (body, 0, _article_body(xpaths)), (body, 2, _story(xpaths)), (body, 3, _main_content(xpaths)))
    except AttributeError:  # its token lists are not the ones mirrored
        return None
    for expressions, index, (path, mirror) in plan:
        if len(expressions) <= index or getattr(expressions[index], "path", None) != path:
            return None
        expressions[index] = mirror
    if len(discard) != 2 or len(body) != 5:
        return None
    return {"OVERALL_DISCARD_XPATH": discard, "BODY_XPATH": body}


_installed: list[bool] = []


def install() -> bool:
    """Put the mirrors into ``trafilatura.main_extractor`` once per process; True when they are in."""
    if not _installed:
        from trafilatura import main_extractor

        found = mirrors()
        if found is not None:
            for name, expressions in found.items():
                setattr(main_extractor, name, expressions)
        _installed.append(found is not None)
    return _installed[0]
