"""Attributions found in one pass over the shared spaCy Doc: cue, content, nearest speaker mention.

A cascade of rules, each reading the dependency parse:

1. a cue verb (``data/cues.tsv``) with a clausal complement: ``X said (that) …``, ``X plans to …``,
   ``urged voters to …``, or an object: ``called Trump a liar``, ``accused X of Y``, ``proposed
   dropping …``; a reported clause the parse cut short runs to its sentence end;
2. a cue verb standing beside its content: ``…, he said.`` / ``A, he said in a report, and B.``;
3. a speech verb ending in a colon or introducing a quotation with a comma: ``X said: "…"`` (the
   words may open the next paragraph), ``he said, "…"``;
4. ``according to X, …``;
5. quotes signed ``― Name``;
6. noun cues: ``Trump's claim that …``, ``criticism of X``, ``Abedin's reply: "…"``;
7. adjectives of belief and feeling: ``she was sure (that) …``, ``concerned about X``;
8. lines opened by a named source and a colon: ``Sanders: Clinton needs to …``.

Contents that touch a quoted passage grow to the whole passage (multi-sentence and run-over
quotes); ``"A," she said. "B."`` becomes one attribution (two with the same speaker when the words
between outweigh the quoted ones). Asides that end a content (``, which …``,
``, focusing on …``, ``; …``, a time phrase after an object) are the writer's and are cut.
Attributions inside another's content are dropped (one level, as news readers count them). The
speaker is the nearest mention: the subject of the cue (inherited along ``adding …``, ``… and
added``, ``quoted as saying``, ``issued a statement saying``), never a word inside the quote nor one
across a paragraph break; a passive cue without agent (``is expected to``, ``was asked``) names nobody.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Optional

from .quote_marks import quoted_spans
from .quote_speakers import repair_modal_names, resolve_relatives

Span = tuple[int, int]

ADDRESSEE_VERBS = ("ask", "tell", "call", "urge", "inform", "advise", "question", "accuse", "criticize")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLAUSES = ("ccomp", "xcomp")
INHERIT = ("advcl", "conj", "xcomp", "pcomp", "acl")  # deps along which a cue takes its head's subject
TRIM_CHARS = " \t\n,;:—–-"
RECIPIENT_VERBS = ("tell", "ask", "inform", "advise", "show", "quote", "call", "urge", "accuse", "describe")
REPLY_PREPS = ("to", "with", "by")  # "responded to the charge", "responded with attacks"
TOPIC_PREPS = ("for", "about", "on")  # "called for …", "talked about …", "commented on …"
SIDE_CLAUSES = ("advcl",)
SIDE_MARKS = ("although", "though", "while", "whereas", "because", "as", "since", "but")
SIGNATURE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*(?P<dash>[\u2015\u2014\u2013]|--)[ \t\u00a0]*"
                       r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,4})[ \t\u00a0]*(?:\n|$)")
NP_PREPS = ("of", "for", "at", "with", "from", "in", "to")
MAX_BRIDGE_TOKENS = 30
MAX_SPEAKER_WORDS = 14  # "…," Rep. Jim Jordan (R-Ohio), an oversight panel member, said  # "A," she said, smiling. "B." : the words between two pieces of one quote
NEAR = 60  # chars between a cue and its content beyond which another, nearer cue wins


@dataclass(frozen=True)
class Attribution:
    kind: str                 # direct | indirect | according_to
    content: Span
    cue: Span
    cue_lemma: str
    cue_class: str            # speech | other | according_to
    speaker: Optional[Span]   # nearest mention naming who said it
    speaker_token: Optional[int]
    recipient: Optional[Span] = None  # "told the newspaper": through whom the words came
    recipient_token: Optional[int] = None
    fragments: tuple[Span, ...] = ()  # '"A," she said, "B."': the pieces (content is their hull)
    speaker_relative: Optional[Span] = None  # "X, who said …": the pronoun; speaker is then X


@functools.lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    """(lemma, class, frame) rows of ``data/cues.tsv``."""
    text = resources.files("newstrace.data").joinpath("cues.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


NOUN_FRAMES = ("noun", "noun-of")  # noun-of: "criticism of X", "questions about X" as well as "claim that …"
ADJ_FRAMES = ("adj",)              # "she was sure (that) …", "concerned about X", "it is unclear how …"


@functools.lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[str, str]]:
    """verb lemma -> (class, frame) from ``data/cues.tsv``."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame not in NOUN_FRAMES + ADJ_FRAMES}


@functools.lru_cache(maxsize=1)
def noun_cue_table() -> dict[str, tuple[str, str]]:
    """noun lemma -> (class, frame) from ``data/cues.tsv`` (rows with a noun frame)."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame in NOUN_FRAMES}


@functools.lru_cache(maxsize=1)
def adj_cue_table() -> dict[str, tuple[str, str]]:
    """adjective lemma -> (class, frame) from ``data/cues.tsv`` (rows with frame adj)."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame in ADJ_FRAMES}


USER_DATA_KEY = "newstrace.attributions"
TEXT_KEY = "newstrace.text"


def text_of(doc) -> str:
    """``doc.text``, built once (spaCy joins every token on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def attributions_of(doc, start: int | Span = 0) -> list[Attribution]:
    """The Doc's attributions, found once and kept in ``doc.user_data`` for the later stages."""
    found = doc.user_data.get(USER_DATA_KEY)
    if found is None:
        found = doc.user_data[USER_DATA_KEY] = find_attributions(doc, start)
    return found


def find_attributions(doc, start: int | Span = 0) -> list[Attribution]:
    """Every attribution of the Doc, in text order, nested ones removed. ``start`` is the dateline
    (its span, or where it ends): no content begins inside it; a headline above it stays."""
    dateline = (0, start) if isinstance(start, int) else tuple(start)
    repair_modal_names(doc)  # '"…," May told reporters': the surname, not the modal
    quotes = quoted_spans(text_of(doc))
    cues, nouns, adjectives = cue_table(), noun_cue_table(), adj_cue_table()
    found: list[Attribution] = []
    for token in doc:
        if token.lemma_ == "accord" and token.text.lower() == "according":
            found.extend(_according_to(token))
        elif token.lemma_.lower() in cues and _is_verb(token):
            found.extend(_verb_cue(token, cues[token.lemma_.lower()], quotes))
        elif token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
            found.extend(_noun_cue(token, nouns[token.lemma_.lower()], quotes))
        elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ in adjectives:
            found.extend(_adjective_cue(token, adjectives[token.lower_]))
    found.extend(_signed_quotes(doc, quotes))
    found.extend(_labelled_lines(doc))
    found = resolve_relatives(found, doc)  # "X, who said …": X speaks
    found = [_grow_to_quotes(a, quotes, text_of(doc)) for a in found
             if not any(_inside(a.cue, q) for q in quotes)]  # words inside a quote belong to its speaker
    found = _merge_interrupted(found, quotes, doc)
    found = [a if a.content[1] <= dateline[0] else
             with_content(a, _trim(text_of(doc), (max(a.content[0], dateline[1]), a.content[1])))
             for a in found
             if a.content[1] <= dateline[0] or a.content[1] > dateline[1] + 1]
    return _drop_nested(found)


def _is_verb(token) -> bool:
    if token.dep_ in ("amod", "compound"):
        return False
    return token.pos_ in ("VERB", "AUX") or (token.lemma_ == "say" and token.tag_ == "NNS")


# --- rule 1-3: cue verbs -----------------------------------------------------------------------

def _verb_cue(verb, entry: tuple[str, str], quotes: list[Span]) -> list[Attribution]:
    cls, frame = entry
    if _imperative(verb):
        return []  # "Remember, …", "Think about it": the writer addresses the reader
    if frame == "raising":
        return _raising(verb)
    before = _quote_before(verb, quotes) if cls == "speech" else None
    colon = (_colon_content(verb, quotes) or _comma_quote(verb, quotes)) if cls == "speech" and not before else None
    content = before[0] if before else colon or _clause_content(verb, frame) or _beside_content(verb)
    if content is None and cls == "speech" and not _passive_without_agent(verb):
        content = _adjacent_quote(verb, quotes) or _tail_cue(verb)  # not "… he was formally called to. “…”"
    if content is None or (frame == "quote" and not any(a < content[1] and content[0] < b for a, b in quotes)):
        return []
    if content != colon:  # "X said:" may introduce a quote that opens the next paragraph
        content = _within_paragraph(text_of(verb.doc), content if before else _go_on(verb, content), verb.idx)
    if not before and content != colon:
        content = _cut_tail(verb.doc, content)
    if content[1] <= content[0]:
        return []
    candidates = (_own_subject(verb), before[1] if before else None, _outer_cue_subject(verb), subject_of(verb),
                  _inverted_subject(verb), _opening_name(verb))
    # '"Thanks, John!" responded Dennis Cheng': a "subject" inside the quote is no speaker
    text = text_of(verb.doc)
    subject = next((c for c in candidates if c is not None and not any(a <= c.idx < b for a, b in quotes)
                    and "\n" not in text[min(c.idx, verb.idx):max(c.idx, verb.idx)]), None)  # not over a paragraph break
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i and \
            _passive_without_agent(verb) and verb.lemma_ != "quote":
        subject = None  # "Democrats are expected to gain seats", "Flynn was asked whether …": nobody named
        raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if raised is not None and any(c.dep_ == "xcomp" and _is_infinitive(c) for c in verb.rights) and \
                raised.i < verb.i and content[0] > verb.idx and "\n" not in text_of(verb.doc)[raised.idx:verb.idx]:
            content = (raised.left_edge.idx, content[1])  # what is expected of whom: the whole clause
    recipient = _recipient(verb)
    return [Attribution(
        kind="indirect", content=content, cue=_cue_span(verb), cue_lemma=verb.lemma_.lower(),
        cue_class=cls, speaker=np_span(subject) if subject is not None else None,
        speaker_token=subject.i if subject is not None else None,
        recipient=np_span(recipient) if recipient is not None else None,
        recipient_token=recipient.i if recipient is not None else None)]


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
    content = _trim(text_of(doc), (subject.left_edge.idx, _token_end(complement.right_edge)))
    return [Attribution(kind="indirect", content=content, cue=_cue_span(verb), cue_lemma=verb.lemma_.lower(),
                        cue_class="other", speaker=None, speaker_token=None)]


def _clause_content(verb, frame: str) -> Optional[Span]:
    text = text_of(verb.doc)
    for child in sorted(verb.children, key=lambda c: c.i < verb.i and not _comma_before(verb, c)):
        if child.dep_ in CLAUSES or _that_clause(verb, child):
            if child.dep_ == "xcomp" and not _is_infinitive(child) and not \
                    (child.tag_ == "VBG" and child.i == verb.i + 1 + _particles(verb)):  # "proposed dropping …"
                continue
            if "\n" in text[min(child.idx, verb.idx):max(child.idx, verb.idx)]:
                continue  # a sentence the parser ran over a paragraph break (headline + dateline)
            span = _clause_span(child)
            if child.dep_ == "ccomp" and child.i > verb.i and _main_clause(verb):
                span = _to_sentence_end(child, span)
            if child.dep_ == "xcomp" and child.i > verb.i:  # "urged voters to stay home": who, and what
                obj = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < child.i), None)
                if obj is None:  # "called on Obama to retaliate"
                    on = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "on" and c.i < child.i), None)
                    obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                if obj is not None:
                    span = (obj.left_edge.idx, span[1])
            return span
    predicative = _predicative(verb)
    if frame == "object" or (frame == "clause" and verb.lemma_ not in RECIPIENT_VERBS) or predicative:
        for child in verb.rights:
            if child.dep_ in ("dobj", "oprd") and (child.pos_ in ("NOUN", "PROPN") or
                                                   predicative and child.pos_ == "PRON"):
                if verb.lemma_ == "add" and _counted(child):
                    return None  # "the economy added 156,000 jobs": added to a figure, not words
                return _object_span(verb, child)
    preps = TOPIC_PREPS + REPLY_PREPS if verb.lemma_ in ("respond", "reply") else TOPIC_PREPS
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i == verb.i + 1 + _particles(verb):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return _subtree_span(pobj)
    return None


def _counted(noun) -> bool:
    return noun.like_num or any(c.dep_ == "nummod" or c.like_num for c in noun.children)


def _that_clause(verb, child) -> bool:
    """``tweeted in the early hours that Machado was …`` parsed as a side clause: one opened by "that"."""
    return child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ == "that" and \
        child.left_edge.i > verb.i


def _comma_before(verb, clause) -> bool:
    """``The economy is bad, he said``: the clause ends with a comma (or quote marks) right before the
    cue's clause; other clauses on the left lose to one after the cue."""
    doc = verb.doc
    opener = doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    if (clause.left_edge.pos_ == "SCONJ" or clause.left_edge.lower_ in SIDE_MARKS) and \
            not (opener is not None and opener.is_quote):
        return False  # "While he acknowledged …, Ham noted …"
    subject = _own_subject(verb)
    left = subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx
    between = text_of(verb.doc)[_token_end(clause.right_edge):left]
    return between.strip(" \"'\u201c\u201d\u2018\u2019") in (",", "")


def _predicative(verb) -> bool:
    """``called them "inappropriate"``, ``described Clinton as …``: the object and what it is called."""
    return any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.rights)


def _object_span(verb, obj) -> Span:
    """The object and the complements after it (``show the West as a sea of chaos``), without side
    clauses and coordinated predicates."""
    doc = verb.doc
    right = obj.right_edge.i
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.dep_ in ("prep", "oprd", "xcomp", "advmod", "npadvmod", "dative") and \
                (doc[child.left_edge.i - 1].text not in (",", ";", "\u2014", "-", "--") or
                 child.dep_ == "prep" and child.lower_ == "of" and verb.lemma_ in OF_VERBS):
            if _when(child):
                break  # "endorsed Clinton on Thursday": when, not what
            right = child.right_edge.i
        elif child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            right = child.right_edge.i  # "called the citation and the demand a ploy" (objects parsed as conjuncts)
        elif child.dep_ == "cc":
            continue
        else:
            break
    return _trim(text_of(doc), (obj.left_edge.idx, _token_end(doc[right])))


OF_VERBS = ("accuse", "suspect", "convict", "warn", "remind", "inform", "notify", "assure", "convince")  # "accused X, who …, of Y"


def _when(child) -> bool:
    """A time phrase: ``on Thursday``, ``last week``, ``in 2015``."""
    if child.dep_ == "prep":
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        return pobj is not None and pobj.ent_type_ in ("DATE", "TIME") and pobj.right_edge.i == child.right_edge.i
    return child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in ("DATE", "TIME")


def _particles(verb) -> int:
    return sum(1 for c in verb.rights if c.dep_ in ("prt", "advmod") and c.i <= verb.i + 2)


def _clause_span(token) -> Span:
    """A complement clause without trailing side clauses: ``, although …``, ``, adding that …``
    (a cue of its own), ``; …`` (a new clause)."""
    doc = token.doc
    right = token.right_edge.i
    for child in reversed(list(token.rights)):
        before = doc[child.left_edge.i - 1].text
        if before == ";" or (before == "," and _side_clause(child)):
            right = child.left_edge.i - 1
        elif before.lower() == "and" and child.dep_ == "conj" and child.lemma_.lower() in cue_table() and \
                child.pos_ == "VERB" and child.left_edge.i == child.i:
            right = child.left_edge.i - 2  # "… was a con and encouraged Americans to …": a second attribution
        elif child.is_punct:
            continue
        else:
            break
    semicolon = next((k for k in range(token.left_edge.i + 3, right) if doc[k].text == ";"), None)
    if semicolon is not None and not any(t.is_quote for t in doc[token.left_edge.i:semicolon]):
        right = semicolon - 1  # "…; they only learned on Friday …": a new clause of the writer's
    return _trim(text_of(doc), (token.left_edge.idx, _token_end(doc[right])))


def _cut_tail(doc, span: Span) -> Span:
    """``…, which forced her to leave early`` / ``…, focusing on people under 30``: an aside that runs
    to the end of the content is the writer's, not part of what was said."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand") if span[1] > span[0] else None
    if tokens is None or len(tokens) < 6:
        return span
    last = tokens[-1].i
    for k in range(tokens.start + 3, last - 1):
        if doc[k].text != ",":
            continue
        nxt = doc[k + 1]
        if nxt.lower_ == "which" and nxt.head.dep_ == "relcl" and nxt.head.right_edge.i >= last - 1:
            return _trim(text_of(doc), (span[0], doc[k].idx))
        if nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "xcomp", "acl") and nxt.right_edge.i >= last - 1:
            return _trim(text_of(doc), (span[0], doc[k].idx))
    return span



def _main_clause(verb) -> bool:
    """The verb is its sentence's predicate (or coordinated with it), not inside a subject or a side clause."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


CLAUSE_STOPS = ("although", "though", "while", "whereas", "because", "but", "adding", "noting",
                                   "citing", "according", "which", "who", "referring", "saying", "calling", "arguing",
                                   "explaining", "insisting", "warning", "pointing", "where", "as", "even", "despite",
                                   "a", "an", "the", "and", "or", "when", "after", "before", "since", "if", "so")


def _to_sentence_end(clause, span: Span) -> Span:
    """``said the test is not exactly right when …``: a reported clause the parse cut short goes on to
    the end of its sentence, unless a side clause, a new clause or another attribution comes first."""
    doc = clause.doc
    sent = clause.sent
    i = clause.right_edge.i + 1
    end = sent.end
    while end > i and (doc[end - 1].is_punct or doc[end - 1].is_space) and not doc[end - 1].is_quote:
        end -= 1
    if i >= end or doc[i].idx < span[1] - 1:
        return span
    rest = doc[i:end]
    if any(t.text in (";", ":", "\u2014", "--", "(") or "\n" in t.text or t.is_quote or
           (t.lemma_.lower() in cue_table() and t.pos_ == "VERB") for t in rest):
        return span
    if doc[i].text == "," and (i + 1 >= end or doc[i + 1].lower_ in CLAUSE_STOPS or
                               doc[i + 1].pos_ in ("VERB", "ADV", "SCONJ", "ADP")):
        return span
    return span[0], _token_end(doc[end - 1])


def _side_clause(child) -> bool:
    if child.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if child.lemma_.lower() in cue_table():
        return True
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SIDE_MARKS for c in child.children)


def _within_paragraph(text: str, span: Span, at: int) -> Span:
    """Cut a content to the paragraph of its cue (quotes that run on are grown back later)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return _trim(text, (max(span[0], start), min(span[1], end)))


def _is_infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _beside_content(verb) -> Optional[Span]:
    """``The economy is bad, he said`` parsed with the cue hanging off the content's verb."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head is verb:
        return None
    if verb.dep_ != "parataxis" and (verb.i < verb.head.i or verb.doc[max(verb.left_edge.i - 1, 0)].text != ","):
        return None  # a real complement clause of its head, not ", he said"
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    head = verb.head
    doc = verb.doc
    left, right = head.left_edge.i, head.right_edge.i
    for child in reversed(list(head.rights)):  # "…, he said, although …": the side clause is the writer's
        if child.i <= verb.i or child.is_punct:
            continue
        if doc[child.left_edge.i - 1].text in (",", ";") and _side_clause(child):
            right = child.left_edge.i - 1
        break
    pieces = [(left, verb.left_edge.i - 1), (verb.right_edge.i + 1, right)]
    pieces = [(a, b) for a, b in pieces if b >= a and _has_words(doc[a:b + 1])]
    if not pieces:
        return None
    span = (doc[pieces[0][0]].idx, _token_end(doc[pieces[-1][1]]))
    return _trim(text_of(doc), span)


def _colon_content(verb, quotes: list[Span]) -> Optional[Span]:
    """``X said:`` followed by the words (a quoted passage, or the rest of the paragraph)."""
    doc = verb.doc
    nxt = _colon_after(verb)
    if nxt is None:
        return None
    start = _token_end(doc[nxt])
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
    return _trim(text, (start, end)) if end > start + 1 else None


def _go_on(verb, content: Span) -> Span:
    """``A, he said in a report, and B.`` / ``Though A, he said, B.``: a cue standing in the middle of
    its content; the words after the cue's own phrase belong to the content too."""
    doc = verb.doc
    if content[1] > verb.idx or verb.idx - content[1] > 120:
        return content
    subject = _own_subject(verb)
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
    return content[0], _token_end(rest[-1])


CUE_PHRASE = ("prep", "npadvmod", "advmod", "dobj", "dative", "agent", "prt", "nsubj", "pobj", "tmod")
GO_ON_STOPS = ("although", "though", "while", "whereas", "because", "since", "but", "adding", "noting",
               "citing", "according", "which", "who", "referring", "as", "when", "after", "before", "so",
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


def _quote_before(verb, quotes: list[Span]):
    """``"…," Trump, 70, told CNN``: (the passage, the speaker between it and the cue) or None."""
    doc = verb.doc
    for a, b in quotes:
        if not b <= verb.idx or b < verb.idx - 200 or not _opens_sentence(text_of(doc), a):
            continue
        between = text_of(doc)[b:verb.idx]
        if "\n" in between or len(between.split()) > MAX_SPEAKER_WORDS or \
                any(_is_quote_verb(w) for w in between.split()) or ". " in between.replace("Mr. ", ""):
            continue
        return (a, b), _speaker_between(doc, b, verb)
    return None


def _opens_sentence(text: str, at: int) -> bool:
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


def _own_subject(verb):
    """The verb's subject; of two before it ("The Latest: Trump urges …"), the nearer."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


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
    clause: a second cue verb without subject coordinated there belongs to the outer speaker."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.lemma_.lower() not in cue_table():
        return None
    return _own_subject(head.head)


def _tail_cue(verb) -> Optional[Span]:
    """``Language unclear on whether mothers are covered, experts say.``: a cue closing its sentence
    after a comma and its subject, whatever the parse made of the words before."""
    doc = verb.doc
    subject = _own_subject(verb)
    if subject is None or subject.i > verb.i or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1:verb.sent.end]):
        return None
    start = verb.sent.start
    comma = subject.left_edge.i - 1
    if comma - start < 3:
        return None
    cues = cue_table()  # '"…," Marta Ivers said, Harbour Wire reported.': the inner quote is Ivers's
    if any(t.lemma_.lower() in cues and _is_verb(t) for t in doc[start:comma]):
        return None
    return _trim(text_of(doc), (doc[start].idx, doc[comma].idx))


def _passive_without_agent(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _comma_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``he said, “I mean, stop it.”`` / ``said in a statement, “…”``: a quotation the cue introduces
    with a comma is the content, whatever the parse hung under the verb."""
    doc = verb.doc
    text = text_of(doc)
    end = verb.i
    for child in verb.rights:
        if child.dep_ in ("prep", "npadvmod", "advmod", "prt", "dative", "agent") and not any(
                t.is_quote for t in child.subtree):
            end = child.right_edge.i
        elif not child.is_punct:
            break
    after = _token_end(doc[end])
    for a, b in quotes:
        if a < after:
            continue
        between = text[after:a]
        if between.strip() == "," and "\n" not in between:
            return a, b
        break
    return None


def _adjacent_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``"…?" asked X`` / ``"…" X said to cheers`` / ``X replied, "…"``: a quote right beside the clause."""
    doc = verb.doc
    clause_start, clause_end = verb.left_edge.idx, _token_end(verb.right_edge)
    for a, b in quotes:
        if b <= clause_start and _only_marks(text_of(doc)[b:clause_start]):
            return a, b
        if a >= clause_end - 1 and _only_marks(text_of(doc)[clause_end:a]) and "\n" not in text_of(doc)[clause_end:a]:
            return a, b
    return None


def _only_marks(text: str) -> bool:
    return len(text) < 6 and not any(ch.isalnum() for ch in text)


# --- rule 6: noun cues ---------------------------------------------------------------------------

NOUN_TOPIC_PREPS = ("of", "about", "over", "against")


def _noun_cue(noun, entry: tuple[str, str], quotes: list[Span] = ()) -> list[Attribution]:
    """``Trump's claim that …``, ``the hope that …``, ``his plan to …``, ``criticism of X`` (noun-of),
    ``Abedin's reply: “…”``: the clause, topic or quotation after the noun; the speaker is the
    possessor or ``by``/``from`` X."""
    cls, frame = entry
    content = None
    doc = noun.doc
    text = text_of(doc)
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
        after = _token_end(doc[noun.i + 1])
        content = next(((a, b) for a, b in quotes if a >= after and not text[after:a].strip()), None)
    quoted = content is not None
    for child in noun.rights if not quoted else ():
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and child.pos_ in ("VERB", "AUX") and \
                (_is_infinitive(child) or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)):
            content = _clause_span(child)
            break
        if frame == "noun-of" and child.dep_ == "prep" and child.lower_ in NOUN_TOPIC_PREPS and \
                child.i == noun.i + 1:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                content = _subtree_span(pobj)
                break
    if content is None:
        return []
    if not quoted:
        content = _within_paragraph(text, content, noun.idx)
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                speaker = next((c for c in child.children if c.dep_ == "pobj"), None)
                break
    if speaker is None and quoted and noun.dep_ == "dobj":
        speaker = subject_of(noun.head)  # "Obama is rolling out a new message: “…”"
    if speaker is not None and speaker.idx >= content[0]:
        speaker = None
    return [Attribution(kind="indirect", content=content, cue=(noun.idx, _token_end(noun)),
                        cue_lemma=noun.lemma_.lower(), cue_class=cls,
                        speaker=np_span(speaker) if speaker is not None else None,
                        speaker_token=speaker.i if speaker is not None else None)]


# --- rule 7: adjective cues ------------------------------------------------------------------------

ADJ_TOPIC_PREPS = ("about", "of", "over", "with", "in", "on")
COPULAS = ("be", "feel", "seem", "remain", "become", "appear", "sound", "look")


def _adjective_cue(adj, entry: tuple[str, str]) -> list[Attribution]:
    """``She was sure Trump would win``, ``Republicans were concerned about the shift``, ``It is unclear
    how …``: the clause or topic after the adjective; the speaker is the copula's subject (none for
    an impersonal ``it``)."""
    cls, _frame = entry
    verb = adj.head
    if verb.lemma_ not in COPULAS:
        return []
    content = None
    for child in list(adj.rights) + [c for c in verb.rights if c.i > adj.i]:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and _is_infinitive(child)):
            content = _clause_span(child)
            break
        if child.dep_ == "prep" and child.lower_ in ADJ_TOPIC_PREPS and child.head.i == adj.i:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.pos_ not in ("PRON", "DET") and pobj.right_edge.i > pobj.left_edge.i:
                content = _subtree_span(pobj)
                break
    if content is None:
        return []
    doc = adj.doc
    content = _within_paragraph(text_of(doc), content, adj.idx)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adj.i), None)
    if subject is None and verb.dep_ in INHERIT:
        subject = subject_of(verb)
    if subject is not None and (subject.lower_ in ("it", "this", "that") or subject.dep_ == "expl"):
        subject = None  # "it is unclear whether …": nobody is said to be unsure
    cue_start = min(verb.idx, adj.idx) if verb.i < adj.i else adj.idx
    return [Attribution(kind="indirect", content=content, cue=(cue_start, _token_end(adj)),
                        cue_lemma=adj.lower_, cue_class=cls,
                        speaker=np_span(subject) if subject is not None else None,
                        speaker_token=subject.i if subject is not None else None)]


# --- rule 8: labelled lines ------------------------------------------------------------------------

LABEL = re.compile(r"^(?P<name>[A-Z][^:\n]{0,60}?)[ \t]*:[ \t]+(?P<content>[^\n]*\w[^\n]*)$", re.M)
LABEL_WORDS = 7
EDITORIAL_LABELS = {"correction", "corrections", "update", "updated", "note", "editor", "clarification", "spoiler",
                    "alert", "disclosure", "related", "photo", "video", "credit", "tags", "topics", "abstract",
                    "watch", "listen", "read", "more", "advertisement", "source", "sources", "contact", "share"}


def _labelled_lines(doc) -> list[Attribution]:
    """``Sanders: Clinton needs to …`` / ``Poll: Clinton and Trump in dead heat``: a line opened by
    a short name and a colon (headlines, transcripts) is what that name said or found."""
    text = text_of(doc)
    found = []
    for match in LABEL.finditer(text):
        label = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if label is None or not 0 < len(label) <= LABEL_WORDS or len(match.group("content").split()) < 3:
            continue
        words = [t for t in label if not t.is_punct]
        if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM", "ADP") and t.lower_ != "to" for t in words) or \
                not any(t.pos_ in ("PROPN", "NOUN") for t in words) or \
                any(t.ent_type_ in ("DATE", "TIME", "GPE", "CARDINAL") for t in words) or label.text.isupper():
            continue
        to = next((t for t in label if t.lower_ == "to"), None)  # "Black Democrats to Hillary Clinton: …"
        speaker = label[:to.i - label.start] if to is not None else label
        if len(speaker) == 0 or not _names_a_source(speaker):
            continue  # "Correction: …", "Editor's note: …", "Spoiler alert: …"
        colon = text.index(":", match.end("name"))
        content = _trim(text, (match.start("content"), match.end("content")))
        if text[content[1] - 1] == "." and content[1] - 1 > content[0]:
            content = (content[0], content[1] - 1)
        found.append(Attribution(kind="indirect", content=content, cue=(colon, colon + 1), cue_lemma=":",
                                 cue_class="speech", speaker=(speaker.start_char, speaker.end_char),
                                 speaker_token=speaker.root.i))
    return found


def _names_a_source(span) -> bool:
    """A person, organisation or group, or a noun for a kind of source (``Poll``, ``Report``)."""
    from .coref import kind_of_noun  # coref imports this module
    if any(t.lower_ in EDITORIAL_LABELS for t in span):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or (len(span) == 1 and span[0].pos_ == "PROPN"):
        return True
    return span.root.lemma_.lower() in kind_of_noun()


# --- rule 5: signed quotes ----------------------------------------------------------------------

def _signed_quotes(doc, quotes: list[Span]) -> list[Attribution]:
    """``"…" ― Jane Doe``: a quoted passage signed with a dash and a name (readers' voices, epigraphs)."""
    found = []
    for a, b in quotes:
        match = SIGNATURE.match(text_of(doc), b)
        if match is None:
            continue
        name = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        if name is None or len(name) == 0:
            continue
        found.append(Attribution(kind="direct", content=(a, b), cue=(match.start("dash"), match.end("dash")),
                                 cue_lemma="\u2015", cue_class="speech", speaker=(name.start_char, name.end_char),
                                 speaker_token=name.root.i))
    return found


# --- rule 4: according to ------------------------------------------------------------------------

def according_to_source(token):
    """The head of X in "according to X" (``token`` is "according"), or None."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _according_to(token) -> list[Attribution]:
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = according_to_source(token)
    if source is None:
        return []
    doc = token.doc
    phrase = (token.left_edge.i, max(token.right_edge.i, source.right_edge.i))
    sent = token.sent
    head = token.head if token.head is not token else sent.root
    left, right = min(head.left_edge.i, sent.start), max(head.right_edge.i, sent.end - 1)
    pieces = [(left, phrase[0] - 1), (phrase[1] + 1, right)]
    pieces = [(a, b) for a, b in pieces if b >= a and _has_words(doc[a:b + 1])]
    speaker = np_span(source)
    if not pieces:  # "According to X, the move reeks of fear" parsed as one phrase: the words after the comma
        comma = next((t.i for t in doc[source.i + 1:sent.end] if t.text == ","), None)
        end = sent.end - 1
        while end > source.i and (doc[end].is_punct or doc[end].is_space) and not doc[end].is_quote:
            end -= 1
        if comma is None or comma >= end or not _has_words(doc[comma + 1:end + 1]):
            return []
        pieces = [(comma + 1, end)]
        speaker = (speaker[0], min(speaker[1], _token_end(doc[comma - 1])))
    content = _trim(text_of(doc), (doc[pieces[0][0]].idx, _token_end(doc[pieces[-1][1]])))
    content = _within_paragraph(text_of(doc), content, token.idx)
    return [Attribution(kind="according_to", content=content,
                        cue=(token.idx, _token_end(to)), cue_lemma="according to",
                        cue_class="according_to", speaker=speaker, speaker_token=source.i)]


def inner_speakers(doc, first: int, last: int) -> list:
    """Subjects of the speech verbs (say, tell, ...) between tokens ``first`` and ``last``."""
    cues = cue_table()
    found = []
    for t in doc[first:last + 1]:
        if t.lemma_.lower() in cues and cues[t.lemma_.lower()][0] == "speech" and _is_verb(t):
            subject = _own_subject(t)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                found.append(subject)
    return found


def _has_words(span) -> bool:
    return any(t.is_alpha for t in span)


# --- subjects, recipients, spans ---------------------------------------------------------------

VEHICLE_NOUNS = ("statement", "speech", "letter", "message", "note", "memo", "email", "tweet", "remarks", "video")


def subject_of(verb):
    """The nearest mention of who speaks: the cue's subject, or its head's along a chain."""
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ == "nsubjpass" and token.lemma_ in ADDRESSEE_VERBS:
                return _agent(token)  # "X was asked": X is who was spoken to
            if child.dep_ in SUBJECTS and child.dep_ != "csubj":
                return child
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
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


def _agent(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _inverted_subject(verb):
    """``"…?" asked campaign manager Robby Mook``: the parser took the speaker for an object."""
    if verb.lemma_ not in ("say", "ask", "add", "write", "respond", "reply", "tell", "continue"):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd", "nsubj") and child.pos_ == "PROPN":
            return child
    return None


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


def np_span(token) -> Span:
    """The span of a noun phrase: its left edge to its head, with names, appositions and of-phrases."""
    doc = token.doc
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "nummod", "appos") or \
                (child.dep_ == "prep" and child.lower_ in NP_PREPS):
            right = max(right, child.right_edge.i)
        elif child.dep_ != "punct":
            break
    while right > token.i and doc[right].is_punct:
        right -= 1
    left = token.left_edge.i
    for k in range(token.i - 1, left - 1, -1):  # "6 p.m.\n\nBernie Sanders": the name's own paragraph
        if "\n" in doc[k].text:
            left = k + 1
            break
    return doc[left].idx, _token_end(doc[right])


def _cue_span(verb) -> Span:
    end = verb
    for child in verb.rights:
        if child.dep_ == "prt":
            end = child
    start = verb
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i >= verb.i - 3:
            start = child
            break
    return start.idx, _token_end(end)


def _subtree_span(token) -> Span:
    doc = token.doc
    return _trim(text_of(doc), (token.left_edge.idx, _token_end(token.right_edge)))


def _token_end(token) -> int:
    return token.idx + len(token.text)


def _trim(text: str, span: Span) -> Span:
    a, b = span
    while a < b and text[a] in TRIM_CHARS:
        a += 1
    while b > a and text[b - 1] in TRIM_CHARS:
        b -= 1
    return a, b


# --- quotes: grow, merge interrupted pieces, drop nested ----------------------------------------

def _grow_to_quotes(attr: Attribution, quotes: list[Span], text: str) -> Attribution:
    a, b = attr.content
    touched = [(qa, qb) for qa, qb in quotes if qa < b and a < qb and not (qa >= a and qb <= b)]
    touched = [q for q in touched if not _inside(attr.cue, q)]
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


def _inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _only_quotes(text: str, span: Span, inner: list[Span]) -> bool:
    rest = text[span[0]:span[1]]
    for qa, qb in sorted(inner, reverse=True):
        rest = rest[:max(0, qa - span[0])] + rest[max(0, qb - span[0]):]
    return not any(ch.isalnum() for ch in rest)


def _merge_interrupted(found: list[Attribution], quotes: list[Span], doc) -> list[Attribution]:
    """``"A," she said. "B."``: the quoted passage right after the cue's sentence joins the quote; when
    the narration between is longer than the two pieces (``"A," said X, an economist who …. "B."``)
    the passage becomes a quote of its own with the same cue and speaker."""
    text = text_of(doc)
    taken = {q for a in found for q in quotes if _inside(q, a.content)}
    merged = []
    for attr in found:
        if attr.kind in ("direct", "indirect") and attr.cue[0] >= attr.content[1]:
            nxt = next((q for q in quotes if q[0] >= attr.cue[1]), None)
            if nxt is not None and nxt not in taken and _bridge_ok(doc, attr.cue, nxt):
                taken.add(nxt)
                bridge = len(text[attr.content[1]:nxt[0]].split())
                pieces = len(text[attr.content[0]:attr.content[1]].split()) + len(text[nxt[0]:nxt[1]].split())
                if bridge > pieces:  # the narration between outweighs the quote: two quotes, one speaker
                    merged.append(attr)
                    attr = dataclasses.replace(attr, kind="direct", content=nxt)
                else:
                    pieces = attr.fragments or (attr.content,)
                    attr = dataclasses.replace(attr, content=(attr.content[0], nxt[1]), fragments=(*pieces, nxt))
        merged.append(attr)
    return merged



def _bridge_ok(doc, cue: Span, nxt: Span) -> bool:
    """Only the rest of the cue's clause lies between the cue and the next passage."""
    between = text_of(doc)[cue[1]:nxt[0]]
    words = between.split()
    if len(words) > MAX_BRIDGE_TOKENS or between.count("\n") > 2:
        return False
    if any(_is_quote_verb(w) for w in words):
        return False
    if "\n" in between and between[between.rfind("\n"):].strip():
        return False  # the next passage must open its paragraph
    return not between.strip() or between.rstrip().endswith((".", ",", ":", ";", "\u2014"))


def _is_quote_verb(word: str) -> bool:
    return word.strip(".,;:").lower() in ("said", "says", "added", "told", "asked", "wrote")


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    """Keep the outer of two attributions when one sits inside the other's content; of two with the
    same content, the one whose cue is nearer. A direct quote an "according to" relays
    (``"…," May told reporters, according to the paper``) stays beside it: the words are May's."""
    ranked = sorted(found, key=lambda a: (_distance(a) > NEAR, -(a.content[1] - a.content[0]), _distance(a)))
    kept: list[Attribution] = []
    for attr in ranked:
        outer = [k for k in kept if not _relayed(attr, k)]
        if any(_inside(attr.cue, k.content) and _inside(attr.content, k.content) for k in outer):
            continue
        if any(_overlap(k.content, attr.content) > 0.5 * (attr.content[1] - attr.content[0]) for k in outer):
            continue
        kept.append(attr)
    return sorted(kept, key=lambda a: a.content[0])


def _relayed(attr: Attribution, outer: Attribution) -> bool:
    """``attr`` is a direct quote with its speaker named inside the content of the "according to" ``outer``."""
    return outer.kind == "according_to" and attr.kind == "direct" and attr.speaker is not None and \
        _inside(attr.speaker, outer.content) and _inside(attr.content, outer.content)


def _distance(attr: Attribution) -> int:
    a, b = attr.content
    return 0 if a <= attr.cue[0] < b else min(abs(attr.cue[0] - b), abs(a - attr.cue[1]))


def _overlap(x: Span, y: Span) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))
