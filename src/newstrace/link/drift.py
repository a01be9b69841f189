"""Quotes across articles: the first appearance of each quote and how its wording drifted.

Direct quotes (``quotes`` of kind ``direct``: the only kind whose wording is the speaker's) are grouped when their word sets overlap enough
(Jaccard >= ``SAME_QUOTE``, or one is contained in the other) and they share the speaker when
both name one. The earliest appearance (by date, then input order) is the reference; every later
appearance gets a word diff against it: ``ops`` as ``[op, reference words, new words]`` with op in
equal / replace / delete / insert, and ``marked``, the new wording with ``[-removed-]{+added+}``.

issue 14: only real quotes drift. Paraphrases (``indirect``, ``according_to``) have no wording to compare,
and a "quote" that is most of its article's text is a feed summary or a teaser, not something a person said.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import Article

SAME_QUOTE = 0.6
CONTAINED = 0.8  # share of the shorter quote's words found in the longer
MIN_WORDS = 4
DRIFT_KINDS = frozenset({"direct"})
SUMMARY_SHARE = 0.8  # a quote holding this share of its article's words is the article (a feed summary)
_WORD_RE = re.compile(r"[\w'’-]+", re.U)


@dataclass(frozen=True)
class Appearance:
    article_id: str
    day: str | None
    speaker: str | None
    content: str


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _normal(words: list[str]) -> set[str]:
    return {w.lower().replace("’", "'") for w in words}


def same_quote(a: str, b: str) -> bool:
    wa, wb = _normal(_words(a)), _normal(_words(b))
    if min(len(wa), len(wb)) < MIN_WORDS:
        return False
    common = len(wa & wb)
    return common / len(wa | wb) >= SAME_QUOTE or common / min(len(wa), len(wb)) >= CONTAINED


def word_diff(reference: str, other: str) -> dict:
    """Word-level diff of two wordings: ``{"ops": [...], "marked": str, "changed": bool}``."""
    ref, new = _words(reference), _words(other)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in ref], b=[w.lower() for w in new], autojunk=False)
    ops, marked = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        old_words, new_words = " ".join(ref[i1:i2]), " ".join(new[j1:j2])
        ops.append([op, old_words, new_words])
        if op == "equal":
            marked.append(new_words)
        else:
            marked.append((f"[-{old_words}-]" if old_words else "") + (f"{{+{new_words}+}}" if new_words else ""))
    return {"ops": ops, "marked": " ".join(marked), "changed": any(op != "equal" for op, _, _ in ops)}


def _speakers_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    last_a, last_b = a.split()[-1].lower(), b.split()[-1].lower()
    return last_a == last_b


def quote_groups(articles: Sequence[Article]) -> list[dict]:
    """Groups of the same quote in several articles, first appearance first, with word diffs."""
    order = sorted(range(len(articles)), key=lambda i: (articles[i].day is None, articles[i].day or 0, i))
    groups: list[list[Appearance]] = []
    for i in order:
        article = articles[i]
        for quote in article.quotes:
            content = (quote.get("content") or "").strip()
            if not real_quote(quote.get("kind"), content, article.body):
                continue
            seen = Appearance(article.id, article.day.isoformat() if article.day else None, quote.get("speaker"), content)
            home = next((g for g in groups if g[0].article_id != article.id and same_quote(g[0].content, content)
                         and _speakers_agree(g[0].speaker, seen.speaker)), None)
            if home is None:
                groups.append([seen])
            elif all(a.article_id != article.id for a in home):
                home.append(seen)
    return [_describe(group) for group in groups if len(group) > 1]


def real_quote(kind: str | None, content: str, body: str) -> bool:
    """A direct quote of at least MIN_WORDS words that is not (nearly) the whole text of its article."""
    words = len(_words(content))
    if kind not in DRIFT_KINDS or words < MIN_WORDS:
        return False
    body_words = len(_words(body))
    is_the_body = words >= SUMMARY_SHARE * body_words and " ".join(content.split()) in " ".join(body.split())
    return not is_the_body


def _describe(group: list[Appearance]) -> dict:
    first = group[0]
    later = [{"article_id": a.article_id, "date": a.day, "speaker": a.speaker, "content": a.content,
              **word_diff(first.content, a.content)} for a in group[1:]]
    return {"first": {"article_id": first.article_id, "date": first.day, "speaker": first.speaker,
                      "content": first.content},
            "appearances": later, "drifted": any(a["changed"] for a in later)}
