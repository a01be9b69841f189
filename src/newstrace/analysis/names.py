"""Names of people as strings: first names (fitted tables), name shapes, and when two names are one person's.

``data/names_given.txt`` and ``data/names_gender.tsv`` (``bench/train_name_gender.py``: GAP, GUM, Phoenix office
holders, US SSA baby-name counts); the article's cast (``people``) reads them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

from .bodies import bare_name, org_suffixes
from .entities import aliases, table_lines
from .quotes.cues import kind_of_noun

HONORIFICS = {"mr": "m", "mr.": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
              "lady": "f", "dame": "f"}


@functools.lru_cache(maxsize=1)
def name_genders() -> dict[str, str]:
    """first name -> "m" / "f" (``data/names_gender.tsv``)."""
    rows = (line.split("\t") for line in table_lines("names_gender.tsv"))
    return {row[0]: row[1] for row in rows if len(row) >= 2}


@functools.lru_cache(maxsize=1)
def all_given_names() -> frozenset[str]:
    """First names of people, gendered or not (``data/names_given.txt``), common words too ("Guy", "Grant":
    ``data/names_given_common.txt``, names given often that are also words; they open a name only where a role or
    a noun for people says it is one, never on their own as ``given_names`` do)."""
    return _given_table() | frozenset(line.strip() for line in table_lines("names_given_common.txt"))


@functools.lru_cache(maxsize=1)
def _given_table() -> frozenset[str]:
    return frozenset(line.strip() for line in table_lines("names_given.txt"))


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The first names that are no common noun or title: a capitalised one opens a name on its own."""
    return frozenset(n for n in _given_table() if n.lower() not in HONORIFICS
                     and n.lower() not in ("sir", "countess", "count") and n.lower() not in kind_of_noun())


def is_given_name(word: str) -> bool:
    """A first name of the table, accents aside ("Siméon" is "Simeon")."""
    if word in given_names() or "-" in word and word.split("-")[0] in given_names():
        return True  # "Eva-Maria"
    plain = without_accents(word)
    return plain != word and plain in given_names()


def without_accents(word: str) -> str:
    """The letters of ``word`` without their accents ("Álvarez" -> "Alvarez"); other characters kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


INITIAL = re.compile(r"[A-Z]\.")


def person_name(text: str) -> Optional[str]:
    """``Derek Scissors`` -> itself when it reads as a person's name the model did not tag: two or three
    capitalised words starting with a known first name (or a first name, a middle initial and a surname:
    "Channing D. Phillips"; or an initial, a first name and a surname: "H. Ross Perot"), none a body's or a
    role's word."""
    words = bare_name(text).split()
    if not 2 <= len(words) <= 3:
        return None
    initial = len(words) == 3 and bool(INITIAL.fullmatch(words[1]))
    initials = len(words) == 2 and _initials_first(words[0])  # "J.D. Vance", "J.K. Rowling"
    leading = len(words) == 3 and bool(INITIAL.fullmatch(words[0])) and is_given_name(words[1])  # "F. Scott Key"
    if not (is_given_name(words[0]) or initial or initials or leading):
        return None
    if any(not name_word(w) or not w[:1].isupper() or w.lower() in org_suffixes()
           or w.lower() in kind_of_noun() for w in (words[::2] if initial else words[1:] if initials or leading
                                                    else words)) \
            or closes_with_acronym(words):
        return None
    return " ".join(words)


INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_INNER_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Z])")


def name_word(word: str) -> bool:
    """Letters only, with hyphens ("Smith-Jones") and an apostrophe before a capital ("O'Donnell", "D’Angelo")."""
    return _INNER_APOSTROPHE.sub("", word.replace("-", "")).isalpha()


def _initials_first(word: str) -> bool:
    """Two or three initials opening a name ("J.D."), not an abbreviated place or body ("U.S.", "U.N.", "L.A.")."""
    from .entities import aliases
    from .gazetteer import gazetteer
    return bool(INITIALS.fullmatch(word)) and word.lower() not in aliases() and not gazetteer().lookup(word)


def particle_surname(bare: str, full: str) -> bool:
    """``Von der Leyen``, ``de Blasio``: a family name opening with a particle that closes the full name ``full``."""
    from .entities import NAME_PARTICLES
    return bare.split()[0].lower() in NAME_PARTICLES and full.lower().endswith(" " + bare.lower()) and len(full) > len(bare)


def person_like(name: str) -> bool:
    """A name that reads as a person's (``person_name``) or opens with any first name ("Guy Cecil")."""
    return person_name(name) is not None or name.split()[0] in all_given_names()


def closes_with_acronym(words: list[str]) -> bool:
    """``Tesla CEO``, ``Acme CFO``: a role's acronym after one word closes no person's name (letters after a full
    name do: "Daniel Bernoulli FRS", "John Smith III")."""
    last = words[-1] if len(words) == 2 else ""
    return len(last) >= 2 and last.isupper() and last.isalpha() and bool(set(last) - set("IVX"))


NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def same_person(one: Optional[tuple[str, str]], other: tuple[str, str]) -> bool:
    """Same surname, and first names equal or one the short form of the other ("Tim"/"Timothy", "Pat"/"Patrick")."""
    if one is None or without_accents(one[1]) != without_accents(other[1]):
        return False
    short, long = sorted((without_accents(one[0]), without_accents(other[0])), key=len)
    return short == long or len(short) >= 3 and long.startswith(short) or _one_letter_apart(short, long)


def _one_letter_apart(one: str, other: str) -> bool:
    """"Kristin"/"Kristen": a misspelt first name (one inner letter changed, five letters or more); not
    "Maria"/"Mario" (the last letter), which may be two people of one family."""
    if len(one) != len(other) or len(one) < 5:
        return False
    apart = [k for k, (a, b) in enumerate(zip(one, other)) if a != b]
    return len(apart) == 1 and 0 < apart[0] < len(one) - 1


def misspelt_surname(word: str, surname: str) -> bool:
    """``Giulini`` of "Rudy Giuliani", ``Sharption`` of "Al Sharpton", ``Water`` of "Kathryn Waters": a one-word name
    one edit from a person's surname (two for names of eight letters or more), same first letter, five letters or
    more (issue 12: PolNeAR training and GUM write a quoted person's surname so); not the family's plural
    ("Clintons" of "Bill Clinton")."""
    if word != surname and without_accents(word) == without_accents(surname):
        return True  # "Alvarez" of "José Álvarez": a wire writes the name without its accents
    shorter = min(len(word), len(surname))
    if word == surname or shorter < 5 or word[:1] != surname[:1] or word.lower() == surname.lower() + "s":
        return False
    return _edits(word.lower(), surname.lower()) <= (2 if shorter >= 8 else 1)


def _edits(one: str, other: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1]


def opens_or_closes(short: list[str], long: list[str]) -> bool:
    """``short`` (two words or more) opens or closes the longer ``long``, whose other words are no Jr./III."""
    n = len(short)
    if not 2 <= n < len(long) or any(w.lower().strip(",") in NAME_SUFFIXES for w in long):
        return False
    short, long = [plain_surname(w).lower() for w in short], [plain_surname(w).lower() for w in long]  # "De Blasio" of
    # "Bill de Blasio"; "Lopez Obrador" of "Andrés Manuel López Obrador"
    return long[:n] == short or long[-n:] == short


def without_titles(full: str) -> str:
    """``Billionaire Donald Trump``, ``Founder Beverly Bond``: a person's name without the role words that open
    it (capitalised nouns for people that are no first name), two words at least left."""
    words = full.split()
    while len(words) > 2 and words[0][:1].isupper() and words[0] not in _given_table() and words[1][:1].isupper() and \
            (kind_of_noun().get(words[0].lower()) == "anonymous" or words[0].lower() in TITLE_OPENERS
             and kind_of_noun().get(words[1].lower()) == "anonymous"):
        words = words[1:]
    return " ".join(words)


# words that open a title of two words ("Crown Prince Mohammed bin Salman", "Vice President Ana Ruiz", "Supreme
# Leader Ali Khamenei"): no role alone, no part of the name
TITLE_OPENERS = frozenset("crown vice deputy acting interim supreme prime".split())


def plain_surname(word: str) -> str:
    """A surname as two spellings of one person's share it: without accents ("Ibanez" / "Ibáñez") and without the
    Arabic article ("Sisi" of "Abdel Fattah al-Sisi", "el-Sisi"), its apostrophe straight ("O’Rourke" / "O'Rourke")."""
    return re.sub(r"^(?:al|el|Al|El)[-\u2011]", "", without_accents(word)).replace("\u2019", "'")  # O’Rourke


@functools.lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """Abbreviated titles before a name, lower-case: ``data/nlp_titles.txt`` ("Capt.", "Gen.") and the titles of
    ``data/sources_title_roles.tsv`` ("Rep.", "Sen.")."""
    rows = table_lines("nlp_titles.txt") + [line.split("\t")[0] for line in table_lines("sources_title_roles.tsv")]
    return frozenset(row.strip().lower() for row in rows if row.strip().endswith("."))


def _role_word(word: str) -> bool:
    """A capitalised title or role noun written before a name ("Mayor", "Sen.", "Capt.", "Secretary-Treasurer"),
    no first name."""
    if not word[:1].isupper() or word in _given_table():
        return False
    low = word.lower()
    return low in _abbreviated_titles() or kind_of_noun().get(low) == "anonymous" or \
        "-" in low and all(kind_of_noun().get(part) == "anonymous" for part in low.split("-"))


def _party_word(word: str) -> bool:
    """A party's short name of the alias table ("GOP": the Republican Party)."""
    return aliases().get(word.lower(), ("", ""))[0].endswith(" Party")


def name_after_titles(text: str) -> Optional[str]:
    """``GOP Rep McCaul``, ``Sen. Menendez``: the name left after the party and title words that open a mention (a
    title of the tables with or without its stop, a role noun, a party's short name); None when none opens it."""
    words = text.split()
    k = 0
    while k < len(words) - 1 and (not words[k].isupper() and (_role_word(words[k]) or _role_word(words[k] + "."))
                                  or _party_word(words[k])):  # ("POLITICO New York": an outlet's name in capitals)
        k += 1
    return " ".join(words[k:]) if k else None


def name_after_role(text: str) -> Optional[tuple[str, int]]:
    """``Mayor Ana Ruiz``, ``United Auto Workers Secretary-Treasurer Gary Casteel``: (the person's name, where it
    starts in ``text``) when a proper name the model left untagged closes with a person's name (``person_name``)
    right after a title or role word (issue 12: the whole was typed a body, and "Ruiz said" a second one)."""
    words = list(re.finditer(r"\S+", text))
    for k in range(1, len(words) - 1):
        if not _role_word(words[k - 1].group()):
            continue
        full = person_name(text[words[k].start():])
        if full is not None:
            return full, words[k].start()
    return None


def title_and_name(full: str) -> Optional[str]:
    """``Prince Mohammed`` -> "Mohammed", ``Sheikh Tamim`` -> "Tamim": the name after a capitalised role noun
    (a role, no first name) in a two-word name; None for any other name."""
    words = full.split()
    if len(words) != 2 or not words[1][:1].isupper() or words[0] in _given_table():  # ("Dean Amar": a title)
        return None
    return words[1] if kind_of_noun().get(words[0].lower()) == "anonymous" else None


def first_last(full: str) -> Optional[tuple[str, str]]:
    """(first name, surname) of a full name, middle initials and Jr./III left out."""
    words = [w.strip(",") for w in full.split()]
    while words and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    return (words[0], words[-1]) if len(words) >= 2 else None
