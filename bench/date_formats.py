"""Date lines as the Unicode CLDR writes them, in the languages of worldwide news: which does the page-date
cascade read? (issue 15: the held-out and unseen news pages are worldwide.)

    .venv/bin/python bench/date_formats.py [--show] [LANG ...]      # needs Babel (installed with the test extras)

For each language, two days (17 May 2020 and 4 November 2020: a day over 12, and one that a month-first reading
would swap) are written in CLDR's full, long, medium and short date formats and the long, medium and short date-time
formats (Babel's ``format_date`` / ``format_datetime``), each put as the date line under the headline of a page
this script writes (``<html lang=...>``, a headline, the line, a paragraph), and read with ``dates.find_dates``.
A line counts as read when the published day is the day written. No eval or training text is used.

Figures (2026-12-07, issue 15, the 72 languages of ``NEWS_LANGUAGES``; lines not read, of 144 per format):

* at the session's start (measured with the same pages): full/long/medium date 47/44/64 of 168 lines over 84
  languages; after the CLDR abbreviations of the page's language, medium 64 -> 43.
* after 'del' before the year, direction marks, an Arabic comma after the month, year-first lines with a
  non-Latin month name or a year mark, slashed month names: full 14, long 11, medium 14, short 9 of 144; with
  the Sinhala, Amharic and Pashto CLDR month names: full 10, long 6, medium 9, short 9; with a comma after the day
  before a non-Latin month name (Telugu) and Thai's Christian-era mark: full 4, long 4, medium 9, short 9.
  With two-digit years read in date lines (issue 15, ``pat.NUMERIC_SHORT_DATE``; not in year-first languages) and
  Filipino month first: short 9 -> 6. With Vietnamese "thg" on a line of ASCII only (on a Vietnamese page),
  Filipino's own CLDR abbreviations ("Nob"), Thai abbreviations with a Christian-era year ("17 พ.ค. 2020"): medium
  9 -> 4. With Mongolian's "2020 оны 5-р сарын 17" (numbered or ordinal-word month) and Basque's "2020ko maiatzaren
  17a" (genitive or abbreviated month, ASCII: read on a Basque page): full 4 -> 0, long 4 -> 0, medium 4 -> 0. What is
  left: the year-first two-digit short formats of Korean, Nepali and Basque ("20. 5. 17.", "20/5/17"), left unread
  on purpose.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

NEWS_LANGUAGES = ("en de fr es it pt nl ru uk be pl cs sk sl hr sr bs bg mk ro hu el tr id ms vi th zh ja ko ar fa "
                  "he ur hi bn ta te mr ne ml kn gu pa sv nb nn da fi et lv lt sq ka hy az kk uz ky mn sw tl fil ca "
                  "gl eu af am my km si ps").split()
DAYS = (date(2020, 5, 17), date(2020, 11, 4))
FORMATS = ("full", "long", "medium", "short")
_BODY = "The council met on the question of the new bridge and heard the residents who came. " * 6


def page(lang: str, line: str) -> str:
    return (f'<html lang="{lang}"><head><title>Story of the bridge</title></head><body><article>'
            f'<h1>Story of the bridge over the river</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{_BODY}</p></article></body></html>')


def lines(lang: str):
    """``(format, kind, day, line)`` for each CLDR format of ``lang``."""
    from babel.dates import format_date, format_datetime

    for day in DAYS:
        for fmt in FORMATS:
            yield fmt, "date", day, format_date(day, fmt, locale=lang)
            if fmt != "full":
                yield fmt, "datetime", day, format_datetime(datetime(day.year, day.month, day.day, 14, 30), fmt,
                                                            locale=lang)


def published_day(html: str) -> str | None:
    from newstrace.extract import metadata
    from newstrace.extract.dates import find_dates
    from newstrace.extract.html import parse_html

    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 12, 1))
    return published.value[:10] if published else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("langs", nargs="*", help="languages (default: NEWS_LANGUAGES)")
    ap.add_argument("--show", action="store_true", help="print every line not read")
    args = ap.parse_args(argv)
    try:
        import babel  # noqa: F401
    except ImportError:
        print("[bench] Babel is not installed: skipping")
        return 0
    misses, total, by_lang = Counter(), Counter(), Counter()
    for lang in args.langs or NEWS_LANGUAGES:
        for fmt, kind, day, line in lines(lang):
            got = published_day(page(lang, line))
            total[fmt, kind] += 1
            if got != day.isoformat():
                misses[fmt, kind] += 1
                by_lang[lang] += 1
                if args.show:
                    print(f"{lang}\t{fmt}/{kind}\t{line!r}\t-> {got}")
    print("misses / lines by format:", {f"{f}/{k}": f"{misses[f, k]}/{n}" for (f, k), n in total.items()})
    print("languages with misses:", dict(by_lang.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
