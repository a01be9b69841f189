""""listopad" / "listopada" is October in Croatian and November in Czech and Polish (CLDR): a Croatian page's date line
is read in its own language (issue 15: before, every page read it as November, a month late on Croatian pages). Every
page and line here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_patterns import month_number
from tests.extract.date_pages import page_dates


def _page(lang: str, title: str, line: str, story: str) -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f'<div class="meta"><span class="date">{line}</span></div><p>{story * 3}</p></article></body></html>')


@pytest.mark.parametrize(("lang", "title", "line", "story", "day"), [
    ("hr", "Nova trajektna linija", "utorak, 13. listopada 2020. u 14:05",
     "Lučka uprava objavila je u utorak da će nova trajektna linija krenuti na proljeće. ", date(2020, 10, 13)),
    ("hr-HR", "Nova trajektna linija", "Objavljeno: 13. listopad 2020.",
     "Lučka uprava objavila je u utorak da će nova trajektna linija krenuti na proljeće. ", date(2020, 10, 13)),
    ("pl", "Nowa linia promowa", "13 listopada 2020, 14:05",
     "Zarząd portu poinformował we wtorek, że nowa linia promowa ruszy wiosną. ", date(2020, 11, 13)),
    ("cs", "Nová trajektová linka", "13. listopadu 2020 14:05",
     "Správa přístavu v úterý oznámila, že nová trajektová linka začne jezdit na jaře. ", date(2020, 11, 13)),
])
def test_issue15_listopad_is_read_in_the_pages_language(lang, title, line, story, day):
    published, _ = page_dates(_page(lang, title, line, story))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_the_croatian_reading_needs_a_croatian_page():
    assert month_number("listopada", "hr") == 10
    assert month_number("Listopad", "hr") == 10
    assert month_number("listopada", "pl") == 11
    assert month_number("listopada") == 11
