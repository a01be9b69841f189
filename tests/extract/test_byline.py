"""The byline rules in extract/byline.py give the answer of trafilatura's author XPaths, faster."""

import pytest
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from newstrace.extract.byline import visible_byline
from newstrace.extract.html import parse_html

PAGE = "<html><head><title>Ferry strike</title></head><body>{}</body></html>"
STORY = "<p>Ferry crews walked out on Monday over the new rota, the union said in a statement.</p>"

BODIES = {
    "class author": f'<div class="author">Mara Quist</div>{STORY}',
    "rel author link": f'<p>By <a rel="author" href="/staff/mq">Mara Quist</a></p>{STORY}',
    "itemprop": f'<span itemprop="author">Jon Bakke</span>{STORY}',
    "author-name class": f'<span class="story__author-name">Ines Vidal</span>{STORY}',
    "byline class on h4": f'<h4 class="byline">Tomas Rye and Ada Holm</h4>{STORY}',
    "generic writer class on li": f'<ul><li class="writer-box">Petra Lind</li></ul>{STORY}',
    "data-component Byline": f'<section data-component="ArticleByline">Olu Ade</section>{STORY}',
    "author element": f'<author>Sam Okafor</author>{STORY}',
    "first rule wins over earlier generic match":
        f'<div class="writer">Desk</div><span class="author">Lea Moss</span>{STORY}',
    "byline in comments is skipped":
        f'<div class="comments"><span class="author">troll42</span></div>'
        f'<p class="byline">Kim Berg</p>{STORY}',
    "byline in a figure is skipped":
        f'<figure><span class="author">Photo: Ray Cole</span></figure><div class="byl">Noor Haddad</div>{STORY}',
    "discarded date box inside byline keeps its tail":
        f'<div class="author">Eli Park <span class="date">4 May 2021</span> in Oslo</div>{STORY}',
    "too long to be a byline": f'<div class="author">{"word " * 40}</div>{STORY}',
    "no byline at all": f'<div class="story">{STORY}</div>',
    "sidebar author box skipped": f'<div class="sidebar"><p class="author">Guest</p></div>{STORY}',
}


def trafilatura_byline(tree):
    """trafilatura 2.3.1's own way: its XPaths on the page, discarded boxes left out."""
    discard = {d for expression in AUTHOR_DISCARD_XPATHS for d in expression(tree)}
    for expression in AUTHOR_XPATHS:
        for el in expression(tree):
            if el in discard or any(a in discard for a in el.iterancestors()):
                continue
            content = trim(" ".join(_outside(el, discard)))
            if content and 2 < len(content) < 120:
                return content
    return None


def _outside(el, discard):
    if not any(d in discard for d in el.iterdescendants()):
        return list(el.itertext())
    parts = [el.text] if el.text else []
    for child in el:
        if child not in discard:
            parts.extend(_outside(child, discard))
        if child.tail:
            parts.append(child.tail)
    return parts


@pytest.mark.parametrize("name", sorted(BODIES))
def test_byline_rules_agree_with_trafilatura_xpaths(name):
    tree = parse_html(PAGE.format(BODIES[name]))
    assert visible_byline(tree) == trafilatura_byline(tree)


def test_byline_rules_pick_the_expected_names():
    found = {name: visible_byline(parse_html(PAGE.format(body))) for name, body in BODIES.items()}
    assert found["class author"] == "Mara Quist"
    assert found["first rule wins over earlier generic match"] == "Lea Moss"
    assert found["byline in comments is skipped"] == "Kim Berg"
    assert found["byline in a figure is skipped"] == "Noor Haddad"
    assert found["discarded date box inside byline keeps its tail"] == "Eli Park in Oslo"
    assert found["no byline at all"] is None
    assert found["too long to be a byline"] is None
