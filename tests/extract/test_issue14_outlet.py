"""issue 14: every article has its outlet, one name per outlet, with how it was found."""

from __future__ import annotations

import json

import newstrace
from newstrace.analysis.entities import outlet_names
from newstrace.extract.outlet import by_host, host_of, resolve_outlet, site_of
from newstrace.record import Outlet


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


STORY = ("<p>The harbour of Port Ellis reopened on Tuesday after the storm, the harbour master said.</p>"
         "<p>Ferries run again and the fish market opens on Friday, traders said at the quay.</p>")


def _outlet(html: str, url: str | None) -> dict:
    return newstrace.analyze(html, url=url, stages=["extract"]).to_dict()["outlet"]


def test_issue14_site_name_given_as_a_url_or_in_lower_case_becomes_the_table_name():
    url_named = _outlet(_page('<meta property="og:site_name" content="https://www.telex.hu">', STORY),
                        "https://telex.hu/belfold/2024/03/05/kikoto")
    lower = _outlet(_page('<meta property="og:site_name" content="telex">', STORY), "https://telex.hu/a")
    assert url_named["name"] == lower["name"] == "Telex"
    assert lower["method"] == "og" and url_named["method"] == "host"


def test_issue14_subdomain_and_publisher_company_name_the_outlet_not_the_company():
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens",
            "publisher": {"@type": "Organization", "name": "Ostral Media Holding Ltd."}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    found = _outlet(_page(head, STORY), "https://think.transindex.ro/cikk/kikoto")
    assert (found["name"], found["method"]) == ("Transindex", "host")


def test_issue14_unknown_host_without_a_declared_name_is_named_by_its_host():
    found = _outlet(_page("<title>Harbour reopens</title>", STORY), "https://www.valley-post.example/harbour")
    assert found == {"name": "valley-post.example", "domain": "valley-post.example", "method": "host",
                     "confidence": 0.5}


def test_issue14_wire_story_carried_by_a_paper_keeps_the_paper_as_outlet():
    body = "<p>LONDON (Reuters) - The harbour of Port Ellis reopened on Tuesday, officials said.</p>" + STORY
    record = newstrace.analyze(_page('<meta property="og:site_name" content="The Guardian">', body),
                               url="https://www.theguardian.com/world/2024/mar/05/harbour",
                               stages=["extract"]).to_dict()
    assert record["outlet"]["name"] == "The Guardian" and record["outlet"]["method"] == "og"
    assert record["dateline"]["outlet"] == "Reuters"


def test_issue14_agency_dateline_opening_the_second_paragraph_names_the_outlet_of_scraped_text():
    text = ("Home | World | Politics\n\n"
            "Iraqi officers met French officials in Baghdad on Monday.\n\n"
            "MOSCOW (Sputnik) — The talks covered the security of the border, a senior Iraqi police official "
            "said, according to The Wall Street Journal.\n\n"
            "The official added that further meetings were planned for the spring and the summer.\n")
    record = newstrace.analyze(text, stages=["extract"], format="text").to_dict()
    assert record["dateline"]["outlet"] == "Sputnik" and record["dateline"]["place"] == "Moscow"
    assert record["body"][record["dateline"]["span"][0]:].startswith("MOSCOW (Sputnik)")
    assert (record["outlet"]["name"], record["outlet"]["method"]) == ("Sputnik", "dateline")


def test_issue14_caller_given_outlet_is_normalised_and_wins():
    found = resolve_outlet(Outlet("Ostral Courier", "courier.example", "og", 0.9), url="https://courier.example/a",
                           hint="reuters")
    assert (found.name, found.method, found.confidence) == ("Reuters", "input", 1.0)


def test_issue14_most_specific_host_wins_and_site_rule():
    assert by_host("www1.folha.uol.com.br").name == "Folha de S.Paulo"
    assert by_host("noticias.uol.com.br").name == "UOL"
    assert site_of(host_of("https://noticias.uol.com.br/x")) == "uol.com.br"
    assert site_of("news.gazette.example") == "gazette.example"


def test_issue14_names_that_are_ordinary_words_are_not_taken_for_outlets_in_text():
    names = outlet_names()
    assert "index" not in names and "science" not in names and "reuters" in names
