"""The record view used by linking: dates from the head of a body, URL words, boilerplate lines."""

from datetime import date

from newstrace.link.text import Article, content_paragraphs, head_date, is_boilerplate, lead, url_words
from newstrace.record import DateValue, Record


def test_head_date_reads_common_date_lines():
    assert head_date("Quake hits island\nNovember 27th, 2005, 7: 35 am\nText.") == date(2005, 11, 27)
    assert head_date("Posted 11 / 28 / 05\nText.") == date(2005, 11, 28)
    assert head_date("Last Updated: Monday, 28 November 2005\nText.") == date(2005, 11, 28)
    assert head_date("Headline\nNo date.\nStill none.\nNor here.\nLine five: May 4, 2011") is None


def test_head_date_skips_impossible_dates():
    assert head_date("Posted 13 / 45 / 2005\nText") is None


def test_url_words_keep_the_slug_and_drop_furniture():
    words = url_words("https://www.example.com/news/world/2018/01/angola-satellite-launch.html?ref=home")
    assert words[:3] == ["angola", "satellite", "launch"]
    assert "html" not in words and "news" not in words


def test_boilerplate_lines():
    assert is_boilerplate("Read more: weather news")
    assert is_boilerplate("Copyright 2026 News Portal. All rights reserved.")
    assert is_boilerplate("By Jane Roe")
    assert is_boilerplate("By Jane Roe, Reuters")
    assert not is_boilerplate("By Monday the river had risen four metres across the valley.")


def test_content_paragraphs_drop_dateline_and_outlet_line():
    body = "Daily Ledger\nRIVERTON (Daily Ledger) — Rain fell.\nMore rain."
    assert content_paragraphs(body, "Daily Ledger") == ["Rain fell.", "More rain."]


def test_lead_cuts_after_n_words():
    assert lead("one two three four", 2) == "one two "
    assert lead("one two", 5) == "one two"


def test_article_of_record_and_dict_agree():
    record = Record(id="r1", title="T", body="Body text", url="https://www.ledger.example/a",
                    published=DateValue("2026-03-02T10:00:00+00:00", "input", 1.0))
    from_record = Article.of(record)
    from_dict = Article.of(record.to_dict())
    assert from_record == from_dict
    assert from_record.day == date(2026, 3, 2)
    assert from_record.outlet_domain == "ledger.example"


def test_headline_falls_back_to_a_short_first_line():
    article = Article.of({"id": "x", "body": "Quake hits island\nA quake hit the island."})
    assert article.headline_and_text() == ("Quake hits island", "A quake hit the island.")
