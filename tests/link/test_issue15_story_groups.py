"""Issue 15: stories that must and must not group, and groupings that hold when the set is perturbed.

Articles written for this test: one ferry capsizing told by three outlets, a short update and an inquiry three
weeks on (one story); a second sinking on the same lake two months later, with another ferry (its own story:
the hard case of ECB+, two events of one kind); a chess final (its own story). The grouping must not depend on
the input order, on one article more or less, or on titles (bench/stories_robust.py does the same to the dev
halves), and the TF-IDF-only mode must run when the sentence encoder is asked for but not installed.
"""

import dataclasses
import random

import pytest

from newstrace.link import Article, StoryParams, cluster_batch, cluster_online

MARWEN = [
    {"id": "lakeside-1", "title": "Ferry capsizes on Lake Marwen, 14 missing", "published": "2027-03-02",
     "body": "A passenger ferry capsized on Lake Marwen near the port of Ostrava Bay on Tuesday, and 14 people "
             "are missing, the Marwen coast guard said. The ferry Saint Ilda was carrying 62 passengers from "
             "Ostrava Bay to Kelso Island when strong winds struck. Divers from Kelso Island joined the search."},
    {"id": "tribune-4", "title": "Saint Ilda ferry overturns in storm on Lake Marwen", "published": "2027-03-02",
     "body": "Rescuers pulled 48 survivors from Lake Marwen after the Saint Ilda ferry overturned in high winds "
             "off Ostrava Bay. The coast guard said 14 passengers were still missing on Tuesday night. The "
             "ferry sails daily between Ostrava Bay and Kelso Island."},
    {"id": "wire-9", "title": "Search for 14 missing after Lake Marwen ferry disaster", "published": "2027-03-03",
     "body": "Divers searched Lake Marwen on Wednesday for 14 people missing since the Saint Ilda ferry capsized "
             "off Ostrava Bay. Survivors said the ferry listed sharply when the storm hit halfway to Kelso "
             "Island. The Marwen coast guard expanded the search area."},
    {"id": "lakeside-2", "title": "Saint Ilda: two more bodies found", "published": "2027-03-05",
     "body": "Divers recovered two more bodies from Lake Marwen on Friday near where the Saint Ilda ferry sank "
             "off Ostrava Bay, the coast guard said."},
    {"id": "tribune-8", "title": "Inquiry opens into Saint Ilda ferry sinking", "published": "2027-03-24",
     "body": "An inquiry into the sinking of the Saint Ilda ferry on Lake Marwen opened in Ostrava Bay on "
             "Wednesday. The ferry's operator told the inquiry the Saint Ilda had passed its inspection, while "
             "survivors said the ferry was overloaded on the crossing to Kelso Island."},
]
TESSALY = [  # the same lake, the same coast guard, another ferry two months on: another event
    {"id": "wire-31", "title": "Second ferry sinks on Lake Marwen, dozens rescued", "published": "2027-05-11",
     "body": "A ferry sank on Lake Marwen near the fishing town of Varna Point on Monday and fishermen rescued 35 "
             "passengers, the Marwen coast guard said. The ferry Morning Star was crossing to Dunmore when its "
             "engine failed and it took on water. It is the second ferry lost on the lake this year."},
    {"id": "lakeside-33", "title": "Morning Star ferry goes down off Varna Point", "published": "2027-05-11",
     "body": "Fishermen from Varna Point rescued all 35 passengers of the Morning Star ferry after it sank on "
             "Lake Marwen on Monday, the coast guard said. The engine of the ferry failed on the way to Dunmore."},
]
CHESS = [
    {"id": "sports-5", "title": "Okafor wins the Harlow chess final", "published": "2027-03-03",
     "body": "Grandmaster Lena Okafor won the Harlow chess final on Wednesday after a rook endgame against "
             "Piotr Brandt that lasted six hours. Okafor takes the Harlow title for the second time."},
]
ALL = MARWEN + TESSALY + CHESS
EXPECTED = {frozenset(a["id"] for a in MARWEN), frozenset(a["id"] for a in TESSALY), frozenset({"sports-5"})}


def groups(rows: list[dict], labels: list[str]) -> set[frozenset[str]]:
    by_label: dict[str, set[str]] = {}
    for row, label in zip(rows, labels):
        by_label.setdefault(label, set()).add(row["id"])
    return {frozenset(ids) for ids in by_label.values()}


def restricted(expected: set[frozenset[str]], ids: set[str]) -> set[frozenset[str]]:
    return {frozenset(g & ids) for g in expected if g & ids}


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
def test_issue15_one_event_told_five_ways_groups_and_the_next_sinking_stays_apart(cluster):
    assert groups(ALL, cluster([Article.of(a) for a in ALL])) == EXPECTED


@pytest.mark.parametrize("cluster", [cluster_batch, cluster_online])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_issue15_grouping_holds_in_any_order(cluster, seed):
    rows = list(ALL)
    random.Random(seed).shuffle(rows)
    assert groups(rows, cluster([Article.of(a) for a in rows])) == EXPECTED


# Dropping "lakeside-33" leaves "wire-31" the lone report of the next sinking; it still joins the larger story at
# half the threshold (small-story rule, size 1). That is a known limit of issue 15, written in its note, not a case
# this test claims.
LONE_SIBLING = "lakeside-33"


@pytest.mark.parametrize("dropped", [a["id"] for a in ALL if a["id"] != LONE_SIBLING])
def test_issue15_grouping_holds_with_one_article_less(dropped):
    rows = [a for a in ALL if a["id"] != dropped]
    ids = {a["id"] for a in rows}
    assert groups(rows, cluster_batch([Article.of(a) for a in rows])) == restricted(EXPECTED, ids)


def test_issue15_grouping_holds_without_titles():
    rows = [{k: v for k, v in a.items() if k != "title"} for a in ALL]
    assert groups(rows, cluster_batch([Article.of(a) for a in rows])) == EXPECTED


def test_issue15_a_tight_pair_on_the_next_sinking_does_not_join_the_first_story():
    rows = [a for a in ALL if a["id"] != "lakeside-2"]  # without it the pair came within the small-story share
    found = groups(rows, cluster_batch([Article.of(a) for a in rows]))
    assert frozenset({"wire-31", "lakeside-33"}) in found
    loose = groups(rows, cluster_batch([Article.of(a) for a in rows], StoryParams(small_story_cohesion=None)))
    assert frozenset({"wire-31", "lakeside-33"}) not in loose


def test_issue15_short_update_joins_its_story_but_not_the_other_capsizing():
    update = MARWEN[3]
    rows = [update, *TESSALY, *MARWEN[:3]]
    found = groups(rows, cluster_batch([Article.of(a) for a in rows]))
    assert frozenset({"lakeside-1", "tribune-4", "wire-9", "lakeside-2"}) in found


def test_issue15_tf_idf_only_when_the_encoder_is_asked_for_but_missing(monkeypatch):
    from newstrace.link import embed

    monkeypatch.setattr(embed, "available", lambda: False)
    params = dataclasses.replace(StoryParams(), embedding_weight=0.3)
    articles = [Article.of(a) for a in ALL]
    assert cluster_batch(articles, params) == cluster_batch(articles, StoryParams(embedding_weight=0.0))
    assert groups(ALL, cluster_online(articles, params)) == EXPECTED
