"""Which cue verbs with a noun-phrase object report a statement (issue 12).

``X said that …`` reports a proposition; ``X announced the plan``, ``the stock added 2 %``, ``Lowe's
reports earnings Wednesday``, ``it posted a video`` name an act and its object. The guide of the
attribution gold set counts only the first; PolNeAR counts many of the second. Between them lies a
weak frame: the content is the verb's object or predicative (``dobj``, ``oprd``), an infinitive
(``xcomp``: ``wants to let …``, ``urged X to …``), a reduced relative (``acl``), a noun after a
preposition (``called for low humidity``) or an accusation (``accused X of Y``).

A logistic model (``data/quote_objects.json``, fitted by ``bench/train_quote_objects.py`` on PolNeAR's
train part, never on eval text) weighs each weak-frame attribution by its cue lemma, the object's head
lemma, entity type, determiner and size, the verb's tense, negation and clause, and its subject: the
probability that a careful annotator takes it for an attribution. Below the model's threshold the
attribution is dropped -- mostly plain objects that PolNeAR's annotators did not take either and the
guide excludes too. Clauses (``ccomp``), direct quotes and ``according to`` are never weighed. The acts the guide names
(``accused X of Y``, ``urged X to …``, ``called for …``; ``data/quote_acts.tsv``) and reported figures
(``reports earnings``, ``discuss results``; ``data/quote_figures.tsv``) go whatever the model says, and so does what
nobody asserted (``unasserted``: ``declined to say whether …``, ``would not say how many …``, ``wants X to …``)
and what was said jointly (``collective_speaker``: ``Both sides said …``, ``the two companies said …``).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from importlib import resources
from typing import Any, Optional

from ..entities import table_lines
from .cues import Attribution

WEAK_RELATIONS = ("dobj", "oprd", "xcomp", "acl")


def _cue_and_content(doc, attr: Attribution) -> Optional[tuple[Any, Any]]:
    """The cue's and the content's token spans, None when either is empty or off the tokens."""
    cue = doc.char_span(*attr.cue, alignment_mode="expand")
    span = doc.char_span(*attr.content, alignment_mode="expand")
    if cue is None or span is None or not len(cue) or not len(span):
        return None
    return cue, span


def frame_of(doc, attr: Attribution) -> Optional[str]:
    """The weak frame of an indirect attribution (``dobj``, ``oprd``, ``xcomp``, ``acl``, ``prep``,
    ``accuse``), or None when its content is a clause, a quotation or stands beside the cue."""
    spans = _cue_and_content(doc, attr) if attr.kind == "indirect" else None
    if spans is None:
        return None
    verb, root = spans[0].root, spans[1].root
    if attr.cue_lemma == "accuse":
        return "accuse"
    if root.head.i == verb.i and root.i != verb.i:
        if root.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in root.children):
            return None  # "the view that …", "the hope that …": a noun's that-clause is a proposition
        return root.dep_ if root.dep_ in WEAK_RELATIONS else None
    if root.head.i != verb.i and root.i != verb.head.i and root.pos_ in ("NOUN", "PROPN"):
        return "prep"
    return None


def features(doc, attr: Attribution, frame: str) -> list[str]:
    """The model's features of a weak-frame attribution (names as in ``data/quote_objects.json``)."""
    verb = doc.char_span(*attr.cue, alignment_mode="expand").root
    span = doc.char_span(*attr.content, alignment_mode="expand")
    head = span.root
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    predicative = any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.rights)
    cue = attr.cue_lemma
    return [f"cue={cue}", f"cls={attr.cue_class}", f"frame={frame}", f"head={head.lemma_.lower()}",
            f"hpos={head.pos_}", f"hent={head.ent_type_}",
            f"det={det.lower_ if det is not None and det.dep_ == 'det' else 'POSS' if det is not None else ''}",
            f"vtag={verb.tag_}", f"vdep={verb.dep_}",
            f"subj={(subject.ent_type_ or subject.pos_) if subject is not None else ''}",
            f"neg={any(c.dep_ == 'neg' for c in verb.children)}", f"pred={predicative}",
            f"quote={any(t.is_quote for t in span)}",
            f"clause={any(t.dep_ in ('ccomp', 'relcl', 'acl', 'advcl') for t in span)}",
            f"of={any(c.dep_ == 'prep' for c in head.rights)}", f"ntok={min(6, (len(span) + 1) // 2)}",
            f"cue_frame={cue}_{frame}", f"cue_pred={cue}_{predicative}"]


@functools.lru_cache(maxsize=1)
def object_model() -> dict:
    """``data/quote_objects.json``: {"bias", "threshold", "weights": {feature: weight}, ...}."""
    text = resources.files("newstrace.data").joinpath("quote_objects.json").read_text(encoding="utf-8")
    return json.loads(text)


def reports_statement(doc, attr: Attribution) -> float:
    """The model's probability that a weak-frame attribution reports a statement (1.0 for other frames)."""
    frame = frame_of(doc, attr)
    if frame is None:
        return 1.0
    model = object_model()
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(f, 0.0) for f in features(doc, attr, frame))
    return 1.0 / (1.0 + math.exp(-z))


@functools.lru_cache(maxsize=1)
def act_frames() -> dict[str, frozenset[str]]:
    """lemma -> the frames in which it names an act (``data/quote_acts.tsv``)."""
    rows = (line.split("\t") for line in table_lines("quote_acts.tsv"))
    return {row[0]: frozenset(row[1].strip().split(",")) for row in rows}


@functools.lru_cache(maxsize=1)
def figure_nouns() -> frozenset[str]:
    """Word forms of nouns naming a company's reported figures (``data/quote_figures.tsv``)."""
    return frozenset(line.strip() for line in table_lines("quote_figures.tsv"))


def names_a_figure(doc, attr: Attribution) -> bool:
    """``Lowe's reports earnings Wednesday``, ``to discuss results with analysts``: a weak frame whose
    object or topic is a reported figure."""
    frame = frame_of(doc, attr)
    if frame not in ("dobj", "prep"):
        return False
    span = doc.char_span(*attr.content, alignment_mode="expand")
    verb = doc.char_span(*attr.cue, alignment_mode="expand").root
    predicative = any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.rights)
    return span is not None and len(span) > 0 and span.root.lower_ in figure_nouns() and not predicative


def names_an_act(doc, attr: Attribution) -> bool:
    """``accused X of Y``, ``urged the board to …``, ``called for a review``: the guide's acts; ``declined to say
    whether …``, ``wants X to …``: what nobody asserted (``unasserted``)."""
    if names_a_figure(doc, attr) or unasserted(doc, attr):
        return True
    frames = act_frames().get(attr.cue_lemma)
    frame = frame_of(doc, attr) if frames else None
    if not frames or frame is None:
        return False
    if "any" in frames:
        return True
    if frame == "dobj" and "object-to" in frames and _passed_on(doc, attr):
        return True  # "referred the call to police"
    if frame in ("dobj", "xcomp"):
        return ("object" if frame == "dobj" else "infinitive") in frames
    if frame != "prep":
        return False
    span = doc.char_span(*attr.content, alignment_mode="expand")
    prep = span.root.head if span is not None and len(span) else None
    return prep is not None and prep.dep_ == "prep" and f"prep-{prep.lower_}" in frames


QUESTION_OPENERS = ("whether", "if", "how", "what", "why", "when", "where", "who", "which")


def unasserted(doc, attr: Attribution) -> bool:
    """An indirect report of what its speaker did not assert (the guide's "declined to comment"; issue 12): a cue
    of ``data/quote_acts.tsv`` in an ``indirect`` / ``negated`` / ``clause-to`` frame (``wants X to …``, ``did not
    respond to …``, ``would like to see …``), the infinitive of a ``governs`` verb (``declined to say whether …``), or
    a negated cue whose content is a question (``would not say how many …``). A direct quote stays."""
    spans = _cue_and_content(doc, attr) if attr.kind == "indirect" else None
    if spans is None:
        return False
    (cue, span), frames = spans, act_frames().get(attr.cue_lemma, frozenset())
    verb = cue.root
    negated = any(c.dep_ == "neg" for c in verb.children)
    if "indirect" in frames or (negated and "negated" in frames):
        return True
    if "clause-to" in frames and any(c.tag_ == "TO" for c in span.root.children) and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children):
        return True
    if verb.dep_ == "xcomp" and "governs" in act_frames().get(verb.head.lemma_.lower(), ()):
        return True
    return negated and span[0].lower_ in QUESTION_OPENERS


def _passed_on(doc, attr: Attribution) -> bool:
    """The cue verb has a "to" phrase after its object: ``referred the call to police``."""
    verb = doc.char_span(*attr.cue, alignment_mode="expand").root
    span = doc.char_span(*attr.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    hung = list(verb.rights) + list(span)  # the parse hangs "to police" on the verb or inside the object
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > span.root.i for c in hung)


def keep_statements(doc, found: list[Attribution]) -> list[Attribution]:
    """The attributions that report a statement: acts of ``data/quote_acts.tsv`` and weak frames the
    model rates under its threshold go; the others keep the model's probability (``statement_odds``),
    which lowers the quote's confidence."""
    threshold = object_model()["threshold"]
    kept = []
    for attr in found:
        odds = 0.0 if names_an_act(doc, attr) or collective_speaker(doc, attr) else reports_statement(doc, attr)
        if odds >= threshold:
            attr = attr if odds >= 1.0 else dataclasses.replace(attr, statement_odds=round(odds, 3))
            kept.append(dataclasses.replace(attr, hypothetical=True) if supposed(doc, attr) else attr)
    return kept


def collective_speaker(doc, attr: Attribution) -> bool:
    """``Both sides said …``, ``the two companies said …``, ``all three candidates have said …``: a statement made
    jointly, which the attribution guide does not annotate (issue 12; PolNeAR does: 36 of 42 of ours on its train
    part). A count without "the" names anonymous sources (``two people briefed on the talks said``) and stays."""
    if attr.speaker is None:
        return False
    span = doc.char_span(*attr.speaker, alignment_mode="expand")
    if span is None or len(span) < 2:
        return False
    first, second = span[0].lower_, span[1]
    counted = second.lower_ in JOINT_COUNTS and \
        (second.i + 1 >= len(doc) or doc[second.i + 1].text != "-")  # "the two-term senator" is one
    return first == "both" or (first in ("the", "all") and counted)  # "the 2009 paper" is one


JOINT_COUNTS = ("two", "three", "four", "five", "six")


SUPPOSING_MARKS = ("if", "unless", "whether")


def supposed(doc, attr: Attribution) -> bool:
    """The cue verb opens a condition or a question (``If Smith believes the plan will work, …``, ``Unless the bank
    says the loan is safe, …``, ``depends on whether she thinks …``): nobody is reported to have said it. PolNeAR
    annotates these (29 of 43 of ours in an if/unless clause, 7 of 11 in a whether clause match its train gold); the
    attribution guide counts statements made, so the quote stays and its confidence says it is supposed."""
    if attr.kind == "according_to":
        return False
    cue = doc.char_span(*attr.cue, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    return any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in cue.root.children)
