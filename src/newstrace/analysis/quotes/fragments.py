"""Quoted words under a cue verb that no rule reported (issue 12).

``The council urged a “fair deal for the crews”``, ``accused him of months of "petty harassment"``: the verb names an
act (the guide does not annotate ``urged X``, ``accused X of Y``; ``data/quote_acts.tsv`` drops them), but the
words in quotation marks are the subject's own words ("every statement attributed to a source ... direct (words
in quotation marks)"). A quotation that no kept attribution covers is given to the subject of the cue verb it
hangs on, when the way up from the quotation to that verb runs through noun-phrase links only (object,
preposition, predicative, apposition): a quotation inside a clause of its own (``told the contractors they would
have to “sort it out”``) is the clause's, and a quotation under no cue (``renamed its newsletter “harbour
notes”``, ``set off a run of “ferry fever”``) or under a verb with no one acting (``are widely viewed as
“quietly gutting”``, ``funds meant to build a “greener harbour”``) is nobody's. A quotation of capitalised
words only names something (``told the “Morning Harbour” show``, a title, a nickname).

The way up may pass a preposition of what is said or called (``PREPS``: ``accused X of``, ``warned against``,
``referred to X as``), not one of place or means (``through this “second sight” she found``).

The attribution is a mixed quote (the writer's paraphrase around the speaker's quoted words), ``indirect`` as both
the attribution guide ("Mixed quotes ... are one indirect entry covering the clause") and PolNeAR
(``quote_marks: partial``) count it; its content is what follows the verb in its sentence (its objects and
prepositional phrases, ``him of months of “…”``, ``the protesters “vandals” and “thugs”``), without the writer's
trailing aside; quotations under one verb make one attribution. On PolNeAR's train part, with the quoted words
alone as content, 20 of 70 such attributions matched a gold one and 41 overlapped one PolNeAR annotates as the
clause (bench/quotes_train.py, 2026-12-07).
"""

from __future__ import annotations

from .bounds import cut_tail
from .cues import Attribution, cue_table
from .syntax import (
    SUBJECTS,
    Span,
    cue_span,
    is_verb,
    np_span,
    own_subject,
    passive_without_agent,
    subject_of,
    text_of,
    token_end,
    trim,
)

PREPS = ("of", "as", "against", "about", "to", "for", "on", "over")
NOUN_LINKS = ("dobj", "pobj", "prep", "attr", "oprd", "appos", "amod", "compound", "nmod", "npadvmod", "dative",
              "conj", "det", "poss", "nummod")
MAX_CLIMB = 6
SPEAKER_POS = ("NOUN", "PROPN", "PRON")


def quoted_fragments(doc, quotes: list[Span], found: list[Attribution]) -> list[Attribution]:
    """An attribution (a mixed quote) for each quotation no attribution of ``found`` overlaps, whose words hang on
    a cue verb's object or prepositional phrase and whose verb has someone acting (see the module's docstring)."""
    cues, text = cue_table(), text_of(doc)
    added: list[Attribution] = []
    for quote in quotes:
        if any(a.content[0] < quote[1] and quote[0] < a.content[1] for a in found) or _a_name(text, quote):
            continue
        verb = _governing_cue(doc, quote, cues)
        subject = _acting_subject(verb, quote, text) if verb is not None else None
        if verb is None or subject is None:
            continue
        content = _clause(verb, quote, text)
        if any(a.cue == cue_span(verb) and a.content == content for a in added):
            continue  # 'called them “vandals” and “thugs”': one attribution
        added.append(Attribution(kind="indirect", content=content, cue=cue_span(verb), cue_lemma=verb.lemma_.lower(),
                                 cue_class=cues[verb.lemma_.lower()][0], speaker=np_span(subject),
                                 speaker_token=subject.i))
    return added


def _clause(verb, quote: Span, text: str) -> Span:
    """What follows the verb in its sentence: its objects and prepositional phrases, the quotation among them,
    without the writer's trailing aside; the quotation alone when that would cross a line break."""
    parts = [c for c in verb.rights if c.dep_ not in ("punct", "cc", "conj", "advcl", "ccomp", "mark")]
    if not parts:
        return quote
    start = min(quote[0], min(c.left_edge.idx for c in parts))
    end = max(quote[1], max(token_end(c.right_edge) for c in parts))
    if "\n" in text[start:end]:
        return quote
    span = cut_tail(verb.doc, trim(text, (start, end)))
    return span if span[0] <= quote[0] and quote[1] <= span[1] else quote


TITLE_WORDS = ("a", "an", "the", "of", "to", "and", "in", "on", "for", "at", "with", "by", "from", "or")


def _a_name(text: str, quote: Span) -> bool:
    """A title, a name or a label (capitalised words, small words of a title between them: ``Nights of the
    Long Harbour``) or no word at all (an attribute's value)."""
    words = [w for w in text[quote[0]:quote[1]].strip("\"'\u201c\u201d\u2018\u2019 .,").split() if w[:1].isalpha()]
    return not words or words[0][:1].isupper() and all(w[:1].isupper() or w in TITLE_WORDS for w in words)


def _governing_cue(doc, quote: Span, cues: dict):
    """The cue verb the quotation's words hang on through noun-phrase links, or None."""
    span = doc.char_span(*quote, alignment_mode="contract")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(MAX_CLIMB):
        if token.dep_ not in NOUN_LINKS or token.head.i == token.i or \
                token.dep_ == "prep" and token.lower_ not in PREPS:
            return None
        token = token.head
        if is_verb(token):
            return token if token.lemma_.lower() in cues else None
    return None


def _acting_subject(verb, quote: Span, text: str):
    """Who acts: the verb's subject (or its head's, along ``described … and accused …``), a noun or pronoun outside
    the quotation and its paragraph's; None for a passive without agent or a participle modifying a noun."""
    if passive_without_agent(verb) or verb.dep_ in ("acl", "amod", "relcl") or verb.tag_ == "VBG":
        return None
    subject = own_subject(verb) or subject_of(verb)
    if subject is None or subject.dep_ not in SUBJECTS or subject.pos_ not in SPEAKER_POS:
        return None
    if quote[0] <= subject.idx < quote[1] or "\n" in text[min(subject.idx, quote[0]):max(subject.idx, quote[0])]:
        return None
    return subject
