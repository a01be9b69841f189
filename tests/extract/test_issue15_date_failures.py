"""A page whose extraction fails still says when it was published (issue 15): the error record keeps the
dates from the page's meta tags, JSON-LD or URL. Every page here is written for these tests."""

from __future__ import annotations

import json

import pytest

from newstrace.errors import NewstraceError
from newstrace.extract import html as html_mod
from newstrace.pipeline import Pipeline
from newstrace.record import Page

STORY = ("<h1>Ferry line to start in spring</h1><p>The harbour authority said on Tuesday that the new ferry "
         "line would start in spring, after months of talks with the two towns on either side of the bay.</p>"
         "<p>Officials expect about two thousand passengers a day once the service runs every hour.</p>")
JSONLD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Ferry line to start in spring", "datePublished": "2019-04-02T08:15:00+02:00",
                     "dateModified": "2019-04-03T10:00:00+02:00"})
PAGE = (f'<html><head><title>Ferry line to start in spring</title>'
        f'<script type="application/ld+json">{JSONLD}</script></head><body>{STORY}</body></html>')


def _failing(exc: BaseException):
    def extract_body(*_args, **_kwargs):
        raise exc
    return extract_body


@pytest.mark.parametrize(("exc", "code"), [(ValueError("a library's bug"), "NT299"),
                                           (RecursionError("too deep"), "NT203")])
def test_issue15_a_body_failure_keeps_the_pages_dates(monkeypatch, exc, code):
    """Before, an exception in the body step (not ours to foresee: trafilatura, lxml) became a bare error
    record: the dates the page states in its head were lost with the body."""
    monkeypatch.setattr(html_mod, "extract_body", _failing(exc))
    with pytest.raises(NewstraceError) as raised:
        html_mod.extract_html(PAGE, url="https://example.org/news/ferry-line")
    assert raised.value.code == code
    fields = raised.value.fields
    assert fields["published"].value.startswith("2019-04-02") and fields["published"].method == "json-ld"
    assert fields["modified"].value.startswith("2019-04-03")
    assert fields["title"] == "Ferry line to start in spring"


def test_issue15_the_error_record_through_the_pipeline_has_the_date(monkeypatch):
    monkeypatch.setattr(html_mod, "extract_body", _failing(KeyError("x")))
    record = Pipeline(["extract"]).run(Page(id="p", content=PAGE, kind="html"))
    assert record.error is not None and record.error.code == "NT299"
    assert record.published is not None and record.published.value.startswith("2019-04-02")


def test_issue15_a_page_too_big_to_parse_is_dated_from_its_head(monkeypatch):
    """Over the element cap the page is not parsed at all (NT203); its head alone is, and it dates the page."""
    monkeypatch.setattr(html_mod, "MAX_ELEMENTS", 50)
    page = PAGE.replace("</body>", "<i></i>" * 200 + "</body>")
    with pytest.raises(NewstraceError) as raised:
        html_mod.extract_html(page, url="https://example.org/news/ferry-line")
    assert raised.value.code == "NT203"
    assert raised.value.fields["published"].value.startswith("2019-04-02")


def test_issue15_a_page_with_nothing_to_parse_is_dated_by_its_url():
    with pytest.raises(NewstraceError) as raised:
        html_mod.extract_html("   ", url="https://example.org/2018/11/05/ferry-line/")
    assert raised.value.code == "NT202"
    published = raised.value.fields["published"]
    assert (published.value, published.method) == ("2018-11-05", "url")
    with pytest.raises(NewstraceError) as raised:
        html_mod.extract_html("   ", url="https://example.org/news/ferry-line/")
    assert raised.value.fields["published"] is None


def _unclosed(n: int) -> str:
    """An old table-layout page: a date line, then a run of ``n`` unclosed ``<font>`` tags before the story."""
    return ('<html><head><title>Ferry line to start in spring</title></head><body>'
            '<h1>Ferry line to start in spring</h1><p class="date">Posted 12 March 2004</p>'
            + "<font size=2>" * n + STORY.split("</h1>", 1)[1] + "<p>Page last updated 30 June 2006</p></body></html>")


def test_issue15_text_under_hundreds_of_unclosed_tags_is_kept():
    """libxml2 stopped the whole parse at level 256 ("Excessive depth"): the story under 300 unclosed tags
    and everything after it were lost (NT201, no body)."""
    fields = html_mod.extract_html(_unclosed(300), url="https://example.org/news/ferry-line")
    assert "two thousand passengers" in fields["body"]
    assert fields["published"].value == "2004-03-12"


def test_issue15_a_page_nested_past_the_probe_is_dated_from_its_shallow_part():
    with pytest.raises(NewstraceError) as raised:
        html_mod.extract_html(_unclosed(2100), url="https://example.org/news/ferry-line")
    assert raised.value.code == "NT203"
    assert raised.value.fields["published"].value == "2004-03-12"


def test_issue15_confidence_follows_what_the_other_finders_say():
    """Fitted confidence (data/dates_confidence.tsv): a meta stamp the page's date line repeats is trusted more
    than one the URL contradicts; a doubted guess keeps its own low confidence."""
    from newstrace.extract.date_confidence import calibrated, state_of
    from newstrace.record import DateValue

    meta = DateValue("2012-07-23T10:00:00+00:00", "meta", 0.9)
    line = DateValue("2012-07-23", "visible", 0.8)
    url = DateValue("2012-07-24", "url", 0.75)
    assert state_of("2012-07-23", [meta, line]) == "agreed"
    assert state_of("2012-07-23", [meta]) == "alone"
    assert state_of("2012-07-23", [meta, line, url]) == "conflict"
    agreed, contradicted = calibrated(meta, [meta, line]), calibrated(meta, [meta, url])
    assert agreed is not None and contradicted is not None
    assert agreed.confidence > meta.confidence > contradicted.confidence
    doubted = DateValue("2012-07-23", "htmldate", 0.4)
    assert calibrated(doubted, []) == doubted


def test_issue15_a_json_ld_date_carries_a_fitted_confidence():
    fields = html_mod.extract_html(PAGE, url="https://example.org/news/ferry-line")
    published = fields["published"]
    assert published.method == "json-ld" and 0.5 < published.confidence <= 0.99


def test_issue15_a_page_over_its_time_budget_keeps_its_dates(monkeypatch):
    """The time budget ran out in the body step: the NT204 record kept nothing the extract stage had found."""
    from newstrace.budget import Deadline

    pipeline = Pipeline(["extract"])
    pipeline.warm_up()

    def extract_body(*_args, **_kwargs):
        raise Deadline()
    monkeypatch.setattr(html_mod, "extract_body", extract_body)
    record = pipeline.run(Page(id="p", content=PAGE, kind="html"))
    assert record.error is not None and record.error.code == "NT204"
    assert record.published is not None and record.published.value.startswith("2019-04-02")
    assert record.title == "Ferry line to start in spring"
