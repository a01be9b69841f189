"""Rules 4-8 of the cascade: ``according to X``, signed quotes (``― Name``), noun cues (``Trump's
claim that …``), adjectives of belief and feeling (``she was sure …``) and labelled lines
(``Sanders: Clinton needs to …``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bounds import cut_tail
from .complements import clause_span
from .cues import Attribution, cue_table, kind_of_noun
from .syntax import (
    INHERIT,
    Span,
    has_words,
    is_infinitive,
    is_verb,
    np_span,
    own_subject,
    subject_of,
    subtree_span,
    text_of,
    token_end,
    trim,
    within_paragraph,
)

NAME_ABBREVIATIONS = ("Jr", "Sr")  # a period that ends a signed name and stays with it ('Martin Luther King Jr.')
# the signature may stand in the next paragraph ('"…"\n\n- Bernie Sanders.', fact-check digests): a hyphen only there
SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<breaks>(?:\n[ \t\u00a0]*){0,2})(?P<dash>[\u2015\u2014\u2013]|--|-)[ \t\u00a0]*"
                       r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,4}?)\.?[ \t\u00a0]*(?:\n|$)")


NOUN_TOPIC_PREPS = ("of", "about", "over", "against")


def noun_cue(noun, entry: tuple[str, str], quotes: Sequence[Span] = ()) -> list[Attribution]:
    """``Trump's claim that …``, ``the hope that …``, ``his plan to …``, ``criticism of X`` (noun-of),
    ``Abedin's reply: “…”``: the clause, topic or quotation after the noun; the speaker is the
    possessor or ``by``/``from`` X."""
    cls, frame = entry
    content = None
    doc = noun.doc
    text = text_of(doc)
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == ":":
        after = token_end(doc[noun.i + 1])
        content = next(((a, b) for a, b in quotes if a >= after and not text[after:a].strip()), None)
    quoted = content is not None
    for child in noun.rights if not quoted else ():
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and child.pos_ in ("VERB", "AUX") and \
                (is_infinitive(child) or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)):
            content = clause_span(child)
            break
        if frame == "noun-of" and child.dep_ == "prep" and child.lower_ in NOUN_TOPIC_PREPS and \
                child.i == noun.i + 1:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                content = subtree_span(pobj)
                break
    if content is None:
        return []
    if not quoted:
        content = cut_tail(doc, within_paragraph(text, content, noun.idx))
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        for child in noun.rights:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                speaker = next((c for c in child.children if c.dep_ == "pobj"), None)
                break
    if speaker is None and quoted and noun.dep_ == "dobj":
        speaker = subject_of(noun.head)  # "Obama is rolling out a new message: “…”"
    if speaker is None:
        speaker = _holder(noun)
    if speaker is not None and speaker.idx >= content[0]:
        speaker = None
    return [Attribution(kind="indirect", content=content, cue=(noun.idx, token_end(noun)),
                        cue_lemma=noun.lemma_.lower(), cue_class=cls,
                        speaker=np_span(speaker) if speaker is not None else None,
                        speaker_token=speaker.i if speaker is not None else None)]


HOLDING_VERBS = ("have", "hold", "express", "voice", "share", "make", "repeat", "reiterate", "air", "restate")


def _holder(noun):
    """``Experts are of the view that …``, ``She expressed the hope that …``, ``he made the claim that …``,
    ``X told the paper in a statement that …``: the subject of the copula, of the verb that holds the noun
    or of the cue verb the noun is the vehicle of is who speaks."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ == "be":
        head = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in cue_table() and \
            head.head.pos_ == "VERB":
        head = head.head
    elif noun.dep_ != "dobj" or head.lemma_.lower() not in HOLDING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


ADJ_TOPIC_PREPS = ("about", "of", "over", "with", "in", "on")
COPULAS = ("be", "feel", "seem", "remain", "become", "appear", "sound", "look")


def adjective_cue(adj, entry: tuple[str, str]) -> list[Attribution]:
    """``She was sure Trump would win``, ``Republicans were concerned about the shift``, ``It is unclear
    how …``: the clause or topic after the adjective; the speaker is the copula's subject (none for
    an impersonal ``it``)."""
    cls, _frame = entry
    verb = adj.head
    if verb.lemma_ not in COPULAS:
        return []
    content = None
    for child in list(adj.rights) + [c for c in verb.rights if c.i > adj.i]:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and is_infinitive(child)):
            content = clause_span(child)
            break
        if child.dep_ == "prep" and child.lower_ in ADJ_TOPIC_PREPS and child.head.i == adj.i:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.pos_ not in ("PRON", "DET") and pobj.right_edge.i > pobj.left_edge.i:
                content = subtree_span(pobj)
                break
    if content is None:
        return []
    doc = adj.doc
    content = within_paragraph(text_of(doc), content, adj.idx)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adj.i), None)
    if subject is None and verb.dep_ in INHERIT:
        subject = subject_of(verb)
    if subject is not None and (subject.lower_ in ("it", "this", "that") or subject.dep_ == "expl"):
        subject = None  # "it is unclear whether …": nobody is said to be unsure
    cue_start = min(verb.idx, adj.idx) if verb.i < adj.i else adj.idx
    return [Attribution(kind="indirect", content=content, cue=(cue_start, token_end(adj)),
                        cue_lemma=adj.lower_, cue_class=cls,
                        speaker=np_span(subject) if subject is not None else None,
                        speaker_token=subject.i if subject is not None else None)]


LABEL = re.compile(r"^(?P<name>[A-Z][^:\n]{0,60}?)[ \t]*:[ \t]+(?P<content>[^\n]*\w[^\n]*)$", re.M)
LABEL_WORDS = 7
LABEL_QUOTES = "\"'\u201c\u2018"
EDITORIAL_LABELS = {"correction", "corrections", "update", "updated", "note", "editor", "clarification", "spoiler",
                    "alert", "disclosure", "related", "photo", "video", "credit", "tags", "topics", "abstract",
                    "watch", "listen", "read", "more", "advertisement", "source", "sources", "contact", "share"}


def labelled_lines(doc) -> list[Attribution]:
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
        quoted = match.group("content")[:1] in LABEL_QUOTES
        if len(speaker) == 0 or not _names_a_source(speaker, quoted):
            continue  # "Correction: …", "Editor's note: …", "Spoiler alert: …"
        colon = text.index(":", match.end("name"))
        content = trim(text, (match.start("content"), match.end("content")))
        if text[content[1] - 1] == "." and content[1] - 1 > content[0]:
            content = (content[0], content[1] - 1)
        found.append(Attribution(kind="indirect", content=content, cue=(colon, colon + 1), cue_lemma=":",
                                 cue_class="speech", speaker=(speaker.start_char, speaker.end_char),
                                 speaker_token=speaker.root.i))
    return found


def _names_a_source(span, quoted: bool = False) -> bool:
    """A person, organisation or group, or a noun for a kind of source (``Poll``, ``Report``)."""
    if any(t.lower_ in EDITORIAL_LABELS for t in span):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in span) or (len(span) == 1 and span[0].pos_ == "PROPN"):
        return True
    if quoted and len(span) == 1 and span[0].is_title and any(  # 'Trump: ‘We are going to win.’' with Trump tagged
            e.label_ == "PERSON" and span[0].text in e.text.split() for e in span.doc.ents):  # a noun: a name elsewhere
        return True
    return span.root.lemma_.lower() in kind_of_noun()


def signed_quotes(doc, quotes: list[Span]) -> list[Attribution]:
    """``"…" ― Jane Doe``: a quoted passage signed with a dash and a name (readers' voices, epigraphs)."""
    found = []
    for a, b in quotes:
        match = SIGNATURE.match(text_of(doc), b)
        if match is None or match.group("dash") == "-" and not match.group("breaks"):
            continue  # '"…" - Jane Doe' in running text: a hyphen signs only from its own line
        end = match.end("name")
        last = match.group("name").split()[-1].rstrip(".")
        end -= match.group("name").endswith(".") and len(last) > 1 and last not in NAME_ABBREVIATIONS  # 'Sanders.'
        name = doc.char_span(match.start("name"), end, alignment_mode="contract")
        if name is None or len(name) == 0:
            continue
        found.append(Attribution(kind="direct", content=(a, b), cue=(match.start("dash"), match.end("dash")),
                                 cue_lemma="\u2015", cue_class="speech", speaker=(name.start_char, name.end_char),
                                 speaker_token=name.root.i))
    return found


def according_to_source(token):
    """The head of X in "according to X" (``token`` is "according") or in "…, per X" / "Per X, …", or None."""
    if token.lower_ == "per":
        return _per_source(token)
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


PER_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")


def _per_source(token):
    """``…, per the county police.`` / ``Per Reuters, …`` (the guide's "per X"): "per" after a comma or opening its
    sentence, before a name or a determined noun; "$5 per person", "miles per hour" are rates."""
    doc = token.doc
    if token.i > token.sent.start and doc[token.i - 1].text != ",":
        return None
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("PROPN", "NOUN") or pobj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
        return None
    named = pobj.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in PER_DETERMINERS or c.dep_ == "poss"
                                        for c in pobj.children)
    return pobj if named else None


def according_to_cue(token) -> list[Attribution]:
    to = next((c for c in token.children if c.lower_ == "to"), token)  # "per X": the cue is the one word
    source = according_to_source(token)
    if source is None:
        return []
    doc = token.doc
    phrase = (token.left_edge.i, max(token.right_edge.i, source.right_edge.i))
    sent = token.sent
    head = token.head if token.head is not token else sent.root
    left, right = min(head.left_edge.i, sent.start), max(head.right_edge.i, sent.end - 1)
    pieces = [(left, phrase[0] - 1), (phrase[1] + 1, right)]
    pieces = [(a, b) for a, b in pieces if b >= a and has_words(doc[a:b + 1])]
    speaker = np_span(source)
    if not pieces:  # "According to X, the move reeks of fear" parsed as one phrase: the words after the comma
        comma = next((t.i for t in doc[source.i + 1:sent.end] if t.text == ","), None)
        end = sent.end - 1
        while end > source.i and (doc[end].is_punct or doc[end].is_space) and not doc[end].is_quote:
            end -= 1
        if comma is None or comma >= end or not has_words(doc[comma + 1:end + 1]):
            return []
        pieces = [(comma + 1, end)]
        speaker = (speaker[0], min(speaker[1], token_end(doc[comma - 1])))
    content = trim(text_of(doc), (doc[pieces[0][0]].idx, token_end(doc[pieces[-1][1]])))
    content = within_paragraph(text_of(doc), content, token.idx)
    fragments = tuple(trim(text_of(doc), (doc[a].idx, token_end(doc[b]))) for a, b in pieces) if len(pieces) > 1 else ()
    if fragments and (fragments[0][0] < content[0] or fragments[-1][1] > content[1]):
        fragments = ()  # a piece over a paragraph break: the hull cut to the paragraph stands alone
    return [Attribution(kind="according_to", content=content, fragments=fragments,
                        cue=(token.idx, token_end(to)), cue_lemma="according to",
                        cue_class="according_to", speaker=speaker, speaker_token=source.i)]


def inner_speakers(doc, first: int, last: int) -> list:
    """Subjects of the speech verbs (say, tell, ...) between tokens ``first`` and ``last``."""
    cues = cue_table()
    found = []
    for t in doc[first:last + 1]:
        if t.lemma_.lower() in cues and cues[t.lemma_.lower()][0] == "speech" and is_verb(t):
            subject = own_subject(t)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                found.append(subject)
    return found
