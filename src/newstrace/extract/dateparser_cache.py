"""What htmldate's extensive search makes dateparser build in every process, kept between runs (issue 15, speed).

The first string htmldate hands to dateparser costs a CLI run 0.1-0.35 s of CPU, more than ten pages: dateparser
compiles its time-zone patterns and, for each language it tries, the patterns of that language's dictionary
(with the ``regex`` module, whose compiler is written in Python), and htmldate gathers the month names of all
~200 dateparser locales to decide which strings are worth asking. These are the same on every run of one
installation, so they are kept under ``$NEWSTRACE_CACHE`` (``newstrace.cache``), named by the versions that
make them:

- the month names: built as htmldate builds them, the first time they are needed;
- compiled patterns: after each dateparser call, the patterns it compiled are saved (their compiled code, as
  ``regex`` pickles a pattern); the next process puts them in ``regex``'s own pattern cache before its first
  call, where ``regex.compile`` finds them as it finds a pattern compiled earlier in the same process; the
  time-zone patterns (compiled outside that cache) are saved as dateparser's own cache holds them.

Nothing changes what dateparser or htmldate answer: a pattern found in the cache is the pattern compiled from
the same source, flags and ``regex`` version (part of the cache key), and a missing, stale or unreadable cache
file only costs the time of compiling again.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..cache import load, load_or_build, store

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _fingerprint() -> str:
    """The versions that make what is kept (read without importing dateparser: its modules compile patterns
    when imported, which the cache should serve; ``importlib.metadata`` cost ~25 ms)."""
    import htmldate
    import regex

    python = "{}.{}".format(*sys.version_info[:2])
    return (f"v1-py{python}-dateparser-{_declared_version('dateparser')}-regex-{regex.__version__}"
            f"-htmldate-{htmldate.__version__}")


def _declared_version(package: str) -> str:
    """``__version__`` as the package's ``__init__.py`` states it, without importing the package."""
    spec = importlib.util.find_spec(package)
    try:
        with open(spec.origin if spec and spec.origin else "", encoding="utf-8") as fh:
            found = re.search(r"^__version__\s*=\s*[\"']([^\"']+)", fh.read(4096), re.M)
    except OSError:
        found = None
    return found.group(1) if found else "unknown"


def keep_month_words(extractors: Any) -> None:
    """htmldate's ``month_words`` (module ``extractors``) read from the cache once it was built there."""
    build = getattr(extractors, "month_words", None)
    if build is not None:
        extractors.month_words = lru_cache(maxsize=1)(
            lambda: load_or_build(f"htmldate-month-words-{_fingerprint()}", build))


class RememberingParser:
    """A dateparser ``DateDataParser`` (made by ``make``) whose compiled patterns come from, and go to, the
    cache: it is seeded before ``make`` imports dateparser, whose modules compile patterns too."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self._patterns = _regex_internals()
        self._kept: dict[Any, tuple[Any, Any, Any]] = {}  # the patterns in the cache file
        self._tz: bytes | None = None  # the pickled time-zone patterns in the cache file
        before = self._seed() if self._patterns is not None else set()
        self._parser = make()
        if self._patterns is not None:
            self._remember(before)

    def __getattr__(self, name: str) -> Any:  # the parser's other attributes (languages, settings ...)
        if name.startswith("__") or name in ("_parser", "_patterns"):
            raise AttributeError(name)
        return getattr(self._parser, name)

    def get_date_data(self, date_string: str, *args: Any, **kwargs: Any) -> Any:
        if self._patterns is None:
            return self._parser.get_date_data(date_string, *args, **kwargs)
        with _LOCK:
            before = set(self._patterns._cache)
        result = self._parser.get_date_data(date_string, *args, **kwargs)
        self._remember(before)
        return result

    def _seed(self) -> set[Any]:
        """Put the cache file's patterns where ``regex.compile`` looks; the keys of its cache then. A file
        that does not read as written here is ignored (and rewritten after the next call)."""
        patterns = self._patterns
        try:
            saved = load(f"dateparser-patterns-{_fingerprint()}")
            kept = dict(saved["patterns"]) if isinstance(saved, dict) else {}
            # a pattern saved without its named arguments (regex had dropped them from its table) is not seeded:
            # regex would find the pattern, fail on the missing arguments (TypeError) and dateparser's answer
            # would be lost (htmldate swallows the error: the page went undated, issue 15)
            seeds = [(key, key[:3], (key[1], key[0]), *value) for key, value in kept.items()
                     if isinstance(value, tuple) and len(value) == 3 and value[1] is not None]
            tz = saved.get("tz") if isinstance(saved, dict) else None
        except Exception:  # noqa: BLE001 - a cache that cannot be read is only a slower run
            seeds, tz = [], None
        with _LOCK, patterns._cache_lock:
            # more than regex's cache holds (500) when all 16 languages were loaded: it then drops a random
            # part of it on its next compile of a new pattern, which costs only compiling again; dateparser
            # keeps the patterns it built in its own tables, so it does not ask for them twice
            for key, args_key, locale_key, compiled, args_needed, sensitive in seeds:
                patterns._cache.setdefault(key, compiled)
                patterns._named_args.setdefault(args_key, args_needed)
                patterns._locale_sensitive.setdefault(locale_key, sensitive)
            self._kept = {seed[0]: seed[3:] for seed in seeds}  # (compiled, args_needed, sensitive)
            before = set(patterns._cache)
        if isinstance(tz, bytes):  # unpickled after the seeding: it imports dateparser, which compiles patterns
            try:
                _use_time_zones(pickle.loads(tz))
                self._tz = tz
            except Exception:  # noqa: BLE001
                pass
        return before

    def _remember(self, before: set[Any]) -> None:
        """Save the patterns compiled since ``before`` (and the time-zone patterns, once built)."""
        patterns = self._patterns
        with _LOCK:
            new = {key: (compiled, patterns._named_args.get(key[:3]), patterns._locale_sensitive.get((key[1], key[0])))
                   for key, compiled in list(patterns._cache.items()) if key not in before and key not in self._kept}
            new = {key: value for key, value in new.items() if value[1] is not None}  # see _seed
            tz = _time_zones_built() if self._tz is None else None
            if not new and tz is None:
                return
            self._kept.update(new)
            if tz is not None:
                self._tz = pickle.dumps(tz, protocol=pickle.HIGHEST_PROTOCOL)
            store(f"dateparser-patterns-{_fingerprint()}", {"patterns": self._kept, "tz": self._tz})


def _regex_internals() -> Any:
    """The module holding ``regex``'s pattern cache, or None when it is not laid out as expected."""
    import regex

    module = sys.modules.get(regex.compile.__module__)
    names = ("_cache", "_cache_lock", "_named_args", "_locale_sensitive")
    return module if module is not None and all(hasattr(module, name) for name in names) else None


def _time_zones_built() -> Any:
    """dateparser's compiled time-zone patterns when this process has built them, else None."""
    from dateparser import timezone_parser

    build = timezone_parser._build_tz_regexes
    if getattr(build, "cache_info", None) is None or not build.cache_info().currsize:
        return None
    return build()


def _use_time_zones(saved: Any) -> None:
    """dateparser's time-zone patterns from the cache, unless this process has built its own already."""
    from dateparser import timezone_parser

    build = timezone_parser._build_tz_regexes
    if getattr(build, "cache_info", None) is not None and not build.cache_info().currsize:
        timezone_parser._build_tz_regexes = lru_cache(maxsize=1)(lambda: saved)
