"""The entries of an article's cast and the passes that revise them once built (issue 12): ``Named``, one person or
body; ``CastPasses``, the part of ``people.Cast`` that folds aliases (acronyms, short, owned and capital forms), promotes
bodies whose mentions read as a person's ("Nielsen, a former Homeland Security official") and demotes one-word people
called "its", finds untagged mentions of known names, gives people the gender of the article's own pronouns and keeps
bodies' own possessives ("Moody's"). It reads the cast's ``doc``, ``by_name``, ``_surnames`` and ``_mentions`` and uses
its ``_fold`` and ``_short_forms``. Split from ``people`` to keep modules small; behaviour unchanged."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Optional

from ..record import Span
from . import aliases
from . import bodies as bodies_mod
from .bodies import bare_name, body_kind
from .coref_words import BODY_NOUNS
from .names import HONORIFICS, all_given_names, name_genders
from .person_cues import (
    FEMALE_NOUNS,
    MALE_NOUNS,
    _gender,
    _roles,
    is_place,
    its_cue,
    name_words,
    pronoun_cue,
    speaks,
)
from .quotes.cues import kind_of_noun
from .quotes.syntax import text_of


@dataclass
class Named:
    """One real-world person or body named in the article."""

    name: str                      # canonical name
    kind: str                      # person, organization, government, outlet, social, anonymous
    gender: Optional[str] = None
    roles: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    subject_mentions: set[Span] = field(default_factory=set)


def only_one(found: Iterable[Named]) -> Optional[Named]:
    """The one entry among ``found`` (the same entry reached under several names counts once); None for none or two."""
    distinct = {id(n): n for n in found}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


class CastPasses:
    """The passes of ``people.Cast`` over its built entries (see the module's docstring)."""

    doc: Any
    by_name: dict[str, Named]
    _surnames: dict[str, Optional[str]]
    _mentions: list[tuple[int, int, Named]]
    _fold: Callable[[Named, Named], None]
    _short_forms: Callable[[str], None]

    def _fold_aliases(self, doc) -> None:
        """Acronyms, short and owned forms fold into their full name; outlets, pollsters and kinds by role."""
        aliases.merge_acronyms(self.by_name, self._fold)
        aliases.fold_place_letters(self.by_name, self._fold)
        aliases.fold_shortened(self.by_name, self._fold)
        bodies_mod.outlets_by_role(doc, {id(n): n for n in self.by_name.values()}.values())
        bodies_mod.pollsters_by_role(doc, {id(n): n for n in self.by_name.values()}.values())
        bodies_mod.kinds_by_description(doc, {id(n): n for n in self.by_name.values()}.values())
        aliases.fold_owned(self.by_name, self._fold)
        aliases.fold_capitals(self.by_name, self._fold)

    def _own_possessives(self, doc) -> None:
        """A body whose own name ends in "'s" keeps it."""
        for named in {id(n): n for n in self.by_name.values() if n.kind != "person"}.values():
            whole = bodies_mod.own_possessive(doc, named.name)
            if whole is not None:  # "Moody's" stays "Moody's" (keys without the "'s" still find it)
                self.by_name.setdefault(whole.lower(), named)
                named.name = whole

    def _genders_from_pronouns(self) -> None:
        """A person whose gender no name or title tells takes it from the article's own pronouns: a sentence
        whose subject is the only person of the sentence before, where that person was the subject too
        ("Braun has worked with ... / He has consistently denied ..."), when all such pronouns agree."""
        votes: dict[int, set[str]] = {}
        people: dict[int, Named] = {}
        sentences = list(self.doc.sents)
        for before, sent in zip(sentences, sentences[1:]):
            subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ not in ("he", "she"):
                continue
            inside = {id(n): (a, n) for a, b, n in self._mentions
                      if before.start_char <= a < before.end_char and n.kind == "person"}
            if len(inside) != 1:
                continue
            start, named = next(iter(inside.values()))
            if named.gender is None and any(before.start_char <= m[0] < before.end_char
                                            for m in named.subject_mentions):
                votes.setdefault(id(named), set()).add("m" if subject.lower_ == "he" else "f")
                people[id(named)] = named
        for key, genders in votes.items():
            if len(genders) == 1:
                people[key].gender = genders.pop()

    def _promote_people(self) -> None:
        """``Kirstjen Nielsen`` and ``Nielsen`` both tagged as bodies: when one mention of a name that reads as a
        person's (one to three capitalised words, none a body's word) carries a role ("Nielsen, a former
        Homeland Security official", "Secretary Nielsen"), the entry is a person, and a one-word entry that is
        its surname is the same person."""
        entries = {id(n): n for n in self.by_name.values() if n.kind in ("organization", "government")}.values()
        cued = [n for n in entries if name_words(n.name) and any(self._role_cue(m) for m in n.mentions)
                and (not is_place(n.name) or any(self._role_cue(m, only_people=True) for m in n.mentions))]
        cued += [n for n in entries if n not in cued and n.kind == "organization" and " " not in n.name  # (no place)
                 and name_words(n.name) and any(pronoun_cue(self.doc, m) for m in n.mentions)]
        cued += [n for n in entries if n not in cued and n.kind == "organization" and " " in n.name
                 and name_words(n.name) and not is_place(n.name) and any(
                     self._role_cue(s) or pronoun_cue(self.doc, s) or speaks(self.doc, s)
                     for s in self._surname_alone(n))]
        for named in cued:
            full = next((n for n in entries if len(n.name.split()) >= 2 and n.name.split()[-1] == named.name
                         and name_words(n.name)), named) if " " not in named.name else named
            full.kind = "person"
            for span in full.mentions:
                self._gender_and_roles(full, span)
            if full is not named:
                full.mentions.extend(named.mentions)
                full.subject_mentions |= named.subject_mentions
                self.by_name[named.name.lower()] = full
                self._mentions = [(a, b, full if n is named else n) for a, b, n in self._mentions]
            if " " in full.name:
                self._short_forms(full.name)

    def _bodies_called_it(self) -> None:
        """``Moderna`` tagged as a person: a one-word name that is no given name nor anyone's surname, carries no role
        nor gender, and whose own reported clause calls it "its" (``its_cue``) and never "he"/"she" is a body."""
        people = [n for n in self.by_name.values() if n.kind == "person"]
        for named in {id(n): n for n in people if " " not in n.name}.values():
            if named.roles or named.gender or named.name in all_given_names() or \
                    any(p.name.split()[-1] == named.name for p in people if " " in p.name):
                continue
            if any(its_cue(self.doc, m) for m in named.mentions) and \
                    not any(pronoun_cue(self.doc, m) for m in named.mentions):
                named.kind = body_kind(named.name)

    def _surname_alone(self, named: Named) -> list[Span]:
        """The untagged places where the last word of ``named`` ("Kirstjen Nielsen" tagged as a body) stands alone as
        a proper noun ("Nielsen, a former Homeland Security official, said"): the cues the tagged name lacks."""
        word, text, taken = named.name.split()[-1], text_of(self.doc), [(a, b) for a, b, _ in self._mentions]
        found = []
        for match in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
            tokens = self.doc.char_span(match.start(), match.end())
            if tokens is not None and len(tokens) == 1 and tokens[0].pos_ == "PROPN" \
                    and tokens[0].ent_type_ in ("", "PERSON") \
                    and not any(a <= match.start() < b for a, b in taken):
                found.append((match.start(), match.end()))
        return found

    def _role_cue(self, span: Span, only_people: bool = False) -> bool:
        """A role before the name or in apposition; ``only_people``: cues no place takes -- an honorific, or a
        woman or man in apposition ("Paris, an Australian woman, claims ...")."""
        tokens = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if tokens is None or not len(tokens):
            return False
        before = self.doc[tokens.start - 1] if tokens.start else None
        if before is not None and (before.lower_ in HONORIFICS or not only_people and
                                   kind_of_noun().get(before.lower_) == "anonymous" and before.lower_ not in BODY_NOUNS):
            return True
        people = FEMALE_NOUNS | MALE_NOUNS  # (a body's noun is no person's role: "Allergan, the maker of Botox")
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_.lower() in people if only_people else
                                                               kind_of_noun().get(c.lemma_.lower()) == "anonymous"
                                                               and c.lemma_.lower() not in BODY_NOUNS)
                   for c in tokens.root.children)

    def _gender_and_roles(self, named: Named, span: Span) -> None:
        tokens = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if tokens is not None and len(tokens):
            named.roles |= _roles(tokens)
            named.gender = named.gender or _gender(tokens, named.roles) or self._first_name_gender(named.name)

    def _untagged_mentions(self, tagged: list) -> None:
        """The model tags "Big Machine" once and leaves it untagged the next three times: every other
        occurrence of a name the article gives an entry (a body's name, a person's full name or unshared
        surname, as a proper noun) is a mention of that entry too, where no entity covers it."""
        text = text_of(self.doc)
        taken = sorted(tagged)
        starts = [t[0] for t in taken]
        forms: dict[str, Named] = {}
        for (start, end, named) in self._mentions:
            form = bare_name(text[start:end])
            if len(form) >= 3 and form[:1].isupper():
                forms.setdefault(form, named)
        surnames = set()
        for surname, full in self._surnames.items():
            if full is not None and full.lower() in self.by_name and len(surname) >= 3:
                forms.setdefault(surname, self.by_name[full.lower()])
                surnames.add(surname)
        for form, named in forms.items():
            for match in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                i = bisect.bisect_right(starts, match.start()) - 1
                if i >= 0 and taken[i][1] > match.start() or i + 1 < len(taken) and taken[i + 1][0] < match.end():
                    continue  # inside or across a tagged entity
                tokens = self.doc.char_span(match.start(), match.end())
                if tokens is None or (len(tokens) == 1 and tokens[0].pos_ != "PROPN" and
                                      not (form in surnames and _bare_subject(tokens[0]))):
                    continue
                span = (match.start(), match.end())
                named.mentions.append(span)
                self._mentions.append((span[0], span[1], named))
                if tokens.root.dep_ in ("nsubj", "nsubjpass"):
                    named.subject_mentions.add(span)

    @staticmethod
    def _first_name_gender(full: str) -> Optional[str]:
        return name_genders().get(full.split()[0]) if len(full.split()) >= 2 else None


def _bare_subject(token) -> bool:
    """A surname the parse read as a common noun or a verb where it is a verb's bare subject ("Voss requested donations"
    after "Mark Voss", a sentence's first word): one word in the singular, nothing before it in its phrase."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in ("NN", "VB", "VBP") and \
        not any(True for _ in token.lefts)
