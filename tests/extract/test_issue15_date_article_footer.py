"""Issue 15: the HTML5 ``<footer>`` of the ``<article>`` that holds the headline is the article's own small print
(WordPress themes put "Posted on <time>" there, Drupal its "submitted" line), not the site's footer: its dates
were dropped as foreign, so the page fell back to htmldate and lost its modified date. A comment's footer and the
site's footer stay foreign. Every page here is written for these tests."""

from __future__ import annotations

from tests.extract.date_pages import page_dates

_TEXT = "<p>" + "The city council presented new plans on Wednesday to extend the network of cycle lanes. " * 3 + "</p>"
_POSTED = ('<footer class="entry-footer"><span class="posted-on">Posted on <a href="/p" rel="bookmark">'
           '<time class="entry-date published" datetime="2021-03-04T14:35:00+00:00">March 4, 2021</time>'
           '<time class="updated" datetime="2021-03-06T09:10:00+00:00">March 6, 2021</time></a></span></footer>')
_COMMENT = ('<article class="comment-body"><footer class="comment-meta">Ann <time datetime="2021-03-02T08:00:00+00:00">'
            'March 2, 2021</time></footer><p>Good news for riders.</p></article>')


def _page(post_footer: str = "", after: str = "", site_footer: str = "") -> str:
    return ('<html lang="en-US"><head><title>New cycle lanes planned for the town centre - My Blog</title></head><body>'
            '<div id="page" class="hfeed site"><main><article id="post-1" class="post hentry">'
            '<header class="entry-header"><h1 class="entry-title">New cycle lanes planned for the town centre</h1>'
            f'</header><div class="entry-content">{_TEXT}{_TEXT}</div>{post_footer}</article>{after}</main>'
            f'<footer id="colophon" class="site-footer">{site_footer}Proudly powered by a blog engine</footer>'
            '</div></body></html>')


def test_issue15_the_posts_own_footer_dates_it_and_keeps_the_update_apart():
    published, modified = page_dates(_page(_POSTED))
    assert published is not None and (published.value[:10], published.method) == ("2021-03-04", "visible")
    assert modified is not None and modified.value[:10] == "2021-03-06"


def test_issue15_a_drupal_submitted_footer_in_the_article_dates_it():
    footer = '<footer class="submitted">Friday 5 March 2021</footer>'
    published, _ = page_dates(_page(footer).replace('lang="en-US"', 'lang="en-GB"'))
    assert published is not None and (published.value[:10], published.method) == ("2021-03-05", "visible")


def test_issue15_comment_and_site_footers_stay_foreign():
    published, _ = page_dates(_page(after=f'<section class="comments">{_COMMENT}</section>'))
    assert published is None or published.method != "visible"
    published, _ = page_dates(_page(site_footer="Site news of March 9, 2021. "))
    assert published is None or published.method != "visible"
