"""Gzip files cut short (non-negotiable 4): what comes before the cut is read, the cut is a coded error."""

from __future__ import annotations

import gzip
import io
import json
import os
import random

from newstrace.ingest.inflate import TolerantGunzip
from newstrace.ingest.sources import items_of_file

from .builders import RSS

MAX = 10_000_000


def test_tolerant_gunzip_reads_every_member_and_says_when_the_stream_broke_off(tmp_path):
    parts = [os.urandom(5000) for _ in range(3)]
    whole = b"".join(gzip.compress(p) for p in parts)
    stream = TolerantGunzip(io.BytesIO(whole))
    assert io.BufferedReader(stream).read() == b"".join(parts) and not stream.broke_off
    cut = TolerantGunzip(io.BytesIO(whole[: len(whole) - 2500]))
    got = io.BufferedReader(cut).read()
    assert cut.broke_off and len(parts[0]) + len(parts[1]) <= len(got) < 15000
    assert b"".join(parts).startswith(got)


def _cut(data: bytes, share: float) -> bytes:
    packed = gzip.compress(data)
    return packed[: int(len(packed) * share)]


def test_a_cut_gzip_jsonl_keeps_its_whole_lines_and_reports_the_cut(tmp_path):
    noise = random.Random(18)
    lines = [json.dumps({"id": f"d{i}", "url": f"https://gazette.example/{i}",
                         "body": "The council said the ferry runs again. " + noise.randbytes(300).hex()})
             for i in range(30)]
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(_cut(("\n".join(lines) + "\n").encode(), 0.6))
    items = list(items_of_file(path, fetch=False, max_bytes=MAX))
    pages = [i.page.id for i in items if i.page]
    assert 10 <= len(pages) < 30 and pages == [f"d{i}" for i in range(len(pages))]
    assert items[-1].record is not None and items[-1].record.error.code == "NT126"
    assert "cut short" in items[-1].record.error.message


def test_a_cut_gzip_feed_keeps_the_items_before_the_cut(tmp_path):
    noise = random.Random(26)
    entries = "".join(f"<item><title>Ferry news {i}</title><link>https://gazette.example/f{i}</link>"
                      f"<description>The ferry runs again. {noise.randbytes(200).hex()}</description></item>"
                      for i in range(20))
    path = tmp_path / "news.rss.gz"
    path.write_bytes(_cut(RSS.replace("<item>", entries + "<item>", 1).encode(), 0.5))
    items = list(items_of_file(path, fetch=False, max_bytes=MAX))
    titled = [i for i in items if i.page]
    assert 5 <= len(titled) < 20
    assert items[-1].record is not None and items[-1].record.error.code == "NT126"
    assert "cut short" in items[-1].record.error.message


def test_a_whole_gzip_feed_reads_as_before(tmp_path):
    path = tmp_path / "news.rss.gz"
    path.write_bytes(gzip.compress(RSS.encode()))
    items = list(items_of_file(path, fetch=False, max_bytes=MAX))
    assert not any(i.record and "cut short" in i.record.error.message for i in items)
    assert sum(1 for i in items if i.page) == 2
