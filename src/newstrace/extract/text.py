"""Scraped page text -> article fields: a line classifier keeps the article and reads the furniture.

First version: keeps runs of long, sentence-like lines. (To be replaced by the tuned classifier.)
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import error
from .language import detect_language

_SENTENCE_END = re.compile(r"[.!?\"”’»)]\s*$")


def extract_text(text: str, *, url: str | None = None, lang: str | None = None) -> dict[str, Any]:
    lines = [ln.strip() for ln in text.split("\n")]
    kept = [ln for ln in lines if len(ln.split()) >= 12 and _SENTENCE_END.search(ln)]
    if not kept:
        raise error("NT201", "no article text found in the page text; it may be only menus and headlines")
    body = "\n\n".join(kept)
    return {"body": body, "language": lang or detect_language(body)}
