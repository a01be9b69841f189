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


# The child reports its own high-water mark (VmHWM of /proc/self/status) when it exits. rusage is no good
# here: Linux carries a process's maxrss across fork and exec, so a child of a big pytest process (spaCy
# loaded by earlier tests) "peaks" at its parent's size before it has read a byte.
_LAUNCHER = (
    "import atexit, runpy, sys\n"
    "def _report(path=sys.argv[1]):\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(path, 'w').write(line.split()[1])\n"
    "atexit.register(_report)\n"
    "sys.argv = ['newstrace', *sys.argv[2:]]\n"
    "runpy.run_module('newstrace', run_name='__main__', alter_sys=True)\n"
)


def run_measured(*args: str, env: dict | None = None, timeout: float = 300) -> tuple[int, float, str]:
    """``python -m newstrace ARGS``: (exit status, peak RSS in MB of that process alone, its output)."""
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    log, peak_file = tmp / f"newstrace-measured-{os.getpid()}.log", tmp / f"newstrace-peak-{os.getpid()}.txt"
    with log.open("wb") as out:
        proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(peak_file), *args], stdout=out,
                              stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}, timeout=timeout)
    text = log.read_text(errors="replace")
    log.unlink()
    peak_kb = float(peak_file.read_text()) if peak_file.exists() else float("inf")
    peak_file.unlink(missing_ok=True)
    return proc.returncode, peak_kb / 1024, text
