"""Near-duplicates: copies with reordered paragraphs and new boilerplate, not same-topic stories."""

from newstrace.link import Article, DedupIndex, find_duplicates
from newstrace.link.dedup import shingles

from .articles import ALL, FLOOD_BALDHILL, FLOOD_RIVERTON, FLOOD_RIVERTON_COPY, FLOOD_RIVERTON_OTHER


def test_copy_with_reordered_paragraphs_and_boilerplate_points_at_the_earliest():
    found = find_duplicates([Article.of(a) for a in ALL])
    assert found["portal-7"] == "ledger-1"
    assert found["ledger-1"] is None


def test_same_story_own_reporting_and_same_topic_are_not_duplicates():
    found = find_duplicates([Article.of(a) for a in ALL])
    assert found["courier-3"] is None
    assert found["ledger-9"] is None
    assert found["courier-11"] is None


def test_earliest_copy_wins_even_when_it_comes_later_in_the_input():
    found = find_duplicates([Article.of(FLOOD_RIVERTON_COPY), Article.of(FLOOD_RIVERTON)])
    assert found == {"portal-7": "ledger-1", "ledger-1": None}


def test_incremental_index_follows_chains_to_the_root():
    index = DedupIndex()
    assert index.add(Article.of(FLOOD_RIVERTON)) is None
    assert index.add(Article.of(FLOOD_RIVERTON_COPY)) == "ledger-1"
    third = dict(FLOOD_RIVERTON_COPY, id="blog-1", body=FLOOD_RIVERTON_COPY["body"].replace("gymnasium", "hall"))
    assert index.add(Article.of(third)) == "ledger-1"
    assert index.add(Article.of(FLOOD_RIVERTON_OTHER)) is None


def test_boilerplate_lines_and_dateline_do_not_count():
    plain = shingles(Article.of(FLOOD_BALDHILL))
    noisy = shingles(Article.of(dict(FLOOD_BALDHILL, body="Share this article\n" + FLOOD_BALDHILL["body"]
                                     + "\nAll rights reserved.")))
    assert plain == noisy
    assert not any("daily ledger" in gram for gram in plain)


def test_very_short_texts_compare_on_their_whole_token_string():
    assert shingles(Article.of({"id": "x", "body": "Breaking: quake"})) == {"breaking quake"}
