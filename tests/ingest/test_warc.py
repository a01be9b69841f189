"""WARC/ARC reading: every record becomes exactly one item, pages decoded, damage reported."""

from __future__ import annotations

from collections import Counter

import pytest

from newstrace.ingest.warc import items_from_archive

from .builders import (WarcBuilder, article_html, headerless_warc, news_warc, quirky_warc, truncated_warc,
                       whole_gzip_warc)

MAX = 10_000_000


def _outcome(item) -> str:
    return "page" if item.page else "error" if item.record else "skip"


def test_every_record_is_one_item_with_a_unique_unit(tmp_path):
    items = list(items_from_archive(news_warc(tmp_path / "n.warc.gz", 4), max_bytes=MAX))
    assert len(items) == 1 + 4 * 2
    assert len({i.unit for i in items}) == len(items)
    assert Counter(_outcome(i) for i in items) == {"page": 4, "skip": 5}
    pages = [i.page for i in items if i.page]
    assert [p.url for p in pages] == [f"https://gazette.example/news/{i}" for i in range(4)]
    assert len({p.id for p in pages}) == 4


def test_stale_and_real_codings_and_legacy_charsets_are_decoded(tmp_path):
    items = list(items_from_archive(quirky_warc(tmp_path / "q.warc.gz"), max_bytes=MAX))
    by_url = {i.page.url: i.page.content for i in items if i.page}
    assert by_url["https://a.example/stale"].startswith(b"<!DOCTYPE html>")  # stale chunked header left alone
    assert b"Council approves new bridge" in by_url["https://a.example/coded"]  # real chunked + gzip undone
    assert "Zöld híd Győrben" in by_url["https://a.example/latin2"]  # iso-8859-2 from the HTTP header


def test_non_pages_are_skipped_with_a_reason_and_error_statuses_are_coded(tmp_path):
    items = list(items_from_archive(quirky_warc(tmp_path / "q.warc.gz"), max_bytes=MAX))
    skips = sorted(i.skip for i in items if i.skip)
    assert skips == ["non-HTML response (image/png)", "request record", "revisit record", "warcinfo record"]
    errors = [i.record for i in items if i.record]
    assert [e.error.code for e in errors] == ["NT124"] and errors[0].url == "https://a.example/missing"
    html = [i for i in items if "html_response" in i.tags]
    assert len(html) == 4 and sum("html_response_200" in i.tags for i in html) == 3


def test_a_truncated_record_is_a_coded_error_not_a_short_page(tmp_path):
    items = list(items_from_archive(truncated_warc(tmp_path / "t.warc.gz"), max_bytes=MAX))
    assert len(items) == 1
    assert items[0].record.error.code == "NT125" and "truncated" in items[0].tags


def test_a_warc_gzipped_as_one_member_is_read_whole(tmp_path):
    items = list(items_from_archive(whole_gzip_warc(tmp_path / "w.warc.gz", 3), max_bytes=MAX))
    assert Counter(_outcome(i) for i in items) == {"page": 3, "skip": 1}
    assert len({i.unit for i in items}) == 4


def test_garbage_after_good_records_is_reported_not_raised(tmp_path):
    path = news_warc(tmp_path / "g.warc.gz", 2)
    path.write_bytes(path.read_bytes() + b"\x00garbage\xff" * 10)
    items = list(items_from_archive(path, max_bytes=MAX))
    assert sum(1 for i in items if i.page) == 2
    assert items[-1].record is not None and items[-1].record.error.code == "NT126"


def test_html_without_an_http_header_block_is_still_a_page(tmp_path):
    items = list(items_from_archive(headerless_warc(tmp_path / "h.warc.gz", 3), max_bytes=MAX))
    assert [i.page.url for i in items] == [f"http://fragments.example/{i}" for i in range(3)]
    assert all("headerless_html" in i.tags and "html_response" not in i.tags for i in items)
    assert b"Port Ellis" in items[0].page.content


def test_issue14_headerless_fragments_with_a_single_tag_are_pages(tmp_path):
    """issue 14: a whole-file-gzip WARC of headerless responses: every HTML fragment is a page, even a lone
    ``<li>`` or ``<h3>`` (4 of 36 such fragments were left out before)."""
    import gzip

    bodies = [b"<li>Ferries to Port Ellis run again.</li>", b"<h3>Harbour reopens</h3> after the storm",
              b"Traders said <strong>Friday</strong>.", b"plain words without any markup at all"]
    records = []
    for i, body in enumerate(bodies):
        head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://fragments.example/{i}\r\n"
                f"WARC-Date: 2016-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:08d}-0000-0000-0000-000000000001>\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        records.append(head + body + b"\r\n\r\n")
    path = tmp_path / "f.warc.gz"
    path.write_bytes(gzip.compress(b"".join(records)))
    items = list(items_from_archive(path, max_bytes=MAX))
    assert [("headerless_html" in i.tags) for i in items] == [True, True, True, False]


def _noisy_pages(builder, n: int):
    """Pages whose bytes barely compress, so a cut in the compressed file falls where its share says."""
    import random

    noise = random.Random(14)
    for i in range(n):
        builder.response(f"https://cut.example/{i}", article_html(f"Page {i}", "Ferries run again. " + noise.randbytes(3000).hex()))
    return builder


@pytest.mark.parametrize(("kept", "code"), [(60, "NT126"), (200, "NT125"), (3000, "NT125")])
def test_a_record_cut_short_at_the_end_is_a_coded_error_not_a_skip(tmp_path, kept, code):
    """A per-record gzip WARC cut short in its last record: that record was skipped as 'without HTML' (cut in
    its header) or not seen at all (cut before its first byte) -- a user never learnt of it. Now the cut is
    NT125 (the record is known) or NT126 (nothing of it could be read), and the records before are pages."""
    data = _noisy_pages(WarcBuilder(), 3).bytes()
    last = data.rfind(b"\x1f\x8b\x08")  # the last record's gzip member
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: last + kept])
    items = list(items_from_archive(path, max_bytes=MAX))
    assert [i.page.url for i in items if i.page] == ["https://cut.example/0", "https://cut.example/1"]
    assert _outcome(items[-1]) == "error" and items[-1].record.error.code == code


def test_a_whole_file_gzip_cut_short_keeps_the_records_before_the_cut(tmp_path):
    """A WARC gzipped as one member and cut at 80 %: Python's gzip raises on the first read of such a file, so
    nothing was read before; now the complete records are pages, then the cut is reported (NT125/NT126)."""
    import gzip

    data = gzip.compress(_noisy_pages(WarcBuilder(gzip_records=False), 5).bytes())
    path = tmp_path / "whole-cut.warc.gz"
    path.write_bytes(data[: len(data) * 8 // 10])
    items = list(items_from_archive(path, max_bytes=MAX))
    assert [i.page.url for i in items if i.page] == [f"https://cut.example/{i}" for i in range(3)]
    codes = [i.record.error.code for i in items if i.record]
    assert codes[-1] == "NT126" and set(codes) <= {"NT125", "NT126"}
    assert all(i.page is None for i in items[items.index(next(i for i in items if i.record)):])
