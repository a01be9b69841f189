"""Visible dates in the other calendars that worldwide news sites write their date lines in (issue 15): the
Thai solar calendar (Buddhist Era years, "4 พฤษภาคม 2563", "4 พ.ค. 2563": the Gregorian year + 543), the Solar
Hijri calendar of Iranian and Afghan sites ("۱۵ اردیبهشت ۱۳۹۹", 15 Ordibehesht 1399 = 4 May 2020), and the
era years of Japan and Taiwan ("令和2年5月4日", "令和元年", "民國109年5月4日"; months and days are Gregorian); and the
Gregorian months by the Arabic names the one-word CLDR table leaves out: the Levantine and Iraqi ones ("4 أيار 2020",
two-word "كانون الثاني", "تشرين الأول"), the Maghreb's ("جوان", "غشت"), spellings without hamza ("ابريل"), and both
names at once as many Arab papers print them ("4 أيار/مايو 2020", "4 مايو (أيار) 2020"); and Vietnamese
numbered months ("ngày 4 tháng 5 năm 2020", "04 Tháng 5, 2020").

Read by ``date_read.matches`` beside the Gregorian shapes, after native digits were made ASCII. A page's
machine stamps (JSON-LD, meta) are Gregorian already; these are the date lines readers see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

_THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6,
    "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}
_PERSIAN_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
    # Afghanistan names the same months after the zodiac in Dari ("۲۸ ثور ۱۳۹۹" = 17 May 2020), and in Pashto
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8, "قوس": 9, "جدی": 10,
    "دلو": 11, "حوت": 12,
    "وری": 1, "غویی": 2, "غبرګولی": 3, "چنګاښ": 4, "زمری": 5, "وږی": 6, "تله": 7, "لړم": 8, "لیندۍ": 9,
    "مرغومی": 10, "سلواغه": 11, "کب": 12,
}
_ARABIC_MONTHS = {
    # Levantine and Iraqi (Syriac) names, with and without hamza / madda
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12, "كانون الاول": 12,
    # the Maghreb: Algeria and Tunisia (French-derived), Morocco
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    # Egypt and the standard names, also written without hamza (the second name of a pair may be any of these)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
}
BUDDHIST_ERA = 543  # Thai solar years run 543 ahead of the Gregorian year (same months and days since 1941)


def _alternatives(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# day, month, (optional "พ.ศ." era mark) year 2500-2599: "4 พฤษภาคม 2563", "4 พ.ค. 63" is left out (two digits); or a
# Christian-era year, as CLDR's Thai formats write it ("17 พ.ค. 2020": an abbreviation with dots inside, which the
# month word of date_patterns cannot take)
_THAI_DATE = re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_alternatives(_THAI_MONTHS)})\s*"
                        r"(?:[พค]\.\s?ศ\.\s*)?(?P<year>25\d\d|(?:19|20)\d\d)(?!\d)")
# day, month, year 1300-1499 (Solar Hijri 1300 = 1921): "۱۵ اردیبهشت ۱۳۹۹"; a month name is a whole word
_PERSIAN_DATE = re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_alternatives(_PERSIAN_MONTHS)})"
                           r"(?:\s*ماه)?\s*(?P<year>1[34]\d\d)(?!\d)")

# year 1300-1499, month, day in digits, year first as Iranian sites write them: "۱۳۹۹/۰۲/۱۵", "1399-02-15" (asked only
# on text that is not ASCII, a Persian page's; no Gregorian news date has such a year)
_PERSIAN_NUMERIC = re.compile(r"(?<![\d/.-])(?P<year>1[34]\d\d)(?P<sep>[/.-])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
                              r"(?P<day>[0-3]?\d)(?![\d/.-])")


# an era's name, its year (元 = the first), month and day: 令和 (Reiwa, 2019 = 1), 平成 (Heisei, 1989 = 1), 民國 (Minguo,
# Taiwan, 1912 = 1); the year before the era's first is added to the era's year
_ERAS = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
_ERA_DATE = re.compile(rf"(?P<era>{_alternatives(_ERAS)})\s*(?P<year>元|\d{{1,3}})\s*年\s*(?P<month>[01]?\d)\s*月\s*"
                       r"(?P<day>[0-3]?\d)\s*日")


# day, an Arabic month name, perhaps a second name for the same month after "/" or in brackets, year
_ARABIC_DATE = re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_alternatives(_ARABIC_MONTHS)})"
                          rf"(?:\s*[/(-]\s*(?:{_alternatives(_ARABIC_MONTHS)})\s*\)?)?\s*[،,]?\s*"
                          r"(?P<year>(?:19|20)\d\d)(?!\d)")

# Vietnamese: day, "tháng" (month; "thg" abbreviated, CLDR's medium format) and its number, "năm" (year) or a comma, year
_VIETNAMESE_DATE = re.compile(r"(?<!\d)(?P<day>[0-3]?\d)\s+(?:th[áa]ng|thg)\s+(?P<month>[01]?\d)(?:\s+n[ăa]m|\s*,)\s*"
                              r"(?P<year>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


# Mongolian (CLDR): year "оны", the month as an ordinal word or a number with "-р", "сарын", day: "2020 оны 5-р сарын 17",
# "2020 оны арван нэгдүгээр сарын 4"
_MONGOLIAN_MONTHS = {"нэгдүгээр": 1, "хоёрдугаар": 2, "гуравдугаар": 3, "дөрөвдүгээр": 4, "тавдугаар": 5,
                     "зургаадугаар": 6, "долоодугаар": 7, "наймдугаар": 8, "есдүгээр": 9, "аравдугаар": 10,
                     "арван нэгдүгээр": 11, "арван хоёрдугаар": 12}
_MONGOLIAN_DATE = re.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s*оны\s+(?:(?P<number>[01]?\d)-р|(?P<word>"
                             rf"{_alternatives(_MONGOLIAN_MONTHS)}))\s+сарын\s+(?P<day>[0-3]?\d)(?!\d)", re.IGNORECASE)
# Basque (CLDR): year and "-ko" / "(e)ko", the month's name in the genitive ("maiatzaren") or abbreviated ("mai."), the day
# with its article ("17a", "17(a)"): "2020ko maiatzaren 17a", "2020(e)ko aza. 4(a)"
_BASQUE_MONTHS = {name: n for n, stem in enumerate(("urtarril", "otsail", "martxo", "apiril", "maiatz", "ekain", "uztail",
                                                    "abuztu", "irail", "urri", "azaro", "abendu"), start=1)
                  for name in (stem + "aren", stem + "a")}
_BASQUE_MONTHS.update({abbr: n for n, abbr in enumerate(("urt", "ots", "mar", "api", "mai", "eka", "uzt", "abu", "ira",
                                                         "urr", "aza", "abe"), start=1)})
_BASQUE_DATE = re.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\(e\)|-?e?)ko\s+(?P<month>{_alternatives(_BASQUE_MONTHS)})"
                          r"\.?\s+(?P<day>[0-3]?\d)(?:\(a\)|a)?(?!\d)", re.IGNORECASE)


def calendar_matches(text: str) -> Iterator[tuple[int, date]]:
    """Where each Thai, Solar Hijri, era-year, Arabic-named, Vietnamese, Mongolian or Basque date in ``text``
    starts, and its Gregorian day."""
    for m in _MONGOLIAN_DATE.finditer(text):
        month = int(m.group("number")) if m.group("number") else _MONGOLIAN_MONTHS[" ".join(m.group("word").lower().split())]
        value = _safe(int(m.group("year")), month, int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _BASQUE_DATE.finditer(text):
        value = _safe(int(m.group("year")), _BASQUE_MONTHS[m.group("month").lower()], int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _VIETNAMESE_DATE.finditer(text):
        value = _safe(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _ARABIC_DATE.finditer(text):
        value = _safe(int(m.group("year")), _ARABIC_MONTHS[m.group("month")], int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _ERA_DATE.finditer(text):
        year = 1 if m.group("year") == "元" else int(m.group("year"))
        value = _safe(_ERAS[m.group("era")] + year, int(m.group("month")), int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _THAI_DATE.finditer(text):
        year = int(m.group("year"))
        value = _safe(year - BUDDHIST_ERA if year >= 2500 else year, _THAI_MONTHS[m.group("month")], int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _PERSIAN_DATE.finditer(text):
        value = solar_hijri(int(m.group("year")), _PERSIAN_MONTHS[m.group("month")], int(m.group("day")))
        if value:
            yield m.start(), value
    for m in _PERSIAN_NUMERIC.finditer(text):
        value = solar_hijri(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if value:
            yield m.start(), value


def solar_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (arithmetic 33-year cycle: right for 1300-1499, the years a
    news page writes), or None when the month has no such day."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    if month == 12 and day == 30 and not _leap(year):
        return None
    epoch = _farvardin_first(year)
    return epoch + timedelta(days=(month - 1) * 31 + day - 1 if month <= 7 else 186 + (month - 7) * 30 + day - 1)


def _leap(year: int) -> bool:
    """The arithmetic 33-year rule: years 1, 5, 9, 13, 17, 22, 26 and 30 of each cycle have a 30 Esfand (1370,
    1375, 1379, ..., 1399, 1403, 1408: the leap years Iran's calendar had)."""
    return year % 33 in (1, 5, 9, 13, 17, 22, 26, 30)


def _farvardin_first(year: int) -> date:
    """1 Farvardin (Nowruz) of a Solar Hijri year from 1300 on (1 Farvardin 1300 = 21 March 1921)."""
    return date(1921, 3, 21) + timedelta(days=sum(366 if _leap(y) else 365 for y in range(1300, year)))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
