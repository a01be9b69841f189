"""Word-level tests of a mention for the coreference of sources (``coref``): the nouns for people, the extent of
a description, bare anaphors ("the company", "the city's police"), role abbreviations (issue 12)."""

from __future__ import annotations

import functools

from ..extract.dateline import opens_with_dateline
from ..record import Span
from .bodies import listed_short_name
from .names import all_given_names, person_name
from .quotes.syntax import text_of

# endings of nouns for people ("protesters", "residents", "deportees", "economists", "civilians")
# ... but not of things that end so ("agreement", "comment", "unemployment", "appointment": issue 12, 6 such unnamed
# "sources" on PolNeAR training pages)
THING_ENDINGS = ("ment",)
HUMAN_ENDINGS = ("er", "or", "ist", "ant", "ent", "ee", "ian", "ive", "eur", "ess", "man", "men", "woman", "women")


def post_modified(token) -> int:
    """The end of an unnamed description's post-modifier (``people familiar with the talks``, ``a person
    briefed on the call``): an adjective or participle phrase right after the noun, up to 8 words."""
    for child in token.rights:
        if child.i == token.i + 1 and (child.dep_ == "amod" or (child.dep_ == "acl" and child.tag_ in ("VBN", "VBG")
                                                                and child.lemma_ not in ("quote", "cite"))) \
                and child.right_edge.i - token.i <= 8:  # "quoted by Harbour Wire" is a channel, not a description
            last = child.right_edge
            while last.i > child.i and last.is_punct:
                last = last.doc[last.i - 1]
            return last.idx + len(last.text)
    return 0


def proper_name(token) -> Span:
    """The characters of the proper name ``token`` heads: its compound proper nouns and itself."""
    start = token
    for left in reversed(list(token.lefts)):
        if left.dep_ == "compound" and left.pos_ == "PROPN" and left.i == start.i - 1:
            start = left
    return (start.idx, token.idx + len(token.text))


def human(lemma: str) -> bool:
    """A noun outside the kinds table that may name people: by its ending (no lexicon of every noun)."""
    return len(lemma) > 4 and lemma.endswith(HUMAN_ENDINGS) and not lemma.endswith(THING_ENDINGS)


def letters(token) -> bool:
    """``ICE said`` with the letters tagged a common noun ("ice"): two to five capitals alone are a body's letters,
    a name as a proper noun is (issue 12; it was no source)."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.text.isalpha() and token.text.isupper() and \
        2 <= len(token.text) <= 5


def name_read_as_noun(token) -> bool:
    """``Tencent said``, ``Barclays said``: a speaker's one capitalised word the model read as a common noun or a plural
    proper noun, left untagged, alone (no determiner, modifier or complement). A bare singular common noun is a
    subject only as a name, so the word is a name: a body's when it is no given name (issue 12: such company names
    became unnamed "anonymous" sources, or none). A plural proper noun counts only as a listed company's short name
    ("Politicos", "Others" stay unnamed people)."""
    word = token.text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or token.ent_type_ or \
            token.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ not in ("punct", "appos") for c in token.children) \
            or word in all_given_names():  # (not "None of those three", "Part of the problem")
        return False
    return token.tag_ == "NN" or token.tag_ == "NNPS" and listed_short_name(word)


def bare(token) -> bool:
    """``the company``, ``the city's police`` (anaphors), not ``the US military`` or ``Hong Kong's police`` (new
    descriptions)."""
    return all(c.dep_ in ("det", "amod", "punct") or place_anaphor(c) for c in token.lefts) and \
        not any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights)


# "the city's police", "the country's health ministry", "the state's largest utility": the place the article is
# about, named before; its body is the one named before with that head
PLACE_NOUNS = frozenset("city country state nation province region island territory kingdom republic county town "
                        "capital".split())


def place_anaphor(token) -> bool:
    return token.dep_ == "poss" and token.lemma_.lower() in PLACE_NOUNS and \
        all(c.dep_ in ("det", "case") for c in token.children)


def has_role(roles: set[str], head: str) -> bool:
    """``the senator`` of ``Sen. Tom Carper``, ``the governor`` of ``Gov. Jerry Brown``: the role or its abbreviation
    (three letters or more and a full stop, opening the role noun); ``the congressman`` of ``Rep. Jim Banks``, ``the
    lawmaker`` of ``Sen. Tom Carper`` (``data/sources_title_roles.tsv``)."""
    return head in roles or any(r.endswith(".") and len(r) >= 4 and head.startswith(r[:-1]) for r in roles) or \
        any(head in title_roles().get(r, ()) for r in roles)


@functools.lru_cache(maxsize=1)
def title_roles() -> dict[str, frozenset[str]]:
    """title or role -> the role nouns that stand for it (``data/sources_title_roles.tsv``)."""
    from .entities import table_lines
    rows = (line.split("\t") for line in table_lines("sources_title_roles.tsv"))
    return {row[0].strip(): frozenset(row[1].split()) for row in rows if len(row) >= 2}


DATELINE_CHARS = 200  # as much of a line as extract.dateline reads


def _dateline(token) -> bool:
    """``CLEVELAND, July 19 (UPI) — Former Attorney General ... told``: a place in capitals opening a line and followed
    by a dateline's region, date, outlet and dash (extract.dateline's patterns) is the dateline, which the parse may
    take for the subject (issue 12: CLEVELAND, WASHINGTON, RANGOON, SYRACUSE, BUENA PARK on PolNeAR training pages),
    never a source."""
    start, end = proper_name(token)
    text = text_of(token.doc)
    name = text[start:end]
    return len(name) >= 3 and name.isupper() and (start == 0 or text[start - 1] == "\n") and \
        opens_with_dateline(text[start:start + DATELINE_CHARS])


# documents a proper noun before names the author of ("a Gallup poll", "a POLITICO analysis"); not "FEC filings",
# "an SEC filing", "FEC records": filed with or kept by the body named, written by someone else
AUTHORED_NOUNS = frozenset({"poll", "survey", "analysis", "study"})


def untagged_issuer(token) -> str:
    """The name an untagged proper noun before an authored document gives its issuer (``a national Gallup Poll``, ``a
    POLITICO analysis``: the guide's "X's report" is X), or "": the compounds right before the noun, every
    word capitalised, none the model tagged (a tagged one is the cast's: a person, a place where a poll was taken,
    a date)."""
    doc = token.doc
    first = token.i
    if token.lemma_.lower() not in AUTHORED_NOUNS:
        return ""
    while first > 0 and (doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN"
                         and not doc[first - 1].ent_type_ or doc[first - 1].text in ("/", "-", "&")):
        first -= 1
    words = doc[first:token.i]
    if not len(words):
        return _untagged_owner(token)
    if words[0].is_punct or words[-1].is_punct or len(words.text) < 2 or \
            not all(w.is_punct or w.text[:1].isupper() for w in words):
        return ""
    if first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ in ("compound", "nmod"):
        return ""  # part of a name the model tagged ("Rasmussen Reports", "USA TODAY"): no guess
    return text_of(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]


def _untagged_owner(token) -> str:
    """``PC World's recent analysis``: an untagged proper name as the possessor of an authored document, every word
    capitalised and no person's name (issue 12: GUM training text), or ""."""
    poss = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if poss is None:
        return ""
    start, end = proper_name(poss)
    span = token.doc.char_span(start, end)
    name = text_of(token.doc)[start:end]
    if span is None or any(t.ent_type_ for t in span) or not all(w[:1].isupper() for w in name.split()) or \
            person_name(name) is not None or name.split()[0] in all_given_names():
        return ""
    return name
