"""issue 16: a house a new maintainer can read — no import circles, small modules, one exit-code mapping."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT

SRC = ROOT / "src" / "newstrace"
MAX_LINES = 600


def _checker():
    spec = importlib.util.spec_from_file_location("import_cycles", ROOT / "tools" / "import_cycles.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_cycles"] = module
    spec.loader.exec_module(module)
    return module


def test_issue16_the_checker_finds_a_circle(tmp_path):
    """The circle checker itself: two modules importing each other (one inside a function) are a circle."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import thing\n")
    (pkg / "b.py").write_text("def thing():\n    from . import a\n")
    (pkg / "c.py").write_text("from pkg import a\n")
    checker = _checker()
    assert checker.cycles(checker.graph(tmp_path)) == [["pkg.a", "pkg.b"]]


def test_issue16_no_import_circles_in_src():
    checker = _checker()
    assert checker.cycles(checker.graph()) == []


def test_issue16_no_module_over_600_lines():
    long = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


@pytest.fixture
def broken_db(tmp_path) -> str:
    path = tmp_path / "broken.db"
    path.write_text("this file is not a SQLite database, so opening it is NT401 " * 4)
    return str(path)


@pytest.mark.parametrize("args", [["stats"], ["link"], ["search", "x"], ["trace", "a1"], ["export"]])
def test_issue16_nt401_exits_1_from_every_command(broken_db, args):
    from newstrace.cli import main

    result = CliRunner().invoke(main, [*args, "--db", broken_db])
    assert result.exit_code == 1, result.output
    assert "NT401" in result.output


def test_issue16_one_exit_status_per_code_family():
    from newstrace.cli.common import exit_status

    assert [exit_status(c) for c in ("NT105", "NT501", "NT504")] == [2, 2, 2]  # misuse: bad input or options
    assert [exit_status(c) for c in ("NT401", "NT403", "NT301")] == [1, 1, 1]  # the command ran and failed


def test_issue16_every_db_option_is_the_shared_one():
    from newstrace.cli import main

    for name in ("ingest", "stats", "search", "trace", "export", "link", "serve"):
        db = next(p for p in main.commands[name].params if p.name == "db")
        assert db.envvar == "NEWSTRACE_DB" and db.default == "newstrace.db", name


def test_issue16_every_environment_variable_is_a_setting_and_in_the_readme():
    """issue 16: every NEWSTRACE_* name in src/ is a Settings field and has a row in the README's table."""
    import re

    from newstrace.settings import ENV_NAMES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(NEWSTRACE_[A-Z_]+)` \|", readme, flags=re.M))
    in_src = {m for p in SRC.rglob("*.py") for m in re.findall(r"NEWSTRACE_[A-Z_]*[A-Z]", p.read_text("utf-8"))}
    assert set(ENV_NAMES) == table
    assert in_src - {"NEWSTRACE_"} <= table, sorted(in_src - table)


def test_issue16_no_module_but_settings_reads_the_environment():
    readers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                     if "os.environ.get" in (text := p.read_text("utf-8")) or "getenv(" in text)
    assert readers == ["settings.py"]


def test_issue16_settings_layer_defaults_environment_and_options():
    from newstrace.errors import NewstraceError
    from newstrace.settings import Settings

    assert Settings.from_env({}).db == "newstrace.db"
    env = {"NEWSTRACE_DB": "corpus.db", "NEWSTRACE_MAX_SECONDS": "2.5", "NEWSTRACE_COMMON_DF_MIN": "7"}
    settings = Settings.from_env(env)
    assert (settings.db, settings.max_seconds, settings.common_df_min) == ("corpus.db", 2.5, 7)
    assert Settings.from_env(env, db="other.db").db == "other.db"
    with pytest.raises(NewstraceError) as caught:
        Settings.from_env({"NEWSTRACE_MAX_BYTES": "lots"})
    assert caught.value.code == "NT505" and "NEWSTRACE_MAX_BYTES" in caught.value.message


def test_issue16_current_settings_follow_the_environment(monkeypatch, tmp_path):
    from newstrace.cache import cache_dir
    from newstrace.settings import current

    monkeypatch.setenv("NEWSTRACE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path and current() is current()
    monkeypatch.delenv("NEWSTRACE_CACHE")
    assert cache_dir().name == "newstrace"


def test_issue16_the_readme_code_table_is_the_catalogue():
    """issue 16: one error catalogue (errors.py, NT6xx with their HTTP status); the README's table matches it."""
    import re

    from newstrace.errors import CATALOGUE, HTTP_STATUS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (NT\d{3}) \| (.*) \|$", readme, flags=re.M))
    assert set(rows) == set(CATALOGUE)
    assert set(HTTP_STATUS) == {c for c in CATALOGUE if c.startswith("NT6")}
    for code, status in HTTP_STATUS.items():
        assert f"(HTTP {status})" in rows[code], code
    used = {m for p in SRC.rglob("*.py") for m in re.findall(r"\bNT\d{3}\b", p.read_text("utf-8"))}
    families = {"NT000", "NT100", "NT200", "NT300", "NT400", "NT500"}
    assert used - families <= set(CATALOGUE), sorted(used - families - set(CATALOGUE))


def test_issue16_web_errors_come_from_the_catalogue():
    from newstrace.errors import WebError, code_for_status, error, http_status

    made = error("NT604", "missing token")
    assert isinstance(made, WebError) and made.status == 401 and made.code == "NT604"
    assert (http_status("NT403"), http_status("NT501"), http_status("NT401")) == (404, 422, 500)
    assert (code_for_status(404), code_for_status(418), code_for_status(503)) == ("NT601", "NT602", "NT699")


def test_issue16_closed_vocabularies_are_literals_in_the_schema():
    """issue 16: kinds are Literal types, so the JSON Schema lists their values; the data tables agree."""
    from typing import get_args

    from newstrace.analysis.gazetteer import read_table
    from newstrace.record import EventType, SourceKind, json_schema

    defs = json_schema()["$defs"]
    assert defs["Source"]["properties"]["kind"]["enum"] == list(get_args(SourceKind))
    assert defs["Quote"]["properties"]["kind"]["enum"] == ["direct", "indirect", "according_to"]
    assert defs["Place"]["properties"]["kind"]["enum"] == ["toponym", "demonym"]
    assert "month" in defs["DateMention"]["properties"]["grain"]["enum"]
    plover = {row[2] for row in read_table("events_plover.tsv")} - {"-", "type"}  # no event; the header
    assert plover == set(get_args(EventType))


def test_issue16_one_span_type():
    import re

    defined = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                     if re.search(r"^Span\s*=", p.read_text("utf-8"), flags=re.M))
    assert defined == ["record.py"]


def test_issue16_record_dict_has_the_record_fields():
    """issue 16: RecordDict (the record as JSON, for store, link and web) names exactly Record's serialised
    fields, plus the two link fields the store adds."""
    import dataclasses

    from newstrace.record import Record, RecordDict

    serialised = {f.name for f in dataclasses.fields(Record) if not f.metadata.get("internal")}
    assert set(RecordDict.__annotations__) == serialised | {"story_id", "duplicate_of"}
