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
