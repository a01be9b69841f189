"""The ``events`` stage: who did what to whom, where and when, one PLOVER event per sentence.

Cascade, over the shared spaCy parse (``record.doc``):
1. triggers: tokens whose lemma (alone, or joined with a particle, object or modifier, e.g.
   ``call_off``, ``hunger_strike``) is in ``data/events_plover.tsv``; each is scored by its lexicon
   weight times how close it sits to the main clause (verbs of saying, trying or starting in between
   cost little, subordinate clauses and prepositional phrases cost more);
2. reported speech: a trigger under a verb of saying is the event of its own clause ("X said Y attacked
   Z" is Y's ASSAULT on Z), sourced to X; "X said Y must ..." is X's REQUEST to Y (not when Y is X's own side: "we must", "our strategy should");
3. negation: a negated trigger ("did not attack", "no arrests", "no one was killed", "without arrests") becomes
   what ``data/events_negation.tsv`` says (refusing to cooperate is REJECT; "did not attack" is no event);
4. ACLED-style sub-event type: the trained model (``event_model``, fitted on ACLED notes by
   ``bench/train_events.py``) when it is sure and the type is one it has seen enough of, else the rules
   of ``event_acled``, which also code sentences no lexicon word decided;
5. actors from the subject and object/prepositional phrases (``actors``), place and date from the
   record's places/dates when present (else entities and the published date), the source from
   ``record.sources``/``record.quotes`` when present;
6. confidence: the trigger's raw score mapped through the calibration table fitted on held-out
   training items (``event_model.event_calibration``): the share of such events that were right.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from dataclasses import dataclass
from typing import Any, Optional, cast

from ..budget import checked
from ..errors import error
from ..record import Actor, Event, EventType, Incident, Record
from .actor_people import code_person
from .actors import as_of, domestic_codes, read_table, split_compound
from .event_acled import AcledMatch, by_rioters, classify, sentence_keys, verb_lemma
from .event_default import hidden_reason, policy_reasons
from .event_guards import SPORTS_CONFLICT, is_sports
from .event_model import calibrate, event_calibration
from .event_shown import event_signs, shown_factor, with_page_signs
from .event_typer import acled_type, subject_of

log = logging.getLogger(__name__)

TARGET_PREPS = ("with", "against", "on", "to", "at", "into", "toward", "towards", "from", "over", "upon")
VISIT_PREPS = ("in",)  # "arrived in Amman": the place visited is the target of a CONSULT
PHRASE_DROP = ("relcl", "acl", "advcl", "conj", "cc", "punct", "appos", "prep", "det", "case")
KEEP_PREPS = ("of", "in")
LIGHT_VERBS = ("launch", "stage", "hold", "carry", "conduct", "undertake", "make", "issue", "lodge",
               "engage", "resort", "resume", "use", "take", "go", "remain", "mount", "organize", "organise")
MODAL_REQUEST = ("must", "should")
FIRST_PERSON = ("i", "we")
FIRST_PERSON_POSS = ("my", "our")
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG")  # the small model often mislabels unknown towns
PLACE_PREPS = ("in", "at", "near", "outside")
ACTOR_LABELS = ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC")
MIN_SCORE = 0.3
OBJECT_OF_TRIGGER = 0.7  # "will not end the strike": the verb acting on an event noun decides
MAX_CONFIDENCE = 0.95


@dataclass(frozen=True)
class Cue:
    type: str
    mode: Optional[str]
    weight: float
    pos: str


@dataclass(frozen=True)
class Trigger:
    token: Any  # spaCy Token
    cue: Optional[Cue]  # None: a negated conflict word, which codes no event
    key: str
    score: float


NO_EVENT = "-"


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[Cue, ...]]:
    """Lemma (or lemma_particle/object) -> its cues: ``events_plover.tsv`` first; the CAMEO verb
    dictionary's verb+object rows (``events_cameo.tsv``) only for keys the first table lacks and only where
    they change the verb's category ("rush aid")."""
    table: dict[str, list[Cue]] = {}
    for lemma, pos, etype, mode, weight in read_table("events_plover.tsv"):
        table.setdefault(lemma, []).append(Cue(etype, None if mode == "-" else mode, float(weight), pos))
    for lemma, pos, etype, _mode, weight in read_table("events_cameo.tsv"):
        verb = table.get(lemma.split("_")[0], [])
        if lemma not in table and not any(c.type == etype for c in verb):  # "attack base": "attack" says it
            table[lemma] = [Cue(etype, None, float(weight), pos)]
    return {k: tuple(sorted(v, key=lambda c: -c.weight)) for k, v in table.items()}


@functools.lru_cache(maxsize=1)
def carriers() -> dict[str, str]:
    """Lemma -> "speech" (reporting verbs) or "pass" (verbs whose complement holds the event)."""
    return {lemma: kind for lemma, kind in read_table("events_reporting.tsv")}


@functools.lru_cache(maxsize=1)
def negation_map() -> dict[str, Optional[str]]:
    return {etype: None if negated == "-" else negated for etype, negated in read_table("events_negation.tsv")}


def _pos_ok(cue: Cue, token) -> bool:
    if cue.pos == "V":
        return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
    if cue.pos == "N":
        return token.pos_ in ("NOUN", "PROPN")
    return token.pos_ in ("VERB", "NOUN", "PROPN", "ADJ", "AUX")


@functools.lru_cache(maxsize=1)
def verb_bases() -> frozenset[str]:
    return frozenset({key.split("_")[0] for key in lexicon()} | set(LIGHT_VERBS) | set(carriers()))


def token_keys(token) -> list[str]:
    """Lexicon keys of a token: its lemma and lemma combined with particle/object/modifier."""
    base = verb_lemma(token, verb_bases())  # "staged" is no form of stag (issue 13)
    keys = [base, token.lower_]
    for child in token.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("prt", "dobj", "prep", "xcomp") or (child.dep_ == "advmod" and child.pos_ == "ADV"):
            keys.insert(0, f"{base}_{lemma}")
        if child.dep_ in ("compound", "amod", "nmod"):
            keys.insert(0, f"{lemma}_{base}")
        if child.dep_ == "prep" and lemma == "of":
            keys.insert(0, "_".join([base, "of", *[g.lemma_.lower() for g in child.children if g.dep_ == "pobj"]]))
    return keys


def match_cue(token) -> tuple[Optional[Cue], str]:
    """The best lexicon cue of a token; a row of type "-" ("press_ahead") says the phrase is no event;
    "X called Y troubling" (a verb with an object predicate) describes, it is no phone call (issue 13)."""
    cue, key = _first_cue(token)
    if cue is not None and cue.type == "CONSULT" and any(c.dep_ == "oprd" for c in token.children):
        return None, ""
    return (None, "") if cue is None or cue.type == NO_EVENT else (cue, key)


def is_no_event(token) -> bool:
    """The lexicon says the token's phrase is no event ("fight the fire"): no ACLED fallback either."""
    cue, _key = _first_cue(token)
    return cue is not None and cue.type == NO_EVENT


def _first_cue(token) -> tuple[Optional[Cue], str]:
    if token.ent_type_ in ("DATE", "TIME"):
        return None, ""  # "13 March 2017" holds no protest march
    table = lexicon()
    for key in token_keys(token):
        for cue in table.get(key, ()):
            if _pos_ok(cue, token) or "_" in key:
                return cue, key
    return None, ""


def path_factor(token) -> float:
    """How close a trigger is to the main clause: 1.0 at the root, less under modifiers."""
    factor, current = 1.0, token
    kinds = carriers()
    while current.head.i != current.i:
        head = current.head
        lemma = head.lemma_.lower()
        if lemma in kinds or lemma in LIGHT_VERBS:
            factor *= 0.97
        elif current.dep_ in ("relcl", "advcl", "acl", "pobj", "npadvmod", "amod", "compound", "nmod"):
            factor *= 0.6
        else:
            factor *= 0.85
        current = head
    return factor


NEGATIVE_DETS = ("no", "neither")  # "reported no arrests", "no one was killed"
NEGATIVE_SUBJECTS = ("nobody", "none", "nothing", "neither")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _negative_phrase(token) -> bool:
    """A noun phrase negated by its determiner ("no arrests", "no one") or a negative pronoun ("nobody")."""
    return token.lower_ in NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETS
                                                     for c in token.children)


def is_negated(token) -> bool:
    """"did not attack", "reported no arrests", "no one was killed", "ended without arrests" (issue 13)."""
    if _negative_phrase(token) or token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    if any(c.dep_ in SUBJECT_DEPS and _negative_phrase(c) for c in token.children):
        return True
    current = token
    while True:
        if any(c.dep_ == "neg" for c in current.children):
            return True
        if current.dep_ not in ("xcomp", "aux") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() not in carriers():
            return False


def speech_head(token):
    """The nearest verb of saying above ``token`` (its clause is reported speech), or None."""
    kinds = carriers()
    current = token
    while current.head.i != current.i:
        current = current.head
        if kinds.get(current.lemma_.lower()) == "speech":
            return current
    return None


def _self_directed(token) -> bool:
    """The speaker's own side under "must/should" ("I should hope so", "we must do the same", "must increase our
    efforts", "our strategy should have three parts"): what one means to do oneself asks nothing of anyone
    (issue 13)."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(s.lower_ in FIRST_PERSON for s in subjects) or \
        any(g.dep_ == "poss" and g.lower_ in FIRST_PERSON_POSS for o in objects + subjects for g in o.children)


def _inverted_condition(token, modals: list) -> bool:
    """"should they make the mistake": "should" before its subject opens a condition, it asks nothing."""
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    return any(m.lower_ == "should" and s.i > m.i for m in modals for s in subjects)


def modal_request(token) -> bool:
    """"X said Y must/should ..." is X's REQUEST to Y -- not when Y is the speaker's own side or the "should" is
    a condition."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    modals = [c for c in token.children if c.dep_ == "aux" and c.lower_ in MODAL_REQUEST]
    return bool(modals) and speech_head(token) is not None and not _self_directed(token) and \
        not _inverted_condition(token, modals)


def find_triggers(sent) -> list[Trigger]:
    """Candidate triggers, best first; a negated conflict word ("did not attack") yields a None cue."""
    found = []
    kinds = carriers()
    for token in sent:
        cue, key = match_cue(token)
        if modal_request(token):
            cue, key = Cue("REQUEST", None, 0.9, "V"), f"{token.lemma_.lower()} (must)"
        if cue is None or (kinds.get(token.lemma_.lower()) == "speech" and "_" not in key):
            continue
        if is_negated(token):
            negated = negation_map().get(cue.type)
            if negated is None:
                found.append(Trigger(token, None, f"not {key}", 0.0))
                continue
            cue = Cue(negated, None, cue.weight, cue.pos)
            key = f"not {key}"
        found.append(Trigger(token, cue, key, cue.weight * path_factor(token)))
    acted_on = {t.token.i for t in found if t.token.dep_ == "dobj" and any(
        o.token.i == t.token.head.i and o.cue for o in found)}
    found = [dataclasses.replace(t, score=t.score * OBJECT_OF_TRIGGER) if t.token.i in acted_on else t
             for t in found]
    return sorted(found, key=lambda t: -t.score)


def negated_only(triggers: list[Trigger]) -> bool:
    return bool(triggers) and all(t.cue is None for t in triggers)


# ---- actors -------------------------------------------------------------------------------------


def phrase_tokens(head) -> list:
    """The noun phrase of ``head`` without clauses, coordination and most prepositional phrases."""
    keep = [head]
    for child in head.children:
        if child.dep_ in PHRASE_DROP and not (child.dep_ == "prep" and child.lower_ in KEEP_PREPS):
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    start = next(i for i, t in enumerate(keep) if not (t.dep_ == "det" or t.is_punct)) if any(
        not (t.dep_ == "det" or t.is_punct) for t in keep) else 0
    return keep[start:]


def actors_of(head, loose: bool = False) -> list[Actor]:
    """Actors named by a noun phrase headed by ``head`` and its coordinated phrases (``loose``: see
    ``actors.code_phrase``)."""
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    actors: list[Actor] = []
    for h in heads:
        if h.pos_ == "PRON" or h.pos_ == "DET":
            continue
        tokens = phrase_tokens(h)
        doc = h.doc
        text = doc[tokens[0].i:tokens[-1].i + 1].text
        words = [t.text for t in tokens]
        lemmas = [t.lemma_ for t in tokens]
        # issue 13: a punctuation head ("―" parsed as a noun) is cut from its own phrase: no head index
        ids = [t.i for t in tokens]
        found = split_compound(text, words, lemmas, ids.index(h.i) if h.i in ids else None, loose)
        actors.extend([code_person(h, tokens, found[0])] if len(found) == 1 else found)  # people: issue 13
    return actors


def is_actor_like(head) -> bool:
    if head.ent_type_ in ACTOR_LABELS:
        return True
    actors = actors_of(head, loose=True)  # issue 13: a thing-word ("the carrier") still marks a candidate
    return any(a.code or a.sector for a in actors)


def _object_candidates(token, visit: bool = False):
    """Object-like phrases below a trigger (and below the verb a noun trigger is the object of),
    nearest first; purpose and complement clauses of those are searched too."""
    roots = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "attr") and token.head.i != token.i:
        roots.append(token.head)
    root_ids = {r.i for r in roots}
    queue, seen = list(roots), set(root_ids)
    while queue:
        node = queue.pop(0)
        for child in sorted(node.children, key=lambda c: c.i):
            if child.i in seen:
                continue
            seen.add(child.i)
            if child.dep_ in ("dobj", "dative", "attr", "oprd"):
                yield child
                queue.append(child)
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (visit and child.lower_ in VISIT_PREPS)):
                yield from (g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "prt":
                queue.append(child)
            elif child.dep_ in ("xcomp", "ccomp", "advcl") and node.i in root_ids:
                yield from (g for g in child.children if g.dep_ in ("nsubj", "nsubjpass"))
                queue.append(child)
    if token.pos_ == "VERB":  # "shot and wounded a policeman": the object of a conjoined verb, last
        yield from (g for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" and not
                    any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                    for g in c.children if g.dep_ == "dobj")


def is_event_word(token) -> bool:
    """A phrase headed by an event word ("a peace plan", "sanctions") names no actor itself."""
    cues = lexicon().get(token.lemma_.lower(), ())
    return any(c.pos in ("N", "*") for c in cues) and token.ent_type_ not in ACTOR_LABELS


def target_of(token, exclude: set[int], visit: bool = False):
    agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    for cand in _object_candidates(token, visit):
        if cand.i not in exclude and not is_event_word(cand) and is_actor_like(cand):
            return cand, agent
    return None, agent


def code_actors(trigger: Trigger) -> tuple[list[Actor], list[Actor]]:
    """Source and target actors of a trigger (passives swapped, "X said Y must" = X asks Y)."""
    token = trigger.token
    if trigger.key.endswith("(must)"):
        speaker = speech_head(token)
        subj, _ = subject_of(speaker)
        obj, _ = subject_of(token)
        return (actors_of(subj) if subj is not None else [], actors_of(obj) if obj is not None else [])
    subj, passive = subject_of(token)
    exclude = {subj.i} if subj is not None else set()
    obj, agent = target_of(token, exclude, visit=trigger.cue is not None and trigger.cue.type == "CONSULT")
    if passive:
        return (actors_of(agent) if agent is not None else [], actors_of(subj) if subj is not None else [])
    return (actors_of(subj) if subj is not None else [], actors_of(obj) if obj is not None else [])


# ---- place, date, source --------------------------------------------------------------------------


def _within(span, start: int, end: int) -> bool:
    return start <= span[0] and span[1] <= end


def _after_place_preposition(doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.root.head.lower_ in PLACE_PREPS


def place_of(record: Record, sent, actors: list[Actor]) -> Optional[str]:
    """Where: a place of the record (or a place-like entity) after "in/at/near" in the sentence, else
    a place of the record in the sentence that is not part of an actor ("Malian" in "Malian rebels")."""
    doc = sent.doc
    places = [p for p in record.places if _within(p.span, sent.start_char, sent.end_char)]
    for place in places:
        if _after_place_preposition(doc, place.span[0]):
            return place.name
    names = {a.text for a in actors}
    for ent in sent.ents:
        if ent.label_ in PLACE_LABELS and ent.root.pos_ == "PROPN" and ent.root.head.lower_ in PLACE_PREPS \
                and ent.text not in names:
            return ent.text
    return next((p.name for p in places if not any(p.name in a.text for a in actors)
                 and not _is_adjective(doc, p.span[0])), None)


def _is_adjective(doc, start: int) -> bool:
    """A demonym used as an adjective ("Iraqi officials") is no place of the event."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and (span.root.pos_ == "ADJ" or span.root.ent_type_ == "NORP")


def date_of(record: Record, sent) -> Optional[str]:
    for mention in record.dates:
        if mention.value and _within(mention.span, sent.start_char, sent.end_char):
            return mention.value
    return record.published.value[:10] if record.published else None


def source_of(record: Record, token) -> Optional[str]:
    """The source the event is attributed to: the subject of the verb of saying, or the quote it is in."""
    speaker = speech_head(token)
    subj = subject_of(speaker)[0] if speaker is not None else None
    if subj is not None:
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        for source in record.sources:
            if any(m[0] < hi and lo < m[1] for m in source.mentions):
                return source.id
    for quote in record.quotes:
        if quote.source_id and _within((token.idx, token.idx + len(token)), *quote.content_span):
            return quote.source_id
    return None


# ---- the stage ------------------------------------------------------------------------------------


NAME_LABELS = ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "NORP", "EVENT", "LAW")
MODIFIER_DEPS = ("compound", "amod", "npadvmod", "nmod")


def _names_no_event(token) -> bool:
    """A rule word that is part of a name or a modifier ("Jet Black", "Rob Bednarek", "a jet black
    dress") reports no event (issue 13)."""
    if token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS:
        return True
    if token.sent.root.pos_ not in ("VERB", "AUX"):  # a headline the parser read as one noun phrase
        return False  # ("Raiders attack Kenyan village": "attack" a compound of "village")
    return token.dep_ in MODIFIER_DEPS and token.head.lemma_.lower() not in lexicon()


def _acled_trigger(sent, match: AcledMatch) -> Optional[Trigger]:
    """A sentence no lexicon word coded, coded from its ACLED sub-event (e.g. "grenades were hurled")."""
    if match.plover is None:
        return None
    first = match.term.split()[0]
    token = next((t for t in sent if t.lemma_.lower() == first or t.lower_ == first), sent.root)
    if is_no_event(token) or (" " not in match.term and _names_no_event(token)):
        return None
    return Trigger(token, Cue(match.plover, None, 0.5, "*"), match.term, 0.5)


def done_by(token, term: str) -> bool:
    """Whether the subject of ``token`` is ``term`` ("an earthquake killed nine": no political event)."""
    subj, _ = subject_of(token)
    return subj is not None and f" {term} " in " " + " ".join(t.lemma_.lower() for t in subj.subtree) + " "


def _incident(record: Record, sent, match: AcledMatch) -> Incident:
    return Incident(acled_type=match.label, span=(sent.start_char, sent.end_char), trigger=match.term,
                    place=place_of(record, sent, []), date=date_of(record, sent), confidence=0.5)


def confidence(score: float) -> float:
    """The calibrated probability that an event with this raw trigger score is right (issue 13)."""
    return round(calibrate(min(MAX_CONFIDENCE, score), event_calibration()), 3)


def code_sentence(record: Record, sent) -> Optional[Event | Incident]:
    triggers = find_triggers(sent)
    match = classify(sentence_keys(sent))
    if negated_only(triggers):
        return None
    best = triggers[0] if triggers and triggers[0].cue and triggers[0].score >= MIN_SCORE else None
    if best is None and match is not None:
        best = _acled_trigger(sent, match)
    if match is not None and match.plover is None and (best is None or done_by(best.token, match.term)):
        return _incident(record, sent, match)  # "an earthquake killed nine": no political event
    if best is None or (cast(Cue, best.cue).type in SPORTS_CONFLICT and is_sports(sent)):
        return None  # issue 13: "United crushed the visitors 4-0" is a match, not an assault
    sources, targets = code_actors(best)
    place = place_of(record, sent, sources + targets)
    sources, targets = domestic_codes(sources, targets, place)
    kind = cast(Cue, best.cue).type
    acled = by_rioters(acled_type(sent, match, sources, targets, kind), sources)
    found = event_signs(record, sent, best.token, subject_of(best.token)[0], (sources, targets), kind, acled)
    quoted = any(q.content_span[0] <= best.token.idx < q.content_span[1] for q in record.quotes)
    hidden = hidden_reason(found, policy_reasons(kind, sources, targets, best.token, quoted))
    return Event(
        type=cast(EventType, kind), mode=cast(Cue, best.cue).mode,
        source_actor=sources[0] if sources else None, target_actor=targets[0] if targets else None,
        place=place, date=date_of(record, sent), span=(sent.start_char, sent.end_char),
        confidence=round(confidence(best.score) * shown_factor(found), 3), acled_type=acled,
        trigger=best.token.text,
        source_id=source_of(record, best.token),
        source_actors=tuple(sources), target_actors=tuple(targets), hidden=hidden,
    )


def _code_or_skip(record: Record, sent) -> Optional[Event | Incident]:
    """issue 13: a sentence the coder cannot handle loses its own events only, never the article's."""
    try:
        return code_sentence(record, sent)
    except Exception as exc:  # noqa: BLE001 - one odd parse must not drop the page
        log.warning("events stage: sentence at %d skipped (%s: %s)", sent.start_char, type(exc).__name__, exc)
        return None


def events_stage(record: Record) -> Record:
    """The ``events`` stage: one event per sentence that reports one."""
    if not record.body:
        return record
    if record.doc is None:
        raise error("NT301", "the events stage needs the parse stage (record.doc is missing)")
    with as_of(record.published.value if record.published else None):
        coded = [_code_or_skip(record, s) for s in checked(record.doc.sents)]  # budgets bite per sentence (issue 18)
    return dataclasses.replace(record, events=with_page_signs(record, tuple(e for e in coded if isinstance(e, Event))),
                               incidents=tuple(e for e in coded if isinstance(e, Incident)))
