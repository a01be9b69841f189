"""WARC (1.0, 1.1, 0.18) and ARC archives, gzipped per record or as a whole, as ingest items.

Every record becomes one item: a response whose HTTP Content-Type is HTML is a page (a non-2xx
status or a truncated record is an error item); requests, metadata, warcinfo, revisits and
non-HTML responses are skipped with their reason. Payloads are decoded from their transfer and
content codings where the stored bytes really are encoded (stale ``chunked``/``gzip`` headers are common).
"""

from __future__ import annotations

import dataclasses
import io
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from ..extract.decode import looks_like_html
from ..record import Page
from .files import content_id
from .inflate import TolerantGunzip
from .items import Item, failed
from .urls import normalize_url

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz", ".warc.wet.gz")
PAGE_RECORD_TYPES = ("response", "resource")
_LEGACY = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252",
           "us-ascii": "windows-1252", "ascii": "windows-1252"}


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def items_from_archive(path: Path, *, max_bytes: int) -> Iterator[Item]:
    """One item per archive record, in file order."""
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    last_offset = -1
    held: Item | None = None  # a first record that read as nothing: maybe one whole-file gzip cut short
    truncated = False
    try:
        with path.open("rb") as stream:
            for offset, item in _read(stream, source, max_bytes):
                last_offset = offset
                if offset == 0 and EMPTY_BLOCK in item.tags and path.name.lower().endswith(".gz"):
                    held = item
                    continue
                if held is not None:
                    yield held
                    held = None
                truncated = "truncated" in item.tags
                yield item
        if held is None:
            if path.name.lower().endswith(".gz") and not truncated and _tail_broke_off(path, max(last_offset, 0)):
                yield failed(f"{source}#rest", source, "NT126", f"archive ends in a cut gzip member after offset "
                             f"{max(last_offset, 0)}; the records before were read")
            return
        last_offset = -1
    except ArchiveLoadFailed as exc:
        if "single gzip" not in str(exc) and "non-chunked gzip" not in str(exc):
            yield failed(f"{source}#{last_offset + 1}", source, "NT126", f"archive unreadable after offset "
                         f"{max(last_offset, 0)}: {_first_line(exc)}")
            return
    except (OSError, EOFError, ValueError) as exc:
        yield failed(f"{source}#{last_offset + 1}", source, "NT126", f"archive unreadable after offset "
                     f"{max(last_offset, 0)}: {exc}")
        return
    yield from _read_whole_gzip(path, source, max_bytes, after=last_offset)


def _read_whole_gzip(path: Path, source: str, max_bytes: int, *, after: int) -> Iterator[Item]:
    """A WARC compressed as one gzip member: read it decompressed (offsets count in the plain stream). A stream
    cut short gives the records before the cut, then NT126."""
    try:
        with path.open("rb") as raw:
            stream = TolerantGunzip(raw)
            for offset, item in _read(cast(IO[bytes], io.BufferedReader(stream)), source, max_bytes):
                if offset > after:
                    yield item
    except (OSError, EOFError, ValueError) as exc:
        yield failed(f"{source}#rest", source, "NT126", f"gzip stream of {path.name} broke off: {exc}")
        return
    if stream.broke_off:
        yield failed(f"{source}#rest", source, "NT126", f"gzip stream of {path.name} broke off after "
                     f"{stream.given} decompressed bytes; the records before were read")


def _tail_broke_off(path: Path, offset: int) -> bool:
    """Whether the gzip members from ``offset`` (the last record read) to the end break off: a member cut so
    short that it gives no byte ends warcio's reading without a word."""
    with path.open("rb") as raw:
        raw.seek(offset)
        stream = TolerantGunzip(raw)
        while stream.read(1 << 20):
            pass
        return stream.broke_off


def _first_line(exc: Exception) -> str:
    return next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)


def _read(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[tuple[int, Item]]:
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(stream, arc2warc=True, no_record_parse=True)  # HTTP headers: parsed here
    for record in iterator:
        item = _item(record, source, max_bytes)  # read the record before asking its offset (that skips it)
        offset = iterator.get_record_offset()
        yield offset, dataclasses.replace(item, unit=f"{source}#{offset}")


def _item(record, source: str, max_bytes: int) -> Item:
    rec_type = record.rec_type or "unknown"
    arc_header = rec_type == "warcinfo" and (record.rec_headers.get_header("WARC-Filename") or "").lower().endswith(
        (".arc", ".arc.gz")) and record.rec_headers.get_header("WARC-IP-Address") is not None
    tags: tuple[str, ...] = ("record", "type:arc_filedesc" if arc_header else f"type:{rec_type}")
    if rec_type not in PAGE_RECORD_TYPES:
        return Item("", source, skip=f"{rec_type} record", tags=tags)
    head = record.raw_stream.read(HEAD_BYTES)
    if not head and (_declared_length(record) > 0 or record.length is None):  # WARC requires a length
        return _unreadable(record, source, tags)
    http, body_start = _http_head(head) if rec_type == "response" else (None, 0)
    if http is None:
        return _headerless(record, source, max_bytes, tags, head)
    content_type = http.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return Item("", source, skip=f"non-HTML {rec_type} ({content_type.split(';')[0] or 'no type'})", tags=tags)
    tags += ("html_response",)
    status = _status(http)
    if status == 200:
        tags += ("html_response_200",)
    return _page_item(record, source, max_bytes, tags, status, http, head[body_start:])


HEAD_BYTES = 65536
EMPTY_BLOCK = "empty_block"


def _declared_length(record) -> int:
    try:
        return int(record.rec_headers.get_header("Content-Length") or 0)
    except ValueError:
        return 0


def _identity(record, source: str) -> tuple[str | None, str]:
    """(target URI, document id) of a record: the id of its normalised URL, else of the record's own id."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    return url, content_id(normalize_url(url) or url or f"{source}#{record.rec_headers.get_header('WARC-Record-ID')}")


def _unreadable(record, source: str, tags: tuple[str, ...]) -> Item:
    """A record that gives no byte of its declared block, or whose header broke off before its length."""
    url, doc_id = _identity(record, source)
    declared = _declared_length(record)
    what = f"none of its {declared} declared bytes could be read" if declared else "its header broke off"
    return failed("", source, "NT125", f"record is truncated: {what}", doc_id=doc_id, url=url,
                  tags=tags + ("truncated", EMPTY_BLOCK))
_HTTP_PROTOCOLS = ["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0", "HTTP/0.9"]


def _http_head(head: bytes):
    """``(headers, body offset)`` when the block starts with an HTTP header block, else ``(None, 0)``."""
    from warcio.statusandheaders import StatusAndHeadersParser, StatusAndHeadersParserException

    if not head.startswith(b"HTTP/"):
        return None, 0
    ends = [(head.find(sep), len(sep)) for sep in (b"\r\n\r\n", b"\n\n")]
    found = [(at + size) for at, size in ends if at >= 0]
    end = min(found) if found else len(head)
    try:
        return StatusAndHeadersParser(_HTTP_PROTOCOLS, verify=False).parse(io.BytesIO(head[:end])), end
    except StatusAndHeadersParserException:
        return None, 0


_MARKUP = re.compile(rb"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _headerless(record, source, max_bytes, tags, head: bytes) -> Item:
    """A response without an HTTP header block (or a resource record): a page if its bytes are HTML. A
    response record's payload needs only some markup and no NUL byte (issue 14: HTML fragments such as a
    lone ``<li>`` or ``<h3>`` with text count, as the archive's own reading counts them)."""
    content_type = record.rec_headers.get_header("Content-Type") or ""
    fragment = record.rec_type == "response" and b"\x00" not in head[:4096] and _MARKUP.search(head[:4096])
    if "html" not in content_type.lower() and not fragment \
            and not looks_like_html(head[:4096].decode("utf-8", "replace")):
        return Item("", source, skip=f"{record.rec_type} record without HTML", tags=tags)
    return _page_item(record, source, max_bytes, tags + ("headerless_html",), 200, None, head)


def _status(http) -> int:
    try:
        return int((http.get_statuscode() or "0").split()[0])
    except (ValueError, IndexError):
        return 0


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            name = value.strip().strip("'\"").lower()
            return _LEGACY.get(name, name)
    return None


def _page_item(record, source, max_bytes, tags, status, http, start: bytes) -> Item:
    url, doc_id = _identity(record, source)
    captured = record.rec_headers.get_header("WARC-Date")
    if not 200 <= status < 300:
        return failed("", source, "NT124", f"archived response has HTTP status {status or 'unknown'}; "
                      "only successful responses are articles", doc_id=doc_id, url=url, tags=tags)
    try:
        payload = _payload(start + record.raw_stream.read(max(0, max_bytes + 1 - len(start))), http, max_bytes)
    except (OSError, EOFError, ValueError) as exc:
        return failed("", source, "NT125", f"record payload could not be read: {exc}", doc_id=doc_id, url=url,
                      tags=tags + ("truncated",))
    if record.raw_stream.limit > 0 and len(payload) <= max_bytes:
        return failed("", source, "NT125", f"record is truncated: {record.raw_stream.limit} of its declared bytes "
                      "are missing", doc_id=doc_id, url=url, tags=tags + ("truncated",))
    content_type = (http.get_header("Content-Type") if http else record.rec_headers.get_header("Content-Type")) or ""
    content = _decode(payload, _charset(content_type))
    return Item("", source, page=Page(id=doc_id, content=content, kind="auto", url=url, captured=captured),
                tags=tags)


def _payload(raw: bytes, http, max_bytes: int) -> bytes:
    """The HTTP body with transfer and content codings undone where the stored bytes really carry them.

    Crawlers often store bodies already decoded but keep ``Transfer-Encoding: chunked`` or
    ``Content-Encoding: gzip`` in the header, so each coding is undone only when the bytes show it.
    """
    if http is None:
        return raw
    if "chunked" in (http.get_header("Transfer-Encoding") or "").lower():
        raw = _dechunk(raw)
    coding = (http.get_header("Content-Encoding") or "").lower()
    if raw[:2] == b"\x1f\x8b" or (coding == "deflate" and raw[:1] == b"\x78"):
        raw = _inflate(raw, max_bytes)
    return raw


_CHUNK_SIZE = re.compile(rb"^([0-9A-Fa-f]{1,8})[ \t]*(?:;[^\r\n]*)?\r?\n")


def _dechunk(raw: bytes) -> bytes:
    """Undo chunked transfer coding; the bytes as they are when they are not chunked after all."""
    out: list[bytes] = []
    position = 0
    while True:
        match = _CHUNK_SIZE.match(raw, position)
        if not match:
            return raw if not out else b"".join(out)  # not chunked, or a truncated last chunk
        size = int(match.group(1), 16)
        if size == 0:
            return b"".join(out)
        start = match.end()
        out.append(raw[start:start + size])
        position = start + size
        while raw[position:position + 1] in (b"\r", b"\n"):
            position += 1


def _inflate(raw: bytes, max_bytes: int) -> bytes:
    """gzip/zlib bytes decompressed (as far as they go); the bytes as they are when they are not compressed."""
    wbits = 47 if raw[:2] == b"\x1f\x8b" else 15
    try:
        return zlib.decompressobj(wbits).decompress(raw, max_bytes + 1)
    except zlib.error:
        return raw


def _decode(payload: bytes, charset: str | None) -> str | bytes:
    """Text when the HTTP header's charset decodes the bytes cleanly; else bytes for extraction to sniff."""
    if charset and charset != "utf-8":
        try:
            return payload.decode(charset)
        except (UnicodeDecodeError, LookupError):
            return payload
    return payload
