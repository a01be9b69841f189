"""Older pages' dates (issue 15): the held-out sets hold table layouts and date lines written out in text, a
publication and an update in one line, footers with a copyright year, and htmldate's guesses on pages that
state their update. published and modified are kept apart. Every page here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newstrace.extract import metadata
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TITLE = "<title>River bridge to close for repairs - Valley Courier</title>"
HEAD = "River bridge to close for repairs"
STORY = ("<p>The county board voted on Monday night to close the old river bridge for repairs, after inspectors "
         "found cracks in two of its steel beams during a routine check last month.</p>"
         "<p>Drivers will be sent over the highway bridge three miles north while the work goes on, officials "
         "said.</p>")


def dates_of(body: str, url: str | None = None, head: str = ""):
    html = f"<html><head>{TITLE}{head}</head><body>{body}</body></html>"
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, url, today=date(2026, 11, 25))


@pytest.mark.parametrize("line", [
    "Posted on Tuesday, March 4, 2008 at 10:15 AM",
    "Tue Mar 4, 2008 10:15am EST",
    "Posted on 4th March 2008 by admin",
    "By Jane Roe, Staff Writer<br>March 4, 2008",
])
def test_issue15_an_older_date_line_written_out_in_text_is_the_published_day(line):
    published, modified = dates_of(f"<h1>{HEAD}</h1><p>{line}</p>{STORY}"
                                   "<p>Copyright 2009 Valley Courier. All rights reserved.</p>")
    assert published is not None and published.value[:10] == "2008-03-04"
    assert modified is None


def test_issue15_a_table_layout_page_takes_its_own_date_and_not_the_sidebars_day_or_the_copyright_year():
    published, _ = dates_of(
        "<table><tr><td class=nav><a href=/>Home</a> | <a href=/news>News</a></td></tr>"
        f"<tr><td><font size=4><b>{HEAD}</b></font><br><font size=1>Tuesday, March 4, 2008</font>{STORY}</td>"
        "<td>Weather: Sunny 54F<br>Today is December 2, 2008</td></tr></table><p>&copy; 2008 Valley Courier</p>")
    assert published is not None and published.value[:10] == "2008-03-04"


@pytest.mark.parametrize("line", [
    "Published: March 4, 2008 10:15 AM | Last updated: March 6, 2008 4:02 PM",
    "Posted March 4, 2008; Updated March 6, 2008",
    "First published Tue 4 Mar 2008 10.15 GMT. Last modified on Thu 6 Mar 2008 16.02 GMT",
])
def test_issue15_a_publication_and_an_update_in_one_line_are_kept_apart(line):
    published, modified = dates_of(f"<h1>{HEAD}</h1><div>{line}</div>{STORY}")
    assert published is not None and published.value[:10] == "2008-03-04"
    assert modified is not None and modified.value[:10] == "2008-03-06"  # was None: the line's second date


def test_issue15_an_update_line_above_and_the_publication_in_the_footer_are_kept_apart():
    published, modified = dates_of(f"<h1>{HEAD}</h1><div>Last Updated: Thursday, 6 March 2008, 16:02 GMT</div>"
                                   f"{STORY}<p>Story from VALLEY NEWS:<br>Published: 2008/03/04 10:15:33 GMT</p>")
    assert published is not None and published.value[:10] == "2008-03-04"
    assert modified is not None and modified.value[:10] == "2008-03-06"


def test_issue15_a_guess_later_than_the_pages_own_update_is_not_its_publication():
    # an undated story whose only stated day is its update; readers' comments (later days) follow
    comments = "".join(f"<div class=c><b>reader{n}</b> 2008-03-{n + 7:02d} 11:34:58. Good point {n}.</div>"
                       for n in range(3))
    published, modified = dates_of(f"<div><b>{HEAD}</b></div><div>updated 09:40 pm EDT, Thu March 6, 2008</div>"
                                   f"{STORY}<div id=talk>Comments {comments}</div>")
    assert modified is not None and modified.value[:10] == "2008-03-06"
    assert published is None or published.value[:10] <= "2008-03-06"  # htmldate's comment day was taken


@pytest.mark.parametrize("lang,url,line", [
    ("", None, "3/4/2008 10:15:00 AM"),  # no language, no address: a US page's default
    ("", "http://www.courier.com/news/bridge.html", "3/4/2008"),
    ("", "http://news.valley.edu/bridge.html", "03/04/2008"),
    ("", "http://www.courier.co.uk/news/bridge.html", "4/3/2008"),  # a country's host: day first
    ("", "http://www.courrier.fr/news/pont.html", "04/03/2008"),
    ("en", "http://www.courier.co.uk/news/bridge.html", "04/03/2008"),
    ("en", "http://www.courier.com/news/bridge.html", "03/04/2008"),
    ("en-GB", "http://www.courier.com/news/bridge.html", "04/03/2008"),
])
def test_issue15_a_slashed_date_is_read_in_the_order_of_the_pages_language_or_host(lang, url, line):
    html = (f"<html{' lang=' + lang if lang else ''}><head>{TITLE}</head><body><h1>{HEAD}</h1><p>{line}</p>"
            f"{STORY}</body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, url, today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == "2008-03-04"


def test_issue15_a_us_page_without_a_language_keeps_its_numeric_publication_and_update_apart():
    published, modified = dates_of(f"<h1>{HEAD}</h1><p>Last Updated: 3/6/2008 4:02:15 PM</p>"
                                   f"<p>Published: 3/4/2008</p>{STORY}")
    assert published is not None and published.value[:10] == "2008-03-04"  # was 2008-04-03, day first
    assert modified is not None and modified.value[:10] == "2008-03-06"


def test_issue15_htmldates_numeric_day_is_read_in_the_pages_own_order():
    # an old US home page: no language, no date line under the title, a footer line htmldate reads day first
    html = ("<html><head><title>Unit studies for home schools</title></head><body><center><h2>Unit studies</h2>"
            "</center><p>Here are the unit studies we have used with our children over the years, with notes on "
            "the books and the field trips that went with each of them.</p><ul><li>Rivers and bridges</li>"
            "<li>Weather</li></ul><p>Studio, all rights reserved.<br>This page last updated 11/08/2000</p></body></html>")
    tree = parse_html(html)
    published, modified = find_dates(metadata.read_page_meta(tree), tree, html,
                                     "http://www.example.com/studio/unit_studies.html", today=date(2026, 11, 25))
    assert modified is not None and modified.value[:10] == "2000-11-08"
    assert published is not None and published.value[:10] == "2000-11-08"  # htmldate: 2000-08-11


COMMENTS = ("<div id=comments><h4>3 Comments</h4><p>Ann said...<br>Great post!<br>March 5, 2008 9:00 PM</p>"
            "<p>Bob said...<br>Agreed.<br>March 7, 2008 1:00 AM</p></div>")


@pytest.mark.parametrize("body", [
    # a blog's date header above the post title, the time in the post's footer, readers' later days below
    f"<h1>Valley Notes</h1><h2 class=date-header>Tuesday, March 4, 2008</h2><div class=post>"
    f"<h3 class=post-title>{HEAD}</h3>{STORY}<p class=post-footer>posted by Jane at 10:15 AM</p></div>{COMMENTS}",
    f"<h2>{HEAD}</h2><div class=details>Posted by timothy on Tuesday March 04, 2008 @10:15AM<br>from the "
    f"rusty-beams dept.</div>{STORY}{COMMENTS}",
    f"<h2>{HEAD}</h2><table><tr><td>jroe</td><td><b>Posted:</b> Tue Mar 04, 2008 10:15 am &nbsp; <b>Post "
    f"subject:</b> River bridge</td></tr><tr><td></td><td>{STORY}</td></tr></table>{COMMENTS}",
    f"<h1>Valley Notes</h1><h3>{HEAD}</h3>{STORY}<p class=posted>March 04, 2008 in News | Permalink | "
    f"Comments (3)</p>{COMMENTS}",
    f"<h1>Valley Notes</h1><h2>{HEAD}</h2>{STORY}<p>Posted by Jane Roe at March 4, 2008 10:15 AM</p>{COMMENTS}",
    f"<h1>{HEAD}</h1><p>POSTED: 10:15 a.m. EST, March 4, 2008</p>{STORY}",
    f"<h1>{HEAD}</h1>" + STORY.replace("<p>The county", "<p>VALLEYTOWN, March 4, 2008 (AP) -- The county")
    + "<div class=sidebar>Weather for Tuesday, December 2, 2008</div>",
    f"<h1>{HEAD}</h1><p>FOR IMMEDIATE RELEASE<br>March 4, 2008</p>{STORY}",
])
def test_issue15_older_blog_forum_and_wire_layouts_give_the_posts_own_day(body):
    published, modified = dates_of(body)
    assert published is not None and published.value[:10] == "2008-03-04"
    assert modified is None


DUTCH_STORY = ("<p>De gemeenteraad besloot maandagavond de oude rivierbrug te sluiten voor herstel, nadat inspecteurs "
               "bij een routinecontrole scheuren in twee stalen balken hadden gevonden.</p>")
FRENCH_STORY = ("<p>Le conseil municipal a décidé lundi soir de fermer le vieux pont pour des réparations, après que des "
                "inspecteurs ont trouvé des fissures dans deux poutres d'acier lors d'un contrôle de routine.</p>")
NOTICE_STORY = ("<p>Our nurse answers readers' questions about sleep, diet and the common cold in this column, with "
                "notes on when to call a doctor and which home remedies are worth the trouble.</p>")


@pytest.mark.parametrize("lang,notice", [
    ("en", "The next part is still being written and will be published on March 22, 2008. Check back soon!"),
    ("en", "Part two, to be posted on March 22, 2008, covers allergies."),
    ("fr", "La suite sera publiée le 22 mars 2008."),
    ("es", "La segunda parte será publicada el 22 de marzo de 2008."),
])
def test_issue15_a_publication_label_in_the_future_tense_is_no_publication_day(lang, notice):
    # an old newsletter page: no heading, no stamp; the issue's line on top and a notice of a day to come
    html = (f"<html lang={lang}><head><title>Ask the nurse</title></head><body><p>Issue 18 * March 4, 2008</p>"
            f"<center><b>Ask the nurse</b></center>{NOTICE_STORY}<p>{notice}</p></body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == "2008-03-04"  # before: the announced day


def test_issue15_a_publication_label_in_the_past_is_still_read():
    html = ("<html lang=en><head><title>Ask the nurse</title></head><body><center><b>Ask the nurse</b></center>"
            f"{NOTICE_STORY}<p>This column was published on March 4, 2008. Part two will be published on March 22, "
            "2008.</p></body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == "2008-03-04"


def _forum_post(name: str, stamp: str, text: str) -> str:
    return (f"<div class=post><div class=posttop><div class=username>{name}</div><div class=date>{stamp}</div></div>"
            f"<div class=posttext>{text}</div></div><hr>")


def test_issue15_a_us_forum_archive_is_dated_by_its_first_post_month_first():
    # a forum's archive page: no language, no heading, no stamp; 'posted' and 'originally' end readers' sentences
    posts = [
        _forum_post("Ann", "05-06-2005, 05:28 PM", "I saw the new film last night and the ending was better than the "
                    "reviews said. The whole thing went the way the director originally planned it."),
        _forum_post("Bob", "05-07-2005, 01:44 AM", "Agreed, and I have not changed my mind since I first posted."),
        _forum_post("Cid", "05-07-2005, 09:41 AM", "Does anyone know when the extended cut comes out?"),
    ]
    html = ("<html><head><title>Film talk - page 2</title></head><body><div id=navbar><a href=/>Boards</a> &gt; "
            f"Film talk</div><p class=largefont>View Full Version : Film talk</p>{''.join(posts)}</body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, "http://boards.example.com/t-805-p-2.html",
                              today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == "2005-05-06"  # before: 2005-05-07, the next post's


@pytest.mark.parametrize("lang,url,day", [
    ("", "http://www.courier.com/news/bridge.html", "2008-03-04"),  # a US page: month first, as with slashes
    ("de", "http://www.kurier.de/news/bruecke.html", "2008-04-03"),  # day first
])
def test_issue15_a_hyphenated_date_line_follows_the_pages_order(lang, url, day):
    from newstrace.extract.timestamps import parse_timestamp

    month_first = not lang
    assert parse_timestamp("03-04-2008, 10:15 AM", month_first=month_first).value[:10] == day
    assert parse_timestamp("03.04.2008", month_first=month_first).value[:10] == "2008-04-03"  # dots: day first


@pytest.mark.parametrize("lang,line", [
    ("nl", "Aangepast: 6 mei 2020, 12:00 | Gepubliceerd: 4 mei 2020, 09:15"),
    ("nl", "Gewijzigd op 6 mei 2020 - Geplaatst op 4 mei 2020"),
    ("fr", "Actualisé le 6 mai 2020 à 12h00 - Publié le 4 mai 2020 à 9h15"),
    ("fr", "Le 4 mai 2020 à 9h15, actualisé le 6 mai 2020 à 12h00"),
])
def test_issue15_a_dutch_or_french_update_shown_first_is_the_modified_day(lang, line):
    html = (f"<html lang={lang}><head><title>Brug dicht</title></head><body><h1>Oude brug gaat dicht voor herstel</h1>"
            f"<p>{line}</p>{DUTCH_STORY if lang == 'nl' else FRENCH_STORY}</body></html>")
    tree = parse_html(html)
    published, modified = find_dates(metadata.read_page_meta(tree), tree, html, None, today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == "2020-05-04"  # before: the update's day (Dutch)
    assert modified is not None and modified.value[:10] == "2020-05-06"


@pytest.mark.parametrize("line", [
    "Modified: 2020-05-06 | Created: 2020-05-04",
    "Last Updated: 06 May 2020 · Created: 04 May 2020",
])
def test_issue15_a_cms_created_line_after_its_update_is_the_published_day(line):
    # a CMS's article info ("Created" / "Last Updated", as Joomla writes them), the update shown first
    published, modified = dates_of(f"<h1>{HEAD}</h1><p>{line}</p>{STORY}")
    assert published is not None and published.value[:10] == "2020-05-04"  # before: the update's day
    assert modified is not None and modified.value[:10] == "2020-05-06"


@pytest.mark.parametrize("locale,day", [
    ("en_GB", "2020-05-04"),  # a British or Indian site on .com that declares only "en" on <html>: day first
    ("en_IN", "2020-05-04"),
    ("en_US", "2020-04-05"),  # WordPress's default locale says nothing new: month first, as before
    ("", "2020-04-05"),
])
def test_issue15_a_regional_english_locale_beside_a_bare_en_sets_the_numeric_order(locale, day):
    head = f"<meta property='og:locale' content='{locale}'>" if locale else ""
    html = (f"<html lang=en><head>{TITLE}{head}</head><body><h1>{HEAD}</h1><p>Updated: 04/05/2020 10:15</p>"
            f"<p>Published: 04/05/2020</p>{STORY}</body></html>")
    tree = parse_html(html)
    published, _ = find_dates(metadata.read_page_meta(tree), tree, html, "https://www.courier.com/news/bridge",
                              today=date(2026, 11, 25))
    assert published is not None and published.value[:10] == day
