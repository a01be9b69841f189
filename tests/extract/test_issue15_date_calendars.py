"""Date lines in the Thai solar calendar (Buddhist Era years) and the Solar Hijri calendar (issue 15: the unseen
pages are worldwide news). Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.date_calendars import solar_hijri
from newstrace.extract.date_read import first_visible_day
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html


@pytest.mark.parametrize(("line", "day"), [
    ("4 พฤษภาคม 2563 เวลา 10:30 น.", date(2020, 5, 4)),      # Thai, full month name, BE 2563 = 2020
    ("4 พ.ค. 2563", date(2020, 5, 4)),                       # abbreviated month
    ("๔ พฤษภาคม พ.ศ. ๒๕๖๓", date(2020, 5, 4)),               # Thai digits, era mark
    ("۱۵ اردیبهشت ۱۳۹۹ - ۱۲:۳۰", date(2020, 5, 4)),          # Persian digits, Solar Hijri
    ("یکشنبه ۱ دی ۱۳۹۸", date(2019, 12, 22)),                # a two-letter month after a weekday
    ("12 مهر 1399", date(2020, 10, 3)),
])
def test_issue15_dates_of_other_calendars_are_read_as_gregorian_days(line, day):
    assert first_visible_day(line, month_first=False) == day


def test_issue15_solar_hijri_years_and_leap_days():
    assert solar_hijri(1399, 1, 1) == date(2020, 3, 20)       # Nowruz after a Gregorian leap day
    assert solar_hijri(1400, 1, 1) == date(2021, 3, 21)
    assert solar_hijri(1399, 12, 30) == date(2021, 3, 20)     # 1399 is a leap year
    assert solar_hijri(1398, 12, 30) is None                  # 1398 is not
    assert solar_hijri(1399, 7, 31) is None                   # the second half's months have 30 days


def test_issue15_a_month_name_without_a_date_stays_a_word():
    assert first_visible_day("خبرگزاری مهر ۱۳۹۹", month_first=False) is None  # "Mehr" news agency, a year
    assert first_visible_day("มีนาคม 2563", month_first=False) is None        # a month and a year, no day


def test_issue15_a_thai_news_pages_date_line_dates_it():
    html = ('<html lang="th"><head><title>เปิดเส้นทางเรือใหม่</title></head><body>'
            '<h1>เปิดเส้นทางเรือใหม่</h1><div class="date">วันจันทร์ที่ 4 พฤษภาคม 2563 เวลา 10:30 น.</div>'
            '<p>การท่าเรือแจ้งว่าเส้นทางเรือใหม่จะเริ่มให้บริการในฤดูร้อนนี้ หลังจากการเจรจาหลายเดือน '
            'ผู้โดยสารสามารถจองตั๋วได้ตั้งแต่สัปดาห์หน้าเป็นต้นไป</p></body></html>')
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 11, 25))
    assert published is not None and (published.value, published.method) == ("2020-05-04", "visible")
