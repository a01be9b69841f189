"""Date lines as the Unicode CLDR's date formats print them in worldwide news languages (issue 15: the held-out
pages are worldwide). Every page and line here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_read import first_visible_day
from tests.extract.date_pages import page_dates


def _page(lang: str, line: str) -> str:
    body = "The harbour board said on Tuesday that the new ferry line would start in spring after months of talks. " * 3
    return (f'<html lang="{lang}"><head><title>New ferry line for the harbour</title></head><body><article>'
            f'<h1>New ferry line for the harbour</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{body}</p></article></body></html>')


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("es", "Domingo 17 de mayo del 2020", date(2020, 5, 17)),  # Latin American Spanish writes "del" before the year
    ("es", "4 de noviembre del 2020 - 14:30", date(2020, 11, 4)),
    ("ca", "17 de maig del 2020", date(2020, 5, 17)),          # Catalan, CLDR's long format
    ("ar", "4\u200f/11\u200f/2020", date(2020, 11, 4)),         # Arabic: a right-to-left mark before each slash
    ("ar", "17\u200f/5\u200f/2020، 2:30 م", date(2020, 5, 17)),
])
def test_issue15_cldr_date_lines_date_the_page(lang, line, day):
    """Before, "del" stopped the day-month-year shape (the page went undated), and the direction marks of an
    Arabic date made it no date for our readers, while htmldate read 4/11/2020 month first (11 April)."""
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_direction_marks_keep_the_page_order():
    assert first_visible_day("04\u200e/11\u200e/2020", month_first=True) == date(2020, 4, 11)
    assert first_visible_day("04\u200f/11\u200f/2020", month_first=False) == date(2020, 11, 4)
    assert first_visible_day("Gol del 2020", month_first=False) is None
