"""Quotations standing right beside a cue: ``"…," Trump, 70, told CNN``, ``he said, "…"``,
``"…?" asked X`` (used by the cue-verb rules in ``verbs``)."""

from __future__ import annotations

from typing import Optional

from .cues import Attribution
from .syntax import Span, is_quote_verb, np_span, text_of, token_end

MAX_SPEAKER_WORDS = 14  # "…," Rep. Jim Jordan (R-Ohio), an oversight panel member, said


def quote_before(verb, quotes: list[Span]):
    """``"…," Trump, 70, told CNN``: (the passage, the speaker between it and the cue) or None."""
    doc = verb.doc
    for a, b in quotes:
        if not b <= verb.idx or b < verb.idx - 200 or not opens_sentence(text_of(doc), a):
            continue
        between = text_of(doc)[b:verb.idx]
        if "\n" in between or len(between.split()) > MAX_SPEAKER_WORDS or \
                any(is_quote_verb(w) for w in between.split()) or _sentence_ends(doc, b, verb.idx):
            continue
        return (a, b), _speaker_between(doc, b, verb)
    return None


def _sentence_ends(doc, start: int, end: int) -> bool:
    """A full stop (or ! ?) token between ``start`` and ``end``: an abbreviation ("Ms.", "Sen.", "Jr.") is one token
    with its period, so '"…," Ms. Brand told me' has none ("Mr." alone was let through before)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.is_punct and t.text in (".", "!", "?") for t in span)


def opens_sentence(text: str, at: int) -> bool:
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


def comma_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``he said, “I mean, stop it.”`` / ``said in a statement, “…”``: a quotation the cue introduces
    with a comma is the content, whatever the parse hung under the verb."""
    doc = verb.doc
    text = text_of(doc)
    end = verb.i
    for child in verb.rights:
        if child.is_quote:
            break  # 'said, “as long as we …”': the words the parse hung under the verb start at the mark
        if child.dep_ in ("prep", "npadvmod", "advmod", "prt", "dative", "agent") and not any(
                t.is_quote for t in child.subtree):
            end = child.right_edge.i
        elif not child.is_punct:
            break
    after = token_end(doc[end])
    for a, b in quotes:
        if a < after:
            continue
        between = text[after:a]
        if between.strip() == "," and "\n" not in between:
            return a, b
        break
    return None


def adjacent_quote(verb, quotes: list[Span]) -> Optional[Span]:
    """``"…?" asked X`` / ``"…" X said to cheers`` / ``X replied, "…"``: a quote right beside the clause."""
    doc = verb.doc
    clause_start, clause_end = verb.left_edge.idx, token_end(verb.right_edge)
    opener = verb.left_edge  # 'would need to “deliver” before the board would agree': the quote is not the board's
    subordinate = opener.dep_ == "mark" and opener.head.i == verb.i and opener.lower_ != "as"
    for a, b in quotes:
        if b <= clause_start and _only_marks(text_of(doc)[b:clause_start]) and not subordinate:
            return a, b
        if a >= clause_end - 1 and _only_marks(text_of(doc)[clause_end:a]) and "\n" not in text_of(doc)[clause_end:a] \
                and not _handed_on(text_of(doc), clause_end, (a, b)):
            return a, b
    return None


def _handed_on(text: str, clause_end: int, quote: Span) -> bool:
    """``…, she said. "A," Holan said.``: a quotation after the cue's sentence has ended that closes with a comma
    hands its words to the clause after it (its own cue), not to the sentence before (issue 12)."""
    ends = any(ch in ".!?" for ch in text[clause_end:quote[0]])
    return ends and text[quote[0]:quote[1] + 1].rstrip(CLOSING_MARKS + " ").endswith(",")


CLOSING_MARKS = "\u201d\u2019\"'"


def _only_marks(text: str) -> bool:
    return len(text) < 6 and not any(ch.isalnum() for ch in text)


# ``Republican pollster Daron Shaw: “Historically, …”`` / ``… - Mark Blumenthal and Jon Cohen: “…”``: a quotation
# opened right after a colon that ends a name is that name's (wire digests, transcripts, "Continued Stone: “…”").
# A label opening a line is labelled_lines' (others.py). Two kinds: a name set off from the text before it (a
# sentence end, a dash) is a speaker "label"; a name ending a clause is "running" text; a name that is
# the object of a verb or preposition ('told CNBC: “…”', 'wrote to X: “…”') is none. How surely each is right is
# its factor in data/quote_confidence.json ("label"), fitted by bench/train_quote_confidence.py.
LABEL_NAME_TOKENS = 6
LABEL_NAME_ENTS = ("PERSON", "ORG")
LABEL_LINKS = ("and", "&")
# 'told Fox News: “…”', 'on Twitter: “…”', 'said of Sanders: “…”', 'by Times' Jane Doe: “…”': the name is an object
OBJECT_DEPS = ("pobj", "dobj", "dative", "iobj", "agent", "pcomp")
LABEL_SETS_OFF = ("-", "\u2013", "\u2014", "--", ".", "!", "?", ";", ")", "]")
NOT_NAMES = {"correction", "update", "updated", "note", "editor", "clarification", "spoiler", "alert", "related",
             "photo", "video", "credit", "watch", "listen", "read", "more", "source", "sources", "contact"}


def labelled_quotes(doc, quotes: list[Span]) -> list[Attribution]:
    """Direct quotations introduced by a name and a colon in running text (speaker = the name)."""
    text = text_of(doc)
    found = []
    for a, b in quotes:
        before = text[:a].rstrip(" \t\u00a0")
        if not before.endswith(":") or len(text[a:b].split()) < 3:
            continue
        name = _name_ending_at(doc, len(before) - 1)
        if name is None or not text[:name.start_char].rstrip(" \t\u00a0").rsplit("\n", 1)[-1]:
            continue  # no name, or the name opens its line (labelled_lines)
        prev = doc[name.start - 1]
        how = "label" if prev.text in LABEL_SETS_OFF or name[0].is_sent_start else "running"
        if how == "running" and name.root.dep_ in OBJECT_DEPS:
            continue  # a set-off label is one however the parse hung it ('THAN EXPECTED - Jane Roe:' as an object)
        found.append(Attribution(kind="direct", content=(a, b), cue=(len(before) - 1, len(before)), cue_lemma=":",
                                 cue_class="speech", speaker=(name.start_char, name.end_char),
                                 speaker_token=name.root.i, label=how))
    return found


def _as_object(verb):
    """``As Akhil Amar, professor of law, put it``: the name the parse hung under "As" as its object."""
    mark = next((c for c in verb.lefts if c.dep_ == "mark" and c.lower_ == "as"), None)
    return next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if mark else None


DASHES = ("-", "\u2013", "\u2014", "--")


def dashed_label(text: str, attr: Attribution) -> bool:
    """A name-and-colon label set off by a dash (``… polls did predict it - HuffPollster: “…”``): a digest's
    speaker label, whatever a cue before the dash seems to report."""
    return attr.cue_lemma == ":" and attr.speaker is not None and \
        text[:attr.speaker[0]].rstrip(" \t\u00a0").endswith(DASHES)


def _name_ending_at(doc, colon: int):
    """The run of proper names (``Daron Shaw``, ``Blumenthal and Cohen``) whose last token ends right before the
    colon at ``colon``, or None (a common noun, a verb, a label such as ``Update``)."""
    span = doc.char_span(colon, colon + 1)
    if span is None or span.start == 0:
        return None
    last = span.start - 1
    first = last
    while first >= 0 and last - first < LABEL_NAME_TOKENS and (
            _is_name(doc[first]) or doc[first].lower_ in LABEL_LINKS and first > 0 and _is_name(doc[first - 1])):
        first -= 1
    first += 1
    if first > last or doc[first].lower_ in LABEL_LINKS or first == 0:
        return None
    name = doc[first:last + 1]
    if not any(t.ent_type_ in LABEL_NAME_ENTS for t in name) or any(t.lower_ in NOT_NAMES for t in name):
        return None
    return name


def _is_name(token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in LABEL_NAME_ENTS and token.is_title


# 'As Tom Ridge, a former secretary, put it: “…”' / 'She went on: “…”' / 'X shot back, “…”': a phrasal verb of speech
# reports the quotation right after it and a colon or comma (the verb alone is no cue: 'put “America First” on
# hats', 'went on “Face the Nation”'). verb lemma -> the word that makes it one (object "it" or particle).
PHRASAL_CUES = {"put": "it", "go": "on", "shoot": "back", "fire": "back", "hit": "back", "chime": "in"}
PHRASAL_FILLERS = ("this", "that", "way", "best", "bluntly", "simply", "again", "later", "then")


def phrasal_quotes(doc, quotes: list[Span]) -> list[Attribution]:
    """Quotations introduced by ``… put it:`` / ``… went on,`` (speaker = the verb's subject)."""
    text = text_of(doc)
    found = []
    for verb in doc:
        word = PHRASAL_CUES.get(verb.lemma_)
        if word is None or not any(c.dep_ in ("dobj", "prt", "advmod") and c.lower_ == word for c in verb.children):
            continue
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None) or _as_object(verb)
        end = verb.i + 1
        while end < len(doc) and (doc[end].lower_ == word or doc[end].lower_ in PHRASAL_FILLERS):
            end += 1
        before = quote_before(verb, quotes)  # '"…," she went on.' / '"…," Trump shot back.'
        if before is not None and subject is not None and subject.idx >= before[0][1]:
            quote = before[0]
        elif subject is None or end >= len(doc) or doc[end].text not in (":", ","):
            continue
        else:
            after = token_end(doc[end])
            quote = next(((a, b) for a, b in quotes if a >= after and not text[after:a].strip()), None)
        if quote is None or "\n" in text[min(quote[1], verb.idx):max(quote[0], verb.idx)]:
            continue
        found.append(Attribution(kind="direct", content=quote, cue=(verb.idx, token_end(doc[end - 1])),
                                 cue_lemma=verb.lemma_, cue_class="speech", speaker=np_span(subject),
                                 speaker_token=subject.i))
    return found


# 'The minister was blunt: “We will not sign.”' / 'Hoff's letter makes the case: “…”' / 'She addressed the crowd
# again: “…”' (issue 12): a quotation opened right after a colon that closes a clause is what the clause's subject
# says, when that subject can say anything -- a person or a body (a name, he/she/they/we/I, a noun of a source kind:
# minister, spokesman, letter, report), not 'The rules are simple: “…”' nor 'It was a slogan: “…”'. A cue verb of
# its own ('said:', 'wrote:') is the cue rules'; a name right before the colon is labelled_quotes'.
COLON_PRONOUNS = ("he", "she", "they", "we", "i")
COLON_SUBJECT_ENTS = ("PERSON", "ORG", "NORP", "GPE")
COLON_BREAKS = 2  # 'He listed the qualities:\n\n“…”': the quotation may open the next paragraph
# 'She held up a sign: “…”': the clause's object carries the words (a sign, a banner, a shirt), not its subject's
# voice; the attribution guide leaves such text out.
COLON_INSCRIPTIONS = frozenset(("sign", "placard", "banner", "poster", "billboard", "shirt", "t-shirt", "badge",
                                "button", "sticker", "plaque", "inscription", "graffiti", "tattoo", "cap", "hat",
                                "flag", "mural", "headline", "caption"))


def colon_quotes(doc, quotes: list[Span], kinds: dict, cues: dict) -> list[Attribution]:
    """Direct quotations after a clause ending in a colon (speaker = the clause's subject, if a source) whose verb
    is no cue (``kinds``: source nouns; ``cues``: cue verbs, whose quotations the cue rules place)."""
    text = text_of(doc)
    found = []
    for a, b in quotes:
        before = text[:a].rstrip(" \t\u00a0\n")
        if not before.endswith(":") or text[len(before):a].count("\n") > COLON_BREAKS or len(text[a:b].split()) < 3:
            continue
        colon = doc.char_span(len(before) - 1, len(before))
        if colon is None or colon.start == 0 or doc[colon.start - 1].is_punct:
            continue
        verb, subject = _clause_subject(doc[colon.start - 1])
        if subject is None or verb.lemma_.lower() in cues or not _can_say(subject, kinds) or subject.idx >= len(before) or \
                "\n" in text[subject.idx:len(before)] or _shows_an_inscription(verb):
            continue
        found.append(Attribution(kind="direct", content=(a, b), cue=(len(before) - 1, len(before)), cue_lemma=":",
                                 cue_class="speech", speaker=np_span(subject), speaker_token=subject.i,
                                 label="colon"))
    return found


def _shows_an_inscription(verb) -> bool:
    """The clause's verb has an object that carries written words ('held up a sign', 'wore a T-shirt')."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in COLON_INSCRIPTIONS for c in verb.children)


def _clause_subject(last) -> tuple:
    """(verb, subject) of the clause the token ``last`` ends: its sentence's root, the conjunct verb it belongs to, or
    the verb the parse hung under the quotation's ('was' in 'The minister was blunt: "We will …"')."""
    verb = last
    while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") and (
            verb.dep_ in ("ROOT", "conj") or verb.dep_ in ("ccomp", "parataxis") and verb.head.i > last.i)):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return verb, None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb, subject


def _can_say(subject, kinds: dict) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in COLON_PRONOUNS
    if subject.ent_type_ in COLON_SUBJECT_ENTS:
        return True
    return subject.pos_ in ("NOUN", "PROPN") and subject.lemma_.lower() in kinds
