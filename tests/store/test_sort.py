"""Search orders on both back ends: newest / oldest follow the sequence number (storage order), relevance
the score; keyset pages (``after``) and offset pages cover every match once, with and without facets."""

from __future__ import annotations

import pytest

from newstrace.store import Entry, Filters, Store, search
from newstrace.store.queries import SORTS, search_page

# Stored in this order (seq 1..7). "harbour" occurs in all but "other"; "harbour-heavy" says it most
# (so ranks first by relevance) but is neither the first nor the last stored. Published dates run against
# the storage order, so "newest stored" and "newest published" differ.
ARTICLES = [
    ("a-first", "Harbour notes", "The harbour was quiet.", "Coast Daily", "2024-06-07"),
    ("b-second", "Port news", "A ship left the harbour at dawn for Lisbon.", "Harbour Wire", "2024-06-06"),
    ("c-heavy", "Harbour harbour harbour", "Harbour harbour harbour: the harbour strike.", "Coast Daily", "2024-06-05"),
    ("d-other", "Bridge vote", "The council approved a bridge.", "Coast Daily", "2024-06-04"),
    ("e-fifth", "Lisbon dockers", "Dockers at the harbour of Lisbon walked out after a long meeting.",
     "Valley Post", "2024-06-03"),
    ("f-sixth", "Fishing fleet", "The fleet returned to the harbour with a small catch this week.", "Coast Daily",
     "2024-06-02"),
    ("g-last", "Harbour fees rise", "Fees at the harbour rose again, the port authority said on Monday.",
     "Harbour Wire", "2024-06-01"),
]
HARBOUR_STORED = ["a-first", "b-second", "c-heavy", "e-fifth", "f-sixth", "g-last"]


def _record(doc_id, title, body, outlet, published):
    return {"id": doc_id, "title": title, "body": body, "outlet": {"name": outlet, "domain": None},
            "published": {"value": published, "method": "meta", "confidence": 1.0}}


def _store_one(store: Store, row: tuple) -> None:
    store.add_batch([Entry(row[0], "stored", _record(*row), None, row[0])])


@pytest.fixture
def corpus(db_url):
    store = Store(db_url)
    for row in ARTICLES:  # one batch each: seq follows this order
        _store_one(store, row)
    yield store
    store.close()


def _ids(rows) -> list[str]:
    return [r["id"] for r in rows]


def test_newest_and_oldest_follow_the_storage_order(corpus):
    assert _ids(search(corpus, "harbour", sort="newest")) == HARBOUR_STORED[::-1]
    assert _ids(search(corpus, "harbour", sort="oldest")) == HARBOUR_STORED
    everything = [a[0] for a in ARTICLES]
    assert _ids(search(corpus, None, sort="newest")) == everything[::-1]
    assert _ids(search(corpus, None, sort="oldest")) == everything
    # the default without words stays newest *published* first, which here is the other way round
    assert _ids(search(corpus, None)) == everything
    assert _ids(search(corpus, "harbour", Filters(outlet="coast daily"), sort="newest")) == ["f-sixth", "c-heavy",
                                                                                           "a-first"]
    assert _ids(search(corpus, "harbour Lisbon", sort="oldest")) == ["b-second", "e-fifth"]
    assert _ids(search(corpus, "harbour", sort="newest", limit=2, offset=1)) == ["f-sixth", "e-fifth"]


def test_relevance_ranks_the_best_match_first_and_finds_the_same_articles(corpus):
    ranked = _ids(search(corpus, "harbour", sort="relevance"))
    assert ranked[0] == "c-heavy"
    assert sorted(ranked) == sorted(HARBOUR_STORED)
    assert ranked == _ids(search(corpus, "harbour"))  # the library's default with words
    assert _ids(search_page(corpus, "harbour", sort="relevance")) == ranked


def test_an_unknown_sort_is_refused(corpus):
    with pytest.raises(ValueError, match="unknown sort"):
        search(corpus, "harbour", sort="random")


def _pages(store, query, filters, sort, limit, *, keyset: bool) -> list[str]:
    seen, after, offset = [], None, 0
    for _ in range(20):
        page = search_page(store, query, filters, limit=limit, sort=sort, offset=offset, after=after)
        seen += _ids(page)
        if len(page) < limit:
            return seen
        if keyset:
            after = page[-1]["seq"]
        else:
            offset += limit
    raise AssertionError("paging did not end")


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("query,filters", [("harbour", Filters()), ("harbour", Filters(outlet="coast")),
                                           (None, Filters()), (None, Filters(outlet="harbour wire"))])
def test_paging_covers_every_match_once_in_order(corpus, sort, query, filters):
    whole = _ids(search_page(corpus, query, filters, limit=100, sort=sort))
    assert whole and len(whole) == len(set(whole))
    for limit in (1, 2, 4):
        assert _pages(corpus, query, filters, sort, limit, keyset=False) == whole
        if sort != "relevance" or not query:
            assert _pages(corpus, query, filters, sort, limit, keyset=True) == whole


def test_a_keyset_page_is_stable_while_articles_are_added(corpus):
    first = search_page(corpus, "harbour", limit=2, sort="newest")
    assert _ids(first) == ["g-last", "f-sixth"]
    _store_one(corpus, ("h-new", "Harbour closed", "The harbour closed for the storm.", "Coast Daily", "2024-06-08"))
    rest = search_page(corpus, "harbour", limit=10, sort="newest", after=first[-1]["seq"])
    assert _ids(rest) == ["e-fifth", "c-heavy", "b-second", "a-first"]  # an offset would repeat f-sixth
    oldest = search_page(corpus, "harbour", limit=3, sort="oldest")
    assert _ids(search_page(corpus, "harbour", limit=10, sort="oldest", after=oldest[-1]["seq"])) == \
        ["e-fifth", "f-sixth", "g-last", "h-new"]


@pytest.mark.parametrize("window", [1, 2, 3])
def test_postgresql_window_and_gin_tiers_join_without_gaps(corpus, monkeypatch, window):
    """PostgreSQL walks PG_WINDOW rows of the primary key, then asks the GIN index for the rest: with a
    tiny window every page crosses from one to the other (on SQLite the same answers, by FTS5)."""
    from newstrace.store import queries

    monkeypatch.setattr(queries, "PG_WINDOW", window)
    for sort, expected in (("newest", HARBOUR_STORED[::-1]), ("oldest", HARBOUR_STORED)):
        assert _ids(search_page(corpus, "harbour", limit=10, sort=sort)) == expected
        for limit in (1, 2, 4):
            assert _pages(corpus, "harbour", Filters(), sort, limit, keyset=True) == expected
        coast = [i for i in expected if i in ("a-first", "c-heavy", "f-sixth")]
        assert _pages(corpus, "harbour", Filters(outlet="coast"), sort, 2, keyset=True) == coast
    assert search_page(corpus, "volcano", limit=5, sort="newest") == []


def _pages_of_window(store, window, limit) -> list[str]:
    seen, offset = [], 0
    while True:
        page = search_page(store, "harbour", limit=limit, sort="relevance", offset=offset, rank_window=window)
        seen += _ids(page)
        if len(page) < limit:
            return seen
        offset += limit


@pytest.mark.parametrize("window", [1, 2, 4, 6, 50])
def test_relevance_beyond_the_window_ranks_the_newest_matches_first(corpus, window):
    """rank_window (PostgreSQL: always, PG_RANK_WINDOW by default): the newest ``window`` matches ranked,
    then the older ones ranked; with a window as large as the matches, the exact ranking of every match."""
    exact = _ids(search_page(corpus, "harbour", sort="relevance", limit=100, rank_window=10_000))
    newest = set(HARBOUR_STORED[::-1][:window])
    expected = [i for i in exact if i in newest] + [i for i in exact if i not in newest]
    assert _ids(search_page(corpus, "harbour", sort="relevance", limit=100, rank_window=window)) == expected
    for limit in (1, 2, 4):
        assert _pages_of_window(corpus, window, limit) == expected


def test_postgresql_relevance_is_windowed_by_default(corpus, monkeypatch):
    from newstrace.store import queries

    exact = _ids(search_page(corpus, "harbour", sort="relevance", limit=100))
    assert exact[0] == "c-heavy"
    monkeypatch.setattr(queries, "PG_RANK_WINDOW", 2)
    windowed = _ids(search_page(corpus, "harbour", sort="relevance", limit=100))
    if corpus.dialect == "postgresql":  # g-last and f-sixth are the newest two matches
        assert windowed[:2] == [i for i in exact if i in ("g-last", "f-sixth")]
        assert sorted(windowed) == sorted(exact)
    else:  # SQLite ranks every match unless serve --rank-window asks otherwise
        assert windowed == exact
