"""The article body of an HTML page: trafilatura's fast path, a fallback, then our own block rules.

The body is a list of blocks (paragraphs, headings, list items) joined with ``"\\n\\n"``. Links are
taken from the anchors trafilatura kept inside those blocks, so every link span points into a kept
paragraph. Our rules (the tables are in ``boilerplate.py``, with the F1 each one adds) were each
measured on the dev split of the extraction eval set with ``bench/extraction.py --ablate``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree

from ..textsafe import join_url
from . import boilerplate, cascade, language

# A fast-path body shorter than this is re-extracted with trafilatura's full cascade
# (readability / jusText comparison and recall escalation).
FAST_MIN_CHARS = 1_000
# ... but only when the page's paragraphs hold clearly more text than the fast path kept (or the page
# has no <p> at all): where the fast path already holds the paragraphs, the cascade never found more
# on the dev pages (0 of 24) and cost ~8 % of extraction time on set A; where it won, the page's
# paragraphs held 2.1-22x the fast text.
FULL_CASCADE_MIN_RATIO = 1.5
# ... and a fast body under FAST_FEW_CHARS when the page's paragraphs hold over FEW_CHARS_RATIO times its
# text (issue 15: on old pages the fast path can keep a header table of 1-2,000 characters beside an
# article of many paragraphs). Chosen on the non-Dragnet training pages from 2,000/5,000/none x 2/3/4/6
# (cascade candidates scored alone): 2,000 x 6 gains CleanEval 0.003 and leaves Dragnet unchanged, where
# lower ratios or no cap lost up to 0.005 (the cascade then prefers comments or lists).
FAST_FEW_CHARS = 2_000
FEW_CHARS_RATIO = 6.0
# ... or when it kept under 1/PAGE_TEXT_RATIO of the page's text (an article in bare <div>s or cells beside
# a few <p>). Chosen as above from 5/8/12/20: 20 gains CleanEval 0.0024 with Dragnet unchanged (5 and 8 lost
# up to 0.004 there).
PAGE_TEXT_RATIO = 20.0
# Put the page's displayed standfirst back when trafilatura dropped it (measured: see bench).
LEAD_RULE = True
# The fast result is also re-extracted when more than FULL_SHORT_SHARE of its blocks are under
# SHORT_BLOCK_CHARS characters (a navigation table, promo lines kept as text; issue 15). Chosen on the
# licence-compatible training pages with bench/train_body_trigger.py (300 CleanEval pages, mean 4-gram
# F1: fast 0.796, the old trigger 0.812, 0.45 here 0.823 firing on 44 % of them, 0.35 0.826 on 50 %,
# always-full 0.840). On the modern dev pages of the eval sets 0.45 fires on 2 of 83 (set A) and 3 of 99
# (set B) pages, 0.35 on 6 and 5, with the same F1 on tune and check (always-full lost 0.009 on set A
# check): 0.45 keeps most of the gain on old pages for less CPU. FULL_LINK_SHARE (link text) did not help.
SHORT_BLOCK_CHARS = 40
FULL_SHORT_SHARE = 0.45
FULL_LINK_SHARE = 1.1
FULL_KEEP_SHARE = 0.5
# Table-layout pages: a table row whose text is at least this share link text is navigation (dropped);
# a row with a cell of at least LAYOUT_CELL_CHARS characters is the article's cell (kept without pipes).
# The row's other cells of that length stay too, each a block, unless LAYOUT_CELL_LINK_SHARE of their text
# is link text (menus, linked headlines with blurbs). issue 15: keeping only the longest cell dropped the
# article where a row holds two columns of text. bench/extraction_training.py: CleanEval 0.861 -> 0.869 (of
# 0.8727 at share 0.5, 0.8725 at 0.25: prose cells there are mostly under 0.15 link text), table-layout pages
# 0.865 -> 0.875; no Dragnet page changes.
NAV_ROW_LINK_SHARE = 0.8
LAYOUT_CELL_CHARS = 200
LAYOUT_CELL_LINK_SHARE = 0.25
# Pages with more elements than this keep the fast result: the full cascade's comparisons (trafilatura's
# ``.//p//text()`` beside readability's) grow faster than the page, in C calls the time budget cannot stop
# (synthetic pages of 40,000 / 80,000 / 160,000 elements: 4.6 / 11.4 / 35.0 CPU s in extract_html, 1.6 / 3.5 /
# 7.5 s on the fast path; 97 s wall for the last one on a busy host, over the 60 s budget). The largest of the
# 2,844 eval and training pages has ~10,500 elements, so none of them changes (issue 15).
CASCADE_MAX_ELEMENTS = 50_000
LAYOUT_TABLE_SHARE = 0.5  # the share of the fast body's text in tables that makes it a layout table
# A fast body with LAYOUT_TABLE_SHARE of its text in tables but as many paragraphs as tables (an article's
# <p>s inside a layout cell, which _table_dominated leaves on the fast path) is also compared with the full
# cascade, and replaced when that holds LAYOUT_FULL_RATIO times its text (issue 15: the fast path kept one
# block of the layout -- a column, the first screens -- and the cascade's readability comparison the whole
# cell). Chosen on the non-Dragnet training pages from 0.5/1/1.2/1.5/2/3 (bench/extraction_training.py): 1.5
# and 2 gain alike (non-AGPL 0.8815 -> 0.8847, table layout 0.889 -> 0.894, 7 pages changed); under 1.5 a
# Dragnet page is lost, 3 keeps under half the gain. 2 is trafilatura's own ratio for preferring readability.
LAYOUT_FULL_RATIO = 2.0
# Chunked articles: paragraphs of at least this many characters identify a container, and the
# chunks are taken when the left-out paragraphs hold this share of the extracted text.
CHUNK_PARAGRAPH_CHARS = 80
CHUNK_MISSING_SHARE = 0.3
CHUNK_MAX_LINK_SHARE = 0.5  # chunk paragraphs with more link text than this are teasers, not the article
# ... and only when the chunks hold at least this share of the text they replace (issue 15: teaser blurbs
# that share a class with one paragraph of the article replaced a right body). On the non-Dragnet training
# pages the rule fired on 8: where it won the chunks held 0.39-1.0 of the extracted text, where it lost 0.01
# (0.30 on a page it left as it was); on the Dragnet pages (measured, not fitted) its two losses held 0.15
# and 0.27. bench/extraction_training.py: Dragnet 0.912 -> 0.913, the rest unchanged; dev sets unchanged.
CHUNK_MIN_COVER = 0.35
# Where the full cascade's body is taken, the readability candidate (trafilatura's fork of readability-lxml,
# as its cascade makes it) replaces it when it holds READABILITY_RATIO times its text (issue 15: on old pages
# the cascade kept one column or a part of the article where readability read the whole). Chosen on the
# non-Dragnet training pages from 1.2/1.5/2/3 (never: 0): 1.2 gains most there and does not lose on Dragnet
# (bench/extraction_training.py, mean page F1: non-AGPL 0.870 -> 0.875, table layout 0.880 -> 0.888, Dragnet
# 0.9007 -> 0.9015; always taking readability lost 0.003 on the non-Dragnet pages); dev sets unchanged.
READABILITY_RATIO = 1.2
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header"})
# Page furniture cut before trafilatura copies and cleans the tree (issue 15, speed): "off", "all"
# (every <nav>, <footer>, <aside>) or "links" (only those whose text is at least FURNITURE_LINK_SHARE
# link text and that do not hold the page's longest paragraph). trafilatura drops these from its cleaned
# tree anyway; cut first, its copies, raw-tree XPaths and fallbacks have ~40 % fewer elements to visit on
# modern pages (extraction CPU -9 % on the eval HTML pages). Measured with bench/train_body_rules.py on
# all 2,169 training pages: mean 4-gram F1 off 0.8785, all 0.8780 (6 pages changed), links 0.8785 (1
# changed); eval sets A and B: identical records with "links" (4 of 495 date-set bodies change, no date).
FURNITURE_MODE = "links"
FURNITURE_LINK_SHARE = 0.5
_CUT_TAGS = frozenset({"nav", "footer", "aside"})
_WS_RE = re.compile(r"[ \t\u00a0]+")
_LINK_MARKUP_RE = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_PAGE_TEXT_CHARS = etree.XPath("string-length(normalize-space(//body))")


@dataclass(frozen=True)
class Anchor:
    """A link kept by the extractor: its text and target, and where it sits in the block list."""

    text: str
    url: str
    block: int
    start: int  # offset inside the block


@dataclass(frozen=True)
class Body:
    blocks: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    method: str
    related: tuple[tuple[str, str], ...] = ()  # (headline, url) of linked teaser lines dropped from the body
    warnings: tuple[str, ...] = ()  # what the reader should know about how the body was found


def extract_body(tree, url: str | None, headlines: tuple[str, ...] = (), lead: str | None = None) -> Body:
    """Blocks of the article and the anchors inside them (``blocks`` empty when none found).

    ``headlines`` are the page's headline texts (dropped when repeated at the top); ``lead`` is the
    page's description, put back at the top when the page shows it and the extractor dropped it.
    """
    drop_furniture(tree)
    prune(tree)
    body_xml, method = _trafilatura_body(tree, url)
    warnings = (LARGE_PAGE_WARNING,) if method.endswith("+large") else ()
    if body_xml is None:
        return Body((), (), "none", warnings=warnings)
    blocks, anchors = _blocks_and_anchors(body_xml, url)
    chunks = _sibling_chunks(tree, blocks)
    if chunks is not None:
        blocks, anchors, method = *_paragraphs_with_anchors(chunks, url), method + "+chunks"
    blocks, anchors = _layout_cells(blocks, anchors)
    reasons = [reason or ("nav-row" if nav else None)
               for reason, nav in zip(boilerplate.drop_reasons(blocks, headlines), _nav_rows(blocks, anchors))]
    body = dataclasses.replace(_apply_mask(blocks, anchors, reasons, method), warnings=warnings)
    if LEAD_RULE and lead and body.blocks and boilerplate.shown_lead_missing(tree, lead, body.blocks):
        body = Body((_flat(lead), *body.blocks), tuple(Anchor(a.text, a.url, a.block + 1, a.start)
                                                      for a in body.anchors), body.method + "+lead", body.related,
                    body.warnings)
    return body


def drop_furniture(tree, mode: str | None = None) -> int:
    """Cut navigation, footers and asides from the tree (see FURNITURE_MODE); the number cut."""
    mode = FURNITURE_MODE if mode is None else mode
    if mode == "off":
        return 0
    found = [el for el in tree.iter(*_CUT_TAGS)  # outermost only (one pass in C, not an XPath union)
             if next(el.iterancestors(*_CUT_TAGS), None) is None]
    if mode == "links":
        found = [el for el in found if _mostly_links(el)]
        if found:  # the longest paragraph is looked for only when something would be cut
            longest = max(tree.iter("p"), key=lambda p: len(p.text_content()), default=None)
            found = [el for el in found if not _holds(el, longest)]
    for el in found:
        el.drop_tree()  # the tail joins the previous sibling or the parent
    return len(found)


def _mostly_links(element) -> bool:
    text = _flat(element.text_content())
    return not text or _links_reach(element, text, FURNITURE_LINK_SHARE)


def _links_reach(element, text: str, share: float) -> bool:
    """Whether the text of the element's links (each flattened) is at least ``share`` of ``text``, the links read
    only until they reach it (a menu's first half): the running sum only grows, so the answer is the full sum's
    (issue 15, speed)."""
    linked = 0
    for a in element.iter("a"):
        linked += len(_flat(a.text_content()))
        if linked / len(text) >= share:
            return True
    return linked / len(text) >= share  # no link (a share of 0 is reached by none)


def _holds(element, descendant) -> bool:
    return descendant is not None and any(a is element for a in descendant.iterancestors())


@lru_cache(maxsize=2)
def _extractor(fast: bool) -> Any:
    """trafilatura's options for our calls, built once per mode (``bare_extraction`` builds them from its
    config file on every call, and it copies them before changing them): no url -- links are resolved in
    _blocks_and_anchors (against the page, not only its host), so trafilatura need not resolve every link
    of the page first (~4 % of extraction time)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", fast=fast, comments=False, tables=True, links=True,
                     with_metadata=False)


@lru_cache(maxsize=4)
def _prune_xpaths(expressions: tuple[str, ...]) -> tuple[etree.XPath, ...]:
    return tuple(etree.XPath(x) for x in expressions)


def prune(tree) -> None:
    """Remove what ``boilerplate.PRUNE_XPATHS`` matches from the page, keeping tails, once per page
    (passed as trafilatura's ``prune_xpath`` they were compiled and run on each copy it made)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    prune_unwanted_nodes(tree, list(_prune_xpaths(boilerplate.PRUNE_XPATHS)))


def _extract(tree, fast: bool) -> Any:
    """trafilatura's ``bare_extraction`` of the page, through cascade.py (the same result, less work)."""
    return cascade.extract(tree, _extractor(fast))


def candidates(tree, url: str | None) -> tuple[Any, Any]:
    """Both of trafilatura's results for a page, fast path and full cascade (bench/train_body_trigger.py)."""
    _preload_justext_stoplist()
    prune(tree)
    return _extract(tree, fast=True), _extract(tree, fast=False)


def trigger_features(tree, blocks: list[str], anchors: list[Anchor]) -> dict[str, float]:
    """What the fast result looks like: its length, the page's paragraph text beside it, the share of
    its blocks that are short (menus, navigation tables, promo lines) and of its text that is link text."""
    chars = sum(len(b) for b in blocks)
    return {"chars": chars, "paragraph_chars": sum(len(t.strip()) for t in paragraph_texts(tree)),
            "short_share": sum(len(b) < SHORT_BLOCK_CHARS for b in blocks) / len(blocks) if blocks else 1.0,
            "link_share": sum(len(a.text) for a in anchors) / chars if chars else 0.0}


def should_run_full(features: dict[str, float], short_share: float | None = None,
                    link_share: float | None = None) -> bool:
    """The old rule (a short fast result with much more paragraph text on the page, or none), or a fast
    result made mostly of short blocks or of link text."""
    short_share = FULL_SHORT_SHARE if short_share is None else short_share
    link_share = FULL_LINK_SHARE if link_share is None else link_share
    chars, paragraphs = features["chars"], features["paragraph_chars"]
    old = (chars < FAST_MIN_CHARS and (paragraphs == 0 or paragraphs > FULL_CASCADE_MIN_RATIO * chars)
           or chars < FAST_FEW_CHARS and paragraphs > FEW_CHARS_RATIO * chars)
    return old or features["short_share"] > short_share or features["link_share"] > link_share


def _trafilatura_body(tree, url: str | None) -> tuple[Any, str]:
    """trafilatura's body XML: the fast path, or the full cascade when the fast one is short."""
    doc: Any = _extract(tree, fast=True)
    fast_text = (doc.text or "") if doc is not None else ""
    short = doc is None or (len(fast_text) < FAST_FEW_CHARS and _more_paragraph_text(tree, fast_text))
    deficient = short or _mostly_short_blocks(fast_text) or _table_dominated(doc.body)
    if not deficient and not _in_layout_table(doc.body):
        return doc.body, "trafilatura-fast"
    if too_large_for_cascade(tree):
        return (doc.body, "trafilatura-fast+large") if doc is not None else (None, "none+large")
    _preload_justext_stoplist()
    full: Any = _extract(tree, fast=False)
    full_chars = len(full.text or "") if full is not None else 0
    # A short fast result is replaced by a longer one; a fast result of many short blocks (menus,
    # navigation tables, promos) by the cascade's unless that keeps under FULL_KEEP_SHARE of its text;
    # a fast result in a layout table by one LAYOUT_FULL_RATIO times as long.
    if short:
        take = full_chars > len(fast_text)
    else:
        take = full_chars >= (FULL_KEEP_SHARE if deficient else LAYOUT_FULL_RATIO) * len(fast_text)
    if take:
        return _readability_vote(tree, full)
    return (doc.body, "trafilatura-fast") if doc is not None else (None, "none")


def too_large_for_cascade(tree) -> bool:
    """More than CASCADE_MAX_ELEMENTS elements in the page (counted in one pass in C)."""
    return sum(1 for _ in tree.iter()) > CASCADE_MAX_ELEMENTS


LARGE_PAGE_WARNING = (f"page of over {CASCADE_MAX_ELEMENTS:,} elements: the body is trafilatura's fast extraction, "
                      "not checked against the full cascade (too slow on a page this size); split the page for a "
                      "closer body")


def _readability_vote(tree, full) -> tuple[Any, str]:
    """The cascade's body, or the readability candidate when that holds READABILITY_RATIO times its text."""
    if not READABILITY_RATIO:
        return full.body, "trafilatura-full"
    body, text = cascade.readability(tree, _extractor(False))
    if len(text) >= READABILITY_RATIO * len(_LINK_MARKUP_RE.sub(r"\1", full.text or "")):
        return body, "readability"
    return full.body, "trafilatura-full"


def _mostly_short_blocks(text: str) -> bool:
    """The fast text's lines measured as the trigger was fitted (trigger_features: the body's blocks): link
    markup ``[text](target)`` read as its text, runs of spaces as one (issue 15: table rows of links padded
    with spaces counted as long lines, and a page of short link rows stayed on the fast path)."""
    blocks = [_norm(line) for line in _LINK_MARKUP_RE.sub(r"\1", text).split("\n")]
    blocks = [block for block in blocks if block]
    return bool(blocks) and sum(len(b) < SHORT_BLOCK_CHARS for b in blocks) / len(blocks) > FULL_SHORT_SHARE


def _table_dominated(body) -> bool:
    """The fast body has no paragraph text, or more tables than paragraphs with most of its text in them
    (a layout table): what trafilatura's cascade calls structurally deficient and compares with its
    readability extraction (issue 15: navigation and promo tables of table-layout pages). An article with
    data tables between its paragraphs holds less of its text in them (a quarter on a dev tune page; the
    training pages where the cascade won held 0.83-1.0). On the non-Dragnet training pages
    (bench/extraction_training.py) it fires on 56 of 800, on 4 of 1,369 Dragnet pages."""
    if next(paragraph_texts(body), None) is None:
        return True
    if len(body.findall(".//table")) <= len(body.findall(".//p")):
        return False
    return _table_text_share(body) >= LAYOUT_TABLE_SHARE


def _in_layout_table(body) -> bool:
    """At least LAYOUT_TABLE_SHARE of the fast body's text is in tables, however many paragraphs it has."""
    return _table_text_share(body) >= LAYOUT_TABLE_SHARE


def _table_text_share(body) -> float:
    outermost = [table for table in body.iter("table") if next(table.iterancestors("table"), None) is None]
    if not outermost:
        return 0.0
    total = sum(len(text) for text in body.itertext())
    return sum(len(text) for table in outermost for text in table.itertext()) / total if total else 0.0


def paragraph_texts(root) -> Iterator[str]:
    """The text under the <p> elements of ``root``'s tree, each text once: what XPath ``//p//text()`` gives,
    read in one walk. libxml2 merges the node sets of such a path in quadratic time (18 s on a page of 40,000
    paragraphs, past the document's time budget in one C call; issue 15). A <p> inside another is read with
    the outer one. ``root`` is a tree's root (the page, or trafilatura's body), so no <p> sits above it."""
    for paragraph in root.iter("p"):
        if next(paragraph.iterancestors("p"), None) is None:
            yield from paragraph.itertext()


def _more_paragraph_text(tree, kept: str) -> bool:
    """Under FAST_MIN_CHARS kept: True when the page's <p> text is over FULL_CASCADE_MIN_RATIO times the
    kept text, or when the page has no paragraph text (its article may be in bare <div>s that the
    fallbacks read); under FAST_FEW_CHARS (the caller asks only then): over FEW_CHARS_RATIO times, or the
    page's text over PAGE_TEXT_RATIO times."""
    paragraphs = sum(len(text.strip()) for text in paragraph_texts(tree))
    if len(kept) < FAST_MIN_CHARS and (paragraphs == 0 or paragraphs > FULL_CASCADE_MIN_RATIO * len(kept)):
        return True
    return paragraphs > FEW_CHARS_RATIO * len(kept) or _PAGE_TEXT_CHARS(tree) > PAGE_TEXT_RATIO * len(kept)


def _nav_rows(blocks: list[str], anchors: list[Anchor]) -> list[bool]:
    """Table rows ("| Home |", "| Sport | Weather |") whose text is almost all link text: the navigation
    and promo tables of table-layout pages. A table of data (results, figures) is not links, so it stays."""
    linked = [0] * len(blocks)
    for anchor in anchors:
        linked[anchor.block] += len(anchor.text)
    out = []
    for block, link_chars in zip(blocks, linked):
        text_chars = len(block.replace("|", "").replace(" ", ""))
        out.append(block.startswith("|") and text_chars > 0 and
                   link_chars >= NAV_ROW_LINK_SHARE * text_chars)
    return out


def _layout_cells(blocks: list[str], anchors: list[Anchor]) -> tuple[list[str], list[Anchor]]:
    """A table row that holds the article in a long cell (a layout table) becomes the text of its long
    cells, one block each: the short cells (menus, link columns) go. Every long cell stays (issue 15: one
    row can hold the article and a second column of text; keeping only the longest dropped the article)."""
    new_blocks: list[str] = []
    cells_of: dict[int, list[tuple[int, int, int]]] = {}  # block -> (start in it, length, new block index)
    anchors_in: dict[int, list[Anchor]] = {}
    for a in anchors:
        anchors_in.setdefault(a.block, []).append(a)
    for index, block in enumerate(blocks):
        cells = _long_cells(block, anchors_in.get(index, [])) if block.startswith("|") else []
        if not cells:
            new_blocks.append(block)
            continue
        cells_of[index] = []
        for start, text in cells:
            cells_of[index].append((start, len(text), len(new_blocks)))
            new_blocks.append(text)
    moved = []
    shift, position = {}, 0  # old block index -> new block index, for blocks kept whole
    for index in range(len(blocks)):
        if index in cells_of:
            position += len(cells_of[index])
        else:
            shift[index], position = position, position + 1
    for a in anchors:
        if a.block in shift:
            moved.append(Anchor(a.text, a.url, shift[a.block], a.start))
            continue
        for start, length, new_index in cells_of[a.block]:
            if start <= a.start and a.start + len(a.text) <= start + length:
                moved.append(Anchor(a.text, a.url, new_index, a.start - start))
    return new_blocks, moved


def _long_cells(block: str, anchors: list[Anchor]) -> list[tuple[int, str]]:
    """(offset, text) of the cells of a table row of at least LAYOUT_CELL_CHARS characters: the longest,
    and the others unless LAYOUT_CELL_LINK_SHARE of their text is link text (a long menu)."""
    cells, position = [], 0
    for cell in block.split("|"):
        text = cell.strip()
        if len(text) >= LAYOUT_CELL_CHARS:
            cells.append((position + len(cell) - len(cell.lstrip()), text))
        position += len(cell) + 1
    longest = max(cells, key=lambda cell: len(cell[1]), default=None)
    return [(start, text) for start, text in cells if (start, text) == longest or
            sum(len(a.text) for a in anchors if start <= a.start < start + len(text)) < LAYOUT_CELL_LINK_SHARE * len(text)]


def _preload_justext_stoplist() -> None:
    """Hand trafilatura's jusText fallback the cached union of the stop lists it would rebuild, when it first
    asks for it (its ``jt_stoplist_init``): the full cascade runs on some pages, jusText on few of them, and
    loading the union costs ~20 ms."""
    from trafilatura import external

    if not getattr(external, "JT_STOPLIST", ()) and hasattr(external, "jt_stoplist_init"):
        external.jt_stoplist_init = _justext_stoplist  # type: ignore[assignment]


def _justext_stoplist() -> frozenset[str]:
    from trafilatura import external

    words = language.justext_union()
    _keep_lowered(words)
    external.JT_STOPLIST = words  # type: ignore[assignment]
    return words


def _keep_lowered(words: frozenset[str]) -> None:
    """jusText turns the stop list it is given into a lower-cased frozenset on each page it classifies
    (``define_stoplist``, cached by the list's hash: for the union, 154,000 words lowered once, ~35 ms, and
    hashed on each later call); the union is that frozenset already (``language.justext_union``), so it is
    used as it is (issue 15, speed). Any other list still goes through jusText's own function."""
    from justext import core as justext_core

    define = justext_core.define_stoplist
    if getattr(define, "union", None) is words:
        return

    def define_stoplist(stoplist):
        return stoplist if stoplist is words else define(stoplist)

    define_stoplist.union = words  # type: ignore[attr-defined]
    justext_core.define_stoplist = define_stoplist


def _blocks_and_anchors(body_xml, base_url: str | None) -> tuple[list[str], list[Anchor]]:
    """Plain text lines of trafilatura's body with the ``ref`` anchors located inside them."""
    from lxml.etree import strip_tags
    from trafilatura.xml import xmltotxt

    refs = [(_norm("".join(ref.itertext())), ref.get("target") or "") for ref in body_xml.iter("ref")]
    strip_tags(body_xml, "ref")
    blocks = [_norm(line) for line in xmltotxt(body_xml, False).split("\n")]
    blocks = [b for b in blocks if b]
    anchors: list[Anchor] = []
    block, cursor = 0, 0
    for text, target in refs:
        if len(text) < 2 or not target or target.startswith(("javascript:", "#", "mailto:")):
            continue
        found = _find_from(blocks, text, block, cursor)
        if found is None:
            continue
        block, start = found
        cursor = start + len(text)
        url = join_url(base_url, target)
        if url:
            anchors.append(Anchor(text=text, url=url, block=block, start=start))
    return blocks, anchors


def _sibling_chunks(tree, blocks: list[str]) -> list | None:
    """The article's paragraphs when it is split over sibling containers of one class and the
    extractor kept only some of them (one ``<div class="body">`` per chunk between ads)."""
    known = {_key(b) for b in blocks if len(b) >= CHUNK_PARAGRAPH_CHARS}
    if not known:  # no paragraph to find its container by
        return None
    votes: dict[tuple[str, str], int] = {}
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None and parent.get("class") and _key(_flat(p.text_content())) in known:
            container = (parent.tag, parent.get("class"))
            votes[container] = votes.get(container, 0) + 1
    if not votes:
        return None
    tag, css = max(votes, key=votes.__getitem__)
    containers = [el for el in tree.iter(tag) if el.get("class") == css and not _in_furniture(el)]
    if len(containers) < 2:
        return None
    paragraphs = [(p, _flat(p.text_content())) for c in containers for p in c.iterchildren("p")]
    # issue 15: teaser boxes reuse the article's classes; a paragraph that is mostly link text is a teaser
    paragraphs = [(p, text) for p, text in paragraphs if text and not _links_reach(p, text, CHUNK_MAX_LINK_SHARE)]
    missing = sum(len(text) for _p, text in paragraphs
                  if len(text) >= CHUNK_PARAGRAPH_CHARS and _key(text) not in known)
    extracted = sum(len(b) for b in blocks)
    if missing < CHUNK_MISSING_SHARE * extracted:
        return None
    keys = {_key(text) for _p, text in paragraphs}
    return paragraphs if sum(len(b) for b in blocks if _key(b) in keys) >= CHUNK_MIN_COVER * extracted else None


def _in_furniture(element) -> bool:
    """Inside an <aside>, <nav>, <footer> or <header>: not where an article's text continues."""
    return any(parent.tag in _FURNITURE_TAGS for parent in element.iterancestors())


def _key(text: str) -> str:
    return text[:CHUNK_PARAGRAPH_CHARS]


def _paragraphs_with_anchors(paragraphs: list, base_url: str | None) -> tuple[list[str], list[Anchor]]:
    """Blocks and anchors from ``(element, flat text)`` paragraphs taken straight from the page."""
    blocks: list[str] = []
    anchors: list[Anchor] = []
    for p, text in paragraphs:
        cursor = 0
        for a in p.iter("a"):
            anchor, target = _flat(a.text_content()), a.get("href") or ""
            start = text.find(anchor, cursor) if len(anchor) >= 2 else -1
            url = join_url(base_url, target) if not target.startswith(("javascript:", "#", "mailto:")) else None
            if start >= 0 and url:
                anchors.append(Anchor(anchor, url, len(blocks), start))
                cursor = start + len(anchor)
        blocks.append(text)
    return blocks, anchors


def _find_from(blocks: list[str], text: str, block: int, cursor: int) -> tuple[int, int] | None:
    for index in range(block, len(blocks)):
        start = blocks[index].find(text, cursor if index == block else 0)
        if start >= 0:
            return index, start
    return None


def _norm(text: str) -> str:
    """Runs of spaces, tabs and no-break spaces as one space, the ends stripped. Most lines hold none but single
    spaces, which the substitution leaves as they are: three scans in C find that first (issue 15, speed)."""
    if "\t" not in text and "\u00a0" not in text and "  " not in text:
        return text.strip()
    return _WS_RE.sub(" ", text).strip()


def _flat(text: str) -> str:
    """All whitespace, line breaks included, collapsed to one space."""
    return " ".join(text.split())


def _apply_mask(blocks: list[str], anchors: list[Anchor], reasons: list[str | None], method: str) -> Body:
    new_index: dict[int, int] = {}
    kept: list[str] = []
    for index, (block, reason) in enumerate(zip(blocks, reasons)):
        if reason is None:
            new_index[index] = len(kept)
            kept.append(block)
    moved = tuple(Anchor(a.text, a.url, new_index[a.block], a.start) for a in anchors if a.block in new_index)
    related = tuple((boilerplate.related_title(blocks[a.block]), a.url) for a in anchors
                    if reasons[a.block] in boilerplate.RELATED_REASONS)
    return Body(tuple(kept), moved, method, tuple(dict.fromkeys(related)))


def join_blocks(body: Body, separator: str = "\n\n") -> tuple[str, list[tuple[str, str, tuple[int, int]]]]:
    """The body text and ``(text, url, span)`` for each anchor, spans into that text."""
    offsets, position = [], 0
    for block in body.blocks:
        offsets.append(position)
        position += len(block) + len(separator)
    links = [(a.text, a.url, (offsets[a.block] + a.start, offsets[a.block] + a.start + len(a.text)))
             for a in body.anchors]
    return separator.join(body.blocks), links
