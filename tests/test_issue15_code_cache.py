"""issue 15 (speed): the functions ``dataclasses`` compiles at start-up are kept between runs and are the same."""

from __future__ import annotations

import builtins
import dataclasses
import json
import marshal
import os
import subprocess
import sys
from dataclasses import dataclass, field

from newstrace import code_cache


def _make_classes():
    @dataclass(frozen=True)
    class Stamp:
        day: str
        method: str = "meta"
        conflicts: tuple[str, ...] = ()

    @dataclass(order=True)
    class Box:
        rank: int
        names: list[str] = field(default_factory=list)
        seen: bool = field(default=False, compare=False)

    return Stamp, Box


_METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__", "__ge__")


def _made(exec_function, known: dict | None = None):
    saved_exec, saved_known = vars(dataclasses).get("exec"), dict(code_cache._known)
    dataclasses.exec = exec_function  # type: ignore[attr-defined]
    if known is not None:
        code_cache._known.clear()
        code_cache._known.update(known)
    try:
        return _make_classes()
    finally:
        if saved_exec is None:
            del dataclasses.exec  # type: ignore[attr-defined]
        else:
            dataclasses.exec = saved_exec  # type: ignore[attr-defined]
        code_cache._known.clear()
        code_cache._known.update(saved_known)


def _codes(cls) -> dict:
    return {name: vars(cls)[name].__code__ for name in _METHODS
            if name in vars(cls) and hasattr(vars(cls)[name], "__code__")}


def test_issue15_kept_code_is_the_code_exec_compiles_and_behaves_the_same():
    plain = _made(builtins.exec)
    sources: dict = {}

    def writing_down(source, globals=None, locals=None, /):
        sources[source] = compile(source, "<string>", "exec", dont_inherit=True)
        builtins.exec(source, globals, locals)

    _made(writing_down)
    kept = marshal.loads(marshal.dumps(sources))  # as a later process reads them
    cached = _made(code_cache._exec, kept)
    for fresh, served in zip(plain, cached):
        assert _codes(fresh) and _codes(fresh) == _codes(served)
        assert vars(fresh)["__init__"].__annotations__.keys() == vars(served)["__init__"].__annotations__.keys()
    (Stamp, Box), (CStamp, CBox) = plain, cached
    assert repr(CStamp("2020-05-17")) == repr(Stamp("2020-05-17"))
    assert CStamp("x", conflicts=("y",)) == CStamp("x", conflicts=("y",)) != CStamp("x")
    assert hash(CStamp("x")) == hash(CStamp("x"))
    try:
        CStamp("x").day = "y"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a frozen class made from kept code must stay frozen")
    assert CBox(1) < CBox(2) and CBox(1, seen=True) == CBox(1) and CBox(3).names == []


_PROBE = """
import json, os
from newstrace import code_cache
from newstrace.pipeline import Pipeline
Pipeline(['extract'])
from newstrace.record import DateValue, Record
value = DateValue('2020-05-17', 'meta', 0.9)
print(json.dumps({"known": len(code_cache._known), "unsaved": len(code_cache._new), "repr": repr(value),
                  "equal": value == DateValue('2020-05-17', 'meta', 0.9), "record": repr(Record(id='a'))[:80]}))
"""


def test_issue15_a_start_up_keeps_its_dataclass_code_for_the_next_run(tmp_path):
    def run() -> dict:
        proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True,
                              env={**os.environ, "NEWSTRACE_CACHE": str(tmp_path)})
        return json.loads(proc.stdout)

    cold = run()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("dataclass-code-")]
    assert len(files) == 1 and cold["known"] > 50  # the record types, settings, budgets, ... written down
    written = files[0].stat().st_mtime_ns
    warm = run()
    assert {k: warm[k] for k in ("repr", "equal", "record")} == {k: cold[k] for k in ("repr", "equal", "record")}
    assert warm["known"] == cold["known"] and warm["unsaved"] == 0
    assert files[0].stat().st_mtime_ns == written  # nothing new: the file is not written again


def test_issue15_a_broken_code_file_only_costs_compiling(tmp_path):
    path = tmp_path / "broken.marshal"
    path.write_bytes(b"\xfb cut short")
    assert code_cache._read(path) == {}
    path.write_bytes(marshal.dumps({"def f(): pass": b"not code", 3: compile("1", "<string>", "eval")}))
    assert code_cache._read(path) == {}
