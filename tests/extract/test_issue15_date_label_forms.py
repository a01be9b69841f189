"""More forms of the 'updated' and 'published' labels (issue 15): the feminine participles a Spanish, Portuguese
or Italian news item takes ("Actualizada", "Atualizada", "Aggiornata", "Publicada", "Pubblicata"), Turkish
"Güncellenme" / "Yayın tarihi" (htmldate's own date patterns write the first), and the labels of Azerbaijani,
Greek, Vietnamese, Urdu and Tamil date lines. Before, the update shown first was taken as the publication.
Every page here is written for these tests."""

from __future__ import annotations

import pytest

from newstrace.extract.date_read import labelled_days, published_label
from tests.extract.date_pages import page_dates

STORY = {
    "es": "La autoridad portuaria dijo el martes que la nueva línea de transbordadores empezará en primavera.",
    "pt": "A autoridade portuária disse na terça-feira que a nova linha de balsas começará na primavera.",
    "it": "L'autorità portuale ha detto martedì che la nuova linea di traghetti partirà in primavera.",
    "tr": "Liman idaresi salı günü yeni feribot hattının aylar süren görüşmelerin ardından baharda başlayacağını söyledi.",
    "az": "Liman idarəsi çərşənbə axşamı yeni bərə xəttinin aylarla davam edən danışıqlardan sonra yazda açılacağını bildirib.",
        "ta": "புதிய படகு சேவை பல மாத பேச்சுவார்த்தைகளுக்குப் பிறகு வசந்த காலத்தில் தொடங்கும் என்று துறைமுக ஆணையம் செவ்வாய்க்கிழமை தெரிவித்தது.",
}


def page(lang: str, line: str, *, headline: bool) -> str:
    """A news item under its headline, or (``headline=False``) a page whose title is only the site's name."""
    title = " ".join(STORY[lang].split()[0:4])
    head = f"<h1>{title}</h1>" if headline else ""
    return (f'<html lang="{lang}"><head><title>{title if headline else "Port News"}</title></head><body>{head}'
            f'<div class="info"><span>{line}</span></div><p>{STORY[lang] * 3}</p></body></html>')


LINES = [
    ("es", "Actualizada 14/10/2020 09:10 | Publicada 13/10/2020 14:05"),
    ("pt", "Atualizada em 14/10/2020 - 09:10 Publicada em 13/10/2020 - 14:05"),
    ("it", "Aggiornata il 14/10/2020 alle 09:10 Pubblicata il 13/10/2020 alle 14:05"),
    ("tr", "Güncellenme: 14.10.2020 09:10 Oluşturulma: 13.10.2020 14:05"),
    ("tr", "Güncellenme Tarihi: 14 Ekim 2020 Yayın Tarihi: 13 Ekim 2020"),
    ("az", "Yenilənib: 14 oktyabr 2020 Dərc edilib: 13 oktyabr 2020"),
    ("ta", "புதுப்பிக்கப்பட்டது: 14 அக்டோபர் 2020 வெளியிடப்பட்டது: 13 அக்டோபர் 2020"),
]


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize(("lang", "line"), LINES)
def test_issue15_an_update_shown_first_in_more_label_forms_is_the_modified_date(lang, line, headline):
    published, modified = page_dates(page(lang, line, headline=headline))
    assert published is not None and published.value[:10] == "2020-10-13"
    assert modified is not None and modified.value[:10] == "2020-10-14"


@pytest.mark.parametrize(("text", "flags"), [
    ("Actualizada 14/10/2020 · Publicada 13/10/2020", [True, False]),
    ("Publicada em 13/10/2020, atualizada em 14/10/2020", [False, True]),
    ("Pubblicata il 13/10/2020, aggiornata il 14/10/2020", [False, True]),
    ("Yayımlanma: 13.10.2020 · Güncellenme: 14.10.2020", [False, True]),
    ("புதுப்பிக்கப்பட்டது: 14 அக்டோபர் 2020 வெளியிடப்பட்டது: 13 அக்டோபர் 2020", [True, False]),
])
def test_issue15_the_feminine_and_turkish_labels_mark_which_day_is_which(text, flags):
    assert [updated for _, _, updated in labelled_days(text, False)] == flags


def test_issue15_a_feminine_label_alone_still_leaves_the_update_as_modified():
    """A Spanish item that shows only its update: the update stays the modified date (and, doubted, the published
    one: ``dates._update_only``), never a plain visible publication."""
    published, modified = page_dates(page("es", "Actualizada el 14 de octubre de 2020", headline=True))
    assert modified is not None and modified.value[:10] == "2020-10-14"
    assert published is not None and published.method == "modified"


@pytest.mark.parametrize("label", ["Δημοσίευση:", "Ngày đăng", "شائع", "Yayın Tarihi:", "Publicada em", "Pubblicata il",
                                   "Dərc edilib:", "வெளியிடப்பட்டது:"])
def test_issue15_a_publication_label_in_more_languages_labels_the_date_after_it(label):
    """A labelled date is the page's shown publication before an unlabelled one (``dates._shown_date``)."""
    line = f"{label} 13/10/2020"
    assert published_label(line, line.index("13/"))
