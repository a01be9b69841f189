"""The functions ``dataclasses`` writes for each class, kept compiled between runs (issue 15, speed).

``@dataclass`` writes ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__`` ... of every class as
Python source and compiles it with ``exec``: ~175 functions while the extract CLI starts up (the record types,
settings, budgets, the extractor's own classes, htmldate's), ~18 ms of CPU, a tenth of the start-up. The source
is the same on every run of one Python and so is its compiled code; so, while a process starts up, each source
is written down with its code object (``marshal``, named by the Python build and its bytecode's magic number,
under ``$NEWSTRACE_CACHE`` beside ``pattern_cache``'s file), and later processes run that code instead of
compiling the source again.

Nothing changes what the classes do: the code is the one ``compile`` makes of the same source with the flags
``exec`` uses there (none inherited: ``dataclasses`` has no ``__future__`` import), and ``exec`` runs it in the
same namespaces. Sources met after the start-up are served when known but never written down, so the file does not
grow with the pages. A missing, stale or unreadable file (or an unwritable cache) only costs compiling again.
Installed when ``newstrace`` is imported, before its record types are made.
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

_FORMAT = 1
_lock = threading.Lock()
_known: dict[str, CodeType] = {}  # source -> its code (read from the file)
_new: dict[str, CodeType] = {}  # written down this run, not yet saved
_recording = 0  # > 0 inside a start-up (``recording``)
_early = True  # the process's own start-up: from install() to the end of the first ``recording``
_installed = False


def _path() -> Path:
    from .cache import cache_dir

    return cache_dir() / f"dataclass-code-v{_FORMAT}-{sys.hexversion}-{MAGIC_NUMBER.hex()}.marshal"


def install() -> bool:
    """Serve ``dataclasses``' generated functions from the cache file from now on (False where ``dataclasses``
    does not compile them with the built-in ``exec``, as CPython 3.11-3.13 do)."""
    global _installed
    import dataclasses

    if sys.implementation.name != "cpython" or vars(dataclasses).get("exec", _exec) is not _exec:
        return False
    with _lock:
        if not _installed:
            try:
                _known.update(_read(_path()))
            except Exception:  # noqa: BLE001 - settings that do not parse: they say so where they are used
                return False
            dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the built-in one
            _installed = True
    return True


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:  # noqa: A002 - exec's own names
    """``exec(source, globals, locals)``, with the code of a known source instead of compiling it."""
    if type(source) is str:
        code = _known.get(source) or _new.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if _recording or _early:
                _new[source] = code
        source = code
    builtins.exec(source, globals, locals)


@contextmanager
def recording() -> Iterator[None]:
    """A start-up: the sources met inside are written down, then saved; so are those met since ``install``."""
    global _recording, _early
    with _lock:
        _recording += 1
    try:
        yield
    finally:
        with _lock:
            _recording -= 1
            _early = _early and _recording > 0  # the imports before the first start-up end with it
        save()


def save() -> None:
    """Add the sources written down since the last save to the cache file (written whole, then renamed)."""
    with _lock:
        if not _new:
            return
        new = dict(_new)
        _new.clear()
    path = _path()
    entries = {**_read(path), **new}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(entries))
        tmp.replace(path)
    except (OSError, ValueError):  # an unwritable cache is only a slower next run
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    with _lock:
        _known.update(new)


def _read(path: Path) -> dict[str, CodeType]:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: code for key, code in entries.items() if type(key) is str and type(code) is CodeType}


install()
