"""The ``sources`` stage: who or what the article leans on, and through whom each is known.

The attributions of the body are found here (``quotes.driver``) and kept on the record
(``Record.attributions``, internal) for the ``quotes`` stage. Reading them in order, every speaker mention is resolved
to a source (``coref.SourceBook``): outlet, person, anonymous (described by role; the description is
kept), organization, government, document or social. The page's own outlet (from the page metadata
or the dateline) is always source ``s0``, kind ``outlet``, and the root of ``provenance``.

``cited_by`` says through whom a source is known; it is set when the words came through an outlet:
``told the newspaper``, ``showed the media outlet``, ``said in an interview with Reuters``,
``… reported, citing Iraqi officers``, ``was quoted as saying`` (by the outlet being re-reported).
Sources the article cites itself have ``cited_by`` null and hang under ``s0`` in the tree.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional, cast

from ..budget import checked
from ..record import Record, Source, SourceKind, Span
from .coref import Draft, SourceBook
from .entities import canonical_name, media_nouns, outlet_of
from .provenance import build_tree
from .quotes.cues import Attribution
from .quotes.driver import find_attributions
from .quotes.others import according_to_source, inner_speakers
from .quotes.speakers import joint_speaker
from .quotes.syntax import np_span, subject_of, text_of, token_end
from .source_drafts import fold_bare_owned

# verbs whose recipient is the channel the words went through: "told the newspaper"
CHANNEL_VERBS = ("tell", "show", "give", "provide", "send", "speak", "talk", "confirm", "say", "write")
TAIL_REPORT_VERBS = ("report", "say", "write")
INNER_SPEECH_VERBS = ("say", "tell", "add", "declare", "warn", "write", "confirm", "insist", "explain")
CITING = ("cite",)


def sources_stage(record: Record) -> Record:
    """The ``sources`` stage: sources with kinds, descriptions, mentions, ``cited_by`` and the tree."""
    doc = record.doc
    if doc is None:
        return record
    root = _page_outlet(record)
    book = SourceBook(doc, record.entities, root)
    start: int | Span = (record.dateline.span[0], record.dateline.span[1]) if record.dateline is not None else 0
    attributions = tuple(find_attributions(doc, start))
    book.set_quoted(a.content for a in attributions if a.kind == "direct")
    events: list[tuple[int, int, Any]] = [(a.speaker[0] if a.speaker else a.cue[0], 0, a) for a in attributions]
    events += [(subject.idx, 1, (subject, recipient)) for subject, recipient in _channels(doc)]
    read: dict[int, Attribution] = {}
    for _, is_channel, item in checked(sorted(events, key=lambda e: (e[0], e[1])), 8):  # budgets (issue 18)
        if is_channel:
            _link_channel(book, doc, *item)
        else:
            read[id(item)] = _read_attribution(book, doc, item)
    sources = _finish(book)
    tree = build_tree(sources, sources[0].id if sources and root is not None else None)
    attributions = tuple(read.get(id(a), a) for a in attributions)
    return dataclasses.replace(record, sources=tuple(sources), provenance=tree, attributions=attributions)


def _page_outlet(record: Record) -> Optional[Draft]:
    """The outlet that published the page: page metadata first, the dateline second."""
    dateline = record.dateline
    name, method, confidence = None, "none", 0.0
    if record.outlet is not None and record.outlet.name:
        name, method, confidence = record.outlet.name, f"page:{record.outlet.method}", record.outlet.confidence
    elif dateline is not None and dateline.outlet:
        name, method, confidence = dateline.outlet, "dateline", 0.9
    if name is None:
        return None
    canonical = canonical_name(name, "ORG")
    draft = Draft(key=f"outlet:{canonical.lower()}", name=canonical, kind="outlet",
                  description="the outlet that published this page", head="outlet", plural=False,
                  gender=None, method=method, confidence=confidence)
    if dateline is not None and dateline.outlet:
        at = record.body.find(dateline.outlet, dateline.span[0], dateline.span[1])
        if at >= 0:
            draft.mentions.append((at, at + len(dateline.outlet)))
    return draft


def _read_attribution(book: SourceBook, doc, attr: Attribution) -> Attribution:
    """Resolve the speaker of ``attr`` to a source (and its channels); ``attr`` with whether and how
    surely its speaker was resolved."""
    if attr.speaker_token is None:
        return attr
    speech = attr.cue_class in ("speech", "according_to")
    inner = _subject_inside(doc[attr.speaker_token]) or _titled_conjunct(doc[attr.speaker_token])
    if inner is not None:  # "said Jean-Luc Mélenchon, the leader of France Unbowed": parsed with "Unbowed" as verb
        first, last = attr.speaker or np_span(inner)
        attr = dataclasses.replace(attr, speaker=(min(np_span(inner)[0], first), max(np_span(inner)[1], last)),
                                   speaker_token=inner.i)
    outlet = _reports_for(book, doc[attr.speaker_token])
    if outlet is not None:  # the words are the outlet's: so is the speaker
        attr = dataclasses.replace(attr, speaker=np_span(outlet), speaker_token=outlet.i, recipient_token=None)
    if attr.kind != "according_to" and joint_speaker(doc[attr.speaker_token]):  # "Ruiz and Berg said": neither alone
        return dataclasses.replace(attr, speaker_resolved=False, speaker_sureness=0.0)
    own_words = None if attr.kind == "indirect" and attr.content[1] <= attr.cue[0] and \
        book.names_its_subject(doc[attr.speaker_token]) else attr.content  # "Acme will cut jobs, the company said"
    speaker = book.resolve(doc[attr.speaker_token], cast(Span, attr.speaker), own_words, speech)
    attr = dataclasses.replace(attr, speaker_resolved=book.resolved and speaker is not None,
                               speaker_sureness=book.sureness if speaker is not None else 0.0)
    if speaker is None:
        return attr
    # "according to Iraqi officers and French officials": each is cited; "Businesses and residents say" is one joint
    # statement (the guide leaves joint statements out), whose second subject is no source of its own
    for other in doc[attr.speaker_token].conjuncts if attr.kind == "according_to" else ():
        if other.pos_ in ("NOUN", "PROPN") and other.i > attr.speaker_token:
            _read_attribution(book, doc, dataclasses.replace(attr, speaker=np_span(other), speaker_token=other.i))
    if attr.recipient_token is not None:
        _link_channel(book, doc, doc[attr.speaker_token], doc[attr.recipient_token], speaker)
    for quoted_by in _quoted_by(doc[attr.speaker_token]):  # "a port official quoted by Harbour Wire said"
        _link_channel(book, doc, doc[attr.speaker_token], quoted_by, speaker)
    if attr.cue_lemma == "quote" and _is_passive(doc, attr):
        outlet = book.latest(lambda d: d.kind == "outlet" and d is not book.root and d is not speaker)
        _cite(speaker, outlet)
    if attr.cue_lemma in CITING:
        cited_ones = _objects(doc, attr.content)
        for token in cited_ones:  # "citing Iraqi officers and French officials": each cited, not one group
            span = (token.left_edge.idx, token_end(token)) if len(cited_ones) > 1 else np_span(token)
            cited = book.resolve(token, span)
            if cited is not None and cited is not speaker:
                _cite(cited, speaker)
    return attr


def _subject_inside(speaker):
    """The name a misparsed subject phrase holds as its own subject: in "said Jean-Luc Mélenchon, the leader of
    France Unbowed" the model took "Unbowed" for a verb whose subject is Mélenchon, and the cue's subject is
    "Unbowed". A noun has a subject only as a copula's predicate ("X is the leader"), never as a cue's subject."""
    if speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    return next((c for c in speaker.children if c.dep_ == "nsubj" and c.i < speaker.i and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON"), None)


def _titled_conjunct(speaker):
    """``American academic and professor Marc Lamont Hill commented``: a bare singular role (no determiner) joined to a
    person's name is one person with two titles, not two speakers (the parse makes the name a conjunct of the
    role)."""
    if speaker.pos_ not in ("NOUN", "ADJ") or speaker.tag_ not in ("NN", "JJ") or \
            any(c.dep_ in ("det", "poss", "nummod") for c in speaker.children):
        return None
    return next((c for c in speaker.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"),
                None)


def _reports_for(book: SourceBook, speaker):
    """``Emily Feng reports for NPR that ...``: the outlet a reporter reports or writes for is the source (the
    annotation guide)."""
    verb = speaker.head
    if speaker.dep_ != "nsubj" or verb.lemma_ not in ("report", "write"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        named = book.cast.at(pobj.idx) if pobj is not None else None
        if pobj is not None and (_names_outlet(pobj) or named is not None and named.kind == "outlet"):
            return pobj
    return None


def _quoted_by(speaker) -> list:
    """The agents of a "quoted by" / "cited by" modifier of the speaker's phrase."""
    found: list = []
    for acl in (c for c in speaker.children if c.dep_ == "acl" and c.lemma_ in ("quote", "cite")):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            found.extend(c for c in agent.children if c.dep_ == "pobj")
    return found


def _is_passive(doc, attr: Attribution) -> bool:
    token = doc[attr.speaker_token]
    return token.dep_ == "nsubjpass"


def _objects(doc, span) -> list:
    """The noun heads of a cited object: "Iraqi officers and French officials" -> officers, officials."""
    heads = [t for t in doc.char_span(*span, alignment_mode="expand") if t.dep_ in ("dobj", "pobj")]
    out = []
    for head in heads[:1]:
        out.append(head)
        out.extend(t for t in head.conjuncts if t.pos_ in ("NOUN", "PROPN"))
    return out


def _channels(doc):
    """(speaker, recipient) pairs: "A senior official showed the media outlet a list"; and
    '"…," Ana Lopes said, Harbour Wire reported.': Lopes's words came through Harbour Wire."""
    for token in doc:
        if token.lemma_ in TAIL_REPORT_VERBS and token.pos_ == "VERB":
            yield from _tail_report(token)
        if token.lemma_ == "accord" and token.lower_ == "according":
            yield from _according_to_channel(token)
        if token.lemma_ not in CHANNEL_VERBS or token.pos_ != "VERB":
            continue
        recipient = _recipient(token)
        if recipient is None:
            continue
        subject = subject_of(token)
        if subject is not None:
            yield subject, recipient


def _according_to_channel(token):
    """'"…," May told reporters, according to the Evening Standard': May is known through the paper."""
    source = according_to_source(token)
    if source is None or not _names_outlet(source):
        return
    for speaker in inner_speakers(token.doc, token.sent.start, token.sent.end - 1):
        if not _names_outlet(speaker):
            yield speaker, source


def _tail_report(verb):
    """Speakers of the speech verbs before ``, <outlet> reported.`` closing a sentence."""
    outlet = subject_of(verb)
    sent = verb.sent
    if outlet is None or outlet.i > verb.i or not _names_outlet(outlet) or outlet.left_edge.i < 1 \
            or verb.doc[outlet.left_edge.i - 1].text != "," \
            or any(not (t.is_punct or t.is_space) for t in verb.doc[verb.i + 1:sent.end]):
        return
    for inner in verb.doc[sent.start:outlet.left_edge.i - 1]:
        if inner.lemma_ in INNER_SPEECH_VERBS and inner.pos_ == "VERB":
            speaker = subject_of(inner)
            if speaker is not None and not _names_outlet(speaker):
                yield speaker, outlet


def _recipient(verb):
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and verb.lemma_ in ("tell", "show", "give", "provide", "send"):
            if _names_outlet(child):
                return child
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _names_outlet(pobj):
                return pobj
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):  # "said in an interview with Reuters"
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_ in EXCHANGES), None)
            found = _recipient(pobj) if pobj is not None else None
            if found is not None:
                return found
    return None


# what words went out in: "said in an interview with Reuters", "in a statement to the BBC", "in remarks to CNN"
EXCHANGES = frozenset("interview statement remark comment email conversation call".split())


def _generic_press(token) -> bool:
    """"reporters", "the media": no outlet is named (unlike "told the Harbour Gazette")."""
    return token.lower_ in GENERIC_PRESS and outlet_of(text_of(token.doc)[slice(*np_span(token))]) is None


def _names_outlet(token) -> bool:
    return token.lemma_.lower() in media_nouns() or outlet_of(text_of(token.doc)[slice(*np_span(token))]) is not None


# The press in general ("told reporters", "said to journalists"): an audience, not an outlet to trace.
GENERIC_PRESS = frozenset(("reporter", "reporters", "journalist", "journalists", "correspondent",
                           "correspondents", "press", "media", "newsmen"))


def _link_channel(book: SourceBook, doc, subject, recipient, speaker: Optional[Draft] = None) -> None:
    cast_outlet = book.cast.at(recipient.idx)
    if not (_names_outlet(recipient) or cast_outlet is not None and cast_outlet.kind == "outlet") or \
            _generic_press(recipient):
        return
    outlet = book.resolve(recipient, np_span(recipient))
    speaker = speaker or book.resolve(subject, np_span(subject))
    if outlet is not None and speaker is not None and outlet.kind == "outlet":
        _cite(speaker, outlet, book)


def _cite(source: Optional[Draft], through: Optional[Draft], book: Optional[SourceBook] = None) -> None:
    """Record that ``source`` is known through ``through`` (no self-loops, first link wins, except
    that a named outlet wins over the press in general: ``May told reporters, according to the
    Evening Standard``)."""
    if source is None or through is None or source is through:
        return
    if source.cited_by is not None and not (book is not None and _named_over_press(book, source.cited_by, through)):
        return
    if through.cited_by == source.key or source.kind == "outlet" and source.key.startswith("outlet:") \
            and through.kind != "outlet":
        return
    source.cited_by = through.key


def _named_over_press(book: SourceBook, current: str, through: Draft) -> bool:
    """``through`` is a named outlet and ``current`` (a key) the unnamed press ("reporters", "the media")."""
    press = book.drafts.get(current)
    return press is not None and press.kind == "outlet" and press.method == "rules" and \
        through.kind == "outlet" and through.method == "entities" and through is not book.root


def _finish(book: SourceBook) -> list[Source]:
    fold_bare_owned(book.drafts)
    drafts = list(book.drafts.values())
    if book.root is not None:
        drafts = [book.root] + [d for d in drafts if d is not book.root]
    ids = {d.key: f"s{i if book.root is not None else i + 1}" for i, d in enumerate(drafts)}
    out = []
    for d in drafts:
        cited_by = ids.get(d.cited_by) if d.cited_by and d.cited_by != (book.root.key if book.root else None) \
            else None
        out.append(Source(id=ids[d.key], name=d.name, kind=cast(SourceKind, d.kind), description=d.description,
                          mentions=tuple(sorted(d.mentions)), cited_by=cited_by, method=d.method,
                          confidence=d.confidence, entity=d.entity))
    return out
