"""The ``places`` stage: every toponym and place-word in the body, resolved offline.

Recognition is a cascade over the shared spaCy Doc: the model's GPE/LOC/FAC entities, its NORP
entities that are place-words (``Iraqi``), gazetteer names the model missed (also inside
organisation names: ``Colorado State University``), place-words anywhere (``Canadians``) and the
dateline. Resolution scores each gazetteer candidate by prominence (feature class, population) and by
the article: the countries its unambiguous places sit in, the dateline, and a qualifier right after
the name (``Paris, Texas``). A name the gazetteer lacks (a church, a street) gets the article's main
locality with a low confidence, since local news mostly names local buildings. What the words around a
name say (outlet and person names, "Gov.", common words, the outlet's country) is in ``place_context``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional, cast

from ..record import Place, PlaceKind, Record
from .gazetteer import GeoEntry, gazetteer, name_key
from .place_context import (
    after_locative,
    common_words,
    not_a_place,
    outlet_country,
    outlet_spans,
    person_parts,
    wants_admin1,
)

ENTITY_LABELS = ("GPE", "LOC", "FAC")
MAX_NGRAM = 4
# prior score of a candidate before context: (base, weight of log10 population)
FEATURE_PRIOR = {
    "country": (10.0, 0.0), "continent": (9.0, 0.0), "union": (8.5, 0.0), "region": (8.0, 0.0),
    "water": (8.0, 0.0), "river": (7.0, 0.0), "mountain": (7.0, 0.0), "street": (5.0, 0.0),
    "admin1": (-1.2, 1.0), "admin2": (-2.0, 1.0), "city": (0.0, 1.0),
}
# a gazetteer name the model did not tag is taken when it is at least this prominent
STRONG_FEATURES = {"country", "continent", "union", "region", "water", "admin1"}
MIN_UNTAGGED_CITY_POPULATION = 100_000
MIN_LOCATIVE_POPULATION = 1_000  # after "in", "near": smaller towns too
MISTAGGED_MIN_POPULATION = {"PERSON": 100_000, "ORG": 50_000}
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "say", "tells", "wrote", "writes"})
LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "throughout"})
SAME_COUNTRY_BONUS = 2.0
SHADOW_MAX_POPULATION = 500_000  # a town named like a state elsewhere in its country, below this, yields
OUTLET_COUNTRY_BONUS = 1.5  # a town in the country of the outlet's web address
QUALIFIER_BONUS = 6.0
NEAR_BONUS = ((150.0, 1.5), (500.0, 0.75))  # (km to the nearest other town named, bonus)
PRIMARY_NAME_BONUS = 0.5
# words that look like places when capitalised but mostly are not
NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "god", "president", "police", "mobile", "reading", "nice", "bath", "split", "sale",
    "university", "state", "city", "republic", "national", "central", "north", "south", "east", "west",
    "christian", "muslim", "jewish", "catholic", "protestant", "sunni", "shia", "shiite", "democrat",
    "democrats", "republican", "republicans", "communist", "english", "western", "eastern", "northern",
    "southern", "centre", "center", "valley", "metro", "media", "independence", "union",
})
PLACE_WORDS = re.compile(
    r"\b(?:District|County|Parish|Province|Region|Street|St|Road|Rd|Avenue|Ave|Parade|Square|Park|Lake|River|"
    r"Mount|Mountains?|Islands?|Valley|Bay|Beach|Town|Township|Village|Estate|Bridge|Airport|Port|Harbou?r|"
    r"Gulf|Sea|Ocean|Strait|Canal|Desert|Forest|Hills?|Peninsula|Coast|Cape|Point|Centre|Center|Hospital|"
    r"Church|Cathedral|Basilica|Chapel|Abbey|Shrine|Synagogue|Monastery|Mosque|Temple|School|College|University|Stadium|Arena|Hall|Court|Station|Market|Mall|"
    r"Palace|Castle|Tower|Embassy|Prison|Camp|Base|North|South|East|West|Northern|Southern|Eastern|Western)\b")
ADMIN2_WORDS = (" county", " parish", " borough")
MODEL_LABEL_FEATURE = {"FAC": "facility", "LOC": "region", "GPE": "city"}


@dataclass(frozen=True)
class Mention:
    start: int  # char offsets into body
    end: int
    text: str
    how: str  # model | norp | gazetteer | demonym | dateline
    label: str = ""


def places_stage(record: Record) -> Record:
    """The ``places`` stage: fills ``record.places``."""
    if not record.body or record.doc is None:
        return record
    mentions = in_context(find_mentions(record), record)
    places = resolve(mentions, record)
    names = _person_and_org_names(record.doc)
    kept = [p for m, p in zip(mentions, places) if p.gazetteer_id or _plausible_unresolved(m, record, names)]
    return dataclasses.replace(record, places=tuple(kept))


def in_context(mentions: list[Mention], record: Record) -> list[Mention]:
    """The mentions that are places where they stand: not inside an outlet's or a person's name, not a
    common word the model did not tag (``place_context``)."""
    body, doc = record.body, record.doc
    people, outlets = person_parts(record), outlet_spans(body)
    kept, doubtful = [], []
    for i, mention in enumerate(mentions):
        qualified = _qualifier(mentions, i, body) is not None or (i > 0 and _qualifier(mentions, i - 1, body) is not None)
        if not_a_place(mention.text, mention.start, mention.end, body, people, outlets, qualified):
            continue
        if mention.text.lower() in common_words() and not qualified and not after_locative(body, mention.start) \
                and (mention.how != "model" or _opens_sentence(doc, mention.start)):
            doubtful.append(mention)
            continue
        kept.append(mention)
    # a common word is a place where the article also uses it as one elsewhere ("Flint residents ... in Flint")
    confirmed = {m.text for m in kept}
    return sorted(kept + [m for m in doubtful if m.text in confirmed], key=lambda m: m.start)


def _opens_sentence(doc, start: int) -> bool:
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    return token is None or token[0].is_sent_start or token[0].i == 0


def _person_and_org_names(doc) -> set[str]:
    """Texts the model calls a person or organisation somewhere in the article (and people's name parts)."""
    names = set()
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG"):
            names.add(ent.text)
            if ent.label_ == "PERSON":
                names.update(t.text for t in ent if t.is_alpha)
    return names


def _plausible_unresolved(mention: Mention, record: Record, names: set[str]) -> bool:
    """Whether a name the gazetteer lacks still looks like a place, not a mis-tagged person or brand."""
    text = mention.text
    if not text[:1].isupper() or (text.isupper() and len(text) > 4) or text in names:
        return False
    if mention.label != "GPE" or PLACE_WORDS.search(text) or "," in text:
        return True
    before = record.body[max(0, mention.start - 12):mention.start].split()
    return bool(before) and before[-1].lower() in LOCATIVE | {"at", "from", "to"}


# --- recognition -----------------------------------------------------------------------------------

def find_mentions(record: Record) -> list[Mention]:
    doc = record.doc
    capitals = list(_capital_mentions(record.body))
    found = list(capitals)
    for mention in _model_mentions(doc, record.body):
        if not _overlaps(mention, _covered(found)):
            found.append(mention)
    taken = _covered(found)
    found += [m for m in _gazetteer_mentions(doc) if not _overlaps(m, taken)]
    dateline = _dateline_mention(record)
    if dateline and not _overlaps(dateline, _covered(found)):
        found.append(dateline)
    return sorted(found, key=lambda m: m.start)


def _model_mentions(doc, body: str) -> Iterable[Mention]:
    gaz = gazetteer()
    for ent in doc.ents:
        start, end, text = _trim(_extended(ent), body)
        if not text:
            continue
        if ent.label_ in ENTITY_LABELS:
            if name_key(text) not in NOT_PLACES:
                yield Mention(start, end, text, "model", ent.label_)
        elif ent.label_ == "NORP" and gaz.demonym(text):
            yield Mention(start, end, text, "norp", ent.label_)


def _extended(ent):
    """``Trinidad`` -> ``Trinidad and Tobago``, ``U.S.`` -> ``U.S. Virgin Islands``: the model's span grown to
    the longest gazetteer name that starts with it."""
    if ent.label_ not in ENTITY_LABELS:
        return ent
    doc = ent.doc
    for extra in range(MAX_NGRAM - 1, 0, -1):
        if ent.end + extra <= len(doc):
            longer = doc[ent.start:ent.end + extra]
            if _capitalised(longer[-1]) and gazetteer().has_name(longer.text):
                return longer
    return ent


def _trim(ent, body: str) -> tuple[int, int, str]:
    """Drop a leading ``the`` and a trailing possessive from an entity span; a possessive followed by a
    place-word is part of a building's name (``St. Peter's Basilica``)."""
    tokens = list(ent)
    doc, end = ent.doc, ent.end
    if tokens and tokens[-1].text not in ("'s", "\u2019s") and end < len(doc) and doc[end].text in ("'s", "\u2019s"):
        end += 1  # "St. Peter" + "'s"
    if end > ent.end or (tokens and tokens[-1].text in ("'s", "\u2019s")):
        if end < len(doc) and _capitalised(doc[end]) and PLACE_WORDS.fullmatch(doc[end].text):
            tokens = list(doc[ent.start:end + 1])
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "\u2019s", "'", "\u2019"):
        tokens = tokens[:-1]
    if not tokens:
        return 0, 0, ""
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return start, end, body[start:end]


CAPITAL_PHRASE = re.compile(r"\b(?:the\s+)?(?P<word>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+capital\b(?!\s+(?:city\s+)?of\b)")


def _capital_mentions(body: str) -> Iterable[Mention]:
    """``the French capital`` -> a mention resolved to Paris."""
    gaz = gazetteer()
    for match in CAPITAL_PHRASE.finditer(body):
        country = gaz.demonym(match.group("word"))
        if country is not None and country.feature == "country":
            yield Mention(match.start("word"), match.end(), body[match.start("word"):match.end()], "capital")


def _covered(mentions: Iterable[Mention]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in mentions]


def _overlaps(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


def _gazetteer_mentions(doc) -> Iterable[Mention]:
    """Capitalised token runs that name a prominent place or are a place-word, outside person names."""
    name_parts = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    persons: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in MISTAGGED_MIN_POPULATION and _mistagged_place(ent, name_parts):
            yield Mention(ent.start_char, ent.end_char, ent.text, "gazetteer", ent.label_)
            persons.update(t.i for t in ent)
        elif ent.label_ == "PERSON" and not _after_locative(ent):
            persons.update(t.i for t in ent)
    i = 0
    while i < len(doc):
        found = None if i in persons or not _capitalised(doc[i]) else _longest_match(doc, i, persons)
        if found is None:
            i += 1
            continue
        if doc[i].lower_ == "the" and found[1] > i + 1 and not _named_with_the(found[0].text) \
                and not _inside_longer_name(doc, i, found[1]):
            inner = _longest_match(doc, i + 1, persons)  # "The European Union" -> "European Union"
            found = inner if inner is not None and inner[1] == found[1] else found
        yield found[0]
        i = found[1]


def _mistagged_place(ent, name_parts: set[str]) -> bool:
    """``Samos``, ``Hampshire`` tagged PERSON, ``Qamishli`` tagged ORG: one word that is a known place,
    never part of a longer person's name in the article, and not the subject of "said"."""
    if len(ent) != 1 or ent[0].lower_ in name_parts or not _capitalised(ent[0]) or ent[0].is_stop:
        return False
    if len(ent.text) <= 3:
        return False  # short forms go through the stricter rules for untagged names
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if following in SPEECH_VERBS or ent[0].lower_ in NOT_PLACES:
        return False
    if gazetteer().demonym(ent.text):
        return True
    key = name_key(ent.text)
    for entry in gazetteer().lookup(ent.text):
        if entry.feature in STRONG_FEATURES and entry.feature != "region":
            return True
        if (entry.feature in ("city", "admin2") and name_key(entry.name) == key
                and entry.population >= MISTAGGED_MIN_POPULATION[ent.label_]):
            return True
    return False


def _after_locative(span) -> bool:
    """``in Cork``: a name right after a locative preposition."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha or token.text in ("U.S.", "U.K.", "T&T", "E.U.")


def _inside_longer_name(doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` lie inside a longer entity ("The Chad" of "The Chad Smith Band")."""
    return any(ent.start <= start and end <= ent.end and ent.end - ent.start > end - start for ent in doc.ents)


def _named_with_the(text: str) -> bool:
    """The place's own name starts with "The" ("The Hague"), unlike "the European Union"."""
    return any(entry.name.lower().startswith("the ") for entry in gazetteer().lookup(text))


def _longest_match(doc, i: int, persons: set[int]) -> tuple[Mention, int] | None:
    for n in range(min(MAX_NGRAM, len(doc) - i), 0, -1):
        span = doc[i:i + n]
        if any(t.i in persons for t in span) or not _capitalised(span[-1]):
            continue
        if n == 1 and ((span[0].is_stop and not span[0].text.isupper()) or span[0].lower_ in NOT_PLACES):
            continue
        how = "demonym" if gazetteer().demonym(span.text) else _untagged_name(span)
        if how:
            return Mention(span.start_char, span.end_char, span.text, how), i + n
    return None


def _untagged_name(span) -> str | None:
    """``gazetteer`` when a name the model did not tag is prominent enough to be a place."""
    text = span.text
    short = len(text.replace(".", "")) <= 3
    if short and not text.isupper():
        return None
    key = name_key(text)
    for entry in gazetteer().lookup(text):
        if entry.feature in STRONG_FEATURES and not (short and entry.feature not in ("country", "union")):
            return "gazetteer"
        if entry.feature == "admin2" and key.endswith(ADMIN2_WORDS) and name_key(entry.name) == key:
            return "gazetteer"  # "Rapides Parish": the name says what it is
        if entry.feature not in ("city", "admin2") or name_key(entry.name) != key:
            continue
        if entry.population >= MIN_UNTAGGED_CITY_POPULATION and not span[0].is_sent_start:
            return "gazetteer"
        if entry.population >= MIN_LOCATIVE_POPULATION and _after_locative(span):
            return "gazetteer"
    return None


def _dateline_mention(record: Record) -> Optional[Mention]:
    dateline = record.dateline
    if not dateline or not dateline.place:
        return None
    head = dateline.place.split(",")[0].strip()
    start = record.body.lower().find(head.lower(), dateline.span[0], dateline.span[1])
    if start < 0:
        return None
    return Mention(start, start + len(head), record.body[start:start + len(head)], "dateline", "GPE")


# --- resolution ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    countries: Counter  # ISO code -> weight of the article's unambiguous places there
    admin1: set  # admin-1 codes named in the article
    locality: Optional[GeoEntry]  # the article's main town, for names the gazetteer lacks
    points: tuple  # (name key, lat, lon) of the towns the article names, for proximity
    home: Optional[str] = None  # the outlet's country (ISO alpha-2), from its web address


def resolve(mentions: list[Mention], record: Record) -> list[Place]:
    candidates = [_candidates(m) for m in mentions]
    qualifiers = [_qualifier(mentions, i, record.body) for i in range(len(mentions))]
    keys = [name_key(m.text) for m in mentions]
    states = [wants_admin1(record.body, m.end) for m in mentions]
    first = [_pick(c, None, q, k, s) for c, q, k, s in zip(candidates, qualifiers, keys, states)]
    context = _context(first, keys, outlet_country(record))
    picked = [_pick(c, context, q, k, s) for c, q, k, s in zip(candidates, qualifiers, keys, states)]
    for i, qualifier in enumerate(qualifiers):
        here = picked[i]
        if qualifier and here is not None:
            picked[i + 1] = _containing(here, candidates[i + 1]) or picked[i + 1]
    places = []
    for mention, entry in zip(mentions, picked):
        part = None if entry is not None else _part_place(mention, context)
        places.append(_place(mention, entry or part, context, partial=part is not None))
    return places


def _part_place(mention: Mention, context: Context) -> Optional[GeoEntry]:
    """``Lake Manassas`` -> Manassas: the longest known place name inside an unknown one, in the
    article's countries."""
    words = [w for w in re.split(r"[\s,]+", mention.text) if w]
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = words[i:i + n]
            if not part[0][:1].isupper() or all(PLACE_WORDS.fullmatch(w) or w.lower() in NOT_PLACES for w in part):
                continue
            key = name_key(" ".join(part))
            cands = [(e, True) for e in gazetteer().lookup(" ".join(part))
                     if e.country in context.countries and e.feature != "continent"]
            if cands:
                return _pick(cands, context, None, key)
    return None


def _containing(place: GeoEntry, cands: list[tuple[GeoEntry, bool]]) -> Optional[GeoEntry]:
    """Of the qualifier's candidates (``Georgia`` after ``Atlanta,``), the one that contains ``place``."""
    for entry, _primary in cands:
        if entry.feature == "admin1" and entry.admin1 and entry.admin1 == place.admin1:
            return entry
        if entry.feature == "country" and entry.country == place.country:
            return entry
    return None


def _candidates(mention: Mention) -> list[tuple[GeoEntry, bool]]:
    """Gazetteer entries for a mention, each with whether the name is the entry's own name."""
    gaz = gazetteer()
    if mention.how == "capital":
        country = gaz.demonym(mention.text.rsplit(" ", 1)[0])
        capital = gaz.capital(country.country) if country and country.country else None
        return [(capital, True)] if capital else []
    key = name_key(mention.text)
    entries = gaz.lookup(mention.text)
    place = gaz.demonym(mention.text)
    if place is not None and (mention.how in ("norp", "demonym") or not entries):
        return [(place, True)]
    for suffix in (" county", " parish"):
        if not entries and key.endswith(suffix):
            entries = [e for e in gaz.lookup(key[:-len(suffix)]) if e.feature == "admin2"]
    return [(e, name_key(e.name) == key) for e in entries]


def _qualifier(mentions: list[Mention], i: int, body: str) -> Optional[str]:
    """``Texas`` for ``Paris, Texas``: the next mention when only a comma separates them."""
    if i + 1 >= len(mentions):
        return None
    gap = body[mentions[i].end:mentions[i + 1].start]
    return mentions[i + 1].text if gap.strip() == "," else None


def _score(entry: GeoEntry, primary: bool, context: Optional[Context], qualifier_places: list[GeoEntry],
           key: str, state: bool = False) -> float:
    base, weight = FEATURE_PRIOR.get(entry.feature, (0.0, 1.0))
    score = base + weight * math.log10(entry.population + 1) + (PRIMARY_NAME_BONUS if primary else 0.0)
    if state and entry.feature == "admin1":  # "New York Gov.", "a Delaware company"
        score += QUALIFIER_BONUS
    if context and context.home and entry.country == context.home and entry.feature not in ("country", "continent"):
        score += OUTLET_COUNTRY_BONUS
    if context and entry.country and entry.feature not in ("country", "continent"):
        countries = context.countries
        total = sum(countries.values()) or 1
        score += SAME_COUNTRY_BONUS * countries.get(entry.country, 0) / total
        if entry.admin1 and entry.admin1 in context.admin1 and entry.feature != "admin1":
            score += 1.0
        score += _proximity(entry, context.points, key)
    for q in qualifier_places:
        if (q.feature == "admin1" and entry.admin1 == q.admin1) or (q.feature == "country" and entry.country == q.country):
            score += QUALIFIER_BONUS
    return score


def _proximity(entry: GeoEntry, points: tuple, key: str) -> float:
    """Bonus for a town near the other towns the article names (local news stays local)."""
    if entry.feature not in ("city", "admin2"):
        return 0.0
    nearest = min((_km(entry.lat, entry.lon, lat, lon) for other, lat, lon in points if other != key),
                  default=math.inf)
    return next((bonus for km, bonus in NEAR_BONUS if nearest <= km), 0.0)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _pick(cands: list[tuple[GeoEntry, bool]], context: Optional[Context], qualifier: Optional[str],
          key: str, state: bool = False) -> Optional[GeoEntry]:
    if not cands:
        return None
    qualifier_places = [e for e in gazetteer().lookup(qualifier) if e.feature in ("admin1", "country")] if qualifier else []
    cands = _unshadowed(cands)
    return max(cands, key=lambda c: _score(c[0], c[1], context, qualifier_places, key, state))[0]


def _unshadowed(cands: list[tuple[GeoEntry, bool]]) -> list[tuple[GeoEntry, bool]]:
    """``Wyoming``, ``Delaware``: a town named after a state of its own country, lying in another state
    and not a big city itself, is not what the name means (Washington, D.C. is big enough to stay)."""
    states = {(e.country, e.admin1) for e, primary in cands if e.feature == "admin1" and primary}
    if not states:
        return cands
    countries = {country for country, _ in states}
    kept = [(e, primary) for e, primary in cands
            if not (e.feature in ("city", "admin2") and e.country in countries and (e.country, e.admin1) not in states
                    and e.population < SHADOW_MAX_POPULATION)]
    return kept or cands


def _context(first: list[Optional[GeoEntry]], keys: list[str], home: Optional[str] = None) -> Context:
    countries: Counter = Counter([home] if home else [])  # the outlet's country counts as one place named
    admin1: set = set()
    towns: Counter = Counter()
    points = {(key, e.lat, e.lon) for key, e in zip(keys, first) if e is not None and e.feature in ("city", "admin2")}
    for entry in first:
        if entry is None or not entry.country:
            continue
        countries[entry.country] += 1
        if entry.feature in ("admin1", "admin2") and entry.admin1:  # "Rapides Parish": Louisiana's towns
            admin1.add(entry.admin1)
        if entry.feature in ("city", "admin2"):
            towns[entry] += 1
    top = countries.most_common(1)[0][0] if countries else None
    local = [(n, e) for e, n in towns.items() if e.country == top]
    locality = max(local, key=lambda pair: (pair[0], pair[1].population))[1] if local else None
    if locality is None and top:
        locality = next((e for e in first if e is not None and e.country == top), None)
    return Context(countries, admin1, locality, tuple(points), home)


def _place(mention: Mention, entry: Optional[GeoEntry], context: Context, partial: bool = False) -> Place:
    if entry is None:
        near = context.locality
        return Place(name=mention.text, span=(mention.start, mention.end),
                     lat=near.lat if near else None, lon=near.lon if near else None,
                     country=near.country if near else None,
                     feature=MODEL_LABEL_FEATURE.get(mention.label, "place"), gazetteer_id=None,
                     confidence=0.2 if near else 0.1, method=f"{mention.how}+locality" if near else mention.how)
    confidence = {"model": 0.8, "dateline": 0.85, "norp": 0.75, "demonym": 0.7, "gazetteer": 0.65,
                  "capital": 0.8}[mention.how]
    kind = "demonym" if mention.how in ("norp", "demonym") or _only_demonym(mention.text) else "toponym"
    if partial:  # the place the unknown name sits in: its point, not its identity
        return Place(name=mention.text, span=(mention.start, mention.end), lat=entry.lat, lon=entry.lon,
                     country=entry.country, feature=MODEL_LABEL_FEATURE.get(mention.label, "place"),
                     gazetteer_id=None, confidence=0.45, method=f"{mention.how}+part")
    return Place(name=mention.text, span=(mention.start, mention.end), lat=entry.lat, lon=entry.lon,
                 country=entry.country, feature=entry.feature, gazetteer_id=entry.gid,
                 confidence=confidence, method=f"{mention.how}+gazetteer", kind=cast(PlaceKind, kind))


def _only_demonym(text: str) -> bool:
    """``Iraqi`` tagged as a place by the model: a place-word, not a place's name."""
    return gazetteer().demonym(text) is not None and not gazetteer().has_name(text)
