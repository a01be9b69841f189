"""Compression bombs written by the tests: a small gzip file that holds hundreds of megabytes."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

MB = 1 << 20


def member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


def multi_member_bomb(path: Path, head: bytes, filler: bytes, size: int, tail: bytes = b"") -> Path:
    """``head`` + ``size`` bytes of ``filler`` + ``tail`` as gzip members (one filler member, repeated: quick)."""
    block = member(filler * (4 * MB // len(filler)))
    with path.open("wb") as out:
        out.write(member(head))
        for _ in range(size // (4 * MB)):
            out.write(block)
        out.write(member(tail))
    return path


def warc_bomb(path: Path, size: int) -> Path:
    """A WARC response record whose HTML payload is ``size`` spaces, compressed as one gzip member."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/a\r\n"
            b"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + str(len(http) + size).encode() + b"\r\n\r\n" + http)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * (4 * MB)
    with path.open("wb") as out:
        out.write(packer.compress(head))
        for _ in range(size // len(block)):
            out.write(packer.compress(block))
        out.write(packer.compress(b"\r\n\r\n") + packer.flush())
    return path


def run_measured(*args: str, env: dict | None = None, timeout: float = 300) -> tuple[int, float, str]:
    """``python -m newstrace ARGS``: (exit status, peak RSS in MB of that process alone, its output)."""
    log = Path(os.environ.get("TMPDIR", "/tmp")) / f"newstrace-measured-{os.getpid()}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "newstrace", *args], stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})})
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    log.unlink()
    return proc.returncode, usage.ru_maxrss / 1024, text
