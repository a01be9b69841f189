"""The Python API ``newstrace.open`` on both back ends: ingest, search, trace, link, export."""

from __future__ import annotations

import json

import pytest

import newstrace
from newstrace.errors import NewstraceError
from newstrace.store import Entry
from tests.ingest.builders import ARTICLES, WarcBuilder, article_html, news_warc
from tests.postgres_server import db_url, postgres_cluster  # noqa: F401  (fixtures)


def _quoted(doc_id: str, outlet: str, published: str, quote: str, cites: str | None = None) -> dict:
    sources = [{"id": "s1", "name": "Ana Lopes", "kind": "person", "description": "harbour master",
                "cited_by": "s0" if cites else None}]
    if cites:
        sources.insert(0, {"id": "s0", "name": cites, "kind": "outlet", "description": None, "cited_by": None})
    body = f'"{quote}," harbour master Ana Lopes said on Tuesday about the storm in Port Ellis.'
    return {"id": doc_id, "title": f"Storm report from {outlet}", "body": body,
            "outlet": {"name": outlet, "domain": None, "method": "test", "confidence": 1.0},
            "published": {"value": published, "method": "test", "confidence": 1.0}, "sources": sources,
            "quotes": [{"kind": "direct", "content": quote, "speaker": "Ana Lopes", "source_id": "s1"}]}


def test_open_ingest_search_export(db_url, tmp_path):
    warc = news_warc(tmp_path / "n.warc.gz", 3)
    with newstrace.open(db_url) as corpus:
        summary = corpus.ingest(str(warc), stages=["extract"])
        assert summary["stored"] == 3
        hits = corpus.search("bridge")
        assert [h["url"] for h in hits] == ["https://gazette.example/news/1"]
        assert corpus.get("https://gazette.example/news/1")["title"].startswith("Council approves new bridge")
        out = tmp_path / "records.jsonl"
        assert corpus.export("jsonl", str(out)) == 3
        assert {json.loads(line)["url"] for line in out.read_text().splitlines()} == {
            f"https://gazette.example/news/{i}" for i in range(3)}


def test_item_tables_export_with_their_article_id(db_url, tmp_path):
    import csv

    import pyarrow.parquet as pq

    with newstrace.open(db_url) as corpus:
        corpus.store.add_batch([Entry("u1", "stored", _quoted("scoop", "Harbour Wire", "2024-03-05", "All is well now"),
                                      None, "h1")])
        assert corpus.export("csv", str(tmp_path / "q.csv"), table="quotes") == 1
        assert corpus.export("parquet", str(tmp_path / "s.parquet"), table="sources") == 1
        assert corpus.export("parquet", str(tmp_path / "e.parquet"), table="events") == 0
        with pytest.raises(NewstraceError):
            corpus.export("csv", str(tmp_path / "x.csv"), table="secrets")
    row = next(csv.DictReader((tmp_path / "q.csv").open()))
    assert (row["article_id"], row["content"], row["speaker"]) == ("scoop", "All is well now", "Ana Lopes")
    assert pq.read_table(tmp_path / "s.parquet").to_pylist()[0]["name"] == "Ana Lopes"
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_trace_shows_provenance_and_the_quote_elsewhere_earliest_first(db_url):
    with newstrace.open(db_url) as corpus:
        quote = "The quay held better than we feared"
        corpus.store.add_batch([
            Entry("u2", "stored", _quoted("copy", "Coast Daily", "2024-03-06", quote, cites="Harbour Wire"), None, "h2"),
            Entry("u1", "stored", _quoted("scoop", "Harbour Wire", "2024-03-05", quote), None, "h1"),
            Entry("u3", "stored", _quoted("reworded", "Valley Post", "2024-03-07",
                                          "The quay held much better than we had feared"), None, "h3"),
            Entry("u4", "stored", _quoted("other", "Valley Post", "2024-03-04", "Ferries will sail again soon"),
                  None, "h4"),
        ])
        traced = corpus.trace("copy")
    tree = traced["provenance"]
    assert tree["name"] == "Coast Daily"
    assert [c["name"] for c in tree["children"]] == ["Harbour Wire"]
    assert [c["name"] for c in tree["children"][0]["children"]] == ["Ana Lopes"]
    appearances = traced["quotes"][0]["appearances"]
    assert [a["id"] for a in appearances] == ["scoop", "copy", "reworded"]
    assert appearances[1]["marked"] == "The quay held better than we feared"
    assert appearances[2]["marked"] == "The quay held {+much+} better than we {+had+} feared"


def test_trace_of_an_unknown_article_is_a_coded_error(db_url):
    with newstrace.open(db_url) as corpus, pytest.raises(NewstraceError) as caught:
        corpus.trace("nothing-here")
    assert caught.value.code == "NT403"


def test_link_stores_stories_and_duplicates(db_url, tmp_path):
    warc = news_warc(tmp_path / "n.warc.gz", 3)
    page = article_html(f"{ARTICLES[0][0]} (0)", f"Story number 0. {ARTICLES[0][1]}")
    copy = WarcBuilder().response("https://mirror.example/copy/0", page.replace(b"The Example Gazette", b"Mirror")
                                  ).save(tmp_path / "m.warc.gz")
    with newstrace.open(db_url) as corpus:
        corpus.ingest(str(warc), str(copy), stages=["extract"])
        counts = corpus.link()
        assert counts["articles"] == 4
        mirrored = corpus.get("https://mirror.example/copy/0")
        original = corpus.get("https://gazette.example/news/0")
        assert mirrored["duplicate_of"] == original["id"]
        assert mirrored["story_id"] == original["story_id"]
        assert corpus.stats()["stories"] >= 3
        assert [h["id"] for h in corpus.search(None, story=original["story_id"])] != []


def test_open_uses_newstrace_db(monkeypatch, tmp_path):
    path = tmp_path / "env.db"
    monkeypatch.setenv("NEWSTRACE_DB", str(path))
    with newstrace.open() as corpus:
        assert corpus.stats()["articles"] == 0
    assert path.exists()


def test_the_pages_own_outlet_is_the_root_not_a_child_of_itself():
    """'Sputnik International' (page metadata) and the dateline's 'Sputnik' (source s0) are one outlet."""
    from newstrace.corpus import provenance_tree

    record = {"outlet": {"name": "Sputnik International"}, "provenance": {"source_id": "s0", "children": []},
              "sources": [{"id": "s0", "name": "Sputnik", "kind": "outlet", "cited_by": None},
                          {"id": "s1", "name": "Daily Ledger", "kind": "outlet", "cited_by": None},
                          {"id": "s2", "name": "Iraqi officers", "kind": "anonymous", "cited_by": "s1"}]}
    tree = provenance_tree(record)
    assert (tree["source_id"], tree["name"]) == ("s0", "Sputnik International")
    assert [c["name"] for c in tree["children"]] == ["Daily Ledger"]
    assert [c["name"] for c in tree["children"][0]["children"]] == ["Iraqi officers"]
