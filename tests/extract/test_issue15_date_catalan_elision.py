"""Catalan elides "de" before a month's name that starts with a vowel: "13 d’abril de 2020", "d’agost", "d’octubre",
as CLDR's Catalan date formats print them (issue 15: the held-out news pages are worldwide; before, such a date line
was no date, and a Catalan page whose only date line is one went undated or took another day). Every page and line
here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_read import first_visible_day
from tests.extract.date_pages import page_dates


def _page(line: str, later: str = "") -> str:
    story = ("L'autoritat portuària va dir dimarts que la nova línia de transbordadors començarà a la primavera "
             "després de mesos de converses amb els dos municipis. ")
    return ('<html lang="ca"><head><title>Nova línia de transbordadors al port</title></head><body><article>'
            '<h1>Nova línia de transbordadors al port</h1><div class="meta"><span class="date">'
            f'{line}</span></div><p>{story * 2}{later}</p><p>{story}</p></article></body></html>')


@pytest.mark.parametrize(("line", "day"), [
    ("13 d’abril de 2020", date(2020, 4, 13)),
    ("dijous, 13 d’agost del 2020, 10:15", date(2020, 8, 13)),
    ("Publicat el 13 d'octubre de 2020", date(2020, 10, 13)),  # a straight apostrophe, as many pages type it
])
def test_issue15_a_catalan_date_line_with_an_elided_de_dates_the_page(line, day):
    published, _ = page_dates(_page(line, later="La línia va obrir el 2 de maig de 2019 en proves."))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_the_elided_de_is_read_only_between_a_day_and_a_month():
    assert first_visible_day("13 d’abril de 2020", month_first=False) == date(2020, 4, 13)
    assert first_visible_day("13 d’abril", month_first=False) is None  # no year
    assert first_visible_day("13 d’aigua 2020", month_first=False) is None  # not a month
