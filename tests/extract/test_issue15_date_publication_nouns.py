"""The "date of publication" labels name the publication with a noun: "Data de publicação", "Data di pubblicazione",
"Veröffentlichungsdatum", "Data publikacji", "Datum publikace", "Дата публикации", "Дата публікації", and Polish
"Dodano" (added). A date so labelled is the page's shown publication before an unlabelled one in the same line (an
event's day; issue 15: before, the first date of the line won). Every page and line here is written for these tests."""

from __future__ import annotations

import pytest

from newstrace.extract.date_read import published_label
from tests.extract.date_pages import page_dates


def _page(lang: str, line: str) -> str:
    story = "Harbour ferry news: the new line starts in spring after months of talks between the two towns. " * 3
    return (f'<html lang="{lang}"><head><title>Harbour ferry line</title></head><body><article>'
            f'<h1>Harbour ferry line</h1><p>{story}</p><div class="meta">{line}</div><p>{story}</p>'
            '</article></body></html>')


@pytest.mark.parametrize(("lang", "line"), [
    ("pt", "Audiência: 20/10/2020 · Data de publicação: 13/10/2020"),
    ("it", "Udienza: 20/10/2020 · Data di pubblicazione: 13/10/2020"),
    ("de", "Termin: 20.10.2020 · Veröffentlichungsdatum: 13.10.2020"),
    ("pl", "Termin: 20.10.2020 · Data publikacji: 13.10.2020"),
    ("cs", "Termín: 20. 10. 2020 · Datum publikace: 13. 10. 2020"),
    ("ru", "Слушания: 20.10.2020 · Дата публикации: 13.10.2020"),
    ("uk", "Слухання: 20.10.2020 · Дата публікації: 13.10.2020"),
    ("pl", "Termin: 20.10.2020 · Dodano: 13.10.2020"),
])
def test_issue15_a_date_labelled_with_the_publication_noun_is_the_shown_publication(lang, line):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value[:10], published.method) == ("2020-10-13", "visible")


def test_issue15_publication_nouns_label_the_date_after_them():
    for label in ("Data di pubblicazione:", "Data publikacji:", "Дата публикации:"):
        line = f"{label} 13.10.2020"
        assert published_label(line, line.index("13."))
