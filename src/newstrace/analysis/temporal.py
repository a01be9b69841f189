"""The ``dates`` stage: every date and time expression in the body, resolved against ``published``.

Expressions are found by a cascade of patterns (ranges, full dates, numeric and ISO dates, month and
year, weekdays, relative phrases, years, decades, clock times, durations), then by spaCy's DATE/TIME
entities for what the patterns miss. Each is resolved against the page's reference date (``published``,
else ``captured``) to an ISO 8601 value cut to its grain: ``2021-08-02`` (day), ``2016-10`` (month),
``2014`` (year), ``2021-W30`` (week), ``199`` (decade), ``15:00`` (time), ``P3Y`` (duration). A day is
never invented when only a month is known. Relative expressions without a reference date keep
``value = None``. dateparser resolves what the rules leave.

The stage also checks the stamp: when the newest explicit date in the body, or the office-holders it
names as serving, sit long before ``published``, ``published.conflicts`` says what disagrees and why.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Optional, cast

from ..extract.date_patterns import ENGLISH_MONTH
from ..record import DateMention, DateValue, Grain, Record
from .date_types import Found, Resolved
from .stamp_conflicts import stamp_conflicts

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
                "few": 3, "couple of": 2, "a couple of": 2}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
DURATION_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "hour": "H", "minute": "M"}
FUTURE_CUES = re.compile(r"\b(will|next|due|scheduled|set to|plans?|planned|expected|going to|upcoming|would)\b", re.I)
LEADING_PREPOSITION = re.compile(r"(?:in|on|since|until|by|from|between|for|over|within|at)\s+", re.I)

_MONTH = r"(?P<{n}>" + ENGLISH_MONTH + r")\.?"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[6-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"


def _m(n: str) -> str:
    return _MONTH.format(n=n)


def _d(n: str) -> str:
    return _DAY.format(n=n)


def _y(n: str) -> str:
    return _YEAR.format(n=n)


_MDY = rf"{_m('m')}\s+{_d('d')}(?:,?\s+{_y('y')})?"
_DMY = rf"{_d('d')}\s+(?:of\s+)?{_m('m')}(?:,?\s+{_y('y')})?"


# --- the pattern cascade -----------------------------------------------------------------------------

def _pattern(regex: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){regex}(?![\w])", re.I)


def _day_value(ref: Optional[date], year: Optional[str], month: int, day: int, text: str) -> Optional[str]:
    if year:
        return _iso_day(int(year), month, day)
    if ref is None:
        return None
    guess = _valid(ref.year, month, day)
    if guess is None:
        return None
    future = bool(FUTURE_CUES.search(text))
    if guess > ref + timedelta(days=7) and not future:
        guess = _valid(ref.year - 1, month, day)
    elif guess < ref - timedelta(days=7) and future:
        guess = _valid(ref.year + 1, month, day)
    return guess.isoformat() if guess else None


def _valid(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_day(year: int, month: int, day: int) -> Optional[str]:
    value = _valid(year, month, day)
    return value.isoformat() if value else None


def _month_name(text: str) -> int:
    """Month number of a month name (``Sept.`` -> 9); 0 when not capitalised (``march``, ``may``)."""
    if not text[:1].isupper():
        return 0
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def _full_date(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    if not _month_name(match.group("m")):
        return None
    value = _day_value(ref, match.group("y"), _month_name(match.group("m")), int(match.group("d")), context)
    confidence = 0.95 if match.group("y") else 0.8
    return Resolved(value, "day", confidence=confidence) if value or ref is None else None


def _numeric_date(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    year = year + 2000 if year < 100 else year
    month, day = (second, first) if first > 12 else (first, second)  # US order unless impossible
    value = _iso_day(year, month, day)
    return Resolved(value, "day", confidence=0.9 if first > 12 or second > 12 or first == second else 0.6) if value else None


def _iso_date(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    value = _iso_day(int(match.group("y")), int(match.group("mo")), int(match.group("dd")))
    return Resolved(value, "day", confidence=0.98) if value else None


def _month_year(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    name = match.group("m")
    full_stop = match.string[match.end("m"):match.end("m") + 1] == "."
    if not _month_name(name) or (full_stop and name.lower() in MONTH_NAMES):
        return None  # "in June. 2000 people": the month ends a sentence
    return Resolved(f"{int(match.group('y')):04d}-{_month_name(match.group('m')):02d}", "month", confidence=0.95)


def _month_only(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    name, lead = match.group("m"), (match.group("lead") or "").lower()
    if not _month_name(name):
        return None
    if len(name.rstrip(".")) < 4 and name != "May" or (name == "May" and not lead):
        return None  # an abbreviation alone, or the verb "may"
    if ref is None:
        return Resolved(None, "month", confidence=0.5)
    return Resolved(_month_only_value(_month_name(name), ref, lead, context), "month", confidence=0.7)


def _month_only_value(month: int, ref: date, lead: str, context: str) -> str:
    """A month without a year: this year's, or the nearest one in the direction the clause points."""
    year = ref.year
    future = lead.startswith("next") or (lead != "last" and bool(FUTURE_CUES.search(context)))
    if future and month < ref.month:
        year += 1
    elif not future and month > ref.month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _weekday(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    if ref is None:
        return Resolved(None, "day", confidence=0.5)
    lead = (match.group("lead") or "").lower()
    target = WEEKDAYS[match.group("wd").lower()]
    if lead == "next" or (lead != "last" and FUTURE_CUES.search(context)):
        delta = (target - ref.weekday()) % 7 or (7 if lead == "next" else 0)
        value = ref + timedelta(days=delta)
    else:
        delta = (ref.weekday() - target) % 7 or (7 if lead == "last" else 0)
        value = ref - timedelta(days=delta)
    return Resolved(value.isoformat(), "day", confidence=0.8)


def _relative_day(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    word = match.group(0).lower()
    offset = -1 if "yesterday" in word else 1 if "tomorrow" in word else 0
    if "day before yesterday" in word:
        offset = -2
    if ref is None:
        return Resolved(None, "day", confidence=0.5)
    return Resolved((ref + timedelta(days=offset)).isoformat(), "day", confidence=0.9)


def _relative_unit(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    lead, unit = match.group("rel").lower(), match.group("unit").lower()
    steps = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
    offset = next((v for k, v in steps.items() if lead.endswith(k)), 0)
    return _shift(ref, unit, offset, 0.85)


def _ago(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    number = match.group("num").lower()
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number, 1)
    unit = match.group("unit").lower()
    if unit == "decade":
        unit, count = "year", count * 10
    return _shift(ref, unit, -count, 0.8)


def _shift(ref: Optional[date], unit: str, offset: int, confidence: float) -> Resolved:
    grain = "year" if unit == "decade" else unit
    if ref is None:
        return Resolved(None, grain, confidence=0.5)
    if unit == "day":
        return Resolved((ref + timedelta(days=offset)).isoformat(), "day", confidence=confidence)
    if unit == "week":
        year, week, _ = (ref + timedelta(weeks=offset)).isocalendar()
        return Resolved(f"{year:04d}-W{week:02d}", "week", confidence=confidence)
    if unit == "month":
        months = ref.year * 12 + ref.month - 1 + offset
        return Resolved(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", confidence=confidence)
    if unit == "decade":
        return Resolved(f"{(ref.year // 10 + offset):03d}", "decade", confidence=confidence)
    return Resolved(f"{ref.year + offset:04d}", "year", confidence=confidence)


def _nth_day(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    day = int(match.group("d"))
    if ref is None or not 1 <= day <= 31:
        return Resolved(None, "day", confidence=0.4) if 1 <= day <= 31 else None
    month = ref.year * 12 + ref.month - 1
    if day > ref.day and not FUTURE_CUES.search(context):
        month -= 1
    elif day < ref.day and FUTURE_CUES.search(context):
        month += 1
    value = _iso_day(month // 12, month % 12 + 1, day)
    return Resolved(value, "day", confidence=0.6) if value else None


def _year_range(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    start, end = match.group("y1"), match.group("y2")
    if len(end) == 2:
        end = start[:2] + end
    if int(end) <= int(start):
        return None
    return Resolved(start, "year", end, confidence=0.9)


def _date_range(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    """``March 3 to March 5, 2019``, ``March 3-5``, ``3 to 5 March 2019``."""
    year = match.group("y")
    month1 = _month_name(match.group("m1")) if match.group("m1") else None
    month2 = _month_name(match.group("m2")) if match.group("m2") else month1
    month1 = month1 or month2
    if not month1 or not month2:
        return None
    start = _day_value(ref, year, month1, int(match.group("d1")), context)
    end = _day_value(ref, year, month2, int(match.group("d2")), context)
    if start and end and end < start and year:
        start = _iso_day(int(year) - 1, month1, int(match.group("d1")))
    return Resolved(start, "day", end, confidence=0.85) if start and end else None


def _month_range(match: re.Match, ref: Optional[date], context: str) -> Optional[Resolved]:
    """``from June to September``, ``between March and May 2020``: both ends at month grain."""
    names = match.group("m1"), match.group("m2")
    if any(len(n.rstrip(".")) < 4 and n != "May" for n in names):
        return None  # abbreviations alone are too often something else
    month1, month2 = _month_name(names[0]), _month_name(names[1])
    if match.group("y"):
        year1 = year2 = int(match.group("y"))
        year1 -= month2 < month1
    elif ref is not None:
        start = _month_only_value(month1, ref, "", context)
        year1 = int(start[:4])
        year2 = year1 + (month2 < month1)
    else:
        return Resolved(None, "month", confidence=0.5)
    return Resolved(f"{year1:04d}-{month1:02d}", "month", f"{year2:04d}-{month2:02d}", confidence=0.8)


def _year(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    return Resolved(match.group("y"), "year", confidence=0.85)


def _clock(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    word = match.group(0).lower()
    if "noon" in word or "midnight" in word:
        return Resolved("12:00" if "noon" in word else "00:00", "time", confidence=0.9)
    hour, minute = int(match.group("h")), int(match.group("min") or 0)
    meridiem = (match.group("ap") or "").lower().replace(".", "")
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return Resolved(None, "time", confidence=0.3)
    return Resolved(f"{hour:02d}:{minute:02d}", "time", confidence=0.9)


def _duration(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    number = match.group("num").lower()
    count = int(number) if number.isdigit() else NUMBER_WORDS.get(number, 1)
    unit = match.group("unit").lower()
    count = count * 10 if unit == "decade" else count
    time_unit = unit in ("hour", "minute")
    return Resolved(f"P{'T' if time_unit else ''}{count}{DURATION_CODE[unit]}", "duration", confidence=0.8)


def _decade(match: re.Match, ref: Optional[date], context: str) -> Resolved:
    digits = match.group("dec") or "19" + match.group("dec2")
    return Resolved(digits[:3], "decade", confidence=0.85)


Rule = tuple[str, re.Pattern, Callable[[re.Match, Optional[date], str], Optional[Resolved]]]

RULES: tuple[Rule, ...] = (
    ("range", _pattern(rf"(?:from\s+|between\s+)?{_m('m1')}\s+{_d('d1')}\s*(?:-|–|to|and|until|through)\s*(?:{_m('m2')}\s+)?{_d('d2')}(?:,?\s+{_y('y')})?"), _date_range),
    ("range", _pattern(rf"(?:from\s+|between\s+)?{_d('d1')}(?:\s+{_m('m1')})?\s*(?:-|–|to|and|until|through)\s*{_d('d2')}\s+{_m('m2')}(?:,?\s+{_y('y')})?"), _date_range),
    ("range", _pattern(rf"(?:from\s+)?{_m('m1')}\s*(?:-|–|to|until|through)\s*{_m('m2')}(?:,?\s+{_y('y')})?"), _month_range),
    ("range", _pattern(rf"between\s+{_m('m1')}\s+and\s+{_m('m2')}(?:,?\s+{_y('y')})?"), _month_range),
    ("range", _pattern(rf"(?:from\s+|between\s+)?{_y('y1')}\s*(?:-|–|to|and|until|through)\s*(?P<y2>(?:1[6-9]|20)?\d\d)"), _year_range),
    ("iso", _pattern(r"(?P<y>1[6-9]\d\d|20\d\d)-(?P<mo>[01]\d)-(?P<dd>[0-3]\d)"), _iso_date),
    ("numeric", _pattern(r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d|\d\d)"), _numeric_date),
    ("date", _pattern(rf"(?:{_WEEKDAY},?\s+)?{_MDY}"), _full_date),
    ("date", _pattern(rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DMY}"), _full_date),
    ("month", _pattern(rf"(?:(?P<lead>early|mid|late|in|last|next|this|since|until|by)[\s-]+)?{_m('m')},?\s+(?:of\s+)?{_y('y')}"), _month_year),
    ("month", _pattern(rf"(?:(?P<lead>early|mid-|late|in|last|next|this|since|until|by)\s*)?{_m('m')}"), _month_only),
    ("relative", _pattern(r"(?:the\s+day\s+before\s+)?(?:yesterday|today|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)"), _relative_day),
    ("weekday", _pattern(rf"(?:(?P<lead>last|next|this|on)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"), _weekday),
    ("relative", _pattern(rf"(?P<rel>(?:earlier|later)\s+this|this|last|past|previous|next|coming)\s+{_UNIT}"), _relative_unit),
    ("relative", _pattern(rf"{_NUM}\s+{_UNIT}\s+ago"), _ago),
    ("nth", _pattern(r"(?:on\s+)?the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?!\s+(?:century|anniversary|floor|time|round|place|amendment))"), _nth_day),
    ("decade", _pattern(r"(?:the\s+)?(?:(?P<dec>1[6-9]\d0|20\d0)s|'(?P<dec2>\d0)s)"), _decade),
    ("year", _pattern(rf"(?:(?:early|mid|late|in|since|until|by)[\s-]+)?{_y('y')}"), _year),
    ("time", _pattern(r"(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)|noon|midnight"), _clock),
    ("duration", _pattern(rf"(?:for|over|within)\s+(?:the\s+(?:past|last|next)\s+)?{_NUM}\s+(?P<unit>day|week|month|year|decade|hour|minute)s?"), _duration),
)


# --- finding and resolving ---------------------------------------------------------------------------

def reference_date(record: Record) -> Optional[date]:
    """The date relative expressions are resolved against: ``published``, else ``captured``."""
    for stamp in (record.published, record.captured):
        parsed = _parse_stamp(stamp)
        if parsed:
            return parsed
    return None


def _parse_stamp(stamp: Optional[DateValue]) -> Optional[date]:
    if stamp is None or not stamp.value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", stamp.value)
    return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def find_dates(body: str, ref: Optional[date], doc=None, names: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Date expressions of ``body`` resolved against ``ref``; none inside ``names`` (spans of names and
    of the dateline: "USA Today", "World Digest Today")."""
    found: list[Found] = []
    taken = bytearray(len(body))
    for start, end in names:
        taken[start:end] = b"\x01" * (end - start)
    for method, pattern, resolve in RULES:
        for match in pattern.finditer(body):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            if body[end - 1] == "." and body[start:end - 1].split()[-1].lower() in MONTH_NAMES:
                end -= 1  # "until June." ends a sentence
            lead = LEADING_PREPOSITION.match(body, start, end)
            start = lead.end() if lead else start
            if not names and doc is not None and _inside_name(doc, start, end):
                continue  # "USA Today", "Good Morning America": a name, not a date
            resolved = resolve(match, ref, _context(body, doc, start))
            if resolved is None or (method == "year" and _is_count(doc, match.start("y"))):
                continue
            found.append(Found(start, end, resolved, method))
            taken[start:end] = b"\x01" * (end - start)
    found += _model_dates(body, ref, doc, taken)
    return sorted(found, key=lambda f: f.start)


NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})


def _inside_name(doc, start: int, end: int) -> bool:
    """Every token of the match belongs to a name the model found (an organisation, a person...)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.ent_type_ in NAME_LABELS for t in span)


def _is_count(doc, offset: int) -> bool:
    """``2000 people``: a number that counts a noun is no year."""
    if doc is None:
        return False
    token = doc.char_span(offset, offset + 4, alignment_mode="expand")
    return token is not None and len(token) == 1 and token[0].dep_ == "nummod" and token[0].head.pos_ == "NOUN"


def _context(body: str, doc, offset: int) -> str:
    """What the resolvers read for direction: "will" when the verb governing the expression is in the
    future, "" when it is past, else the sentence (its future cues: "will", "next", "due", ...)."""
    tense = _tense(doc, offset) if doc is not None else None
    if tense == "future":
        return "will"
    if tense == "past":
        return ""
    return _sentence(body, offset)


def _tense(doc, offset: int) -> Optional[str]:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # the root is its own head
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll", "wo"} or verb.lower_ in ("will", "shall"):
        return "future"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"had", "has", "have", "was", "were"}):
        return "past"
    return None


def _sentence(body: str, offset: int) -> str:
    start = max(body.rfind(". ", 0, offset), body.rfind("\n", 0, offset)) + 1
    end = body.find(". ", offset)
    return body[start:end if end >= 0 else len(body)]


def _model_dates(body: str, ref: Optional[date], doc, taken: bytearray) -> Iterable[Found]:
    """spaCy DATE entities the patterns missed, resolved by dateparser (ages and vague words skipped)."""
    if doc is None:
        return
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(taken[ent.start_char:ent.end_char]):
            continue
        text = ent.text
        if re.search(r"\bold\b|\baged?\b|-year-old", text, re.I) or not re.search(r"\d|" + "|".join(MONTHS), text, re.I):
            continue
        if text.lower() in MONTHS:
            continue  # a lone "May" the patterns did not take is a name or a verb more often than a month
        resolved = _dateparser(text, ref)
        if resolved:
            yield Found(ent.start_char, ent.end_char, resolved, "model+dateparser")


@functools.lru_cache(maxsize=4)
def _parser(ref: Optional[date]):
    from datetime import datetime

    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, ref: Optional[date]) -> Optional[Resolved]:
    data = _parser(ref).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    value, period = data.date_obj.date(), data.period or "day"
    if period == "year":
        return Resolved(f"{value.year:04d}", "year", confidence=0.6)
    if period == "month":
        return Resolved(f"{value.year:04d}-{value.month:02d}", "month", confidence=0.6)
    if period == "week":
        year, week, _ = value.isocalendar()
        return Resolved(f"{year:04d}-W{week:02d}", "week", confidence=0.6)
    return Resolved(value.isoformat(), "day", confidence=0.6)


# --- the stage ---------------------------------------------------------------------------------------

def _name_spans(record: Record) -> list[tuple[int, int]]:
    """Where no date can be: the dateline, and the names the entities stage found."""
    spans = [(e.span[0], e.span[1]) for e in record.entities if e.label in NAME_LABELS]
    if record.dateline is not None and record.dateline.span:
        spans.append((record.dateline.span[0], record.dateline.span[1]))
    return spans


def dates_stage(record: Record) -> Record:
    """The ``dates`` stage: fills ``record.dates`` and, when the content disagrees with the stamp,
    ``record.published.conflicts``."""
    if not record.body:
        return record
    ref = reference_date(record)
    found = find_dates(record.body, ref, record.doc, _name_spans(record))
    mentions = tuple(
        DateMention(text=record.body[f.start:f.end], span=(f.start, f.end), value=f.resolved.value,
                    grain=cast(Grain, f.resolved.grain), end_value=f.resolved.end_value, method=f.method,
                    confidence=f.resolved.confidence)
        for f in found)
    published = record.published
    conflicts = stamp_conflicts(record.body, found, _parse_stamp(published))
    if published is not None and conflicts:
        kept = tuple(c for c in published.conflicts if c not in conflicts)
        published = dataclasses.replace(published, conflicts=kept + tuple(conflicts))
    return dataclasses.replace(record, dates=mentions, published=published)
