"""The word tables the source resolver (``coref.SourceBook``) reads -- pronouns, body nouns, group and press
words -- and the word tests it applies to tokens and names (issue 12). The resolver's ranking constants stay in
``coref``."""

from __future__ import annotations

import re

from .entities import media_nouns

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = {"they", "them"}
THING_PRONOUNS = {"it"}
RELATIVE = {"who", "which", "that", "whom"}
INSTITUTION_KINDS = ("organization", "government", "outlet", "document", "social")
# body nouns that are not in sources_kinds.tsv under a body kind but name one ("the utility", "the label")
BODY_NOUNS = frozenset("""company firm group utility brokerage label agency business corporation carrier airline
maker retailer bank lender insurer operator network studio club team automaker carmaker drugmaker chipmaker planemaker
steelmaker giant conglomerate startup manufacturer supplier provider chain""".split())
# definite nouns that may stand for any body of their kind named before ("the company said" after "Acme");
# other body nouns ("the court", "the army", "the union") go to a body named with that word or are new
GENERIC_BODY_NOUNS = frozenset("company firm group organization organisation business corporation".split())
# definite nouns for what kind of body an organization is that its name may not say ("the league" after "the NFL",
# "the union" after "the UAW", "the alliance" after "NATO"): the one organization named before, when it is the only one
SOLE_BODY_NOUNS = frozenset("league union alliance coalition charity nonprofit bloc cartel federation".split())
# ("the administration" is not the last country named: a body named with the word, or a source of its own)
GENERIC_GOVERNMENT_NOUNS = frozenset("government authority state".split())
REGULATORS = frozenset(("regulator", "watchdog"))  # government nouns that stand for a body named before
STREETS = frozenset("street avenue road".split())  # a street stands for the people who work in it
# days of the week: "Wednesday added one more development", "Saturday would have been Reagan's birthday" (PolNeAR
# training) -- a day is a subject, never a source
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
AUDIENCE = frozenset("reader viewer listener".split())  # lemmas
SOCIAL_HEADS = frozenset("""user account poster blogger influencer handle message post video page comment thread
livestream photo image""".split())
_WORD = re.compile(r"[\w&-]+")
# "PG&E officials", "Home Depot management": the people of a named body as a group are that body; one
# of them ("a French Defense Ministry spokeswoman") stays an anonymous person (DESIGN.md); a body's regulators,
# investigators and prosecutors too ("Oregon's utilities regulators" after "the Oregon Public Utilities Commission":
# the Phoenix agents dictionary of ../shared/train files regulator and prosecutor as state agents, an investigator
# as police), only where the article names their body
MEMBER_NOUNS = frozenset("officials management executives leadership representatives regulators investigators "
                         "prosecutors".split())
# Offices one person holds at a time ("the president", "the crown prince", "the French president", "the prime
# minister"): the article names the holder, often without the title (issue 12); "minister" only after "prime"
OFFICES = frozenset("president chancellor premier king queen pope emperor prince princess duke duchess monarch emir "
                    "minister".split())
OFFICE_MODIFIERS = frozenset(("crown", "prime"))
# bodies of one person, one per person: "Mrs. Clinton's presidential campaign" = "the Clinton campaign"
OWNED_BODIES = frozenset(("campaign", "office"))
VEHICLES = frozenset("statement release letter note memo email message tweet post video".split())
DETERMINERS = ("the", "this", "that", "these", "those")
# body nouns English writes without an article where they mean the body named before ("Hong Kong police said ...
# Police said"): read as definite when nothing modifies them
ARTICLELESS_BODIES = frozenset(("police",))
QUANTIFIERS = frozenset("some several many other few most".split())

# Heads of a share of people ("64 percent say", "72% of Democrats said"): the poll's answers, not a source.
SHARES = frozenset(("percent", "%", "cent", "pct", "percentage"))

# Heads of a nationality-or-group name that name a political party ("the Democrats", "the Tories").
PARTY_WORDS = frozenset("""democrats republicans conservatives tories liberals greens socialists communists
labour unionists""".split())


def names_party(token) -> bool:
    """``the Democrats``, ``the Liberal Democrats``, ``Labour``: the party itself (organization); ``Some Democrats``,
    ``senior Republicans``, ``Democrats in Iowa``, a bare ``Republicans said``: members of it, unnamed people (GUM
    types bare "Republicans" and "Senate Democrats" as people; the guide's anonymous is unnamed people or groups)."""
    if token.lower_ not in PARTY_WORDS or token.tag_ not in ("NNP", "NNPS"):
        return False
    if not token.lower_.endswith("s"):
        return True  # "Labour said"
    lefts = list(token.lefts)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and all(
        c.dep_ == "det" and c.lower_ == "the" or c.pos_ == "PROPN" for c in lefts) and \
        not any(c.dep_ == "prep" for c in token.rights)


def news_agency(token) -> bool:
    """``the state news agency``, ``a press agency``, ``the wire agency``: an agency described as the press's (an
    outlet), not ``the U.N. health agency`` or ``the agency`` (a state body)."""
    return token.lower_ in ("agency", "agencies") and any(
        c.lemma_.lower() in media_nouns() | {"news", "press"} for c in token.lefts)


# what a company agency does: "the rating agency" (Moody's, Fitch), "an advertising agency", "a travel agency" -- a
# business, never the state body "the agency" stands for otherwise
COMPANY_AGENCY_WORDS = frozenset("""rating ratings credit advertising ad marketing travel talent employment staffing
recruitment modeling modelling casting collection collections insurance realty""".split())


def company_agency(token) -> bool:
    """``the rating agency``, ``a credit-rating agency``, ``an ad agency``: an agency whose modifiers say it is a
    business (an organization), not ``the agency`` of a state."""
    return token.lower_ in ("agency", "agencies") and any(
        w in COMPANY_AGENCY_WORDS for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
        for w in c.lower_.split("-"))


def on_social(token) -> bool:
    """``a user on Reddit``, ``one user wrote on Twitter``, ``an account posted on Instagram``: the noun or its verb
    is "on" a social platform (a ``social`` row of ``sources_kinds.tsv``)."""
    from .quotes.cues import kind_of_noun
    for word in (token, token.head):
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "on"):
            if any(c.dep_ == "pobj" and kind_of_noun().get(c.lower_) == "social" for c in prep.children):
                return True
    return False


# Press people: "a reporter said" is one unnamed person; "a Reuters reporter" is the outlet (the guide).
PRESS_PEOPLE = frozenset("reporter journalist correspondent".split())


def _key(name: str) -> str:
    """One key for the forms of one description: "Trump's campaign", "Trump campaign", "the Trump  Campaign"."""
    return " ".join(re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", w) for w in name.lower().split())


def says_what_it_does(token) -> bool:
    """``the home improvement retailer``, ``the iPhone maker``: a body noun whose modifiers say what it does, no
    name of another body or person among them, nothing after it."""
    return all(c.dep_ in ("det", "amod", "compound", "punct") and c.ent_type_ not in ("ORG", "GPE", "PERSON", "NORP")
               for c in token.lefts) and not any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights)


def the_place_party(token) -> bool:
    """``the Kentucky Republican``: "the", a place, a party's member (PolNeAR train: 8 of 8 such subjects are the
    senator or representative named just before); "a New Hampshire Republican" is someone unnamed."""
    words = token.doc[token.left_edge.i:token.i]
    return len(words) >= 2 and words[0].lower_ == "the" and all(w.ent_type_ == "GPE" for w in words[1:]) and \
        token.lower_ in ("republican", "democrat")


def _place(name: str) -> bool:
    from .gazetteer import gazetteer
    return bool(gazetteer().lookup(name))


def name_words_and_singulars(name: str) -> set[str]:
    """The lower-cased words of a body's name, each plural's singular ("Airlines" -> "airline"), both spellings of a
    word spelt two ways ("Defence" -> "defense") and the place-words of a country in it ("Russia's Ministry of
    Defence" -> "russian"): "the Russian defense ministry" is that ministry (issue 12); "army" and "military" for a
    country's armed forces named either way."""
    from .bodies import SPELLINGS
    from .gazetteer import gazetteer
    words = {w.lower() for w in _WORD.findall(name)}
    words |= {w[:-1] for w in words if len(w) > 4 and w.endswith("s") and not w.endswith("ss")}
    words |= {SPELLINGS[w] for w in words if w in SPELLINGS} | {b for b, a in SPELLINGS.items() if a in words}
    for word in _WORD.findall(name):
        if word[:1].isupper():
            words |= {d for i in gazetteer().countries_named(word) for d in gazetteer().demonyms_of(i)}
    if words & ARMED_FORCES or "forces" in words and words & {"armed", "defense", "defence"}:
        words |= ARMED_FORCES  # "the army" after "the Israeli military" or "the Israel Defense Forces"
    return words


# the words after a body's head that do not head it ("Acme Holdings Inc": "the holdings" or "the company"), and the
# words whose left neighbour heads the name ("Ministry of Health", "Institute for Fiscal Studies", "Committee on ...")
NAME_TAILS = frozenset("inc inc. ltd ltd. llc plc corp corp. co co. ag sa nv gmbh group holdings limited".split())
NAME_LINKS = frozenset("of for on".split())


def modifier_words(name: str) -> set[str]:
    """The lower-cased words of a body's name (and their singulars) that modify its head and never head it: "city" and
    "lantern" of "Taipei City Lantern Festival" (its head "festival"), "county" of "Marion County Sheriff's Office" --
    "the city" is no name for the festival (issue 12). The head is the last word (and the word before a closing
    company form: "Group", "Inc") and the word before a linking "of"/"for"/"on" ("Ministry of Health")."""
    words = [w.lower() for w in _WORD.findall(name)]
    heads = set(words[-1:])
    if len(words) >= 2 and words[-1] in NAME_TAILS:
        heads.add(words[-2])
    heads |= {words[i - 1] for i, w in enumerate(words) if i and w in NAME_LINKS}
    singular = {w: w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words}
    heads |= {singular[w] for w in heads}
    return {form for w in words if w not in heads and w not in NAME_LINKS for form in (w, singular[w])} - heads


# a country's armed forces, however a page names them ("the Israeli military", "the army", "Israel Defense Forces")
ARMED_FORCES = frozenset(("army", "military"))
