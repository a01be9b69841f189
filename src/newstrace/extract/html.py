"""HTML page -> article fields: body (trafilatura plus own rules), metadata, related, links."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..budget import Deadline
from ..errors import NewstraceError, error
from ..record import Link, Related
from ..textsafe import join_url, utf8
from . import dates as page_dates
from . import metadata as md
from .body import extract_body, join_blocks
from .language import detect_language, normalise_lang

MAX_ELEMENTS = 300_000
# An XML declaration, closed or not: ``<?xml … ?>``, ``<?xml … encoding="x">`` or a broken
# ``<?xml … encoding="garbage`` that runs into the first tag (issue 15: such pages gave NT202).
_XML_DECLARATION_RE = re.compile(r"^\ufeff?\s*<\?xml\b[^<>]*>?")
MAX_DEPTH_PROBE = 2_000
_RELATED_WORDS = (r"related|more-stories|more_stories|read-more|readmore|recommend|also-read|"
                  r"morenews|more-news|further|trending|popular|outbrain|taboola")  # lower case, any case matches
_RELATED_RE = re.compile(_RELATED_WORDS, re.I)
# The same search in lower-cased ASCII names (nearly all class and id values), case-sensitive: ``re`` skips to the
# words' first letters only without IGNORECASE; with it, every alternative is tried at every position, ~6 times
# slower (issue 15, speed). Same answer: lower-casing ASCII maps A-Z to a-z only, and the words are lower case.
_RELATED_LOWER_RE = re.compile(_RELATED_WORDS)


def parse_html(text: str) -> lxml_html.HtmlElement:
    """Parse with lxml; refuse pages that would blow the stack or the memory budget."""
    if len(text) > MAX_ELEMENTS * 2 and text.count("<") > MAX_ELEMENTS * 2:
        raise error("NT203", f"page has over {MAX_ELEMENTS} elements; it is not an article page "
                             "or must be split")
    text = _XML_DECLARATION_RE.sub("", text, count=1)  # lxml refuses str input that declares an encoding
    data = utf8(text)  # the page's UTF-8 form, already made by the sanitising step when the text is unchanged
    try:
        if data is None:  # not reached after sanitising (a lone surrogate); parsed as text
            tree = lxml_html.document_fromstring(text, parser=_parser())
        else:
            tree = lxml_html.document_fromstring(data, parser=_parser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise error("NT202", f"HTML could not be parsed ({exc}); check that the file is an HTML page") from exc
    if _too_deep(tree):
        raise error("NT203", f"page is nested more than {MAX_DEPTH_PROBE} elements deep; "
                             "it is not an article page")
    return tree


def _parser(*, deep: bool = True, encoding: str | None = None) -> etree.HTMLParser:
    """lxml.html's parser with a class lookup done in C: every element is an ``HtmlElement``
    (``lxml.html.HTMLParser`` asks a Python method for each element, to give form fields their own
    classes, which nothing here uses; that method was ~7 % of extraction time). No table of ``id``
    attributes either (``collect_ids``): only XPath's ``id()`` reads it, and nothing here calls that.
    ``deep`` (libxml2's "huge" option): elements up to 2,047 levels deep. Without it libxml2 stops the whole
    parse at level 256, and everything after that point is lost: an old page with a few hundred unclosed
    ``<font>`` tags lost its text and its date line below them (issue 15); ``_too_deep`` still refuses
    pages nested past MAX_DEPTH_PROBE. Input size is bounded before (``max_bytes``, MAX_ELEMENTS).
    ``encoding`` "utf-8" for a page given as its UTF-8 bytes (``parse_html``): a ``str`` is handed to libxml2 in
    Python's own layout (UCS-4, UTF-16 or Latin-1) and converted there, ~15 % of the parse; the page is already
    decoded, so its ``<meta charset>`` is not obeyed either way (issue 15, speed)."""
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=deep, collect_ids=False,
                              encoding=encoding)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity))
    return parser


def _too_deep(tree) -> bool:
    """The last element in document order (where a run of unclosed tags ends) lies too deep. It is
    reached by stepping into the last child element, level by level (``(//*)[last()]`` built the list
    of every element of the page to find it)."""
    depth, node = 1, tree  # levels counted with the root, as before
    while depth <= MAX_DEPTH_PROBE:
        child = next((c for c in reversed(node) if isinstance(c.tag, str)), None)
        if child is None:
            return False
        node, depth = child, depth + 1
    return True


def extract_html(text: str, *, url: str | None = None) -> dict[str, Any]:
    """Body and metadata of an HTML page as record fields. A page that fails keeps on its error record
    what was found before the failure (CONTRACT), its dates first: a page whose tree cannot be built is
    dated from what can be read of it (``_head_fields``), and a failure after the metadata (the body, a
    library's bug) keeps the metadata (issue 15)."""
    try:
        tree = parse_html(text)
    except NewstraceError as exc:  # NT202 / NT203
        exc.fields = {**_head_fields(text, url), **exc.fields}
        raise
    found: dict[str, Any] = {}
    try:
        return _extract_tree(tree, text, url, found)
    except NewstraceError as exc:
        exc.fields = {**found, **exc.fields}
        raise
    except Deadline as exc:  # the time budget ran out (in the body, mostly): the error record keeps the dates
        exc.fields = found
        raise
    except RecursionError:
        raise error("NT203", "page is nested too deeply to analyse; it is probably not an article page",
                    fields=found) from None
    except Exception as exc:  # a bug or a library failure: the error record keeps the page's metadata
        raise error("NT299", f"unexpected {type(exc).__name__}: {exc}; please report this page",
                    fields=found) from exc


def _extract_tree(tree, text: str, url: str | None, found: dict[str, Any]) -> dict[str, Any]:
    """``extract_html`` on a parsed page; ``found`` holds the fields as they are found."""
    meta = md.read_page_meta(tree)
    found.update(_page_dates(meta, tree, text, url))
    title, _title_method = md.find_title(tree, meta, url)
    description = md.find_description(meta)
    canonical = md.find_canonical(meta, url)
    base_url = url or canonical
    found.update({"title": title, "description": description, "canonical_url": canonical,
                  **_page_metadata(meta, tree, url)})
    fields = dict(found)
    related = find_related(tree, base_url)
    headlines = md.headline_texts(tree, meta, title)
    _drop_code(tree)  # everything that reads scripts is done; trafilatura would drop them from each copy
    article = extract_body(tree, base_url, headlines, description)
    body, links = join_blocks(article)
    fields["language"] = fields["language"] or (detect_language(body) if body.strip() else None)
    if not body.strip():  # the error record keeps what the page says about itself (CONTRACT)
        raise error("NT201", "no article text found in the HTML; the page may be only scripts, "
                             "a list of links or a paywall stub. If it is plain text, give it as text (analyze --format "
                             "text, a .txt file or a JSONL line with \"text\")",
                    fields=fields)
    return {
        "body": body,
        **fields,
        "related": tuple(_merge_related(related, article.related)),
        "links": tuple(Link(text=t, url=u, span=span) for t, u, span in links),
        "warnings": article.warnings,
    }


_BODY_TAG_RE = re.compile(r"<body[\s>]", re.I)
HEAD_REACH = 500_000  # characters of a page read for its head when the whole page cannot be parsed


def _head_fields(text: str, url: str | None) -> dict[str, Any]:
    """The dates of a page whose whole tree could not be built (NT202, NT203): read from the page parsed
    only to libxml2's default depth (256 levels, the rest dropped: the head and the date line above a run
    of unclosed tags are kept) when it is small enough, else from its head alone (meta tags, JSON-LD), and
    from its URL: what a page says about itself does not need its body."""
    if len(text) > MAX_ELEMENTS * 2:  # too big to parse again: its head only
        body = _BODY_TAG_RE.search(text, 0, HEAD_REACH)
        text = text[:body.start() if body else HEAD_REACH]
    text = _XML_DECLARATION_RE.sub("", text, count=1)
    try:
        tree = lxml_html.document_fromstring(text, parser=_parser(deep=False))
    except (etree.ParserError, ValueError):  # nothing to read: the URL may still date the page
        tree = lxml_html.document_fromstring("<html><head></head></html>", parser=_parser())
    return _page_dates(md.read_page_meta(tree), tree, text, url)


def _page_dates(meta: md.PageMeta, tree, text: str, url: str | None) -> dict[str, Any]:
    published, modified = page_dates.find_dates(meta, tree, text, url)
    return {"published": published, "modified": modified}


def _drop_code(tree) -> None:
    """Remove scripts (but JSON-LD, which trafilatura's fallback reads) and styles, keeping their tails,
    as trafilatura's cleaning does: it then copies and cleans a smaller tree (up to three times a page).
    Styles go in one C call; a script is looked at for its type first."""
    etree.strip_elements(tree, "style", with_tail=False)  # the tail stays where the element was
    for el in [el for el in tree.iter("script") if "ld+json" not in (el.get("type") or "")]:
        if el.getparent() is not None:
            el.drop_tree()  # lxml.html: the tail joins the previous sibling or the parent


def _page_metadata(meta: md.PageMeta, tree, url: str | None) -> dict[str, Any]:
    """Language (declared), outlet, authors, section and tags of the page (its dates: ``_page_dates``)."""
    return {
        "language": normalise_lang(meta.html_lang) or normalise_lang(meta.first("og:locale", "content-language")),
        "outlet": md.find_outlet(meta, url),
        "authors": tuple(md.find_authors(meta, tree)),
        "section": md.find_section(meta),
        "tags": tuple(md.find_tags(meta)),
    }


def _merge_related(found: list[Related], from_body: tuple[tuple[str, str], ...]) -> list[Related]:
    """Related headlines from marked containers, then linked teaser lines dropped from the body."""
    titles = {r.title for r in found}
    extra = [Related(title=t, url=u) for t, u in from_body if t and t not in titles]
    return found + extra


def _related(class_: str | None, id_: str | None) -> bool:
    """A box named like a related-links container (most boxes have no class or id: nothing to search)."""
    return (class_ is not None or id_ is not None) and _related_names(f"{class_ or ''} {id_ or ''}")


@lru_cache(maxsize=4096)
def _related_names(names: str) -> bool:
    """A page repeats its class names hundreds of times: each is searched once."""
    if names.isascii():
        return bool(_RELATED_LOWER_RE.search(names.lower()))
    return bool(_RELATED_RE.search(names))


def find_related(tree, base_url: str | None, limit: int = 30) -> list[Related]:
    """Headlines the page links as related, from containers named like it."""
    found: list[Related] = []
    seen: set[str] = set()
    boxes = [el for el in tree.iter("div", "section", "aside", "ul", "nav")
             if _related(el.get("class"), el.get("id"))]
    for a in (a for box in boxes for a in box.iter("a")):
        title = re.sub(r"\s+", " ", a.text_content()).strip()
        href = a.get("href")
        if len(title) < 20 or len(title.split()) < 4 or title in seen:
            continue
        seen.add(title)
        found.append(Related(title=title, url=join_url(base_url, href)))
        if len(found) >= limit:
            break
    return found
