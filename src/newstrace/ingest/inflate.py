"""Streamed, capped reading of files that may be gzipped (issue 18): feeds, JSONL and archives share it.

A 1 MB gzip member can hold gigabytes; nothing here ever holds more than the cap (plus one read block)
of decompressed bytes: whole documents are read up to ``cap`` bytes and refused (NT102) beyond it, lines
are read up to ``cap`` bytes each and an overlong line is skipped to its end without being kept.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, cast

from ..errors import error

GZIP_MAGIC = b"\x1f\x8b"
SKIP_BLOCK = 1 << 20


@contextmanager
def open_maybe_gzip(path: Path) -> Iterator[IO[bytes]]:
    """The file's bytes, decompressed as they are read when it starts with the gzip magic. A gzip file cut
    short gives every byte before the cut (``cut_after`` then says where it fell)."""
    with path.open("rb") as raw:
        if raw.read(2) == GZIP_MAGIC:
            raw.seek(0)
            yield cast(IO[bytes], io.BufferedReader(TolerantGunzip(raw)))
        else:
            raw.seek(0)
            yield raw


def cut_after(stream: IO[bytes]) -> int | None:
    """How many bytes a stream of ``open_maybe_gzip`` gave before its gzip data broke off, or None when whole."""
    inner = getattr(stream, "raw", None)
    return inner.given if isinstance(inner, TolerantGunzip) and inner.broke_off else None


def read_capped(stream: IO[bytes], cap: int, what: str) -> bytes:
    """All of ``stream`` when it holds at most ``cap`` bytes; NT102 as soon as it holds more."""
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise error("NT102", f"{what} is over the {cap / 1e6:.0f} MB budget once decompressed; "
                             "raise NEWSTRACE_MAX_BYTES if it really is that large")
    return data


def read_file_capped(path: Path, cap: int) -> tuple[bytes, int | None]:
    """The file's bytes (see ``read_capped``) and, for a gzip file cut short, how many came before the cut."""
    with open_maybe_gzip(path) as stream:
        return read_capped(stream, cap, str(path)), cut_after(stream)


def capped_lines(stream: IO, cap: int | None) -> Iterator:
    """The stream's lines (with their newline; bytes or str as the stream gives them); ``None`` in place of a
    line longer than ``cap``, whose rest is read and dropped a block at a time, never kept."""
    limit = -1 if cap is None else cap + 1
    while True:
        line = stream.readline(limit)
        if not line:
            return
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if cap is None or len(line) <= cap or line.endswith(newline):
            yield line
            continue
        while not line.endswith(newline):
            line = stream.readline(SKIP_BLOCK)
            if not line:
                break
        yield None


class TolerantGunzip(io.RawIOBase):
    """A gzip file's bytes (every member), decompressed as read; a stream cut short ends where its data
    ends instead of raising (``gzip`` raises on the first read, so nothing before the cut could be used):
    ``broke_off`` then says so, and ``given`` counts the bytes read out."""

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self._inflater = zlib.decompressobj(wbits=31)
        self._pending = b""
        self.broke_off = False
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            if not self._fill():
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self.given += size
        return size

    def _fill(self) -> bool:
        if self._inflater.eof:  # the next member, if any
            rest = self._inflater.unused_data or self._raw.read(SKIP_BLOCK)
            if not rest:
                return False
            self._inflater = zlib.decompressobj(wbits=31)
        else:
            rest = self._inflater.unconsumed_tail or self._raw.read(SKIP_BLOCK)
            if not rest:
                self.broke_off = True
                return False
        try:
            self._pending = self._inflater.decompress(rest, SKIP_BLOCK)
        except zlib.error:
            self.broke_off = True
            return False
        return True
