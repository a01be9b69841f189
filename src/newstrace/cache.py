"""Derived data built once from installed packages and kept under ``$NEWSTRACE_CACHE`` (default
``~/.cache/newstrace``) as pickles: nothing is downloaded, and a missing, broken or unwritable cache
only costs the time of building again. A pickle (or ``marshal``) file runs code when it is read, so a file
is read only when this user owns it and its folder and nobody else can write to either (``trusted``); a shared or
foreign cache folder is ignored and the data built again."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .settings import current

T = TypeVar("T")


def cache_dir() -> Path:
    return current().cache_dir


def trusted(path: Path) -> bool:
    """True when ``path`` and its folder belong to this user, no one else may write to the file and not everyone to
    the folder (POSIX; always True where there are no user ids). A file that cannot be checked is not trusted. A
    group-writable folder (umask 002) is allowed: a file put there by someone else is theirs, not ours."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    try:
        file, folder = path.stat(), path.parent.stat()
    except OSError:
        return False
    uid = getuid()
    return file.st_uid == uid == folder.st_uid and not file.st_mode & 0o022 and not folder.st_mode & 0o002


def private_file(tmp: Path) -> None:
    """Make a cache file just written readable and writable by this user only, whatever the umask, so ``trusted``
    reads it back (an unwritable mode is left to the caller's own error handling)."""
    tmp.chmod(0o600)


def load_or_build(name: str, build: Callable[[], T]) -> T:
    """The pickled value ``name`` (include a version or fingerprint in it), or ``build()`` saved there."""
    found = load(name)
    if found is not None:
        return found
    value = build()
    store(name, value)
    return value


def load(name: str) -> Any:
    """The pickled value ``name``, or None when there is none or it cannot be read."""
    path = cache_dir() / f"{name}.pickle"
    if path.exists() and trusted(path):
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, TypeError, AttributeError, ImportError):
            pass  # a broken cache file counts as none
    return None


def store(name: str, value: object) -> None:
    """Save ``value`` as ``name`` (written whole, then renamed into place); an unwritable cache is skipped."""
    path = cache_dir() / f"{name}.pickle"
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        private_file(tmp)
        tmp.replace(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):  # e.g. a read-only home
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
