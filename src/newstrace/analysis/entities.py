"""The ``entities`` stage: spaCy's named entities with newsroom corrections and canonical names.

Corrections, tried in a cascade over the model's entities:

1. outlets (``data/outlets.tsv``, the dateline's outlet, names ending in newspaper words from
   ``data/outlets_words.txt``) are ORG, never PERSON or GPE, and are added when the model missed them;
2. plural nationality and group nouns (``data/entities_demonyms.txt``: Frenchmen, Iraqis) are NORP;
3. known aliases (``data/aliases.tsv``) get their label and one ``canonical`` name
   (Daesh = Islamic State = ISIS = ISIL; the U.S. = United States);
4. a surname after a full name takes the full name as ``canonical``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from importlib import resources

from ..record import Entity, Record

KEEP_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
LEADING = re.compile(r"^(?:the|The|THE)\s+")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def table_lines(name: str) -> list[str]:
    """Lines of one of newstrace's own data tables (``data/NAME``), blank and ``#`` comment lines left out."""
    text = resources.files("newstrace.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def _outlet_rows() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(name, the name and its aliases as written, in_text) of every row of ``data/outlets.tsv``. in_text "no":
    the name alone is not taken for the outlet in text; "cased": taken only as written; else taken."""
    rows = []
    for line in table_lines("outlets.tsv"):
        name, aliases, *rest = line.split("\t") + ["", ""]
        in_text = rest[4].strip() if len(rest) >= 5 else ""
        rows.append((name, (name, *filter(None, aliases.split("|"))), in_text))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """Every outlet name and alias (lower-case) of the rows taken in text -> the outlet's name."""
    names: dict[str, str] = {}
    for name, forms, in_text in _outlet_rows():
        if in_text in ("no", "cased"):
            continue
        for alias in forms:
            names[alias.lower()] = name
            names[LEADING.sub("", alias).lower()] = name
    return names


@functools.lru_cache(maxsize=1)
def cased_outlet_names() -> dict[str, str]:
    """Outlet names taken only as written (in_text "cased": "Business Insider", "The Daily Caller", "Mother Jones"),
    two words or more without "The" -> the outlet's name; never lower-cased, never a place's context."""
    names: dict[str, str] = {}
    for name, forms, in_text in _outlet_rows():
        if in_text != "cased":
            continue
        for alias in forms:
            if len(LEADING.sub("", alias).split()) >= 2:
                names[alias] = names[LEADING.sub("", alias)] = name
    return names


@functools.lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    return frozenset(table_lines("outlets_words.txt"))


@functools.lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    return frozenset(table_lines("outlets_media_nouns.txt"))


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    return frozenset(table_lines("entities_demonyms.txt"))


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, str]]:
    """alias (lower-case) -> (canonical, label or "")."""
    table = {}
    for line in table_lines("aliases.tsv"):
        alias, canonical, label = (line.split("\t") + [""])[:3]
        table[alias.lower()] = (canonical, label)
    return table


@functools.lru_cache(maxsize=1)
def _alias_pattern() -> re.Pattern:
    """Known aliases the model may miss (Daesh); case-sensitive, three characters or more."""
    names = sorted((line.split("\t")[0] for line in table_lines("aliases.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names if len(n) > 2) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern:
    """The outlets taken in text, as the table writes them ("Reuters", "AP"): the match is case-sensitive, so
    the names and aliases keep their case here (outlet_names() holds them lower-cased for look-ups)."""
    written = {LEADING.sub("", form) for _, forms, in_text in _outlet_rows() if in_text not in ("no", "cased")
               for form in forms}  # without a leading "the": "the AP" -> "AP"
    names = sorted(written, key=lambda form: (-len(form), form))  # longest first, in a stable order
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names if len(n) > 2 or n.isupper())
                      + r")(?![\w-])")


def known_outlet(text: str) -> str | None:
    """The outlet of the table a name is (no newspaper-word rule: "Emily Post" is a person)."""
    bare = POSSESSIVE.sub("", LEADING.sub("", text.strip()))
    return outlet_names().get(bare.lower()) or cased_outlet_names().get(bare)


# newspaper words that open an outlet's name ("The Daily Caller", "Weekly Standard")
NEWSPAPER_OPENERS = frozenset(("Daily", "Weekly"))


def outlet_of(text: str) -> str | None:
    """The outlet a name refers to (list or newspaper-word rule), or None."""
    bare = POSSESSIVE.sub("", LEADING.sub("", text.strip()))
    if bare.lower() in outlet_names():
        return outlet_names()[bare.lower()]
    if bare in cased_outlet_names():
        return cased_outlet_names()[bare]
    if TV_CHANNEL.fullmatch(bare):  # "Israel's Channel 12 reported", "Channel 4 News": a broadcaster by its number
        return bare
    if SITE_NAME.fullmatch(bare):  # "CNN.com reported", "according to Politico.com": the outlet of that host
        from ..extract.outlet import by_host
        known = by_host(bare.lower())
        return known.name if known is not None else None
    words = bare.split()
    if len(words) >= 2 and (words[-1] in outlet_words() or words[0] in NEWSPAPER_OPENERS) and \
            all(w[:1].isupper() for w in words) and (words[-1] != "Agency" or words[-2] in ("News", "Press")) and \
            not (bare == text.strip() and _first_and_surname(words)):
        return ("The " if text.strip().lower().startswith("the ") else "") + bare  # not "Environmental Protection Agency"
    return None


def the_outlet(text: str) -> bool:
    """An outlet's name with its article ("The Harlow Courier"): the canonical name drops "The", and without it a
    given name before the outlet word reads as a person's name ("Harlow Courier"); with it, no person is meant."""
    return text[:4].lower() == "the " and outlet_of(text) is not None


# a television channel named by its number ("Channel 12", "Channel One", "Channel 4 News")
TV_CHANNEL = re.compile(r"Channel (?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
                        r"Fourteen)(?: News)?")


# an outlet named by its site: a host of two labels or more, the last a lower-case top-level domain ("CNN.com")
SITE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}")


# newspaper words no one bears as a surname: a first name before one opens an outlet's name ("Sky News")
NO_SURNAMES = frozenset("News Radio TV Television Magazine Newspaper Broadcasting Broadcaster Newswire".split())
# a place this populous (or a country or state) may open a paper's name ("Denver Post", "Jackson Sun")
MAJOR_PLACE = 100_000


def _first_and_surname(words: list[str]) -> bool:
    """``Tom Post``, ``Anna Times``: a first name and a surname that is a newspaper word, written without "the" --
    a person (issue 12), unless the first name is also a major place's ("Denver Post", "Charlotte Observer")."""
    if len(words) != 2 or words[0] not in _first_names() or words[1] in NO_SURNAMES:
        return False
    from .gazetteer import gazetteer
    return not any(p.feature in ("country", "admin1") or p.population >= MAJOR_PLACE
                   for p in gazetteer().lookup(words[0]))


@functools.lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names of people (``data/names_given.txt``, as ``names.all_given_names`` reads it)."""
    return frozenset(line.strip() for line in table_lines("names_given.txt"))


def entities_stage(record: Record) -> Record:
    """The ``entities`` stage: corrected spaCy entities with canonical names."""
    doc = record.doc
    if doc is None:
        return record
    spans = _model_spans(doc) + _outlet_spans(record)
    spans = _headline_names(record.body, _resolve_overlaps(_one_line(record.body, spans)))
    entities = _canonicalise(record.body, [_correct(record.body, s) for s in spans])
    return dataclasses.replace(record, entities=tuple(entities))


DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"  # a dash glued before a name is no part of it


# words that link the parts of one body's name: an ORG span ending with one goes on into the ORG span after it
NAME_LINKS = frozenset(("and", "of", "for", "&"))


def _model_spans(doc) -> list[tuple[int, int, str, str, float]]:
    out: list[tuple[int, int, str, str, float]] = []
    text = doc.text  # spaCy joins every token on each access: once, not once per entity
    for ent in doc.ents:
        if ent.label_ in KEEP_LABELS:
            start, end = ent.start_char, ent.end_char
            if ent[0].lower_ == "the" and ent.label_ not in ("ORG", "WORK_OF_ART", "EVENT", "LAW"):
                start = ent[1].idx if len(ent) > 1 else start
            if ent.label_ == "ORG":
                start, end = _joined_name_start(doc, ent, start), _legal_suffix_end(doc, ent, end)
            if ent.label_ == "PERSON":
                end = _hyphen_name_end(doc, ent, _particle_name_end(doc, ent, end))
                if len(ent) > 1 and ent[0].text in BARE_TITLES and start == ent[0].idx:
                    start = ent[1].idx  # "OK Gov Fallin: ...": a headline's title without its stop
                if len(ent) > 1 and _inverted_verb(ent[0], text, end) and start == ent[0].idx:
                    start = ent[1].idx  # "Said Comey: ...": the verb of an inverted report is no part of the name
            while start < end and text[start] in DASHES:  # "-Craig Fehrman" signing a quoted passage
                start += 1
            if out and ent.label_ == out[-1][2] == "ORG" and text[out[-1][1]:start].strip(" ") == "" and \
                    text[out[-1][0]:out[-1][1]].split()[-1].lower() in NAME_LINKS:
                start = out.pop()[0]  # "Organisation for Economic Co-operation and" + "Development": one name
            for span in _dateline_split(text, (start, end, ent.label_, "model", 0.8)):
                out.extend(_bracket_split(text, span))
    for token in doc:  # plural nationality nouns the model left untagged
        if token.text in demonyms() and token.ent_type_ == "" and token.tag_ in ("NNPS", "NNS", "NNP"):
            out.append((token.idx, token.idx + len(token.text), "NORP", "demonyms", 0.85))
    return out


def _inverted_verb(token, text: str, end: int) -> bool:
    """A sentence's first word, a report verb's inflected form ("Said", "Says", "Added"), that the model ran into the
    name after it, a colon or comma closing the name: "Said Comey:" is an inverted report (issue 12: "Said Comey" was
    a second source beside "James Comey" on PolNeAR training pages). The parse tags the verb a proper noun there."""
    return token.is_sent_start and token.lower_ in _report_forms() and text[end:end + 2].lstrip()[:1] in (":", ",")


# past forms of report verbs that add no -ed
IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "speak": "spoke"}


@functools.lru_cache(maxsize=1)
def _report_forms() -> frozenset[str]:
    """The third-person and past forms of the report verbs of ``data/cues.tsv`` (class speech, no noun or adjective
    frame): "says", "added", "said"."""
    rows = [row.split("\t") for row in table_lines("cues.tsv")]
    lemmas = [row[0] for row in rows if row[1:2] == ["speech"] and row[2:3] not in (["noun"], ["noun-of"], ["adj"])]
    forms = {IRREGULAR_PAST.get(lemma, lemma + ("d" if lemma.endswith("e") else "ed")) for lemma in lemmas if
             " " not in lemma}
    return frozenset(forms | {lemma + ("es" if lemma.endswith(("s", "sh", "ch")) else "s") for lemma in lemmas})


# a dateline glued to the name after it by the model: "CLEVELAND - Donald Trump", "NEW YORK - Democrats"
DATELINE_NAME = re.compile(r"([A-Z][A-Z.',]+(?: [A-Z][A-Z.',]*)*) [-\u2013\u2014]+ (?=\S)")


def _dateline_split(text: str, span: tuple[int, int, str, str, float]) -> list[tuple[int, int, str, str, float]]:
    """A span that opens with a place in capitals and a spaced dash (a dateline, not at the body's start) holds two
    names: the place and the name after the dash, a person's when it opens with a first name (issue 12: on PolNeAR
    training pages "CLEVELAND - Donald Trump", "BERLIN - Donald Trump", "ROME - Bernie Sanders" were tagged one
    body, the person lost and a bare "Trump" given to another Trump)."""
    start, end, label, method, conf = span
    found = DATELINE_NAME.match(text, start, end)
    if found is None or found.end() >= end:
        return [span]
    rest = text[found.end():end].split()
    person = len(rest) >= 2 and rest[0] in _first_names() and all(w[:1].isupper() for w in rest)
    return [(start, found.end(1), "GPE", method, conf),
            (found.end(), end, "PERSON" if person else label, method, conf)]


def _one_line(body: str, spans):
    """A name never runs across a line break: ``X.\\n\\nSexton`` (a photo credit above a paragraph), ``B.C.\\n\\nWallnau``,
    ``Donald Trump\\nMANCHESTER`` keep their longest line (issue 12: 13 such entities on PolNeAR training pages, each
    a person split from their own name or named after a stray word)."""
    out = []
    for start, end, label, method, conf in spans:
        if "\n" in body[start:end]:
            lines, at = [], start
            for part in body[start:end].split("\n"):
                stripped = part.strip()
                if stripped:
                    lead = at + part.index(stripped)
                    lines.append((len(stripped), lead, lead + len(stripped)))
                at += len(part) + 1
            if not lines:
                continue
            _, start, end = max(lines, key=lambda line: line[0])
        out.append((start, end, label, method, conf))
    return out


# abbreviated titles that headlines write without the stop ("Gov Fallin", "Rep McCaul"): not part of the name
BARE_TITLES = frozenset("Gov Rep Sen Gen Lt Col Sgt Capt Supt Atty Dr Mr Mrs Ms".split())


# labels the model gives a headline's run of capitalised words that opens with a person's name ("Bernie Sanders
# Promises Action On Immigration In" tagged ORG)
HEADLINE_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "NORP"})


def _headline_names(body: str, spans):
    """``Ben Carson Defends Himself ...``: in a title-case line (a headline) the model runs a person's name into the
    words after it; when the article names the person elsewhere by the name's first words ("Ben Carson"), the span
    ends there (issue 12: 22 of 171 headline people on PolNeAR training pages were "Dennis Prager Tells", "Glenn
    Beck Blasts Drudge", ...)."""
    names = {tuple(body[a:b].split()) for a, b, label, _, _ in spans if label == "PERSON" and not _title_line(body, a)}
    out = []
    for start, end, label, method, conf in spans:
        words = body[start:end].split()
        if label in HEADLINE_LABELS and len(words) >= 3 and _title_line(body, start):
            head = next((n for n in sorted(names, key=len, reverse=True)
                         if 2 <= len(n) < len(words) and tuple(words[:len(n)]) == n), None)
            if head is not None and body[start:end].startswith(" ".join(head)):
                end = start + len(" ".join(head))
        out.append((start, end, label, method, conf))
    return out


def _title_line(body: str, at: int) -> bool:
    """Whether the line holding ``at`` is set in title case (most of its words capitalised, as headlines are)."""
    line = body[body.rfind("\n", 0, at) + 1:(body.find("\n", at) + 1 or len(body) + 1) - 1]
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _bracket_split(text: str, span: tuple[int, int, str, str, float]) -> list[tuple[int, int, str, str, float]]:
    """"World Health Organization (WHO" tagged as one name, its bracket left open: the long form and the acronym
    in brackets after it are two names (of one body, which the cast folds), not one name ending in "(WHO"."""
    start, end, label, method, conf = span
    name = text[start:end]
    at = name.rfind("(")
    if at <= 0 or ")" in name[at:]:
        return [span]
    long_end = start + len(name[:at].rstrip())
    inner = name[at + 1:].strip()
    out = [(start, long_end, label, method, conf)] if long_end > start else []
    if inner and inner.replace(".", "").replace("&", "").isalnum():
        inner_start = start + at + 1 + (len(name[at + 1:]) - len(name[at + 1:].lstrip()))
        out.append((inner_start, inner_start + len(inner), label, method, conf))
    return out


# a company's legal form, written after its name and a comma ("Acme Widgets, Inc.")
LEGAL_FORMS = frozenset("inc inc. corp corp. co co. ltd ltd. llc l.l.c. plc lp l.p. llp ag sa s.a. nv n.v. gmbh".split())


def _legal_suffix_end(doc, ent, end: int) -> int:
    """Where a company's name ends when the model stopped it before ", Inc": the legal form after the comma is
    part of the name (left out, "Inc" became the subject of "Harlow Dynamics, Inc said" and a source "Inc")."""
    k = ent.end
    if end != ent.end_char or k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in LEGAL_FORMS:
        return end
    last = doc[k + 2] if k + 2 < len(doc) and doc[k + 2].text == "." and not doc[k + 1].whitespace_ else doc[k + 1]
    return last.idx + len(last.text)


# lower-case words inside a family name ("Ursula von der Leyen", "Mohammed bin Salman", "Bill de Blasio")
NAME_PARTICLES = frozenset("von van der den de da di du del della la le bin ibn al el dos das".split())


def _particle_name_end(doc, ent, end: int) -> int:
    """Where a person's name ends when the model stopped it at a particle: "Ursula von der" tagged a person and
    "Leyen" a place; the capitalised words after the particles close the name."""
    if ent[-1].lower_ not in NAME_PARTICLES or not ent[-1].text.islower() or ent.end >= len(doc):
        return end
    k = ent.end
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].text.isalpha():
        k += 1
    return doc[k - 1].idx + len(doc[k - 1].text) if k > ent.end else end


# short lower-case words that follow a name with a hyphen without being part of it ("Obama-era", "Trump-led")
HYPHEN_SUFFIXES = frozenset("era led run age ish like born made type ism backed".split())


def _hyphen_name_end(doc, ent, end: int) -> int:
    """Where a person's name ends when the model cut a hyphenated given name: "Moon Jae" tagged, "-in" left out
    (Korean names: "Moon Jae-in", "Yoon Suk-yeol"); the subject of "Moon Jae-in said" was then "in"."""
    k = ent.end
    if end != ent.end_char or k + 1 >= len(doc) or doc[k - 1].whitespace_ or doc[k].text != "-" \
            or doc[k].whitespace_ or not doc[k + 1].text.isalpha() or not doc[k + 1].text.islower() \
            or len(doc[k + 1].text) > 4 or doc[k + 1].text in HYPHEN_SUFFIXES or len(ent) < 2:
        return end
    return doc[k + 1].idx + len(doc[k + 1].text)


def _joined_name_start(doc, ent, start: int) -> int:
    """Where a body's name starts when the model cut it at its "and": in "the Fish and Wildlife Service" and "U.S.
    Immigration and Customs Enforcement" the model tags only the part after "and", while the parse makes the
    capitalised word before "and" a modifier of the name's own head (one name, coordinated inside)."""
    first = ent[0]
    if ent.start < 2 or doc[ent.start - 1].lower_ != "and" or first.dep_ != "conj":
        return start
    left = first.head
    if left.i != ent.start - 2 or left.pos_ != "PROPN" or not left.text[:1].isupper() \
            or not ent.start <= left.head.i < ent.end:
        return start
    begin = left.i
    while begin > 0 and doc[begin - 1].pos_ == "PROPN" and doc[begin - 1].text[:1].isupper() \
            and doc[begin - 1].head.i >= begin:
        begin -= 1
    return doc[begin].idx


def _outlet_spans(record: Record) -> list[tuple[int, int, str, str, float]]:
    spans = [(m.start(), m.end(), "ORG", "outlets", 0.9) for m in _outlet_pattern().finditer(record.body)]
    for m in _alias_pattern().finditer(record.body):
        label = aliases()[m.group().lower()][1]
        if label:
            spans.append((m.start(), m.end(), label, "aliases", 0.85))
    dateline = record.dateline
    if dateline is not None and dateline.outlet:
        at = record.body.find(dateline.outlet, dateline.span[0], dateline.span[1])
        if at >= 0:
            spans.append((at, at + len(dateline.outlet), "ORG", "dateline", 0.95))
    return spans


def _resolve_overlaps(spans):
    """Longest span wins; at equal length the model beats aliases, and outlets/dateline beat both."""
    priority = {"dateline": 0, "outlets": 1, "model": 2, "demonyms": 3, "aliases": 4}
    ranked = sorted(spans, key=lambda s: (-(s[1] - s[0]), priority.get(s[3], 5)))
    taken: list[tuple[int, int, str, str, float]] = []
    for span in ranked:
        if all(span[1] <= t[0] or span[0] >= t[1] for t in taken):
            taken.append(span)
    return sorted(taken)


def _correct(body: str, span) -> tuple[int, int, str, str, float]:
    start, end, label, method, conf = span
    text = body[start:end]
    if label != "ORG" and outlet_of(text):
        return start, end, "ORG", "outlets", 0.9
    if text in demonyms() and label != "NORP":
        return start, end, "NORP", "demonyms", 0.85
    known = aliases().get(POSSESSIVE.sub("", LEADING.sub("", text)).lower())
    if known and known[1] and known[1] != label:
        return start, end, known[1], "aliases", 0.9
    return span


def _canonicalise(body: str, spans) -> list[Entity]:
    entities: list[Entity] = []
    full_names: dict[str, str] = {}  # surname -> first full name
    for start, end, label, method, conf in spans:
        text = body[start:end]
        canonical = canonical_name(text, label, full_names)
        if label == "PERSON" and len(text.split()) >= 2:
            full_names.setdefault(POSSESSIVE.sub("", text.split()[-1]), canonical)
        entities.append(Entity(id=f"e{len(entities) + 1}", text=text, span=(start, end), label=label,
                               canonical=canonical, method=method, confidence=conf))
    return entities


def canonical_name(text: str, label: str, full_names: dict[str, str] | None = None) -> str:
    """One name for all spellings of an entity: alias table, outlet list, earlier full name."""
    bare = POSSESSIVE.sub("", LEADING.sub("", text.strip(" *†\u2020")))  # noqa: B005 - a set of characters.strip()
    known = aliases().get(bare.lower())
    if known:
        return known[0]
    if label == "ORG" and bare.lower() in outlet_names():
        return outlet_names()[bare.lower()]
    if label == "PERSON" and full_names and len(bare.split()) == 1 and bare in full_names:
        return full_names[bare]
    return " ".join(bare.split())
