"""Stories: batch and online grouping of the fixture articles."""

import dataclasses

import pytest

from newstrace.link import Article, StoryIndex, StoryParams, cluster_batch, cluster_online
from newstrace.link.stories import time_factor

from .articles import ALL, CHESS, FLOOD_BALDHILL, FLOOD_BALDHILL_OTHER, FLOOD_RIVERTON, FLOOD_RIVERTON_OTHER


def _groups(labels: list[str]) -> set[frozenset[str]]:
    by_label: dict[str, set[str]] = {}
    for article, label in zip(ALL, labels):
        by_label.setdefault(label, set()).add(article["id"])
    return {frozenset(ids) for ids in by_label.values()}


EXPECTED = {frozenset({"ledger-1", "portal-7", "courier-3"}), frozenset({"ledger-9", "courier-11"}),
            frozenset({"sports-2"})}


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_same_story_grouped_and_same_topic_kept_apart(cluster):
    labels = cluster([Article.of(a) for a in ALL])
    assert _groups(labels) == EXPECTED


def test_story_id_names_the_first_article():
    labels = cluster_batch([Article.of(a) for a in ALL])
    assert labels[0] == "story-ledger-1"
    assert labels[3] == "story-ledger-9"


def test_online_index_places_each_article_as_it_arrives():
    index = StoryIndex()
    first = index.add(Article.of(FLOOD_RIVERTON))
    assert index.add(Article.of(CHESS)) != first
    assert index.add(Article.of(FLOOD_RIVERTON_OTHER)) == first
    assert len(index) == 3
    assert index.assignments()["courier-3"] == first


def test_window_keeps_far_apart_articles_out_of_one_story():
    late = dict(FLOOD_BALDHILL_OTHER, published="2027-07-19")
    articles = [Article.of(FLOOD_BALDHILL), Article.of(late)]
    assert len(set(cluster_batch(articles, StoryParams()))) == 1
    assert len(set(cluster_batch(articles, StoryParams(window_days=30)))) == 2


def test_time_factor_boosts_close_dates_and_cuts_outside_window():
    params = StoryParams(window_days=10)
    assert time_factor(100, 101, params) > time_factor(100, 108, params) > 1.0
    assert time_factor(100, 111, params) == 0.0
    assert time_factor(None, 111, params) == 1.0


def test_an_article_bridging_two_stories_merges_them_and_records_the_rename():
    left = {"id": "a", "body": "Harbour cranes loaded grain ships at dawn while dockers unloaded timber."}
    right = {"id": "b", "body": "Orchard pickers harvested apples and pressed cider in the valley barns."}
    bridge = {"id": "c", "body": left["body"] + " " + right["body"]}
    index = StoryIndex(StoryParams(threshold=0.15, min_text_words=5), regroup_growth=None)  # short fixtures
    assert index.add(Article.of(left)) != index.add(Article.of(right))
    assert index.add(Article.of(bridge)) == "story-a"
    assert set(index.assignments().values()) == {"story-a"}
    assert index.renamed == {"story-b": "story-a"}



# issue 15: a follow-up three weeks after the event shares less wording with the first reports (repairs,
# money, other people), but it is the same story; the date lift lasts weeks, not days.
BALDHILL_REPAIRS = {
    "id": "ledger-30", "title": "Baldhill flood repairs begin as council pays families",
    "body": ("The council of Baldhill agreed on Friday to pay for repairs to the houses damaged when the "
             "river rose in the village last month.\n"
             "Families will receive up to 5,000 euros each, mayor Ines Korte said.\n"
             "Builders from the region started work on the first roofs and walls this week."),
    "published": "2026-08-08", "url": "https://dailyledger.example/2026/08/baldhill-repairs-council",
    "outlet": "dailyledger.example",
}


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_issue15_follow_up_weeks_later_joins_its_story(cluster):
    articles = [Article.of(a) for a in [*ALL, BALDHILL_REPAIRS]]
    labels = cluster(articles)
    assert labels[-1] == labels[3] == "story-ledger-9"
    assert labels[-1] not in (labels[0], labels[5])
    old_scale = StoryParams(time_scale_days=7.0, small_story_share=None)
    assert len(set(cluster(articles, old_scale))) == 4  # the old scale left it alone


def test_issue15_follow_up_needs_a_shared_subject():
    unrelated = {"id": "sports-9", "title": "Easton cyclist wins the hill stage of the summer tour",
                 "body": ("Mira Holt of Easton won Friday's hill stage of the summer tour by 40 seconds.\n"
                          "She climbed the last pass alone and now leads the race by two minutes."),
                 "published": "2026-07-24", "url": "https://sportsdesk.example/cycling/holt-wins-hill-stage"}
    for cluster in (cluster_batch, cluster_online):
        labels = cluster([Article.of(a) for a in [*ALL, unrelated]])
        assert labels[-1] == "story-sports-9"


# issue 15: a lone article goes to the story it is clearly nearest to, even under the threshold.
def test_issue15_lone_article_joins_its_clearly_nearest_story():
    articles = [Article.of(a) for a in [*ALL, BALDHILL_REPAIRS]]
    no_lift = dict(time_scale_days=7.0, time_boost=0.0)
    assert cluster_batch(articles, StoryParams(**no_lift, small_story_share=None))[-1] == "story-ledger-30"
    assert cluster_batch(articles, StoryParams(**no_lift))[-1] == "story-ledger-9"
    assert cluster_batch(articles, StoryParams(**no_lift, small_story_margin=5.0))[-1] == "story-ledger-30"


def test_issue15_lone_article_between_two_stories_stays_alone():
    both = {"id": "wire-5", "title": "A wet spring in the valley",
            "body": ("Heavy rain fell on Riverton and Baldhill this spring, as on every town of the valley.\n"
                     "Farmers say the valley has not been this wet in years, and the harvest will be late.")}
    articles = [Article.of(a) for a in [*ALL, both]]
    assert cluster_batch(articles)[-1] == "story-wire-5"  # near both floods: no clear nearest story
    assert cluster_batch(articles, StoryParams(small_story_margin=1.0))[-1] == "story-ledger-9"


def test_issue15_a_pair_joins_its_nearest_story_but_two_lone_articles_do_not_pair_up():
    copy = dict(BALDHILL_REPAIRS, id="portal-31", url="https://portal.example/baldhill-council-repairs",
                title="Council to pay for Baldhill flood repairs")
    no_lift = dict(time_scale_days=7.0, time_boost=0.0)
    reprint = dict(FLOOD_BALDHILL_OTHER, id="portal-12", url="https://portal.example/baldhill-cleanup")
    articles = [Article.of(a) for a in [*ALL, reprint, BALDHILL_REPAIRS, copy]]  # Baldhill: three reports
    alone = cluster_batch(articles, StoryParams(**no_lift, small_story_share=None))
    assert alone[-1] == alone[-2] == "story-ledger-30"
    assert cluster_batch(articles, StoryParams(**no_lift))[-2:] == ["story-ledger-9"] * 2
    assert cluster_batch(articles, StoryParams(**no_lift, small_story_size=1))[-1] == "story-ledger-30"
    chess_again = dict(CHESS, id="sports-8", title="Lee Moran says goodbye", published="2026-03-07",
                       body="Lee Moran played his last game of chess in Oslo.\nHe thanked his fans.")
    labels = cluster_batch([Article.of(a) for a in [CHESS, FLOOD_RIVERTON, chess_again]],
                           StoryParams(threshold=0.9, time_boost=0.0))  # similar at 0.71: over half of 0.9
    assert len(set(labels)) == 3  # lone articles only join a larger story
