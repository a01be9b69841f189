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
                attr = _joined(attr, nxt)
        merged.append(attr)
    return merged


def _joined(attr: Attribution, nxt: Span) -> Attribution:
    parts = attr.fragments or (attr.content,)
    return dataclasses.replace(attr, content=(attr.content[0], nxt[1]), fragments=(*parts, nxt))


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
    """Keep the outer of two attributions when one sits inside the other's words (its content, or its fragments:
    the narration between the pieces of an interrupted quote is the writer's); of two with the same content, the
    one whose cue is nearer. A direct quote an "according to" relays
    (``"…," May told reporters, according to the paper``) stays beside it: the words are May's."""
    found = [a for a in found if not _shadowed(a, found)]
    ranked = sorted(found, key=lambda a: (_distance(a) > NEAR, -(a.content[1] - a.content[0]), _distance(a)))
    kept: list[Attribution] = []
    for attr in ranked:
        outer = [k for k in kept if not _relayed(attr, k)]
        if any(_in_words(attr.cue, k) and _in_words(attr.content, k) for k in outer):
            continue
        if any(sum(_overlap(f, attr.content) for f in _words(k)) > 0.5 * (attr.content[1] - attr.content[0])
               for k in outer):
            continue
        kept.append(attr)
    return sorted(kept, key=lambda a: a.content[0])


def _words(attr: Attribution) -> tuple[Span, ...]:
    """What ``attr`` reports: its fragments (``"A," said X, who said …. "B."``: not the narration between), or its content."""
    return attr.fragments or (attr.content,)


def _in_words(span: Span, attr: Attribution) -> bool:
    return any(is_inside(span, f) for f in _words(attr))


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


def join_uncued_paragraphs(found: list[Attribution], quotes: list[Span], text: str) -> list[Attribution]:
    """``Massie said Trump had “the duty to unite us.”¶“I think he can do that.”``: a paragraph that is one quoted
    passage and nothing else, with no cue of its own, goes on with the statement that ends the paragraph before it
    (as a fragment; PolNeAR counts it in that attribution, the attribution set scores fragments one by one); so does
    a quotation that ends a paragraph right after the statement's sentence. Statements only (a speech cue): what
    someone believes or knows (``families did not understand …``) is not followed by their own words."""
    spans = [s for a in found for s in (a.fragments or (a.content,))]
    out = list(found)
    for q in quotes:
        if any(s[0] < q[1] and q[0] < s[1] for s in spans) or not _ends_its_paragraph(text, q) or \
                not _closed(text, q) or any(is_inside(a.cue, q) for a in found):
            continue  # a passage left open is a block quoted from elsewhere (or one with its own cue, '"…, said X')
        opens = _opens_its_paragraph(text, q)
        # '… said there is no magic number. “I think the most votes should win.”': the sentence right before
        before = _paragraph_before(text, q[0]) if opens else (text.rfind("\n", 0, q[0]) + 1, q[0])
        ends = [i for i, a in enumerate(out) if a.kind in ("direct", "indirect") and a.cue_class == "speech"
                and _ends_paragraph(text, a, before)
                and (opens or not any(ch.isalnum() for ch in text[max(a.content[1], a.cue[1]):q[0]]))]
        if ends:
            last = max(ends, key=lambda i: out[i].content[1])
            out[last] = _joined(out[last], q)
    return out


CLOSING_MARKS = "\u201d\u2019\"'\u00bb\u00ab\u203a\u201c"


def _closed(text: str, span: Span) -> bool:
    """The passage ends with a closing mark of its own kind: a straight opener closed by a curly mark
    (``"Trump walked on stage, chanting “U-S-A!”``) is a paragraph quoted from elsewhere holding a quotation."""
    last = text[span[1] - 1]
    return last in CLOSING_MARKS and (text[span[0]] != '"' or last == '"')


def _ends_paragraph(text: str, attr: Attribution, para: Span) -> bool:
    """The attribution's words (or its last piece) are in paragraph ``para`` and no other sentence follows it there."""
    end = max(attr.content[1], attr.cue[1])
    last = (attr.fragments or (attr.content,))[-1]
    if not (para[0] <= last[0] and end <= para[1]):
        return False
    rest = text[end:para[1]]
    return not any(any(ch.isalnum() for ch in rest[m.end():]) for m in _SENTENCE_END.finditer(rest))


def _opens_its_paragraph(text: str, span: Span) -> bool:
    """Nothing but space before ``span`` in its paragraph, and that is not the first one."""
    start = text.rfind("\n", 0, span[0]) + 1
    return start > 0 and not text[start:span[0]].strip()


def _ends_its_paragraph(text: str, span: Span) -> bool:
    end = text.find("\n", span[1])
    return not text[span[1]:len(text) if end < 0 else end].strip()


def _paragraph_before(text: str, at: int) -> Span:
    """The paragraph (start, end without trailing space) before the one that holds ``at``."""
    end = text.rfind("\n", 0, at)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1, end
