"""Speaker repairs after the rules of ``verbs`` and ``others``: relative pronouns and surnames read as modals.

* ``Mr. Kamin, who emphasized that …`` / ``the paper, which first reported …``: a speaker that is
  only a relative pronoun (who, which, that, whom) is its antecedent; the pronoun's span is kept in
  ``Attribution.speaker_relative``. An attribution whose relative pronoun has no noun to stand for
  (``…, which shows that …`` about a whole clause, a stray "who") names nobody and is dropped.
* ``"…," May told reporters``: the small model reads the surname May (also Will, Can …) as a modal
  verb, so the cue has no subject. A capitalised "modal" whose verb is finite (``told``, ``says``:
  no modal takes those) and has no other subject is a name: retagged PROPN ``nsubj`` in the Doc
  (``repair_modal_names``, run once before the rules read the parse).
* ``said study co-author Anezina Marlow``: a role split at its hyphen gives the cue two subjects; the name is the
  speaker (``named_subjects``).
* ``The vote was close, said another member of the council, Anna Berg.``: a cue that closes its sentence after a
  comma with its speaker behind it, parsed as the verb's object (or with the sentence run over a paragraph break):
  the words before the comma are the content, the noun phrase after the verb the speaker (``inverted_tail``).
* ``Alarmed by the unrest, Senator Ann Ruiz, the minority leader, said …``: the name hung on the phrase before it
  and the speech verb left with no subject; the phrase between the comma opening its clause and the comma before
  the verb speaks (``stranded_subjects``), not a place ("in Iowa, a swing state,") nor a passive cue's subject.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Optional

from ..nlp import titles
from .syntax import Span, np_span, text_of, token_end, trim

RELATIVE = ("who", "which", "that", "whom")
ANTECEDENT_POS = ("NOUN", "PROPN", "PRON")
PAUSES = (",", "\u2014", "\u2015", "\u2013", "--", "-")
NOT_SPEAKERS = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL")  # "rose in May, which shows …"
FINITE = ("VBD", "VBZ")  # "May told", "May says": forms no modal verb takes
INVERTING = ("say", "ask", "add", "write", "respond", "reply", "tell", "continue")  # '"…?" asked X', '…, said X'
SENTENCE_ENDS = (".", "!", "?")
INVERTED_DEPS = ("dobj", "attr", "npadvmod", "oprd")  # what the parser makes of a speaker after its verb


def repair_modal_names(doc) -> None:
    """Retag every capitalised "modal" that is the name subject of a finite verb (in place)."""
    for token in doc:
        if token.tag_ == "MD" and _is_name_subject(token):
            token.tag_, token.pos_, token.dep_ = "NNP", "PROPN", "nsubj"
            token.lemma_ = token.text


def _is_name_subject(token) -> bool:
    text, verb = token.text, token.head
    if not (text[:1].isupper() and text[1:].islower()) or verb is token or verb.i < token.i:
        return False
    if verb.tag_ not in FINITE or any(t.tag_ == "MD" or t.pos_ == "VERB" for t in token.doc[token.i + 1:verb.i]):
        return False  # "May voters decide?": a modal; "May told": a name
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children if c is not token)


def resolve_relatives(found: list, doc) -> list:
    """``found`` with every relative-pronoun speaker replaced by its antecedent (or dropped)."""
    out = []
    for attr in found:
        token = doc[attr.speaker_token] if attr.speaker_token is not None else None
        if token is None or token.lower_ not in RELATIVE or not _is_relative(token):
            out.append(attr)
            continue
        antecedent = antecedent_of(token)
        if antecedent is None:
            continue  # "which" standing for nothing the reader can name
        out.append(dataclasses.replace(attr, speaker=np_span(antecedent), speaker_token=antecedent.i,
                                       speaker_relative=(token.idx, token.idx + len(token.text))))
    return out


def named_subjects(found: list, doc) -> list:
    """``said study co-author Anezina Marlow``: the small model splits a hyphenated role and gives the cue two
    subjects, the role's first piece and the name. The name is the speaker (the span runs from the role to it)."""
    out = []
    for attr in found:
        token = doc[attr.speaker_token] if attr.speaker_token is not None else None
        name = _name_subject_after(token) if token is not None and (token.pos_ == "NOUN" or token.text in titles()) \
            else None  # "said Navy Capt. Jeff Davis": the title and the name both read as subjects
        if token is not None and name is not None:
            attr = dataclasses.replace(attr, speaker=(token.left_edge.idx, name.idx + len(name.text)),
                                       speaker_token=name.i)
        out.append(attr)
    return out


def stranded_subjects(found: list, doc) -> list:
    """``Alarmed by the unrest, Senator Ann Ruiz, the minority leader, said that …`` / ``In a statement, her adviser,
    Tom Berg, said: "…"``: the small model hangs the name before the verb on the phrase before it (a conjunct or an
    apposition of "the unrest", "a statement") and leaves the speech verb with no subject. A speech cue with no
    speaker, right after a comma, whose noun phrase before the comma opens its clause (a comma, a dash or the
    sentence start before it) has that phrase as its speaker (``stranded_subject``)."""
    out = []
    for attr in found:
        verb = next((t for t in doc if t.idx + len(t.text) == attr.cue[1]), None) if attr.speaker is None and \
            attr.cue_class == "speech" else None  # the cue's last word: "said", not the "has" of "has been called"
        stranded = stranded_subject(verb) if verb is not None else None
        if stranded is not None and not (attr.content[0] <= stranded[0][0] < attr.content[1]):
            attr = dataclasses.replace(attr, speaker=stranded[0], speaker_token=stranded[1].i)
        out.append(attr)
    return out


STRANDED_TAGS = ("VBD", "VBZ", "VBP")  # a finite verb: "said", "says", "say"
OPENERS = (",", "\u2014", "--", ";")


def stranded_subject(verb) -> Optional[tuple[Span, Any]]:
    """(span, head) of the noun phrase that ends at the comma before ``verb`` and opens its clause, or None.
    Climbs from the word before the comma along the phrase's heads (appositions, conjuncts, compounds) and keeps
    the outermost noun whose phrase runs from a clause opening to that comma; a role noun set off after a name
    (``Senator Ann Ruiz, the minority leader,``) that the parse split from it goes with the name."""
    doc = verb.doc
    if verb.tag_ not in STRANDED_TAGS or verb.i < 3 or doc[verb.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "auxpass") or c.dep_ == "csubj" and c.tag_ != "VBG"
                for c in verb.children):  # "Speaking to reporters, …" read as the verb's clausal subject
        return None
    token, best = doc[verb.i - 2], None
    for _ in range(6):
        if token.i >= verb.i or token.is_punct or "\n" in token.text:
            break
        if token.pos_ in ("NOUN", "PROPN") and not _a_place(token) and \
                verb.i - 2 <= token.right_edge.i < verb.i and _opens_clause(token.left_edge):
            best = token
        if token.dep_ not in ("appos", "conj", "compound", "flat") or token.head is token:
            break
        token = token.head
    if best is None:
        return None
    end = token_end(doc[verb.i - 2])
    name = _name_before_role(best)
    if name is not None:
        return (name[0], end), name[1]
    return (best.left_edge.idx, end), best


PLACES = ("GPE", "LOC", "FAC")


def _a_place(token) -> bool:
    """``retired in Cambridge, Mass.,`` / ``in Iowa, a swing state,``: a place or words describing one, no speaker."""
    return token.ent_type_ in NOT_SPEAKERS + PLACES or token.dep_ == "appos" and token.head.ent_type_ in PLACES


def _name_before_role(role):
    """``Senator Ann Ruiz, the minority leader``: (start, name token) of a person's name right before the comma
    that opens a role noun's phrase, the name itself opening its clause."""
    doc, k = role.doc, role.left_edge.i - 2
    if role.pos_ != "NOUN" or k < 0 or doc[k + 1].text != "," or doc[k].pos_ != "PROPN" or \
            doc[k].ent_type_ != "PERSON":
        return None
    left = k
    while left > 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].dep_ == "compound":
        left -= 1
    return (doc[left].idx, doc[k]) if _opens_clause(doc[left]) else None


def _opens_clause(token) -> bool:
    """Whether ``token`` starts a clause: after a comma, a dash or a semicolon, or first in its sentence."""
    doc = token.doc
    return token.i == 0 or token.is_sent_start or doc[token.i - 1].text in OPENERS or "\n" in doc[token.i - 1].text


def _name_subject_after(token):
    """A proper-noun subject of the same verb a few words after ``token``, only compounds and hyphens between."""
    for other in token.head.children:
        if other.dep_ == token.dep_ and other.pos_ == "PROPN" and token.i < other.i <= token.i + 6 and \
                all(t.dep_ in ("compound", "punct") or t.text == "-" for t in token.doc[token.i + 1:other.i]):
            return other
    return None


def _is_relative(token) -> bool:
    """Who/which/whom as a subject is always a relative here or a question word; "that" only when it
    opens a relative clause (``the nations that oppose …``), not as a demonstrative (``That shows …``).
    A word in capitals or read as a name is an acronym, not a pronoun (``The WHO said …``, issue 12)."""
    if token.pos_ == "PROPN" or (len(token.text) > 1 and token.text.isupper()):
        return False
    return token.lower_ != "that" or _relative_clause(token) is not None


def _relative_clause(token):
    """The relative clause verb ``token`` opens (its head, or its head's head along xcomp/aux), or None."""
    verb = token.head
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return None
        verb = verb.head
    return None


def antecedent_of(token):
    """The noun a relative pronoun stands for: the head of its relative clause, if a noun or pronoun."""
    verb = _relative_clause(token)
    head = verb.head if verb is not None else _noun_before(token)
    if head is None:
        return None
    if head.pos_ not in ANTECEDENT_POS or head.lower_ in RELATIVE or head.ent_type_ in NOT_SPEAKERS:
        return None
    return head


def _noun_before(token):
    """``the Police Department which reported …`` parsed as a side clause: the noun right before the
    pronoun (past a comma or a dash) is what it stands for."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].text in PAUSES:
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") and i >= token.i - 2 else None


def inverted_tail(verb) -> Optional[tuple[Span, Any]]:
    """``…, said another witness in the inquiry, former adviser Anna Berg.``: (the content, the speaker's head
    token) of a speech verb right after a comma, with no subject of its own, followed by nothing but a noun
    phrase to its sentence's end; the content runs back to the sentence's start (the parser may have hung it on
    the paragraph before), not over a paragraph break."""
    doc = verb.doc
    if verb.lemma_ not in INVERTING or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
        return None  # a speaker of its own, or words after the verb
    obj = next((c for c in verb.rights if c.dep_ in INVERTED_DEPS), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.i + 1:
        return None
    end = obj.right_edge.i + 1
    while end < len(doc) and "\n" not in doc[end].text and (doc[end].is_punct or doc[end].is_space):
        end += 1
    if end < len(doc) and "\n" not in doc[end].text and doc[end].i < verb.sent.end:
        return None  # more words follow the speaker: not the end of a sentence
    comma = start = verb.i - 1
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in SENTENCE_ENDS:
        start -= 1  # back to the sentence's start, whatever sentence the parser hung it on
    if comma - start < 3:
        return None
    return trim(text_of(doc), (doc[start].idx, doc[comma].idx)), obj


JOINT_POS = ("PROPN", "PRON")
BODY_TYPES = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW")
SUBJECTS = ("nsubj", "nsubjpass")  # a label before a colon ("Jane Roe and Tom Poe: …") names its speakers as one


def joint_speaker(token) -> bool:
    """``Ruiz and Berg said``, ``He and Chairman Bob Goodlatte both condemned``: a named person or a pronoun joined
    by "and" to another one speaks jointly with them; the attribution guide files no such statement under either.
    ``Mayor Ana Ruiz and council leader Tom Berg said``, parsed as one name: a name before a person's name, with
    "and" of its own, is the first of two. An "and" inside a body's name joins nobody; only subjects count (a
    label's "Jane Roe and Tom Poe: …" stays whole)."""
    if token.dep_ not in SUBJECTS or not _personal(token):
        return False
    if _joined(token) and any(c.dep_ == "conj" and _personal(c) for c in token.children):
        return True
    return token.ent_type_ == "PERSON" and any(t.pos_ == "PROPN" and _joined(t)  # NER types there are noise
                                               for t in token.subtree if t.i < token.i)


def _personal(token) -> bool:
    """A pronoun or a name the NER does not take for a body or a place ('Organisation for Economic Co-operation
    and Development', 'the Securities and Exchange Commission' are one name)."""
    return token.pos_ in JOINT_POS and token.ent_type_ not in BODY_TYPES


def _joined(token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)

