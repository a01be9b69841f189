"""Which source a mention names: named entities, role nouns, pronouns, "the newspaper".

``SourceBook`` holds the sources met so far in reading order and resolves each new mention to one
of them or to a new one: ``he``/``she``/``they``/``it``/``who`` to the latest compatible source,
``the spokeswoman``/``the official`` to the latest source with that head noun, ``the newspaper`` /
``the media outlet`` to the latest outlet, a surname to its full name (via entity ``canonical``, or a
name the model missed to the last person named before whose name ends with it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from .entities import LEADING, media_nouns, outlet_of
from .quotes.cues import kind_of_noun
from .quotes.syntax import np_span, text_of

Span = tuple[int, int]

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = {"they", "them"}
THING_PRONOUNS = {"it"}
RELATIVE = {"who", "which", "that", "whom"}
FEMALE_NOUNS = {"spokeswoman", "woman", "chairwoman", "congresswoman", "businesswoman", "mother", "wife"}
MALE_NOUNS = {"spokesman", "man", "chairman", "congressman", "businessman", "father", "husband"}
INSTITUTION_KINDS = ("organization", "government", "outlet", "document", "social")


# Heads of a nationality-or-group name that name a political party ("the Democrats", "the Tories").
PARTY_WORDS = frozenset("""democrats republicans conservatives tories liberals greens socialists communists
labour unionists""".split())


@dataclass
class Draft:
    """A source while the article is being read."""

    key: str
    name: str
    kind: str
    description: Optional[str]
    head: str
    plural: bool
    gender: Optional[str]
    method: str
    confidence: float
    mentions: list[Span] = field(default_factory=list)
    cited_by: Optional[str] = None


class SourceBook:
    def __init__(self, doc, entities, root: Optional[Draft]):
        self.doc = doc
        self.drafts: dict[str, Draft] = {}
        self.order: list[str] = []  # keys, most recently mentioned last
        self.root = root
        if root is not None:
            self._add(root)
        self._ents = sorted((e.span[0], e.span[1], e) for e in entities)
        self._starts = [s for s, _, _ in self._ents]

    def _add(self, draft: Draft) -> Draft:
        self.drafts.setdefault(draft.key, draft)
        return self.drafts[draft.key]

    def _touch(self, draft: Draft, span: Span) -> Draft:
        if span not in draft.mentions:
            draft.mentions.append(span)
        if draft.key in self.order:
            self.order.remove(draft.key)
        self.order.append(draft.key)
        return draft

    def resolve(self, token, span: Span) -> Optional[Draft]:
        """The source the mention headed by ``token`` (text ``span``) names, created if new."""
        draft = self._pronoun(token) if token.lower_ in _ALL_PRONOUNS else self._noun(token, span)
        return self._touch(draft, span) if draft is not None else None

    # --- pronouns ---------------------------------------------------------------------------------

    def _pronoun(self, token) -> Optional[Draft]:
        word = token.lower_
        if word in RELATIVE:
            verb = token.head
            if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                noun = verb.head
                return self._noun(noun, np_span(noun))
            return None
        if word in PERSONAL:
            draft = self.latest(lambda d: d.kind in ("person", "anonymous") and not d.plural
                                and d.gender in (None, PERSONAL[word]))
            person = self._person_before(token.idx)
            if person is not None and (draft is None or person.span[0] > max(m[0] for m in draft.mentions)):
                named = self._named(person, token)
                self._touch(named, person.span)
                return named
            return draft
        if word in PLURAL_PRONOUNS:
            return self.latest(lambda d: d.plural or d.kind in INSTITUTION_KINDS)
        return self.latest(lambda d: d.kind in INSTITUTION_KINDS and d is not self.root)

    def latest(self, accept) -> Optional[Draft]:
        for key in reversed(self.order):
            if accept(self.drafts[key]):
                return self.drafts[key]
        return None

    # --- nouns ------------------------------------------------------------------------------------

    def _noun(self, token, span: Span) -> Optional[Draft]:
        entity = self._entity_at(token)
        text = text_of(self.doc)[span[0]:span[1]]
        if entity is not None:
            return self._named(entity, token)
        if token.pos_ == "PROPN":  # "May" the model did not take for a name: "Theresa May" named before
            person = self._person_before(token.idx, surname=token.text)
            if person is not None:
                return self._named(person, token)
        head = token.lemma_.lower()
        if token.pos_ == "PRON":
            return None
        definite = token.doc[token.left_edge.i].lower_ in ("the", "this", "that", "these", "those")
        if head in media_nouns() or outlet_of(text):
            if definite or head in ("media",):
                found = self.latest(lambda d: d.kind == "outlet" and d is not self.root)
                if found is not None:
                    return found
            return self._new("outlet", text, token, "rules", 0.7)
        if definite:
            plural = token.tag_ in ("NNS", "NNPS")
            found = self.latest(lambda d: d.head == head and d.plural == plural) or \
                self.latest(lambda d: d.head == head)
            if found is not None:
                return found
        kind = kind_of_noun().get(head, "anonymous")
        return self._new(kind, text, token, "rules", 0.75)

    def _named(self, entity, token) -> Draft:
        label, canonical = entity.label, entity.canonical
        if label == "ORG" and outlet_of(entity.text):
            kind = "outlet"
        elif label == "PERSON":
            kind = "person"
        elif label in ("GPE",):
            kind = "government"
        elif label == "NORP" and token.lower_ in PARTY_WORDS and token.tag_ in ("NNP", "NNPS"):
            # "the Liberal Democrats said": a party, named by its whole phrase
            return self._new("organization", text_of(self.doc)[slice(*np_span(token))], token, "entities", 0.8)
        elif label == "NORP":
            return self._new("anonymous", text_of(self.doc)[slice(*np_span(token))], token, "rules", 0.7)
        else:
            kind = "government" if kind_of_noun().get(canonical.split()[-1].lower()) == "government" \
                else "organization"
        if self.root is not None and kind == "outlet" and canonical.lower() == self.root.name.lower():
            return self.root
        draft = Draft(key=f"{kind}:{canonical.lower()}", name=canonical, kind=kind, description=None,
                      head=token.lemma_.lower(), plural=False, gender=None, method="entities",
                      confidence=0.9)
        return self._add(draft)

    def _new(self, kind: str, text: str, token, method: str, confidence: float) -> Draft:
        name = LEADING.sub("", text)
        name = name[2:] if name.lower().startswith("a ") else name[3:] if name.lower().startswith("an ") else name
        head = token.lemma_.lower()
        gender = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else None
        draft = Draft(key=f"{kind}:{name.lower()}", name=name, kind=kind,
                      description=text if kind == "anonymous" else None, head=head,
                      plural=token.tag_ in ("NNS", "NNPS"), gender=gender, method=method,
                      confidence=confidence)
        return self._add(draft)

    def _person_before(self, position: int, surname: Optional[str] = None):
        """The last PERSON entity that ends before ``position`` (whose name ends in ``surname``)."""
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0:
            entity = self._ents[i][2]
            if entity.label == "PERSON" and entity.span[1] <= position and \
                    (surname is None or entity.text.split()[-1] == surname and " " in entity.text):
                return entity
            i -= 1
        return None

    def _entity_at(self, token):
        i = bisect.bisect_right(self._starts, token.idx) - 1
        if i >= 0:
            start, end, entity = self._ents[i]
            if start <= token.idx < end:
                return entity
        return None


_ALL_PRONOUNS = set(PERSONAL) | PLURAL_PRONOUNS | THING_PRONOUNS | RELATIVE
