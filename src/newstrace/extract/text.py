"""Scraped page text -> article fields: a line classifier keeps the article and reads the furniture.

The page is split into visible lines; ``text_features.score_lines`` gives each line the probability
that it belongs to the article. The kept lines form the body; the furniture around them is read for
metadata: headline, byline, timestamp lines (published / modified), a section line above the
headline, a tag line and a run of related headlines after the article.

The classifier's weights (``data/text_classifier.json``) are fitted on the training pages of
``../shared/train/extraction/`` by ``bench/train_text_classifier.py``; the dev sets only choose the
keep thresholds (tune halves) and check them. Three rules refine the selection. Furniture the
classifier kept leaves: a "Label: headline" teaser line ("Read also: ..."), the headline-like lines
the selection starts with (the headline, read as the title: the training gold keeps headings, an
article body does not) and the site-boilerplate lines it ends with (newsletter, consent, legal). A lead paragraph just above the first kept line (between them only short
lines: byline, timestamp, credit) is kept, and copies are dropped: a repeated line, a short line that
only repeats the start of a longer kept paragraph (pull quote, deck), and a line that glues a run of
kept lines together (a teaser block repeating the article).
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import error
from .language import detect_language, stopwords
from .text_features import boilerplate_count, densest_block, is_label_teaser, model, score_lines, split_lines
from .text_meta import is_headline_like, is_meta_line, read_furniture

THRESHOLDS = ("region_threshold", "threshold", "outside_threshold")
FALLBACK_MIN_WORDS = 8  # a page where no line passes keeps its best prose line(s) of at least this length
LEAD_MIN_WORDS = 25  # a lead paragraph above the article: at least this long (a one-line deck is shorter)
LEAD_REACH = 5  # ... within this many lines above the first kept line
LEAD_GAP_WORDS = 12  # ... with only lines of at most this many words between (byline, timestamp, credit)
EDGE_BOILERPLATE = 2  # a kept line at the end with this many boilerplate phrases is site furniture
COPY_MIN_CHARS = 30  # a line this long that starts a longer kept line is a copy of its start
_SENTENCE_END_RE = re.compile(r"[.!?…。！？][\"”’»)\]」』]*$")


def extract_text(text: str, *, url: str | None = None, lang: str | None = None) -> dict[str, Any]:
    lines = split_lines(text)
    language = lang or page_language(lines)
    probs = score_lines(lines, stopwords(language))
    kept = select_body(lines, probs)
    article = [i for i in kept if not is_meta_line(lines[i])]
    if not article:
        raise error("NT201", "no article text found in the page text; it may be only menus and headlines")
    body = "\n\n".join(lines[i] for i in article)
    fields: dict[str, Any] = {"body": body, "language": lang or detect_language(body) or language}
    fields.update(read_furniture(lines, kept, url, fields["language"]))
    return fields


def page_language(lines: list[str]) -> str | None:
    """Language of the page, judged on its prose-like lines (menus are often in another language)."""
    prose = [line for line in lines if len(line) >= 80]
    return detect_language("\n".join(prose or lines))


def select_body(lines: list[str], probs: list[float], params: dict | None = None) -> list[int]:
    """Indices of the lines kept as the article.

    The main region is the densest run of lines over ``region_threshold``; inside it a line needs
    ``threshold``, outside it the stricter ``outside_threshold``. A page where no line passes keeps
    its best region at half the best line's probability, so a lone short article is not lost.
    """
    params = params or model()
    region, inside, outside = params["region_threshold"], params["threshold"], params["outside_threshold"]
    if probs and max(probs) < min(region, inside):
        prose = [p if len(line.split()) >= FALLBACK_MIN_WORDS else 0.0 for line, p in zip(lines, probs)]
        if max(prose) == 0.0:
            return []
        return select_body(lines, prose, {**params, **dict.fromkeys(THRESHOLDS, max(prose) / 2)})
    first, last = densest_block([p - region for p in probs])
    kept = [i for i, p in enumerate(probs) if p >= (inside if first <= i <= last else outside)]
    return drop_copies(lines, with_lead(lines, drop_furniture(lines, kept)))


def drop_furniture(lines: list[str], kept: list[int]) -> list[int]:
    """``kept`` without "Label: headline" teasers, without the headline-like lines it starts with
    (the headline and a deck without sentence end: title furniture, not article text) and without the
    boilerplate lines it ends with (newsletter sign-up, consent, legal notice)."""
    kept = [i for i in kept if not is_label_teaser(lines[i])]
    while len(kept) > 1 and is_headline_like(lines[kept[0]]) and not _SENTENCE_END_RE.search(lines[kept[0]]):
        kept = kept[1:]
    while len(kept) > 1 and boilerplate_count(lines[kept[-1]]) >= EDGE_BOILERPLATE:
        kept = kept[:-1]
    return kept


def with_lead(lines: list[str], kept: list[int]) -> list[int]:
    """``kept`` plus a lead paragraph just above its first line, past short lines only (byline, date)."""
    if not kept:
        return kept
    for i in range(kept[0] - 1, max(-1, kept[0] - 1 - LEAD_REACH), -1):
        words = len(lines[i].split())
        if words >= LEAD_MIN_WORDS and _SENTENCE_END_RE.search(lines[i]):
            return [i, *kept]
        if words > LEAD_GAP_WORDS:
            break
    return kept


def drop_copies(lines: list[str], kept: list[int]) -> list[int]:
    """``kept`` without copies: a repeated line (the first stays), a line that is the start of a longer
    kept line (a pull quote or deck), a line that glues other kept lines together (a teaser block)."""
    first: dict[str, int] = {}
    by_start: dict[str, list[int]] = {}
    for i in kept:
        first.setdefault(lines[i], i)
        if len(lines[i]) >= COPY_MIN_CHARS and first[lines[i]] == i:
            by_start.setdefault(lines[i][:COPY_MIN_CHARS], []).append(i)
    drop = {i for i in kept if first[lines[i]] != i}
    for group in by_start.values():
        for i in group:
            for j in group:
                if i in drop or j in drop or len(lines[j]) <= len(lines[i]) or not lines[j].startswith(lines[i]):
                    continue
                drop.add(j if _glued(lines, lines[j], by_start) else i)
    return [i for i in kept if i not in drop]


def _glued(lines: list[str], line: str, by_start: dict[str, list[int]]) -> bool:
    """True when ``line`` is two or more other kept lines joined by spaces."""
    pos, parts = 0, 0
    while pos < len(line):
        found = [len(lines[k]) for k in by_start.get(line[pos:pos + COPY_MIN_CHARS], ())
                 if lines[k] != line and line.startswith(lines[k], pos)]
        if not found:
            return False
        pos, parts = pos + max(found) + 1, parts + 1
    return parts >= 2
