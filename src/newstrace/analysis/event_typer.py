"""ACLED-style sub-event type of a coded event (issue 13): the rules of ``event_acled`` refined by who acts,
arbitrated against the trained model (``event_model``, fitted on ACLED notes by ``bench/train_events.py``).
The model types the event when it is sure and the type is one it has seen enough of; the rules alone know the
types ACLED lacks (disasters, organised crime). Split from ``events`` (the stage) with the clause helper
:func:`subject_of` both read; tests and benches swap the model through this module's ``load_model``.
"""

from __future__ import annotations

from typing import Optional

from ..record import Actor
from .actors import sector_table
from .event_acled import (
    STATE_SECTORS,
    STRATEGIC,
    SUSPECT_WORDS,
    TERRITORY,
    AcledMatch,
    model_span,
    model_text,
    named_masked,
    refine,
    rule_features,
    sentence_sectors,
)
from .event_model import load as load_model

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RULE_ONLY_TYPES = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")  # no ACLED training data
FEW_EXAMPLES = 200  # ACLED types with fewer training notes are left to the rules
ACLED_MODEL_MIN = 0.7  # model probability above which it overrides the rules (chosen on the check half)
# ... and above which it types an event the rules left untyped (0.3 before the twenty-second round: on the
# held-out-country folds the model's first choice of a material event is more often right than no type at all)
ACLED_MODEL_ALONE = 0.2
# A model this sure of a common type of any family types the event over the rules ("clashed with police": ASSAULT
# to the lexicon, VIOL_DEMONSTR to ACLED; issue 13, ninth round). 0.9 until the twenty-second round, which fitted
# 0.8 with ALONE 0.2 on the held-out-country folds (fold mean 0.7344 -> 0.7382; CASE dev held,
# 0.7 lowered its tune half: train_events_history.md). Over a rule type ACLED has no notes of, this sure
ACLED_MODEL_SURE = 0.8
ACLED_MODEL_OVER_RULE_ONLY = 0.8  # (tenth round: the lowest keeping CASE check 0.754; every held-out-country fold gains)
# A protest the rules found escalated (stones thrown, tear gas, dispersed: data/events_acled.tsv) stays escalated
# when the model says PEACE_PROTEST, unless the model is this sure: the model leans to the peaceful majority of its
# notes (issue 13, round 3), but a rule word is often the protest's topic or purpose, not done by or to it
# ("protested demanding the arrest of", "to prevent the spread"; eleventh round: every held-out-country fold gains)
ACLED_MODEL_OVER_ESCALATED = 0.8
# Force against a protest (a rare type) the model is ACLED_MODEL_SURE was a violent demonstration: ACLED types the
# demonstrators' violence ("police used teargas on students who barricaded roads"; held-out-country folds, eleventh
# round: VIOL_DEMONSTR 10 of the 12 such notes with the model >= 0.9 sure, FORCE_AGAINST_PROTEST none)
VIOLENCE_OVER_FORCE = {"FORCE_AGAINST_PROTEST": "VIOL_DEMONSTR"}
PROTEST_TYPES = ("PROTEST",)
MATERIAL_CONFLICT = ("PROTEST", "COERCE", "ASSAULT")
ESCALATED_PROTEST = ("VIOL_DEMONSTR", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST")


def subject_of(token):
    """(subject token, passive?) of the clause that ``token`` belongs to, climbing control verbs."""
    current = token
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child, child.dep_ == "nsubjpass"
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("dobj", "attr", "pobj", "nsubj"):
            poss = [c for c in current.children if c.dep_ == "poss"]
            if poss:
                return poss[0], False
        if current.head.i == current.i or current.dep_ in ("ccomp", "relcl", "ROOT"):
            return None, False
        current = current.head
    return None, False


def taker_sector(sent, match: AcledMatch) -> Optional[str]:
    """Who takes the territory of a territory rule (issue 13): the state or armed-group sector of the active
    subject of the matched verb ("rebels recaptured the town it was seized by troops": REB), None when the
    verb has no such subject (the event's own source decides then)."""
    table, first = sector_table(), match.term.split()[0]
    verb = next((t for t in sent if t.lemma_.lower() == first and t.pos_ == "VERB"), None)
    subj, passive = subject_of(verb) if verb is not None else (None, False)
    if subj is None or passive:
        return None
    words = [subj, *(t for t in subj.subtree if t.i != subj.i)]
    return next((table[w.lemma_.lower()] for w in words if table.get(w.lemma_.lower()) in (*STATE_SECTORS, "REB")),
                None)


def _sector(actors: list[Actor]) -> Optional[str]:
    return actors[0].sector if actors else None


def _sure(rule: Optional[str], rule_only: bool, rare: bool, label: str) -> float:
    """How sure the model must be of ``label`` (any family) to type an event whose rules say ``rule``: the rules
    decide where it is unsure. A rare rule type stands (CASE's air strikes, grenades, territory; force against a
    protest only against a model sure of a violent demonstration, :data:`VIOLENCE_OVER_FORCE`); an escalated protest
    gives way to a peaceful one only at ACLED_MODEL_OVER_ESCALATED (CASE codes escalation ACLED notes call peaceful)."""
    if rule_only:
        return ACLED_MODEL_OVER_RULE_ONLY
    if label == "PEACE_PROTEST" and rule in ESCALATED_PROTEST:
        return ACLED_MODEL_OVER_ESCALATED
    if rare and VIOLENCE_OVER_FORCE.get(rule or "") != label:
        return 2.0
    return ACLED_MODEL_SURE


def acled_type(sent, match: Optional[AcledMatch], sources: list[Actor], targets: list[Actor],
               plover: str) -> Optional[str]:
    """The ACLED-style sub-event type of an event's sentence: the trained model's (``event_model``) when it
    is sure enough, else the rules' (which alone know the types ACLED lacks, e.g. disasters). Below
    :func:`_sure` the model chooses among the types of the event's PLOVER category (no ARMED_CLASH for an AGREE)."""
    source_sector = sources[0].sector if sources else None
    if match is not None and match.label in TERRITORY:
        source_sector = taker_sector(sent, match) or source_sector
    suspects = any(t.lower_ in SUSPECT_WORDS for t in sent)
    rule = refine(match.label if match else None, source_sector,
                  targets[0].sector if targets else None, sentence_sectors(sent), suspects)
    if rule == "ORG_CRIME" and plover == "ASSAULT" and (_sector(targets) == "CRM" or _sector(sources) in STATE_SECTORS):
        rule = refine("ATTACK", _sector(sources), None, frozenset(), suspects) if suspects else None  # state forces
        # killing suspects, or violence against criminals: the violence is the event
    model = load_model("acled")
    if model is not None and rule and plover in PROTEST_TYPES and model.plover.get(rule, "PROTEST") != "PROTEST":
        rule = None  # a protest against an air strike or a rape is a protest: the model types it (issue 13)
    rule_only = rule in RULE_ONLY_TYPES
    if model is None:
        return rule
    rare = rule is not None and not rule_only and model.counts.get(rule, 0) < FEW_EXAMPLES
    text = named_masked(model_span(sent)) if model.masked_names else model_text(sent)
    extra = rule_features(model_span(sent)) if model.rule_features else ()
    free = model.predict(text, None, extra)
    if model.counts.get(free.label, 0) >= FEW_EXAMPLES and free.probability >= _sure(rule, rule_only, rare, free.label):
        return free.label
    if rare and rule not in STRATEGIC:
        return rule  # the model saw (almost) no such events: the rule's rarer type stands
    allowed = [label for label, p in model.plover.items() if p == plover] or None  # verbal types: any
    pred = model.predict(text, allowed, extra)
    if model.counts.get(pred.label, 0) < FEW_EXAMPLES:
        return rule
    if rare:  # a strategic development beside violence ("killed two militants and seized arms"): the violence
        return pred.label if pred.probability >= ACLED_MODEL_MIN and model.plover.get(pred.label) == "ASSAULT" else rule
    if rule_only and plover not in PROTEST_TYPES:  # a type ACLED lacks ("drug gang", "flood"): only a sure
        return rule  # model overrides (above)
    if rule_only:  # a protest about a crime or a flood is a protest: the model types it
        rule = None
    alone = ACLED_MODEL_ALONE if allowed else ACLED_MODEL_MIN  # a verbal event needs a sure model
    if pred.label == "PEACE_PROTEST" and rule in ESCALATED_PROTEST:
        return rule
    if pred.probability >= ACLED_MODEL_MIN or (rule is None and pred.probability >= alone):
        return pred.label
    common = model.counts.get(free.label, 0) >= FEW_EXAMPLES  # the lexicon's category and ACLED's families differ:
    if rule is None and plover in MATERIAL_CONFLICT and common and free.probability >= ACLED_MODEL_ALONE:
        return free.label  # a dispersal is COERCE to PLOVER, PROTEST_WITH_INTER to ACLED
    return rule
