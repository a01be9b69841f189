"""issue 14: stories need enough text, stay within one language and split same-day items on different subjects.

The feed items below are written for these tests: one outlet's day, each item a headline and a short
summary with the feed's own furniture ("Continue reading...").
"""

import pytest

from newstrace.link import Article, StoryIndex, StoryParams, cluster_batch, cluster_online
from newstrace.link.stories import linkable, pair_allowed

FURNITURE = "\nContinue reading..."
DAY = "2026-02-06"


def _item(ident: str, title: str, summary: str, lang: str = "en", day: str = DAY) -> dict:
    return {"id": ident, "title": title, "body": f"{title}\n{summary}{FURNITURE}", "published": day,
            "url": f"https://dailyglobe.example/2026/feb/06/{ident}", "outlet": "Daily Globe", "language": lang}


SAME_DAY = [
    _item("budget-speech", "Finance minister opens budget debate with promise on pensions",
          "The finance minister told parliament on Tuesday that state pensions would rise by four per cent "
          "next year, while opposition members asked how the increase would be paid for."),
    _item("late-night", "Late-night hosts mock the new season of a cooking contest",
          "Three television comedians spent their opening monologues on a celebrity cooking contest whose "
          "judges walked out during the first episode, according to viewers who posted clips online."),
    _item("harbour-strike", "Dock workers walk out at the northern harbour over shift changes",
          "Hundreds of dock workers stopped loading container ships at the northern harbour on Tuesday, "
          "saying new shift rotas would cut their overtime pay by a third."),
    _item("chess-final", "Teenager wins national chess final after six-hour endgame",
          "A sixteen-year-old from the coast won the national chess championship on Tuesday night, "
          "converting a rook endgame after six hours of play in the capital's concert hall."),
]


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_issue14_same_day_items_on_different_subjects_are_separate_stories(cluster):
    labels = cluster([Article.of(item) for item in SAME_DAY])
    assert len(set(labels)) == len(SAME_DAY)


def test_issue14_without_the_content_floor_the_date_boost_alone_would_join_them():
    """The rule is what keeps them apart: the same items with the old behaviour (no floor) merge."""
    articles = [Article.of(item) for item in SAME_DAY]
    assert len(set(cluster_batch(articles, StoryParams(min_content=0.0, threshold=0.05)))) < len(SAME_DAY)
    assert len(set(cluster_batch(articles, StoryParams(threshold=0.05)))) == len(SAME_DAY)


TITLE_ONLY = [{"id": f"science-{n}", "title": title, "body": title, "published": DAY, "language": "en",
               "url": f"https://sciencefeed.example/content/{n}"}
              for n, title in enumerate(["New evidence on how cells repair damaged proteins",
                                         "How cells sense damaged proteins in the heart",
                                         "Damaged proteins and the cells that clear them",
                                         "Cells, proteins and the repair of damaged tissue"])]


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_issue14_title_only_feed_items_never_link(cluster):
    labels = cluster([Article.of(item) for item in TITLE_ONLY])
    assert len(set(labels)) == len(TITLE_ONLY)
    assert not any(linkable(Article.of(item), StoryParams()) for item in TITLE_ONLY)


def test_issue14_a_title_with_a_summary_is_enough_text_to_link():
    assert all(linkable(Article.of(item), StoryParams()) for item in SAME_DAY)


FLOOD = ("Heavy rain flooded the river town of Riverton on Monday, forcing 300 families from their homes, "
         "Mayor Ana Price said. The Greenway river rose four metres overnight and swept away the Mill Street bridge.")


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_issue14_one_language_per_story(cluster):
    english = [_item("flood-1", "Riverton flood forces 300 families from homes", FLOOD),
               _item("flood-2", "Greenway river floods Riverton, 300 families leave", FLOOD)]
    german = _item("flood-de", "Riverton flood forces 300 families from homes", FLOOD, lang="de")
    labels = cluster([Article.of(a) for a in [*english, german]])
    assert labels[0] == labels[1]
    assert labels[2] != labels[0]  # the same words in a record of another language: no translation, no link


def test_issue14_unknown_language_does_not_block_a_link():
    assert pair_allowed("en", None) and pair_allowed("en-GB", "en") and not pair_allowed("en", "hu")


def test_issue14_online_index_keeps_a_title_only_item_alone_after_regrouping():
    index = StoryIndex(regroup_growth=1.0)
    for item in [*SAME_DAY[:2], *TITLE_ONLY]:
        index.add(Article.of(item))
    stories = index.assignments()
    assert len({stories[item["id"]] for item in TITLE_ONLY}) == len(TITLE_ONLY)
