"""A "Last revised" / "Letzte Änderung" line is the page's update, not its first publication (issue 15: keep
published and modified apart), and a page that states only its update is dated by it, doubted. Every page here
is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

STORY = ("<p>The county board voted on Tuesday to keep the ferry running through the winter, after a season in "
         "which more riders than ever crossed the bay to the market towns on the other side.</p>"
         "<p>The board will review the timetable again once the spring figures are in.</p>")
GESCHICHTE = ("<p>Der Kreistag hat am Dienstag beschlossen, die Fähre auch im Winter fahren zu lassen, nachdem "
              "in diesem Jahr so viele Fahrgäste wie nie zuvor die Bucht überquert haben.</p>"
              "<p>Der Fahrplan soll im Frühjahr noch einmal geprüft werden.</p>")


def page(lang: str, title: str, story: str, top: str, end: str) -> str:
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body><div id="content">'
            f'<h1>{title}</h1>{top}{story}<p>{end}</p></div></body></html>')


def dates_of(html: str):
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 11, 25))


@pytest.mark.parametrize("lang,title,story,line", [
    ("en", "Ferry to run through the winter", STORY, "Published February 20, 2015 | Last revised March 3, 2015"),
    ("en", "Ferry to run through the winter", STORY, "February 20, 2015 - last reviewed 3 March 2015"),
    ("de", "Fähre fährt auch im Winter", GESCHICHTE, "Veröffentlicht am 20.02.2015, letzte Änderung: 03.03.2015"),
    ("fr", "Le bac circulera tout l'hiver", STORY, "Publié le 20 février 2015, dernière modification le 3 mars 2015"),
    ("nl", "Veerboot vaart ook in de winter", STORY, "Gepubliceerd 20 februari 2015, laatst gewijzigd 3 maart 2015"),
])
def test_issue15_a_revision_in_the_date_line_is_the_modified_date_beside_the_publication(lang, title, story, line):
    published, modified = dates_of(page(lang, title, story, f'<p class="date">{line}</p>', ""))
    assert published is not None and published.value[:10] == "2015-02-20"
    assert modified is not None and modified.value[:10] == "2015-03-03"


@pytest.mark.parametrize("line", ["Revised March 3, 2015", "Last reviewed: 3 March 2015"])
def test_issue15_a_date_line_that_is_only_a_revision_is_no_publication(line):
    published, modified = dates_of(page("en", "Ferry to run through the winter", STORY,
                                        f'<p class="date">{line}</p>', ""))
    assert modified is not None and modified.value[:10] == "2015-03-03"
    assert published is None or published.confidence < 0.5


def test_issue15_a_page_stating_only_its_revision_is_dated_by_it_with_a_doubt():
    published, modified = dates_of(page("en", "Ferry to run through the winter", STORY, "",
                                        "Last revised: March 3, 2015"))
    assert modified is not None and modified.value[:10] == "2015-03-03"
    assert published is not None and published.value[:10] == "2015-03-03"
    assert published.confidence < 0.5 and published.conflicts == (modified.value,)  # a guess, and it says so


def test_issue15_an_update_day_stands_as_published_where_nothing_else_dates_the_page():
    """htmldate reads only the year of "(As revised Nov. 16, 2005)" here (a bare year is no answer): the update's
    day is still the best the page gives, as a doubted guess named by its method."""
    published, modified = dates_of(page("en", "Ferry to run through the winter", STORY, "",
                                        "(As revised Nov. 16, 2005)"))
    assert modified is not None and modified.value[:10] == "2005-11-16"
    assert published is not None and (published.value, published.method) == ("2005-11-16", "modified")
    assert published.confidence < 0.5

