"""People and bodies a description belongs to, for the source resolver (issue 12): the one person named with the
role of ``the Tesla CEO`` or the office of ``the president``, the office of ``Bragg's office``, the person whose
``spokesman`` or ``campaign`` a description names, and the body whose unnamed ``officials`` speak for it.
``HolderLookups`` is the part of ``coref.SourceBook`` that makes these look-ups; it reads the book's ``cast``,
``drafts`` and ``root`` (``BodyLookups``) and uses its ``_antecedent`` and ``_in_quote``. Split from ``coref`` to keep
modules small; behaviour unchanged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from ..record import Span
from .coref_bodies import WINDOW, BodyLookups
from .coref_words import BODY_NOUNS, MEMBER_NOUNS, OFFICE_MODIFIERS, OFFICES, _place
from .mention_words import bare, has_role
from .people import Named, only_one
from .person_cues import FEMALE_NOUNS, MALE_NOUNS
from .quotes.cues import kind_of_noun
from .source_drafts import Draft, holders_office


class HolderLookups(BodyLookups):
    """Who holds a role or office, owns a described source or employs unnamed officials (see the module's
    docstring); each gives the person or body, or none."""

    _antecedent: Callable[..., Optional[Draft]]
    resolved: bool  # the book's: whether the last resolution found who was meant, and how surely
    sureness: float
    _in_quote: Callable[[int], bool]

    def _role_holder(self, token, head: str, exclude: Optional[Span], definite: bool) -> Optional[Named]:
        """The one person named before with the role of ``the X CEO``/``India's prime minister`` (none if two)."""
        if not (definite or any(c.dep_ == "poss" for c in token.lefts)) or token.tag_ not in ("NN", "NNP") or \
                any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights) or \
                not (kind_of_noun().get(head) == "anonymous" or token.text.isupper() and len(token.text) >= 2):
            return None
        return only_one(n for _, n in self.cast.before(token.idx, lambda n: n.kind == "person" and
                                                       has_role(n.roles, head), exclude, WINDOW))

    def _office_holder(self, token, head: str, exclude: Optional[Span]) -> Optional[Named]:
        """``The president said`` after "Donald Trump ...", ``the crown prince`` after "Mohammed bin Salman": a definite
        office of one holder (``OFFICES``; a place's adjective allowed: "the French president") stands for the person
        named before who carries no other role, ranked as pronouns are (none when no one agrees)."""
        lefts = list(token.lefts)
        if head not in OFFICES or token.tag_ != "NN" or not lefts or lefts[0].lower_ != "the" or \
                any(c.dep_ != "punct" for c in token.rights) or (head == "minister") != any(
                    c.lower_ == "prime" for c in lefts) or \
                any(c.dep_ != "det" and c.lower_ not in OFFICE_MODIFIERS and not (c.dep_ == "amod" and c.text[:1].isupper())
                    for c in lefts):
            return None
        gender = "m" if head in MALE_NOUNS else "f" if head in FEMALE_NOUNS else None
        found = self._antecedent(token, exclude, lambda n: n.kind == "person" and (not n.roles or has_role(n.roles, head)),
                                 lambda d: False, gender, sure=0.7)
        return self.cast.named(found.entity) if found is not None and found.entity is not None else None

    def _holders_office(self, token) -> Optional[Draft]:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        person = self.cast.at(owner.idx) if owner is not None else None
        return holders_office(self.drafts.values(), person.roles) if person is not None and person.kind == "person" \
            else None

    def _person_owner(self, token) -> Optional[Named]:
        """The person whose ``spokesman``/``aide`` an unnamed source is: "Greer's spokesman" and "the prime minister's
        spokesman" (the one person named with that role) are one source."""
        poss = next((c for c in token.lefts if c.dep_ == "poss"), None)
        if poss is None or any(c.dep_ not in ("punct",) for c in token.rights):
            return None
        owner = self.cast.at(poss.idx)
        if owner is None and poss.pos_ == "NOUN":
            owner = self._role_holder(poss, poss.lemma_.lower(), None, True)
        return owner if owner is not None and owner.kind == "person" else None

    def _holder(self, token) -> Optional[Named]:
        """The person whose campaign or office a body's description names, as a possessor or a name before the head:
        "Mrs. Clinton's presidential campaign", "the Clinton campaign", "Congressman Trey Gowdy's office"."""
        for child in token.lefts:
            if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
                named = self.cast.at(child.idx)
                if named is None or named.kind != "person":  # ("the Sanders campaign" tagged as a body after "the")
                    named = self.cast.person_named(child.text)
                if named is not None:
                    return named
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):  # "his campaign": the latest person who agrees
                gender = "m" if child.lower_ == "his" else "f"
                return next((n for span, n in self.cast.before(child.idx, lambda n: n.kind == "person", None, WINDOW)
                             if n.gender in (None, gender) and not self._in_quote(span[0])), None)
        return None

    def _member_of(self, token) -> Optional[Named]:
        """``PG&E officials``, ``officials at the Pentagon``: unnamed officials of a named body are that body (no
        place: "officials in Texas" are unnamed people);
        ``Company management`` / ``the company's executives``: of the body last named so."""
        if token.pos_ != "NOUN" or token.lower_ not in MEMBER_NOUNS:
            return None
        for child in token.children:
            if child.dep_ in ("compound", "poss") and child.ent_type_ == "ORG":
                named = self.cast.at(child.idx)
                if named is not None and named.kind in ("organization", "government"):
                    return named
            if child.dep_ in ("compound", "poss") and not child.ent_type_ and bare(child) and \
                    (kind_of_noun().get(child.lemma_.lower()) == "organization" or child.lemma_.lower() in BODY_NOUNS):
                before = self.resolved, self.sureness  # a probe: "Utility officials" with no utility named
                found = self._antecedent(child, None, lambda n: n.kind == "organization" and self._body(n),
                                         lambda d: False, sure=0.8)
                if found is not None and found.entity is not None:
                    return self.cast.named(found.entity)
                self.resolved, self.sureness = before  # are unnamed people, as sure as before the probe
            if child.dep_ == "compound" and child.pos_ == "NOUN" and not child.ent_type_ and not bare(child) and \
                    child.lemma_.lower() in BODY_NAME_HEADS:  # "Health department officials": the body named so before
                named = self._body_named_so(child, None)
                if named is not None and named.kind in ("organization", "government"):
                    return named
            if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN") and not child.ent_type_ and bare(child):
                named = self._field_department(token.idx, child.lower_)
                if named is not None:  # "Fire officials" after "the Austin Fire Department": of that department
                    return named
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" and \
                child.lower_ in ("at", "of", "from", "with") else None  # "officials at the Pentagon"
            named = self.cast.at(pobj.idx) if pobj is not None else None
            if named is not None and named.kind in ("organization", "government") and not _place(named.name):
                return named
        return None

    def _field_department(self, position: int, field: str) -> Optional[Named]:
        """The one state body named before ``position`` as its field and a department-like head ("fire" of "the
        Austin Fire Department")."""
        return only_one(n for _, n in self.cast.before(position, lambda n: n.kind == "government" and
                                                       _field_body(n.name, field), None, WINDOW))


# head nouns of a body whose unnamed officials speak for it once it is named ("health department officials")
BODY_NAME_HEADS = frozenset("department ministry agency office service commission".split())


def _field_body(name: str, word: str) -> bool:
    """Whether a body's name is its field and a department-like head ("Austin Fire Department", "Lake County Health
    Department") and ``word`` is the field ("fire", "health")."""
    words = name.lower().split()
    return len(words) >= 2 and words[-1] in BODY_NAME_HEADS and words[-2] == word


# roles of a public office: the office of a person who holds one is a government office ("Senator Jane Smith's
# office"); a person with roles and none of these keeps a private office ("lawyer Mark Odell's office": a firm)
PUBLIC_ROLES = frozenset("senator sen. representative rep. congressman congresswoman lawmaker legislator governor gov. "
                         "mayor president minister premier chancellor secretary attorney prosecutor sheriff judge "
                         "councillor councilman councilwoman councilmember commissioner mp assemblyman assemblywoman "
                         "speaker ambassador".split())


def held_office(held: Named, apostrophe: str = "'") -> tuple[str, str]:
    """The kind and name of a named person's office (issue 12; the attribution guide): the office that speaks for
    the person is the person's staff, unnamed, speaking as a body -- not the person (the guide's person is a
    named individual speaking; unnamed staff fold only into a NAMED body) and not unnamed people (the office
    is named by its holder). One source, named with the holder's full name ("Smith's office" = "Jane Smith's
    office", with the article's own apostrophe); government when the holder has a public office or no role said,
    else an organization."""
    public = not held.roles or any(r.lower() in PUBLIC_ROLES or r.lower().split()[-1] in PUBLIC_ROLES
                                   for r in held.roles if r)
    return ("government" if public else "organization"), f"{held.name}{apostrophe}s office"
