"""Quotations standing right beside a cue: ``"…," Trump, 70, told CNN``, ``he said, "…"``,
``"…?" asked X`` (used by the cue-verb rules in ``verbs``)."""

from __future__ import annotations

from typing import Optional

from .syntax import Span, is_quote_verb, text_of, token_end

MAX_SPEAKER_WORDS = 14  # "…," Rep. Jim Jordan (R-Ohio), an oversight panel member, said


def quote_before(verb, quotes: list[Span]):
    """``"…," Trump, 70, told CNN``: (the passage, the speaker between it and the cue) or None."""
    doc = verb.doc
    for a, b in quotes:
        if not b <= verb.idx or b < verb.idx - 200 or not opens_sentence(text_of(doc), a):
            continue
        between = text_of(doc)[b:verb.idx]
        if "\n" in between or len(between.split()) > MAX_SPEAKER_WORDS or \
                any(is_quote_verb(w) for w in between.split()) or ". " in between.replace("Mr. ", ""):
            continue
        return (a, b), _speaker_between(doc, b, verb)
    return None


def opens_sentence(text: str, at: int) -> bool:
    """Nothing but a sentence end, a colon or a paragraph break before ``at`` (not a mixed quote)."""
    before = text[:at].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:\n\"\u201d\u2019)"


def _speaker_between(doc, start: int, verb):
    """The head noun of the words between a passage and its cue, if they are a noun phrase."""
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= start:
        i -= 1
    inside = range(i + 1, verb.i)
    roots = [doc[k] for k in inside if doc[k].head.i not in inside and not doc[k].is_punct]
    return next((t for t in roots if t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def comma_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``he said, “I mean, stop it.”`` / ``said in a statement, “…”``: a quotation the cue introduces
    with a comma is the content, whatever the parse hung under the verb."""
    doc = verb.doc
    text = text_of(doc)
    end = verb.i
    for child in verb.rights:
        if child.is_quote:
            break  # 'said, “as long as we …”': the words the parse hung under the verb start at the mark
        if child.dep_ in ("prep", "npadvmod", "advmod", "prt", "dative", "agent") and not any(
                t.is_quote for t in child.subtree):
            end = child.right_edge.i
        elif not child.is_punct:
            break
    after = token_end(doc[end])
    for a, b in quotes:
        if a < after:
            continue
        between = text[after:a]
        if between.strip() == "," and "\n" not in between:
            return a, b
        break
    return None


def adjacent_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``"…?" asked X`` / ``"…" X said to cheers`` / ``X replied, "…"``: a quote right beside the clause."""
    doc = verb.doc
    clause_start, clause_end = verb.left_edge.idx, token_end(verb.right_edge)
    opener = verb.left_edge  # 'would need to “deliver” before the board would agree': the quote is not the board's
    subordinate = opener.dep_ == "mark" and opener.head.i == verb.i and opener.lower_ != "as"
    for a, b in quotes:
        if b <= clause_start and _only_marks(text_of(doc)[b:clause_start]) and not subordinate:
            return a, b
        if a >= clause_end - 1 and _only_marks(text_of(doc)[clause_end:a]) and "\n" not in text_of(doc)[clause_end:a]:
            return a, b
    return None


def _only_marks(text: str) -> bool:
    return len(text) < 6 and not any(ch.isalnum() for ch in text)
