"""issue 15: the newsletter promo rule drops calls to action, not prose that mentions a newsletter.

The page and lines are written for these tests.
"""

from __future__ import annotations

import pytest

from newstrace.extract import boilerplate
from newstrace.extract.html import extract_html

ARTICLE = [
    "The parish council of Elmbridge agreed on Wednesday to sell the old school house to a housing trust, "
    "ending a dispute that had run for almost four years between the council and the villagers.",
    "Readers of the parish newsletter first learned of the plan last spring, when the clerk wrote that the "
    "building cost more to heat each winter than the council could raise from the hall's rent.",
    "The trust says it will turn the school house into six small flats for rent, keeping the bell tower and "
    "the front wall that the village society asked the council to protect.",
]
SIGN_UP = "Sign up for our newsletter"
PROSE = ("Newsletter subscribers will remember last year's piece on the flooded lane, which the county has "
         "since promised to repair before the winter.")
CALL = "Get the week's parish news in one e-mail: enter your email address below to receive our free newsletter."


def _page(paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><title>Elmbridge sells school house</title></head><body>
<main><article><h1>Elmbridge sells school house</h1>{body}</article></main></body></html>"""


def test_prose_mentioning_a_newsletter_stays_and_the_sign_up_line_goes():
    body = extract_html(_page([*ARTICLE, SIGN_UP]), url="https://parish.example/news/school")["body"]
    for paragraph in ARTICLE:
        assert paragraph in body
    assert SIGN_UP not in body


@pytest.mark.parametrize("block, dropped", [
    (SIGN_UP, True),
    (CALL, True),
    ("Free Newsletter", True),
    ("Home | News | Newsletter | Events | Contact the parish clerk and the council office by post", True),
    (PROSE, False),
    (ARTICLE[1], False),
])
def test_newsletter_lines(block, dropped):
    assert boilerplate.keep_mask([ARTICLE[0], block], ()) == [True, not dropped]


# issue 15 (speed): the promo, newsletter and credit rules answer as their regexes searched in full.
_LINES = [SIGN_UP, PROSE, CALL, *ARTICLE, "Get the latest parish news delivered to your inbox", "PLEASE SUBSCRIBE",
          "Subscribe to read the council minutes", "Already a subscriber? Log in", "To view the full story, log in",
          "Photo: Jane Doe/Parish Archive", "(Photo credit: the clerk)", "Copyright © 2021 Parish News",
          "© 2020 All Rights Reserved", "Alle Rechte vorbehalten.", "Todos los derechos reservados",
          "This copy is for your personal use only", "Newsletters", "newsletter", "Our NEWSLETTER | Sign up |",
          "Follow us on the parish board", "the council will follow the plan", "Foto: dpa", "Image source: council",
          "Read the full story of the bell tower", "Ple\u017fe subscribe", "\u017fubscribe to view", "to your inbox",
          "A\u212aK\u0131\u0130 copy", "ALREADY A SUBSCRIBER", "alle rechte VORBEHALTEN", ":", "©", ""]


def test_issue15_fast_promo_and_credit_tests_answer_as_the_regexes():
    for line in _LINES:
        for block in (line, line.upper(), line.lower(), line.title(), line.swapcase()):
            assert boilerplate._promo_match(block) == bool(boilerplate.PROMO_RE.search(block)), block
            assert boilerplate._credit_match(block) == bool(boilerplate.CREDIT_RE.search(block)), block
            mention = bool(boilerplate.PROMO_MENTION_RE.search(block))
            assert (boilerplate._needs(block, boilerplate._MENTION_NEEDS) and mention) == mention, block


def test_issue15_the_needed_pieces_use_no_letter_another_character_matches_ignoring_case():
    import re

    pieces = "".join((*boilerplate._PROMO_ANYWHERE_NEEDS, *boilerplate._MENTION_NEEDS, *boilerplate._CREDIT_NEEDS))
    letters = sorted({ch for ch in pieces if ch.isalpha()})
    any_letter = re.compile("[a-z]", re.I)
    for codepoint in range(0x110000):
        char = chr(codepoint)
        if 0xD800 <= codepoint <= 0xDFFF or not any_letter.fullmatch(char):
            continue
        for letter in letters:
            if re.fullmatch(letter, char, re.I):
                assert letter in char.lower(), (letter, hex(codepoint))
