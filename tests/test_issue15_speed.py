"""issue 15 (extraction speed): the faster forms of per-page checks answer exactly as the plain ones."""

from __future__ import annotations

from lxml import etree

from newstrace.extract import html as page_html
from newstrace.textsafe import _ANY, _SURROGATE, _has_surrogate, _unsafe, sanitize_text


def test_issue15_unsafe_check_matches_the_regex_on_every_code_point():
    for code in range(0x110000):
        char = chr(code)
        text = f"ab{char}cd"
        assert _unsafe(text) == bool(_ANY.search(text)), hex(code)
        assert _has_surrogate(text) == bool(_SURROGATE.search(text)), hex(code)


def test_issue15_unsafe_check_on_long_texts_matches_the_regex():
    """issue 15 (speed): a long text's control bytes are looked for one by one (memchr), a short one's in one
    pass; both answer as the regex, wherever the character stands and whatever else the text holds."""
    from newstrace import textsafe

    filler = "Une page écrite pour le test, ünïcode ✓ et 中文, ligne après ligne.\n\t" * 200
    assert len(filler.encode("utf-8")) > textsafe._SCAN_MIN_BYTES
    for code in [*range(0x00, 0x21), 0x7F, 0x80, 0x85, 0xA0, 0x2028, 0xD800, 0xDFFF, 0xFEFF]:
        for text in (chr(code) + filler, filler[:3000] + chr(code) + filler, filler + chr(code)):
            assert _unsafe(text) == bool(_ANY.search(text)), (hex(code), len(text))
    assert not _unsafe(filler) and not _unsafe(filler[:100])


def test_issue15_sanitize_text_still_cleans_controls_and_surrogates():
    assert sanitize_text("a\x0bb\x00c\ud800") == "a\nbc\ufffd"
    assert sanitize_text("é\x1fü", keep_length=True) == "é ü"
    assert sanitize_text("plain ünïcode ✓") == "plain ünïcode ✓"


def _old_too_deep(tree) -> bool:
    depth, last = 0, etree.XPath("(//*)[last()]")(tree)
    node = last[0] if last else tree
    while node is not None and depth <= page_html.MAX_DEPTH_PROBE:
        node = node.getparent()
        depth += 1
    return depth > page_html.MAX_DEPTH_PROBE


def test_issue15_depth_probe_walks_last_children_with_the_same_answer(monkeypatch):
    monkeypatch.setattr(page_html, "MAX_DEPTH_PROBE", 12)
    for depth in range(5, 20):
        for tail in ("", "<p>after</p>", "<!-- note -->", "<table><tr><td>x"):
            html = "<html><body>" + "<div>" * depth + "text" + "</div>" * (depth // 2) + tail
            tree = etree.fromstring(html, etree.HTMLParser(remove_comments=True))
            assert page_html._too_deep(tree) == _old_too_deep(tree), (depth, tail)


# --- page furniture cut before trafilatura (body.FURNITURE_MODE = "links") -------------------------

_STORY = ("<p>The harbour board voted on Tuesday to rebuild the north pier, which storms damaged twice "
          "last winter, and to open the work to local firms first.</p>"
          "<p>Board chair Mara Lind said the cost would be shared with the county over five years, and "
          "that ferries would keep running from the south pier while the crews work.</p>"
          "<p>Fishermen at the meeting asked for a second landing stage; the board promised a study of "
          "it by the spring, with a public hearing before any decision is taken.</p>")


def _page(extra_before: str = "", extra_after: str = "", story_wrapper: str = "article") -> str:
    return (f"<html><head><title>Pier to be rebuilt</title></head><body>{extra_before}"
            f"<{story_wrapper}><h1>Pier to be rebuilt</h1>{_STORY}</{story_wrapper}>{extra_after}</body></html>")


_NAV = "<nav>" + "".join(f"<a href='/s{i}'>Section number {i}</a> " for i in range(12)) + "</nav>"
_LINK_FOOTER = "<footer><ul>" + "".join(f"<li><a href='/f{i}'>Footer link {i}</a></li>" for i in range(8)) \
    + "</ul></footer>"
_TABLE_ASIDE = ("<aside><table>" + "".join(f"<tr><td>Team {i}</td><td>{30 - i}</td><td>{i}:{i + 2}</td></tr>"
                                            for i in range(10)) + "</table></aside>")


def test_issue15_link_furniture_is_cut_but_text_furniture_and_the_story_stay():
    from newstrace.extract import body as body_mod
    from newstrace.extract.html import parse_html

    tree = parse_html(_page(_NAV, _LINK_FOOTER + _TABLE_ASIDE))
    assert body_mod.drop_furniture(tree, "links") == 2  # the nav and the footer of links
    assert not tree.xpath("//nav|//footer") and tree.xpath("//aside//td")  # the table of text stays
    story_in_aside = parse_html(_page(_NAV, story_wrapper="aside"))
    assert body_mod.drop_furniture(story_in_aside, "links") == 1
    assert "Board chair Mara Lind" in story_in_aside.xpath("string(//aside)")  # holds the longest paragraph
    assert body_mod.drop_furniture(parse_html(_page(_NAV)), "off") == 0


def test_issue15_cutting_link_furniture_leaves_the_body_as_it_was(monkeypatch):
    from newstrace.extract import body as body_mod
    from newstrace.extract.html import extract_html

    for page in (_page(_NAV, _LINK_FOOTER), _page(_NAV, _TABLE_ASIDE), _page(_LINK_FOOTER, story_wrapper="div")):
        monkeypatch.setattr(body_mod, "FURNITURE_MODE", "off")
        before = extract_html(page)["body"]
        monkeypatch.setattr(body_mod, "FURNITURE_MODE", "links")
        after = extract_html(page)["body"]
        assert after == before and "Board chair Mara Lind" in after
        assert "Section number" not in after and "Footer link" not in after


# --- trafilatura called with options built once, the prune XPaths run once on the page ------------

_TOOLTIP = "<span class='name-hovercard'>Mara Lind writes about harbours. Latest stories</span>"


def test_issue15_cached_options_give_what_bare_extractions_keywords_give():
    from lxml.etree import tostring
    from trafilatura import bare_extraction

    from newstrace.extract import body as body_mod
    from newstrace.extract.html import parse_html

    page = _page(_NAV, _LINK_FOOTER + "<p>Short line.</p>")
    for fast in (True, False):
        ours = body_mod._extract(parse_html(page), fast=fast)
        theirs = bare_extraction(parse_html(page), url=None, fast=fast, include_comments=False,
                                 include_tables=True, include_links=True, with_metadata=False)
        assert ours.text == theirs.text and tostring(ours.body) == tostring(theirs.body)
    assert body_mod._extractor(True) is body_mod._extractor(True)  # built once


def test_issue15_prune_cuts_tooltips_keeps_their_tails_and_follows_the_table(monkeypatch):
    from newstrace.extract import body as body_mod
    from newstrace.extract import boilerplate
    from newstrace.extract.html import extract_html, parse_html

    tree = parse_html(f"<html><body><p>By Mara Lind{_TOOLTIP} on Tuesday.</p></body></html>")
    body_mod.prune(tree)
    assert tree.xpath("string(//p)") == "By Mara Lind on Tuesday."
    page = _page().replace("Board chair Mara Lind", f"Board chair Mara Lind{_TOOLTIP}")
    body = extract_html(page)["body"]
    assert "Board chair Mara Lind said" in body and "Latest stories" not in body
    monkeypatch.setattr(boilerplate, "PRUNE_XPATHS", ())  # bench/extraction.py --ablate switches it off
    assert "Latest stories" in extract_html(page)["body"]
    tree = parse_html(f"<html><body><p>By Mara Lind{_TOOLTIP}</p></body></html>")
    body_mod.prune(tree)
    assert "Latest stories" in tree.xpath("string(//p)")


# --- start-up with the garbage collector paused ------------------------------------------------------

def test_issue15_start_up_pauses_the_collector_and_gives_it_back(monkeypatch):
    import gc

    from newstrace import pipeline as pipeline_mod

    seen = []
    real_load = pipeline_mod.Stage.load
    monkeypatch.setattr(pipeline_mod.Stage, "load", lambda self: (seen.append(gc.isenabled()), real_load(self))[1])
    assert gc.isenabled()
    pipe = pipeline_mod.Pipeline(["extract"])
    pipe.warm_up()
    assert seen == [False] and gc.isenabled()  # paused while loading, on again after
    assert gc.get_freeze_count() > 0  # what start-up loaded is kept out of later collections
    gc.disable()
    try:
        pipeline_mod.Pipeline(["extract"]).warm_up()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
    record = pipe.run(pipeline_mod.Page(id="p", content=_page(), kind="html"))
    assert "Board chair Mara Lind" in record.body


# --- per-block rules and per-page passes: the faster forms answer as the plain ones ---------------------

def test_issue15_block_rules_answer_as_their_plain_forms():
    import re

    from newstrace.extract import boilerplate as bp

    headlines = ("Pier to be rebuilt", "PIER TO BE REBUILT — Harbour News")
    blocks = ["Pier to be rebuilt!", "pier to be rebuilt harbour news", "Tags:", "  topics : ", "Schlagwörter",
              "Tags" + " " * 80 + ":", "Tags and more tags about the harbour", "KEYWORDS", "ß" * 40, ""]
    for index, block in enumerate(blocks):
        plain_headline = index < 3 and re.sub(r"\W+", " ", block).strip().casefold() in {
            re.sub(r"\W+", " ", h).strip().casefold() for h in headlines}
        assert bp._is_headline(blocks, index, headlines) == plain_headline, block
        assert bp._is_list_heading(blocks, index, headlines) == (block.strip(" :").casefold() in bp.LIST_HEADINGS)
    assert bp.drop_reasons(blocks[:3], headlines) == ["headline", "headline", "list-heading"]


def test_issue15_byline_candidates_read_every_marked_attribute():
    from newstrace.extract.byline import _candidates, visible_byline
    from newstrace.extract.html import parse_html

    attributes = ("class='byline'", "id='author'", "rel='author'", "itemprop='author'", "data-testid='AuthorName'",
                  "data-component='Byline'")
    for attribute in attributes:
        tree = parse_html(f"<html><body><p title='x'>Story</p><span lang='en' {attribute}>By Mara Lind</span>"
                          "</body></html>")
        assert [el.tag for el in _candidates(tree)] == ["span"], attribute
    assert visible_byline(tree) == "By Mara Lind"  # data-component='Byline'
    assert _candidates(parse_html("<html><body><p class='story' id='main'>Story</p></body></html>")) == []


def test_issue15_pages_are_parsed_without_an_id_table_and_ids_still_found_by_xpath():
    from newstrace.extract.html import parse_html

    tree = parse_html("<html><body><div id='story'><p id='p1'>One</p></div></body></html>")
    assert tree.xpath("string(//*[@id='p1'])") == "One" and tree.get_element_by_id("story").tag == "div"


def test_issue15_furniture_cut_takes_the_outermost_box_only():
    from newstrace.extract import body as body_mod
    from newstrace.extract.html import parse_html

    nested = "<footer>" + _NAV + "<aside><a href='/x'>About us and our newsroom</a></aside></footer>"
    tree = parse_html(_page(extra_after=nested))
    assert body_mod.drop_furniture(tree, "all") == 1 and not tree.xpath("//nav|//footer|//aside")
    assert "Board chair Mara Lind" in tree.xpath("string(//article)")


def test_issue15_code_is_dropped_with_tails_kept_and_json_ld_left():
    from newstrace.extract.html import _drop_code, parse_html

    tree = parse_html("<html><head><style>p{}</style><script type='application/ld+json'>{}</script></head><body>"
                      "<p>One<style>.x{}</style> two<script>var a;</script> three</p><script>b()</script>four"
                      "</body></html>")
    _drop_code(tree)
    assert tree.xpath("string(//p)") == "One two three" and tree.xpath("string(//body)") == "One two threefour"
    assert not tree.xpath("//style") and [s.get("type") for s in tree.iter("script")] == ["application/ld+json"]


def test_issue15_htmldate_hands_dateparser_only_the_listed_languages():
    """htmldate's extensive search asks dateparser in every one of its ~200 locales, and a string none reads
    makes it load them all (over a second of CPU); after a page goes through it, the parser it uses is one
    with the listed languages and htmldate's own settings, and it still reads the dates they write."""
    import htmldate.extractors as extractors

    from newstrace.extract.date_htmldate import EXTERNAL_PARSER_LANGUAGES, _from_htmldate

    page = ("<html><body><h1>Harbour plans</h1><p>The ferry starts soon, the harbour office says.</p>"
            "<div>Stand: 12. März 2021, 10:00 Uhr</div></body></html>")
    _from_htmldate(page, None)
    parser = extractors.get_external_parser()
    assert parser.languages == list(EXTERNAL_PARSER_LANGUAGES)
    assert parser._settings.STRICT_PARSING and parser._settings.PREFER_DATES_FROM == "past"
    assert str(extractors._external_date("12. März 2021, 10:00")) == "2021-03-12 10:00:00"
    assert str(extractors._external_date("3 June 2019, 10:00")) == "2019-06-03 10:00:00"
    assert extractors._external_date("Posted 2020 by staff, 12:30") is None


def test_issue15_norm_answers_as_the_substitution():
    """body._norm skips the whitespace substitution on lines with nothing for it to change."""
    from newstrace.extract import body

    lines = ["", " ", "plain line", "  two  spaces ", "tab\there", "no\u00a0break", " \u00a0\t ", "a \u00a0b",
             "ends ", "\u2003em space kept", "new\nline", "x" * 50 + "  " + "y"]
    for line in lines:
        assert body._norm(line) == body._WS_RE.sub(" ", line).strip(), repr(line)


def test_issue15_links_reach_answers_as_the_full_link_share():
    """body._links_reach stops reading links once their text reaches the share; the answer is the one of the link
    text summed over every link (menus, prose with links, nested and empty links, no links)."""
    from lxml import html as lxml_html

    from newstrace.extract import body

    boxes = ["<nav><a href='/'>Home</a> <a href='/n'>News</a> <a href='/s'>Sport and weather</a> text</nav>",
             "<div>A long sentence of prose with <a href='/x'>one link</a> in the middle of it.</div>",
             "<div><a href='/a'><a href='/b'>nested</a> outer</a> and more words here</div>",
             "<p>Half <a href='/h'>half</a></p>", "<p>abcd<a href='/e'>ab</a></p>", "<p>abc<a href='/e'>ab</a></p>",
             "<footer>No links at all in this footer</footer>", "<div><a href='/e'> </a>x</div>"]
    for markup in boxes:
        element = lxml_html.fragment_fromstring(markup)
        text = body._flat(element.text_content())
        linked = sum(len(body._flat(a.text_content())) for a in element.iter("a"))
        for share in (body.FURNITURE_LINK_SHARE, body.CHUNK_MAX_LINK_SHARE, 0.0, 0.25, 0.99, 1.0):
            assert body._links_reach(element, text, share) == (linked / len(text) >= share), (markup, share)


def _old_shown_lead_missing(tree, lead: str, blocks: tuple[str, ...]) -> bool:
    from newstrace.extract import boilerplate as bp

    probe = bp._normal(lead)[:bp.LEAD_MIN_CHARS]
    if len(probe) < bp.LEAD_MIN_CHARS or any(probe in bp._normal(b) for b in blocks[:5]):
        return False
    for node in bp._LONG_TEXT(tree):
        if node.getparent().tag not in ("script", "style", "noscript") and probe in bp._normal(node):
            return not bp._in_header(node.getparent())
    return False


def test_issue15_shown_lead_check_skips_only_texts_that_cannot_hold_it():
    """boilerplate.shown_lead_missing normalises only the page texts holding the probe's longest inner word once
    casefolded; its answer is the one of normalising every long text (casing, punctuation, ß, İ, no-break spaces)."""
    from newstrace.extract import boilerplate as bp

    leads = ["The STRASSE board voted — on Tuesday! — to close the old ferry pier for two years of repairs.",
             "Die Straße bleibt gesperrt, sagte der Bürgermeister am Dienstag nach der Sitzung des Rates.",
             "İstanbul'da feribot iskelesi iki yıl boyunca onarım için kapatılacak, dedi liman başkanı.",
             "Supercalifragilisticexpialidociousandevenlongerwordwithoutanyspaces at all in it here.",
             "Short."]
    shown = ["the strasse board voted on tuesday to close the old ferry pier for two years of repairs, it said",
             "DIE STRASSE BLEIBT GESPERRT sagte der Bürgermeister am Dienstag nach der Sitzung des Rates heute",
             "İSTANBUL'DA FERIBOT İSKELESİ İKİ YIL BOYUNCA ONARIM İÇİN KAPATILACAK, DEDI LIMAN BAŞKANI",
             "xSupercalifragilisticexpialidociousandevenlongerwordwithoutanyspaces at\u00a0all in it here too"]
    for where in ("<div class='x'>{}</div>", "<header><p>{}</p></header>", "<script>var a = '{}';</script>"):
        for text in shown:
            tree = page_html.parse_html("<html><body><article><h1>Pier</h1>" + where.format(text) +
                                        "<p>" + "Another paragraph of the story, long enough to be read. " * 2 +
                                        "</p></article></body></html>")
            for lead in leads:
                for blocks in ((), ("Another paragraph",), (text,)):
                    assert bp.shown_lead_missing(tree, lead, blocks) == _old_shown_lead_missing(tree, lead, blocks)
    assert any(bp.shown_lead_missing(page_html.parse_html(f"<html><body><div>{t}</div></body></html>"), lead, ())
               for t in shown for lead in leads)  # the check does find shown leads


def test_issue15_a_page_is_encoded_once_for_both_sanitising_checks():
    """A long text's UTF-8 form is kept for the next check of the same object (sanitize_page, then the decoding
    step): the answers are those of a fresh encoding, for clean text, controls and lone surrogates, and another
    text (equal or not) is encoded anew."""
    from newstrace import textsafe

    class Counting(str):
        encoded = 0

        def encode(self, *args, **kwargs):  # type: ignore[override]
            Counting.encoded += 1
            return super().encode(*args, **kwargs)

    body = "Ferry line to start in spring. " * 500
    for text in (body, body + "\x0b", body + "\ud800", body + "é\x1f", "short \x00 text"):
        page = Counting(text)
        Counting.encoded = 0
        answers = [textsafe._has_surrogate(page), textsafe._unsafe(page), textsafe._unsafe(page)]
        assert answers == [bool(_SURROGATE.search(text)), bool(_ANY.search(text)), bool(_ANY.search(text))]
        assert Counting.encoded == (1 if len(text) >= textsafe._MEMO_MIN_CHARS else 3)
        twin = Counting(str(text))  # equal, another object
        assert textsafe._unsafe(twin) == bool(_ANY.search(text)) and Counting.encoded in (2, 4)
    assert sanitize_text(body + "\ud800\x0b") == body + "\ufffd\n"


def _old_to_json(value):
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _old_to_json(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.metadata.get("internal")}
    if isinstance(value, (tuple, list)):
        return [_old_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _old_to_json(v) for k, v in value.items()}
    return value


def test_issue15_record_to_dict_is_the_plain_walk():
    """Record.to_dict with its field names kept per class and plain values returned first: the same dict, keys
    in the same order, internal fields left out."""
    import json

    from newstrace.pipeline import Pipeline
    from newstrace.record import Page, Record, _to_json

    page = ("<html lang='en'><head><title>Pier to close</title><meta name='author' content='Jane Roe'>"
            "<meta property='article:published_time' content='2020-05-17T10:00:00+02:00'></head><body><article>"
            "<h1>Pier to close</h1><p>By Jane Roe</p>" + "<p>The harbour board voted to close the pier for repairs, "
            "<a href='/board'>its chair</a> said on Tuesday.</p>" * 3 + "</article></body></html>")
    record = Pipeline(["extract"]).run(Page(id="p1", content=page, kind="html", url="https://example.org/a"))
    assert record.links and record.published is not None
    for value in (record, Record(id="empty"), record.published, (record.outlet, [1, 2.5, None, True]), {"a": record.links}):
        assert _to_json(value) == _old_to_json(value)
        assert json.dumps(_to_json(value)) == json.dumps(_old_to_json(value))  # the same keys in the same order


def test_issue15_jsonl_lines_read_by_msgspec_give_what_json_gave():
    """issue 15 (speed): JSONL lines are decoded by msgspec from their bytes; a line it refuses goes the ``json``
    way, so every line, odd ones included, gives the same page or the same error record as ``parse_line``."""
    import io

    from newstrace.ingest.jsonl import pages_from_jsonl, parse_line

    lines = [
        b'{"id": "a1", "html": "<p>caf\\u00e9 \\ud83d\\ude00 \xc3\xa9\\n</p>", "url": "https://example.org/x"}',
        b'{"id": "lone", "text": "half \\ud800 a pair"}', b'{"id": "swapped", "text": "\\udc00\\ud800"}',
        b'{"id": "bad-utf8", "html": "<p>\xff\xfe caf\xe9</p>"}', b'{"id": "nan", "text": "x", "title": NaN}',
        b'{"id": "big", "text": "x", "title": 1e400}', b'{"id": 123456789012345678901234567890, "text": "x"}',
        b'\xef\xbb\xbf{"id": "bom", "text": "x"}', b'{"id": "tab", "text": "a\tb"}', b'{"id": "trunc", "text": "x',
        b'[1, 2]', b'"just a string"', b'{"id": "  ", "text": "blank id"}', b'{"id": "dup", "text": "1", "text": "2"}',
        b'{"text": "no id"}', b'{"id": "two", "text": "x", "html": "y"}', b'{"id": "num", "text": 5}',
        b'   ', b'\xc2\xa0', b'', b'{"id": "last", "body": "x", "lang": "fr"}  \r',
    ]
    stream = io.BytesIO(b"\n".join(lines) + b"\n")
    decoded = [(line + b"\n").decode("utf-8", "replace") for line in lines]  # a line is read with its newline
    expected = [parse_line(line, number) for number, line in enumerate(decoded, start=1) if line.strip()]
    assert list(pages_from_jsonl(stream)) == expected
    assert [p.id for p in expected][:3] == ["a1", "lone", "swapped"]
