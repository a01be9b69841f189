"""Citation graph from outlet sources and body links; first reporter of a story."""

from datetime import date

from newstrace.link import Article, citation_graph, first_reporters
from newstrace.link.citations import cited_outlets

WIRE = {"id": "w1", "body": "Text.", "published": "2026-03-01", "outlet": {"name": "Wire Service", "domain": "wire.example"}}
STATE_1 = {"id": "s1", "body": "According to Wire Service, ...", "published": "2026-03-02",
           "outlet": {"name": "State Agency", "domain": "state.example"},
           "sources": [{"id": "S1", "name": "Wire Service", "kind": "outlet"},
                       {"id": "S2", "name": "a police official", "kind": "anonymous"}],
           "links": [{"text": "report", "url": "https://www.wire.example/story/1", "span": [0, 5]},
                     {"text": "our earlier story", "url": "https://state.example/older", "span": [6, 9]}]}
STATE_2 = {"id": "s2", "body": "As the Wire Service reported ...", "published": "2026-03-05",
           "outlet": {"name": "State Agency", "domain": "state.example"},
           "sources": [{"id": "S1", "name": "Wire Service", "kind": "outlet"},
                       {"id": "S3", "name": "State Agency", "kind": "outlet"}]}


def test_outlet_sources_and_links_to_other_domains_are_citations():
    cited = cited_outlets(Article.of(STATE_1))
    assert cited == {"wire service": "source", "wire.example": "link"}


def test_an_outlet_citing_itself_is_not_an_edge():
    assert cited_outlets(Article.of(STATE_2)) == {"wire service": "source"}


def test_edges_count_articles_and_keep_first_and_last_dates():
    edges = citation_graph([Article.of(r) for r in (WIRE, STATE_1, STATE_2)])
    top = edges[0]
    assert (top.citing, top.cited, top.count) == ("state.example", "wire service", 2)
    assert (top.first, top.last) == (date(2026, 3, 2), date(2026, 3, 5))
    assert top.article_ids == ["s1", "s2"]
    assert {(e.citing, e.cited) for e in edges} == {("state.example", "wire service"), ("state.example", "wire.example")}
    assert top.to_dict()["first"] == "2026-03-02"


def test_first_reporter_is_the_earliest_dated_article_of_each_story():
    articles = [Article.of(r) for r in (STATE_2, WIRE, STATE_1)]
    found = first_reporters(articles, ["story-x", "story-x", "story-y"])
    assert found["story-x"] == {"article_id": "w1", "outlet": "wire.example", "date": "2026-03-01"}
    assert found["story-y"]["article_id"] == "s1"
