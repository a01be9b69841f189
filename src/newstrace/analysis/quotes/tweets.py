"""Embedded social-media posts in a body: what their text says is the post's, not an attribution of the article's.

A page that embeds a tweet keeps, as text, the post's words and then its signature line
(``— Rep. Lena Moss (@LenaMoss) November 19, 2019``). The attribution guide leaves embedded tweets' body text
out ("Not annotated: … embedded tweets' body text"): the article quotes the post where it reports it, in its own
sentences. ``post_spans`` finds each signature and the post above it (the lines back to the blank line before,
at most ``MAX_POST`` characters, or the words before the signature on its own line); ``find_attributions`` drops
the attributions whose content lies inside one. A content that is only a link (``promised https://t.co/…``) says
nothing either (``only_a_link``), nor one that is a tag's attributes the text kept (``pic="" author="JaneRoe"
timestamp="…"`` after a ``<tweet`` read as the noun cue "tweet"; ``only_a_link`` too).
"""

from __future__ import annotations

import re

from .syntax import Span

# "— Name (@handle) November 19, 2019" / "- Name (@handle) Nov. 19, 2019" at the end of a line
SIGNATURE = re.compile(r"[\u2014\u2013\u2015-]{1,2}[ \t]*[^\n]{1,80}?\(@\w{1,15}\)[ \t]*"
                       r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}[ \t]*$", re.MULTILINE)
MAX_POST = 600  # a post of 280 characters, its links and line breaks
_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_ATTRIBUTE = re.compile(r"\b[\w-]+=\"[^\"\n]*\"")  # author="JaneRoe": markup the text kept
MARKUP_ATTRIBUTES = 2  # a tag's attributes, not an equation in prose


def post_spans(text: str) -> list[Span]:
    """The spans of the embedded posts of ``text``, each from its first word to the end of its signature."""
    spans = []
    for match in SIGNATURE.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        if text[line:match.start()].strip():  # "… pic.twitter.com/x — Name (@handle) Date" on one line
            spans.append((line, match.end()))
            continue
        end = line
        while end > 0 and text[end - 1].isspace():
            end -= 1
        para = text.rfind("\n\n", 0, end)
        start = para + 2 if para >= 0 else 0
        if end - start > MAX_POST:  # no blank line near: the lines that fit
            start = text.find("\n", end - MAX_POST, end) + 1 or text.rfind("\n", 0, end) + 1
        if end > start:
            spans.append((start, match.end()))
    return spans


def only_a_link(text: str, span: Span) -> bool:
    """The content is nothing but links, or holds a tag's attributes (``pic="" author="…"``)."""
    if len(_ATTRIBUTE.findall(text, span[0], span[1])) >= MARKUP_ATTRIBUTES:
        return True
    words = text[span[0]:span[1]].split()
    return bool(words) and all(_LINK.fullmatch(w.strip(".,;:()\u201c\u201d\"'")) for w in words)
