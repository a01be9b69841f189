"""What marks a name in an article as a person's (issue 12), read by ``people.Cast``: a body-tagged name that reads as
a person's (``mislabelled_person``, ``person_tail``, ``name_words``, ``pronoun_cue``), a name tag that hides no
name (``loose_tag``, ``role_plural``), and a person's roles and gender from the words around a mention (``_roles``,
``_gender``: role nouns such as analyst or spokeswoman, honorifics). Split from ``people`` to keep modules small;
behaviour unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..record import Span
from . import bodies as bodies_mod
from .bodies import bare_name, government_bodies, named_body_heads, org_suffixes
from .entities import NAME_PARTICLES, POSSESSIVE, outlet_of
from .names import (
    HONORIFICS,
    INITIAL,
    INITIALS,
    all_given_names,
    closes_with_acronym,
    given_names,
    is_given_name,
    name_word,
    person_name,
    without_titles,
)
from .quotes.cues import kind_of_noun

FEMALE_NOUNS = frozenset("""spokeswoman woman chairwoman congresswoman businesswoman mother wife daughter sister
actress queen princess girl grandmother widow""".split())
MALE_NOUNS = frozenset("""spokesman man chairman congressman businessman father husband son brother actor king prince
boy grandfather widower""".split())
ROLE_POS = ("NOUN", "PROPN")
# titles written capitalised in apposition to a name ("Prince Harry, the Duke of Sussex"; "Charles, the Prince of Wales")
TITLE_WORDS = frozenset("duke duchess prince princess king queen earl countess baron baroness lord lady emir sheikh "
                        "pope".split())
PERSONAL_PRONOUNS = frozenset("he she himself herself".split())
LOOSE_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP")


def loose_tag(entity) -> bool:
    """One word the model tagged as no person or body ("Trump told The Post" with "Trump" a work of art): it
    hides no name, so a person's or body's form there is a mention of it (issue 12: 100 such one-word tags
    equal to a person's form on 450 PolNeAR training pages)."""
    return entity.label in LOOSE_LABELS and " " not in bare_name(entity.text)


def pronoun_cue(doc, span: Span) -> bool:
    """``Sanders compared himself to ...``, ``Unruh said she ...``: a one-word name tagged as a body whose own clause
    (the verb it is the subject of, or that verb's reported clause) takes a personal pronoun after it, with no
    other proper name between them (issue 12: surnames alone typed organization on PolNeAR training pages)."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or len(tokens) != 1 or tokens.root.dep_ != "nsubj":
        return False
    name, verb = tokens.root, tokens.root.head
    near = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("himself", "herself")]
    near += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children
             if g.dep_ == "nsubj" and g.lower_ in PERSONAL_PRONOUNS]
    return any(not any(t.pos_ == "PROPN" for t in doc[name.i + 1:p.i]) for p in near)


def its_cue(doc, span: Span) -> bool:
    """``Moderna said in a statement that its vaccine ...``: a one-word name, the subject of a verb whose reported
    clause's subject is "its" something, with no other proper name between them -- the article's own word for a body
    (issue 12: one-word company names tagged as people). "it" alone is no cue ("Ruiz said it was over")."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or len(tokens) != 1 or tokens.root.dep_ != "nsubj":
        return False
    name, verb = tokens.root, tokens.root.head
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subject in (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")):
            if any(g.dep_ == "poss" and g.lower_ == "its" for g in subject.children):
                return not any(t.pos_ == "PROPN" for t in doc[name.i + 1:subject.i])
    return False


def called_its(doc, span: Span) -> bool:
    """``Marlow Maritime will cut 300 jobs at its depot``, ``The promoter, Starline Events, said its ...``: a name that
    is the subject of a verb (itself or in apposition to it) whose own words call it "its" before any other proper
    name or personal pronoun -- the article's own word for a body, whatever first name opens it (issue 12)."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    subject = tokens.root.head if tokens.root.dep_ == "appos" else tokens.root
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for token in doc[tokens.end:subject.head.right_edge.i + 1]:
        if token.lower_ in PERSONAL_PRONOUNS | {"his", "her", "i", "we"} or token.pos_ == "PROPN":
            return False
        if token.lower_ == "its" and token.dep_ == "poss":
            return True
    return False


def person_tail(entity, places: frozenset[str]) -> Optional[str]:
    """``envoy to Ukraine Kurt Volker`` tagged as one body: the person's name that ends it (two capitalised
    words, neither a body's word, after a place the article names on its own or starting with a known
    first name)."""
    if entity.label not in ("ORG", "GPE", "FAC") or outlet_of(entity.text):
        return None  # "New York Daily News"
    words = bare_name(entity.text).split()
    if len(words) < 3 or any(w.lower() in org_suffixes() or kind_of_noun().get(w.lower()) or not w.isalpha()
                             or not w[:1].isupper() for w in words[-2:]) or words[-3].lower() in ("of", "for", "and", "&"):
        return None  # ("University of Texas Arlington": the two words close the body's own name)
    if words[-2] not in given_names() and " ".join(words[:-2]) not in places:
        return None  # neither a known first name nor a place named elsewhere before the two words
    return f"{words[-2]} {words[-1]}"


def name_words(name: str) -> bool:
    """One to three capitalised words, none a body's word: a name that may be a person's."""
    words = name.split()
    return 1 <= len(words) <= 3 and not any(
        not name_word(w) or not w[:1].isupper() or w.isupper() or w.lower() in org_suffixes()
        or w.lower() in kind_of_noun() or w.lower() in named_body_heads() or outlet_of(w) for w in words)


def is_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place (a country acting is government; "Netflix" is no place)."""
    from .gazetteer import gazetteer  # loaded once, on the first place-tagged name
    return gazetteer().has_name(name) and not _town_code(name) or bare_name(name).lower() in government_bodies()


def _town_code(name: str) -> bool:
    """``the NRA`` tagged as a place: three to five capitals the gazetteer knows only as another name (an airport's
    code: Narrandera) of towns under a million people, never a place's own name -- a body's letters (issue 12)."""
    from .gazetteer import gazetteer
    bare = bare_name(name)
    if not (bare.isalpha() and bare.isupper() and 3 <= len(bare) <= 5):
        return False
    places = gazetteer().lookup(bare)
    return bool(places) and all(p.feature == "city" and p.name.lower() != bare.lower() and p.population < 1_000_000
                                for p in places)


def mislabelled_person(doc, entity, surnames: frozenset[str] = frozenset()) -> Optional[str]:
    """``Kirstjen Nielsen`` tagged as a body: a person's name all the same when it reads as one (a known first
    name, or a middle initial: "Channing D. Phillips"), when its last word is a surname the article gives a
    person ("Tashfeen Malik" ... "Ms. Malik": ``surnames``), or when two or three capitalised words, none a body's
    word, follow a role noun ("Secretary", "spokeswoman Katie Hill", "chief strategist Guy Cecil")."""
    if entity.label not in ("ORG", "GPE", "FAC") or outlet_of(entity.text):
        return None
    bare = bare_name(entity.text)
    if any(outlet_of(" ".join(bare.split()[:n])) for n in (1, 2, 3) if n < len(bare.split())):
        return None  # "Fox News Digital", "CBS News Radio": an outlet's name opens it (not "Fox" the first name)
    if without_titles(bare) != bare and person_name(without_titles(bare)) is not None:
        return bare  # "Billionaire Ellis Varga"
    tokens = doc.char_span(*entity.span, alignment_mode="expand")
    before = doc[tokens.start - 1] if tokens is not None and tokens.start > 0 else None
    if plural_after_the(entity.text, before):
        return None  # "The Dallas Cowboys", "the Jonas Brothers": a team or a band, never one person
    if " " not in bare and before is not None and before.pos_ == "PROPN" and not before.ent_type_ and \
            person_name(f"{before.text} {bare}") is not None:
        return f"{before.text} {bare}"  # "Ilya Shapiro" with only "Shapiro" tagged, as a body
    words = bare.split()
    if not 2 <= len(words) <= 3 or any(not name_word(w) or not w[:1].isupper() or w.isupper()
                                       or w.lower() in org_suffixes() or w.lower() in named_body_heads()
                                       for w in words if not INITIAL.fullmatch(w) and not INITIALS.fullmatch(w)):
        return None
    if bodies_mod.names_state_body(bare):
        return None  # "London Fire Brigade": a state body's phrase closes it, whatever first name opens it
    if person_name(bare) is not None and not bodies_mod.opens_with_country(bare) and not called_its(doc, entity.span):
        return bare  # (not "Georgia Power", "France Unbowed": a body named after its country or state)
    common = [w for w in words[:-1] if w.lower() in kind_of_noun() and w not in all_given_names()]
    if words[-1] in surnames and not common:
        return bare
    common += [words[-1]] if words[-1].lower() in kind_of_noun() else []
    role = before is not None and (kind_of_noun().get(before.lower_) == "anonymous" or
                                   before.lower_ in FEMALE_NOUNS | MALE_NOUNS) or \
        tokens is not None and _among_people(tokens.root)
    # after a role, a first name that is also a common noun ("Guy", "Grant") still opens a name
    return bare if role and (not common or common == [words[0]] and words[0] in all_given_names()) else None


def plural_after_the(text: str, before=None) -> bool:
    """``The Dallas Cowboys``, ``the Jonas Brothers`` (``before``: the token before the name): capitalised words
    closing with a plural, after "the" -- a team, a band or a group, which the model may tag as a person or a body
    whose first word it takes for a first name (issue 12), never one person's name."""
    words = bare_name(text).split()
    if not words or not words[-1].endswith("s") or words[-1].endswith("ss") or words[-1].isupper() or \
            not all(w[:1].isupper() for w in words):
        return False
    return text.strip().lower().startswith("the ") or before is not None and before.lower_ == "the"


def _among_people(root) -> bool:
    """``Patrick Healy and Yamiche Alcindor`` (a conjunct of a person), ``Deb Kline, a leader of ...`` (a noun for
    people in apposition): the name is a person's."""
    conjuncts = [root.head] if root.dep_ == "conj" else []
    conjuncts += [c for c in root.children if c.dep_ == "conj"]
    return any(c.ent_type_ == "PERSON" for c in conjuncts) or any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and kind_of_noun().get(c.lemma_.lower()) == "anonymous"
        for c in root.children)


def person_surnames(doc, entities) -> frozenset[str]:
    """One-word names the article gives a person: tagged PERSON alone, or after an honorific ("Ms. Malik")."""
    words = {bare_name(e.text) for e in entities if e.label == "PERSON" and " " not in bare_name(e.text)}
    words |= {t.text for t in doc[1:] if t.pos_ == "PROPN" and doc[t.i - 1].lower_ in HONORIFICS}
    return frozenset(w for w in words if w[:1].isupper() and len(w) >= 2)


def is_name(text: str) -> bool:
    """A person's name has no possessive inside (``Punjab's Bhatinda``), starts with a capital and does not close
    with an acronym (``Tesla CEO``; "John Smith III" is a name)."""
    inner = POSSESSIVE.sub("", text.strip())
    return bool(inner[:1].isupper()) and not re.search(r"['\u2019]s\s", inner) and not closes_with_acronym(inner.split())


# a city this populous opening a name tagged PERSON names a club or a body after it ("Manchester United")
BIG_CITY = 500_000


def city_named(text: str) -> bool:
    """``Manchester United`` tagged as a person: two words or more opening with the name of a big city, which is no
    first name (issue 12: a football club typed person, and its city taken for its first
    name)."""
    words = bare_name(text).split()
    if len(words) < 2 or words[0] in all_given_names() or words[0].lower() in NAME_PARTICLES:
        return False  # ("Van Buren": the city of Van opens a surname)
    from .gazetteer import gazetteer  # loaded once, on the first place-tagged name
    return any(p.name == words[0] and p.feature == "city" and p.population >= BIG_CITY
               for p in gazetteer().lookup(words[0]))  # (no country: "Cuba Gooding Jr.")


def place_acting(text: str) -> bool:
    """``Kyiv said``, ``Azerbaijan said`` tagged as a person: a country's name, or the name of a country's capital of
    ``BIG_CITY`` people or more, that is no first name (``Chad``, ``Jordan``, ``Paris`` stay names): a country acting,
    the annotation guide's government (issue 12: on sentences "<X> said on Tuesday that it would respond", 24 of
    118 such capitals and 20 of 179 one-word countries were typed person)."""
    bare = bare_name(text)
    if not bare or bare.split()[0] in all_given_names() or not is_name(text):
        return False
    from .gazetteer import gazetteer
    for place in gazetteer().lookup(bare):
        if place.name != bare:
            continue
        if place.feature == "country":
            return True
        capital = gazetteer().capital(place.country) if place.country else None
        if capital is not None and capital.gid == place.gid and place.population >= BIG_CITY:
            return True
    return False


def role_plural(name: str) -> bool:
    """``Aides``, ``Officials``: one capitalised plural of a role noun (the model tags it PERSON at a sentence's
    start), not a name."""
    low = name.lower()
    return " " not in name and low.endswith("s") and kind_of_noun().get(low[:-1]) == "anonymous"


def _roles(tokens) -> set[str]:
    """Role nouns around a person's name: ``analyst Jonathan Matuszewski``, ``his spokeswoman, Katie
    Hill``, ``Nielsen, a former Homeland Security official``, ``President Donald Trump``."""
    doc = tokens.doc
    roles: set[str] = set()
    for token in tokens:  # title words inside the entity: "President Donald Trump" as one entity
        if token.i < tokens.root.i and token.lower_ in kind_of_noun() and kind_of_noun()[token.lower_] == "anonymous":
            roles.add(token.lower_)
    k = tokens.start - 1
    while k >= 0 and tokens.start - k <= 3 and doc[k].pos_ in ROLE_POS and not doc[k].ent_type_:
        roles.add(doc[k].lemma_.lower())
        k -= 1
    root = tokens.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        roles.add(root.head.lemma_.lower())
    for child in root.children:
        if child.dep_ == "appos" and (child.pos_ == "NOUN" or child.pos_ == "PROPN" and  # "Harry, the Duke of Sussex"
                                      kind_of_noun().get(child.lower_) == "anonymous" and child.lower_ in TITLE_WORDS):
            roles.add(child.lemma_.lower())
    return roles


def _gender(tokens, roles: set[str]) -> Optional[str]:
    doc = tokens.doc
    before = doc[tokens.start - 1].lower_ if tokens.start else ""
    if before in HONORIFICS:
        return HONORIFICS[before]
    if tokens[0].lower_ in HONORIFICS:
        return HONORIFICS[tokens[0].lower_]
    if roles & FEMALE_NOUNS:
        return "f"
    if roles & MALE_NOUNS:
        return "m"
    return None


def untagged_appositions(doc) -> list[tuple[str, Span]]:
    """``A spokeswoman for the mayor, Ana Ruiz, said``, ``said his best friend at Lehigh, Bruce Turry``: a person's name
    (``names.person_name``: a known first name) that the model left untagged, set in apposition to a noun for a person
    (a role of ``sources_kinds.tsv``'s anonymous rows): that person, so that the role phrase and the name's later
    mentions ("Ruiz said") are one source (issue 12)."""
    found = []
    for token in doc:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.ent_type_ or token.head.pos_ != "NOUN" or \
                kind_of_noun().get(token.head.lemma_.lower()) != "anonymous":
            continue
        start = token
        while start.i > 0 and start.nbor(-1).dep_ == "compound" and start.nbor(-1).head.i == token.i and \
                start.nbor(-1).pos_ == "PROPN" and not start.nbor(-1).ent_type_:
            start = start.nbor(-1)
        text = doc.text[start.idx:token.idx + len(token.text)]
        full = person_name(text)
        if full is not None and full == text:
            found.append((full, (start.idx, token.idx + len(token.text))))
    return found


def speaks(doc, span: Span) -> bool:
    """``Danilov said ...`` after ``Oleksiy Danilov`` tagged as a body: the lone last word of the name is the subject of
    a speech verb of ``data/cues.tsv`` -- a body is seldom named by the last word of its name, a person by the surname
    (issue 12: the full name and the surname were two organization sources)."""
    from .quotes.cues import cue_table
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return tokens is not None and len(tokens) == 1 and tokens.root.dep_ == "nsubj" and \
        cue_table().get(tokens.root.head.lemma_, ("",))[0] == "speech"


def body_closing(bare: str) -> bool:
    """A name tagged as a person's that a body's word closes: a company's ("Acme Holdings"), a named state body's head
    ("Pacific Command", "Border Patrol": ``sources_body_heads.tsv``) or a listed government body's last words ("the
    Obama White House"). PolNeAR training gives 'Pacific Command' and 'Obama White House' typed person."""
    words = bare.lower().split()
    if len(words) < 2 or words[-1] in org_suffixes():
        return len(words) >= 2
    return not is_given_name(bare.split()[0]) and (words[-1] in bodies_mod.named_body_heads() or any(
        " ".join(words[-n:]) in government_bodies() for n in (2, 3) if len(words) > n))  # (not "Anna Guard")


def one_word_twins(ordered: list) -> dict[str, str]:
    """A one-word name tagged PERSON whose full name the entities stage found ("Sanders" -> "Bernie Sanders") (or
    tagged PERSON more often than as a body: "Obama" in a headline tagged as a place), with that full name."""
    tags = Counter((bare_name(e.text), e.label == "PERSON") for e in ordered if " " not in bare_name(e.text))
    return {bare_name(e.text): bare_name(e.canonical) for e in ordered if e.label == "PERSON"
            and " " not in bare_name(e.text) and is_name(e.text) and (" " in bare_name(e.canonical)
            or tags[bare_name(e.text), True] > tags[bare_name(e.text), False])}
