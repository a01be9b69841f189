"""Derived data built once from installed packages and kept under ``$NEWSTRACE_CACHE`` (default
``~/.cache/newstrace``) as pickles: nothing is downloaded, and a missing, broken or unwritable cache
only costs the time of building again."""

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
    if path.exists():
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
        tmp.replace(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):  # e.g. a read-only home
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
