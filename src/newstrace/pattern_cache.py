"""Compiled regular expressions kept between runs (issue 15, speed).

Loading the extract stage compiles ~350 ``re`` patterns (ours and those of trafilatura, htmldate, courlan,
urllib3 ... when imported): Python parses each one and builds its matching code in Python, ~0.05 s of CPU,
a third of the instructions of the extract CLI's start-up. The result, the list of integers ``_sre``
runs, is the same on every run of one Python. So, while a ``Pipeline`` starts up (its stages' imports and
its warm-up page), each pattern ``re`` compiles is written down with that code; later processes hand it
straight to ``_sre.compile`` (C) instead of parsing again. Kept under ``$NEWSTRACE_CACHE``
(``newstrace.cache``) as a ``marshal`` file named by the Python build and ``_sre``'s version.

Nothing changes what a pattern matches: a pattern is written down only when the pattern built from its
code equals the one Python compiled (``Pattern.__eq__`` compares flags, pattern and code), and read back
only by the same Python. Patterns compiled after start-up (those built from page text, say) are served
when known but never written down, so the file does not grow with the pages seen; nor is it written again for a
few new patterns (``SAVE_SHARE``), which are then not parsed a second time either: a pattern is written down only
when the start-up's new patterns are saved. ``re.DEBUG`` and
``re.LOCALE`` patterns are left to Python. A missing, stale or unreadable file only costs compiling again; where
the cache cannot be written, nothing is written down (that would cost a second parse on every run).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_FORMAT = 1
# New patterns are saved only when they are at least 1/SAVE_SHARE of those kept (or nothing is kept yet): a save
# reads and writes the whole file (~1.7 MB, ~6 ms), and some libraries build a pattern from a set, whose order
# changes with every process's string hashing (babel.plural's operator pattern), so it was new on every run: the
# file was written again by each run and grew by one entry (issue 15, speed).
SAVE_SHARE = 100
_SKIPPED_FLAGS = re.DEBUG | re.LOCALE

_lock = threading.Lock()
_known: dict[tuple[bool, str | bytes, int], tuple] = {}  # (is bytes, pattern, flags) -> what _sre.compile takes
_new: dict[tuple[bool, str | bytes, int], tuple] = {}  # written down this run, not yet saved
# compiled by Python during a start-up and not known: written down (parsed again) only when they are saved
_pending: dict[tuple[bool, str | bytes, int], tuple[str | bytes, int, Any]] = {}
_recording = 0  # > 0 while a start-up writes patterns down
_original: Any = None  # re._compiler.compile before ours was put in its place
_writable = False  # whether the cache file can be written (else nothing is written down: it costs a parse)


def _sre_parts() -> tuple[Any, Any, Any] | None:
    """``_sre``, ``re._compiler`` and ``re._parser`` when laid out as this module expects, else None."""
    compiler, parser = getattr(re, "_compiler", None), getattr(re, "_parser", None)
    sre: Any = getattr(compiler, "_sre", None)
    needed = (getattr(compiler, "compile", None), getattr(compiler, "_code", None), getattr(parser, "parse", None),
              getattr(sre, "compile", None), getattr(sre, "MAGIC", None))
    if sys.implementation.name != "cpython" or any(part is None for part in needed) or \
            array("I").itemsize != sre.CODESIZE:
        return None
    return sre, compiler, parser


def _path() -> Path:
    from .cache import cache_dir

    sre = _sre_parts()[0]  # type: ignore[index]
    build = "-".join(str(part) for part in (sys.hexversion, sre.MAGIC, sre.CODESIZE, sys.maxunicode))
    return cache_dir() / f"re-patterns-v{_FORMAT}-{build}.marshal"


def install() -> bool:
    """Serve compiled patterns from the cache file from now on in this process (once; False when this
    Python's ``re`` is not laid out as expected)."""
    global _original, _writable
    parts = _sre_parts()
    if parts is None:
        return False
    compiler = parts[1]
    with _lock:
        if _original is None:
            path = _path()
            _known.update(_read(path))
            _writable = _can_write(path.parent)
            _original = compiler.compile
            compiler.compile = _compile
    return True


def _can_write(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


@contextmanager
def recording() -> Iterator[None]:
    """Write down the patterns compiled inside (a start-up), and save them to the cache file after."""
    global _recording
    if not install():
        yield
        return
    with _lock:
        _recording += 1
    try:
        yield
    finally:
        with _lock:
            _recording -= 1
        save()


def save() -> None:
    """Add the patterns compiled since the last save to the cache file (written whole, then renamed). Only
    then are they written down: a few new patterns beside many kept (``SAVE_SHARE``) are neither saved nor parsed
    a second time (issue 15, speed: after an update that brings a handful of new patterns, every run paid for
    parsing them twice, ~4 ms on the extract CLI)."""
    with _lock:
        if not _pending or len(_pending) * SAVE_SHARE < len(_known):
            return
        pending = dict(_pending)
        _pending.clear()
    for key, (pattern, flags, compiled) in pending.items():
        _write_down(key, pattern, flags, compiled)
    with _lock:
        if not _new:
            return
        new = dict(_new)
        _new.clear()
    from .cache import private_file

    path = _path()
    entries = {**_read(path), **new}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(entries))
        private_file(tmp)
        tmp.replace(path)
    except (OSError, ValueError):  # an unwritable cache is only a slower next run
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    with _lock:
        _known.update(new)


def _read(path: Path) -> dict:
    from .cache import trusted

    if not trusted(path):  # another user's (or a shared) file: compiled again, never read
        return {}
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``, from the code written down when the pattern is known."""
    if not isinstance(p, (str, bytes)) or flags & _SKIPPED_FLAGS:
        return _original(p, flags)
    key = (isinstance(p, bytes), p, int(flags))
    known = _known.get(key) or _new.get(key)
    if known is not None:
        try:
            return _build(p, known)
        except Exception:  # noqa: BLE001 - an entry that does not build is compiled as usual
            pass
    compiled = _original(p, flags)
    if _recording and _writable:
        with _lock:
            _pending[key] = (p, int(flags), compiled)
    return compiled


def _build(pattern: str | bytes, known: tuple) -> Any:
    final_flags, code, groups, groupindex, indexgroup = known
    return re._compiler._sre.compile(pattern, final_flags, array("I", code).tolist(),  # type: ignore[attr-defined]
                                     groups, dict(groupindex), tuple(indexgroup))


def _write_down(key: tuple[bool, str | bytes, int], pattern: str | bytes, flags: int, compiled: Any) -> None:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for this pattern, kept when it builds the same
    pattern (parsed again here: only the first run of an installation pays for it)."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        if _build(pattern, entry) == compiled:
            _new[key] = entry
    except Exception:  # noqa: BLE001 - a pattern that cannot be written down is compiled every run
        pass
