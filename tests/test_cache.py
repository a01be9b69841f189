"""The derived-data cache (newstrace.cache): built once, reloaded, rebuilt when broken, optional."""

from __future__ import annotations

import os

from newstrace.cache import load_or_build


def test_built_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"en": frozenset({"the", "a"})}

    assert load_or_build("words-v1", build) == {"en": frozenset({"the", "a"})}
    assert load_or_build("words-v1", build) == {"en": frozenset({"the", "a"})}
    assert len(calls) == 1 and (tmp_path / "words-v1.pickle").exists()


def test_a_broken_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    (tmp_path / "words-v1.pickle").write_bytes(b"\x80\x05 truncated")
    assert load_or_build("words-v1", lambda: [1, 2, 3]) == [1, 2, 3]
    assert load_or_build("words-v1", lambda: "not called") == [1, 2, 3]


def test_an_unwritable_cache_still_answers(tmp_path, monkeypatch):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    monkeypatch.setenv("NEWSTRACE_CACHE", str(blocked / "sub"))
    assert load_or_build("words-v1", lambda: (4, 5)) == (4, 5)
    assert not os.path.exists(blocked / "sub")


def test_a_value_that_cannot_be_pickled_is_not_kept_and_leaves_no_partial_file(tmp_path, monkeypatch):
    from newstrace.cache import load, store

    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    store("lambdas-v1", {"f": lambda: 1})
    assert load("lambdas-v1") is None and not list(tmp_path.iterdir())
    store("words-v1", ("a", "b"))
    assert load("words-v1") == ("a", "b")


def test_a_file_others_may_write_is_never_unpickled(tmp_path, monkeypatch):
    """A pickle runs code when read: a cache file (or folder) another user could write is built again, not read."""
    import pickle

    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    path = tmp_path / "words-v1.pickle"
    path.write_bytes(pickle.dumps("planted"))
    path.chmod(0o666)
    assert load_or_build("words-v1", lambda: "built") == "built"  # rebuilt and saved over it
    path.write_bytes(pickle.dumps("planted"))
    path.chmod(0o644)
    tmp_path.chmod(0o777)  # a folder everyone may write to
    try:
        assert load_or_build("words-v1", lambda: "built again") == "built again"
    finally:
        tmp_path.chmod(0o700)
    path.write_bytes(pickle.dumps("kept"))
    path.chmod(0o644)
    assert load_or_build("words-v1", lambda: "not called") == "kept"  # the user's own private file is read


def test_pattern_cache_reads_no_file_others_may_write(tmp_path):
    import marshal

    from newstrace import pattern_cache

    path = tmp_path / "patterns.marshal"
    path.write_bytes(marshal.dumps({"k": 1}))
    path.chmod(0o644)
    assert pattern_cache._read(path) == {"k": 1}
    path.chmod(0o646)
    assert pattern_cache._read(path) == {}


def test_files_written_are_private_whatever_the_umask(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    old = os.umask(0o002)  # user-private groups (Ubuntu): files would be group-writable
    try:
        load_or_build("words-v1", lambda: "built")
    finally:
        os.umask(old)
    assert (tmp_path / "words-v1.pickle").stat().st_mode & 0o777 == 0o600
    assert load_or_build("words-v1", lambda: "not called") == "built"
