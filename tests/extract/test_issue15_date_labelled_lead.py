"""Issue 15: a date the opening sentence names (an event's day) right under the headline was the page's date even
when the article states its publication under a label ("Veröffentlicht: 4. März 2021"). A labelled publication
date now comes first; without a label the nearest date stays. Every page here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.date_pages import page_dates

_BODY = {
    "de": "Die Stadtverwaltung hat am Mittwoch neue Pläne für den Ausbau des Radwegenetzes vorgestellt. " * 3,
    "en": "The city council presented new plans on Wednesday to extend the network of cycle lanes in town. " * 3,
    "fr": "La mairie a présenté mercredi de nouveaux projets pour le réseau de pistes cyclables de la ville. " * 3,
}


def _page(lang: str, opening: str, label_line: str = "") -> str:
    meta = f'<p class="meta">{label_line}</p>' if label_line else ""
    return (f'<html lang="{lang}"><head><title>Orgelkonzert</title></head><body><nav><a href="/">Start</a></nav>'
            f'<article><h1>Orgelkonzert im Dom</h1><p>{opening}</p><p>{_BODY[lang]}</p><p>{_BODY[lang]}</p>{meta}'
            f'</article><footer>© 2021</footer></body></html>')


@pytest.mark.parametrize(("lang", "opening", "label_line"), [
    ("de", "Am 20. März 2021 spielt der Domorganist Werke von Bach.", "Veröffentlicht: 4. März 2021"),
    ("en", "On March 20, 2021, the cathedral organist will play works by Bach.", "Published: March 4, 2021"),
    ("en", "The cathedral organist will play works by Bach on March 20, 2021.", "Posted on March 4, 2021 in Local"),
    ("fr", "Le 20 mars 2021, l'organiste de la cathédrale jouera des œuvres de Bach.", "Publié le 4 mars 2021"),
])
def test_issue15_a_labelled_publication_date_beats_the_opening_sentences_day(lang, opening, label_line):
    published, _ = page_dates(_page(lang, opening, label_line))
    assert published is not None and (published.value, published.method) == ("2021-03-04", "visible")


def test_issue15_without_a_label_the_date_nearest_the_headline_stays():
    published, _ = page_dates(_page("en", "On March 20, 2021, the cathedral organist will play works by Bach."))
    assert published is not None and published.value == "2021-03-20"


def test_issue15_an_update_label_is_no_publication_label():
    published, modified = page_dates(_page("en", "March 4, 2021", "Updated: March 6, 2021"))
    assert published is not None and published.value == "2021-03-04"
    assert modified is not None and modified.value[:10] == "2021-03-06"


_STRIP = ('<div class="topthemen"><a href="/a">Brand in Lagerhalle am Hafen gelöscht</a> <span>06.03.2021</span> '
          '<a href="/b">Neue Kita im Westend eröffnet</a> <span>05.03.2021</span></div>')
_STANDFIRST = ('<p class="teaser"><strong>Neue Wege für Radfahrer: Die Stadt plant ein dichteres Netz und breitere '
               'Spuren im Zentrum der Stadt.</strong></p>')


def _stripped_page(above: str, below: str) -> str:
    return (f'<html lang="de"><head><title>Neue Radwege</title></head><body><nav><a href="/">Start</a></nav>{above}'
            f'<div class="content"><h1>Neue Radwege für die Innenstadt</h1>{_STANDFIRST}{below}'
            f'<p>{_BODY["de"]}</p><p>{_BODY["de"]}</p></div></body></html>')


def test_issue15_a_strip_of_top_stories_above_the_headline_gives_no_kicker_date():
    """A date right after another story's linked title above the headline is that story's: the article's own
    date box below the standfirst dates the page (before, the strip's 6 March was the kicker date)."""
    published, _ = page_dates(_stripped_page(_STRIP, '<div class="date">04.03.2021</div>'))
    assert published is not None and (published.value, published.method) == ("2021-03-04", "visible")


def test_issue15_a_kicker_with_a_section_link_and_a_byline_with_an_author_link_still_date_the_page():
    kicker = '<p class="kicker"><a href="/lokales">Lokales</a> | 04.03.2021</p>'
    published, _ = page_dates(_stripped_page(kicker, ""))
    assert published is not None and (published.value, published.method) == ("2021-03-04", "visible")
    byline = '<div class="post-name">Von <a href="/autor">Anna / Berg Maria Lind</a> | 04.03.2021</div>'
    published, _ = page_dates(_stripped_page("", byline).replace(_STANDFIRST, ""))
    assert published is not None and (published.value, published.method) == ("2021-03-04", "visible")


def test_issue15_a_breadcrumbs_last_link_in_its_own_box_leaves_the_kicker_date_line():
    """Only a link in the date's own box makes it a teaser's date: a breadcrumb ending in a long section name, with
    the article's date line in the next box right above the headline, still dates the page."""
    crumbs = ('<div class="crumbs"><a href="/">Start</a> › <a href="/lokales">Lokales aus Stadt und Land</a></div>'
              '<p>04.03.2021</p>')
    published, _ = page_dates(_stripped_page(crumbs, ""))
    assert published is not None and (published.value, published.method) == ("2021-03-04", "visible")
