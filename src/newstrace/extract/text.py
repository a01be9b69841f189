"""Scraped page text -> article fields: a line classifier keeps the article and reads the furniture.

The page is split into visible lines; ``text_features.score_lines`` gives each line the probability
that it belongs to the article. The kept lines form the body; the furniture around them is read for
metadata: headline, byline, timestamp lines (published / modified), a section line above the
headline, a tag line and a run of related headlines after the article.
"""

from __future__ import annotations

from typing import Any

from ..errors import error
from .language import detect_language, stopwords
from .text_features import densest_block, model, score_lines, split_lines
from .text_meta import is_meta_line, read_furniture

THRESHOLDS = ("region_threshold", "threshold", "outside_threshold")
FALLBACK_MIN_WORDS = 8  # a page where no line passes keeps its best prose line(s) of at least this length


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
    return [i for i, p in enumerate(probs) if p >= (inside if first <= i <= last else outside)]
