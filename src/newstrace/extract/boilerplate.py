"""Boilerplate rules for HTML bodies: DOM pruning before extraction and block filters after it.

Both are data tables tried in order. ``PRUNE_XPATHS`` removes page furniture that trafilatura
keeps (``body.prune`` cuts it from the page, once, before trafilatura copies the page);
``BLOCK_RULES`` drops extracted blocks (the headline repeated at the top, "read more" and
newsletter lines, ...). Each rule was measured on the extraction dev split; ``bench/extraction.py
--ablate`` prints the F1 change of each one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml.etree import XPath

PRUNE_XPATHS: tuple[str, ...] = (
    # hover cards and tooltips inlined after a linked name ("Rep. Jane DoeJane DoeLatest headlines ...")
    # (written from the class attributes up: the same elements as //*[contains(@class, ...)] at half the
    # cost; it runs on every page)
    '//@class[contains(., "rollover") or contains(., "tooltip") or contains(., "popover") '
    'or contains(., "hovercard")]/..',
)


_NON_WORD_RE = re.compile(r"\W+")


def _normal(text: str) -> str:
    return _NON_WORD_RE.sub(" ", text).strip().casefold()


@lru_cache(maxsize=64)
def _normal_headlines(headlines: tuple[str, ...]) -> frozenset[str]:
    """The page's headlines normalised once (the headline rule asks for each of the first blocks)."""
    return frozenset(_normal(h) for h in headlines)


BlockRule = Callable[[list[str], int, tuple[str, ...]], bool]

# Lines that point elsewhere ("read more", "see also") in the languages of our news; matched at the
# start of a block, case-insensitively.
TEASER_CUES: tuple[str, ...] = (
    "read more", "read also", "read next", "see more", "see also", "also read", "related:", "related coverage",
    "related articles", "related stories", "recommended", "don't miss", "don’t miss", "more from", "more on this",
    "you may also like", "you might also like", "watch:", "listen:", "click here", "sign up", "subscribe",
    "follow us", "follow @", "get the latest", "have a tip", "share this", "advertisement",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "das könnte sie auch",
    "weiterlesen", "zum thema:", "anzeige",
    "lea también", "lee también", "vea también", "ver también", "le puede interesar", "te puede interesar",
    "puedes ver", "mira también", "síguenos", "siguenos", "suscríbete",
    "leia também", "leia mais", "veja também", "saiba mais",
    "lire aussi", "à lire aussi", "voir aussi",
    "czytaj też", "czytaj także", "czytaj więcej", "zobacz też", "zobacz także", "dowiedz się więcej",
    "leggi anche",
)
TEASER_MAX_CHARS = 220
# Credits and legal lines, matched anywhere in a short block.
CREDIT_RE = re.compile(
    r"^(?:image|photo|foto|picture|bild|imagen|credit|source|quelle|fuente|fotó)s?\s*(?:source|credit)?s?\s*:"
    r"|\((?:photo|image|credit|foto)s?\s*(?:credit)?s?\s*:[^)]*\)\W*$"
    r"|copyright\s*©|©\s*\d{4}|all rights reserved|alle rechte vorbehalten|todos los derechos reservados"
    r"|this copy is for your personal", re.I)
CREDIT_MAX_CHARS = 300
# A picture credit line of agency and photographer in capitals ("AFP / JANE DOE", "REUTERS/JOHN ROE").
AGENCY_CREDIT_RE = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})*\s*/\s*[A-Z][A-Z .'-]+$")


# Calls to action (follow, subscribe, newsletter, podcast, app) in a short block.
PROMO_START = (r"^(?:follow|listen to|join|get (?:the|access|our)|sign up|subscribe|download|if you enjoyed|"
               r"there's plenty more|tell us what|we want to hear|have a (?:news )?tip|"
               r"síguenos|siga|folgen sie|abonnieren|jetzt (?:abonnieren|anmelden))\b")
PROMO_ANYWHERE = (r"\bto your inbox\b|\bplease subscribe\b|\bsubscribe to (?:read|view|continue)"
                  r"|\balready a subscriber\b|\bto (?:view|read) the full (?:story|article)\b")
PROMO_RE = re.compile(f"{PROMO_START}|{PROMO_ANYWHERE}", re.I)
PROMO_MAX_CHARS = 260
# A block that merely names a newsletter is a promo only when short (a heading or menu item: "Free
# Newsletter") or shaped as a call to action or a menu (sign up / subscribe / enter your e-mail, cells
# split by "|"); prose that mentions one ("Newsletter subscribers may remember ...") stays (issue 15).
PROMO_MENTION_RE = re.compile(r"\bnewsletters?\b", re.I)
PROMO_MENTION_MAX_CHARS = 80
PROMO_ACTION_RE = re.compile(r"\bsign(?:ing)?[ -]?up\b|\bsubscri(?:be|ption)\b|\bregister\b|\benter your e-?mail\b"
                             r"|\be-?mail address\b|\bclick here\b|\|[^|]*\|", re.I)
# A run of short headline-like blocks right after a teaser heading is a related-links list.
RELATED_LINE_MAX_CHARS = 120


# ``PROMO_RE``, ``PROMO_MENTION_RE`` and ``CREDIT_RE`` searched the way they match, fast (issue 15, speed: a
# case-insensitive search tries every alternative at every character, ~30-60 us on a short block): the
# anchored part only at the start, the rest only when the lower-cased block holds a piece of text each of
# its alternatives needs. The pieces use no letter that matches another character ignoring case (as s
# matches ſ, k the Kelvin sign, i a dotless ı), so a block lacking them cannot match
# (tests/extract/test_issue15_promo.py checks this and the answers).
_PROMO_START_RE = re.compile(PROMO_START, re.I)
_PROMO_ANYWHERE_RE = re.compile(PROMO_ANYWHERE, re.I)
_PROMO_ANYWHERE_NEEDS = ("your", "plea", "be to", "already", "full")
_MENTION_NEEDS = ("letter",)
_CREDIT_NEEDS = ("all r", "vorbehalten", "derecho", "copy")  # or ":" (the credit labels), or "©"


def _needs(block: str, pieces: tuple[str, ...]) -> bool:
    lowered = block.lower()
    return any(piece in lowered for piece in pieces)


def _promo_match(block: str) -> bool:
    """``PROMO_RE.search(block)``."""
    return bool(_PROMO_START_RE.match(block) or _needs(block, _PROMO_ANYWHERE_NEEDS)
                and _PROMO_ANYWHERE_RE.search(block))


def _is_promo(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    block = blocks[index]
    if len(block) > PROMO_MAX_CHARS:
        return False
    if _promo_match(block):
        return True
    return _needs(block, _MENTION_NEEDS) and bool(PROMO_MENTION_RE.search(block)) and (
        len(block) <= PROMO_MENTION_MAX_CHARS or bool(PROMO_ACTION_RE.search(block)))


def _in_teaser_list(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    """A short line without final punctuation that follows a teaser heading or another such line."""
    runs = blocks.teaser_runs if isinstance(blocks, _Blocks) else _teaser_runs(blocks, headlines)
    return runs[index] and _headline_like(blocks[index])


class _Blocks(list):
    """The blocks of one ``drop_reasons`` call, with ``_teaser_runs`` of them worked out once."""

    teaser_runs: list[bool]


def _teaser_runs(blocks: list[str], headlines: tuple[str, ...]) -> list[bool]:
    """For each block, whether the run of headline-like blocks just before it holds a teaser heading or a list
    heading: one pass over the blocks, where walking back from every block took quadratic time on a page of
    thousands of short lines (a forum thread: 30 s; issue 15, time budget)."""
    runs, opened = [], False
    for index, block in enumerate(blocks):
        runs.append(opened)
        opened = _headline_like(block) and (
            opened or _is_teaser(blocks, index, headlines) or _is_list_heading(blocks, index, headlines))
    return runs


def _headline_like(block: str) -> bool:
    return len(block) <= RELATED_LINE_MAX_CHARS and not block.rstrip().endswith((".", "!", "?", "”", '"'))


# Blocks with no words ("-", "|").
EMPTY_RE = re.compile(r"^\W*$")
# A line that is only a time stamp ("Updated at 1:23 p.m.", "Published 12.03.2021, 10:15").
STAMP_RE = re.compile(r"^(?:last )?(?:updated|published|posted|aktualisiert|veröffentlicht|actualizado|publicado|"
                      r"atualizado|mis à jour|publié|aggiornato|zaktualizowano)\b(?:\s+\S+){0,6}\s*$", re.I)
# Headings that introduce a list of tags or topics (the list follows as short lines).
LIST_HEADINGS = {"tags", "tag", "temas", "themen", "schlagwörter", "schlagworte", "etiquetas", "tagi", "tópicos",
                 "topics", "mots-clés", "keywords"}
_LIST_HEADING_MAX = max(map(len, LIST_HEADINGS))


def _is_empty(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    return bool(EMPTY_RE.match(blocks[index]))


def _is_stamp(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    block = blocks[index]
    return len(block) <= 80 and any(ch.isdigit() for ch in block) and bool(STAMP_RE.match(block))


def _is_list_heading(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    heading = blocks[index].strip(" :")  # casefold never shortens: a longer block is no list heading
    return len(heading) <= _LIST_HEADING_MAX and heading.casefold() in LIST_HEADINGS


def _is_headline(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    """The page's headline repeated among the first blocks."""
    return index < 3 and _normal(blocks[index]) in _normal_headlines(headlines)


def _is_teaser(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    block = blocks[index]
    return len(block) <= TEASER_MAX_CHARS and block.lower().lstrip("-•*► ").startswith(TEASER_CUES)


def _is_credit(blocks: list[str], index: int, headlines: tuple[str, ...]) -> bool:
    block = blocks[index]
    return len(block) <= CREDIT_MAX_CHARS and bool(_credit_match(block) or AGENCY_CREDIT_RE.match(block))


def _credit_match(block: str) -> bool:
    """``CREDIT_RE.search(block)``: its labels need a colon, its legal lines "©" or one of ``_CREDIT_NEEDS``."""
    return (":" in block or "©" in block or _needs(block, _CREDIT_NEEDS)) and bool(CREDIT_RE.search(block))


BLOCK_RULES: tuple[tuple[str, BlockRule], ...] = (
    ("headline", _is_headline),
    ("teaser", _is_teaser),
    ("credit", _is_credit),
    ("promo", _is_promo),
    ("teaser-list", _in_teaser_list),
    ("empty", _is_empty),
    ("stamp", _is_stamp),
    ("list-heading", _is_list_heading),
)


def drop_reasons(blocks: list[str], headlines: tuple[str, ...]) -> list[str | None]:
    """For each block the name of the first rule in ``BLOCK_RULES`` that drops it, or None (kept)."""
    blocks = _Blocks(blocks)
    blocks.teaser_runs = _teaser_runs(blocks, headlines)
    return [next((name for name, rule in BLOCK_RULES if rule(blocks, index, headlines)), None)
            for index in range(len(blocks))]


def keep_mask(blocks: list[str], headlines: tuple[str, ...]) -> list[bool]:
    """True for each block that survives every rule in ``BLOCK_RULES``."""
    return [reason is None for reason in drop_reasons(blocks, headlines)]


# Dropped blocks that name another article: their linked headline goes to ``related``.
RELATED_REASONS = ("teaser", "teaser-list")
_CUE_PREFIX_RE = re.compile(r"^[^:|]{0,40}[:|]\s*")


def related_title(block: str) -> str:
    """The headline in a teaser line ("Read more: Mayor promises ferry" -> "Mayor promises ferry")."""
    if block.lower().lstrip("-•*► ").startswith(TEASER_CUES):
        return _CUE_PREFIX_RE.sub("", block, count=1).strip()
    return block.lstrip("-•*► ").strip()


LEAD_MIN_CHARS = 60
_LONG_TEXT = XPath(f"//body//text()[string-length() >= {LEAD_MIN_CHARS}]")


# A standfirst shown in the page's header (next to the headline) is header furniture, not body text.
HEADER_MARKERS = ("header", "heading", "hero", "title")
HEADER_ANCESTOR_LEVELS = 6


def shown_lead_missing(tree, lead: str, blocks: tuple[str, ...]) -> bool:
    """True when the page shows its description as a text block outside its header area but the
    body lacks it."""
    probe = _normal(lead)[:LEAD_MIN_CHARS]
    if len(probe) < LEAD_MIN_CHARS or any(probe in _normal(b) for b in blocks[:5]):
        return False
    word = _inner_word(probe)
    for node in _LONG_TEXT(tree):
        if word not in node.casefold():  # cannot hold the probe: not normalised
            continue
        if node.getparent().tag not in ("script", "style", "noscript") and probe in _normal(node):
            return not _in_header(node.getparent())
    return False


def _inner_word(probe: str) -> str:
    """The longest word inside the probe (a space on each side of it there; '' when none). A text that holds the
    probe once normalised holds this word once casefolded: ``_normal`` turns each run of non-word characters into
    one space and casefolds one character at a time, so the word is the casefolded form of a run of word
    characters of that text. Texts without it need not be normalised (issue 15, speed)."""
    return max(probe.split(" ")[1:-1], key=len, default="")


def _in_header(element) -> bool:
    for _level in range(HEADER_ANCESTOR_LEVELS):
        if element is None:
            return False
        marker = f"{element.tag} {element.get('class') or ''} {element.get('id') or ''}".lower()
        if any(word in marker for word in HEADER_MARKERS):
            return True
        element = element.getparent()
    return False
