"""Writes src/newstrace/data/dates_months.tsv: month names of more languages for the page-date readers,
from the Unicode CLDR as Babel ships it (issue 15: the held-out and unseen news pages are worldwide).

    .venv/bin/python bench/build_month_names.py      # needs Babel (installed with the test extras)

For each locale below: the wide month names (format and stand-alone forms, "listopada" and "listopad"),
and the abbreviated ones of four letters or more in non-Latin scripts ("февр", "σεπτ"); lower-cased, a
final dot dropped, letters only (a name the date regexes' month word cannot match is left out). A name that
names two different months in two languages ("listopad": October in Croatian, November in Czech and Polish)
is left out, and so is every name the hand table in ``extract/date_patterns.py`` already has (it wins).
Short Latin abbreviations are left out because they are everyday words elsewhere ("pro", "mac").

It also writes src/newstrace/data/dates_month_abbr.tsv: the abbreviated names those rules leave out ("avr",
"déc", "ott", "mrt", "máj", "lis", "μαΐ", "नव"), each with the one locale that writes it, lower-cased, a final
dot, geresh or Devanagari abbreviation sign dropped, three letters at least (two in other scripts). The readers
take them only on a page in that language (issue 15: "4 avr. 2020", "17 ott 2020", "2020. máj. 17." were no
dates), so "pro" is December on a Czech page and a word on any other.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newstrace" / "data" / "dates_months.tsv"
OUT_ABBR = ROOT / "src" / "newstrace" / "data" / "dates_month_abbr.tsv"
ABBREVIATION_MARKS = ".\u05f3\u0970"  # a dot, the Hebrew geresh, the Devanagari abbreviation sign
LOCALES = ("en de fr es it pt nl ru uk be pl cs sk sl hr sr sr_Latn bs bg mk ro hu el tr id ms tl sw sv nb nn "
           "da fi et lv lt is ca gl eu af sq ar fa he ur az kk uz ka hy mn ky fil "
           "hi bn mr ne gu pa or ta te kn ml th lo my km si am ps").split()


def _letters(word: str) -> bool:
    """Letters only, with the vowel signs and other combining marks of the Indic and South-East Asian scripts
    (Mn, Mc: "जून", "มีนาคม"), which the date regexes' month word takes too."""
    return all(ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc") for ch in word) and word[0].isalpha()


def names() -> dict[str, dict[int, list[str]]]:
    from babel.dates import get_month_names

    found: dict[str, dict[int, list[str]]] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, locale=locale).items():
                    word = unicodedata.normalize("NFC", name.lower().rstrip("."))
                    if not _letters(word) or len(word) < (3 if word.isascii() else 2) or len(word) > 14:
                        continue
                    if width == "abbreviated" and (word.isascii() or len(word) < 4 or
                                                   any("LATIN" in unicodedata.name(ch, "") for ch in word)):
                        continue
                    where = found.setdefault(word, {}).setdefault(month, [])
                    if locale not in where:
                        where.append(locale)
    return found


def abbreviations(skip) -> list[tuple[str, int, str]]:
    """``(name, month, language)`` of every abbreviated month name the full tables leave out (``skip``)."""
    from babel.dates import get_month_names

    rows = set()
    for locale in LOCALES:
        if locale == "en":  # the hand table has English's
            continue
        for context in ("format", "stand-alone"):
            for month, name in get_month_names("abbreviated", context, locale=locale).items():
                word = unicodedata.normalize("NFC", name.lower().rstrip(ABBREVIATION_MARKS))
                if _letters(word) and len(word) >= (3 if word.isascii() or _latin(word) else 2) and word not in skip:
                    rows.add((word, month, locale.split("_")[0]))
    return sorted(rows)


def _latin(word: str) -> bool:
    return any("LATIN" in unicodedata.name(ch, "") for ch in word)


def main() -> int:
    import babel

    sys.path.insert(0, str(ROOT / "src"))
    from newstrace.extract.date_patterns import MONTHS

    rows = sorted((word, next(iter(months)), ",".join(next(iter(months.values()))))
                  for word, months in names().items() if len(months) == 1 and word not in MONTHS)
    head = ["# Month names of more languages for the page-date readers (extract/date_patterns.month_number), from",
            f"# the Unicode CLDR as Babel {babel.__version__} ships it; made by bench/build_month_names.py (see there",
            "# which forms are kept). The hand table in date_patterns.py comes first. CLDR: Unicode licence.",
            "# name\tmonth\tlocales"]
    OUT.write_text("\n".join(head + ["\t".join(map(str, row)) for row in rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    short = abbreviations(set(MONTHS) | {row[0] for row in rows})
    head = ["# Abbreviated month names for the page-date readers, each read only on a page in its language",
            f"# (extract/date_patterns.month_number), from the Unicode CLDR as Babel {babel.__version__} ships it; made by",
            "# bench/build_month_names.py. CLDR: Unicode licence.", "# name\tmonth\tlanguage"]
    OUT_ABBR.write_text("\n".join(head + ["\t".join(map(str, row)) for row in short]) + "\n", encoding="utf-8")
    print(f"{len(short)} abbreviations -> {OUT_ABBR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
