"""Scraped-text line features (issue 3): page-relative stop words, label/credit lines, the weighted block.

The lines are written for these tests; the end-to-end cases run the shipped classifier weights.
"""

from __future__ import annotations

from newstrace.extract.language import stopwords
from newstrace.extract.text import extract_text
from newstrace.extract.text_features import (
    BASE_FEATURES,
    CONTEXT_FEATURES,
    PASS2_FEATURES,
    context_features,
    first_pass_rows,
    line_features,
    model,
    pass2_features,
)
from tests.extract.test_text import AGENCY_MENU, AGENCY_PARAGRAPHS, REGIONAL_PAGE, REGIONAL_PARAGRAPHS

EN = stopwords("en")


def _feature(rows: list[list[float]], name: str) -> list[float]:
    return [row[BASE_FEATURES.index(name)] for row in rows]


def test_weights_match_the_feature_vectors():
    params = model()
    assert len(params["pass1"]["mean"]) == len(BASE_FEATURES) + len(CONTEXT_FEATURES)
    assert len(params["pass2"]["mean"]) == len(BASE_FEATURES) + len(CONTEXT_FEATURES) + len(PASS2_FEATURES)
    rows = first_pass_rows(AGENCY_MENU + AGENCY_PARAGRAPHS, EN)
    assert {len(row) for row in rows} == {len(BASE_FEATURES) + len(CONTEXT_FEATURES)}


def test_stop_share_is_relative_to_the_pages_long_lines():
    prose = AGENCY_PARAGRAPHS[1]
    shares = _feature(line_features(["Economy", "Podcasts", prose, AGENCY_PARAGRAPHS[3]], EN), "relative_stop_share")
    assert shares[0] == shares[1] == 0.0
    assert 0.7 < shares[2] < 1.4
    # the same line on a page whose long lines carry few stop words stands out more
    terse = "Minister Says Budget Talks Continue, Deal Expected Soon After Weekend Meetings In Capital"
    alone = _feature(line_features([terse, terse.upper(), prose], EN), "relative_stop_share")
    assert alone[2] > shares[2]


def test_label_teaser_and_credit_lines_are_flagged():
    lines = [
        "Read also: Council delays vote on bridge repairs",
        "VEA TAMBIÉN: Ministerio anuncia nuevas rutas de autobús",
        "Qualifying: The driver looked far more settled than last year, and the numbers show it.",
        "(Photo: Jane Roe / Example Agency)",
        "Foto: Stadtverwaltung",
        "© 2021 Example Media Group. All rights reserved.",
        AGENCY_PARAGRAPHS[0],
    ]
    rows = line_features(lines, EN)
    assert _feature(rows, "label_teaser") == [1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    assert _feature(rows, "credit") == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0]


def test_weighted_block_spans_a_short_box_inside_the_article():
    lines = [*AGENCY_MENU, AGENCY_PARAGRAPHS[0], AGENCY_PARAGRAPHS[1], "Related", "Read more",
             AGENCY_PARAGRAPHS[2], AGENCY_PARAGRAPHS[3], "Privacy policy"]
    first = first_pass_rows(lines, EN)
    p = [0.05] * len(AGENCY_MENU) + [0.9, 0.9, 0.3, 0.3, 0.9, 0.9, 0.05]
    column = PASS2_FEATURES.index("p_wblock")
    inside = [row[column] for row in pass2_features(p, first)]
    start = len(AGENCY_MENU)
    assert inside[start:start + 6] == [1.0] * 6
    assert inside[:start] == [0.0] * start and inside[-1] == 0.0


def test_read_also_and_photo_credit_lines_inside_the_article_are_dropped():
    paragraphs = REGIONAL_PARAGRAPHS
    start = REGIONAL_PAGE.index(paragraphs[0])
    page = [*REGIONAL_PAGE[:start], paragraphs[0], paragraphs[1], "(Photo: Jane Roe / The Daily Ledger)",
            "Read also: School board delays vote on new start times", paragraphs[2], paragraphs[3],
            *REGIONAL_PAGE[start + len(paragraphs):]]
    body = extract_text("\n".join(page))["body"]
    assert [" ".join(p.split()) for p in body.split("\n\n")] == paragraphs


def test_boilerplate_comment_and_inner_dateline_lines_are_flagged():
    lines = [
        "We use cookies to improve your experience on our site and to show you personalised ads.",
        "Sign up for our newsletter. You can withdraw your consent at any time; see our privacy policy.",
        "Wir verwenden Cookies. Mit Ihrer Einwilligung verarbeiten wir personenbezogene Daten.",
        "© 2024 Example Media. Todos los derechos reservados.",
        "riverfan88 says:",
        "Reply",
        "14 likes",
        "3 hours ago",
        "vor 2 Stunden",
        "Council delays vote on bridge repairs LONDON: The city council on Monday put off a vote on the repairs.",
        "LONDON: The city council on Monday put off a vote on the bridge repairs, officials said.",
        AGENCY_PARAGRAPHS[1],
        "The mayor says: the vote will happen next week.",
    ]
    rows = line_features(lines, EN)
    boiler = _feature(rows, "boilerplate")
    assert all(b > 0 for b in boiler[:4]) and boiler[1] == 1.0  # newsletter, consent, privacy (capped at 3)
    assert boiler[4:] == [0.0] * (len(lines) - 4)
    assert _feature(rows, "comment_mark") == [0.0] * 4 + [1.0] * 5 + [0.0] * 4
    assert _feature(rows, "inner_dateline") == [0.0] * 9 + [1.0, 0.0, 0.0, 0.0]


def test_window_features_are_means_over_the_neighbourhood():
    lines = [*AGENCY_MENU, *AGENCY_PARAGRAPHS, "riverfan88 says:", "Reply", "3 hours ago"]
    base = line_features(lines, EN)
    context = context_features(base)
    comment = _feature(base, "comment_mark")
    column = CONTEXT_FEATURES.index("above6_comment")  # the line and the six above it
    for i, row in enumerate(context):
        window = comment[max(0, i - 6):i + 1]
        assert abs(row[column] - sum(window) / len(window)) < 1e-12
    assert context[-1][column] == 3 / 7 and context[-4][column] == 0.0
