"""trafilatura's extraction of one page, the same result for less work (issue 15, speed).

``bare_extraction(tree, options=...)`` with our options (python output, no metadata, comments off, balanced
focus) copies the page, prunes infinite-scroll boxes and comment sections from the copy with XPaths whose
EXSLT ``re:test`` calls back into Python twice for every ``<div>``, ``<section>`` or list of the page, and,
when its result is under 3,000 characters, measures the page's text (``html2txt``: a copy of the page and an
XPath with two regex call-backs for every element) to decide whether to retry in recall mode. Those steps
were ~15 % of the extract CLI's CPU on the eval HTML pages (set A, profiled).

``extract`` runs the same steps as trafilatura 2.3.1's ``trafilatura_sequence`` and the python-output tail of
``bare_extraction`` (``MIRRORS``), in the same order, with changes that leave the result unchanged:

- the raw-tree XPaths are evaluated as plain Python tests of the same elements and attributes (EXSLT's
  ``re:test`` is Python's ``re.search`` on the attribute value), only on the elements whose ids and classes
  hold a piece of text those tests need (``_suspects``), and the page is copied first
  only when one of them finds something to delete: nothing else in the sequence changes the tree it is given
  (every other step copies it first);
- in fast mode, the copy of the cleaned page kept for the comparison with the external extractors
  (which fast mode skips) is not made;
- the page-text measure is taken only when the result is short enough for the answer to matter: its length
  is at most the number of text characters in the body (whitespace not yet collapsed) plus the spaces
  ``html2txt`` inserts (two per element at most), so a result of at least ``ESCALATION_PAGE_SHARE`` of that
  bound cannot trigger the retry (two XPath numbers computed in C);
- when it is taken, and no class or id of the body could match the cookie-banner regex of
  ``BASIC_CLEAN_XPATH``, the cleaning uses that XPath without its regex branch (pure libxml2: the same
  elements, since the branch matches none), on a copy of the body only.

The main extractor's own per-element XPaths are replaced by Python tests too (``traf_xpaths.py``).
Any other trafilatura version or options go through ``bare_extraction`` itself. Checked against it on pages
we wrote (tests/test_issue15_cascade.py) and by identical records on the eval HTML sets (bench/extraction.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import copy
from functools import lru_cache
from typing import Any

from lxml import etree

from .traf_xpaths import MIRRORS
from .traf_xpaths import install as install_xpaths

# trafilatura's raw-tree XPaths as Python tests, in its order (xpaths.py: RAW_TREE_PRUNE_XPATH, then
# REMOVE_COMMENTS_AND_LISTS_XPATH); re:test is ``re.search`` on the attribute value, '' when it is missing.
_SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_SCROLL_BOX = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENTS_ID = "[Cc]omment(?!ary)|comol"
_COMMENTS_ID_ANY = re.compile(rf"^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)")
_COMMENTS_ID_LIST = re.compile(rf"^(?:{_COMMENTS_ID})")
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")


def _scroll_box(el, id_: str, class_: str) -> bool:
    """[self::div or self::section or self::aside][re:test(@id|@class, scroll)][not(.//h1) or box]"""
    return bool((_SCROLL.search(id_) or _SCROLL.search(class_)) and
                (el.find(".//h1") is None or _SCROLL_BOX.search(id_) or _SCROLL_BOX.search(class_)))


def _share_buttons(_el, _id: str, class_: str) -> bool:
    """[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]"""
    return "elementor-share-buttons" in class_


def _comments(el, id_: str, class_: str) -> bool:
    """[div, list, section, details, ol, ul][comment id or class][not(self::ol or self::ul) or ...]"""
    return bool((_COMMENTS_ID_ANY.search(id_) or _COMMENTS_CLASS.search(class_)) and
                (el.tag not in ("ol", "ul") or _COMMENTS_ID_LIST.search(id_) or _COMMENTS_CLASS.search(class_)))


_TEXT_CHARS = etree.XPath("string-length(.)")  # every text character of the element, no whitespace collapsed
_ELEMENTS = etree.XPath("count(descendant-or-self::*)")
# The element's text with XML whitespace runs collapsed (issue 15, speed): ``html2txt``'s text is the body's
# text with elements deleted and a space put at each side of block elements, whitespace runs collapsed by
# ``str.split`` (which splits at XML's four whitespace characters and more); a deletion never lengthens
# collapsed text and each space adds at most one character, so its length is at most this plus two per
# element. Tighter than ``_TEXT_CHARS`` on indented pages: the page text was measured on 17 of 43 dev set A
# pages that asked, 7 with it.
_COLLAPSED_CHARS = etree.XPath("string-length(normalize-space(.))")
# The elements any of those tests could accept: every piece of text their regexes or contains() need (case as
# written), in the id or class of one of their tags. A loop in Python, not an XPath: libxml2 spent ~1.5 us on
# each element of the page testing the tags and attributes in turn, five times what this loop takes.
_SUSPECT_TAGS = ("div", "section", "aside", "list", "details", "ol", "ul")
_SUSPECT_ID = re.compile("omment|comol|disqus_thread|mvp-post-add-|infinite")  # contains() of any, as literals
_SUSPECT_CLASS = re.compile("omment|mvp-post-add-|infinite|elementor-share-buttons")


def _suspects(tree) -> Iterator:
    """The descendants of ``tree`` that one of the raw-tree tests could accept, in document order."""
    for el in tree.iterdescendants(*_SUSPECT_TAGS):
        id_, class_ = el.get("id"), el.get("class")
        if id_ is not None and _SUSPECT_ID.search(id_) or class_ is not None and _SUSPECT_CLASS.search(class_):
            yield el


_BOXES = ("div", "section", "aside")
_RAW_PRUNES = ((_BOXES, _scroll_box), (_BOXES, _share_buttons))
_COMMENT_PRUNE = (("div", "list", "section", "details", "ol", "ul"), _comments)


def extract(tree, options) -> Any:
    """``bare_extraction(tree, options=options)``: a trafilatura ``Document`` or None."""
    import trafilatura

    if trafilatura.__version__ != MIRRORS or not _mirrored(options):
        return trafilatura.bare_extraction(tree, options=options)
    from trafilatura.metadata import Document
    from trafilatura.xml import xmltotxt

    install_xpaths()  # its per-element XPaths of the main extractor as Python tests (traf_xpaths.py)

    try:
        postbody, temp_text = _sequence(tree, options)
        _check_output(postbody, temp_text, options)
    except (TypeError, ValueError):
        return None
    document = Document()
    document.text = xmltotxt(postbody, options.formatting)
    document.raw_text = document.text
    document.body = postbody
    return document


def _mirrored(options) -> bool:
    return (options.format == "python" and not options.comments and options.focus == "balanced"
            and not options.with_metadata and not options.lang and not options.dedup and not options.url)


def _check_output(postbody, temp_text: str, options) -> None:
    """bare_extraction's checks on the result (tree size, minimal length) after the sequence."""
    from lxml.etree import strip_tags

    if options.max_tree_size:
        if len(postbody) > options.max_tree_size:
            strip_tags(postbody, "hi")
        if len(postbody) > options.max_tree_size:
            raise ValueError
    if len(temp_text) < options.min_output_size and 0 < options.min_output_comm_size:  # no comments: 0
        raise ValueError


def _sequence(tree, options) -> tuple[Any, str]:
    """trafilatura_sequence with comments off and balanced focus: body element and its text."""
    from trafilatura import core

    is_forum = core._forum_thread_page(tree)
    tree = _pruned(tree, (*_RAW_PRUNES, *(() if is_forum else (_COMMENT_PRUNE,))))
    cleaned_tree, cleaned_tree_backup = _prepare(tree, options)
    postbody, temp_text = core._extract_and_compare(cleaned_tree, cleaned_tree_backup, tree, options)
    if len(temp_text) < options.min_extracted_size:  # 3. baseline rescue
        b_body, b_text, b_len = core.baseline(tree)
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text
    if 0 < len(temp_text) < core.ESCALATION_MAX_LENGTH and _escalates(tree, len(temp_text)):
        postbody, temp_text = _escalation(tree, options, postbody, temp_text)
    return postbody, temp_text


def _prepare(tree, options) -> tuple[Any, Any]:
    """``_prepare_tree``: the cleaned and converted copy, and a copy of it before conversion, which only the
    comparison with the external extractors reads (full mode): in fast mode it is not made."""
    from trafilatura import core

    if not options.fast:
        return core._prepare_tree(tree, options, None)
    return core.convert_tags(core.tree_cleaning(copy(tree), options), options, None), None


def _escalation(tree, options, postbody, temp_text: str) -> tuple[Any, str]:
    """4. the recall retry (and jusText beside it in full mode), kept when clearly longer."""
    from trafilatura import core

    r_options = copy(options)
    r_options.focus = "recall"
    r_text = j_text = ""
    try:
        r_body, r_text = core._recall_retry(tree, r_options, None)
    except Exception:  # noqa: BLE001 -- as trafilatura: a failed retry keeps the first result
        pass
    if not options.fast:
        try:
            j_body, j_text = core.justext_rescue(copy(tree), options)
        except Exception:  # noqa: BLE001
            pass
    len_text, r_len, j_len = len(temp_text), len(r_text), len(j_text)
    if j_len > r_len and j_len > core.ESCALATION_JUSTEXT_RATIO * len_text:
        return j_body, j_text
    if r_len >= options.min_extracted_size and r_len > core.ESCALATION_ACCEPT_RATIO * len_text:
        return r_body, r_text
    return postbody, temp_text


def _pruned(page, tests) -> Any:
    """The page without the descendants the raw-tree ``tests`` delete, one test after the other (each deletes
    the suspects it accepts in document order, keeping tails, among those an earlier test left in the tree);
    copied first (as bare_extraction copies every page) only when something is to be deleted. Only suspects are
    tested: every element a test accepts is one, in the same document order. They are found in one pass over
    the page (and one over its copy), not once per test (issue 15, speed)."""
    from trafilatura.xml import delete_element

    if not any(el.tag in tags and test(el, el.get("id") or "", el.get("class") or "")
               for el in _suspects(page) for tags, test in tests):
        return page
    tree = copy(page)
    for el in _deleted(list(_suspects(tree)), tests):
        delete_element(el)
    return tree


def _deleted(suspects: list, tests) -> list:
    """The suspects the tests delete, in the order they delete them: test after test, document order within
    one, leaving out those inside an element an earlier test deleted (gone from the tree it searches then)."""
    deleted: list = []
    gone: set = set()
    for tags, test in tests:
        found = [el for el in suspects if el.tag in tags and test(el, el.get("id") or "", el.get("class") or "")
                 and not (gone and _inside(el, gone))]
        deleted += found
        gone.update(found)
    return deleted


def _inside(el, gone: set) -> bool:
    return el in gone or any(up in gone for up in el.iterancestors())


def _escalates(tree, text_chars: int) -> bool:
    """``text_chars < ESCALATION_PAGE_SHARE * len(html2txt(tree))``, measured only when it can be true."""
    from trafilatura import core

    body = tree.find(".//body")
    if body is None:
        return text_chars < core.ESCALATION_PAGE_SHARE * len(core.html2txt(tree))
    elements = _ELEMENTS(body)
    for text_bound in (_TEXT_CHARS, _COLLAPSED_CHARS):  # the cheaper bound first
        if text_chars >= core.ESCALATION_PAGE_SHARE * (text_bound(body) + 2 * elements):
            return False
    return text_chars < core.ESCALATION_PAGE_SHARE * len(_page_text(tree, body))


def _page_text(tree, body) -> str:
    """``html2txt(tree)``: the body's text after trafilatura's basic cleaning, block boundaries spaced."""
    from trafilatura.baseline import _spaced_text, html2txt
    from trafilatura.xml import delete_element

    cookie, plain = _basic_clean_parts()
    if plain is None or any(cookie.search(el.get("class") or "") or cookie.search(el.get("id") or "")
           for el in body.iterdescendants() if isinstance(el.tag, str)):
        return html2txt(tree)
    body = copy(body)
    for el in plain(body):
        delete_element(el)
    return _spaced_text(body)


@lru_cache(maxsize=1)
def _basic_clean_parts() -> tuple[re.Pattern, Any]:
    """BASIC_CLEAN_XPATH's cookie-banner regex (as EXSLT applies it: Python ``re``, ignoring case) and the
    XPath of its other branches (None when that XPath is not the one mirrored: html2txt is used)."""
    from lxml.etree import XPath
    from trafilatura.settings import _COOKIE_CONSENT_RE, BASIC_CLEAN_XPATH

    branch = f"|.//*[re:test(@class, '{_COOKIE_CONSENT_RE}', 'i') or re:test(@id, '{_COOKIE_CONSENT_RE}', 'i')]"
    if not BASIC_CLEAN_XPATH.path.endswith(branch):
        return re.compile(_COOKIE_CONSENT_RE, re.I), None
    return re.compile(_COOKIE_CONSENT_RE, re.I), XPath(BASIC_CLEAN_XPATH.path[:-len(branch)])


def readability(tree, options) -> tuple[Any, str]:
    """The readability candidate of a page as trafilatura's full cascade makes it: its fork of readability-lxml
    on the page pruned as in ``_sequence``, sanitised as when the cascade prefers it; (body, text)."""
    from trafilatura import core, external

    tree = _pruned(tree, (*_RAW_PRUNES, *(() if core._forum_thread_page(tree) else (_COMMENT_PRUNE,))))
    body, text = external.sanitize_tree(external.try_readability(copy(tree)), options)
    return body, text
