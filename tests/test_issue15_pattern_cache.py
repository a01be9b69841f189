"""issue 15 (speed): regular expressions compiled at start-up are kept between runs and match as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Patterns nobody else compiles (so each run compiles them itself), with what makes ``re`` code differ:
# named groups, flags, bytes, look-behind, classes, repeats, alternatives.
_PATTERNS = [
    [r"(?P<day>\d{1,2})\.\s*(?P<month>m[äa]rz|april)\s+(?P<year>(?:19|20)\d\d)(?#issue15-a)", "IGNORECASE"],
    [r"(?<![\w-])(?:by|von|par)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)(?#issue15-b)", ""],
    [r"^\s*(?:updated|aktualisiert)[:\s]+(.+)$(?#issue15-c)", "MULTILINE|IGNORECASE"],
    [r"[\u0400-\u04ff]+\s\d+(?#issue15-d)", ""],
    [r"(?x) a  b+ (?# spaced ) c? (?#issue15-e)", ""],
]
_BYTES = rb"<\?xml\b[^<>]*>?(?#issue15-f)"
_TEXTS = ["am 12. März 2021 um 10 Uhr", "Story by Jane Doe Smith", "  Updated: Tuesday\nrest",
          "Москва 2020", "abbbc ab", "by-line By Ann"]

_PROBE = """
import json, re, sys
from newstrace import pattern_cache

parsed = []
real_parse = re._parser.parse
def counting(pattern, flags=0, *args):
    parsed.append(pattern)
    return real_parse(pattern, flags, *args)
re._parser.parse = counting

def flags_of(names):
    value = 0
    for name in filter(None, names.split("|")):
        value |= getattr(re, name)
    return value

patterns, texts, after = json.loads(sys.argv[1])
with pattern_cache.recording():
    compiled = [re.compile(p, flags_of(f)) for p, f in patterns]
    compiled.append(re.compile(b"%s"))
late = re.compile(after)  # after the start-up: served when known, never written down
answers = [[m.groupdict() if m.re.groupindex else m.groups() for m in c.finditer(t)] for c in compiled[:-1] for t in texts]
answers.append([m.group(0).decode() for m in compiled[-1].finditer(b'<?xml version="1.0" encoding="x<html>')])
print(json.dumps({"answers": answers, "groups": [c.groupindex and dict(c.groupindex) for c in compiled[:-1]],
                  "flags": [c.flags for c in compiled], "parsed": [str(p) for p in parsed if "issue15" in str(p)]}))
""".replace('b"%s"', repr(_BYTES))


def _run(cache_dir, after: str = r"late(?#issue15-late)") -> dict:
    proc = subprocess.run([sys.executable, "-c", _PROBE, json.dumps([_PATTERNS, _TEXTS, after])], capture_output=True,
                          text=True, env={**os.environ, "NEWSTRACE_CACHE": str(cache_dir)}, timeout=120, check=True)
    return json.loads(proc.stdout)


def _kept(cache_dir) -> list:
    return [p for p in cache_dir.iterdir() if p.name.startswith("re-patterns-")]


def test_issue15_patterns_compiled_at_start_up_are_kept_and_match_as_before(tmp_path):
    cold = _run(tmp_path)
    assert len(_kept(tmp_path)) == 1
    assert len(cold["parsed"]) >= len(_PATTERNS) + 1  # compiled (and written down) by Python the first time
    warm = _run(tmp_path)
    assert {key: warm[key] for key in ("answers", "groups", "flags")} == \
        {key: cold[key] for key in ("answers", "groups", "flags")}
    assert warm["parsed"] == [r"late(?#issue15-late)"]  # only the one compiled after the start-up
    assert cold["answers"][0] == [{"day": "12", "month": "März", "year": "2021"}]
    assert cold["answers"][1 * len(_TEXTS) + 1] == [{"name": "Jane Doe Smith"}]
    assert cold["answers"][2 * len(_TEXTS) + 2] == [["Tuesday"]]
    assert cold["answers"][-1] == ['<?xml version="1.0" encoding="x']


def test_issue15_a_broken_pattern_file_only_costs_compiling_again(tmp_path):
    cold = _run(tmp_path)
    for path in _kept(tmp_path):
        path.write_bytes(b"\xfb cut short")
    broken = _run(tmp_path)
    assert broken["answers"] == cold["answers"] and len(broken["parsed"]) >= len(_PATTERNS)
    assert _run(tmp_path)["parsed"] == [r"late(?#issue15-late)"]  # the file was written whole again


def test_issue15_an_entry_that_does_not_build_is_compiled_as_usual(tmp_path):
    import marshal

    cold = _run(tmp_path)
    path = _kept(tmp_path)[0]
    entries = marshal.loads(path.read_bytes())
    entries = {key: (value[0], b"\x00\x00\x00\x00", *value[2:]) if "issue15" in str(key[1]) else value
               for key, value in entries.items()}  # code _sre refuses
    path.write_bytes(marshal.dumps(entries))
    assert _run(tmp_path)["answers"] == cold["answers"]


def test_issue15_a_pipeline_start_up_keeps_its_patterns(tmp_path):
    probe = ("from newstrace.pipeline import Pipeline\n"
             "Pipeline(['extract']).warm_up()\n")
    subprocess.run([sys.executable, "-c", probe], env={**os.environ, "NEWSTRACE_CACHE": str(tmp_path)},
                   timeout=300, check=True)
    import marshal

    entries = marshal.loads(_kept(tmp_path)[0].read_bytes())
    assert len(entries) > 200  # ours, trafilatura's, htmldate's ...


def test_issue15_dateparser_patterns_are_kept_when_htmldate_first_asks_it(tmp_path):
    """The ``re`` patterns dateparser's modules compile when htmldate first hands it a string (after the
    start-up, on a page) are kept too, and its answers stay the same."""
    probe = ("import json, re\n"
             "parsed = []\n"
             "real_parse = re._parser.parse\n"
             "re._parser.parse = lambda p, flags=0, *a: parsed.append(p) or real_parse(p, flags, *a)\n"
             "from newstrace.extract.date_htmldate import _external_parser\n"
             "parser = _external_parser()\n"
             "day = parser.get_date_data('12 de enero de 2017').date_obj\n"
             "print(json.dumps({'parsed': len(parsed), 'day': str(day)}))\n")

    def run() -> dict:
        proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True,
                              env={**os.environ, "NEWSTRACE_CACHE": str(tmp_path)})
        return json.loads(proc.stdout)

    cold, warm = run(), run()
    assert warm["day"] == cold["day"] == "2017-01-12 00:00:00"
    assert cold["parsed"] > 20 and warm["parsed"] < cold["parsed"] // 4


def test_issue15_an_unwritable_cache_writes_nothing_down(tmp_path):
    """Where the cache cannot be written, patterns are compiled once each, as without it (not parsed a
    second time to be written down), and nothing fails."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    run = _run(blocked / "cache")
    assert len(run["parsed"]) == len(_PATTERNS) + 2  # each pattern parsed once, the late one too
    assert run["answers"] == _run(tmp_path)["answers"]


def _run_with(cache_dir, patterns: list) -> dict:
    proc = subprocess.run([sys.executable, "-c", _PROBE, json.dumps([patterns, _TEXTS, "late(?#issue15-late)"])],
                          capture_output=True, text=True, env={**os.environ, "NEWSTRACE_CACHE": str(cache_dir)},
                          timeout=120, check=True)
    return json.loads(proc.stdout)


def test_issue15_a_few_new_patterns_do_not_rewrite_a_large_file(tmp_path):
    """A pattern new on every run (built from a set, in a different order each process) made every run read and
    write the whole file again and grow it by one entry; a few new patterns beside many kept are now compiled
    as without the cache, and the file is left as it is (``SAVE_SHARE``). They are parsed once, not parsed again
    to be written down for a save that does not come."""
    import marshal

    from newstrace import pattern_cache

    _run(tmp_path)
    path = _kept(tmp_path)[0]
    entries = marshal.loads(path.read_bytes())
    some = next(iter(entries.values()))
    entries.update({(False, f"unused(?#issue15-filler-{n})", 0): some for n in range(pattern_cache.SAVE_SHARE * 2)})
    path.write_bytes(marshal.dumps(entries))
    written = path.stat().st_mtime_ns
    with_new = _run_with(tmp_path, [*_PATTERNS, [r"\b(?:new|neu)\b(?#issue15-new)", ""]])
    assert path.stat().st_mtime_ns == written and len(marshal.loads(path.read_bytes())) == len(entries)
    # compiled as without the cache: parsed once each, not a second time to be written down (issue 15, speed)
    assert sorted(with_new["parsed"]) == [r"\b(?:new|neu)\b(?#issue15-new)", r"late(?#issue15-late)"]
    assert with_new["answers"][:-1 - len(_TEXTS)] == _run(tmp_path)["answers"][:-1]
