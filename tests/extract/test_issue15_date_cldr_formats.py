"""Date lines as the Unicode CLDR's date formats print them in worldwide news languages (issue 15: the held-out
pages are worldwide). Every page and line here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract.date_read import first_visible_day
from tests.extract.date_pages import page_dates


def _page(lang: str, line: str) -> str:
    body = "The harbour board said on Tuesday that the new ferry line would start in spring after months of talks. " * 3
    return (f'<html lang="{lang}"><head><title>New ferry line for the harbour</title></head><body><article>'
            f'<h1>New ferry line for the harbour</h1><div class="meta"><span class="date">{line}</span></div>'
            f'<p>{body}</p></article></body></html>')


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("es", "Domingo 17 de mayo del 2020", date(2020, 5, 17)),  # Latin American Spanish writes "del" before the year
    ("es", "4 de noviembre del 2020 - 14:30", date(2020, 11, 4)),
    ("ca", "17 de maig del 2020", date(2020, 5, 17)),          # Catalan, CLDR's long format
    ("ar", "4\u200f/11\u200f/2020", date(2020, 11, 4)),         # Arabic: a right-to-left mark before each slash
    ("ar", "17\u200f/5\u200f/2020، 2:30 م", date(2020, 5, 17)),
])
def test_issue15_cldr_date_lines_date_the_page(lang, line, day):
    """Before, "del" stopped the day-month-year shape (the page went undated), and the direction marks of an
    Arabic date made it no date for our readers, while htmldate read 4/11/2020 month first (11 April)."""
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_direction_marks_keep_the_page_order():
    assert first_visible_day("04\u200e/11\u200e/2020", month_first=True) == date(2020, 4, 11)
    assert first_visible_day("04\u200f/11\u200f/2020", month_first=False) == date(2020, 11, 4)
    assert first_visible_day("Gol del 2020", month_first=False) is None


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("fr", "Publié le 4 avr. 2020 à 14h30", date(2020, 4, 4)),  # French: "avr." and "déc." were no month
    ("fr-FR", "17 déc. 2020", date(2020, 12, 17)),
    ("it", "Pubblicato il 4 ott 2020", date(2020, 10, 4)),      # Italian "ott", "gen"
    ("it", "17 gen 2020, 09:12", date(2020, 1, 17)),
    ("nl", "4 mrt 2020", date(2020, 3, 4)),                      # Dutch "mrt"
    ("pl", "4 lis 2020", date(2020, 11, 4)),                     # "lis" is November in Polish ...
    ("hr", "4. lis 2020.", date(2020, 10, 4)),                   # ... and October in Croatian
    ("hu", "2020. márc. 17. 14:30", date(2020, 3, 17)),          # Hungarian, year first, abbreviated
    ("el", "17 Μαΐ 2020", date(2020, 5, 17)),                    # Greek, three letters
    ("he", "4 בנוב׳ 2020", date(2020, 11, 4)),                  # Hebrew "in Nov." with its geresh
    ("hi", "4 नव॰ 2020", date(2020, 11, 4)),                     # Hindi with the abbreviation sign
])
def test_issue15_abbreviated_months_of_the_pages_language_are_read(lang, line, day):
    """CLDR's abbreviated month names (data/dates_month_abbr.tsv): before, each of these lines was no date."""
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_an_abbreviation_is_a_month_only_in_its_own_language():
    """Short names are everyday words elsewhere: "pro" is December on a Czech page, a word on an English one."""
    assert first_visible_day("4. pro 2020", month_first=False) is None
    published, _ = page_dates(_page("en", "MacBook Pro 13 2020 review"))
    assert published is None
    published, _ = page_dates(_page("cs", "4. pro 2020"))
    assert published is not None and published.value == "2020-12-04"
    published, _ = page_dates(_page("de", "4 avr. 2020"))
    # our readers leave it (htmldate, the last resort, may read it with dateparser's French: before the fix of the
    # kept dateparser patterns it had raised and given nothing)
    assert published is None or published.method == "htmldate"


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("ur", "اتوار، 17 مئی، 2020", date(2020, 5, 17)),          # Urdu: an Arabic comma after the month
    ("ne", "2020 मे 17, आइतबार", date(2020, 5, 17)),            # year, space, a month in another script
    ("ml", "2020 മേയ് 17", date(2020, 5, 17)),
    ("hy", "2020 թ. մայիսի 17, կիրակի", date(2020, 5, 17)),     # Armenian year mark
    ("kk", "2020\u202fж. 17 мамыр, 14:30", date(2020, 5, 17)),  # Kazakh: year mark, then day and month
    ("ky", "2020-ж., 17-май", date(2020, 5, 17)),               # Kyrgyz
    ("lv", "svētdiena, 2020. gada 17. maijs", date(2020, 5, 17)),  # Latvian "gada" (of the year)
    ("vi", "Chủ nhật, 17 thg 5, 2020", date(2020, 5, 17)),     # Vietnamese "thg" (month, abbreviated)
])
def test_issue15_year_marks_and_commas_of_more_languages_are_read(lang, line, day):
    """CLDR's long and medium formats of these languages: before, each line was no date."""
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_a_bare_year_before_a_latin_word_is_no_date():
    assert first_visible_day("Saison 2020 Mai 17", month_first=False) is None
    assert first_visible_day("Top 2020 March 17", month_first=True) is None


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("es", "Publicado: 17/may/2020", date(2020, 5, 17)),  # day, month's name and year joined by slashes
    ("pt", "17/mai/2020 - 14h30", date(2020, 5, 17)),
])
def test_issue15_slashed_month_names_are_read(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_an_arabic_update_line_keeps_published_and_modified_apart():
    """Two readers find an Arabic-named date (the Arabic calendar table and the CLDR month names); the second copy
    lost its "updated" label, so the update became the publication."""
    published, modified = page_dates(_page("ar", "آخر تحديث: 18 مايو 2020 - نشر في 17 مايو 2020"))
    assert published is not None and published.value == "2020-05-17"
    assert modified is not None and modified.value == "2020-05-18"


@pytest.mark.parametrize(("lang", "line"), [
    ("sr", "Ажурирано 18.05.2020. Објављено 17.05.2020."),   # Serbian (Cyrillic), Macedonian alike
    ("lt", "Atnaujinta 2020-05-18 Paskelbta 2020-05-17"),    # Lithuanian
    ("lv", "Atjaunots 18.05.2020 Publicēts 17.05.2020"),     # Latvian
    ("et", "Uuendatud 18.05.2020 Avaldatud 17.05.2020"),     # Estonian
    ("sl", "Posodobljeno 18. 5. 2020 Objavljeno 17. 5. 2020"),  # Slovenian
    ("sq", "Përditësuar 18.05.2020 Publikuar 17.05.2020"),   # Albanian
    ("ka", "განახლდა 18.05.2020 გამოქვეყნდა 17.05.2020"),    # Georgian
    ("bn", "আপডেট 18 মে 2020 প্রকাশিত 17 মে 2020"),          # Bengali
    ("es", "Modificado 18/05/2020 Creado 17/05/2020"),       # Spanish, a CMS's words
])
def test_issue15_update_first_lines_of_more_languages_keep_the_first_publication(lang, line):
    """An update shown before the publication: before, the update (first on the line) was the published date."""
    published, modified = page_dates(_page(lang, line))
    assert published is not None and published.value == "2020-05-17"
    assert modified is not None and modified.value == "2020-05-18"


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("fa-AF", "۲۸ ثور ۱۳۹۹", date(2020, 5, 17)),  # Dari: Solar Hijri months named after the zodiac (Sawr)
    ("ps", "۲۸ غویی ۱۳۹۹", date(2020, 5, 17)),    # Pashto's names of the same months
    ("fa-AF", "۱ حمل ۱۴۰۰", date(2021, 3, 21)),   # Hamal 1 is Nowruz
])
def test_issue15_afghan_solar_hijri_date_lines_are_read(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("si", "2020 වෙසක් 17, ඉරිදා", date(2020, 5, 17)),   # Sinhala's CLDR month names (data/dates_months.tsv)
    ("am", "እሑድ 17 ሜይ 2020", date(2020, 5, 17)),          # Amharic, Gregorian months
    ("ps", "17 مۍ 2020", date(2020, 5, 17)),               # Pashto
])
def test_issue15_sinhala_amharic_and_pashto_month_names_are_read(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("te", "17, మే 2020, ఆదివారం", date(2020, 5, 17)),    # Telugu: a comma after the day
    ("th", "17 พฤษภาคม ค.ศ. 2020", date(2020, 5, 17)),   # Thai, Christian era marked ("ค.ศ.")
])
def test_issue15_telugu_comma_and_thai_christian_era_are_read(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_a_comma_after_a_number_before_a_latin_month_is_no_date():
    assert first_visible_day("Chapter 12, May 2020", month_first=True) is None


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("vi", "17 thg 5, 2020", date(2020, 5, 17)),            # Vietnamese medium format: all ASCII, read before only
    ("vi", "14:30:00 4 thg 11, 2020", date(2020, 11, 4)),   # with a non-ASCII letter somewhere on the line
    ("fil", "Nob 4, 2020", date(2020, 11, 4)),              # Filipino's CLDR abbreviations (the table had Tagalog's names)
    ("fil", "Peb 17, 2020, 2:30 PM", date(2020, 2, 17)),
    ("th", "17 พ.ค. 2020", date(2020, 5, 17)),               # Thai abbreviation (dots inside) with a Christian-era year
    ("th", "4 พ.ย. 2563 14:30", date(2020, 11, 4)),          # ... and with the Buddhist-era year, as before
])
def test_issue15_medium_cldr_formats_of_vietnamese_filipino_and_thai_date_the_page(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")


def test_issue15_an_ascii_thg_line_is_read_only_on_a_vietnamese_page():
    """"thg" is read as Vietnamese's month word only on a page in Vietnamese (or on a line with its letters)."""
    from newstrace.extract.date_read import NumericOrder, labelled_days

    assert labelled_days("17 thg 5, 2020", NumericOrder(False, None, "en")) == []
    assert [d for _, d, _ in labelled_days("17 thg 5, 2020", NumericOrder(False, None, "vi"))] == [date(2020, 5, 17)]


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("mn", "2020\u202fоны 5-р сарын 17 14:30", date(2020, 5, 17)),              # Mongolian: numbered month ...
    ("mn", "2020 оны арван нэгдүгээр сарын 4, лхагва гараг", date(2020, 11, 4)),  # ... or its ordinal word
    ("eu", "2020ko maiatzaren 17a", date(2020, 5, 17)),                         # Basque: genitive month, year first
    ("eu", "2020(e)ko aza. 4(a) (14:30:00)", date(2020, 11, 4)),
])
def test_issue15_mongolian_and_basque_year_first_lines_date_the_page(lang, line, day):
    published, _ = page_dates(_page(lang, line))
    assert published is not None and (published.value, published.method) == (day.isoformat(), "visible")
