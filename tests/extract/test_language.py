"""Language detection (issue 16: the language gate relies on it, so short English texts must stay English)."""

import pytest

from newstrace.extract.language import detect_language

SHORT_ENGLISH = [
    "Police said on Monday that the man was arrested in Leeds after a long chase.",
    "The Turkish and Greek sides of the island have agreed to share information on missing people.",
    "U.S. Secretary of State telephoned the Russian Foreign Minister on Tuesday to discuss a truce.",
    "British Defence Secretary Tom King has promised to continue military aid to the region.",
    "The German government today welcomed the President's latest policy statement as proof of goodwill.",
]

OTHER_LANGUAGES = {
    "de": "Die Regierung hat am Montag beschlossen, dass die Steuern nicht erhöht werden, sagte der Minister.",
    "hu": "A kormány szerint minden kikötő hétfőn bezárt, mert a vihar miatt a hajók nem tudtak kifutni.",
    "fr": "Le gouvernement a annoncé lundi que les impôts ne seraient pas augmentés, a déclaré le ministre.",
    "pt": "O governo anunciou nesta segunda-feira que os impostos não vão subir, disse o ministro.",
    "es": "El gobierno anunció el lunes que no subirá los impuestos, dijo el ministro en Madrid.",
    "nl": "De regering heeft maandag besloten dat de belastingen niet omhoog gaan, zei de minister.",
    "ru": "Правительство в понедельник объявило, что налоги не будут повышены, заявил министр.",
    "ja": "政府は月曜日、税金を引き上げないと発表した。",
}


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_short_english_sentences_are_english(text):
    """Regression: jusText's stop lists hold common English words ("the", "government", "official"), so
    short English sentences came out as Marathi, Finnish or Czech and the English stages were skipped."""
    assert detect_language(text) == "en"


@pytest.mark.parametrize("code,text", sorted(OTHER_LANGUAGES.items()))
def test_other_languages_are_told_apart(code, text):
    assert detect_language(text) == code


def test_too_little_text_is_unknown():
    assert detect_language("Lisbon, Monday") is None


def test_a_short_text_with_little_evidence_is_unknown_not_a_guess():
    """'met' (Dutch and Afrikaans) and 'in' are all the stop words here: too little to call it Dutch."""
    assert detect_language("Narendra Modi met investors. Faith in Modi remains high, analysts in Delhi said.") \
        in (None, "en")


def _counted_cjk(text):
    """The characters ``_mostly_cjk`` counts, counted one by one (the reference for its quick search)."""
    return sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")


@pytest.mark.parametrize("char", ["\u3040", "\u30ff", "\u4e00", "\u9fff", "\uac00", "\ud7af",  # the ranges' edges
                                  "\u303f", "\u3100", "\u4dff", "\ua000", "\uabff", "\ud7b0", "a", "é"])
def test_issue15_quick_cjk_search_finds_what_the_count_counts(char):
    """Regression (issue 15, speed): a text is searched for kana, CJK ideographs and hangul in C before they
    are counted; the search must find exactly the characters the count counts, edges of each range included."""
    from newstrace.extract.language import _CJK_RE, _mostly_cjk

    text = f"ab {char}"
    assert (_CJK_RE.search(text) is not None) == (_counted_cjk(text) > 0)
    assert _mostly_cjk(char * 3) == (_counted_cjk(char) == 1)


def test_issue15_cjk_pages_are_still_told_by_script():
    assert detect_language("東京都は月曜日、新しい防災計画を発表した。" * 3) == "ja"
    assert detect_language("北京市政府周一宣布了新的交通计划，以减少拥堵。" * 3) == "zh"
    assert detect_language("서울시는 월요일 새로운 교통 계획을 발표했다. " * 3) == "ko"
