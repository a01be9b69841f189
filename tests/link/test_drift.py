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
