"""Date lines in the Thai solar calendar (Buddhist Era years), the Solar Hijri calendar, Japanese and Taiwanese
era years, full-width digits, the Arabic month names of the Levant and the Maghreb, and Vietnamese numbered months
(issue 15: the unseen pages are worldwide news). Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_calendars import solar_hijri
from newstrace.extract.date_read import first_visible_day
from tests.extract.date_pages import page_dates


@pytest.mark.parametrize(("line", "day"), [
    ("4 พฤษภาคม 2563 เวลา 10:30 น.", date(2020, 5, 4)),      # Thai, full month name, BE 2563 = 2020
    ("4 พ.ค. 2563", date(2020, 5, 4)),                       # abbreviated month
    ("๔ พฤษภาคม พ.ศ. ๒๕๖๓", date(2020, 5, 4)),               # Thai digits, era mark
    ("۱۵ اردیبهشت ۱۳۹۹ - ۱۲:۳۰", date(2020, 5, 4)),          # Persian digits, Solar Hijri
    ("یکشنبه ۱ دی ۱۳۹۸", date(2019, 12, 22)),                # a two-letter month after a weekday
    ("12 مهر 1399", date(2020, 10, 3)),
    ("令和2年5月4日 19時30分", date(2020, 5, 4)),               # Japanese era year (Reiwa 2 = 2020)
    ("令和元年5月1日", date(2019, 5, 1)),                      # the era's first year
    ("平成31年4月30日", date(2019, 4, 30)),
    ("民國109年5月4日", date(2020, 5, 4)),                     # Taiwan's Minguo years
    ("２０２０年５月４日", date(2020, 5, 4)),                   # full-width digits
    ("２０２０／０５／０４ １９：３０", date(2020, 5, 4)),        # full-width slashes
    ("الاثنين 4 أيار 2020", date(2020, 5, 4)),                # Levantine month name
    ("٤ أيار/مايو ٢٠٢٠", date(2020, 5, 4)),                   # both names, Arabic-Indic digits
    ("4 مايو (أيار) 2020", date(2020, 5, 4)),
    ("12 تشرين الأول، 2020", date(2020, 10, 12)),             # a two-word name, an Arabic comma
    ("4 كانون الثاني 2020", date(2020, 1, 4)),
    ("4 جوان 2020", date(2020, 6, 4)),                        # Algeria / Tunisia
    ("4 غشت 2020", date(2020, 8, 4)),                         # Morocco
    ("4 ابريل 2020", date(2020, 4, 4)),                       # written without hamza
    ("Thứ Hai, ngày 4 tháng 5 năm 2020", date(2020, 5, 4)),   # Vietnamese numbered month
    ("04 Tháng 5, 2020 19:30", date(2020, 5, 4)),
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
    assert first_visible_day("4 مايكل 2020", month_first=False) is None       # a name that starts like "ماي"


@pytest.mark.parametrize("html, day", [
    pytest.param('<html lang="th"><head><title>เปิดเส้นทางเรือใหม่</title></head><body>'
                 '<h1>เปิดเส้นทางเรือใหม่</h1><div class="date">วันจันทร์ที่ 4 พฤษภาคม 2563 เวลา 10:30 น.</div>'
                 '<p>การท่าเรือแจ้งว่าเส้นทางเรือใหม่จะเริ่มให้บริการในฤดูร้อนนี้ หลังจากการเจรจาหลายเดือน '
                 'ผู้โดยสารสามารถจองตั๋วได้ตั้งแต่สัปดาห์หน้าเป็นต้นไป</p></body></html>',
                 "2020-05-04", id="thai"),
    pytest.param('<html lang="ja"><head><title>新しいフェリー航路が開設</title></head><body>'
                 '<h1>新しいフェリー航路が開設</h1><p class="date">２０２０年５月４日　１９時３０分</p>'
                 '<p>港湾当局は火曜日、新しいフェリー航路が春に運航を開始すると発表した。両岸の町との数か月にわたる'
                 '協議の末に決まったもので、一日あたり約二千人の利用が見込まれている。</p></body></html>',
                 "2020-05-04", id="japanese-full-width"),
    pytest.param('<html lang="ar"><head><title>افتتاح خط العبارات الجديد</title></head><body>'
                 '<h1>افتتاح خط العبارات الجديد</h1><div class="date">الثلاثاء 13 تشرين الأول 2020 - 14:05</div>'
                 '<p>قالت هيئة الميناء يوم الثلاثاء إن خط العبارات الجديد سيبدأ في الربيع بعد أشهر من المحادثات مع '
                 'البلدتين على جانبي الخليج.</p></body></html>',
                 "2020-10-13", id="lebanese-arabic"),
])
def test_issue15_a_news_pages_date_line_in_another_calendar_or_script_dates_it(html, day):
    """Thai Buddhist-era, Japanese full-width and Levantine Arabic month names on a date line."""
    published, _ = page_dates(html)
    assert published is not None and (published.value, published.method) == (day, "visible")


@pytest.mark.parametrize(("line", "day"), [
    ("تاریخ انتشار: ۱۳۹۹/۰۲/۱۵ - ۱۰:۳۰", date(2020, 5, 4)),   # Persian digits, year first
    ("انتشار 1399-02-15", date(2020, 5, 4)),                    # ASCII digits on a Persian line
    ("۱۴۰۲/۱۲/۲۹", date(2024, 3, 19)),                          # the last day of a year
])
def test_issue15_numeric_solar_hijri_date_lines_are_read(line, day):
    """Iranian sites write the Solar Hijri date in digits too; before, only dates with a month name were read."""
    assert first_visible_day(line, month_first=False) == day


def test_issue15_numeric_solar_hijri_needs_a_whole_date_and_persian_text():
    assert first_visible_day("کد خبر: 1399/02/15/123", month_first=False) is None  # a path or an id
    assert first_visible_day("Agincourt 1415-10-25 was", month_first=False) is None  # ASCII text: no Hijri year


def test_issue15_a_persian_update_line_before_the_publication_keeps_them_apart():
    line = "به‌روزرسانی ۱۳۹۹/۰۲/۲۰ انتشار ۱۳۹۹/۰۲/۱۵"
    html = (f"<html lang='fa'><head><title>اتوبوس شبانه</title></head><body><article><h1>اتوبوس شبانه</h1>"
            f"<div>{line}</div><p>{'شورای شهر روز دوشنبه تصمیم گرفت خطوط اتوبوس شبانه را گسترش دهد. ' * 3}</p>"
            "</article></body></html>")
    published, modified = page_dates(html)
    assert published is not None and published.value[:10] == "2020-05-04"
    assert modified is not None and modified.value[:10] == "2020-05-09"
