"""An element named "created" shows the article's date (issue 15): Drupal writes its node's date in a
``<div class="created">`` (or a ``views-field-created``), Joomla in a ``createdate`` cell. It was no date box, so
below a tag list (past the lead's reach) the article's own date went unread and a cited source's date a box
further down dated the page. Every page here is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.date_pages import page_dates

TAGS = "".join(f'<li class="taxonomy_term_{n}"><a href="/tag/{n}" rel="tag">{word}</a></li>'
               for n, word in enumerate(("Harbour", "Ferries", "Transport", "Bay towns", "Property tax", "Council")))
STORY = ("<p>As the towns get ready to vote on the new ferry line, the editors of the harbour weekly argue that the "
         "project deserves support despite the missteps of its campaign.</p>")
SOURCE = ('<div class="publish_urls"><span class="label">Source:</span> <span>Harbour Weekly, '
          '<span class="date-display-single">November 9, 2012</span></span></div>')


@pytest.mark.parametrize("box", [
    '<div class="created">13 November 2012 - 2:00pm</div>',
    '<div class="views-field-created">Post date: 11/13/2012 - 14:00</div>',
    '<table><tr><td class="createdate">Tuesday, 13 November 2012</td></tr></table>',
])
def test_issue15_a_created_box_under_a_tag_list_dates_the_article(box):
    html = ('<html lang="en"><head><title>Why the towns should approve the ferry line</title></head><body>'
            '<h1>Why the towns should approve the ferry line</h1>'
            f'<div class="terms"><ul class="links">{TAGS}</ul></div>'
            '<div class="submitted">Posted by: <a href="/user/7">Ann Reed</a></div>'
            f'{box}<div class="content">{STORY}{SOURCE}</div></body></html>')
    published, _ = page_dates(html)
    assert published is not None and published.value[:10] == "2012-11-13"
