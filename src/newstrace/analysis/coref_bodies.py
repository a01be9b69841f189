"""Bodies a source mention names by description (issue 12): ``the agency`` after the Environmental Protection
Agency, ``the Chinese government`` in an article naming China, the issuer of ``Kotak's report`` or ``the office
release``. ``BodyLookups`` is the part of ``coref.SourceBook`` that looks bodies up in the article's cast and its
sources so far; it reads the book's ``cast``, ``doc``, ``drafts``, ``order`` and ``root``."""

from __future__ import annotations

from typing import Any, Optional

from ..record import Span
from .appositions import BODY_KINDS
from .bodies import poll_place, town
from .coref_words import BODY_NOUNS, GENERIC_BODY_NOUNS, GENERIC_GOVERNMENT_NOUNS, _place, name_words_and_singulars
from .mention_words import _place_anaphor
from .people import Cast, Named, bare_name, government_bodies, only_one
from .source_drafts import Draft, _outlet_key

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
        return _outlet_key(name) == _outlet_key(self.root.name)

    def _silent_place(self, named: Named) -> bool:
        """A place (a town, a state, a country; not a body of the tables) that has not spoken as a source yet."""
        return named.kind == "government" and _place(named.name) and \
            bare_name(named.name).lower() not in government_bodies() and f"entity:{named.name.lower()}" not in self.drafts

    def _town_as_government(self, named: Named, head: str) -> bool:
        """A city is never "the state"; it is "the government" only once it spoke as one ("Beijing said ...");
        a city the article is set in ("protests spread across Paris") is no antecedent of "the government"."""
        if head not in ("state", "government") or not town(named.name):
            return False
        return head == "state" or f"entity:{named.name.lower()}" not in self.drafts

    def _body_named_so(self, token, exclude: Optional[Span]) -> Optional[Named]:
        """``the agency``, ``the ministry``, ``the weather service``: the latest body named before whose name
        holds the description's head and its noun and proper modifiers ("Environmental Protection Agency",
        "Ministry of Health", "National Weather Service"; ``the Journal`` after "The Wall Street Journal"); not ``the
        city's police`` (a new description)."""
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNP") and token.lower_ != "police" or \
                any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights):
            return None
        words = {token.lower_}
        for left in token.lefts:
            if left.dep_ == "compound" or (left.dep_ == "amod" and left.text[:1].isupper()):
                words.add(left.lower_)
            elif left.dep_ not in ("det", "amod", "punct") and not _place_anaphor(left):
                return None
        for _, named in self.cast.before(token.idx, lambda n: n.kind in BODY_KINDS, exclude, WINDOW):
            if words <= name_words_and_singulars(named.name):  # "the airline" of "Ethiopian Airlines"
                return named
        police = token.lower_ == "police"  # "Hong Kong police said" before "the Hong Kong Police Force"; "the budget
        # office" further than WINDOW after "the Congressional Budget Office": the one body so named (before it)
        return only_one(n for n in self.cast.by_name.values() if n.kind in (("government",) if police else BODY_KINDS)
                        and words <= name_words_and_singulars(n.name) and (police or n.mentions and
                                                                          min(n.mentions)[0] < token.idx)) \
            if len(words) > 1 else None

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
