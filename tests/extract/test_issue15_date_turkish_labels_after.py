"""Turkish writes the verb after the date: "18.05.2020 tarihinde güncellendi" (updated on), "17 Mayıs 2020'de
yayınlandı" (published on), the shape htmldate's own date patterns read. Such a label is its date's, not the next
date's (issue 15: an update written first gave its label to the publication after it, and the page took the update
as published or none). Every page and line here is written for these tests."""

from __future__ import annotations

import pytest

from newstrace.extract.date_read import labelled_days
from tests.extract.date_pages import page_dates

STORY = "Liman idaresi salı günü yeni feribot hattının aylar süren görüşmelerin ardından baharda başlayacağını söyledi. "


def _page(line: str) -> str:
    return ('<html lang="tr"><head><title>Yeni feribot hattı baharda</title></head><body><article>'
            f'<h1>Yeni feribot hattı baharda</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{STORY * 3}</p></article></body></html>')


@pytest.mark.parametrize("line", [
    "14.10.2020 tarihinde güncellendi | 13.10.2020 tarihinde yayınlandı",
    "14 Ekim 2020 09:10'da güncellendi · 13 Ekim 2020 14:05'te yayımlandı",
])
def test_issue15_an_update_labelled_after_its_date_is_the_modified_date(line):
    published, modified = page_dates(_page(line))
    assert published is not None and published.value[:10] == "2020-10-13"
    assert modified is not None and modified.value[:10] == "2020-10-14"


@pytest.mark.parametrize(("text", "flags"), [
    ("14.10.2020 tarihinde güncellendi 13.10.2020", [True, False]),
    ("13 Ekim 2020'de yayınlandı, 14 Ekim 2020'de güncellendi", [False, True]),
    ("Güncellenme: 14.10.2020 · Yayın tarihi: 13.10.2020", [True, False]),  # labels before the date still lead
])
def test_issue15_a_label_after_a_date_marks_that_date(text, flags):
    assert [updated for _, _, updated in labelled_days(text, False)] == flags
