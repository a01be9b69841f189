"""Rules 1-3 of the cascade: cue verbs.

1. a cue verb (``data/cues.tsv``) with a clausal complement: ``X said (that) …``, ``X plans to …``,
   ``urged voters to …``, or an object: ``called Trump a liar``, ``accused X of Y``, ``proposed
   dropping …``; a reported clause the parse cut short runs to its sentence end;
2. a cue verb standing beside its content: ``…, he said.`` / ``A, he said in a report, and B.``;
3. a speech verb ending in a colon or introducing a quotation with a comma: ``X said: "…"`` (the
   words may open the next paragraph), ``he said, "…"``.

What rule 1 reports (the clause or object, without the writer's side clauses) is read in ``complements``.
"""

from __future__ import annotations

from typing import Any, Optional

from .adjacent import adjacent_quote, comma_quote, quote_before
from .bounds import cut_head, cut_tail
from .complements import SIDE_MARKS, cites, clause_content, side_clause
from .cues import Attribution, cue_table
from .interrupt import CUE_PHRASE, around_cue, lead_in
from .speakers import inverted_tail
from .syntax import (
    SUBJECTS,
    Span,
    cue_span,
    has_words,
    is_infinitive,
    is_verb,
    np_span,
    own_subject,
    passive_without_agent,
    subject_of,
    text_of,
    token_end,
    trim,
    within_paragraph,
)

OWN_COMPLEMENTS = ("xcomp", "ccomp", "dobj")
SIDE_CLAUSES = ("advcl",)
BESIDE_ASIDES = tuple(m for m in SIDE_MARKS if m != "because")  # "A, he said, although …": the writer's


def verb_cue(verb, entry: tuple[str, str], quotes: list[Span]) -> list[Attribution]:
    cls, frame = entry
    if _writers_phrase(verb):
        return []
    if frame == "raising":
        return _raising(verb)
    before, content, colon = _reported(verb, cls, frame, quotes)
    if content is None or (frame == "quote" and not any(a < content[1] and content[0] < b for a, b in quotes)):
        return []
    content = _bounded(verb, content, before, colon)
    if content[1] <= content[0]:
        return []
    subject, content = _speaker(verb, content, before, quotes)
    recipient = _recipient(verb)
    content, fragments = around_cue(verb, subject, lead_in(verb, content, subject))
    return [Attribution(
        kind="indirect", content=content, fragments=fragments, cue=cue_span(verb), cue_lemma=verb.lemma_.lower(),
        cue_class=cls, speaker=np_span(subject) if subject is not None else None,
        speaker_token=subject.i if subject is not None else None,
        recipient=np_span(recipient) if recipient is not None else None,
        recipient_token=recipient.i if recipient is not None else None)]


def _writers_phrase(verb) -> bool:
    """A cue verb in the writer's own phrase, nobody's report: a set phrase ("All told, the storm cost $2 million",
    "Suffice it to say …"), an imperative to the reader ("Remember, …", "Think about it"), or a participle with
    nobody who says ("areas thought to be ice", "investments intended to …")."""
    return _set_phrase(verb) or _imperative(verb) or _agentless_participle(verb)


def _reported(verb, cls: str, frame: str,
              quotes: list[Span]) -> tuple[Optional[tuple[Span, Any]], Optional[Span], Optional[Span]]:
    """What the cue reports, first found first: a quotation before it, one its colon (or comma) opens, its clause,
    words beside it; for a speech verb a quotation next to it. Returns the quotation before (with its speaker), the
    content and the colon's quotation."""
    # '"…," the email read.' / 'The sign reads: "…"': a verb that takes only quotations (class other) too, a
    # quotation beside it; not '"The Walking Dead" began airing', 'since it began previews' (a complement of its own)
    beside = cls == "speech" or frame == "quote" and not any(c.dep_ in OWN_COMPLEMENTS for c in verb.rights)
    before = (quote_before(verb, quotes) or inverted_tail(verb)) if beside else None
    if before and _colon_after(verb) is not None and _closed(text_of(verb.doc), before[0]):
        before = None  # '"B." Mr. Zahed said: "C."': a cue that opens a quotation with a colon leaves a closed one
    colon = (_colon_content(verb, quotes) or comma_quote(verb, quotes)) if beside and not before else None
    if cls != "speech" and colon not in quotes:
        colon = None  # '(read: without prescriptions)': the rest of a line is no quotation
    clause = clause_content(verb, frame) if not (before or colon) else None
    if clause is not None and _only_a_place_of_posting(verb.doc, clause):
        clause = None  # "posted on Twitter", "reported on Sunday": no content there
    content = before[0] if before else colon or clause or _beside_content(verb)
    if content is None and cls == "speech" and not passive_without_agent(verb):
        content = adjacent_quote(verb, quotes) or _tail_cue(verb)  # not "… he was formally called to. “…”"
    return before, content, colon


def _bounded(verb, content: Span, before: Optional[tuple[Span, Any]], colon: Optional[Span]) -> Span:
    """The content kept to the cue's paragraph (a colon's quotation may open the next one), its head and tail cut."""
    if content != colon:  # "X said:" may introduce a quote that opens the next paragraph
        content = within_paragraph(text_of(verb.doc), content if before else _go_on(verb, content), verb.idx)
    if not before and content != colon:
        content = cut_tail(verb.doc, cut_head(verb.doc, content) if content[0] > verb.idx else content)
    return content


def _speaker(verb, content: Span, before: Optional[tuple[Span, Any]], quotes: list[Span]) -> tuple[Any, Span]:
    """The cue's speaker, first found first, neither inside a quotation nor across a paragraph break; an agentless
    passive has none, and a raised subject's clause widens the content."""
    candidates = (own_subject(verb), before[1] if before else None, _outer_cue_subject(verb), subject_of(verb),
                  _subject_beyond_quote(verb, quotes), _inverted_subject(verb), _opening_name(verb))
    # '"Thanks, John!" responded Dennis Cheng': a "subject" inside the quote is no speaker
    text = text_of(verb.doc)
    subject = next((c for c in candidates if c is not None and not any(a <= c.idx < b for a, b in quotes)
                    and "\n" not in text[min(c.idx, verb.idx):max(c.idx, verb.idx)]), None)  # not over a paragraph break
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i and \
            passive_without_agent(verb) and verb.lemma_ != "quote":
        subject = None  # "Democrats are expected to gain seats", "Flynn was asked whether …": nobody named
        raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if raised is not None and any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.rights) and \
                raised.i < verb.i and content[0] > verb.idx and "\n" not in text_of(verb.doc)[raised.idx:verb.idx]:
            content = (raised.left_edge.idx, content[1])  # what is expected of whom: the whole clause
    return subject, content


# Set phrases that end in a speech verb and report nobody's words (lowercased words, the verb last).
SET_PHRASES = (("all", "told"), ("truth", "be", "told"), ("needless", "to", "say"), ("suffice", "it", "to", "say"),
               ("so", "to", "speak"), ("that", "is", "to", "say"))


def _set_phrase(verb) -> bool:
    """The verb closes a set phrase of :data:`SET_PHRASES` (``All told, …``, ``Suffice it to say …``)."""
    doc = verb.doc
    for phrase in SET_PHRASES:
        start = verb.i - len(phrase) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start:verb.i + 1]) == phrase:
            return True
    return False


def _closed(text: str, quote: Span) -> bool:
    """The quotation ends its sentence ('… terrorists."'), not with the comma that hands it to a cue."""
    return text[quote[0]:quote[1]].rstrip("\u201d\u2019\"' ")[-1:] in (".", "!", "?")


def _agentless_participle(verb) -> bool:
    """A passive participle modifying a noun without a ``by`` agent (``areas thought to represent …``,
    ``better than expected results``): the noun is what is thought of, no one who says it."""
    if verb.pos_ != "VERB" or any(c.dep_ == "agent" for c in verb.children):
        return False
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") or _set_off_participle(verb)


def _set_off_participle(verb) -> bool:
    """``Hilly areas, thought to represent exposed crust, cover …`` / ``Smith, believed to be the leader, was …``
    parsed with the participle (tagged VBN or VBD) as the verb of the noun before it: a bare participle (no have/be)
    right after its subject noun and a comma (not "Jones, the spokesman, said to wait"), with an infinitive after it
    (issue 12)."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    return verb.tag_ in ("VBN", "VBD") and subject is not None and subject.i == verb.i - 2 and \
        doc[verb.i - 1].text == "," and \
        not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
        any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.rights)


def _only_a_place_of_posting(doc, content: Span) -> bool:
    """``a letter posted on Twitter``: a content that is only a name after a preposition says nothing."""
    if not content[1] > content[0]:
        return False
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ != "pobj":
        return False
    return all(t.pos_ in ("PROPN", "DET", "PUNCT") for t in span)


def _imperative(verb) -> bool:
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(c.dep_ in SUBJECTS + ("aux",) for c in verb.children):
        return False
    return all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start:verb.i])


def _raising(verb) -> list[Attribution]:
    """``Melania seems to have vanished``: an impression with no one behind it; the whole clause."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    complement = next((c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "ccomp", "attr")), None)
    if subject is None or complement is None:
        return []
    doc = verb.doc
    content = trim(text_of(doc), (subject.left_edge.idx, token_end(complement.right_edge)))
    return [Attribution(kind="indirect", content=content, cue=cue_span(verb), cue_lemma=verb.lemma_.lower(),
                        cue_class="other", speaker=None, speaker_token=None)]


def _beside_content(verb) -> Optional[Span]:
    """``The economy is bad, he said`` parsed with the cue hanging off the content's verb."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") and not _comma_conjunct(verb) or verb.head is verb:
        return None
    if verb.dep_ not in ("parataxis", "conj") and not _as_opening(verb) and \
            (verb.i < verb.head.i or verb.doc[max(verb.left_edge.i - 1, 0)].text != ","):
        return None  # a real complement clause of its head, not ", he said"
    if not any(c.dep_ in SUBJECTS for c in verb.children) or _subordinate(verb):
        return None
    head = verb.head
    doc = verb.doc
    left, right = head.left_edge.i, head.right_edge.i
    for child in reversed(list(head.rights)):  # "…, he said, although …": the side clause is the writer's
        if child.i <= verb.i or child.is_punct:
            continue
        if doc[child.left_edge.i - 1].text in (",", ";") and \
                (side_clause(child, BESIDE_ASIDES) or side_clause(child) and cites(child)):
            right = child.left_edge.i - 1  # "…, he said, because …": its reason is said too (not a concession)
        break
    pieces = [(left, verb.left_edge.i - 1), (verb.right_edge.i + 1, right)]
    if _as_opening(verb):  # "But as Reuters reported, …": the opening conjunction is no part of it
        pieces = pieces[1:]
    pieces = [(a, b) for a, b in pieces if b >= a and has_words(doc[a:b + 1])]
    if not pieces:
        return None
    span = (doc[pieces[0][0]].idx, token_end(doc[pieces[-1][1]]))
    return trim(text_of(doc), span)


def _comma_conjunct(verb) -> bool:
    """``This includes a special force, Defense Secretary Ash Carter told a Senate panel.`` / ``…, but it is under
    pressure, said the company's chief executive``: a speech verb the parse joined to the content's verb as a
    conjunct, after a comma and with no "and"/"but" of its own (issue 12; PolNeAR train: 23 such gold quotes missed)."""
    if verb.dep_ != "conj" or verb.i < verb.head.i or cue_table().get(verb.lemma_.lower(), ("", ""))[0] != "speech":
        return False
    if verb.doc[max(verb.left_edge.i - 1, 0)].text != ",":  # not '…, and the chief executive said …'
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _as_opening(verb) -> bool:
    """``As the auditor noted, the fund has run dry``: an "as" clause opening its sentence, a comma after it, and
    the sentence's main clause after the comma; what the clause says is that main clause. Only a verb that reports a
    clause (``data/cues.tsv`` frame clause; not "As he spoke, …", a time)."""
    doc = verb.doc
    opener, end = verb.left_edge, verb.right_edge.i + 1
    if verb.dep_ != "advcl" or opener.lower_ != "as" or opener.dep_ != "mark" or verb.i > verb.head.i:
        return False
    if cue_table().get(verb.lemma_.lower(), ("", ""))[1] != "clause" or verb.lemma_.lower() in AS_TIME_VERBS:
        return False
    starts = opener.is_sent_start or (opener.i > 0 and doc[opener.i - 1].is_sent_start and doc[opener.i - 1].pos_ == "CCONJ")
    if doc[end - 1].text == ",":  # the comma may hang on the cue ("As X said, …")
        end -= 1
    return bool(starts) and end < len(doc) and doc[end].text == "," and verb.head.i > end


AS_TIME_VERBS = ("speak", "talk", "testify", "respond", "reply", "ask", "answer", "address", "campaign")


def _subordinate(verb) -> bool:
    """``…, when he responded quickly`` / ``…, as most companies reported higher sales``: a side clause of the
    writer's, not ``…, he said``; only ``…, as Reuters reported`` (nothing after the verb) reports the words; not
    ``…, as most companies reported in-line or better than expected results`` (a conjunct the parse hung there)."""
    opener = next((c for c in verb.lefts if c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB")), None)
    if verb.dep_ != "advcl" or opener is None:
        return False
    return opener.lower_ != "as" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj") for c in verb.rights)


def _colon_content(verb, quotes: list[Span]) -> Optional[Span]:
    """``X said:`` followed by the words (a quoted passage, or the rest of the paragraph)."""
    doc = verb.doc
    nxt = _colon_after(verb)
    if nxt is None:
        return None
    start = token_end(doc[nxt])
    for a, b in quotes:
        if a >= start and not text_of(doc)[start:a].strip():
            return a, b
    text = text_of(doc)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not text[start:end].strip():  # "Limbaugh added:" closing its paragraph: the next one is the words
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        if text[end:start].count("\n") > 2:
            return None
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    return trim(text, (start, end)) if end > start + 1 else None


def _go_on(verb, content: Span) -> Span:
    """``A, he said in a report, and B.`` / ``Though A, he said, B.``: a cue standing in the middle of
    its content; the words after the cue's own phrase belong to the content too."""
    doc = verb.doc
    if content[1] > verb.idx or verb.idx - content[1] > 120:
        return content
    subject = own_subject(verb)
    left = subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx
    if text_of(doc)[content[1]:left].strip(" \"'\u201c\u201d\u2018\u2019") != ",":
        return content  # the cue must stand between commas: "A, he said, B"
    end = verb.i
    for child in verb.rights:
        if child.dep_ in CUE_PHRASE:
            end = max(end, child.right_edge.i)
        elif not child.is_punct:
            break
    comma = end + 1
    sent = verb.sent
    if comma >= sent.end - 1 or doc[comma].text != ",":
        return content
    rest = [t for t in doc[comma + 1:sent.end] if not t.is_space]
    while rest and (rest[-1].is_punct and not rest[-1].is_quote):
        rest.pop()
    if len(rest) < 3 or rest[0].lower_ in GO_ON_STOPS or any(t.text == ";" for t in rest) or \
            (rest[0].pos_ in ("VERB", "AUX") and rest[0].dep_ not in SUBJECTS):
        return content
    if any(t.lemma_.lower() in cue_table() and t.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in t.children)
           for t in rest):
        return content  # another attribution begins
    return content[0], token_end(rest[-1])


# "A, he said, because/but/while/so B": B is said too (PolNeAR train: 16 of 18); a concession is the writer's
GO_ON_STOPS = ("although", "though", "whereas", "since", "adding", "noting",
               "citing", "according", "which", "who", "referring", "as", "when", "after", "before",
               "saying", "calling", "arguing", "explaining", "insisting", "warning", "pointing", "where")


def _colon_after(verb) -> Optional[int]:
    """The colon that closes the cue's clause: ``said:``, ``said in a statement on Friday:``."""
    doc = verb.doc
    for j in range(verb.i + 1, min(len(doc), verb.i + 16)):
        token = doc[j]
        if token.text == ":":
            return j
        if token.is_quote or token.text in (".", "!", "?", ";", "\n") or token.pos_ in ("VERB", "AUX") or \
                "\n" in token.text or token.dep_ in SUBJECTS:
            return None
    return None


def _opening_name(verb):
    """``7 p.m.\n\nDonald Trump is once again questioning …`` parsed across the paragraph break: the
    names that open the verb's paragraph right before its auxiliaries."""
    doc = verb.doc
    first = min([c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")] + [verb], key=lambda t: t.i)
    i = first.i - 1
    names = []
    while i >= 0 and doc[i].pos_ == "PROPN" and "\n" not in doc[i].text:
        names.append(doc[i])
        i -= 1
    if not names or not (i < 0 or "\n" in doc[i].text):
        return None
    return names[0]


def _outer_cue_subject(verb):
    """``China said it was opposed and warned North Korea …`` parsed with "warned" inside the reported
    clause: a second cue verb without subject coordinated there belongs to the outer speaker; so does a participle
    set off by a comma or a dash after the clause ("X said the bridge would reopen, suggesting …": not the bridge;
    'X said Y will have to choose, saying', through the reported clause's own verbs), or after a noun's "that"
    clause ('X rejected the notion that the plan failed, saying …': X, not the plan nor the notion)."""
    head = verb.head
    side = verb.dep_ == "advcl" and verb.tag_ == "VBG" and _set_off(verb)
    if verb.dep_ != "conj" and not side:
        return None
    for _ in range(OUTER_STEPS if side else 1):
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in cue_table():
            return own_subject(head.head)
        if side and _content_clause(head):
            return own_subject(_governor(head.head))
        if not side or head.dep_ not in ("conj", "xcomp"):
            return None
        head = head.head
    return None


def _subject_beyond_quote(verb, quotes: list[Span]):
    """``X seemed ready to joke, telling the crowd, “Some people get …”`` parsed with the participle under the
    quotation's verb: the subject of the first verb outside the quotation that the participle's head hangs from."""
    head = verb.head
    if verb.tag_ != "VBG" or not any(a <= head.idx < b for a, b in quotes):
        return None
    while head.head.i != head.i and any(a <= head.idx < b for a, b in quotes):
        head = head.head
    return None if any(a <= head.idx < b for a, b in quotes) else subject_of(head)


SET_OFF = (",", "\u2014", "\u2013", "--")  # the comma or dash setting a participle off from its clause
OUTER_STEPS = 3  # verbs of the reported clause a set-off participle may hang on ("will have to choose")


def _set_off(verb) -> bool:
    """A comma or dash right before the verb, or before the closing quotation mark right before it ('has “grown
    the party,” claiming …': the comma inside the quotation, as American style sets it)."""
    k = verb.i - 1
    while k > 0 and verb.doc[k].is_quote and verb.doc[k].is_punct:
        k -= 1
    return k >= 0 and verb.doc[k].text in SET_OFF


def _content_clause(clause) -> bool:
    """``the notion that …``, ``accusations that …``: a "that" clause completing a noun (not a relative clause)."""
    return clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _governor(noun):
    """The verb whose object the noun is (``rejected the notion``, ``pointed to the idea``), else the noun."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head
    return noun.head if noun.dep_ in ("dobj", "prep") and noun.head.pos_ == "VERB" else noun


def _tail_cue(verb) -> Optional[Span]:
    """``Language unclear on whether mothers are covered, experts say.``: a cue closing its sentence
    after a comma and its subject, whatever the parse made of the words before."""
    doc = verb.doc
    subject = own_subject(verb)
    if subject is None or subject.i > verb.i or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1:verb.sent.end]):
        return None
    start = verb.sent.start
    comma = subject.left_edge.i - 1
    if comma - start < 3:
        return None
    cues = cue_table()  # '"…," Marta Ivers said, Harbour Wire reported.': the inner quote is Ivers's
    if any(t.lemma_.lower() in cues and is_verb(t) for t in doc[start:comma]):
        return None
    return trim(text_of(doc), (doc[start].idx, doc[comma].idx))


def _inverted_subject(verb):
    """``"…?" asked campaign manager Robby Mook``: the parser took the speaker for an object; ``"…," said the
    woman, who …`` / ``said the woman, who did not want …``: it hung the noun phrase after the verb elsewhere."""
    if verb.lemma_ not in ("say", "ask", "add", "write", "respond", "reply", "tell", "continue"):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj") and child.pos_ == "PROPN":
            return child
    return _stray_noun_after(verb)


def _stray_noun_after(verb):
    """The head of a noun phrase right after a speech verb that closes a quotation (``," said the woman``) and
    has no subject of its own, when the parse attached that phrase to another verb."""
    doc = verb.doc
    if verb.i < 2 or not doc[verb.i - 1].is_quote or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    k = verb.i + 1
    while k < len(doc) and doc[k].dep_ in ("det", "amod", "compound", "poss", "nummod") and doc[k].head.i > k:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or doc[k].head.i == verb.i or k == verb.i + 1 and \
            doc[k].pos_ == "NOUN":
        return None  # a bare noun right after the verb ("said today") is no speaker
    return doc[k]


def _recipient(verb):
    """Who the words were given to: ``told the newspaper``, ``showed the media outlet``."""
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            if verb.lemma_ in ("tell", "show", "inform", "give", "write"):
                return child
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and verb.lemma_ in ("say", "speak", "write", "talk", "tell", "explain"):
                return pobj
    return None
