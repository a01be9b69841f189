"""Derived data built once from installed packages and kept under ``$NEWSTRACE_CACHE`` (default
``~/.cache/newstrace``) as pickles: nothing is downloaded, and a missing, broken or unwritable cache
only costs the time of building again."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .settings import current

T = TypeVar("T")


def cache_dir() -> Path:
    return current().cache_dir


def load_or_build(name: str, build: Callable[[], T]) -> T:
    """The pickled value ``name`` (include a version or fingerprint in it), or ``build()`` saved there."""
    path = cache_dir() / f"{name}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, TypeError, AttributeError):
            pass  # a broken cache file is rebuilt below
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, just without the cache
    return value
