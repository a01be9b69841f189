"""The trigger read as another sense of its word: the reading signs of the shown events (issue 13).

The signs themselves, their evidence and their factors are described in :mod:`event_shown` and
``data/events_shown.tsv``; this module holds the tests of the sixth round and later ones ("query", "naming",
"opinion", "assertion", "warning", "received", "phrasal", "figurative", "metaphor", and the later ones down to
"comment", "quarrel", "silence", "target", "stative", "mishap", "backing", "bid", "unhappened", "boast", "statistic", "rhetoric",
"provision", "effort") as
one table, READING_SIGNS, with the word senses they read (``data/events_shown_verbs.tsv``); and "exhortation", which
reads every kind but REQUEST (:func:`is_exhortation`, called from :mod:`event_shown`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

from ..record import Actor
from .actors import read_table

FUTURE_AUX = ("will", "'ll", "shall", "wo")
STATED_AUX = (*FUTURE_AUX, "would", "can", "could", "ca", "may", "might")  # a clause that states, not a demand
WH_TAGS = ("WDT", "WP", "WP$", "WRB")
ASKED_PEOPLE = ("PERSON", "ORG", "NORP", "GPE")  # "asked Rubio", "asked the ministry": whom, not what
QUESTION_MARKS = ("whether", "if")
PATIENT_DEPS = ("dobj", "nsubjpass")
INDICATIVE = ("VBZ", "VBP", "VBD")  # "is", "give", "was": a statement; a bare "be" (VB) is a demand's subjunctive
DEMAND_AUX = ("should", "must")
WARNING_PREPS = ("about", "against", "of")  # "warned about/against/of": a danger told, no threat
POLL_SHARES = ("percent", "%", "per cent")  # "36 percent support": a share in a poll
FIGURATIVE_SOURCES = ("BUS", "MNC", "MED", "EDU")  # who does not attack anyone in a news report's literal sense
EXHORTING_AUX = ("should", "must", "ought")  # "America must reject ...": what ought to be done
QUANTIFIERS = ("all", "some", "many", "most", "part", "rest", "none", "each", "any")  # "released all of the emails"
RATE_DETS = ("every", "each", "a", "an", "per")  # "killed every year", "a day": a rate, no happening
ARMED = ("MIL", "REB", "COP", "UAF", "CRM")  # armed bodies (data/events_default_actors.tsv): their "fought hard" is fighting


@functools.lru_cache(maxsize=1)
def verb_senses() -> dict[str, frozenset[str]]:
    """``sense -> lemmas`` from ``data/events_shown_verbs.tsv`` (columns: lemma, sense, why)."""
    senses: dict[str, set[str]] = {}
    for row in read_table("events_shown_verbs.tsv"):
        senses.setdefault(row[1], set()).add(row[0])
    return {sense: frozenset(lemmas) for sense, lemmas in senses.items()}


# The sixth round's signs and later ones (see the module doc), in the order they are reported: the sign, the event
# kind it reads (None: any) and its test of the trigger token and the event's source actors.
READING_SIGNS: tuple[tuple[str, str | None, Callable[[Any, list[Actor]], bool]], ...] = (
    ("query", "REQUEST", lambda token, sources: is_query(token)),
    ("naming", "REQUEST", lambda token, sources: is_naming(token)),
    ("opinion", "AGREE", lambda token, sources: is_opinion(token)),
    ("assertion", "REQUEST", lambda token, sources: is_assertion(token)),
    ("warning", "THREATEN", lambda token, sources: is_warning(token)),
    ("received", "SUPPORT", lambda token, sources: is_received(token)),
    ("phrasal", None, lambda token, sources: is_phrasal(token)),
    ("figurative", "ASSAULT", lambda token, sources: is_figurative(sources)),
    ("metaphor", "ASSAULT", lambda token, sources: is_metaphor(token)),
    ("publication", None, lambda token, sources: is_publication(token)),
    ("occasion", "CONSULT", lambda token, sources: is_occasion(token)),
    ("signature", "AGREE", lambda token, sources: is_signature(token)),
    ("showing", "PROTEST", lambda token, sources: is_showing(token)),
    ("comment", "REQUEST", lambda token, sources: is_comment_request(token)),
    ("quarrel", "ASSAULT", lambda token, sources: is_quarrel(token)),
    ("silence", "REJECT", lambda token, sources: is_silence(token)),
    ("target", "CONSULT", lambda token, sources: is_target(token)),
    ("stative", "REQUEST", lambda token, sources: is_stative(token)),
    ("mishap", "ASSAULT", lambda token, sources: is_mishap(token)),
    ("backing", "AGREE", lambda token, sources: is_backing(token)),
    ("bid", None, lambda token, sources: is_own_bid(token)),
    ("unhappened", "REJECT", lambda token, sources: is_unhappened(token)),
    ("boast", "SUPPORT", lambda token, sources: is_boast(token)),
    ("statistic", "ASSAULT", lambda token, sources: is_statistic(token)),
    ("rhetoric", "ASSAULT", lambda token, sources: is_rhetoric(token, sources)),
    ("provision", "CONCEDE", lambda token, sources: is_provision(token)),
    ("effort", "ASSAULT", lambda token, sources: is_effort(token, sources)),
)


@functools.lru_cache(maxsize=1)
def abstract_nouns() -> frozenset[str]:
    """Nouns of ideas, states, texts and times (``data/events_abstract_nouns.txt``, from WordNet by
    ``bench/build_event_abstract_nouns.py``), less the event words of ``data/events_plover.tsv`` ("the protest")."""
    path = resources.files("newstrace.data").joinpath("events_abstract_nouns.txt")
    words = {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    return frozenset(words - {row[0] for row in read_table("events_plover.tsv")} - {""})


def is_metaphor(token) -> bool:
    """An ASSAULT on an idea, a state or a text ("democracy is being murdered", "attacked the plan", "killing
    time"): a figure of speech or a war of words, not violence."""
    patients = [c for c in token.children if c.dep_ in PATIENT_DEPS]
    patients += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
                 if g.dep_ == "pobj"]
    return any(p.pos_ == "NOUN" and not p.ent_type_ and p.lemma_.lower() in abstract_nouns() for p in patients)


def is_query(token) -> bool:
    """"asked him the same question", "asked us whether ...", "asked Rubio which states he could win", "a
    reporter asked: Did they ...?", "she asked, according to the transcript": "ask" with no request in it -- no
    "to"-infinitive ("asked him to resign"), no "for" ("asked for calm"), no that-clause ("asked that the vote be
    delayed"), no thing asked ("asked permission") -- is a question, not a REQUEST (issue 13). Whom it asks is a
    pronoun, a name or a noun of people asked (sense ``asked``: "Obama asked Republican politicians.")."""
    if token.lemma_.lower() != "ask":
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    clauses = [c for c in children if c.dep_ == "ccomp"]
    if any(c.dep_ == "dobj" and c.lemma_.lower() in verb_senses().get("question", ()) for c in children):
        return True
    if clauses:
        return not any(_requested_clause(c) for c in clauses)
    objects = [c for c in children if c.dep_ == "dobj"]
    return all(o.tag_ == "PRP" or o.ent_type_ in ASKED_PEOPLE or o.lemma_.lower() in verb_senses().get("asked", ())
               for o in objects)


def _requested_clause(clause) -> bool:
    """"that the vote be delayed", "they leave": a that-clause or a bare subjunctive is asked for; "whether ...",
    "which states ...", "did they ...?" ask a question."""
    marks = [g.lower_ for g in clause.children if g.dep_ == "mark"]
    if any(m in QUESTION_MARKS for m in marks) or any(g.tag_ in WH_TAGS for g in clause.subtree if g.i < clause.i):
        return False
    auxes = [g for g in clause.children if g.dep_ in ("aux", "auxpass")]
    subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and any(a.i < subject.i for a in auxes):
        return False  # "Did they discuss ...?"
    return "that" in marks or clause.tag_ == "VB" and not auxes


def is_naming(token) -> bool:
    """"an alliance called the Brigade", "called him an illiterate": "call" with no "for", "on" or "to"
    clause asks for nothing (a REQUEST is "called for calm", "called on X to ...")."""
    if token.lemma_.lower() != "call":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("for", "on") or c.dep_ in ("xcomp", "ccomp", "prt")
                   for c in token.rights)


def is_opinion(token) -> bool:
    """"agree that ...", "agree on ...", "agree with him", "agrees, saying ...": a view held, not an agreement to
    act."""
    if token.lemma_.lower() != "agree" or any(c.dep_ == "xcomp" for c in token.children):
        return False
    children = list(token.children)
    if not any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "advcl" and c.lemma_.lower() == "say"
                                                             for c in children):
        return True  # "a scholar agrees, saying Israel should no longer require ...": a view
    return any(c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ in ("on", "with") for c in children) or \
        token.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "on" for c in children)


def is_assertion(token) -> bool:
    """"insists Tottenham is serious", "insist that they give no support": a verb of insisting (sense
    ``assertion``) with an indicative clause, or one in the future or under can/could/would/may ("insisted they
    won't consider any nominee"), states a view; "insisted that he be released", "that they should go"
    or "insisted on a recount" is a demand and stays."""
    if token.lemma_.lower() not in verb_senses().get("assertion", ()):
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        auxes = [g for g in clause.children if g.dep_ in ("aux", "auxpass")]  # "was never closed"
        if any(a.lower_ in DEMAND_AUX for a in auxes):
            return False
        if any(t.tag_ in INDICATIVE for t in [clause, *auxes]) or any(a.lower_ in STATED_AUX for a in auxes):
            return True  # "insisted they won't consider it", "insists she will release them": a statement
    return False


def _own_future_act(clause, speaker) -> bool:
    """A clause in the future whose subject is a pronoun or the speaker's own word ("that it would retaliate")."""
    if not any(c.dep_ == "aux" and c.lower_ in (*FUTURE_AUX, "would") for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ == "PRP" or speaker is not None and s.lemma_.lower() == speaker.lemma_.lower()
               for s in subjects)


def is_warning(token) -> bool:
    """"warned against the plan", "has warned us about ...", "warned that the incident could ...": a verb of
    warning (sense ``warning``) with "about/against/of" or with a clause that is not the speaker's own future act
    tells of a danger, it threatens no one; "warned that it would retaliate" is a threat and stays."""
    if token.lemma_.lower() not in verb_senses().get("warning", ()):
        return False
    if any(c.dep_ == "prep" and c.lower_ in WARNING_PREPS for c in token.children):
        return True
    speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(_own_future_act(c, speaker) for c in clauses)


def is_received(token) -> bool:
    """A SUPPORT noun that its actor receives or holds ("earned the support of 39 percent", sense ``receive``),
    or a share in a poll ("gets 1 percent support", "36 percent support"): the actor is the one supported."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in verb_senses().get("receive", ()):
        return True
    return any(c.lower_ in POLL_SHARES for c in token.children)


def is_figurative(sources: list[Actor]) -> bool:
    """An ASSAULT whose source is a business, a medium or a school ("the class survey has killed productivity",
    "the camera beat its rival to the punch"): a figure of speech, not violence."""
    source = sources[0] if sources else None
    return source is not None and (source.sector in FIGURATIVE_SOURCES or source.code in FIGURATIVE_SOURCES)


def is_phrasal(token) -> bool:
    """The trigger and its particle or preposition make another verb (sense ``phrasal``: "wound up")."""
    words = {token.lower_, token.lemma_.lower()}
    nexts = [c.lower_ for c in token.children if c.dep_ in ("prt", "prep") and c.i == token.i + 1]
    return any(f"{w} {n}" in verb_senses().get("phrasal", ()) for w in words for n in nexts)


def _patients(token) -> list:
    """The trigger's object, or its subject when passive ("the report was released"), the noun a participle
    modifies ("the emails released by ...") and the noun under a quantifier ("released all of the emails")."""
    patients = [c for c in token.children if c.dep_ in PATIENT_DEPS]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        patients.append(token.head)
    return patients + [g for p in patients if p.lemma_.lower() in QUANTIFIERS for c in p.children
                       if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def is_publication(token) -> bool:
    """A verb of giving or releasing (sense ``publish``) whose object is words or media (sense ``utterance``:
    "released a web video", "released the report", "offered his assessment", "gave a speech"): a publication or an
    opinion, no concession, offer or aid (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("publish", ()):
        return False
    patients = _patients(token)
    patients += [g for p in patients for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"]  # "released 1,100 pages of emails", "a batch of documents"
    return any(p.lemma_.lower() in verb_senses().get("utterance", ()) for p in patients)


def is_occasion(token) -> bool:
    """"hosted a dinner for donors", "hosts a podcast", "hosting our conference call": hosting an occasion or a
    show (sense ``occasion``) is no meeting between parties; "hosted the prime minister" stays a CONSULT."""
    if token.lemma_.lower() not in verb_senses().get("host", ()):
        return False
    return any(p.lemma_.lower() in verb_senses().get("occasion", ()) for p in _patients(token))


def is_signature(token) -> bool:
    """"signed the bill into law", "signed an executive order", "signed a memo", "signed autographs": a signature
    under one's own act or text (sense ``signed``), no agreement with anyone; "signed a treaty/deal" stays."""
    if token.lemma_.lower() not in verb_senses().get("signer", ()):
        return False
    into_law = any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "law" for g in c.children)
                   for c in token.children)
    return into_law or any(p.lemma_.lower() in verb_senses().get("signed", ()) for p in _patients(token))


def is_showing(token) -> bool:
    """"Nokia demonstrated an application", "demonstrate that Americans ...", "rally the public behind ...": a verb
    of protest (sense ``transitive``) with an object or a clause shows or gathers something; "demonstrated outside
    the ministry", "rallied in the square" protest (a PROTEST verb that takes an object, "protested the ruling",
    is not in the sense)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in verb_senses().get("transitive", ()):
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children)


def is_comment_request(token) -> bool:
    """"did not return a request for comment", "requests seeking comment": a reporter's request for a comment
    (sense ``comment``) is how a news report says someone did not answer, no REQUEST between the parties."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "request":
        return False
    return any(g.lemma_.lower() in verb_senses().get("comment", ()) for g in token.subtree if g.i > token.i)


def is_quarrel(token) -> bool:
    """"The Bush family clashed with Donald Trump", "sparred with the senator": a verb of clashing (sense
    ``quarrel``) with one named person for the other side (or in an apposition after it: "clashed with the new face
    of the party, Donald Trump,") is a row of words; "protesters clashed with police", "clashed with supporters of
    X" stay violence."""
    if token.lemma_.lower() not in verb_senses().get("quarrel", ()):
        return False
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    others = [g for c in withs for g in c.children if g.dep_ == "pobj"]
    # an apposition the parser hung on the verb ("clashed with the new face of the party, John Banda,")
    others += [c for c in token.children if c.dep_ in ("npadvmod", "appos") and any(w.i < c.i for w in withs)]
    return any(o.tag_ in ("NN", "NNP") and any(t.ent_type_ == "PERSON" for t in o.subtree) for o in others)



def is_silence(token) -> bool:
    """"declined to say whether ...", "declined to address the report", "refused to comment", "declined comment": a
    verb of withholding (sense ``withholder``) with a verb of speaking (sense ``speak``) or a comment for object
    withholds a statement (CAMEO 011, a statement), it rejects no one's proposal; "refused to sign the agreement",
    "declined to concur with that assessment" stay REJECT (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("withholder", ()):
        return False
    speaking = verb_senses().get("speak", ())
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in speaking or
               c.dep_ == "dobj" and c.lemma_.lower() in verb_senses().get("comment", ()) for c in token.children)


def is_target(token) -> bool:
    """"did meet the deadline", "meets the requirements": "meet" with a goal for object (sense ``goal``) reaches it,
    no meeting between parties; "met the Malawian president" stays a CONSULT (issue 13)."""
    if token.lemma_.lower() != "meet":
        return False
    return any(p.lemma_.lower() in verb_senses().get("goal", ()) for p in _patients(token))


def is_stative(token) -> bool:
    """"X said Y should be ready for questions", "the people should have a voice": "should/must" with a verb of
    being or having (sense ``stative``) says how things ought to be, it asks no one to act; "should resign",
    "should be removed" (a passive: "be" is its auxiliary) stay a REQUEST (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("stative", ()):
        return False
    return any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in token.children)


def is_mishap(token) -> bool:
    """"two miners were killed in a car crash", "killed by lightning": an ASSAULT whose cause, after "in" or "by", is
    an accident or a disaster (sense ``mishap``) is no one's attack; "killed in an ambush" stays (issue 13)."""
    causes = [g for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for g in c.children
              if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in verb_senses().get("mishap", ()) for g in causes)


def is_backing(token) -> bool:
    """"offered a restrained embrace", "offered his support to ...": praise or backing given (sense ``backing``) is no
    AGREE to act; "offered a deal", "offered to mediate" stay (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("publish", ()):
        return False
    return any(p.lemma_.lower() in verb_senses().get("backing", ()) for p in _patients(token))


def is_own_bid(token) -> bool:
    """"suspended his campaign", "ended her bid for the nomination": a verb of stopping with the actor's own campaign
    (sense ``bid``, with a possessive pronoun) is a candidate giving up, no SANCTION or CONCEDE; "suspended the
    aid programme" stays (issue 13)."""
    return any(p.lemma_.lower() in verb_senses().get("bid", ()) and
               any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in p.children) for p in _patients(token))


def is_unhappened(token) -> bool:
    """"has never met an opponent like him", "did not discuss the dispute", "has not yet released the figures": the
    coder reads a negated meeting, gift or release (sense ``unhappened``) as a REJECT, as the dev sets code it; read
    by hand it tells what did not happen, no one's refusal ("is not accepting the invitation" stays) (issue 13)."""
    return token.lemma_.lower() in verb_senses().get("unhappened", ()) and any(c.dep_ == "neg" for c in token.children)


def is_exhortation(token) -> bool:
    """"Zambia must reject this offer once and for all", "Malawi should reject a loan like this", "Mexico should be
    grateful and even agree to help pay": the trigger (or the verb it is joined to) under "should/must/ought" says
    what ought to be done, no happening. The coder reads "X said Y should ..." as X's REQUEST, which stays; any other
    kind under such a verb is hidden (issue 13)."""
    heads = [token, token.head] if token.dep_ == "conj" else [token]
    return any(c.dep_ == "aux" and c.lower_ in EXHORTING_AUX for h in heads for c in h.children)


def is_boast(token) -> bool:
    """"the president hailed the record streak of job growth", "touted his record on jobs": a SUPPORT whose object is an
    achievement (sense ``achievement``) that is the actor's own ("his", "his government's") or no one's named -- praise of one's own record, no
    backing of anyone; "praised Malawi's record" (a named other) stays (issue 13)."""
    achievements = verb_senses().get("achievement", ())
    for patient in _patients(token):
        words = [patient, *(c for c in patient.children if c.dep_ == "compound")]
        owners = [c for c in patient.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_)]
        if any(w.lemma_.lower() in achievements for w in words) and not owners:
            return True
    return False


def is_statistic(token) -> bool:
    """"30,000 Zambians are killed by guns every year", "two people a day are shot", "killed annually": an ASSAULT
    with a rate (a unit of time after "every/each/a/per", or an adverb of rate, sense ``rate``) counts deaths, it
    reports no one's attack (issue 13)."""
    rates = verb_senses().get("rate", ())
    for child in token.subtree:
        if child.lemma_.lower() in rates and child.dep_ == "advmod" and child.head.i == token.i:
            return True
        if child.lower_ in ("year", "day", "week", "month") and child.dep_ in ("npadvmod", "pobj") and \
                any(d.lower_ in RATE_DETS and d.dep_ == "det" for d in child.children):
            return True
    return False


def _named_person(token) -> bool:
    """The head of a phrase is a person's name, or a name qualifies it ("Ann Ruiz", "the Berg brothers", "the
    billionaire Tom Berg")."""
    return token.ent_type_ == "PERSON" or any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON"
                                              for c in token.children)


def is_rhetoric(token, sources: Sequence[Actor] = ()) -> bool:
    """"Senator Ann Ruiz attacked the Berg brothers from the Senate floor", "Hichilema attacked President Lungu
    for his handling of the economy", "was attacked by Mr. Banda": a verb of attacking (sense ``rhetoric``)
    from one named person to another, with no weapon ("with a knife"), is a war of words, no ASSAULT; so is one
    with a reason to blame after "for" ("attacked Republicans for how they ran the inquiry", "attacked her for her
    ties to Wall Street") when no armed body attacks ("the army attacked the town for harbouring rebels");
    "gunships attacked Kitwe", "soldiers led by Colonel Banda attacked
    the rebels" stay (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("rhetoric", ()):
        return False
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return False
    armed = any(a.sector in ARMED or a.code in ARMED for a in sources)
    if not armed and any(c.dep_ == "prep" and c.lower_ == "for" and _is_reason(c) for c in children):
        return True
    attackers = [c for c in children if c.dep_ == "nsubj"]
    attackers += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_named_person(a) for a in attackers) and any(_named_person(p) for p in _patients(token))


def _is_reason(prep) -> bool:
    """"for not answering the question", "for how they ran the inquiry", "for her ties to Wall Street": after "for",
    a gerund, a clause or a noun with a possessive gives a reason to blame -- whoever attacks whom, that attack is
    criticism (issue 13); "for three hours", "for the second time" give none."""
    for g in prep.children:
        if g.dep_ == "pcomp" and g.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VBN"):
            return True
        if g.dep_ == "pobj" and (g.tag_ == "VBG" or any(c.dep_ == "poss" for c in g.children)):
            return True
    return False


def _subject_or_copulas(token):
    """The trigger's subject, or the subject of the "be" it completes ("the policy has been to allow ...")."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and token.dep_ in ("xcomp", "ccomp", "attr") and token.head.lemma_.lower() == "be":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject


def is_provision(token) -> bool:
    """"Party rules allow for minority reports", "the new law allows anyone to bring a petition", "the policy has been
    to allow the rebels to sell oil": a verb of permitting (sense ``permit``) with "for" right after it, or whose
    subject is a rule, a law, a policy or a system (sense ``rulebook``), says what the rules permit, no one's
    concession; "the government allowed the convoy to cross" stays a CONCEDE (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("permit", ()):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" and c.i == token.i + 1 for c in token.children):
        return True
    subject = _subject_or_copulas(token)
    return subject is not None and subject.lemma_.lower() in verb_senses().get("rulebook", ())


def is_effort(token, sources: list[Actor]) -> bool:
    """"he fought really hard", "fought hard for the nomination": "fight" (sense ``struggle``) with an adverb of effort
    (sense ``effort``: "hard") and no one fought against or with, by an actor that is no armed body, is a campaign's
    effort, no ASSAULT; "rebels fought hard against the soldiers" and "soldiers fought hard to hold the town" stay
    (issue 13)."""
    if token.lemma_.lower() not in verb_senses().get("struggle", ()):
        return False
    if any(s.sector in ARMED for s in sources):
        return False
    children = list(token.children)
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "with") for c in children):
        return False
    return any(c.dep_ == "advmod" and c.lemma_.lower() in verb_senses().get("effort", ()) for c in children)

