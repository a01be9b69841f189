"""Rule 1 of the cascade, its content: the clause or object a cue verb reports (``X said (that) …``, ``urged
voters to …``, ``called Trump a liar``, ``accused X of Y``, ``proposed dropping …``), without the side clauses
that are the writer's, a reported clause the parse cut short running to its sentence end. Read by ``verbs``
(``verb_cue``) and ``others`` (``clause_span``). Split from ``verbs`` to keep modules small; behaviour unchanged.
"""

from __future__ import annotations

from typing import Optional

from .bounds import CONTINUERS, second_complement
from .cues import cue_table
from .syntax import Span, is_infinitive, is_verb, own_subject, subtree_span, text_of, token_end, trim

CLAUSES = ("ccomp", "xcomp")
RECIPIENT_VERBS = ("tell", "ask", "inform", "advise", "show", "quote", "call", "urge", "accuse", "describe")
REPLY_PREPS = ("to", "with", "by")  # "responded to the charge", "responded with attacks"
TOPIC_PREPS = ("for", "about", "on")  # "called for …", "talked about …", "commented on …"
SIDE_MARKS = ("although", "though", "while", "whereas", "because", "as", "since", "but")
# a reported clause keeps its reason and its concession (", because …", ", although …" are said too, unless
# another attribution begins there); the other side clauses are the writer's
ASIDE_MARKS = tuple(m for m in SIDE_MARKS if m not in ("because", "although", "though"))


def clause_content(verb, frame: str) -> Optional[Span]:
    text = text_of(verb.doc)
    for child in sorted(verb.children, key=lambda c: c.i < verb.i and not _comma_before(verb, c)):
        if child.dep_ in CLAUSES or _that_clause(verb, child):
            if child.dep_ == "xcomp" and not is_infinitive(child) and not \
                    (child.tag_ == "VBG" and child.i == verb.i + 1 + _particles(verb)):  # "proposed dropping …"
                continue
            if "\n" in text[min(child.idx, verb.idx):max(child.idx, verb.idx)]:
                continue  # a sentence the parser ran over a paragraph break (headline + dateline)
            span = clause_span(child)
            if child.dep_ == "ccomp" and child.i > verb.i and _main_clause(verb):
                child, span = _subject_clause(verb, child, span)
                span = second_complement(verb, child, _to_sentence_end(child, span))
            if child.dep_ == "xcomp" and child.i > verb.i:  # "urged voters to stay home": who, and what
                obj = next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < child.i), None)
                if obj is None:  # "called on Obama to retaliate"
                    on = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "on" and c.i < child.i), None)
                    obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                if obj is not None and verb.lemma_ in COUNTING_VERBS and _counted(obj):
                    return None  # "the stock added 2% to begin the week": a figure, not words
                if obj is not None:
                    span = (obj.left_edge.idx, span[1])
            return span
    hung = _hung_that_clause(verb) if frame == "clause" else None
    if hung is not None and "\n" not in text[verb.idx:hung.idx]:
        return clause_span(hung)
    predicative = _predicative(verb)
    if frame == "object" or (frame == "clause" and verb.lemma_ not in RECIPIENT_VERBS) or predicative:
        for child in verb.rights:
            if child.dep_ in ("dobj", "oprd") and (child.pos_ in ("NOUN", "PROPN") or
                                                   predicative and child.pos_ == "PRON"):
                if verb.lemma_ in COUNTING_VERBS and _counted(child):
                    return None  # "the economy added 156,000 jobs", "posted a 3-1 win": a figure, not words
                return _object_span(verb, child)
    preps = TOPIC_PREPS + REPLY_PREPS if verb.lemma_ in ("respond", "reply") else TOPIC_PREPS
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i == verb.i + 1 + _particles(verb):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return subtree_span(pobj)
    return None


COUNTING_VERBS = ("add", "post")  # "added 2%", "posted a 5% gain": also verbs of figures and scores


def _counted(noun) -> bool:
    """A figure: a number, amount or share before (or as) the noun (``156,000 jobs``, ``a 5% gain``, ``a 3-1 win``)."""
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")
               for t in noun.doc[noun.left_edge.i:noun.i + 1])


def _that_clause(verb, child) -> bool:
    """``tweeted in the early hours that Machado was …`` parsed as a side clause: one opened by "that"."""
    return child.dep_ == "advcl" and child.i > verb.i and child.left_edge.lower_ == "that" and \
        child.left_edge.i > verb.i


def _hung_that_clause(verb):
    """``said on Friday during a news conference that he may wait …``: the parse hung the reported clause on the
    last noun of a phrase after the verb as a relative clause. It is opened by the conjunction "that" (a relative
    "that" is the clause's subject or object, not its mark) and has a subject of its own."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for token in prep.subtree:
            first = token.left_edge
            if token.dep_ in ("relcl", "acl") and first.lower_ == "that" and first.dep_ == "mark" and \
                    any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in token.children):
                return token
    return None


def _comma_before(verb, clause) -> bool:
    """``The economy is bad, he said``: the clause ends with a comma (or quote marks) right before the
    cue's clause; other clauses on the left lose to one after the cue."""
    doc = verb.doc
    opener = doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    if (clause.left_edge.pos_ == "SCONJ" or clause.left_edge.lower_ in SIDE_MARKS) and \
            not (opener is not None and opener.is_quote):
        return False  # "While he acknowledged …, Ham noted …"
    subject = own_subject(verb)
    left = subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx
    between = text_of(verb.doc)[token_end(clause.right_edge):left]
    return between.strip(" \"'\u201c\u201d\u2018\u2019") in (",", "")


def _predicative(verb) -> bool:
    """``called them "inappropriate"``, ``described Clinton as …``: the object and what it is called."""
    return any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") or
               (c.dep_ == "dobj" and (any(_quoted_appos(a) for a in c.rights) or _bare_complement(c)))
               for c in verb.rights)


def _bare_complement(obj) -> bool:
    """``called the court's decision on the plan a landmark judgment``: the parse hung what the object is
    called on the object's last noun as an apposition, with no comma or dash before it (an apposition
    proper stands between commas: ``called Smith, the mayor, ...``); it opens with an article."""
    doc = obj.doc
    for token in obj.subtree:
        if token.dep_ != "appos" or token.i <= obj.i or token.left_edge.i <= obj.i:
            continue
        before, first = doc[token.left_edge.i - 1], token.left_edge
        if not before.is_punct and not before.is_quote and first.lower_ in ("a", "an") and \
                token.right_edge.i == obj.right_edge.i:
            return True
    return False


def _quoted_appos(token) -> bool:
    """``called the plan “a disgrace”`` parsed as an apposition: a quoted noun phrase right after the object."""
    doc = token.doc
    return token.dep_ == "appos" and token.left_edge.i > 0 and (doc[token.left_edge.i - 1].is_quote or
                                                                 token.left_edge.is_quote)


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
    return trim(text_of(doc), (obj.left_edge.idx, token_end(doc[right])))


OF_VERBS = ("accuse", "suspect", "convict", "warn", "remind", "inform", "notify", "assure", "convince")  # "accused X, who …, of Y"


def _when(child) -> bool:
    """A time phrase: ``on Thursday``, ``last week``, ``in 2015``."""
    if child.dep_ == "prep":
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        return pobj is not None and pobj.ent_type_ in ("DATE", "TIME") and pobj.right_edge.i == child.right_edge.i
    return child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in ("DATE", "TIME")


def _particles(verb) -> int:
    return sum(1 for c in verb.rights if c.dep_ in ("prt", "advmod") and c.i <= verb.i + 2)


def clause_span(token) -> Span:
    """A complement clause without trailing side clauses: ``, although …``, ``, adding that …``
    (a cue of its own), ``; …`` (a new clause)."""
    doc = token.doc
    right = token.right_edge.i
    for child in reversed(list(token.rights)):
        before = doc[child.left_edge.i - 1].text
        if before == ";" or (before == "," and (side_clause(child, ASIDE_MARKS) or side_clause(child) and cites(child))):
            right = child.left_edge.i - 1
        elif before.lower() == "and" and child.dep_ == "conj" and child.lemma_.lower() in cue_table() and \
                child.pos_ == "VERB" and child.left_edge.i == child.i:
            right = child.left_edge.i - 2  # "… was a con and encouraged Americans to …": a second attribution
        elif before.lower() in CONTINUERS and _reports_of_its_own(child):
            right = child.left_edge.i - 2  # "said the plan was dead and the council said …": another speaker's
            while right > token.i and doc[right].text in (",", ";"):
                right -= 1
        elif child.is_punct:
            continue
        else:
            break
    semicolon = next((k for k in range(token.left_edge.i + 3, right) if doc[k].text == ";"), None)
    if semicolon is not None and not any(t.is_quote for t in doc[token.left_edge.i:semicolon]):
        right = semicolon - 1  # "…; they only learned on Friday …": a new clause of the writer's
    return trim(text_of(doc), (token.left_edge.idx, token_end(doc[right])))


def _reports_of_its_own(child) -> bool:
    """A conjunct that is an attribution of its own: a speech verb with its own subject (``and the council
    said …``), not a second "that" clause of the same report (``… and that the committee would continue …``)."""
    entry = cue_table().get(child.lemma_.lower())
    if child.dep_ != "conj" or child.pos_ != "VERB" or entry is None or entry[0] != "speech":
        return False
    return child.left_edge.lower_ != "that" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)


def _subject_clause(verb, clause, span: Span):
    """``said whether Trump will agree depends on whether he believes …``: the parse took the reported clause's
    subject clause for a complement and the clause's own verb for a second one right after it (no comma or
    conjunction between, no subject of its own). The two are one reported clause, which runs to the second's end
    (a cue inside it, ``believes``, is then part of what was said), unless the second is a cue verb itself. The
    second complement and the span, or the first and ``span``."""
    doc = verb.doc
    second = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > clause.i), None)
    first = clause.left_edge
    if second is None or second.left_edge.i != clause.right_edge.i + 1 or first.lower_ not in SUBJECT_MARKS or \
            second.lemma_.lower() in cue_table() or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children) \
            or any(t.is_punct for t in doc[second.left_edge.i:second.i]):
        return clause, span  # 'learned how they think, how they organize …': a clause of its own
    if "\n" in text_of(doc)[span[0]:token_end(second.right_edge)]:
        return clause, span
    return second, (span[0], clause_span(second)[1])


# words opening a clause that can be a sentence's subject ("that" too, but after a cue verb it is the reported
# clause's own mark: 'revealed that she used a private server pleaded guilty' is a misparse of another kind)
SUBJECT_MARKS = ("whether", "what", "how", "why", "who", "where", "when")


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
    return span[0], token_end(doc[end - 1])


def cites(clause) -> bool:
    """A cue verb inside ``clause`` (``…, although Smith said …``, ``although he refused to pledge …``): another attribution."""
    return any(t.lemma_.lower() in cue_table() and is_verb(t) for t in clause.subtree)


def side_clause(child, marks: tuple[str, ...] = SIDE_MARKS) -> bool:
    if child.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if child.lemma_.lower() in cue_table():
        return True
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children)
