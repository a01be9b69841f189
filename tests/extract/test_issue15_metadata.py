"""issue 15: titles without site names or section paths, labelled bylines, broken XML declarations.

Every page here is written for these tests.
"""

from __future__ import annotations

import pytest

from newstrace.extract.html import extract_html
from newstrace.extract.metadata import clean_authors
from newstrace.extract.titles import clean_title
from tests.extract.test_html import PARAGRAPHS

ARTICLE = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(title: str, head: str = "", byline: str = "", prolog: str = "<!DOCTYPE html>") -> str:
    return (f"{prolog}<html lang=\"en\"><head><title>{title}</title>{head}</head><body><main><article>"
            f"<h2>Harbour news</h2>{byline}{ARTICLE}</article></main></body></html>")


@pytest.mark.parametrize("title, url, expected", [
    ("MyFox Houston | Flood closes\n\tschools across the county", "https://www.myfoxhouston.com/news/flood",
     "Flood closes schools across the county"),
    ("TV3 &gt; News &gt; Flood closes schools across the county", "https://www.tv3.example/news/flood",
     "Flood closes schools across the county"),
    ("Flood closes schools across the county - smh.com.au", "https://www.smh.com.au/national/flood",
     "Flood closes schools across the county"),
    ("Flood closes schools: what parents need to know", "https://dailyglobe.example/flood",
     "Flood closes schools: what parents need to know"),
])
def test_issue15_site_names_and_paths_leave_the_title(title, url, expected):
    assert extract_html(_page(title), url=url)["title"] == expected


def test_issue15_site_name_from_og_site_name_or_publisher_is_dropped_at_either_end():
    head = '<meta property="og:site_name" content="The Valmora Gazette">'
    page = _page("The Valmora Gazette - Valmora closes northern quay | Harbour", head)
    assert extract_html(page, url="https://gazette.example/q")["title"] == "Valmora closes northern quay | Harbour"
    assert clean_title("Quay closes — Valmora Gazette Online", ["Valmora Gazette Online"]) == "Quay closes"


def test_issue15_a_dash_inside_a_headline_is_kept():
    assert clean_title("Port strike - what we know so far", [], "dailyglobe.example") == "Port strike - what we know so far"


@pytest.mark.parametrize("raw, expected", [
    (["Written By: Maria Lopez"], ["Maria Lopez"]),
    (["Posted by Tom Hardy"], ["Tom Hardy"]),
    (["By: John Smith and Ana Price"], ["John Smith", "Ana Price"]),
    (["By Jane Doe, Associated Press"], ["Jane Doe"]),  # the people, not the organisation beside them
    (["Valmora Gazette Staff"], ["Valmora Gazette Staff"]),  # an organisation alone stays
    (["AFP"], ["AFP"]),
])
def test_issue15_byline_labels_dropped_and_people_apart_from_organisations(raw, expected):
    assert clean_authors(raw) == expected


def test_issue15_labelled_visible_byline_on_a_page():
    page = _page("Valmora closes northern quay", byline='<p class="byline">Written By: Maria Lopez</p>')
    authors = extract_html(page, url="https://gazette.example/q")["authors"]
    assert [a.name for a in authors] == ["Maria Lopez"]


@pytest.mark.parametrize("prolog", [
    '<?xml version="1.0" encoding="garbage\n<!DOCTYPE html>',
    '<?xml version="1.0" encoding="garbage">',
    '\ufeff<?xml version="1.0" encoding="utf-8" ',
])
def test_issue15_broken_xml_declaration_still_parses(prolog):
    record = extract_html(_page("Valmora closes northern quay", prolog=prolog), url="https://gazette.example/q")
    assert record["title"] == "Valmora closes northern quay"
    assert "northern quay for three weeks" in record["body"]


def test_issue15_broken_xml_declaration_through_the_cli(cli, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(_page("Valmora closes northern quay", prolog='<?xml version="1.0" encoding="garbage').encode())
    proc = cli("analyze", "--stages", "extract", str(path))
    assert proc.returncode == 0 and b'"error": null' in proc.stdout and b"northern quay" in proc.stdout


_DATED_HEADS = {
    "json-ld": ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Valmora closes northern '
                'quay", "datePublished": "2026-03-02T08:15:00+01:00", "dateModified": "2026-03-05T17:40:00+01:00"}'
                '</script>', ""),
    "meta": ('<meta property="article:modified_time" content="2026-03-05T17:40:00+01:00">'
             '<meta property="article:published_time" content="2026-03-02T08:15:00+01:00">', ""),
    "visible": ("", '<p class="dates">Updated: March 5, 2026 5:40 pm<br>Published: March 2, 2026 8:15 am</p>'),
}


@pytest.mark.parametrize("kind", list(_DATED_HEADS))
def test_issue15_a_page_with_published_and_modified_dates_keeps_them_apart(kind):
    """issue 15: a fact-checker wants the first publication; the update is `modified`, whichever comes first."""
    head, byline = _DATED_HEADS[kind]
    record = extract_html(_page("Valmora closes northern quay", head=head, byline=byline),
                          url="https://gazette.example/news/quay")
    assert record["published"].value.startswith("2026-03-02")
    assert record["modified"].value.startswith("2026-03-05")


def test_issue15_the_article_object_comes_before_the_page_object_in_json_ld():
    # A site template often lists its WebPage (created when the section page was set up) before the
    # NewsArticle; the article's own dates and publisher are the ones a fact-checker wants.
    graph = ('{"@context": "https://schema.org", "@graph": ['
             '{"@type": "WebPage", "name": "Harbour", "datePublished": "2016-02-01T08:00:00Z",'
             ' "publisher": {"@type": "Organization", "name": "Valmora Media Group"}},'
             '{"@type": "NewsArticle", "headline": "Valmora closes northern quay",'
             ' "datePublished": "2021-03-04T09:30:00Z", "dateModified": "2021-03-05T10:00:00Z",'
             ' "publisher": {"@type": "Organization", "name": "The Valmora Gazette"}}]}')
    head = f'<script type="application/ld+json">{graph}</script>'
    record = extract_html(_page("Valmora closes northern quay", head), url="https://gazette.example/q")
    assert record["published"].value.startswith("2021-03-04")
    assert record["outlet"].name == "The Valmora Gazette"
