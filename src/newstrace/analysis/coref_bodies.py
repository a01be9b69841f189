"""Bodies a source mention names by description (issue 12): ``the agency`` after the Environmental Protection
Agency, ``the Chinese government`` in an article naming China, the issuer of ``Kotak's report`` or ``the office
release``. ``BodyLookups`` is the part of ``coref.SourceBook`` that looks bodies up in the article's cast and its
sources so far; it reads the book's ``cast``, ``doc``, ``drafts``, ``order`` and ``root``. ``BodyRules`` holds the
rules of ``SourceBook._noun`` that read a description (a ``NounPhrase``) as a body: named before, the armed forces,
press people, agencies, documents and their issuers, outlets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Optional

from ..record import Span
from .appositions import BODY_KINDS
from .bodies import body_kind, international, poll_place, town
from .coref_words import (
    ARMED_FORCES,
    BODY_NOUNS,
    GENERIC_BODY_NOUNS,
    GENERIC_GOVERNMENT_NOUNS,
    PRESS_PEOPLE,
    VEHICLES,
    _place,
    company_agency,
    modifier_words,
    name_words_and_singulars,
    news_agency,
)
from .entities import media_nouns, outlet_of
from .mention_words import place_anaphor, untagged_issuer
from .people import Cast, Named, bare_name, government_bodies, only_one
from .quotes.cues import kind_of_noun
from .source_drafts import Draft, outlet_key

WINDOW = 2500  # characters back an antecedent may be (coref's ranked search uses the same)


class BodyLookups:
    """Look-ups of bodies for ``SourceBook`` (see the module's docstring)."""

    doc: Any
    cast: Cast
    drafts: dict[str, Draft]
    order: list[str]
    root: Optional[Draft]

    def latest(self, accept) -> Optional[Draft]:
        for key in reversed(self.order):
            if accept(self.drafts[key]):
                return self.drafts[key]
        return None

    def _body(self, named: Named) -> bool:
        return named.kind in BODY_KINDS and not self._is_root(named.name)

    def _is_root(self, name: str) -> bool:
        """Whether ``name`` is the page's own outlet ("Hill" / "The Hill" on thehill.com)."""
        if self.root is None:
            return False
        return outlet_key(name) == outlet_key(self.root.name)

    def _silent_place(self, named: Named) -> bool:
        """A place (a town, a state, a country; not a body of the tables) that has not spoken as a source yet."""
        return named.kind == "government" and _place(named.name) and \
            bare_name(named.name).lower() not in government_bodies() and f"entity:{named.name.lower()}" not in self.drafts

    def _silent_body(self, named: Named, at: int) -> bool:
        """A body that has neither spoken as a source nor been the subject of a sentence before ``at``: no "they" (a
        camera brand, a book, a school named in passing; "they" is the people around it: GUM, PolNeAR training)."""
        return f"entity:{named.name.lower()}" not in self.drafts and \
            not any(m[0] < at for m in named.subject_mentions)

    def _town_as_government(self, named: Named, head: str) -> bool:
        """A city is never "the state"; it is "the government" only once it spoke as one ("Beijing said ...");
        a city the article is set in ("protests spread across Paris") is no antecedent of "the government"."""
        if head not in ("state", "government") or not town(named.name):
            return False
        return head == "state" or f"entity:{named.name.lower()}" not in self.drafts

    def _body_named_so(self, token, exclude: Optional[Span]) -> Optional[Named]:
        """``the agency``, ``the ministry``, ``the weather service``: the latest body named before whose name
        holds the description's head and its noun and proper modifiers ("Environmental Protection Agency",
        "Ministry of Health", "National Weather Service"; ``the Journal`` after "The Wall Street Journal"; a common
        noun's possessive: "the sheriff's office"); not ``the city's police`` (a new description)."""
        words = _described_words(token)
        if words is None:
            return None
        police = token.lower_ == "police"  # "Hong Kong police said" before "the Hong Kong Police Force"; "the budget
        # office" further than WINDOW after "the Congressional Budget Office": the one body so named (before it)

        def fits(named: Named) -> bool:  # "the airline" of "Ethiopian Airlines"; not "the city" of "X City Festival"
            return words <= name_words_and_singulars(named.name) and \
                (police or token.lower_ not in modifier_words(named.name))
        for _, named in self.cast.before(token.idx, lambda n: n.kind in BODY_KINDS, exclude, WINDOW):
            if fits(named):
                return named
        return only_one(n for n in self.cast.by_name.values() if n.kind in (("government",) if police else BODY_KINDS)
                        and fits(n) and (police or n.mentions and min(n.mentions)[0] < token.idx)) \
            if len(words) > 1 else None

    def _body_described_so(self, token) -> Optional[Draft]:
        """``the sheriff's office`` after "the Marion County Sheriff's Office" (a name the model did not tag: a body
        described, no entry of the cast): the latest body source whose name holds the description's words."""
        words = _described_words(token)
        if words is None or len(words) < 2:
            return None
        return self.latest(lambda d: d.kind in BODY_KINDS and d is not self.root and d.entity is None
                           and words <= name_words_and_singulars(d.name))

    def _country_government(self, token, head: str) -> Optional[Named]:
        """``the Chinese government`` in an article that names China: that country, one source."""
        if head not in GENERIC_GOVERNMENT_NOUNS | {"administration"}:
            return None
        from .gazetteer import gazetteer
        for left in (c for c in token.lefts if c.dep_ in ("amod", "compound") and c.text[:1].isupper()):
            place = gazetteer().demonym(left.text) or next(iter(gazetteer().lookup(left.text)), None)
            if place is None or place.feature != "country":
                continue
            return next((n for n in self.cast.by_name.values() if n.kind == "government"
                         and self.cast.country_of(n) == place.country), None)
        return None

    def _owner(self, token) -> Optional[Named]:
        """The issuer of a document noun: ``Kotak's report``, ``a report from Kotak``, ``a release by X``; ``the office
        release``, ``the company's statement``: of the body named before so."""
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_):
                named = self.cast.at(child.idx)
                if named is not None and not poll_place(named, self.doc, (child.idx, child.idx + len(child))):
                    return named  # (not "a New Hampshire poll": where it was taken)
            if child.dep_ == "compound" and child.pos_ == "PROPN" and self.cast.at(child.idx) is None and \
                    not _place(child.text):  # (not "a Texas poll": where it was taken)
                named = self._body_opened_by(child.text)  # "the Pew report" after "the Pew Research Center"
                if named is not None:
                    return named
            if child.dep_ in ("poss", "compound") and child.pos_ == "NOUN" and not child.ent_type_:
                named = self._issuer_named_before(child)
                if named is not None:
                    return named
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "in"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                named = self.cast.at(pobj.idx) if pobj is not None else None
                if named is None and pobj is not None and pobj.pos_ == "NOUN" and child.lower_ in ("from", "by"):
                    named = self._issuer_named_before(pobj)  # "a report by the commission" named before
                if named is not None and (child.lower_ != "in" or named.kind == "outlet"):
                    return named  # ("a report in The Wall Street Journal": the paper's; not "a filing in Delaware")
        return None

    def _body_opened_by(self, word: str) -> Optional[Named]:
        """The one body of the cast whose name of two words or more opens with ``word`` (a body's document is the
        body: "a Pew report" is Pew Research Center's), or the body named ``word`` itself."""
        named = self.cast.by_name.get(word.lower())
        if named is not None:
            return named if named.kind in BODY_KINDS else None
        return only_one(n for n in self.cast.by_name.values() if n.kind in BODY_KINDS and len(n.name.split()) >= 2
                        and n.name.split()[0] == word)

    def _issuer_named_before(self, noun) -> Optional[Named]:
        """The body named before that an issuer's description stands for ("the commission", "the company")."""
        named = self._body_named_so(noun, None)
        if named is None and noun.lemma_.lower() in GENERIC_BODY_NOUNS | BODY_NOUNS:
            named = next((n for _, n in self.cast.before(noun.idx, lambda n: n.kind == "organization"
                                                          and self._body(n))), None)
        return named

    def _issuer_described(self, token) -> Optional[Draft]:
        """The body a document noun's modifier names by its head, described before (not a tagged name)."""
        words = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "poss") and c.pos_ == "NOUN"}
        return self.latest(lambda d: d.head in words and d.kind in ("organization", "government")) if words else None


@dataclass(frozen=True)
class NounPhrase:
    """A noun phrase ``SourceBook._noun`` reads as a description: its head token, span and text, the noun it is read
    by (``coref._head_of``), whether a determiner opens it, and the quote's content, where no antecedent may be."""

    token: Any
    span: Span
    text: str
    head: str
    definite: bool
    exclude: Optional[Span]


class BodyRules(BodyLookups):
    """The rules of ``SourceBook._noun`` that read a description as a body, in the order ``SourceBook._described`` tries
    them: each gives the source, or none to let the next rule try. They use the book's ``resolved`` and ``issued`` and
    its ``_antecedent``, ``_from_named``, ``_new`` and ``_touch``."""

    resolved: bool
    issued: dict[str, Draft]
    _antecedent: Callable[..., Optional[Draft]]
    _from_named: Callable[[Named, Any], Draft]
    _new: Callable[[str, str, Any, str, float], Draft]
    _touch: Callable[[Draft, Span], Draft]

    def _named_body(self, p: NounPhrase) -> Optional[Draft]:
        """``the agency``, ``the Chinese government``: a body named before that the description stands for; ``the UN
        health agency``: the body of many countries whose name holds its field; ``the agency``: the latest state or
        news agency (a news agency described first is an outlet all the same: ``resolved``)."""
        token, head, definite = p.token, p.head, p.definite
        body = self._body_named_so(token, p.exclude) if definite or head == "police" else None
        body = body or self._country_government(token, head)
        if body is None and definite:
            described = self._body_described_so(token)
            if described is not None:
                return self._touch(described, p.span)
        many = definite and head in MANY_HEADS and token.tag_ == "NN" and international(p.text.lower())
        if body is None and many:  # "the UN health agency", "the U.N. nuclear watchdog": the body of many countries named
            field = _field_words(token)
            found = self._antecedent(token, p.exclude, lambda n: international(n.name.lower()) and self._body(n) and
                                     bool(field & set(n.name.lower().split())), lambda d: False, sure=0.8)
            if found is not None:
                return found
        if body is None and definite and head == "agency" and token.tag_ == "NN" and company_agency(token):
            return self._antecedent(token, p.exclude, lambda n: n.kind == "organization" and self._body(n),
                                    lambda d: False, sure=0.8)  # "the rating agency" after "Moody's said"
        if body is None and definite and head == "agency" and token.tag_ == "NN" and not many:  # a state or a news
            kinds = ("outlet",) if news_agency(token) else ("government", "outlet")  # agency ("the state news agency")
            found = self._antecedent(token, p.exclude, lambda n: (n.kind in kinds or kinds[0] == "government" and
                                                                  _many_agency(n.name)) and self._body(n),
                                     lambda d: False, sure=0.8)  # (or "the agency" after "the UN refugee agency UNHCR")
            if found is not None:
                return found
            self.resolved = self.resolved or len(kinds) == 1  # a news agency described: an outlet, new or not
        return self._from_named(body, token) if body is not None else None

    def _state_government(self, p: NounPhrase) -> Optional[Draft]:
        """``the state government`` after "the Kerala government", ``the provincial government`` after "the Quebec
        government": the one government of a state or province (its place a first-level region of the gazetteer, not
        a country) the article made a source before, one body (issue 12); none or two named: a description."""
        if not p.definite or p.head != "government" or p.token.tag_ != "NN" or \
                not any(c.lower_ in SUBNATIONAL_WORDS for c in p.token.lefts):
            return None
        found = [d for d in self.drafts.values() if d.kind == "government" and d.head == "government"
                 and _regional(d.name)] if self.drafts else []
        return self._touch(found[0], p.span) if len(found) == 1 else None

    def _named_after(self, p: NounPhrase) -> Optional[Draft]:
        """``The agency said ...`` opening an article before "the Environmental Protection Agency" is named: a bare
        definite body noun with nothing of its kind before it is the one body of that noun named in the next two
        sentences (issue 12); none or two named there: a description, as before."""
        token, head = p.token, p.head
        if not p.definite or head not in CATAPHORIC_HEADS or token.tag_ != "NN" or \
                any(c.dep_ != "det" for c in token.lefts):
            return None

        def fits(named: Named | Draft) -> bool:
            return body_named_with(named.kind, named.name, head)
        if self.latest(lambda d: d.head == head or fits(d)) is not None or \
                next(self.cast.before(token.idx, fits), None) is not None:
            return None
        sentences = list(token.doc.sents)
        here = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        later = token.doc[token.i + 1:sentences[min(here + 2, len(sentences) - 1)].end]
        after = {id(n): n for n in (self.cast.at(t.idx) for t in later) if n is not None and fits(n)}
        if len(after) != 1:
            return None
        self.resolved = True  # (a search before it for "the agency" found no one)
        return self._from_named(next(iter(after.values())), token)

    def _armed_forces(self, p: NounPhrase) -> Optional[Draft]:
        """``the army`` after "the Israeli military" (described, not named): the armed forces described before."""
        if p.definite and p.head in ARMED_FORCES and not any(c.dep_ in ("amod", "compound") for c in p.token.lefts):
            armed = self.latest(lambda d: d.kind == "government" and d.head in ARMED_FORCES)
            if armed is not None:
                return self._touch(armed, p.span)
        return None

    def _press_person(self, p: NounPhrase) -> Optional[Draft]:
        """``a Harbour Gazette reporter`` is the outlet; ``a reporter said`` an unnamed person."""
        if p.head not in PRESS_PEOPLE:
            return None
        outlet = next((self.cast.at(c.idx) for c in p.token.lefts if c.dep_ in ("compound", "poss")
                       and self.cast.at(c.idx) is not None), None)
        if outlet is not None and outlet.kind == "outlet":
            return self._from_named(outlet, p.token)
        return self._new("anonymous", p.text, p.token, "rules", 0.7) if outlet_of(p.text) is None else None

    def _agency(self, p: NounPhrase) -> Optional[Draft]:
        """``the U.N. health agency``: a body described, not a news agency (a source, new)."""
        if p.head == "agency" and not outlet_of(p.text) and not news_agency(p.token):
            self.resolved = True
            kind = "organization" if company_agency(p.token) else body_kind(p.text)
            return self._new(kind, p.text, p.token, "rules", 0.7)
        return None

    def _document(self, p: NounPhrase) -> Optional[Draft]:
        """A document's issuer: "X said in a statement", "X's report", "the website of X" (and "the report" after
        it); the author the model left untagged ("a national Gallup Poll": Gallup)."""
        token, head = p.token, p.head
        owner = self._owner(token) if kind_of_noun().get(head) == "document" or head in VEHICLES else None
        if owner is not None:
            self.issued[head] = self._from_named(owner, token)
            return self.issued[head]
        author = untagged_issuer(token) if kind_of_noun().get(head) == "document" else ""
        if author:
            return self._new("outlet" if outlet_of(author) else body_kind(author), author, token, "rules", 0.7)
        return None

    def _media(self, p: NounPhrase) -> Optional[Draft]:
        """An outlet: ``the newspaper`` (the latest outlet), ``media`` unmodified, the page's own outlet, else a new
        one ("state media", "a local paper"); not a written piece ("their paper", "the company's website")."""
        token, head, text = p.token, p.head, p.text
        if not (head in media_nouns() and not _written_piece(token, text) or outlet_of(text)):
            return None
        modified = any(c.dep_ in ("amod", "compound") for c in token.lefts)  # "state media", "local media"
        if p.definite or head == "media" and not modified:
            found = self.latest(lambda d: d.kind == "outlet" and d is not self.root)
            if found is not None:
                return found
            named = self._outlet_named_before(p) if p.definite else None
            if named is not None:
                return self._from_named(named, token)
            if p.definite and head in ("website", "site") and outlet_of(text) is None and not _told(token):
                return None  # "according to the website" with no outlet named before: the guide's document
        if self._is_root(text) and self.root is not None:
            return self.root
        return self._new("outlet", text, token, "rules", 0.7)

    def _outlet_named_before(self, p: NounPhrase) -> Optional[Named]:
        """``the newspaper`` after an outlet named in passing ("records obtained by The Harlow Courier"; issue 12: "the
        media outlet" is the paper named sentences before): the latest outlet the article names within the window,
        not the page's own, when it is the only outlet named before."""
        found = [named for _span, named in self.cast.before(p.token.idx, lambda n: n.kind == "outlet",
                                                               exclude=p.exclude, window=WINDOW)
                 if not self._is_root(named.name)]
        return only_one(found)

    def _issuer(self, p: NounPhrase) -> Optional[Draft]:
        """``the office release`` after "the U.S. Attorney's Office for ... announced": the body described before."""
        document = kind_of_noun().get(p.head) == "document" or p.head in VEHICLES
        return self._issuer_described(p.token) if document else None


def _described_words(token) -> Optional[set[str]]:
    """The words a body's name must hold for ``token``'s description to stand for it: the head and its noun and proper
    modifiers (a common noun's possessive too: "the sheriff's office"); None for a description that names something
    else (a prepositional or relative phrase after it, or another modifier before it)."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNP") and token.lower_ != "police" or \
            any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights):
        return None
    words = {token.lower_}
    for left in token.lefts:
        if left.dep_ == "compound" or (left.dep_ == "amod" and left.text[:1].isupper()):
            words.add(left.lower_)
        elif left.dep_ == "poss" and left.pos_ == "NOUN" and not left.ent_type_ and left.text.islower() and \
                not place_anaphor(left):
            words.add(left.lower_)  # "the sheriff's office" after "the Marion County Sheriff's Office"
        elif left.dep_ not in ("det", "amod", "punct") and not place_anaphor(left):
            return None
    return words


# head nouns of a body of many countries described ("the UN health agency", "the U.N. nuclear watchdog")
MANY_HEADS = frozenset("agency watchdog body organization organisation regulator".split())


def _field_words(token) -> set[str]:
    """What a body of many countries described does, as words its name holds: the modifiers of ``the UN health
    agency`` ("health": the World Health Organization, not the UN refugee agency named before), or its head noun
    when nothing else says ("the U.N. agency")."""
    words = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound") and not international(c.lower_)}
    return words or {token.lower_}


def _many_agency(name: str) -> bool:
    """A body of many countries that "the agency" may stand for (the WHO, UNHCR; not the EU, the UN or NATO)."""
    low = name.lower()
    return international(low) and low.split()[-1] not in ("union", "nations") and low not in ("nato", "un", "u.n.")


def _written_piece(token, text: str) -> bool:
    """``their paper``, ``the company's website``, ``the 2009 paper``, ``a parody website``: a noun both of the press and
    of documents ("paper", "website", "site") owned or modified by words that are no outlet's is a document (the
    guide's "website ... when no issuer is named"; the owner, when named, was tried first), not a news outlet as
    "the paper" or "told the website" are. A news word keeps the outlet ("the tech news site")."""
    return kind_of_noun().get(token.lemma_.lower()) == "document" and outlet_of(text) is None and \
        any(c.dep_ in ("poss", "amod", "nummod", "compound") and c.lower_ not in NEWS_WORDS for c in token.lefts)


NEWS_WORDS = frozenset(("news", "newspaper"))


def _told(token) -> bool:
    """``told the website``, ``said in an interview with the site``: a press noun someone spoke to (an outlet)."""
    head = token.head.head if token.head.pos_ == "ADP" else token.head
    return head.lemma_.lower() in ("tell", "interview", "speak", "talk")


# the words that describe a government below the country's ("the state government", "the provincial government")
SUBNATIONAL_WORDS = frozenset("state provincial regional territorial".split())


def _regional(name: str) -> bool:
    """``Kerala government``, ``the Quebec government``: a government named by a first-level region of a country."""
    from .gazetteer import gazetteer
    words = bare_name(name).split()
    if len(words) < 2 or words[-1].lower() != "government":
        return False
    places = gazetteer().lookup(" ".join(words[:-1]))
    return bool(places) and next(iter(places)).feature == "admin1"


# bare body nouns an article may open with before it names the body ("The agency said ... the Environmental
# Protection Agency"): the noun is a word of the body's name
CATAPHORIC_HEADS = frozenset("agency ministry department commission authority".split())


def body_named_with(kind: str, name: str, head: str) -> bool:
    """A body (government or organization, a source made before or a name of the cast) whose name holds ``head``
    ("Interior Ministry" for "ministry"; "Food and Drug Administration" for none)."""
    return kind in ("government", "organization") and head in name.lower().split()