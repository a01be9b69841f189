"""Syntax helpers of the attribution rules: subjects, noun-phrase and cue spans, trimming, paragraphs.

Shared by every rule module (``verbs``, ``others``, ``merge``, ``driver``) and by ``coref``; it imports
nothing of the quotes package.
"""

from __future__ import annotations

from ...record import Span  # noqa: F401 - re-exported: the rule modules import it from here

ADDRESSEE_VERBS = ("ask", "tell", "call", "urge", "inform", "advise", "question", "accuse", "criticize")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
INHERIT = ("advcl", "conj", "xcomp", "pcomp", "acl")  # deps along which a cue takes its head's subject
TRIM_CHARS = " \t\n,;:—–-"
NP_PREPS = ("of", "for", "at", "with", "from", "in", "to")
TEXT_KEY = "newstrace.text"


def text_of(doc) -> str:
    """``doc.text``, built once (spaCy joins every token on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def is_verb(token) -> bool:
    if token.dep_ in ("amod", "compound"):
        return False
    return token.pos_ in ("VERB", "AUX") or (token.lemma_ == "say" and token.tag_ == "NNS")


def within_paragraph(text: str, span: Span, at: int) -> Span:
    """Cut a content to the paragraph of its cue (quotes that run on are grown back later)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return trim(text, (max(span[0], start), min(span[1], end)))


def is_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def own_subject(verb, cue=None):
    """The verb's subject; of two before it ("The Latest: Trump urges …"), the nearer -- before ``cue`` when one is
    given ('BOSTON — Sen. Jo Olsen defended …, saying': not the dateline the parse took for a second subject of the
    verb the cue hangs on); else the first."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < (cue if cue is not None else verb).i]
    return before[-1] if before else (subjects[0] if subjects else None)


def passive_without_agent(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def has_words(span) -> bool:
    return any(t.is_alpha for t in span)


VEHICLE_NOUNS = ("statement", "speech", "letter", "message", "note", "memo", "email", "tweet", "remarks", "video")


def subject_of(verb):
    """The nearest mention of who speaks: the cue's subject, or its head's along a chain."""
    token = verb
    for _ in range(4):
        if token.lemma_ in ADDRESSEE_VERBS and (any(c.dep_ == "nsubjpass" for c in token.children) or
                                                bare_participle(token)):
            return _agent(token)  # "X was asked", "Asked whether …, X said": X is who was spoken to
        subject = own_subject(token, verb)
        if subject is not None:
            return subject
        for child in token.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if token.dep_ == "acl" and token.head.lower_ == "order" and token.head.head.lower_ == "in":
            token = token.head.head.head  # "X cut it in order to show that ...": X's purpose, "order" is no one
            continue
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token.head
            if token.dep_ == "acl" and head.lemma_.lower() in VEHICLE_NOUNS and head.dep_ == "dobj":
                token = head.head  # "X issued a statement saying …": X speaks, through the statement
                continue
            return head
        if token.dep_ not in INHERIT and not (token.dep_ == "pcomp" or token.head.dep_ == "prep"):
            return None
        token = token.head if token.dep_ != "pcomp" else token.head.head
    return None


def bare_participle(verb) -> bool:
    """A past participle opening a side clause before its head, with no subject or auxiliary of its own ("Asked
    whether …, she said", "When asked if …"; the tagger reads a sentence-initial one as VBD as often): passive, so
    the subject it borrows from its head is who was spoken to, not who spoke (issue 12; PolNeAR train: such "asked"
    clauses name no source 69 times in 78, else the asker after "by")."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ == "advcl" and verb.i < verb.head.i and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _agent(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def np_span(token) -> Span:
    """The span of a noun phrase: its left edge to its head, with names, appositions, of-phrases and a group of
    plural nouns joined by "and"."""
    doc = token.doc
    right = token.i
    groups = _groups(token)
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "nummod", "appos") or \
                (child.dep_ == "prep" and child.lower_ in NP_PREPS) or child in groups:
            right = max(right, child.right_edge.i)
        elif child.dep_ != "punct" and not (groups and child.dep_ == "cc"):
            break
    brk = next((k for k in range(token.i + 1, right + 1) if "\n" in doc[k].text), None)
    if brk is not None:  # a sentence the parser ran over a paragraph break: the phrase ends with its paragraph
        right = brk - 1
    while right > token.i and doc[right].is_punct and not _closes_bracket(doc, token.i, right):
        right -= 1
    if right + 1 < len(doc) and _closes_bracket(doc, token.i, right + 1):
        right += 1  # "The World Health Organization (WHO)": the acronym's bracket closes in the phrase
    left = token.left_edge.i
    for k in range(token.i - 1, left - 1, -1):  # "6 p.m.\n\nBernie Sanders": the name's own paragraph
        if "\n" in doc[k].text:
            left = k + 1
            break
    return doc[left].idx, token_end(doc[right])


def _groups(token) -> list:
    """``Experts and brokerages``, ``analysts and traders``: bare plural nouns joined by "and" name one group
    (two named people stay apart: the attribution guide counts no joint statement of theirs)."""
    if token.tag_ != "NNS" or any(c.dep_ != "det" for c in token.lefts):
        return []
    conj = [c for c in token.rights if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in token.rights)
    bare = all(c.tag_ == "NNS" and not list(c.lefts) for c in conj)  # "Iraqi officers and French officials": two
    return conj if joined and conj and bare else []


def _closes_bracket(doc, start: int, at: int) -> bool:
    """``The World Health Organization (WHO)``: a closing bracket whose opening one is in the phrase stays."""
    opened = sum(1 for t in doc[start:at] if t.text == "(") - sum(1 for t in doc[start:at] if t.text == ")")
    return doc[at].text == ")" and opened > 0


def cue_span(verb) -> Span:
    end = verb
    for child in verb.rights:
        if child.dep_ == "prt":
            end = child
    start = verb
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i >= verb.i - 3:
            start = child
            break
    return start.idx, token_end(end)


def subtree_span(token) -> Span:
    doc = token.doc
    return trim(text_of(doc), (token.left_edge.idx, token_end(token.right_edge)))


def token_end(token) -> int:
    return token.idx + len(token.text)


def trim(text: str, span: Span) -> Span:
    a, b = span
    while a < b and text[a] in TRIM_CHARS:
        a += 1
    while b > a and text[b - 1] in TRIM_CHARS:
        b -= 1
    return a, b


def is_inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def is_quote_verb(word: str) -> bool:
    return word.strip(".,;:").lower() in ("said", "says", "added", "told", "asked", "wrote")
