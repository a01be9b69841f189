"""Where a reported clause ends: asides of the writer's that run to the end of a content are cut.

``…, which forced her to leave early`` / ``…, focusing on people under 30`` / ``…,” claiming that he is
responsible …`` / ``…” — asserting that …``: a ``which`` or participle clause opened by a comma or a dash
(a closing quotation mark or the participle's adverb may stand between: ``, implicitly putting …``) that runs
to the end of the content is the writer's comment, not part of what was said. A time phrase that opens a reported
clause before its subject (``told voters this weekend he would …``) is when it was said (``cut_head``). A list of participles (``saying X, agreeing to Y or offering Z``) is not an aside.
"""

from __future__ import annotations

from .cues import cue_table
from .syntax import Span, text_of, token_end, trim

SEPARATORS = (",", "\u2014", "\u2013", "--")  # what opens an aside
RELATIVES = ("which",)  # ", which …" (a relative clause hung on the last noun; ", where …" is as often said as not)
PARTICIPLE_DEPS = ("advcl", "xcomp", "acl")


def cut_tail(doc, span: Span) -> Span:
    """``span`` without a trailing aside of the writer's (see the module's doc)."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand") if span[1] > span[0] else None
    if tokens is None or len(tokens) < 6:
        return span
    last = tokens[-1].i
    for k in range(tokens.start + 3, last - 1):
        if doc[k].text not in SEPARATORS:
            continue
        j = k + 1
        while j < last and doc[j].is_quote:  # ',” claiming …': the quotation closes before the aside
            j += 1
        while j < last and doc[j].tag_ == "RB" and doc[j].dep_ == "advmod" and doc[j].head.i > j:
            j += 1  # ', implicitly putting his name on the line': an adverb of the participle
        if _aside(doc[j], last):
            return trim(text_of(doc), (span[0], doc[k].idx))
    return span


def _aside(first, last: int) -> bool:
    """``first`` opens a relative or participle clause that runs to the content's end (token ``last``)."""
    if first.lower_ in RELATIVES and first.head.dep_ == "relcl":
        return first.head.right_edge.i >= last - 1
    if first.tag_ == "VBG" and first.dep_ in PARTICIPLE_DEPS:  # not a list ("saying X, agreeing to Y or offering Z")
        return first.right_edge.i >= last - 1 and not any(t.dep_ == "conj" and t.tag_ == "VBG" for t in first.subtree)
    return False


CONTINUERS = ("and", "but")
OPENING_QUOTES = ("``", "\u201c", "\u2018", '"')


def second_complement(verb, clause, span: Span) -> Span:
    """``most voters think A, but that B`` / ``he said A, but “B.”``: a conjunct of the cue verb opened by
    "that" or by a quotation mark (after "and"/"but") is more of what was said, not the writer's own
    clause; ``span`` (the first complement) runs on to its end. Not when the conjunct is a cue of its own."""
    doc = verb.doc
    conj = next((c for c in verb.rights if c.dep_ == "conj" and c.i > clause.i), None)
    if conj is None or conj.lemma_.lower() in cue_table():
        return span
    first = conj.left_edge
    opens = (first.lower_ == "that" and first.dep_ == "mark") or first.tag_ == "``" or first.text in OPENING_QUOTES
    if not opens or first.i < 1 or doc[first.i - 1].lower_ not in CONTINUERS:
        return span
    last = conj.right_edge.i
    while last > conj.i and doc[last].is_space:  # the paragraph break after the sentence hangs on it too
        last -= 1
    end = token_end(doc[last])
    if "\n" in text_of(doc)[span[1]:end]:
        return span
    return trim(text_of(doc), (span[0], end))


WHEN = ("DATE", "TIME")


def cut_head(doc, span: Span) -> Span:
    """``span`` without a leading time phrase (a date or time, with its preposition, then an optional "that")
    right before the subject of the reported clause: ``told voters this weekend (that) he would …``, ``said on
    Monday it would …``."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand") if span[1] > span[0] else None
    if tokens is None or len(tokens) < 4:
        return span
    k = tokens.start + (1 if tokens[0].pos_ == "ADP" else 0)  # "said on Monday it would …"
    if doc[k].ent_type_ not in WHEN:
        return span
    while k < tokens.end - 2 and doc[k].ent_type_ in WHEN:
        k += 1
    if doc[k].lower_ == "that" and doc[k].dep_ == "mark":
        k += 1
    subject = next((t for t in doc[k:tokens.end] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != k:
        return span
    return trim(text_of(doc), (doc[k].idx, span[1]))
