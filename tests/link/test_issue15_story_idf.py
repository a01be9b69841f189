"""Issue 15: a background IDF (data/story_idf.json, fitted by bench/train_story_idf.py on training pages).

The articles are the ones written for test_issue15_story_groups.py plus unrelated short items written here. A
word that is common on any page ("people", "new") weighs less than a word no background page has, and the
similarity of one pair moves less when the set around it grows than with the set's own IDF alone. The background
is off by default (link/stories.py: on the dev halves it helped, on small sets written for tests it let a lone
article join a story it should not).
"""

import dataclasses

import pytest

from newstrace.link import Article, StoryParams, cluster_batch
from newstrace.link.stories import similarity_matrix
from newstrace.link.story_terms import background_df, idf, term_idf

from .test_issue15_story_groups import ALL, EXPECTED, MARWEN, groups

FILLER = [
    {"id": f"filler-{n}", "published": f"2027-03-0{1 + n % 8}", "title": title, "body": body}
    for n, (title, body) in enumerate([
        ("City council approves new bus lanes", "The city council of Redhaven approved new bus lanes on Main Street "
         "on Monday after a year of public meetings. People living nearby said the work would take months."),
        ("Bakery wins regional bread prize", "A family bakery in Tolley won the regional bread prize for its rye loaf, "
         "the judges said on Thursday. The owners said people queued from early morning."),
        ("Museum reopens after repairs", "The Harbour Museum reopened on Saturday after two years of repairs to its "
         "roof. New rooms show the town's shipbuilding history, the director said."),
        ("Storm closes mountain pass", "Heavy snow closed the Brenner Ridge pass on Sunday and police turned back "
         "hundreds of cars. The road is expected to reopen on Tuesday, officials said."),
        ("University opens new science library", "Westmoor University opened a new science library on Friday with "
         "room for 900 students. The building took three years to complete."),
        ("Local team promoted to first division", "Tolley Rovers were promoted to the first division on Saturday "
         "after a 2-0 win over Redhaven. Thousands of people celebrated in the town square."),
    ])
]


def test_issue15_background_lowers_the_weight_of_words_common_on_any_page():
    pages, frequency = background_df()
    assert pages >= 500 and frequency["people"] > 50 and "marwen" not in frequency
    assert term_idf(10, 2, "people", 0.25) < term_idf(10, 2, "marwen", 0.25)
    assert term_idf(10, 2, "people", 0.0) == idf(10, 2) == term_idf(10, 2, "marwen", 0.0)


def pair_similarity(rows: list[dict], params: StoryParams) -> float:
    return float(similarity_matrix([Article.of(a) for a in rows], params)[0, 1])


@pytest.mark.parametrize("background", [0.25])
def test_issue15_a_pair_moves_less_with_the_size_of_the_set(background):
    pair = MARWEN[:2]
    own, mixed = StoryParams(background_idf=0.0), StoryParams(background_idf=background)
    shift_own = abs(pair_similarity(pair + FILLER, own) - pair_similarity(pair + FILLER[:1], own))
    shift_mixed = abs(pair_similarity(pair + FILLER, mixed) - pair_similarity(pair + FILLER[:1], mixed))
    assert shift_mixed < shift_own


@pytest.mark.parametrize("background", [0.0, 0.25])
def test_issue15_grouping_holds_among_unrelated_articles_of_the_same_days(background):
    rows = ALL + FILLER
    found = groups(rows, cluster_batch([Article.of(a) for a in rows], StoryParams(background_idf=background)))
    assert EXPECTED <= found


def test_issue15_background_is_off_by_default():
    articles = [Article.of(a) for a in ALL + FILLER]
    assert StoryParams().background_idf == 0.0
    on = similarity_matrix(articles, dataclasses.replace(StoryParams(), background_idf=0.25))
    assert (abs(similarity_matrix(articles, StoryParams()) - on) > 1e-6).any()
