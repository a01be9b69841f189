"""An article's cast: every person and body it names, as one entry per real-world entity (issue 12).

``Cast`` reads the article's entities once and merges their mentions: a full name and its surname
("Kirstjen Nielsen", "Nielsen" -- whatever label the model gave the surname), title forms ("Sen. Tom
Carper", "Carper"), aliases (``entities.canonical``: Daesh = Islamic State). Each entry has one kind,
decided by the entity, not by one mention: a person, or a body whose kind comes from the data tables
(``sources_government.tsv``: government bodies and acronyms; ``sources_kinds.tsv``: head nouns such as
ministry, police, company). For people it keeps what agreement needs: a gender (honorifics, role nouns
such as spokeswoman, the first-name table ``names_gender.tsv`` fitted on GAP and GUM by
``bench/train_name_gender.py``) and roles (``analyst Jonathan Matuszewski``, ``his spokeswoman, Katie
Hill``, ``Nielsen, a former Homeland Security official``), so that "she" and "the analyst" can find them.
``Named`` and the passes over the built entries (alias folding, promotion of people, gender from pronouns) live in
``cast_passes``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from types import SimpleNamespace
from typing import Optional, cast

from ..record import Span
from . import aliases
from . import bodies as bodies_mod
from .bodies import PRESS_WORDS, bare_name, body_kind, country_owner, government_bodies
from .cast_passes import CastPasses, Named, only_one
from .entities import LEADING, known_outlet, media_nouns, the_outlet
from .names import (
    HONORIFICS,
    INITIAL,
    all_given_names,
    first_last,
    is_given_name,
    misspelt_surname,
    name_after_titles,
    opens_or_closes,
    particle_surname,
    person_like,
    plain_surname,
    same_person,
    title_and_name,
    without_titles,
)
from .person_cues import (
    _gender,
    _roles,
    body_closing,
    called_its,
    city_named,
    is_name,
    is_place,
    loose_tag,
    mislabelled_person,
    one_word_twins,
    person_surnames,
    person_tail,
    place_acting,
    plural_after_the,
    role_plural,
    untagged_appositions,
)
from .quotes.cues import kind_of_noun
from .quotes.syntax import text_of

BODY_LABELS = ("ORG", "GPE", "NORP", "FAC")
# tags of a mention that may be a person's name typed a body (issue 12: "Menendez", "GOP Rep McCaul")
BODY_TAGS = ("ORG", "NORP", "PRODUCT")
# people who work at a company ("engineers at Dell", "a job at Ford")
STAFF_NOUNS = frozenset("engineer engineers worker workers employee employees executive executives staff job".split())


def _first_of_two_surnames(word: str, full: str) -> bool:
    """``Acosta`` of "Melba Acosta Febo", ``Rodham`` of "Hillary Rodham Clinton": the first of two family names closing
    a name of three words or more (not "Twitter" of a headline "Will Twitter Be Next" tagged as a name)."""
    words = full.split()
    return len(words) >= 3 and words[-2] == word


QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


class Cast(CastPasses):
    """The people and bodies of one article, found from its entities."""

    def __init__(self, doc, entities):
        self.doc = doc
        self.by_name: dict[str, Named] = {}
        self._surnames: dict[str, Optional[str]] = {}
        self._given: dict[str, Optional[str]] = {}  # "Liu" of "Liu Xiaming" (family name first), "Kurt" alone
        self._mentions: list[tuple[int, int, Named]] = []
        ordered = sorted(entities, key=lambda e: e.span)
        self._places = frozenset(bare_name(e.text) for e in ordered if e.label == "GPE")
        self._orgs = {bare_name(e.canonical) for e in ordered if e.label == "ORG" and " " in bare_name(e.canonical)}
        surnames = person_surnames(doc, ordered)
        self._twins = one_word_twins(ordered)
        self._people_of_entities(doc, ordered, surnames)
        self._mention_entities(doc, ordered)
        self._fold_aliases(doc)
        self._promote_people()
        self._bodies_called_it()
        self._untagged_mentions([tuple(e.span) for e in ordered if not loose_tag(e)] + self._papers)
        self._mentions.sort(key=lambda m: m[:2])
        self._starts = [m[0] for m in self._mentions]
        self._genders_from_pronouns()
        self._own_possessives(doc)

    def _people_of_entities(self, doc, ordered: list, surnames: frozenset[str]) -> None:
        """The people the entities name, and people of untagged appositions."""
        # full names first, so that any surname finds its person; title forms ("Prince Mohammed") after them
        for entity in sorted(ordered, key=lambda e: title_and_name(bare_name(e.canonical)) is not None):
            if bodies_mod.listed_company(entity.canonical):
                continue  # "Wells Fargo", "Morgan Stanley": a company of the public table, whatever the tag
            if entity.label == "PERSON" and is_name(entity.text) and len(bare_name(entity.text).split()) >= 2 \
                    and not city_named(entity.text) \
                    and not body_closing(bare_name(entity.text)) and not known_outlet(entity.text) \
                    and not bodies_mod.listed_government(entity.text) \
                    and not self._company_called_its(entity, bare_name(entity.text)) \
                    and not self._plural_after_the(entity, bare_name(entity.text)):  # ("Lok Sabha", "the Cowboys")
                self._person(bare_name(entity.canonical))
            elif person_tail(entity, self._places) is not None:
                self._person(cast(str, person_tail(entity, self._places)))
            elif mislabelled_person(doc, entity, surnames) is not None:
                self._person(cast(str, mislabelled_person(doc, entity, surnames)))
        for full, span in untagged_appositions(doc):  # "A spokeswoman for the mayor, Ana Ruiz," left untagged
            if self._surnames.get(full.split()[-1], full) == full:  # ("her husband, Ty Woods": not Dorothy Woods's)
                self._mention(self._person(full), SimpleNamespace(span=span))

    def _mention_entities(self, doc, ordered: list) -> None:
        """A mention of its person or body for every entity, and for bodies the tagger left untagged."""
        for entity in ordered:
            named = self._entry(entity)
            if named is not None:
                self._mention(named, entity)
        self._papers: list[Span] = []  # "The Harlow Courier reported" untagged: "Harlow" inside it is no mention of the town
        for name, span in bodies_mod.untagged_bodies(doc, [tuple(e.span) for e in ordered], person_like):
            paper = the_outlet(text_of(doc)[max(0, span[0] - 4):span[1]])
            self._papers += [span] if paper else []  # (other untagged bodies keep their words' mentions: "Rahm Emanuel")
            self._mention(self._body(name, "outlet" if paper else body_kind(name)), SimpleNamespace(span=span))

    @staticmethod
    def country_of(named: Named) -> Optional[str]:
        """The ISO code of the country an entry is named as ("China", "the U.S."), or None."""
        return aliases.country_of(named.name)

    def _fold(self, short: Named, full: Named) -> None:
        """``short`` is another name of ``full``: one entry, the full name's kind (government wins, unless the short
        form is government only as a place of the gazetteer: "the NRA" tagged as a place is the rifle association's)."""
        if short.kind == "government" and full.kind == "organization" and not (
                short.name.isupper() and is_place(short.name) and short.name.lower() not in government_bodies()):
            full.kind = "government"
        full.mentions.extend(short.mentions)
        full.subject_mentions |= short.subject_mentions
        self.by_name[short.name.lower()] = full
        self._mentions = [(a, b, full if n is short else n) for a, b, n in self._mentions]

    # --- building ---------------------------------------------------------------------------------

    def _person(self, full: str) -> Named:
        named = self.by_name.get(full.lower())
        if named is None and self._honoured(full) is not None:  # "Mr Birrell" tagged as a body: "David Birrell"
            named = self.by_name[full.lower()] = cast(Named, self._honoured(full))
        if named is None:
            plain = without_titles(full)
            if plain != full:  # "Billionaire Donald Trump" tagged as one name is "Donald Trump"
                named = self.by_name[full.lower()] = self._person(plain)
                return named
            named = self._same_first_and_last(full) or self._part_of_name(full) or self._titled(full) or \
                self._misspelt(full)
            if named is not None:  # "Sonya A. Zoghlin" = "Sonya Zoghlin", "Pat Carlineo Jr." = "Pat Carlineo"
                self.by_name[full.lower()] = named
                self._short_forms(full)
                return named
            named = self.by_name[full.lower()] = Named(full, "person", gender=self._first_name_gender(full))
            self._short_forms(full)
            self._nickname(full, named)
        return named

    def _nickname(self, full: str, named: Named) -> None:
        """``William "Bill" Harmon``: the name in quotation marks inside a full name, with the surname, is another
        name of that person ("Bill Harmon said"; issue 12: PolNeAR training 'Gov. C.L. "Butch" Otter')."""
        words = full.split()
        nick = next((w.strip(QUOTE_MARKS) for w in words[1:-1] if len(w) > 2 and w[0] in QUOTE_MARKS
                     and w[-1] in QUOTE_MARKS), None)
        if nick and nick[:1].isupper():
            self.by_name.setdefault(f"{nick} {words[-1]}".lower(), named)

    def _honoured(self, full: str) -> Optional[Named]:
        """The person a name opened by an honorific stands for ("Mr Birrell" after "David Birrell"), when the
        honorific's gender does not say another ("Mrs Birrell" is not "David Birrell")."""
        words = full.split()
        if len(words) < 2 or words[0].lower() not in HONORIFICS:
            return None
        named = self.person_named(" ".join(words[1:]))
        return named if named is not None and named.gender in (None, HONORIFICS[words[0].lower()]) else None

    def _part_of_name(self, full: str) -> Optional[Named]:
        """``Dena Minning`` and ``Dena Minning Grayson``, ``Eskelsen García`` and ``Lily Eskelsen García``: two
        words or more that open or close exactly one other person's longer name (not "Donald Trump" of
        "Donald Trump Jr.": a suffix names another person)."""
        words = full.split()
        if len(words) < 2:
            return None
        return self._only_person(lambda n: opens_or_closes(words, n.name.split()) or
                                 opens_or_closes(n.name.split(), words))

    def _titled(self, full: str) -> Optional[Named]:
        """``Prince Mohammed`` after ``Mohammed bin Salman``, ``Senator Carper`` after ``Tom Carper``: a role and one
        name, the first or last word of exactly one person's full name."""
        word = title_and_name(full)
        return self._only_person(lambda n: word is not None and len(n.name.split()) >= 2  # ("Morris J. Brooks Jr.")
                                 and word in (n.name.split()[0], n.name.split()[-1], *(first_last(n.name) or ())))

    def _only_person(self, test: Callable[[Named], bool]) -> Optional[Named]:
        """The one person of the cast that passes ``test`` (None for none or two)."""
        return only_one(n for n in self.by_name.values() if n.kind == "person" and test(n))

    def _misspelt(self, full: str) -> Optional[Named]:
        """``Water said`` after ``Kathryn Waters``: a one-word name that is exactly one person's surname misspelt."""
        if " " in full:
            return None
        return self._only_person(lambda n: len(n.name.split()) >= 2
                                 and misspelt_surname(full, (first_last(n.name) or ("", n.name))[1]))

    def _same_first_and_last(self, full: str) -> Optional[Named]:
        key = first_last(full)
        if key is None:
            return None
        return self._only_person(lambda n: same_person(first_last(n.name), key))

    def _short_forms(self, full: str) -> None:
        surname = (first_last(full) or ("", full.split()[-1]))[1]  # "Carlineo" of "Patrick Carlineo Jr."
        # two people sharing a surname: the surname alone names neither (two names of one person do not count)
        for key in {surname, plain_surname(surname)}:  # "Ibanez" of "Tomás Ibáñez", "Sisi" of "al-Sisi"
            self._surnames[key] = full if self._same_entry(self._surnames.get(key, full), full) else None
        if len(full.split()) >= 2 and not INITIAL.fullmatch(full.split()[0]):  # "Tedros" of "Tedros Adhanom Ghebreyesus"
            given = full.split()[0]
            self._given[given] = full if self._same_entry(self._given.get(given, full), full) else None

    def _same_entry(self, one: Optional[str], other: str) -> bool:
        return one is not None and (one == other or self.by_name.get(one.lower()) is self.by_name.get(other.lower())
                                    is not None)

    def _entry(self, entity) -> Optional[Named]:
        """The person or body an entity names: a person the article already knows first, then by its tag."""
        bare = bare_name(entity.text)
        if not bare:
            return None
        known = self._known_person(entity, bare)
        if known is not None:
            return known
        if entity.label == "PERSON":
            return self._tagged_person(entity, bare)
        if entity.label in ("ORG", "GPE", "FAC"):
            return self._tagged_body(entity, bare)
        return None

    def _known_person(self, entity, bare: str) -> Optional[Named]:
        """A person of the article, whatever the entity's tag: by name, by a name's tail, by a one-word twin or a
        surname two people share."""
        person = None if self._body_after_the(entity, bare) or self._company_in_context(entity, bare) else (
            self.person_named(bare) or self.person_named(bare_name(entity.canonical)) or
            (self.person_named(bare.title()) if bare.isupper() and len(bare) > 3 else None))  # "FALLIN:" in a transcript
        if person is not None:
            return self._honorific_bearer(entity, bare, person) or person
        tail = person_tail(entity, self._places)
        if tail is not None:
            return self._person(tail)
        if " " not in bare and bare in self._twins and entity.label in ("ORG", "GPE", "FAC"):
            return self._person(self._twins[bare])  # "Sanders" tagged PERSON elsewhere, its full name known
        if " " not in bare and self._surnames.get(bare, "") is None and entity.label in ("ORG", "GPE", "FAC"):
            return self._person(bare)  # the surname two people of the article share, tagged as a body
        if entity.label in BODY_TAGS and not known_outlet(entity.text):
            return self._person_typed_body(entity, bare)
        return None

    def _tagged_person(self, entity, bare: str) -> Optional[Named]:
        """An entity tagged PERSON that names no person the article knows: nobody, a body, or a new person."""
        low = bare.lower()
        if role_plural(bare):
            return None  # "Aides said ...": unnamed people at a sentence's start, no surname of the article
        if " " not in bare and bare[1:].islower() and kind_of_noun().get(low) in ("document", "government"):
            return None  # "Court documents show" tagged at a sentence's start: a noun, no surname of the article
        if bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 5:
            return self._body(bare, body_kind(bare))  # "JPL said" tagged as a person: a body's letters, no name
        if self._group_after_the(entity, bare):
            return self._body(bare, body_kind(bare))  # "The Houthis said": a group, no person (people take no article)
        longs = [o for o in self._orgs if " " not in bare and bodies_mod.shortens(bare, o) and not _town_paper(bare, o)]
        if len(longs) == 1:  # "Goldwick" tagged as a person after "Goldwick Chase & Co"
            return self._body(longs[0], body_kind(longs[0]))
        if known_outlet(entity.text):
            return self._body(cast(str, known_outlet(entity.text)), "outlet")  # "Mother Jones" tagged as a person
        if kind_of_noun().get(low) == "social":
            return self._body(bare, "organization")  # "Twitter pledged ...": the platform's company
        if bodies_mod.listed_government(bare):
            return self._body(bare, "government")  # "The Duma said" tagged as a person: a state body the tables name
        if not is_name(entity.text):
            return None  # "Punjab's Bhatinda": a place with a possessive, not a person's name
        if place_acting(entity.text):
            return self._body(bare, "government")  # "Kyiv said", "Azerbaijan said" tagged as a person
        if city_named(entity.text):
            return self._body(bare_name(entity.canonical), body_kind(entity.canonical))  # "Manchester United"
        if body_closing(bare) or bodies_mod.listed_company(entity.canonical):  # "Morgan Stanley", "Pacific Command"
            return self._body(bare_name(entity.canonical), body_kind(entity.canonical))
        if self._company_called_its(entity, bare):
            return self._body(bare, body_kind(bare))  # "The promoter, Starline Events, said its ...": a company
        return self._person(bare_name(entity.canonical))

    def _company_called_its(self, entity, bare: str) -> bool:
        """``The promoter, Starline Events, said its ...`` tagged as a person: a name of two words or more that no first
        name of the tables opens (not "Grace") and that the article calls "its" (``person_cues.called_its``) is a body's (issue 12)."""
        return " " in bare and bare.split()[0] not in all_given_names() and called_its(self.doc, entity.span)

    def _tagged_body(self, entity, bare: str) -> Named:
        """An entity tagged ORG, GPE or FAC that names no person: a government (one per country) or a body."""
        place = entity.label == "GPE" and (is_place(entity.canonical) or is_place(bare))
        kind = "government" if place else body_kind(entity.canonical)  # "Netflix" tagged GPE: a body
        if kind == "organization" and (self._after_media_noun(entity) or the_outlet(entity.text)):
            kind = "outlet"  # "state news agency KTNA", "the broadcaster NHK", "The Harlow Courier"
        owner = country_owner(self.doc, entity.span, bare_name(entity.canonical)) \
            if kind == "government" and not place else None
        if owner is not None:  # "Russia's Foreign Ministry", "the Russian Foreign Ministry": one per country
            key = f"{owner[0]}|{bodies_mod.spelling_key(owner[2])}"  # ("Defence Ministry", "defense ministry")
            named = self.by_name.get(key) or self._body(owner[1], kind)
            self.by_name[key] = named
            return named
        return self._body(bare_name(entity.canonical) if place else
                          bodies_mod.office_name(self.doc, entity.span, bare_name(entity.canonical)), kind)

    def _body_after_the(self, entity, bare: str) -> bool:
        """``The Hill reported`` beside ``Katie Hill``: one name after "the", tagged as a body, is no surname of a
        person (people's names take no article; issue 12)."""
        if " " in bare or entity.label == "PERSON":
            return False
        before = text_of(self.doc)[max(0, entity.span[0] - 4):entity.span[0]]
        return LEADING.match(entity.text) is not None or before.lower() == "the "

    def _person_typed_body(self, entity, bare: str) -> Optional[Named]:
        """A person of the article the model typed a body (issue 12, PolNeAR training): titles before a surname ("GOP
        Rep McCaul" after "Rep. Michael McCaul"), a surname misspelt ("Stephanopolous") -- never a
        company the text shows."""
        rest = name_after_titles(bare)
        person = self.person_named(rest) if rest else None
        if person is not None or " " in bare or self._company_in_context(entity, bare):
            return person
        return self._misspelt(bare)

    def _company_in_context(self, entity, bare: str) -> bool:
        """``engineers at Dell``, ``a job at Ford``: one name typed a body that the text treats as a company (people
        working at it), whatever person shares it (issue 12). ("Ford said its" is no sign: "Whitcombe said its
        economy was strong" speaks of a state.)"""
        if " " in bare or entity.label not in BODY_TAGS:
            return False
        tokens = self.doc.char_span(entity.span[0], entity.span[1], alignment_mode="expand")
        at = self.doc[tokens.start - 1] if tokens is not None and tokens.start > 0 else None
        return at is not None and at.lower_ == "at" and at.head.pos_ == "NOUN" and \
            (kind_of_noun().get(at.head.lemma_.lower()) == "anonymous" or at.head.lemma_.lower() in STAFF_NOUNS)

    def _group_after_the(self, entity, bare: str) -> bool:
        """``The Houthis`` tagged as a person: one plural name after "the" is a group, unless it is the family of a
        person the article names ("the Clintons" after "Hillary Clinton")."""
        last = bare.split()[-1]
        if not last.endswith("s") or last.isupper() or last[:-1] in self._surnames or \
                last.endswith("ss") or self.person_named(bare) is not None:
            return False
        return self._plural_after_the(entity, bare)

    def _plural_after_the(self, entity, bare: str) -> bool:
        """``The Houthis``, ``the Jonas Brothers`` tagged as a person: a group (``person_cues.plural_after_the``)."""
        tokens = self.doc.char_span(entity.span[0], entity.span[1], alignment_mode="expand")
        before = self.doc[tokens.start - 1] if tokens is not None and tokens.start > 0 else None
        return plural_after_the(entity.text, before)

    def _after_media_noun(self, entity) -> bool:
        tokens = self.doc.char_span(entity.span[0], entity.span[1], alignment_mode="expand")
        before = self.doc[tokens.start - 1] if tokens is not None and tokens.start > 0 else None
        if before is not None and before.lower_ == "agency":  # "the UN refugee agency UNHCR" is no outlet
            return before.i > 0 and self.doc[before.i - 1].lower_ == "news"  # (as bodies.described_as reads it)
        return before is not None and before.lower_ in media_nouns() - PRESS_WORDS

    def _body(self, name: str, kind: str) -> Named:
        named = self.by_name.get(name.lower())
        if named is None:
            named = self.by_name[name.lower()] = Named(name, kind)
        return named

    def _mention(self, named: Named, entity) -> None:
        span = tuple(entity.span)
        named.mentions.append(span)
        self._mentions.append((span[0], span[1], named))
        tokens = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if tokens is None or not len(tokens):
            return
        if tokens.root.dep_ in ("nsubj", "nsubjpass"):
            named.subject_mentions.add(span)
        if named.kind == "person":
            roles = _roles(tokens)
            named.roles |= roles
            if named.gender is None:
                named.gender = _gender(tokens, roles)

    # --- queries ----------------------------------------------------------------------------------

    def add_person(self, full: str, span: Span) -> Named:
        """A person the model did not tag (``said Derek Scissors``), with this mention."""
        named = self._person(full)
        if span not in named.mentions:
            named.mentions.append(span)
            at = bisect.bisect_left(self._starts, span[0])
            self._mentions.insert(at, (span[0], span[1], named))
            self._starts.insert(at, span[0])
        return named

    def person_named(self, text: str) -> Optional[Named]:
        """The person a name (full name or surname) stands for, or None."""
        bare = bare_name(text)
        named = self.by_name.get(bare.lower())
        if named is not None and named.kind == "person":
            return named
        if " " in bare:
            return self._only_person(lambda n: particle_surname(bare, n.name))
        if bare not in self._surnames and plain_surname(bare) in self._surnames:
            bare = plain_surname(bare)  # "Ibáñez" after "Tomas Ibanez"
        if bare in self._surnames and self._surnames[bare] is None:
            return self._first_bearer(bare)
        full = self._surnames.get(bare) if bare in self._surnames else self._given.get(bare)
        if full is None and bare not in self._given and bare[:1].isupper() and not is_given_name(bare):
            return self._only_person(lambda n: _first_of_two_surnames(bare, n.name))
        return self.by_name.get(full.lower()) if full else None

    def _first_bearer(self, surname: str) -> Optional[Named]:
        """The person a surname two people of the article share stands for: the one the article named first (news
        writes the second with the given name: "Betsy Ebeling ... her husband, Tom ... Ebeling said"; "Donald J.
        Trump ... his brother Freddy Trump ... Trump said"; PolNeAR training), also while the second is not yet named
        (issue 12: "Trump" after "Donald Trump" and before "his daughter Ivanka Trump" was a person of its own)."""
        bearers = [n for n in self._bearers(surname) if n.mentions]
        return min(bearers, key=lambda n: min(n.mentions)[0]) if bearers else None

    def _honorific_bearer(self, entity, bare: str, person: Named) -> Optional[Named]:
        """``Mrs. Dalton`` after "Mark Dalton and his wife, Helen Dalton": a surname after an honorific that the
        surname's first bearer's gender contradicts is the one bearer of the honorific's gender (issue 12: on PolNeAR
        training pages "Mr. Clinton" went to Hillary Clinton, the surname's first bearer). A first name's gender
        comes before the one the cast read from pronouns and honorifics, and a bearer of no known gender is never
        chosen ("Ms. Khan" stays with "Ghazala Khan", not her son)."""
        words = self.doc.char_span(entity.span[0], entity.span[1], alignment_mode="expand")
        before = self.doc[words.start - 1].lower_ if words is not None and words.start > 0 else ""
        gender = HONORIFICS.get(before) if " " not in bare else None
        if gender is None or (self._first_name_gender(person.name) or person.gender) in (None, gender):
            return None
        return only_one(n for n in self._bearers(bare) if (self._first_name_gender(n.name) or n.gender) == gender)

    def _bearers(self, surname: str) -> list[Named]:
        """The people of the article whose full name closes with ``surname``."""
        return [n for n in {id(n): n for n in self.by_name.values()}.values() if n.kind == "person"
                and " " in n.name and plain_surname((first_last(n.name) or ("", ""))[1]) == plain_surname(surname)]

    def body_shortened(self, word: str) -> Optional[Named]:
        """The one body of the article whose longer name ``word`` shortens ("Fitch said" after "Fitch Ratings",
        "Goldman" after "Goldman Sachs"; ``bodies.shortens``), where the model left the word untagged."""
        return only_one(n for n in {id(n): n for n in self.by_name.values()}.values()
                        if n.kind in ("organization", "government", "outlet") and bodies_mod.shortens(word, n.name))

    def named(self, text: str) -> Optional[Named]:
        """The entry a name stands for, where the model tagged it elsewhere in the article (or a surname)."""
        return self.person_named(text) or self.by_name.get(bare_name(text).lower())

    def at(self, position: int) -> Optional[Named]:
        """The entry with a mention covering ``position``."""
        i = bisect.bisect_right(self._starts, position) - 1
        while i >= 0 and self._mentions[i][0] <= position:
            if position < self._mentions[i][1]:
                return self._mentions[i][2]
            i -= 1
        return None

    def before(self, position: int, accept: Callable[[Named], bool], exclude: Optional[Span] = None,
               window: int = 2500):
        """(mention span, entry) of the accepted entries' mentions before ``position``, latest first,
        skipping any inside ``exclude`` (the words of the quote being attributed)."""
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0:
            start, end, named = self._mentions[i]
            i -= 1
            if position - start > window:
                return
            if end > position or (exclude is not None and exclude[0] <= start < exclude[1]):
                continue
            if accept(named):
                yield (start, end), named


def _town_paper(word: str, long: str) -> bool:
    """``Harlow`` beside ``The Harlow Courier``: a paper is named after its town, so the paper's first word alone is the
    town, never the paper's short form (a paper is shortened by its closing words: "the Courier"; issue 12)."""
    return long.split()[0] == word and the_outlet(f"The {long}")
