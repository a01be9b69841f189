"""Which source a mention names: named entities, role nouns, pronouns, "the newspaper" (issue 12).

``SourceBook`` holds the sources met so far in reading order and resolves each new mention to one
of them or to a new one. Named people and bodies come from the article's ``Cast`` (``people``): every
mention of one real-world entity -- full name, surname, title form, alias, acronym -- is one source of
one kind. Mentions that do not name anyone go to an antecedent that agrees:

* ``he``/``she`` to a person of that gender (never an outlet, place or body), ``it`` to a body,
  ``they`` to a body or a group; the candidates are the cast's mentions and the unnamed sources
  before the mention (never inside the quote being attributed), ranked by recency with salience
  (subjects and people already quoted first, agreement on gender known);
* ``the analyst``/``the president`` to the latest person named with that role; ``the company``/``the
  ministry`` to the latest body of that kind; ``the newspaper``/``the media outlet`` to the latest outlet;
  ``the statement`` to whoever last issued one; ``X's report`` to X.

When no antecedent agrees the mention stays unresolved (``resolved`` false after ``resolve``) and the
quote says so (``speaker_resolved: false``, lower confidence) instead of guessing.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Optional, cast

from ..record import Span
from .actors import sector_table
from .aliases import _initials
from .appositions import BODY_KINDS, described_before_name, named_inside
from .bodies import described_kind, listed_government, town, untagged_kind
from .coref_bodies import WINDOW, BodyRules, NounPhrase
from .coref_holders import HolderLookups, held_office
from .coref_words import (
    ARTICLELESS_BODIES,
    AUDIENCE,
    BODY_NOUNS,
    DETERMINERS,
    GENERIC_BODY_NOUNS,
    GENERIC_GOVERNMENT_NOUNS,
    INSTITUTION_KINDS,
    OWNED_BODIES,
    PERSONAL,
    PLURAL_PRONOUNS,
    QUANTIFIERS,
    REGULATORS,
    RELATIVE,
    SHARES,
    SOCIAL_HEADS,
    SOLE_BODY_NOUNS,
    STREETS,
    THING_PRONOUNS,
    VEHICLES,
    WEEKDAYS,
    _key,
    names_party,
    on_social,
    says_what_it_does,
    the_place_party,
)
from .entities import LEADING, media_nouns
from .mention_words import (
    _dateline,
    bare,
    has_role,
    human,
    letters,
    name_read_as_noun,
    post_modified,
    proper_name,
)
from .names import name_after_role, person_name
from .people import PRESS_WORDS, Cast, Named, bare_name, government_bodies, only_one
from .person_cues import FEMALE_NOUNS, MALE_NOUNS, role_plural
from .quotes.cues import kind_of_noun
from .quotes.syntax import np_span, text_of
from .source_drafts import Draft, names_person, owner_end

# ranking of antecedents: characters of distance, with salience as a head start (see _antecedent). Chosen
# by bench/train_resolver.py --gum on GUM's person chains (367 he/she subjects of news, interviews and bios:
# 300/0 0.842, 600/0 0.872, 600/400 0.910). GAP (two candidates of the SAME gender by design, so agreement cannot
# help there) prefers 300/0 (0.510 vs 0.483 over 300 test items); news mixes genders as GUM does. Kept on the
# attribution halves (tune speaker .925 -> .931, check unchanged). With the cast of 2026-12-05 GUM gives 0.899 at 600/400
# (a bonus for the person mentioned most before, 150 per mention up to 3, gave GUM 0.918 but tune speaker .959 -> .952:
# not kept).
NON_SUBJECT_PENALTY = 600
SPEAKER_BONUS = 250
AGREE_BONUS = 400
# A person the quoted words name (inside the marks, or after the pronoun) is not the pronoun's speaker; a named source
# is as near as the last pronoun or role it surely spoke as (sureness of at least SURE_SPEAKER: a guess does not carry
# on) unless another agreeing person is a subject since; a he/she whose best antecedent, of no known gender, ranks past
# FARTHEST stays unresolved. Read on GUM (bench/gum_sources.py; he/she speakers inside a named person chain 33/49 -> 36/49) and on
# PolNeAR train's automatic speaker chains (issue 12, 2026-12-08: figures in the commit that set them).
NAMED_IN_WORDS_PENALTY = 1000
SURE_SPEAKER = 0.85
FARTHEST = 1800

# Sureness of a resolution a later rule made after the ranked search failed ("the official": the head named before)
HEAD_MATCH_SURENESS = 0.75


class SourceBook(BodyRules, HolderLookups):
    def __init__(self, doc, entities, root: Optional[Draft]):
        self.doc = doc
        self.drafts: dict[str, Draft] = {}
        self.order: list[str] = []  # keys, most recently mentioned last
        self.root = root
        if root is not None:
            self._add(root)
        self.cast = Cast(doc, entities)
        self._ents = sorted((e.span[0], e.span[1], e) for e in entities)
        self._starts = [s for s, _, _ in self._ents]
        self._quoted: list[Span] = []
        self._quoted_starts: list[int] = []
        self.resolved = True   # whether the last ``resolve`` found who a pronoun or role stands for
        self.sureness = 1.0    # how sure that resolution is
        self._sure: set[Span] = set()  # mentions resolved surely: where a source last spoke (``_spoken_as``)
        self.issued: dict[str, Draft] = {}  # document noun -> the source that last issued one ("the FBI's report")

    def set_quoted(self, spans) -> None:
        """The words of the article's direct quotes: a name inside one ("... block her Netflix special," they
        said) is what a speaker talks about, never the antecedent of a later pronoun or role."""
        self._quoted = sorted(spans)
        self._quoted_starts = [s for s, _ in self._quoted]

    def _in_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, position) - 1
        return i >= 0 and self._quoted[i][0] <= position < self._quoted[i][1]

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

    def resolve(self, token, span: Span, exclude: Optional[Span] = None, speech: bool = True) -> Optional[Draft]:
        """The source the mention headed by ``token`` (text ``span``) names, created if new; ``exclude`` is
        the quote's content (no antecedent inside it); ``speech`` false for belief and plan cues, where an
        unknown common noun ("the stock", "forecasts") is no source."""
        self.resolved, self.sureness = True, 1.0
        if _dateline(token):
            self.resolved, self.sureness = False, 0.0
            return None
        if token.lower_ in _ALL_PRONOUNS and not (token.text.isupper() and len(token.text) > 2):  # not "WHO"
            draft = self._pronoun(token, exclude)
        else:
            draft = self._noun(token, span, exclude, speech)
        if draft is not None and self.resolved and self.sureness == 0.0:
            self.sureness = HEAD_MATCH_SURENESS  # a ranked search failed, a later rule found it ("the official")
        if draft is not None and self.resolved and self.sureness >= SURE_SPEAKER:
            self._sure.add(span)
        return self._touch(draft, span) if draft is not None else None

    @staticmethod
    def names_its_subject(token) -> bool:
        """``the company``, ``the ministry``, ``the group``: a definite body noun, which a report in the third person
        may use for the body its own words name ("Brantwell will cut 300 jobs, the company said"; a person says "I")."""
        head = token.lemma_.lower()
        return token.pos_ == "NOUN" and token.tag_ == "NN" and token.doc[token.left_edge.i].lower_ in DETERMINERS \
            and (kind_of_noun().get(head) in ("organization", "government") or head in BODY_NOUNS)

    # --- pronouns ---------------------------------------------------------------------------------

    def _pronoun(self, token, exclude: Optional[Span]) -> Optional[Draft]:
        word = token.lower_
        if word in RELATIVE:
            verb = token.head
            if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                noun = verb.head
                return self._noun(noun, np_span(noun), exclude, True)
            return None
        if word in PERSONAL:
            gender = PERSONAL[word]
            found = self._antecedent(token, exclude, lambda n: n.kind == "person",
                                     lambda d: d.kind == "anonymous" and not d.plural and d.gender in (None, gender)
                                     and names_person(d), gender, farthest=FARTHEST)
            named = self.cast.named(found.entity) if found is not None and found.entity is not None else None
            if named is not None and named.gender is None:  # "She said ..." told us: a later "he" is someone else
                named.gender = found.gender = gender  # type: ignore[union-attr]
            return found
        if word in PLURAL_PRONOUNS:  # a town is "they" only once it spoke as a body ("Residents of X ...," they said)
            return self._antecedent(token, exclude, lambda n: self._body(n) and not self._silent_place(n),
                                    lambda d: d.plural or d.kind in INSTITUTION_KINDS,
                                    refuse=lambda n: self._silent_body(n, token.idx))
        found = self._antecedent(token, exclude, self._body, lambda d: d.kind in INSTITUTION_KINDS and not d.plural
                                 and d is not self.root, refuse=self._silent_place)
        return found

    def _antecedent(self, token, exclude, accept_named: Callable[[Named], bool], accept_draft: Callable[[Draft], bool],
                    gender: Optional[str] = None, sure: float = 0.85,
                    refuse: Optional[Callable[[Named], bool]] = None,
                    farthest: Optional[int] = None) -> Optional[Draft]:
        """The best-ranked agreeing antecedent before ``token``: a cast entry or an unnamed source; none when the best
        is one ``refuse`` rejects (a place that never spoke is no "it": "It slams ..." after "an ad in Indiana",
        "it's safe to say" after "the U.S."; the next body back is no surer) or ranks past ``farthest``."""
        at = token.idx
        best: dict[int, tuple[float, object, bool]] = {}
        seat = {t.idx for c in token.lefts if c.dep_ == "amod" and c.lower_ == "based" for t in c.subtree}
        for span, named in [*self.cast.before(at, accept_named, exclude, WINDOW),
                            *self._spoken_as(at, accept_named, exclude, gender)]:
            if gender and named.gender and named.gender != gender or self._in_quote(span[0]) or span[0] in seat:
                continue  # (not the seat of "the Geneva-based group": the place it describes the body by)
            subject = span in named.subject_mentions or span not in named.mentions
            score = at - span[0] + (0 if subject else NON_SUBJECT_PENALTY)
            if f"entity:{named.name.lower()}" in self.drafts:
                score -= SPEAKER_BONUS
            agrees = bool(gender and named.gender == gender)
            score -= AGREE_BONUS if agrees else 0
            if self._named_in_words(named, exclude, at):
                score += NAMED_IN_WORDS_PENALTY
            if id(named) not in best or score < best[id(named)][0]:
                best[id(named)] = (score, named, agrees or not gender)
        for draft in self.drafts.values():
            if draft.entity is not None or draft is self.root or not accept_draft(draft):
                continue
            spans = [m for m in draft.mentions if m[0] < at and at - m[0] <= WINDOW and
                     not (exclude is not None and exclude[0] <= m[0] < exclude[1])]
            if spans:
                best[id(draft)] = (at - max(spans)[0] - SPEAKER_BONUS, draft, True)
        if not best:
            self.resolved, self.sureness = False, 0.0
            return None
        ranked = sorted(best.values(), key=lambda b: b[0])
        score, chosen, agrees = ranked[0]
        if refuse is not None and isinstance(chosen, Named) and refuse(chosen) or \
                farthest is not None and score > farthest and not agrees:  # "she said", no one near: say so
            self.resolved, self.sureness = False, 0.0
            return None
        close = len(ranked) > 1 and ranked[1][0] - score < 100
        self.sureness = sure if agrees and not close else sure - 0.15
        return chosen if isinstance(chosen, Draft) else self._from_named(cast(Named, chosen), token)

    def _named_in_words(self, named: Named, words: Optional[Span], at: int) -> bool:
        """Whether the reported ``words`` name ``named`` inside quotation marks ('He said, "Henry Moss built this
        town"': not Moss speaking) or after the pronoun at ``at`` ("He described Voss as ...": a pronoun is never the
        name its own clause goes on to use); a name before it may be the speaker's ("Ruiz has changed her
        account once -- 'I now recall,' she said")."""
        return words is not None and any(words[0] <= a < words[1] and (a > at or self._in_quote(a))
                                         for a, _ in named.mentions)

    def _spoken_as(self, at: int, accept_named: Callable[[Named], bool], exclude,
                   gender: Optional[str]) -> list[tuple[Span, Named]]:
        """(span, entry) of the latest pronoun or role before ``at`` that a named source surely spoke as ("she said"
        read as Ann Ruiz): the prior speaker is as near as its last words, not only its last name -- unless another
        person who may be meant is a subject since ("Garza eased his tone. ... he said": Garza)."""
        out = []
        for draft in self.drafts.values():
            named = self.cast.named(draft.entity) if draft.entity is not None else None
            if named is None or not accept_named(named):
                continue
            spans = [m for m in draft.mentions if m in self._sure and m not in named.mentions and m[0] < at and
                     at - m[0] <= WINDOW and not (exclude is not None and exclude[0] <= m[0] < exclude[1])]
            if spans and not self._subject_since(max(spans)[0], at, named, accept_named, gender):
                out.append((max(spans), named))
        return out

    def _subject_since(self, start: int, at: int, speaker: Named, accept_named: Callable[[Named], bool],
                       gender: Optional[str]) -> bool:
        """Whether another agreeing person of the cast is a subject between ``start`` and ``at``."""
        return any(named is not speaker and span in named.subject_mentions and
                   not (gender and named.gender and named.gender != gender)
                   for span, named in self.cast.before(at, accept_named, None, at - start) if span[0] > start)

    # --- nouns ------------------------------------------------------------------------------------

    def _noun(self, token, span: Span, exclude: Optional[Span], speech: bool) -> Optional[Draft]:
        """The source a noun phrase names: a person or body named (tagged or not), a NORP word, initials parsed as a
        pronoun, an untagged body's name; else a description read by its head noun (``_described``)."""
        named = self._named_noun(token, span)
        if named is not None:
            return self._from_named(named, token)
        entity = self._entity_at(token)
        if entity is not None and entity.label == "NORP":
            return self._norp(token)
        if token.pos_ == "PRON":  # "WHO said", parsed as a pronoun: the body whose initials it spells
            return self._initials_body(token)
        text = text_of(self.doc)[span[0]:span[1]]
        if token.lower_ in WEEKDAYS:
            return None  # "Wednesday added one more development": a day, no source
        if token.pos_ == "PROPN":
            found = self._untagged_body(token)
            if found is not None:
                return found
        elif bare_name(text)[:1].isupper() and listed_government(text):  # "Number 10 said": tagged a number, a
            return self._new("government", bare_name(text), token, "rules", 0.8)  # listed body (not "the army")
        definite = token.doc[token.left_edge.i].lower_ in DETERMINERS or \
            token.lower_ in ARTICLELESS_BODIES and not any(True for _ in token.lefts)
        return self._described(NounPhrase(token, span, text, _head_of(token), definite, exclude), speech)

    def _named_noun(self, token, span: Span) -> Optional[Named]:
        """The person or body of the cast a noun phrase names: tagged there, holding a name, or the officials of a
        named body (``_member_of``); a name the model tagged elsewhere or left untagged; a surname misparsed."""
        named = self.cast.at(token.idx) or named_inside(self.cast, token) or self._member_of(token)
        if named is None and token.pos_ == "PROPN":  # a name the model tagged elsewhere, or a surname
            named = self._untagged_name(token, span)
        if named is None and token.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and token.text[:1].isupper():
            named = self.cast.person_named(token.text)  # "Scissors, who ...", "Lopez, 42, said": a surname misparsed
            full = person_name(text_of(self.doc)[slice(*proper_name(token))]) if named is None else None
            if full is not None and " " in full:  # "M. Dane Waters, whose ... said" with "Waters" parsed a plural noun
                named = self.cast.add_person(full, proper_name(token))
        return named

    def _untagged_name(self, token, span: Span) -> Optional[Named]:
        """A proper noun the cast knows by its text, a speaker's label in capitals, or a person's name the model left
        untagged (added to the cast)."""
        named = self.cast.named(text_of(self.doc)[span[0]:span[1]]) or self.cast.named(token.text)
        if named is None and proper_name(token) == (token.idx, token.idx + len(token)) and token.text[:1].isupper() \
                and not any(True for _ in token.children):  # (not "a lifelong Republican", "Democracy for America")
            named = self.cast.body_shortened(token.text)  # "Fitch said" after "Fitch Ratings", left untagged
        if named is None and token.text.isupper() and len(token.text) > 3:  # "FALLIN:" labels Mary Fallin's words
            named = self.cast.person_named(token.text.title())
        name_span = proper_name(token)
        full = person_name(text_of(self.doc)[slice(*name_span)]) if named is None else None
        titled = name_after_role(text_of(self.doc)[slice(*name_span)]) if named is None and full is None else None
        if titled is not None:  # "Mayor Ana Ruiz said", untagged: the person after the title
            full, name_span = titled[0], (name_span[0] + titled[1], name_span[1])
        if full is not None:  # "said Derek Scissors", untagged: a person all the same
            named = self.cast.add_person(full, name_span)
        return named

    def _initials_body(self, token) -> Optional[Draft]:
        """``WHO said``, parsed as a pronoun: the body whose initials a word in capitals spells."""
        body = next((n for n in self.cast.by_name.values() if n.kind != "person" and token.text in _initials(n.name)),
                    None) if token.text.isupper() and len(token.text) > 2 else None
        return self._from_named(body, token) if body is not None else None

    def _described(self, p: NounPhrase, speech: bool) -> Optional[Draft]:
        """A noun phrase that names no one, read by its head, the rules in this order: an age ("the 56-year-old"),
        a body described (``BodyRules``: named before, armed forces, press people, agencies, documents and their
        owners, outlets, issuers), the audience or a share (no source), the holder of a role or office, a definite
        anaphor, a person's office, else a new source of the kind described (``_new_described``)."""
        token, head, definite = p.token, p.head, p.definite
        if definite and token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children):
            return self._antecedent(token, p.exclude, lambda n: n.kind == "person",  # "the 56-year-old said"
                                    lambda d: d.kind == "anonymous" and not d.plural and names_person(d), sure=0.75)
        found = self._state_government(p) or self._named_body(p) or self._named_after(p) or \
            self._armed_forces(p) or self._press_person(p) or self._agency(p) or \
            self._document(p) or self._media(p) or self._issuer(p)
        if found is not None:
            return found
        if definite and head in AUDIENCE or head in SHARES:
            self.resolved = False  # "the reader might think", "viewers will see": the article's audience, no source;
            return None  # "64 percent of voters say": a share of a poll's answers, no one to trace (the poll is)
        holder = self._role_holder(token, head, p.exclude, definite) or self._office_holder(token, head, p.exclude)
        if holder is not None:  # "India's prime minister", "the Tesla CEO": the one person named with the role
            return self._from_named(holder, token)
        if definite and (bare(token) or head in BODY_NOUNS and says_what_it_does(token)):
            found = self._anaphor(p)
            if found is not None or not self.resolved:
                return found  # "the spokesman said" with no one before: an anaphor left unresolved names no source
        office = self._holders_office(token) if head == "office" else None
        if office is not None:  # "Bragg's office" after "the Manhattan District Attorney's Office said"
            return self._touch(office, p.span)
        return self._new_described(p, speech)

    def _anaphor(self, p: NounPhrase) -> Optional[Draft]:
        """A definite description (``the analyst``, ``the company``) as an anaphor (``_definite``); when none is
        found, ``resolved`` says whether it is a source all the same (a body or unnamed people described)."""
        found = self._definite(p.token, p.head, p.exclude)
        if found is not None:
            return found
        # a body described: "the tractor maker" named first, "the Chinese government" in an article that names no China
        self.resolved = self.resolved or not bare(p.token) or p.head in GENERIC_GOVERNMENT_NOUNS and any(
            c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in p.token.lefts)
        if p.token.tag_ in ("NNS", "NNPS") and kind_of_noun().get(p.head) == "anonymous" and p.head not in BODY_NOUNS:
            self.resolved = True  # "the officials said" with none before: unnamed people (the guide's anonymous)
        return None

    def _new_described(self, p: NounPhrase, speech: bool) -> Optional[Draft]:
        """A new source of the kind the description names (a body named so before when one is), or none for a noun
        that names no one ("the stock rose")."""
        token, span, text, head = p.token, p.span, p.text, p.head
        kind = _kind_described(token, head, text)
        as_noun = speech and kind is None and name_read_as_noun(token)  # "Tencent said": a body's name
        if kind is None and token.pos_ != "PROPN" and not letters(token) and not as_noun and \
                (not speech or not human(head)):
            return None  # "the stock rose", "satellite maps suggest": not a source
        described = described_before_name(self.cast, text, token) if kind == "anonymous" else None
        if described is not None:
            return self._from_named(described, token)
        if head in ("group", "organization", "organisation") and not p.definite and token.text.islower():
            kind = "anonymous"  # "a group representing rural counties", "rights groups": unnamed (the guide's anonymous)
        if kind is None and (token.pos_ == "PROPN" and token.tag_ == "NNP" or letters(token) or as_noun) and \
                token.text[:1].isupper() and \
                token.lower_ not in STREETS and not (token.text.isupper() and any(c.dep_ in ("compound", "poss")
                                                                     for c in token.lefts)):  # ("the Tesla CEO")
            kind = untagged_kind(token, span, text)  # "Tearfund said": a body, never unnamed people
        if (kind or "anonymous") == "anonymous":
            text = text_of(self.doc)[span[0]:max(span[1], post_modified(token))]
        return self._new(kind or "anonymous", text, token, "rules", 0.75 if kind else 0.6)

    def _untagged_body(self, token) -> Optional[Draft]:
        """A proper name the model left untagged: a government body of the tables ("Downing Street"), or an
        outlet introduced by a media noun ("state news agency SANA", "the broadcaster NHK")."""
        name_span = proper_name(token)
        name = text_of(self.doc)[slice(*name_span)]
        if bare_name(name).lower() in government_bodies():
            return self._new("government", name, token, "rules", 0.8)
        if any(c.dep_ in ("compound", "appos", "amod") and c.lemma_.lower() in media_nouns() - PRESS_WORDS
               for c in token.lefts):
            return self._new("outlet", name, token, "rules", 0.75)
        return None

    def _definite(self, token, head: str, exclude: Optional[Span]) -> Optional[Draft]:
        """``the analyst``, ``the company``, ``the statement``: who the article named that way before."""
        kind = kind_of_noun().get(head)
        if kind == "document" and head in self.issued and token.tag_ == "NN":
            return self.issued[head]  # "according to the summary" after "an FBI summary of its investigation"
        state = kind != "government" and described_kind(token, kind) == "government"  # "the central bank"
        plural = token.tag_ in ("NNS", "NNPS")
        if head in SOLE_BODY_NOUNS and not plural:  # "the league" after "the NFL", no other organization named
            sole = only_one(n for _, n in self.cast.before(token.idx, lambda n: n.kind == "organization" and
                                                           self._body(n), exclude, WINDOW))
            if sole is not None:
                return self._from_named(sole, token)
        if kind == "anonymous" and not plural and head not in BODY_NOUNS:  # "the retailer", "the maker": a body
            found = self._antecedent(token, exclude, lambda n: n.kind == "person" and has_role(n.roles, head),
                                     lambda d: False, sure=0.8)
            if found is not None:
                return found
        elif (head in REGULATORS or state) and not plural:  # "the regulator": the latest government body, no place
            found = self._antecedent(token, exclude, lambda n: n.kind == "government" and self._body(n) and
                                     self.cast.country_of(n) is None and not town(n.name),
                                     lambda d: d.kind == "government" and bare_name(d.name).lower() in government_bodies(),
                                     sure=0.75)  # (or one the model left untagged: "markets regulator SEBI")
            if found is not None:
                return found
        elif (kind == "organization" and head in GENERIC_BODY_NOUNS or kind == "government" and
              head in GENERIC_GOVERNMENT_NOUNS or head in BODY_NOUNS) and not plural:
            wanted = ("government",) if kind == "government" else ("organization", "government") \
                if head in ("group", "organization", "organisation") else ("organization", "outlet")  # a paper is a company
            found = self._antecedent(token, exclude, lambda n: n.kind in wanted and self._body(n) and
                                     not self._town_as_government(n, head), lambda d: False, sure=0.8)
            if found is not None:
                return found
        elif head in VEHICLES:
            found = self.latest(lambda d: d.kind in ("person", "organization", "government") and d is not self.root)
            if found is not None:
                return found
        # number agrees: "the officials" is not "an airport official"
        # (a body's noun agrees either way: "Police said ..." then "the city's police")
        found = self.latest(lambda d: d.head == head and (d.plural == plural or kind in ("government", "organization")))
        # "the army", "the court" met first: a body described, not an anaphor left unresolved
        self.resolved = found is not None or state or kind in ("government", "organization", "document") and \
            head not in GENERIC_BODY_NOUNS | GENERIC_GOVERNMENT_NOUNS | BODY_NOUNS
        return found

    def _from_named(self, named: Named, token) -> Draft:
        if named.kind == "outlet" and self.root is not None and self._is_root(named.name):
            return self.root
        draft = Draft(key=f"entity:{named.name.lower()}", name=named.name, kind=named.kind, description=None,
                      head=token.lemma_.lower(), plural=False, gender=named.gender, method="entities",
                      confidence=0.9, entity=named.name)
        return self._add(draft)

    def _norp(self, token) -> Draft:
        text = text_of(self.doc)[slice(*np_span(token))]
        if names_party(token):
            return self._new("organization", text, token, "entities", 0.8)  # "the Liberal Democrats said"
        if token.tag_ in ("NN", "NNP") and (text.lower() == f"the {token.lower_}" or the_place_party(token)):
            # "The German said", "the Kentucky Republican said" (the senator named before): a person
            found = self._antecedent(token, None, lambda n: n.kind == "person", lambda d: False, sure=0.7)
            if found is not None:
                return found
        return self._new("anonymous", text, token, "rules", 0.7)

    def _new(self, kind: str, text: str, token, method: str, confidence: float) -> Draft:
        name = LEADING.sub("", text)
        name = name[2:] if name.lower().startswith("a ") else name[3:] if name.lower().startswith("an ") else name
        first = name.split(" ", 1)
        if len(first) == 2 and first[0].lower() in QUANTIFIERS:
            name = first[1]  # "some White House advisers" is "White House advisers"
        head = token.lemma_.lower()
        gender = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else None
        if kind in BODY_KINDS and method == "rules":
            named = self.cast.named(name)  # "a POLITICO analysis" untagged, "told POLITICO" tagged: one outlet
            if named is not None and named.kind == kind:
                return self._from_named(named, token)
        owner = self._person_owner(token) if kind == "anonymous" else None
        key = f"{kind}:{owner.name.lower()}'s {_key(token.doc[owner_end(token):token.i + 1].text)}" \
            if owner is not None else f"{kind}:{_key(name)}"
        held = self._holder(token) if head in OWNED_BODIES and kind in BODY_KINDS else None
        if held is not None and head == "office":  # "Smith's office" after "Senator Jane Smith": her office
            kind, name = held_office(held, _apostrophe_of(token))
        key = f"{kind}:{held.name.lower()}'s {head}" if held is not None else key  # "Clinton campaign", "her campaign"
        draft = Draft(key=key, name=name, kind=kind,
                      description=text if kind == "anonymous" else None, head=head,
                      plural=token.tag_ in ("NNS", "NNPS"), gender=gender, method=method,
                      confidence=confidence)
        return self._add(draft)

    def _entity_at(self, token):
        i = bisect.bisect_right(self._starts, token.idx) - 1
        if i >= 0:
            start, end, entity = self._ents[i]
            if start <= token.idx < end:
                return entity
        return None


def _apostrophe_of(token) -> str:
    """The apostrophe of the possessive that owns ``token`` ("Smith’s office": the curly one), "'" when none."""
    for owner in token.children:
        for mark in owner.children if owner.dep_ == "poss" else ():
            if mark.dep_ == "case" and mark.text[:1] in ("'", "\u2019"):
                return mark.text[0]
    return "'"


def _head_of(token) -> str:
    """The noun a mention is read by: its lemma; its word when only the word is in the tables ("data", lemma "datum";
    "media", lemma "medium"); one role of a plural parsed as a name ("Aides said" at a sentence's start)."""
    head = token.lemma_.lower()
    if head not in kind_of_noun() and (token.lower_ in kind_of_noun() or token.lower_ in media_nouns()):
        head = token.lower_  # "data" (lemma "datum"), "media" (lemma "medium")
    if head not in kind_of_noun() and token.pos_ == "PROPN" and role_plural(token.text):
        head = token.lower_[:-1]  # "Aides said", parsed as a name at the sentence's start
    return head


def _kind_described(token, head: str, text: str) -> Optional[str]:
    """The kind of source a description names by its head and modifiers, if any: "the central bank", "the city
    council", "the iPhone maker", "a Twitter user" (a platform named alone is its company: "Twitter said")."""
    kind = described_kind(token, kind_of_noun().get(head))  # "the central bank", "the city council"
    kind = "organization" if kind == "anonymous" and head in BODY_NOUNS else kind  # "the iPhone maker"
    if kind == "social" and token.pos_ == "PROPN":
        kind = "organization"  # "Twitter said": the platform's company; its users are "a Twitter user"
    if head in SOCIAL_HEADS and (any(kind_of_noun().get(c.lower_) == "social" for c in token.lefts) or
                                 "social media" in token.doc[token.left_edge.i:token.i].text.lower() or
                                 on_social(token)) or text.startswith("@"):
        kind = "social"  # "a Twitter user", "social media users", "one user wrote on Twitter", "@handle said"
    if kind == "anonymous" and head not in BODY_NOUNS and on_social(token) and not _speaks_for_someone(token, head):
        kind = "social"  # "one fan wrote on Instagram": unnamed people posting are social-media users (the guide)
    return kind


def _speaks_for_someone(token, head: str) -> bool:
    """``officials``, ``a Pfizer spokesman``, ``the mayor's aide``, ``a spokeswoman for the ministry``: people who hold
    an office (a role the Phoenix agents file under a sector other than civilians: ``actors.sector_table``) or speak for
    a named or described owner stay anonymous wherever they post (issue 12)."""
    if sector_table().get(head, "CVL") not in ("CVL", "PPL"):  # (civilians, people)
        return True
    return any(c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in token.lefts) or \
        any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with") for c in token.rights)


_ALL_PRONOUNS = set(PERSONAL) | PLURAL_PRONOUNS | THING_PRONOUNS | RELATIVE

