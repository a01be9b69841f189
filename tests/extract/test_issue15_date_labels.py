"""'Updated' and 'published' labels in more of the worldwide news languages (issue 15): a date line that
shows the update first must not give the update as the publication. Every page here is written for these tests."""

from __future__ import annotations

import pytest

from newstrace.extract.date_read import labelled_days
from tests.extract.date_pages import page_dates


def page(lang: str, title: str, line: str, story: str) -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><h1>{title}</h1>'
            f'<div class="date">{line}</div><p>{story}</p></body></html>')


@pytest.mark.parametrize(("lang", "title", "line", "story"), [
    ("uk", "Нова поромна лінія", "Оновлено: 14.10.2020, 09:10 · Опубліковано: 13.10.2020, 14:05",
     "Адміністрація порту заявила у вівторок, що нова поромна лінія почне роботу навесні після місяців перемовин."),
    ("cs", "Nová trajektová linka", "Aktualizováno 14. 10. 2020 9:10 · Publikováno 13. 10. 2020 14:05",
     "Správa přístavu v úterý oznámila, že nová trajektová linka začne jezdit na jaře po měsících jednání."),
    ("el", "Νέα γραμμή πορθμείων", "Ενημερώθηκε: 14/10/2020 09:10 · Δημοσιεύθηκε: 13/10/2020 14:05",
     "Η λιμενική αρχή ανακοίνωσε την Τρίτη ότι η νέα γραμμή θα ξεκινήσει την άνοιξη μετά από μήνες συνομιλιών."),
    ("id", "Jalur feri baru", "Diperbarui 14/10/2020, 09:10 WIB · Diterbitkan 13/10/2020, 14:05 WIB",
     "Otoritas pelabuhan mengatakan pada hari Selasa bahwa jalur feri baru akan mulai beroperasi pada musim semi."),
    ("ar", "خط العبارات الجديد", "تاريخ التحديث: 14/10/2020 - نشر في: 13/10/2020",
     "قالت هيئة الميناء يوم الثلاثاء إن خط العبارات الجديد سيبدأ في الربيع بعد أشهر من المحادثات مع البلدتين."),
    ("fa", "خط جدید کشتی", "به\u200cروزرسانی: ۲۰۲۰/۱۰/۱۴ - تاریخ انتشار: ۲۰۲۰/۱۰/۱۳",
     "سازمان بندر روز سه‌شنبه اعلام کرد که خط جدید کشتی پس از ماه‌ها گفتگو در بهار راه‌اندازی می‌شود."),
    ("ko", "새 여객선 노선", "업데이트 2020.10.14 09:10 · 입력 2020.10.13 14:05",
     "항만 당국은 화요일 새 여객선 노선이 수개월간의 협의 끝에 봄에 운항을 시작한다고 밝혔다."),
    ("hi", "नई फेरी लाइन", "अपडेटेड 14 अक्टूबर 2020 · प्रकाशित 13 अक्टूबर 2020",
     "बंदरगाह प्राधिकरण ने मंगलवार को कहा कि महीनों की बातचीत के बाद नई फेरी लाइन वसंत में शुरू होगी।"),
    ("sw", "Njia mpya ya kivuko", "Ilisasishwa: 14/10/2020 09:10 · Imechapishwa: 13/10/2020 14:05",
     "Mamlaka ya bandari ilisema Jumanne kwamba njia mpya ya kivuko itaanza kazi msimu ujao baada ya mazungumzo."),
    ("sw", "Njia mpya ya kivuko", "Imesasishwa 14 Oktoba 2020 · Ilichapishwa 13 Oktoba 2020",
     "Mamlaka ya bandari ilisema Jumanne kwamba njia mpya ya kivuko itaanza kazi msimu ujao baada ya mazungumzo."),
])
def test_issue15_an_update_shown_before_the_publication_is_the_modified_date(lang, title, line, story):
    html = page(lang, title, line, story)
    published, modified = page_dates(html)
    assert published is not None and (published.value[:10], published.method) == ("2020-10-13", "visible")
    assert modified is not None and modified.value[:10] == "2020-10-14"


def test_issue15_labels_mark_which_day_is_which():
    assert [updated for _, _, updated in labelled_days("수정 2020.10.14 · 입력 2020.10.13", False)] == [True, False]
    assert [updated for _, _, updated in labelled_days("更新时间：2020-10-14 发布时间：2020-10-13", False)] == [True, False]
    assert [updated for _, _, updated in labelled_days("Publicat 13.10.2020, actualizat 14.10.2020", False)] == \
        [False, True]


def test_issue15_a_reference_lists_citation_dates_are_not_the_pages_date():
    """An encyclopedia-style page: its only dates under the headline are the days its references were
    cited, which belong to other documents; the page shows its update (labelled) and nothing else."""
    html = ('<html lang="en"><head><title>Bay ferry line</title></head><body><h1>Bay ferry line</h1>'
            '<div class="page-info">Last updated: 14 October 2020</div>'
            '<p>The bay ferry line links the two towns on either side of the bay; it started in spring after '
            'months of talks between the towns and the harbour authority.</p>'
            '<ol class="references"><li class="reference-item">Harbour report, <span>cited 2013-10-22</span></li>'
            '<li class="reference-item">Town council minutes, <span>cited 2013-11-05</span></li></ol>'
            '</body></html>')
    published, modified = page_dates(html)
    assert published is None or not published.value.startswith("2013-")
    assert modified is not None and modified.value == "2020-10-14"


def test_issue15_a_swahili_page_showing_only_its_update_is_dated_by_it_as_an_update():
    """"Ilisasishwa mwisho" (last updated) alone: the update, never a plain publication date (issue 15)."""
    html = page("sw", "Njia mpya ya kivuko", "Ilisasishwa mwisho: 14 Oktoba 2020",
                "Mamlaka ya bandari ilisema Jumanne kwamba njia mpya ya kivuko itaanza kazi msimu ujao.")
    published, modified = page_dates(html)
    assert modified is not None and modified.value[:10] == "2020-10-14"
    assert published is None or published.method == "modified"
