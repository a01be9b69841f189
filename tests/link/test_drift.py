"""Quote drift: the same quote across articles, first appearance and word differences."""

from newstrace.link import Article, quote_groups, word_diff
from newstrace.link.drift import same_quote

ORIGINAL = "We have never seen the Greenway this high, and we need help now"


def _record(rid, day, content, speaker="Ana Price"):
    return {"id": rid, "body": "...", "published": day,
            "quotes": [{"kind": "direct", "content": content, "speaker": speaker}]}


def test_word_diff_marks_replaced_and_removed_words():
    diff = word_diff(ORIGINAL, "We have never seen the Greenway so high, and we need help")
    assert diff["changed"]
    assert "[-this-]{+so+}" in diff["marked"]
    assert diff["marked"].endswith("[-now-]")
    assert ["replace", "this", "so"] in diff["ops"]


def test_identical_wording_is_not_drift():
    assert word_diff(ORIGINAL, ORIGINAL)["changed"] is False


def test_same_quote_needs_most_words_in_common():
    assert same_quote(ORIGINAL, "we have never seen the Greenway so high")
    assert not same_quote(ORIGINAL, "The bridge on Mill Street was destroyed overnight")


def test_groups_start_at_the_first_appearance_and_mark_drift():
    records = [_record("late", "2026-03-05", "We have never seen the Greenway so high, and we need help now"),
               _record("first", "2026-03-02", ORIGINAL),
               _record("other", "2026-03-03", "The Mill Street bridge is gone and the school is a shelter")]
    groups = quote_groups([Article.of(r) for r in records])
    assert len(groups) == 1
    group = groups[0]
    assert group["first"]["article_id"] == "first"
    assert [a["article_id"] for a in group["appearances"]] == ["late"]
    assert group["drifted"] and "{+so+}" in group["appearances"][0]["marked"]


def test_different_speakers_are_different_quotes():
    records = [_record("a", "2026-03-02", ORIGINAL), _record("b", "2026-03-03", ORIGINAL, speaker="Omar Velde")]
    assert quote_groups([Article.of(r) for r in records]) == []


def test_issue14_only_direct_quotes_drift():
    """issue 14: a paraphrase (indirect, according_to) has no wording of the speaker's to compare."""
    records = [_record("first", "2026-03-02", ORIGINAL),
               _record("late", "2026-03-05", "We have never seen the Greenway so high, and we need help now")]
    for record in records:
        record["quotes"][0]["kind"] = "indirect"
    assert quote_groups([Article.of(r) for r in records]) == []


def test_issue14_a_feed_summary_is_not_a_quote():
    """issue 14: feed items whose whole text was read as one quote do not show up as quote drift."""
    summary = "Heavy rain forced 300 families from their homes in Riverton on Monday night"
    records = [{"id": f"feed-{n}", "body": text, "published": f"2026-03-0{n + 2}",
                "quotes": [{"kind": "direct", "content": text, "speaker": "Ana Price"}]}
               for n, text in enumerate([summary, summary.replace("Monday night", "Monday")])]
    assert quote_groups([Article.of(r) for r in records]) == []
    longer = [dict(r, body=r["body"] + " Emergency crews from Lakeford opened shelters in the school gym "
                   "and the regional government sent boats, blankets and two field kitchens.") for r in records]
    assert len(quote_groups([Article.of(r) for r in longer])) == 1
