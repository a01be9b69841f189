"""issue 15: table-layout pages with navigation tables, and teaser boxes that reuse the article's classes.

The pages are written for these tests.
"""

from __future__ import annotations

import pytest

from newstrace.extract.html import extract_html

ARTICLE = [
    "The county council voted on Thursday to rebuild the old stone bridge over the Mill river, ending a two-year "
    "argument about whether the crossing should be replaced by a modern steel span.",
    "Council leader Ruth Okafor said the stone bridge was part of the town's history and that repairs would cost "
    "less than a new crossing over the next thirty years.",
    "Engineers will close the bridge to traffic in March. Buses will use the ring road while the work goes on, "
    "adding about ten minutes to journeys into the town centre.",
]
TEASERS = [
    "A bakery on the high street has won a national award for its sourdough, the third prize for the family "
    "business in five years.",
    "The town's swimming pool will reopen in June after a refit that replaced the roof, the changing rooms and "
    "the old diving boards.",
    "Police are asking for witnesses after a van struck a lamp post on Station Road late on Saturday evening.",
    "A new cycle path linking the railway station with the business park opened this week after eighteen months.",
]
MENU = ["Home", "Local news", "Sport", "Weather", "Traffic", "Jobs", "Property", "Motors", "Obituaries", "Contact us"]
PROMOS = ["Win a holiday", "Dating", "Cars for sale", "Book an ad", "Subscribe now"]


def _table_page(data_table: str = "") -> str:
    menu = "".join(f'<tr><td><a href="/s/{i}">{w}</a></td></tr>' for i, w in enumerate(MENU))
    promos = "".join(f'<tr><td><a href="/p/{i}">{w}</a></td></tr>' for i, w in enumerate(PROMOS))
    return (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body>'
            f'<table width="100%"><tr><td valign="top" width="150"><table>{menu}</table></td>'
            f'<td valign="top"><font size="4"><b>Council votes to rebuild stone bridge</b></font><br><br>'
            f'{"<br><br>".join(ARTICLE)}{data_table}</td>'
            f'<td width="160" valign="top"><table>{promos}</table></td></tr></table></body></html>')


def test_issue15_navigation_and_promo_tables_leave_a_table_layout_page():
    record = extract_html(_table_page(), url="https://millvale.example/news/bridge")
    body = record["body"]
    assert ARTICLE[0] in body and ARTICLE[2] in body
    for word in [*MENU, *PROMOS]:
        assert f"| {word} |" not in body and word not in body.split("\n\n")
    assert not body.startswith("|")  # the article's layout cell is kept without the table's pipes


def test_issue15_a_table_of_figures_is_not_navigation():
    figures = ("<table><tr><td>Option</td><td>Cost</td></tr><tr><td>Repair the stone bridge</td><td>4.1 million</td></tr>"
               "<tr><td>New steel span</td><td>6.8 million</td></tr></table>")
    body = extract_html(_table_page(figures), url="https://millvale.example/news/bridge")["body"]
    assert "6.8 million" in body


@pytest.mark.parametrize("box", ["aside", "div"])
def test_issue15_teaser_box_with_the_articles_class_stays_out_of_the_body(box):
    teasers = "".join(f'<div class="text"><p><a href="/n/{i}">{t}</a></p></div>' for i, t in enumerate(TEASERS))
    page = (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body><article>'
            f'<h1>Council votes to rebuild stone bridge</h1><div class="text">{"".join(f"<p>{p}</p>" for p in ARTICLE)}'
            f'</div></article><{box} class="more"><h3>More from Millvale</h3>{teasers}</{box}></body></html>')
    body = extract_html(page, url="https://millvale.example/news/bridge")["body"]
    assert all(p in body for p in ARTICLE)
    assert not any(t[:40] in body for t in TEASERS)


def test_issue15_an_article_split_over_sibling_containers_is_still_joined():
    """The "+chunks" rule keeps its job: one article in several <div class="text"> between ads."""
    chunks = "".join(f'<div class="text"><p>{p}</p></div><div class="ad">Advertisement</div>' for p in ARTICLE)
    page = (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body><article>'
            f'<h1>Council votes to rebuild stone bridge</h1>{chunks}</article></body></html>')
    body = extract_html(page, url="https://millvale.example/news/bridge")["body"]
    assert all(p in body for p in ARTICLE)


def test_issue15_teaser_blurbs_sharing_a_class_with_one_paragraph_do_not_replace_the_body():
    """The "+chunks" rule needs the chunks to hold the text they replace: here the article sits in a layout
    cell, one quote below the table is a <p> in <div class="blurb">, and the teaser blurbs in the row's
    narrow cells (plain text, a "More" link apiece) use the same class."""
    more = ["Residents can see the plans at the library until the end of the month, and the council will hold two "
            "public meetings about the closure in February.",
            "The bridge was built in 1823 by local masons and carried the main road into the town until the bypass "
            "opened."]
    blurbs = "".join(f'<td width="120" valign="top"><div class="blurb"><p>{t}</p><a href="/n/{i}">More</a></div></td>'
                     for i, t in enumerate(TEASERS))
    quote = ('<div class="blurb"><p>"We listened to the town," said Ruth Okafor, who has led the council since 2019 '
             'and backed the repair plan.</p></div>')
    page = (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body>'
            f'<table width="100%"><tr><td valign="top"><b>Council votes to rebuild stone bridge</b><br><br>'
            f'{"<br><br>".join(ARTICLE + more)}</td>{blurbs}</tr></table>{quote}</body></html>')
    body = extract_html(page, url="https://millvale.example/news/bridge")["body"]
    assert all(p[:60] in body for p in ARTICLE + more)
    assert not any(t[:40] in body for t in TEASERS)


def _two_column_row(side: str) -> str:
    return (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body>'
            f'<table width="100%"><tr><td valign="top">{side}</td><td valign="top">'
            f'<b>Council votes to rebuild stone bridge</b><br><br>{"<br><br>".join(ARTICLE)}</td></tr></table>'
            f'</body></html>')


def test_issue15_a_second_long_text_cell_of_the_layout_row_stays():
    """Keeping only the longest cell of a layout row dropped a second column of text (an earlier post)."""
    earlier = ("Earlier this week: the harbour board agreed to dredge the channel before the summer, after two fishing "
               "boats ran aground on the sand bar at low tide. Work starts in May and will take six weeks. The board "
               "said the cost would be shared with the county.")
    body = extract_html(_two_column_row(earlier), url="https://millvale.example/news/bridge")["body"]
    assert ARTICLE[0] in body and earlier in body


def test_issue15_a_long_menu_cell_of_the_layout_row_goes():
    menu = " ".join(f'<a href="/s/{i}">{w} and more</a>' for i, w in enumerate(MENU * 3))
    body = extract_html(_two_column_row(menu), url="https://millvale.example/news/bridge")["body"]
    assert ARTICLE[0] in body and "Obituaries" not in body


def _trafilatura_body(inner: str):
    from lxml import etree

    return etree.fromstring(f"<body>{inner}</body>")


@pytest.mark.parametrize("inner, layout", [
    # a layout table: scraps of navigation and a banner cell, no paragraph outside the tables
    ('<table><row><cell><ref target="/">Home</ref> | <ref target="/n">News</ref></cell></row></table>'
     '<table><row><cell><p>In memoriam, 1975 - 2004</p></cell></row></table>'
     f'<table><row><cell>{ARTICLE[0]}</cell></row></table><p>{PROMOS[0]}</p>', True),
    # no paragraph text at all
    (f'<list><item>{MENU[0]}</item><item>{MENU[1]}</item></list><head>{ARTICLE[1]}</head>', True),
    # an article with data tables between its paragraphs
    (f'<p>{ARTICLE[0]}</p><table><row><cell>Repair</cell><cell>4.1m</cell></row></table>'
     f'<table><row><cell>New span</cell><cell>6.8m</cell></row></table><p>{ARTICLE[1]}</p>'
     '<table><row><cell>Ring road</cell><cell>10 min</cell></row></table>', False),
    (f'<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>', False),
])
def test_issue15_the_cascade_trigger_knows_a_layout_table_from_data_tables(inner, layout):
    from newstrace.extract.body import _table_dominated

    assert _table_dominated(_trafilatura_body(inner)) is layout


def test_issue15_an_article_with_data_tables_keeps_its_paragraphs():
    rows = [("Repair the stone bridge", "4.1 million"), ("New steel span", "6.8 million"), ("Ring road detour", "10 min")]
    tables = [f'<table><tr><th>Item</th><th>Figure</th></tr><tr><td>{a}</td><td>{b}</td></tr></table>' for a, b in rows]
    extra = ["Okafor said the council had looked at eleven designs before choosing the repair, and that the "
             "engineers' report would be published in full next week.",
             "Opposition councillors said the steel span would have lasted longer and cost less to maintain."]
    paragraphs = [f"<p>{p}</p>" for p in ARTICLE + extra]
    page = (f'<html><head><title>Council votes to rebuild stone bridge</title></head><body><article>'
            f'<h1>Council votes to rebuild stone bridge</h1>{paragraphs[0]}{tables[0]}{paragraphs[1]}{tables[1]}'
            f'{tables[2]}{"".join(paragraphs[2:])}<blockquote class="twitter-tweet"><p>The bridge stays! '
            f'Ninety years more for the Mill crossing</p>&mdash; Millvale Gazette (@millvale) March 3, 2024'
            f'</blockquote></article></body></html>')
    body = extract_html(page, url="https://millvale.example/news/bridge")["body"]
    assert all(p[:60] in body for p in ARTICLE + extra)
    assert "6.8 million" in body and "Ninety years more" in body


@pytest.mark.parametrize("kept, page_copies, more", [
    (ARTICLE[0], 30, True),  # the fast path kept one paragraph of a page with thirty times its text
    (ARTICLE[0], 5, False),  # a short article on a page of menus and footers
])
def test_issue15_a_fast_body_with_a_small_share_of_the_page_text_runs_the_cascade(kept, page_copies, more):
    from lxml import html as lxml_html

    from newstrace.extract.body import _more_paragraph_text

    page = lxml_html.document_fromstring(f'<html><body><p>{ARTICLE[0]}</p><div>{"<br>".join([ARTICLE[1]] * page_copies)}'
                                         f'</div></body></html>')
    assert _more_paragraph_text(page, kept) is more


def test_issue15_short_link_rows_count_as_short_whatever_their_markup_and_padding():
    """The trigger's short-block share is measured on the text as read (as it was fitted), not on the
    fast text's link markup and cell padding."""
    from newstrace.extract.body import _mostly_short_blocks

    rows = "\n".join(f"| • |            [{w}](/stories/archive/2004/autumn/section-{i}-feature-page.htm) |"
                     for i, w in enumerate(MENU))
    assert _mostly_short_blocks(f"{rows}\n{ARTICLE[0]}")
    assert not _mostly_short_blocks("\n".join(ARTICLE + [f"[{MENU[0]}](/s/0)"]))


@pytest.mark.parametrize("inner, layout", [
    # the article's paragraphs inside a layout cell: as many <p> as tables, most of the text in the table
    (f'<table><row><cell><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p><p>{ARTICLE[2]}</p></cell></row></table>', True),
    # an article with one small table of figures between its paragraphs
    (f'<p>{ARTICLE[0]}</p><table><row><cell>Repair</cell><cell>4.1m</cell></row></table><p>{ARTICLE[1]}</p>', False),
    (f'<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>', False),
])
def test_issue15_a_fast_body_inside_a_layout_table_is_known_by_its_text_share(inner, layout):
    from newstrace.extract.body import _in_layout_table, _table_dominated

    assert _in_layout_table(_trafilatura_body(inner)) is layout
    assert not _table_dominated(_trafilatura_body(inner))  # as many paragraphs as tables: the old rule missed it


class _Doc:
    def __init__(self, inner: str):
        from lxml import etree

        self.body = _trafilatura_body(inner)
        self.text = "\n".join(t for t in (etree.tostring(p, method="text", encoding="unicode").strip()
                                          for p in self.body.iter("p")) if t)


@pytest.mark.parametrize("full_paragraphs, method", [
    (ARTICLE * 11, "trafilatura-full"),  # the cascade read the whole cell: over twice the fast text
    (ARTICLE * 7, "trafilatura-fast"),  # 1.4 times: the fast body stays
])
def test_issue15_a_layout_table_fast_body_gives_way_to_a_cascade_twice_as_long(monkeypatch, full_paragraphs, method):
    """The fast path kept the first paragraphs of a layout cell (a column, the first screen); the full
    cascade's body replaces it only when it holds LAYOUT_FULL_RATIO times the text."""
    from lxml import html as lxml_html

    from newstrace.extract import body as body_mod

    kept = "".join(f"<p>{p}</p>" for p in ARTICLE * 5)  # over FAST_FEW_CHARS: no short-body trigger
    fast_doc = _Doc(f"<table><row><cell>{kept}</cell></row></table>")
    full_doc = _Doc("".join(f"<p>{p}</p>" for p in full_paragraphs))
    monkeypatch.setattr(body_mod, "_extract", lambda tree, fast: fast_doc if fast else full_doc)
    page = lxml_html.document_fromstring(f"<html><body><table><tr><td>{kept}</td></tr></table></body></html>")
    assert body_mod._trafilatura_body(page, None)[1] == method


@pytest.mark.parametrize("readability_paragraphs, method", [
    (ARTICLE * 4, "readability"),  # the readability candidate holds the whole article: 4/3 of the cascade's text
    (ARTICLE * 3, "trafilatura-full"),  # as long as the cascade's body: the cascade's stays
])
def test_issue15_a_readability_candidate_much_longer_than_the_cascade_body_wins_the_vote(
        monkeypatch, readability_paragraphs, method):
    from lxml import html as lxml_html

    from newstrace.extract import body as body_mod
    from newstrace.extract import cascade

    fast_doc = _Doc(f"<p>{MENU[0]}</p>")  # short: the cascade runs
    full_doc = _Doc("".join(f"<p>{p}</p>" for p in ARTICLE * 3))
    candidate = _Doc("".join(f"<p>{p}</p>" for p in readability_paragraphs))
    monkeypatch.setattr(body_mod, "_extract", lambda tree, fast: fast_doc if fast else full_doc)
    monkeypatch.setattr(cascade, "readability", lambda tree, options: (candidate.body, candidate.text))
    page = lxml_html.document_fromstring(f"<html><body>{''.join(f'<p>{p}</p>' for p in ARTICLE * 4)}</body></html>")
    assert body_mod._trafilatura_body(page, None)[1] == method
