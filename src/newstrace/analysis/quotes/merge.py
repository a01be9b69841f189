"""After the rules: contents grow to the quoted passages they touch, interrupted quotes
(``"A," she said. "B."``) become one, and attributions nested in another's content are dropped."""

from __future__ import annotations

import dataclasses
import re

from .cues import Attribution
from .syntax import Span, is_inside, is_quote_verb, text_of

MAX_BRIDGE_TOKENS = 30
NEAR = 60  # chars between a cue and its content beyond which another, nearer cue wins


def grow_to_quotes(attr: Attribution, quotes: list[Span], text: str) -> Attribution:
    a, b = attr.content
    touched = [(qa, qb) for qa, qb in quotes if qa < b and a < qb and not (qa >= a and qb <= b)]
    touched = [q for q in touched if not is_inside(attr.cue, q)]
    if touched:
        a, b = min(a, touched[0][0]), max(b, touched[-1][1])
    inner = [(qa, qb) for qa, qb in quotes if qa >= a - 1 and qb <= b + 1]
    kind = attr.kind
    if kind != "according_to" and inner and _only_quotes(text, (a, b), inner):
        kind = "direct"
    return dataclasses.replace(with_content(attr, (a, b)), kind=kind)


def with_content(attr: Attribution, span: Span) -> Attribution:
    """``attr`` with content ``span``; its fragments (if any) cut to it, the first and last grown to
    its ends; fewer than two left is no fragment list."""
    if not attr.fragments:
        return dataclasses.replace(attr, content=span)
    pieces = [(max(a, span[0]), min(b, span[1])) for a, b in attr.fragments if a < span[1] and span[0] < b]
    if len(pieces) < 2:
        return dataclasses.replace(attr, content=span, fragments=())
    pieces[0] = (span[0], pieces[0][1])
    pieces[-1] = (pieces[-1][0], span[1])
    return dataclasses.replace(attr, content=span, fragments=tuple(pieces))


def _only_quotes(text: str, span: Span, inner: list[Span]) -> bool:
    rest = text[span[0]:span[1]]
    for qa, qb in sorted(inner, reverse=True):
        rest = rest[:max(0, qa - span[0])] + rest[max(0, qb - span[0]):]
    return not any(ch.isalnum() for ch in rest)


def merge_interrupted(found: list[Attribution], quotes: list[Span], doc) -> list[Attribution]:
    """``"A," she said. "B."``: the quoted passage right after the cue's sentence joins the quote as a fragment,
    however long the narration between (``"A," said X, an economist who …. "B."``): both gold sets score a quote
    by its fragments, so the narration never counts (PolNeAR takes it for one attribution; before fragments the
    long-narration case was split in two quotes, which PolNeAR train scores lower: direct .7330 -> .7340)."""
    text = text_of(doc)
    taken = {q for a in found for q in quotes if is_inside(q, a.content)}
    merged = []
    for attr in found:
        if attr.kind in ("direct", "indirect") and attr.cue[0] >= attr.content[1]:
            nxt = _next_passage(text, attr.cue, quotes)
            if nxt is not None and nxt not in taken and _bridge_ok(doc, attr.cue, nxt):
                taken.add(nxt)
                parts = attr.fragments or (attr.content,)
                attr = dataclasses.replace(attr, content=(attr.content[0], nxt[1]), fragments=(*parts, nxt))
        merged.append(attr)
    return merged


BRIDGE_ENDS = (".", ",", ":", ";", "\u2014")


def _next_passage(text: str, cue: Span, quotes: list[Span]) -> Span | None:
    """The first quoted passage after the cue that opens after the cue's clause: a quoted name inside the cue's
    sentence (``"A," she said on "Face the Nation" on Sunday. "B."``: a show, a book, a scare quote) is skipped."""
    for q in quotes:
        if q[0] < cue[1]:
            continue
        between = _bare(text[cue[1]:q[0]])
        if not between or between.endswith(BRIDGE_ENDS) or _SENTENCE_END.search(between) or "\n" in between:
            return q
    return None


def _bare(text: str) -> str:
    """``text`` without the spaces and closing quotation marks that end it."""
    return text.rstrip().rstrip(CLOSERS).rstrip()


CLOSERS = "\u201d\u2019\"'"
_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"']?\s")


def _bridge_ok(doc, cue: Span, nxt: Span) -> bool:
    """Only the rest of the cue's clause lies between the cue and the next passage."""
    between = text_of(doc)[cue[1]:nxt[0]]
    words = between.split()
    if len(words) > MAX_BRIDGE_TOKENS or between.count("\n") > 2:
        return False
    if any(is_quote_verb(t.text) and t.dep_ not in ASIDE_CLAUSES for t in _tokens(doc, (cue[1], nxt[0]))):
        return False  # another report between; not one in an aside on the speaker ('said X, who said she …')
    if "\n" in between and between[between.rfind("\n"):].strip():
        return False  # the next passage must open its paragraph
    return not between.strip() or _bare(between).endswith(BRIDGE_ENDS)


# '"A," said Jane Roe, who said she would march. "B."' / '"A," he said when asked about it. "B."': a report
# verb in a clause about the speaker or the moment does not start another's words
ASIDE_CLAUSES = ("relcl", "acl", "advcl")


def _tokens(doc, span: Span) -> list:
    tokens = doc.char_span(*span, alignment_mode="contract")
    return list(tokens) if tokens is not None else []


OPENERS = "\u201c\u201e\u00ab\u00bb\u2039\u2018\"'"
_RESUMED = re.compile("\n\\s*(?=[" + OPENERS + "])")


def split_resumed(found: list[Attribution], text: str) -> list[Attribution]:
    """A quote that runs over paragraphs (the paragraph left open, the next one opening the quote again)
    is one statement per paragraph, as readers and the gold sets count them: an attribution becomes one
    per paragraph with the same cue and speaker (an interrupted one keeps them as fragments). A line
    break inside a sentence (hard-wrapped text) is not a new paragraph: only a line that opens with a
    quotation mark resumes the quote."""
    out: list[Attribution] = []
    for attr in found:
        pieces = [p for piece in (attr.fragments or (attr.content,)) for p in _paragraph_pieces(text, piece)]
        if len(pieces) == len(attr.fragments or (attr.content,)):
            out.append(attr)
        elif attr.fragments:
            out.append(dataclasses.replace(attr, fragments=tuple(pieces)))
        else:
            out.extend(dataclasses.replace(attr, content=p) for p in pieces)
    return out


def _paragraph_pieces(text: str, span: Span) -> list[Span]:
    a, b = span
    pieces = []
    for match in _RESUMED.finditer(text, a, b):
        end = match.start()
        while end > a and text[end - 1].isspace():
            end -= 1
        if end > a:
            pieces.append((a, end))
        a = match.end()
    pieces.append((a, b))
    return [p for p in pieces if any(ch.isalnum() for ch in text[p[0]:p[1]])]


def drop_nested(found: list[Attribution]) -> list[Attribution]:
    """Keep the outer of two attributions when one sits inside the other's content; of two with the
    same content, the one whose cue is nearer. A direct quote an "according to" relays
    (``"…," May told reporters, according to the paper``) stays beside it: the words are May's."""
    found = [a for a in found if not _shadowed(a, found)]
    ranked = sorted(found, key=lambda a: (_distance(a) > NEAR, -(a.content[1] - a.content[0]), _distance(a)))
    kept: list[Attribution] = []
    for attr in ranked:
        outer = [k for k in kept if not _relayed(attr, k)]
        if any(is_inside(attr.cue, k.content) and is_inside(attr.content, k.content) for k in outer):
            continue
        if any(_overlap(k.content, attr.content) > 0.5 * (attr.content[1] - attr.content[0]) for k in outer):
            continue
        kept.append(attr)
    return sorted(kept, key=lambda a: a.content[0])


def _shadowed(attr: Attribution, found: list[Attribution]) -> bool:
    """``X told the paper in a statement that …``, ``"…" announced in May, said X``: of two cues of the
    same words, one naming nobody gives way to one naming the speaker."""
    if attr.speaker is not None:
        return False
    size = attr.content[1] - attr.content[0]
    return any(k.speaker is not None and _overlap(k.content, attr.content) >= 0.8 * max(size, k.content[1] - k.content[0])
               for k in found)


def _relayed(attr: Attribution, outer: Attribution) -> bool:
    """``attr`` is a direct quote with its speaker named inside the content of the "according to" ``outer``."""
    return outer.kind == "according_to" and attr.kind == "direct" and attr.speaker is not None and \
        is_inside(attr.speaker, outer.content) and is_inside(attr.content, outer.content)


def _distance(attr: Attribution) -> int:
    a, b = attr.content
    return 0 if a <= attr.cue[0] < b else min(abs(attr.cue[0] - b), abs(a - attr.cue[1]))


def _overlap(x: Span, y: Span) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))
