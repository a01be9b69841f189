"""Numeric dates in the order of the page's region, as CLDR's short date formats write them (issue 15): Spanish in
Puerto Rico and Panama writes the month first ("5/11/2020" is 11 May), as do the US territories' English pages; the
region may stand only in og:locale beside a bare <html lang="es">. Spanish elsewhere stays day first. Every page here
is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.date_pages import page_dates

STORY = ("La autoridad portuaria dijo el martes que la nueva línea de lanchas empezará en verano tras meses de "
         "conversaciones con los dos municipios. ")


def _page(lang: str, line: str, og_locale: str = "") -> str:
    og = f'<meta property="og:locale" content="{og_locale}">' if og_locale else ""
    return (f'<html lang="{lang}"><head><title>Nueva línea de lanchas</title>{og}</head><body><article>'
            f'<h1>Nueva línea de lanchas</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{STORY * 3}</p></article></body></html>')


@pytest.mark.parametrize(("lang", "og_locale", "line", "day"), [
    ("es-PR", "", "Publicado el 5/11/2020 a las 2:30 p.m.", date(2020, 5, 11)),
    ("es-pa", "", "5/11/2020", date(2020, 5, 11)),
    ("es", "es_PR", "Publicado: 05/11/2020 14:30", date(2020, 5, 11)),
    ("en-GU", "", "Posted 05/11/2020", date(2020, 5, 11)),
])
def test_issue15_a_month_first_region_reads_its_numeric_dates_month_first(lang, og_locale, line, day):
    published, _ = page_dates(_page(lang, line, og_locale))
    assert published is not None and published.value[:10] == day.isoformat()


@pytest.mark.parametrize(("lang", "og_locale"), [("es", ""), ("es-ES", ""), ("es", "es_MX"), ("es-MX", "es_PR")])
def test_issue15_other_spanish_pages_stay_day_first(lang, og_locale):
    published, _ = page_dates(_page(lang, "Publicado el 5/11/2020", og_locale))
    assert published is not None and published.value[:10] == "2020-11-05"
