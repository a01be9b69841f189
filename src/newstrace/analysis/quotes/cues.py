"""The cue tables (``data/cues.tsv``: verbs, nouns, adjectives), the source-kind nouns
(``data/sources_kinds.tsv``) and the ``Attribution`` every rule returns."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Optional, cast

from ...record import QuoteKind
from .syntax import Span


@dataclass(frozen=True)
class Attribution:
    kind: QuoteKind
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
    # set by the sources stage: whether a pronoun or role speaker found who it stands for, and how surely
    speaker_resolved: bool = True
    speaker_sureness: float = 1.0
    # set by objects.keep_statements: how likely a weak frame ("announced the plan") reports a statement
    statement_odds: float = 1.0
    # set by adjacent's colon rules: which one took a name or subject before a colon for the quotation's speaker
    # ("label", "running", "colon"); how surely it is right is that rule's factor in data/quote_confidence.json
    label: str = ""
    # set by objects.keep_statements: the cue opens a condition or a question ("If Smith believes …", "whether he
    # says …"): what it reports is supposed, not said
    hypothetical: bool = False


@functools.lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    """(lemma, class, frame) rows of ``data/cues.tsv``."""
    text = resources.files("newstrace.data").joinpath("cues.tsv").read_text(encoding="utf-8")
    return tuple(cast(tuple[str, str, str], tuple(line.split("\t"))) for line in text.splitlines() if line.strip() and not line.startswith("#"))


NOUN_FRAMES = ("noun", "noun-of")  # noun-of: "criticism of X", "questions about X" as well as "claim that …"
ADJ_FRAMES = ("adj",)              # "she was sure (that) …", "concerned about X", "it is unclear how …"


@functools.lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[str, str]]:
    """verb lemma -> (class, frame) from ``data/cues.tsv``."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame not in NOUN_FRAMES + ADJ_FRAMES}


SILENT_E_SUFFIXES = ("ing", "ed", "es")


def repair_cue_lemmas(doc) -> None:
    """``hoping``, ``hoped``, ``hopes`` -> hope, not hop: the small model's lemmatiser drops a silent e that
    the form had lost before its suffix. Where the lemma is no cue and the lemma + e is a verb cue, and the
    form is that lemma plus -ing/-ed/-es (so ``hopping`` stays hop), the lemma becomes the cue (in place)."""
    cues = cue_table()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma not in cues and lemma + "e" in cues and \
                any(token.lower_ == lemma + suffix for suffix in SILENT_E_SUFFIXES):
            token.lemma_ = lemma + "e"


@functools.lru_cache(maxsize=1)
def noun_cue_table() -> dict[str, tuple[str, str]]:
    """noun lemma -> (class, frame) from ``data/cues.tsv`` (rows with a noun frame)."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame in NOUN_FRAMES}


@functools.lru_cache(maxsize=1)
def adj_cue_table() -> dict[str, tuple[str, str]]:
    """adjective lemma -> (class, frame) from ``data/cues.tsv`` (rows with frame adj)."""
    return {lemma: (cls, frame) for lemma, cls, frame in _cue_rows() if frame in ADJ_FRAMES}


@functools.lru_cache(maxsize=1)
def kind_of_noun() -> dict[str, str]:
    """head noun lemma -> source kind: the hand-written ``data/sources_kinds.tsv`` over the nouns fitted on
    GUM and the Phoenix agents (``data/sources_kinds_fitted.tsv``, ``bench/train_source_kinds.py``), over the
    Phoenix agents' state-body nouns (``data/sources_state_nouns.tsv``, ``bench/train_state_nouns.py``: "tribunal",
    "judiciary", "consulate")."""
    state = resources.files("newstrace.data").joinpath("sources_state_nouns.tsv").read_text(encoding="utf-8")
    table = dict(line.split("\t")[:2] for line in state.splitlines() if line.strip() and not line.startswith("#"))
    table.update({row[1]: row[2] for row in fitted_kind_rows() if row[0] == "noun"})
    text = resources.files("newstrace.data").joinpath("sources_kinds.tsv").read_text(encoding="utf-8")
    table.update(dict(line.split("\t")[:2] for line in text.splitlines() if line.strip() and not line.startswith("#")))
    return table


@functools.lru_cache(maxsize=1)
def fitted_kind_rows() -> tuple[tuple[str, ...], ...]:
    """(noun|body, word or name, kind, evidence) rows of ``data/sources_kinds_fitted.tsv``."""
    text = resources.files("newstrace.data").joinpath("sources_kinds_fitted.tsv").read_text(encoding="utf-8")
    rows = (tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(row for row in rows if len(row) >= 3)


# "That said, residents say …", "That being said, …": a linking phrase ("however"), no one's report; the words after
# the comma are the writer's (or another cue's). Each a sequence of lower-cased words ending in the cue.
DISCOURSE_IDIOMS = (("that", "said"), ("that", "being", "said"), ("this", "said"), ("this", "being", "said"))


def discourse_idiom(token) -> bool:
    """Whether cue ``token`` ends one of ``DISCOURSE_IDIOMS`` that opens its clause and is set off by a comma."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    for idiom in DISCOURSE_IDIOMS:
        first = token.i - len(idiom) + 1
        if first < 0 or tuple(t.lower_ for t in doc[first:token.i + 1]) != idiom:
            continue
        before = doc[first - 1] if first > 0 else None
        if before is None or doc[first].is_sent_start or before.is_punct or "\n" in before.text:
            return True
    return False
