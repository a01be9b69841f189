"""Date lines in more languages (issue 15): month names from the Unicode CLDR (data/dates_months.tsv, made by
bench/build_month_names.py), native digits, year-first month names. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import date_patterns as pat
from newstrace.extract.date_read import first_visible_day
from tests.extract.date_pages import page_dates


@pytest.mark.parametrize(("line", "day"), [
    ("13 жовтня 2020 року, 14:05", date(2020, 10, 13)),        # Ukrainian
    ("Τρίτη 13 Οκτωβρίου 2020", date(2020, 10, 13)),           # Greek
    ("الثلاثاء ١٣ أكتوبر ٢٠٢٠", date(2020, 10, 13)),            # Arabic, Arabic-Indic digits
    ("۱۳ اکتبر ۲۰۲۰", date(2020, 10, 13)),                      # Persian digits, Gregorian month
    ("2020. október 13. 14:05", date(2020, 10, 13)),           # Hungarian, year first
    ("2020 m. spalio 13 d.", date(2020, 10, 13)),              # Lithuanian
    ("13 בנובמבר 2020", date(2020, 11, 13)),                   # Hebrew, "in November"
    ("13 octombrie 2020", date(2020, 10, 13)),                 # Romanian
    ("13 серпня 2020", date(2020, 8, 13)),
])
def test_issue15_date_lines_in_more_languages_are_read(line, day):
    """None of these was read before: the month names were not in the hand table, or the digits not ASCII."""
    assert first_visible_day(line, month_first=False) == day


def test_issue15_the_hand_table_wins_and_everyday_words_stay_words():
    assert pat.month_number("listopada") == 11  # Polish in the hand table; Croatian's October left out
    assert pat.month_number("Mai") == 5
    for word in ("pro", "beal", "noll", "ion"):  # short abbreviations elsewhere, words or names here
        assert pat.month_number(word) is None
    assert first_visible_day("MacBook Pro 13 2020", month_first=False) is None
    assert first_visible_day("Copyright 2020. All rights 13", month_first=False) is None


def test_issue15_an_arabic_news_pages_date_line_dates_it():
    html = ('<html lang="ar"><head><title>افتتاح خط العبارات الجديد</title></head><body>'
            '<h1>افتتاح خط العبارات الجديد</h1><div class="date">الثلاثاء ١٣ أكتوبر ٢٠٢٠ - ١٤:٠٥</div>'
            '<p>قالت هيئة الميناء يوم الثلاثاء إن خط العبارات الجديد سيبدأ في الربيع بعد أشهر من المحادثات.</p>'
            '</body></html>')
    published, _ = page_dates(html)
    assert published is not None and (published.value, published.method) == ("2020-10-13", "visible")


@pytest.mark.parametrize(("line", "day"), [
    ("13 अक्टूबर 2020, 14:05 IST", date(2020, 10, 13)),      # Hindi: the month's name carries vowel signs
    ("१३ मई २०२०", date(2020, 5, 13)),                         # Hindi, Devanagari digits, a two-letter month
    ("১৩ মে ২০২০", date(2020, 5, 13)),                          # Bengali digits and month
    ("13 ஜூன் 2020", date(2020, 6, 13)),                       # Tamil
    ("13 มีนาคม 2020", date(2020, 3, 13)),                     # Thai, Gregorian year
    ("๑๓ มีนาคม ๒๐๒๐", date(2020, 3, 13)),                     # Thai digits
    ("2020. 10. 13. 오후 2:05", date(2020, 10, 13)),           # Korean: a space after each dot
    ("Published: Tuesday, 13-Oct-2020", date(2020, 10, 13)),  # day-month-year joined by hyphens
])
def test_issue15_indic_thai_korean_and_hyphenated_date_lines_are_read(line, day):
    """Month names of Indic and Thai script are letters and combining marks, which the month word did not
    take; their digits were not ASCII; Korean and hyphenated shapes were not in the patterns."""
    assert first_visible_day(line, month_first=False) == day


def test_issue15_wider_shapes_do_not_read_prose_as_dates():
    assert first_visible_day("In 2020. 5 of the 13 stations closed.", month_first=False) is None
    assert first_visible_day("Trains ran 13-18 times a day in 2020", month_first=False) is None
    assert pat.month_number("में") is None  # Hindi "in", beside "मे" (Marathi May)


def test_issue15_a_hindi_news_pages_date_line_dates_it():
    html = ('<html lang="hi"><head><title>नई नौका सेवा शुरू</title></head><body>'
            '<h1>नई नौका सेवा शुरू</h1><div class="date">अपडेट नहीं · 13 अक्टूबर 2020, 14:05 IST</div>'
            '<p>बंदरगाह प्राधिकरण ने मंगलवार को कहा कि नई नौका सेवा वसंत में शुरू होगी।</p>'
            '</body></html>')
    published, _ = page_dates(html)
    assert published is not None and (published.value, published.method) == ("2020-10-13", "visible")


def test_issue15_a_scraped_date_line_in_native_digits_is_a_timestamp():
    """The text path reads a date line's native digits as the HTML path does, its clock and zone too."""
    from newstrace.extract.timestamps import parse_timestamp

    stamp = parse_timestamp("१३ अक्टूबर २०२०, १४:०५ IST")
    assert stamp is not None and stamp.value == "2020-10-13T14:05:00+05:30"
    stamp = parse_timestamp("الثلاثاء ١٣ أكتوبر ٢٠٢٠ - ١٤:٠٥")
    assert stamp is not None and stamp.value == "2020-10-13T14:05:00"
