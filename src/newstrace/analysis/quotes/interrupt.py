"""A cue standing inside its content: ``A, she said in an interview, B``.

PolNeAR and readers take such a sentence for one attribution whose words are the sentence without the cue's
phrase; the phrase (speaker, cue, its prepositions and time) is no part of what was said. ``around_cue`` cuts a
content that runs over the cue's phrase into its two fragments; ``lead_in`` joins the words before the phrase when
the cue hangs beside its head with a complement clause of its own (``The records show, she said, that the fund
…``: the parse gives the cue the clause after it and leaves the head's words alone), and the words that open the
sentence before a cue between commas (``If the law was never tested, Smith said, there is a reason``; not a clause
of the writer's, not before a quotation).
"""

from __future__ import annotations

from typing import Optional

from .cues import cue_table
from .syntax import Span, has_words, text_of, token_end, trim

# what a cue's phrase holds besides the verb: "she said in an interview on Monday", "said Anna Berg, a teacher"
CUE_PHRASE = ("prep", "npadvmod", "advmod", "dobj", "dative", "agent", "prt", "nsubj", "pobj", "tmod")
PAUSES = (",", "\u2014", "\u2013", "--")
QUOTE_MARKS = "\"'\u201c\u2018`"
SIDE_CLAUSES = ("advcl", "relcl", "acl", "pcomp", "ccomp")  # "If the law was never tested, …": not a clause of its own


def cue_phrase(verb, subject) -> tuple[int, int]:
    """First and last token of the cue's phrase: its subject (when before it), auxiliaries, the verb and the
    modifiers right after it (``in an interview``, ``on Monday``)."""
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")])
    if subject is not None and subject.i < verb.i and subject.head.i == verb.i:
        first = min(first, subject.left_edge.i)
    last = verb.i
    for child in verb.rights:
        if child.dep_ in CUE_PHRASE and not any(t.is_quote for t in child.subtree):
            last = max(last, child.right_edge.i)
        elif not child.is_punct:
            break
    return first, last


def around_cue(verb, subject, pieces: tuple[Span, ...]) -> tuple[Span, tuple[Span, ...]]:
    """(the content's hull, its fragments): two pieces (``lead_in``) are the fragments; one content that runs over
    the cue's phrase set off by pauses is cut into the words before and after it; otherwise no fragments."""
    doc = verb.doc
    text = text_of(doc)
    if len(pieces) > 1:
        return (pieces[0][0], pieces[-1][1]), pieces
    span = pieces[0]
    first, last = cue_phrase(verb, subject)
    start, end = doc[first].idx, token_end(doc[last])
    if not (span[0] < start and end < span[1]):
        return span, ()
    before, after = trim(text, (span[0], start)), trim(text, (end, span[1]))
    if text[before[1]:start].strip() not in PAUSES or text[end:after[0]].strip() not in PAUSES:
        return span, ()  # not set off as an aside: "the man she said was there"
    if not (_words(doc, before) and _words(doc, after)):
        return span, ()
    return span, (before, after)


def _words(doc, span: Span) -> bool:
    tokens = doc.char_span(*span, alignment_mode="expand")
    return tokens is not None and has_words(tokens)


def lead_in(verb, content: Span, subject) -> tuple[Span, ...]:
    """``The records show, she said in an interview, that the fund …``: a cue hung beside its head (parataxis),
    between pauses, whose content is a clause after it; the head's words before the cue join as the first piece."""
    doc = verb.doc
    head = verb.head
    if content[0] <= verb.idx:
        return (content,)
    if verb.dep_ != "parataxis" or head.i > verb.i:
        return _opener(verb, content, subject)
    first, last = cue_phrase(verb, subject)
    if first < 1 or doc[first - 1].text not in PAUSES or "\n" in text_of(doc)[head.left_edge.idx:content[0]]:
        return (content,)
    start = _sentence_start(doc, head)
    if start is None or start >= first - 1:
        return (content,)
    piece = trim(text_of(doc), (doc[start].idx, doc[first - 1].idx))
    return (piece, content) if _words(doc, piece) else (content,)


def _sentence_start(doc, head) -> Optional[int]:
    """Where the head's words begin: its left edge, in the cue's sentence."""
    start = head.left_edge.i
    return start if start >= head.sent.start else None


def _opener(verb, content: Span, subject) -> tuple[Span, ...]:
    """``Even then, he said, he has learned …`` / ``If the law was never tested, Smith said, there is a reason``:
    words that open the sentence before a cue set off by commas on both sides, its content after the second
    comma; the opening words are part of what was said (the parse hangs them on the cue)."""
    doc = verb.doc
    text = text_of(doc)
    first, last = cue_phrase(verb, subject)
    start = verb.sent.start
    if first - start < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return (content,)
    if token_end(doc[last + 1]) > content[0] or text[token_end(doc[last + 1]):content[0]].strip() or \
            text[content[0]] in QUOTE_MARKS:
        return (content,)  # the content begins right after the second comma; not a quotation ('…, he said, "…"')
    if "\n" in text[doc[start].idx:doc[first].idx] or any(t.lemma_.lower() in cue_table() and t.pos_ == "VERB"
                                                           for t in doc[start:first]):
        return (content,)  # "As she noted, ..." or another attribution opens the sentence
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in SIDE_CLAUSES and start <= t.head.i < first
           for t in doc[start:first]):
        return (content,)  # "Sanders compared himself to Clinton, saying, …": a clause of the writer's opens it
    piece = trim(text, (doc[start].idx, doc[first - 1].idx))
    return (piece, content) if _words(doc, piece) else (content,)
