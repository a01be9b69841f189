"""A page that declares no language is read in the language of its own text (issue 15: many worldwide 2020 pages
declare none). Before, its numeric dates were read by the host alone (month first on a .com: a French "05/11/2020"
became 11 May) and its abbreviated month names ("4 avr. 2020", "17 ott 2020"), which are read only in their own
language, not at all. An English page without a language keeps the host's reading. Every page here is written for
these tests."""

from __future__ import annotations

from newstrace.extract import metadata
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html
from tests.extract.date_pages import TODAY

FR = ("L'autorité portuaire a annoncé mardi que la nouvelle ligne de ferry commencera au printemps après des mois "
      "de discussions avec les deux villes et les syndicats du port. ")
IT = ("L'autorità portuale ha annunciato martedì che la nuova linea di traghetti partirà in primavera dopo mesi "
      "di trattative con i due comuni e con i sindacati del porto. ")
EN = ("The harbour board said on Tuesday that the new ferry line would start in spring after months of talks with "
      "the two towns and the unions of the port. ")


def _dates(title: str, line: str, story: str, url: str):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f'<div class="meta"><span class="date">{line}</span></div><p>{story * 3}</p></article></body></html>')
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, url, today=TODAY)


def test_issue15_a_french_page_without_a_language_reads_its_numeric_date_day_first():
    published, _ = _dates("Nouvelle ligne de ferry", "Publié le 05/11/2020 à 14h05", FR, "https://www.example.com/port/ferry")
    assert published is not None and published.value[:10] == "2020-11-05"


def test_issue15_an_italian_page_without_a_language_reads_its_abbreviated_month():
    """Read by the date line itself (before, only htmldate's last-resort search found it, as a doubted guess)."""
    published, _ = _dates("Nuova linea di traghetti", "17 ott 2020, 14:05", IT, "https://www.example.com/porto/traghetti")
    assert published is not None and (published.value[:10], published.method) == ("2020-10-17", "visible")


def test_issue15_an_english_page_without_a_language_keeps_the_hosts_order():
    published, _ = _dates("New ferry line", "Posted 05/11/2020", EN, "https://www.example.com/harbour/ferry")
    assert published is not None and published.value[:10] == "2020-05-11"
    published, _ = _dates("New ferry line", "Posted 05/11/2020", EN, "https://www.example.co.uk/harbour/ferry")
    assert published is not None and published.value[:10] == "2020-11-05"
