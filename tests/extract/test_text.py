"""Scraped page text -> article: the line classifier and the furniture readers (issue 3).

The pages below are written for these tests in the style of state-agency, wire and regional news.
Each is checked in three renderings: one visible block per line (a crawler's plain text), a browser's
innerText (blank lines between blocks, menu links glued together) and text hard-wrapped at 72 columns.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from newstrace.errors import NewstraceError
from newstrace.extract.text import drop_copies, drop_furniture, extract_text, with_lead
from tests.conftest import jsonl, run_cli

AGENCY_MENU = ["Global Wire Agency", "World", "Russia", "Economy", "Military", "Listen Live", "Radio", "Podcasts"]
AGENCY_PARAGRAPHS = [
    "ANKARA (Global Wire) — Turkish engineers have started repairing the main irrigation canal near the "
    "Syrian border, the regional water authority said on Tuesday, weeks after floods cut supplies to "
    "dozens of villages.",
    "According to the authority, the work will take at least two months and is expected to cost more "
    "than 40 million lira, most of it paid from an emergency fund set up after the floods.",
    "A senior official of the authority told reporters that farmers would receive water from tanker "
    "trucks until the canal reopens. \"Nobody will be left without water for their fields,\" he said.",
    "The floods in late July damaged roads and bridges across the province and forced hundreds of "
    "families to leave their homes for several days.",
    "Local farmers' unions have criticised the authority for the slow response, saying that the canal "
    "had needed repairs for years before the floods.",
]
AGENCY_PAGE = [
    *AGENCY_MENU,
    "Middle East",
    "Turkey Starts Repairs on Flood-Damaged Border Canal, Authority Says",
    "18:41 GMT04 August 2021",
    *AGENCY_PARAGRAPHS,
    "Turkey, floods, irrigation, agriculture",
    "Drone Downed Near Airport in Northern Iraq, Army Says",
    "Ministers to Meet in Vienna for New Round of Grain Talks",
    "Central Bank Holds Rates Steady Despite Rising Prices",
    "Subscribe",
    "Terms of use",
    "Privacy policy",
    "© 2021 Global Wire Agency",
]

REGIONAL_PARAGRAPHS = [
    "WASHINGTON (AP) — The city council voted late Monday to expand the bus network to three new "
    "neighbourhoods, ending a debate that has divided residents for more than a year.",
    "The plan adds eleven routes and extends evening service until midnight on weekdays. It will be paid "
    "for by a small increase in parking fees, council members said.",
    "\"This is about getting people to work and to school on time,\" said council member Maria Lopez, who "
    "led the push for the new routes. Opponents argued that the fee increase would hurt small businesses.",
    "The first of the new routes is set to open in January, and the rest will follow over the next year "
    "as the transit agency hires more drivers.",
]
REGIONAL_PAGE = [
    "Skip to content",
    "Home", "News", "Sports", "Weather", "Opinion", "Obituaries", "Sign in", "Subscribe",
    "Local News",
    "City council approves bus network expansion after year of debate",
    "By Jane Doe and John Roe",
    "Aug. 2, 2021 9:15 pm ET",
    "Updated Aug. 3, 2021 7:05 am ET",
    "Share on Facebook", "Share on Twitter", "Email",
    *REGIONAL_PARAGRAPHS,
    "Tags: transit, city council, buses",
    "Related Stories",
    "School board delays vote on new start times for high schools",
    "Bridge repairs to close downtown lanes for two weeks in August",
    "Advertisement",
    "Contact us", "Careers", "Privacy Policy", "Terms of Service",
    "Copyright 2021 The Daily Ledger. All rights reserved.",
]

GERMAN_PARAGRAPHS = [
    "Berlin. Der Stadtrat hat am Dienstagabend beschlossen, die Sanierung der alten Stadtbibliothek "
    "um ein Jahr zu verschieben, weil die Kosten deutlich gestiegen sind.",
    "Nach Angaben der Verwaltung würde die Sanierung inzwischen mehr als zwölf Millionen Euro kosten, "
    "das sind fast vier Millionen mehr als im ursprünglichen Plan vorgesehen war.",
    "Die Opposition kritisierte die Entscheidung scharf. „Die Bibliothek ist für viele Menschen in der "
    "Stadt ein wichtiger Ort, und jedes weitere Jahr macht die Schäden größer“, sagte eine Sprecherin.",
    "Der Bürgermeister kündigte an, dass die Verwaltung bis zum Herbst einen neuen Zeitplan und eine "
    "genauere Kostenschätzung vorlegen werde.",
]
GERMAN_PAGE = [
    "Zum Inhalt springen",
    "Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Anmelden", "Abonnieren",
    "Stadtpolitik",
    "Sanierung der Stadtbibliothek wird um ein Jahr verschoben",
    "04.08.2021, 18:41 Uhr",
    "Von Anna Schmidt",
    *GERMAN_PARAGRAPHS,
    "Themen: Stadtrat, Bibliothek, Haushalt",
    "Das könnte Sie auch interessieren",
    "Neue Radwege sollen bis Ende des Jahres fertig werden",
    "Schwimmbad im Norden der Stadt bleibt im Sommer geschlossen",
    "Impressum", "Datenschutz", "Kontakt",
]

PAGES = {"agency": (AGENCY_PAGE, AGENCY_PARAGRAPHS), "regional": (REGIONAL_PAGE, REGIONAL_PARAGRAPHS),
         "german": (GERMAN_PAGE, GERMAN_PARAGRAPHS)}


def one_block_per_line(lines: list[str]) -> str:
    return "\n".join(lines)


def inner_text(lines: list[str]) -> str:
    """A browser's innerText: short menu links glued on one line, blank lines between blocks."""
    out, glued = [], ""
    for line in lines:
        if len(line.split()) <= 2 and not glued.endswith(line):
            glued += line
            continue
        if glued:
            out.append(glued)
            glued = ""
        out.append(line)
    out.append(glued)
    return "\n\n".join(part for part in out if part)


def hard_wrapped(lines: list[str]) -> str:
    """A text-mode browser's dump: every block wrapped at 72 columns, blank lines between blocks."""
    return "\n\n".join(textwrap.fill(line, 72) for line in lines)


RENDERINGS = {"lines": one_block_per_line, "innertext": inner_text, "wrapped": hard_wrapped}


def _paragraphs(body: str) -> list[str]:
    return [" ".join(p.split()) for p in body.split("\n\n")]


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_body_keeps_every_paragraph_and_no_furniture(name, rendering):
    page, paragraphs = PAGES[name]
    fields = extract_text(RENDERINGS[rendering](page))
    assert _paragraphs(fields["body"]) == paragraphs


@pytest.mark.parametrize("rendering", ["lines", "wrapped"])
def test_agency_page_metadata(rendering):
    fields = extract_text(RENDERINGS[rendering](AGENCY_PAGE))
    assert fields["title"] == "Turkey Starts Repairs on Flood-Damaged Border Canal, Authority Says"
    assert fields["section"] == "Middle East"
    assert fields["published"].value == "2021-08-04T18:41:00+00:00"
    assert fields["tags"] == ("Turkey", "floods", "irrigation", "agriculture")
    assert [r.title for r in fields["related"]] == AGENCY_PAGE[-7:-4]
    assert fields["language"] == "en"


def test_regional_page_byline_dates_in_eastern_time():
    fields = extract_text(one_block_per_line(REGIONAL_PAGE))
    assert [a.name for a in fields["authors"]] == ["Jane Doe", "John Roe"]
    assert fields["published"].value == "2021-08-02T21:15:00-04:00"
    assert fields["modified"].value == "2021-08-03T07:05:00-04:00"
    assert fields["section"] == "Local News"
    assert fields["tags"] == ("transit", "city council", "buses")
    assert [r.title for r in fields["related"]] == REGIONAL_PAGE[-8:-6]


def test_german_page_metadata():
    fields = extract_text(one_block_per_line(GERMAN_PAGE))
    assert fields["language"] == "de"
    assert fields["title"] == "Sanierung der Stadtbibliothek wird um ein Jahr verschoben"
    assert fields["section"] == "Stadtpolitik"
    assert fields["published"].value == "2021-08-04T18:41:00"
    assert [a.name for a in fields["authors"]] == ["Anna Schmidt"]
    assert fields["tags"] == ("Stadtrat", "Bibliothek", "Haushalt")
    assert [r.title for r in fields["related"]] == GERMAN_PAGE[-5:-3]


def test_menu_only_page_is_a_coded_error():
    with pytest.raises(NewstraceError) as caught:
        extract_text("\n".join(["Home", "News", "Sport", "Weather", "Contact", "Privacy"]))
    assert caught.value.code == "NT201"


def test_short_article_alone_among_furniture_is_kept():
    paragraph = ("The regional parliament approved the new budget on Friday after a debate that lasted "
                 "late into the night, with the opposition voting against it.")
    fields = extract_text("\n".join([*AGENCY_MENU, "Budget approved after long night", paragraph,
                                     "Subscribe", "Privacy policy"]))
    assert fields["body"] == paragraph


@pytest.mark.slow
def test_cli_reads_text_lines_and_fills_dateline_and_outlet(tmp_path):
    """issue 3: a `text` JSONL line goes through the real CLI; the dateline names the outlet."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "agency-1", "text": one_block_per_line(AGENCY_PAGE)}) + "\n")
    result = run_cli("analyze", "--stages", "extract", "--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert record["error"] is None
    assert record["dateline"]["place"] == "Ankara" and record["dateline"]["outlet"] == "Global Wire"
    assert record["outlet"]["name"] == "Global Wire"
    assert record["input_format"] == "text"
    assert _paragraphs(record["body"]) == AGENCY_PARAGRAPHS


def test_us_page_reads_slashed_dates_month_first():
    page = [*REGIONAL_PAGE[:11], "08/02/2021 9:15 PM ET", *REGIONAL_PARAGRAPHS, *REGIONAL_PAGE[-9:]]
    fields = extract_text(one_block_per_line(page), url="https://dailyledger.example.com/news/bus-network")
    assert fields["published"].value == "2021-08-02T21:15:00-04:00"


HARBOUR_LEAD = ("The harbour authority will close the old ferry terminal at the end of the month and move "
                "every crossing to the new pier, which has room for two ships at once and a covered waiting hall.")
HARBOUR_PARAGRAPHS = [
    "The decision was announced on Wednesday after a year of delays caused by problems with the new "
    "pier's foundations, which had to be reinforced before the first ship could dock.",
    "Passengers will be able to buy tickets at the old terminal until the last day of service. After "
    "that, ticket machines and a staffed desk will open in the waiting hall of the new pier.",
    "\"We know that many people are attached to the old building,\" the authority's director said. "
    "\"But the new pier is safer, and it will let us run more crossings in the summer.\"",
    "The old terminal, built in 1962, is to be turned into a maritime museum, according to plans the "
    "city council approved last spring.",
]
HARBOUR_PAGE = [
    *AGENCY_MENU, "Local", "Old Ferry Terminal to Close as Crossings Move to New Pier",
    HARBOUR_LEAD, "By Sam Weller", "Share", "Tweet", "Updated 10:05 AM, 11 May 2022",
    *HARBOUR_PARAGRAPHS,
    "Harbour, ferries, transport", "Bridge Repairs to Start in June", "Subscribe", "Privacy policy",
]


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_lead_paragraph_above_the_byline_is_kept(rendering):
    fields = extract_text(RENDERINGS[rendering](HARBOUR_PAGE))
    assert _paragraphs(fields["body"]) == [HARBOUR_LEAD, *HARBOUR_PARAGRAPHS]


def test_with_lead_takes_a_long_prose_line_past_short_lines_only():
    lines = HARBOUR_PAGE
    first = lines.index(HARBOUR_PARAGRAPHS[0])
    kept = list(range(first, first + len(HARBOUR_PARAGRAPHS)))
    assert with_lead(lines, kept) == [lines.index(HARBOUR_LEAD), *kept]
    deck = ["Headline Here", "A one-sentence deck under the headline that says what happened.", "By Sam Weller"]
    assert with_lead(deck + HARBOUR_PARAGRAPHS, [3, 4]) == [3, 4]  # a short deck is not a lead
    blocked = [HARBOUR_LEAD, "Ministers to meet in Vienna for a new round of talks on grain exports and fees",
               *HARBOUR_PARAGRAPHS]
    assert with_lead(blocked, [2, 3]) == [2, 3]  # a long non-prose line between stops the search


def test_drop_copies_keeps_each_paragraph_once():
    paragraph, other = HARBOUR_PARAGRAPHS[0], HARBOUR_PARAGRAPHS[1]
    pull_quote = paragraph[:60]
    glued = f"{paragraph} {other}"
    lines = [pull_quote, paragraph, other, "Read more", glued, paragraph]
    assert drop_copies(lines, [0, 1, 2, 4, 5]) == [1, 2]
    assert drop_copies(lines, [1, 4]) == [4]  # the glued line's second half is not kept elsewhere: it stays
    assert drop_copies(["Short line", "Short line"], [0, 1]) == [0]


def test_repeated_teaser_block_and_pull_quote_leave_the_body():
    pull_quote = HARBOUR_PARAGRAPHS[2][:70]
    at = HARBOUR_PAGE.index(HARBOUR_PARAGRAPHS[1])
    page = [*HARBOUR_PAGE[:at], pull_quote, *HARBOUR_PAGE[at:]]
    page.insert(page.index(HARBOUR_PARAGRAPHS[-1]) + 1, " ".join(HARBOUR_PARAGRAPHS[:2]))
    fields = extract_text(one_block_per_line(page))
    assert _paragraphs(fields["body"]) == [HARBOUR_LEAD, *HARBOUR_PARAGRAPHS]


COMMENTED_PAGE = [
    *REGIONAL_PAGE[:REGIONAL_PAGE.index(REGIONAL_PARAGRAPHS[0])],
    *REGIONAL_PARAGRAPHS,
    "Tags: transit, city council, buses",
    "12 Comments",
    "busrider_77 says:",
    "August 3, 2021 at 7:12 am",
    "Finally! I have waited years for a bus that runs past nine in the evening, and now it is here.",
    "Reply",
    "downtown dave says:",
    "August 3, 2021 at 8:40 am",
    "Another fee for drivers. The council never asks who pays for these plans, and it is always us.",
    "Reply",
    "MaryK says:",
    "August 3, 2021 at 9:02 am",
    "The evening service is the best part of this plan, because many people work late shifts in the city.",
    "Reply",
    "Leave a comment",
]

NEWSLETTER_PAGE = [
    *AGENCY_PAGE[:AGENCY_PAGE.index(AGENCY_PARAGRAPHS[0])],
    *AGENCY_PARAGRAPHS,
    "Sign up for our morning newsletter to get the day's most important stories in your inbox. By "
    "subscribing you consent to our privacy policy and terms of use.",
    "We use cookies and similar technologies to personalise content and advertising on this site. You can "
    "withdraw your consent at any time.",
    "© 2021 Global Wire Agency. All rights reserved. The material on this site may not be reproduced "
    "without the prior written permission of the publisher.",
    "Terms of use",
    "Privacy policy",
]


@pytest.mark.parametrize("rendering", ["lines", "innertext"])
@pytest.mark.parametrize("page, paragraphs", [(COMMENTED_PAGE, REGIONAL_PARAGRAPHS),
                                              (NEWSLETTER_PAGE, AGENCY_PARAGRAPHS)], ids=["comments", "newsletter"])
def test_reader_comments_and_site_boilerplate_after_the_article_leave_the_body(page, paragraphs, rendering):
    fields = extract_text(RENDERINGS[rendering](page))
    assert _paragraphs(fields["body"]) == paragraphs


def test_issue15_kept_headline_and_label_teasers_leave_the_body():
    """issue 15: weights fitted on training gold (which keeps headings) may keep the headline, a "Read
    also:" teaser or a newsletter line after the article; the body keeps only the article's prose."""
    note = "Note: the cost estimate is provisional and will be revised in the autumn."
    lines = ["Old Ferry Terminal to Close as Crossings Move to New Pier", "A Covered Hall for Waiting Passengers",
             HARBOUR_LEAD, "Read also: Bridge Repairs to Start in June", HARBOUR_PARAGRAPHS[0], note]
    assert drop_furniture(lines, list(range(len(lines)))) == [2, 4, 5]
    assert drop_furniture(lines, [0]) == [0]  # a lone kept line stays (the fallback decides)
    signup = NEWSLETTER_PAGE[-5]
    privacy = "The authority said the new pier's cameras would not record passengers' faces, citing privacy."
    assert drop_furniture([*lines[2:], privacy, signup], [0, 2, 4, 5]) == [0, 2, 4]  # one phrase is prose


SPANISH_PARAGRAPHS = [
    "VALENCIA. El ayuntamiento aprobó este martes un plan para plantar más de diez mil árboles en los "
    "barrios del sur de la ciudad antes de que termine el próximo año, según informó la concejala de "
    "Medio Ambiente en una rueda de prensa.",
    "El proyecto costará unos doce millones de euros, de los que la mitad llegarán de fondos europeos, y "
    "dará prioridad a las calles con menos sombra y a los patios de los colegios públicos.",
    "Las asociaciones de vecinos celebraron la noticia, aunque pidieron que el riego y el mantenimiento "
    "de los árboles queden garantizados durante los primeros cinco años, cuando son más frágiles.",
    "La oposición criticó que el plan llegue tarde y recordó que el verano pasado la ciudad registró "
    "temperaturas récord durante varias semanas seguidas.",
]
SPANISH_PAGE = [
    "Diario del Turia", "Portada", "Local", "Comunidad", "Deportes", "Opinión", "Suscríbete", "Iniciar sesión",
    "Medio ambiente",
    "Valencia plantará diez mil árboles en los barrios del sur",
    "Por Lucía Martínez",
    "Valencia | 12/10/2021 - 09:15h",
    *SPANISH_PARAGRAPHS,
    "Recibe cada mañana nuestro boletín con las noticias más importantes. Suscríbete gratis y acepta la "
    "política de privacidad.",
    "Más noticias",
    "El tranvía llegará al puerto en primavera",
    "Los comerciantes del centro piden más aparcamiento",
    "Cierra por obras la piscina municipal de Benimaclet",
    "Aviso legal", "Política de privacidad", "Política de cookies", "© Diario del Turia 2021",
]


@pytest.mark.parametrize("rendering", sorted(RENDERINGS))
def test_issue15_spanish_page_keeps_the_article_without_newsletter_and_related_headlines(rendering):
    """issue 15: a Spanish news page (a language the training pages lack) keeps its paragraphs only."""
    fields = extract_text(RENDERINGS[rendering](SPANISH_PAGE))
    assert _paragraphs(fields["body"]) == SPANISH_PARAGRAPHS
    assert fields["language"] == "es"
