"""Where analysis runs (issue 14, scaling out): the Dask path stores what the local path stores."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.ingest.run import IngestOptions, ingest
from newstrace.record import Page
from newstrace.scale import DaskAnalyzer, SerialAnalyzer
from tests.ingest.builders import WarcBuilder, article_html

# Articles written for this test: places, people, quotes and sources for every stage to find.
STORIES = [
    ("Port strike spreads to Rotterdam", "Dock workers in Rotterdam joined the strike on Monday. \"We will not "
     "unload a single ship until the talks resume,\" union leader Pieter de Vries told reporters. The Dutch "
     "ministry said, according to Reuters, that it would call both sides to The Hague"),
    ("Floods close roads near Nairobi", "Heavy rain closed three roads near Nairobi on Tuesday, Kenyan police "
     "said. A senior official, who spoke on condition of anonymity, said more rain was expected in Mombasa"),
    ("Election date set in Peru", "Peru will vote in April, the electoral board in Lima announced. \"The date "
     "is final,\" said board president Carla Ruiz. Opposition parties in Arequipa welcomed the decision"),
]


def _warc(path, pages: int):
    builder = WarcBuilder().warcinfo()
    for i in range(pages):
        title, text = STORIES[i % len(STORIES)]
        url = f"https://wire.example/news/{i}"
        builder.request(url).response(url, article_html(f"{title} ({i})", f"Report {i}. {text}."))
    return builder.save(path)


def _bare_dask(workers: int, chunk: int | None = None) -> DaskAnalyzer:
    analyzer = object.__new__(DaskAnalyzer)  # no cluster: only the batch cutting is under test
    analyzer.workers, analyzer.chunk = workers, chunk
    return analyzer


def test_issue14_a_batch_is_cut_into_about_two_chunks_per_worker():
    pages = [Page(id=str(i), content="x") for i in range(64)]
    chunks = _bare_dask(2).chunks(pages)
    assert [len(c) for c in chunks] == [16, 16, 16, 16]
    assert [p.id for c in chunks for p in c] == [p.id for p in pages]  # input order kept
    assert [len(c) for c in _bare_dask(2).chunks(pages[:3])] == [1, 1, 1]
    assert [len(c) for c in _bare_dask(2, chunk=50).chunks(pages)] == [50, 14]


def test_issue14_dask_keeps_two_batches_in_flight_and_local_one():
    assert DaskAnalyzer.depth == 2
    assert getattr(SerialAnalyzer, "depth", 1) == 1


def _stored(db: str, warc: str, **options) -> list[dict]:
    with newstrace.open(db) as corpus:
        summary = ingest(corpus.store, [warc], IngestOptions(batch_size=5, **options))
        assert summary["stored"] == 23 and summary["errors"] == 0, summary
        records = [{k: v for k, v in r.items() if k != "timings_ms"} for r in corpus.records()]
    return sorted(records, key=lambda r: r["id"])


@pytest.mark.slow
def test_issue14_dask_stores_the_same_records_as_the_local_path(tmp_path):
    """All stages, batches smaller than the page count so several are in flight at once."""
    warc = str(_warc(tmp_path / "pages.warc.gz", 23))
    local = _stored(str(tmp_path / "local.db"), warc)
    dask = _stored(str(tmp_path / "dask.db"), warc, dask="local", workers=2)
    assert len(local) == 23
    assert dask == local
    assert all(r["places"] for r in local) and all(r["quotes"] or r["sources"] for r in local)
