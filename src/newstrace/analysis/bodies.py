"""Named bodies: which kind a body's name is (government, organization, outlet), from the data tables (issue 12).

``sources_government.tsv`` (government bodies and acronyms by name) and the Phoenix state bodies fitted into
``sources_kinds_fitted.tsv``; ``sources_body_heads.tsv`` (the last word of a named body); ``actors_igo.tsv``
(international organisations); the outlets table. Used by the article's cast (``people``).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from .body_places import country_words as _country
from .body_places import sector_words as _sector_words
from .body_places import state_or_country as _state_or_country
from .body_places import state_words as _state_words
from .entities import LEADING, POSSESSIVE, media_nouns, outlet_of, table_lines, the_outlet
from .quotes.cues import fitted_kind_rows, kind_of_noun
from .quotes.syntax import text_of

# head nouns that make a described body a government ("the state said") but not a named one
# ("Islamic State", "Ohio State", "Penn State")
NAMED_NOT_GOVERNMENT = frozenset(("state", "city"))
# last words of a body's name the model may tag as a person ("Dick Clark Productions")
ORG_SUFFIXES = frozenset("productions inc inc. corp corp. co co. company group llc ltd ltd. plc holdings "
                         "partners capital bank institute university foundation association entertainment "
                         "records studios hospital clinic college school museum academy "
                         # firms that rate, advise and forecast ("Fitch Ratings", "Capital Economics", "Jefferies
                         # Securities"): no one bears the word as a surname
                         "ratings securities economics analytics consulting advisors advisers "
                         # industries that close a company's name and no one's ("Hollis Motors", "Skyline Airways")
                         "motors airlines airways aerospace pharma labs laboratories semiconductor semiconductors "
                         "mining logistics software networks ventures chemicals biotech".split())
# media nouns for the press in general, not one outlet ("reporter Ana Ruiz" is a person)
PRESS_WORDS = frozenset("reporter reporters journalist journalists correspondent press media".split())


@functools.lru_cache(maxsize=1)
def org_suffixes() -> frozenset[str]:
    """Last words of a company's or body's name, never a person's: ``ORG_SUFFIXES`` and the company heads fitted on
    the Phoenix company names (``orghead`` rows of ``sources_kinds_fitted.tsv``: "Bancorp", "Pharmaceuticals")."""
    return ORG_SUFFIXES | {row[1] for row in fitted_kind_rows() if row[0] == "orghead"}


@functools.lru_cache(maxsize=1)
def government_bodies() -> frozenset[str]:
    """Names and acronyms of government bodies, lower-case (``data/sources_government.tsv`` and the Phoenix
    state bodies of ``data/sources_kinds_fitted.tsv``)."""
    fitted = {row[1] for row in fitted_kind_rows() if row[0] == "body" and row[2] == "government"}
    return frozenset(fitted | {line.split("\t")[0].strip().lower() for line in table_lines("sources_government.tsv")})


@functools.lru_cache(maxsize=1)
def nonstate_bodies() -> frozenset[str]:
    """Names of rebel and insurgent groups, lower-case (``body`` rows of ``sources_kinds_fitted.tsv`` typed
    organization: the Phoenix REB/INS actors whose head word reads as a state body's, "Free Syrian Army")."""
    return frozenset(row[1] for row in fitted_kind_rows() if row[0] == "body" and row[2] == "organization")


@functools.lru_cache(maxsize=1)
def named_body_heads() -> dict[str, str]:
    """last word of a named body -> kind (``data/sources_body_heads.tsv``)."""
    rows = (line.split("\t") for line in table_lines("sources_body_heads.tsv"))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and row[0] != "head"}


@functools.lru_cache(maxsize=1)
def international_bodies() -> frozenset[str]:
    """Names and acronyms of international organisations, lower-case (``data/actors_igo.tsv``)."""
    return frozenset(line.split("\t")[0].strip() for line in table_lines("actors_igo.tsv")[1:])


# a committee or panel of a legislature is the legislature's ("the House Intelligence Committee")
LEGISLATURE_WORDS = frozenset("house senate congressional parliamentary legislative parliament".split())
COMMITTEE_WORDS = frozenset("committee subcommittee panel".split())
# a council or board of a town, county or state is government ("the city council", "the State Council")
ASSEMBLY_WORDS = frozenset("council board assembly".split())
LOCAL_WORDS = frozenset("city county town municipal borough district parish state provincial regional security".split())
# the sports whose national bodies are named "<country> <sport> Board/Council" (a sport's body, not the state's)
SPORT_WORDS = frozenset("cricket football soccer rugby hockey tennis golf basketball baseball athletics cycling "
                        "swimming boxing olympic paralympic".split())
# body heads that may open a name ("Police Scotland")
LEADING_HEADS = frozenset("police army navy".split())


@functools.lru_cache(maxsize=1)
def _state_phrases() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(whole names, closing words) of the state-body phrases of the Phoenix agents (``phrase`` rows of
    ``sources_kinds_fitted.tsv``): "council of state" names a body only whole, "central bank" also closing a name
    ("Reserve Bank of India" by its "reserve bank", "the European Central Bank")."""
    rows = [row[1] for row in fitted_kind_rows() if row[0] == "phrase"]
    return frozenset(rows), frozenset(tuple(r.split()) for r in rows if not _JOINED.search(r))


_JOINED = re.compile(r"\b(?:of|for|to|on|in|and|with|without)\b")


def names_state_body(name: str) -> bool:
    """Whether a body's name or description says it is a state body by a Phoenix agent phrase ("the central bank",
    "Reserve Bank of India", "the fire department", "law enforcement")."""
    low = re.sub(r"\s+(?:of|for|on|and)$", "", " ".join(bare_name(name).lower().replace("-", " ").split()))
    whole, closing = _state_phrases()  # ("Council of Ministers of": a name the model cut before its country)
    if low in whole:
        return True
    if re.search(r"\s(?:for|on)\s", low):
        return False  # "National Council for Liberties in Tunisia": a body for a cause, often not the state's
    head = low.split(" of ")[0].split()
    return any(tuple(head[-n:]) in closing for n in range(2, min(len(head), 5) + 1))


def described_kind(token, kind: Optional[str]) -> Optional[str]:
    """The kind of a body described by a common noun and its modifiers ("the central bank", "the city council",
    "law enforcement"): government when the phrase names a state body, whatever its head noun says alone."""
    if kind not in (None, "organization", "government") or token.pos_ not in ("NOUN", "PROPN") or \
            not token.text.islower():
        return kind
    if kind == "government" and located(token):
        return "organization"  # "the Nairobi-based watchdog": a body placed by its seat is no state's own
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and token.lower_ in COMMITTEE_WORDS and body_kind(f"{owner.text} {token.text}") == "government":
        return "government"  # "Parliament's ethics committee", "the Knesset's panel": a legislature's committee
    words = [token]
    while words[0].i > 0 and words[0].nbor(-1).dep_ in ("compound", "amod") and words[0].nbor(-1).head.i in \
            (token.i, words[0].i) and words[0].nbor(-1).pos_ in ("NOUN", "ADJ", "PROPN"):
        words.insert(0, words[0].nbor(-1))
    if len(words) < 2 and kind != "government":
        return kind
    if kind == "government":  # "the UN nuclear watchdog", "the U.N. agency": a body of many countries
        phrase = [w.lower_ for w in token.doc[token.left_edge.i:token.i + 1] if w.pos_ != "DET"]
        return "organization" if _international(" ".join(phrase)) else kind
    return "government" if body_kind(" ".join(w.text for w in words)) == "government" else kind


def located(token) -> bool:
    """Whether a noun is placed by "<place>-based" ("the Geneva-based group", "a London-based watchdog"). In PolNeAR's
    837 training articles "<place>-based" comes before firms, companies, pollsters, groups, a nonprofit and people
    (an attorney, a professor), never before a state's body: a state body needs no seat to be told apart."""
    return any(c.dep_ == "amod" and c.lower_ == "based" and any(g.dep_ in ("npadvmod", "compound") for g in c.children)
               for c in token.lefts)


def body_kind(name: str) -> str:
    """outlet, government or organization for a named body."""
    bare = bare_name(name)
    if outlet_of(name) or outlet_of(bare):
        return "outlet"
    if any(w in media_nouns() - PRESS_WORDS for w in bare.split()[:-1] if w.islower()):
        return "outlet"  # "state news agency KTNA", "the daily Kommersant" tagged as one body
    low = bare.lower()
    if re.search(r"\S-based\s", low):
        return "organization"  # "the Vienna-based agency" (``located``)
    if _listed_government(low) or _listed_government(_without_country(bare).lower()) or \
            _listed_government(_before_of(low)):
        return "government"
    if low in nonstate_bodies():
        return "organization"  # "Free Syrian Army": a rebel group of the Phoenix dictionaries, whatever its head
    if low in international_bodies() or low.replace(".", "") in international_bodies() or _international(low):
        return "organization"  # the UN, the WHO, NATO (the annotation guide's organization)
    if names_state_body(bare) or national_capital(bare) or country_name(bare):
        return "government"  # ("Berlin said", "Azerbaijan said": a capital or a country acting is its government)
    owned = _before_country(bare)  # "Council of Ministers of Bulgaria", "Federal Council of Switzerland"
    if owned and (names_state_body(owned) or " of " not in owned and owned.lower().split()[-1] in STATE_ASSEMBLIES
                  and not _sector_words(owned.lower().split()[:-1])):
        return "government"  # (not "Business Council of British Columbia": a trade's council, Phoenix BUS)
    if re.match(r"(?:congress|parliament) of ", low) and not _state_words(low.split(" of ", 1)[1]):
        return "organization"  # "Congress of South African Trade Unions": a congress of no state's people or place
    head = re.split(r"\s+(?:of|for|on)\s+", re.sub(r"\s+(?:of|for|on|and|&)$", "", low))[0].split()  # ("Supreme
    kind = kind_of_noun().get(head[-1]) if head else None  # Court of" cut before its country by the model)
    if kind == "government" and head[-1] not in NAMED_NOT_GOVERNMENT or head and \
            named_body_heads().get(head[-1]) == "government":
        return "government"
    owners = {POSSESSIVE.sub("", w) for w in head[:-1]}  # "Parliament's ethics committee", "the Knesset's panel"
    if head and head[-1] in COMMITTEE_WORDS and (LEGISLATURE_WORDS & owners or any(map(_listed_government, owners))):
        return "government"
    if head and head[-1] in ASSEMBLY_WORDS and LOCAL_WORDS & set(head):
        return "government"  # "the city council", "Kent County Council", "the National Security Council"
    if len(head) >= 2 and head[-1] in ASSEMBLY_WORDS | {"senate"} and not SPORT_WORDS & set(head) and \
            any(_state_or_country(bare.split()[:n]) for n in (1, 2) if n < len(head)):
        return "government"  # "Illinois Board of Elections", "Texas Senate" (not "Business Council of British Columbia",
        # "Pakistan Cricket Board": a sport's national body)
    words = low.split()
    if any(_listed_government(" ".join(words[-n:])) for n in (2, 3) if len(words) > n):
        return "government"  # "the Obama White House": the White House of a president's years
    if head and head[0] in LEADING_HEADS and kind_of_noun().get(head[-1]) != "organization" and \
            head[-1] not in org_suffixes() and head[-1] not in ("federation", "union", "association"):
        return "government"  # "Police Scotland"
    acronyms = [w.replace(".", "").lower() for w in bare.split() if len(w.replace(".", "")) >= 2
                and w.replace(".", "").isupper()]
    if any(word in government_bodies() or POLICE_LETTERS.fullmatch(word) for word in acronyms) and \
            low.split()[-1].rstrip(".") not in org_suffixes():  # ("NYPD", "LAPD": a city's police department)
        return "government"  # "the FBI's Buffalo office" (not "CDC Software Corporation")
    return "organization"


POLICE_LETTERS = re.compile(r"[a-z]{1,4}pd")
# heads of an assembly that is a state's when "of" names the state ("National Assembly of Kenya")
STATE_ASSEMBLIES = ASSEMBLY_WORDS | {"congress", "parliament", "senate"}


def _before_country(bare: str) -> str:
    """A body's name before "of" and a country, a state or a state body (``Federal Council of Switzerland`` ->
    ``Federal Council``), or "" when "of" names none ("Council of Europe", "Congress of Racial Equality")."""
    before, _, tail = bare.rpartition(" of ")
    tail = re.sub(r"^the\s+", "", tail, flags=re.I)
    state = tail and (_state_or_country(tail.split()) or listed_government(tail) or names_state_body(tail))
    if not before or not state or _country(before.split()[:1]):
        return ""  # "Armenian Assembly of America": one people's body in another country, not that state's
    return before  # ("Supreme Council of the Armed Forces": of a state body)


def _before_of(low: str) -> str:
    """A listed body's name of two words or more before "of": "general staff of the armed forces" -> "general staff"
    (not one word: "Congress of South African Trade Unions" is no congress of a state)."""
    before = re.split(r"\s+of\s+", low)[0]
    return before if before != low and len(before.split()) >= 2 else ""


def listed_government(name: str) -> bool:
    """Whether a name is one of the government bodies the tables list by name ("Duma", "Kremlin", "Number 10")."""
    return _listed_government(bare_name(name).lower())


def _listed_government(low: str) -> bool:
    return low in government_bodies() or low.replace(".", "") in government_bodies()


def _without_country(bare: str) -> str:
    """A body's name without the country or demonym opening it: ``U.S. Centers for Disease Control and Prevention``
    -> ``Centers for Disease Control and Prevention`` (the tables list bodies by their own name)."""
    words = bare.split()
    for n in (2, 1):
        if len(words) > n and _country(words[:n]):
            return " ".join(words[n:])
    return bare


# a body of many countries is an organization whatever its head noun ("International Atomic Energy Agency", "the
# UN refugee agency", "Amnesty International"): the guide's UN/WHO; the explicit tables above win
INTERNATIONAL_FIRST = frozenset("international intergovernmental world global".split())
INTERNATIONAL_ANY = frozenset(("un", "u.n."))


def international(low: str) -> bool:
    """Whether a body's lower-case name or description says it is a body of many countries ("the un health agency",
    "world health organization"), or names one of the international organisations of ``actors_igo.tsv``."""
    bare = bare_name(low)
    return _international(bare) or bare in international_bodies() or bare.replace(".", "") in international_bodies()


def _international(low: str) -> bool:
    words = low.split()
    return bool(words) and (words[0] in INTERNATIONAL_FIRST or words[-1] == "international" or
                            bool(INTERNATIONAL_ANY & set(words[:2])) or "united nations" in low)


def bare_name(text: str) -> str:
    return " ".join(POSSESSIVE.sub("", LEADING.sub("", text.strip(" *\u2020"))).split())


def own_possessive(doc, name: str) -> Optional[str]:
    """``Moody's``, ``Standard & Poor's``: the name with its "'s" when the "'s" is part of it -- the article never
    writes the name without it, and at least once nothing is owned ("Moody's said", "cut by Moody's."): the word after
    is a verb, an adverb or punctuation, not the noun a possessive needs ("Apple's shares fell" keeps "Apple")."""
    owns_nothing, suffix = False, ""
    for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])(['\u2019]s\b)?", text_of(doc)):
        if match.group(1) is None:
            return None  # written bare too: the "'s" is a possessive
        suffix = match.group(1)
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        after = next((t for t in doc[words.end:] if not t.is_space), None) if words is not None else None
        owns_nothing = owns_nothing or after is None or after.pos_ in ("VERB", "AUX", "ADV", "PUNCT", "ADP", "CCONJ")
    return name + suffix if owns_nothing else None


def national_capital(name: str) -> bool:
    """Whether a name is a country's capital city in the gazetteer ("Berlin", "Kyiv", "Washington")."""
    from .gazetteer import gazetteer
    for place in gazetteer().lookup(name):
        capital = gazetteer().capital(place.country) if place.country else None
        if capital is not None and capital.gid == place.gid:
            return True
    return False


def country_name(name: str) -> bool:
    """Whether a name is, as written, a country's name in the gazetteer ("Azerbaijan", "Sri Lanka"; no demonym:
    "American" is an airline's short name as often as a people's)."""
    from .gazetteer import gazetteer
    return any(p.feature == "country" and p.name == name for p in gazetteer().lookup(name))


def opens_with_country(name: str) -> bool:
    """Whether a name's first word, or the whole name, is a country or a first-level division of the gazetteer
    ("Georgia Power"; "Hong Kong", "Sierra Leone": a first name opening a place's name is no person's)."""
    words = bare_name(name).split()
    return bool(words) and (_state_or_country(words[:1]) or _state_or_country(words))


def shortens(short: str, name: str) -> bool:
    """Whether a one-word name is the short form of a longer body's name: its first word ("JPMorgan" of "JPMorgan
    Chase & Co", "Goldman" of "Goldman Sachs") or the opening of that word, capitalised ("Fed" of "Federal Reserve")."""
    words = bare_name(name).split()
    first, short = words[0], bare_name(short).replace(" ", "")  # "JP Morgan" is "JPMorgan"
    return len(words) >= 2 and len(short) >= 3 and (short == first or short[:1].isupper() and not short.isupper() and
                                len(short) < len(first) and first.startswith(short))


def inverted(name: str) -> Optional[str]:
    """``Department of Justice`` -> ``Justice Department``, ``Ministry of Health`` -> ``Health Ministry``: the other
    way of writing a body named by its head and what it does (one ``of``, capitalised words)."""
    words = bare_name(name).split()
    if len(words) < 3 or words.count("of") != 1 or words[1] != "of" or not all(w[:1].isupper() for w in words[2:]):
        return None
    return " ".join(words[2:] + words[:1])


# British and American spellings of the words bodies are named with: one body however the page spells it
SPELLINGS = {"defence": "defense", "organisation": "organization", "programme": "program", "labour": "labor",
             "centre": "center", "offence": "offense"}


def spelling_key(name: str) -> str:
    """A body's name as one key however it is written: lower case, American spelling, the head noun last
    (``Ministry of Defence``, ``the defense ministry`` -> ``defense ministry``)."""
    name = inverted(name) or bare_name(name)
    return " ".join(SPELLINGS.get(w, w) for w in name.lower().split())


def office_name(doc, span: tuple[int, int], bare: str) -> str:
    """The name of an office the model tagged without its holder: ``Office`` of ``the U.S. Attorney's Office``,
    ``General's Office`` of ``the Attorney General's Office`` -> the whole name, up to the holder's role (a
    capitalised noun for a person: attorney, sheriff, governor) and the proper nouns compounded before it."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return bare
    marks = [k for k in range(tokens.start - 1, tokens.end) if k >= 0 and doc[k].lower_ in ("'s", "\u2019s")]
    if not marks:
        return bare
    start = marks[0] + 1  # the first word after the holder's possessive
    holder = doc[start - 2] if start >= 2 else None
    if holder is None or holder.pos_ != "PROPN" or kind_of_noun().get(holder.lower_) != "anonymous":
        return bare
    first = holder
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ in ("compound", "poss"):
        first = doc[first.i - 1]
    return bare_name(text_of(doc)[first.idx:span[1]])


def country_owner(doc, span: tuple[int, int], bare: str) -> Optional[tuple[str, str, str]]:
    """(country code, the body's name with its country, the name without it) for a body named by what it does and the country it
    belongs to: ``Russia's Foreign Ministry`` (a country in the possessive before the name) or ``Russian Foreign
    Ministry`` (a country's demonym opening it). Two countries' foreign ministries are two bodies."""
    from .gazetteer import gazetteer
    words = bare.split()
    if len(words) >= 2:  # ("UK Ministry of Defence": a country's name opening it as well)
        place = gazetteer().demonym(words[0]) or next(
            (gazetteer().entry(i) for i in gazetteer().countries_named(words[0])), None)
        if place is not None and place.feature == "country" and place.country:
            return place.country, bare, " ".join(words[1:])
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or tokens.start < 2 or doc[tokens.start - 1].lower_ not in ("'s", "\u2019s"):
        return None
    owner = next((e for e in doc.ents if e.end == tokens.start - 1 and e.label_ == "GPE"), None)
    if owner is None:
        return None
    place = next((p for p in gazetteer().lookup(bare_name(owner.text)) if p.feature == "country"), None)
    if place is None or not place.country:
        return None
    return place.country, f"{bare_name(owner.text)}{doc[tokens.start - 1].text} {bare}", bare


# nouns for the press people of one outlet ("a CNBC reporter", "Sky News's correspondent")
PRESS_PEOPLE = frozenset("reporter correspondent journalist anchor".split())


def told_outlet(doc, span: tuple[int, int]) -> bool:
    """Whether the body named at ``span`` is where a speaker's words went: ``told CNBC``, ``in an interview with
    X``, ``speaking to X``, ``a X reporter``. On PolNeAR's training articles the bodies told so are news outlets
    (POLITICO, CNN, Fox News, ...) save government ones ("told the FBI"), which the tables type first."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    root = tokens.root
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell" and head.pos_ == "VERB":
        return True
    if root.dep_ == "pobj" and head.lower_ in ("to", "with"):
        verb = head.head
        return verb.lemma_ in ("speak", "talk") and verb.pos_ == "VERB" or verb.lemma_ == "interview"
    return root.dep_ in ("compound", "poss") and head.lemma_.lower() in PRESS_PEOPLE | {"interview"}


def reported(doc, span: tuple[int, int]) -> bool:
    """Whether the body named at ``span`` is the subject of ``report`` with no object ("X reported that ...", "as X
    reported"; not "Acme reported a loss")."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    root, head = tokens.root, tokens.root.head
    return root.dep_ == "nsubj" and head.lemma_ == "report" and head.pos_ == "VERB" and \
        not any(c.dep_ == "dobj" for c in head.children)


def says_what(name: str) -> bool:
    """Whether a body's name says what body it is: its head word ("party", "university", "club", "committee") is in
    the kinds or body-head tables or closes company names ("Bancorp"), and is no word of the press ("Network")."""
    head = re.split(r"\s+(?:of|for|on)\s+", bare_name(name).lower())[0].split()
    return bool(head) and head[-1] not in media_nouns() and kind_of_noun().get(head[-1]) not in ("outlet", "social") \
        and (head[-1] in kind_of_noun() or head[-1] in named_body_heads() or head[-1] in org_suffixes())


def outlets_by_role(doc, entries) -> None:
    """An organization of the article told so (``told_outlet``) or that reports ("Barron's reported that ...") at any
    of its mentions is an outlet unless its name says what body it is. Of the ORG objects of "told" in 300 PolNeAR
    training articles 86 are in the outlets table or read as one, 36 are unknown names (outlets), 2 say what body
    they are (a coalition, a surname): "told the Growers Association" stays an organization. On 400 PolNeAR training
    articles the subjects of an object-less "report" tagged ORG are outlets 27 times (5 of them not in the outlets
    table: "Times", "BFMTV", ...), bodies whose name says what they are 3 times (a party, a university, a budget
    office: left alone), and 3 bodies whose name does not (a company, two political action groups: made outlets)."""
    for named in entries:
        if named.kind == "organization" and any((told_outlet(doc, m) or reported(doc, m)) and not says_what(named.name)
                                                for m in named.mentions):
            named.kind = "outlet"


# nouns of opinion research: a town's name before one is the pollster named after it ("a Monmouth poll")
POLL_NOUNS = frozenset(("poll", "survey"))


def pollsters_by_role(doc, entries) -> None:
    """A place that is only a town in the gazetteer, named before a poll or survey at any of its mentions ("a new
    Monmouth poll", "the Quinnipiac survey"), is the pollster named after it (a university): an organization, not a
    town acting. Of the capitalised names before "poll"/"survey" in PolNeAR's 837 training articles the places
    are states (where the poll was taken: New Hampshire 2, Iowa, Texas; ``poll_place``) or pollsters named after a
    town (Quinnipiac 2)."""
    for named in entries:
        if named.kind == "government" and town(named.name) and bare_name(named.name).lower() not in \
                government_bodies() and any(_before_poll(doc, m) for m in named.mentions):
            named.kind = "organization"


def _before_poll(doc, span: tuple[int, int]) -> bool:
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    return tokens is not None and len(tokens) > 0 and tokens.root.dep_ == "compound" and \
        tokens.root.head.lemma_.lower() in POLL_NOUNS


def poll_place(named, doc, span: tuple[int, int]) -> bool:
    """A state or country named before a poll ("a New Hampshire poll"): where it was taken, not who took it."""
    return named.kind == "government" and _before_poll(doc, span) and not town(named.name)


def kinds_by_description(doc, entries) -> None:
    """A body's kind from how the article describes it beside its name, at any mention (the kind follows the
    entity): ``Kommersant, a business daily`` / ``the newspaper Kommersant`` is an outlet; ``Norges Bank, Norway's
    central bank`` / ``the city council, the Harbourton Board`` is government (a government noun, or a Phoenix
    state-body phrase); ``the Syrian Democratic Forces, a Kurdish-led alliance`` an organization. The model's
    own tag and the tables give the kind otherwise; an apposition only moves a body between body kinds."""
    given = _given_lines()
    for named in entries:  # (a one-word name the model took for a person's: "Kommersant, a business daily")
        if named.kind not in ("organization", "government") and not (
                named.kind == "person" and named.name.split()[0] not in given and " " not in named.name):
            continue
        for span in named.mentions:
            tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
            kind = described_as(tokens.root) if tokens is not None and len(tokens) else None
            if kind is not None and (kind != "organization" or named.kind != "organization" and
                                     named.name.lower() not in government_bodies()):
                named.kind = kind
                break


@functools.lru_cache(maxsize=1)
def _given_lines() -> frozenset[str]:
    """The lines of ``data/names_given.txt`` (read once, not once per article)."""
    return frozenset(table_lines("names_given.txt"))


def described_as(root) -> Optional[str]:
    """The body kind a common noun in apposition to the name at ``root`` gives: outlet for a media noun, else the
    noun's kind with its modifiers (``described_kind``)."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if not noun.text.islower() or noun.ent_type_:
            continue
        if lemma in media_nouns() - PRESS_WORDS - {"agency"} or lemma == "agency" and \
                any(c.lower_ == "news" for c in noun.lefts):
            return "outlet"  # ("a business daily": the model may take "daily" for an adverb)
        if noun.pos_ != "NOUN":
            continue
        kind = described_kind(noun, kind_of_noun().get(lemma))
        if kind in ("organization", "government"):
            return kind
    return None


def untagged_kind(token, span: tuple[int, int], text: str) -> str:
    """The kind of a proper name no table knows and the model left untagged, speaking: as described beside it
    (``described_as``), an outlet when it reports with no object and its name does not say what it is ("Nikkei
    reported that ...", as ``outlets_by_role`` for tagged bodies), else by its name (``body_kind``)."""
    kind = described_as(token) or body_kind(text)
    return "outlet" if kind == "organization" and reported(token.doc, span) and not says_what(text) else kind


def untagged_bodies(doc, tagged: list, person_like) -> list[tuple[str, tuple[int, int]]]:
    """(name, span) of the bodies the model left untagged where they act: a subject that is a proper name of two
    capitalised words or more ("Human Rights Watch said", "Transparency International said"), no person's name
    (``person_like``), no place, no role ("Chief Executive", "the Acme CEO"). Without it the speaker was an unnamed "anonymous"
    source, never one with the body's acronym ("HRW")."""
    from .gazetteer import gazetteer
    out = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN" or token.ent_type_ \
                or token.head.pos_ not in ("VERB", "AUX"):
            continue
        start = token
        while start.i > 0 and doc[start.i - 1].dep_ == "compound" and start.i <= doc[start.i - 1].head.i <= token.i \
                and doc[start.i - 1].pos_ == "PROPN" and not doc[start.i - 1].ent_type_:
            start = doc[start.i - 1]
        span = (start.idx, token.idx + len(token.text))
        name = text_of(doc)[span[0]:span[1]]
        words = name.split()  # a paper after "The" names no person nor role ("The Harlow Courier"; issue 12)
        paper = start.i > 0 and doc[start.i - 1].lower_ == "the" and the_outlet(f"The {name}")
        if len(words) < 2 or any(not w.replace("-", "").replace("&", "").isalpha() or not w[:1].isupper()
                                 or kind_of_noun().get(w.lower()) == "anonymous" and not paper for w in words) \
                or words[-1].isupper() or any(a < span[1] and span[0] < b for a, b in tagged) \
                or person_like(name) and not paper \
                or gazetteer().has_name(name):
            continue
        out.append((name, span))
    return out


def town(name: str) -> bool:
    """A place that is only a city or a county in the gazetteer ("Austin"): never "the state" (unlike "Washington",
    a state too, or "Texas")."""
    from .gazetteer import gazetteer
    features = {p.feature for p in gazetteer().lookup(name)}
    return bool(features) and not features & {"admin1", "country", "region", "union"}


def company_stem(name: str) -> str:
    """A company's name without the words that close one (``UnitedHealth Group`` -> ``unitedhealth``)."""
    words = [w.strip(".,") for w in name.replace("&", "and").lower().split()]
    while len(words) > 1 and (words[-1] in org_suffixes() or words[-1] == "and"):
        words.pop()
    return "".join(words)  # "JP Morgan" = "JPMorgan"


@functools.lru_cache(maxsize=1)
def listed_companies() -> frozenset[str]:
    """Names of companies (lower-case) from the Phoenix actor dictionaries the events stage ships
    (``data/actors_phoenix.tsv.gz``, code MNC on every row of the name): a public table of bodies, read where the
    model tags a company's name as a person's ("Morgan Stanley", "Wells Fargo", "Charles Schwab"; issue 12)."""
    from .actors import dictionary
    return frozenset(name for name, rows in dictionary().items() if all(row[0] == "MNC" for row in rows))


def listed_company(name: str) -> bool:
    """Whether a name of two words or more is a company of ``listed_companies`` (one word may be a surname)."""
    bare = bare_name(name).lower()
    return " " in bare and (bare in listed_companies() or bare.replace("&", "and") in listed_companies())


@functools.lru_cache(maxsize=1)
def listed_stems() -> frozenset[str]:
    """``company_stem`` of every ``listed_companies`` name of two words or more: the table writes the full legal name
    ("barclays plc", "hsbc holdings", "wal-mart stores"), an article the short one ("Barclays said", "HSBC said")."""
    return frozenset(company_stem(name) for name in listed_companies() if " " in name)


def listed_short_name(word: str) -> bool:
    """Whether one word is the short name of a listed company ("Barclays" of "Barclays PLC"): read only where the
    word is no person's name of the article and no given name (a stem may be a surname: "Harris", "Brady")."""
    return word[:1].isupper() and company_stem(word) in listed_stems()
