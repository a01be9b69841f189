"""The README stays in step with the code: every error code is documented, every command listed exists."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from newstrace.cli import main as cli_group
from newstrace.errors import CATALOGUE

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_error_code_is_in_the_readme_table():
    documented = set(re.findall(r"^\| (NT\d{3}) \|", README, flags=re.M))
    assert set(CATALOGUE) <= documented, sorted(set(CATALOGUE) - documented)


def test_every_command_the_readme_shows_exists():
    shown = set(re.findall(r"\.venv/bin/newstrace (\w+)", README))
    assert shown and shown <= set(cli_group.commands), sorted(shown - set(cli_group.commands))


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]


# --- the docs say what the code does (README, DEVELOPERS, SECURITY; `newstrace errors` hints) ------------------------

DOCS = {name: (ROOT / name).read_text(encoding="utf-8") for name in ("README.md", "DEVELOPERS.md", "SECURITY.md")}
BENCH = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "bench").glob("*.py")}
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*)")


def _options(command: str) -> set[str]:
    return {o for p in cli_group.commands[command].params for o in (*p.opts, *p.secondary_opts)}


def _spans(text: str) -> list[str]:
    """Inline code spans and the lines of code blocks, each without its shell comment."""
    blocks = text.split("```")
    spans = [line.split(" #")[0] for block in blocks[1::2] for line in block.splitlines()[1:]]
    return spans + [s for prose in blocks[::2] for s in re.findall(r"`([^`]+)`", prose)]


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(where, span, option): every option a code span shows, with the command or script it belongs to."""
    claims = []
    for span in _spans(text):
        if span.startswith("pip "):
            continue
        command = re.search(r"\bnewstrace (\w+)", span) or re.match(rf"({'|'.join(cli_group.commands)}) --", span)
        script = re.search(r"\bbench/(\w+\.py)", span)
        where = f"newstrace {command.group(1)}" if command else script.group(1) if script else "any"
        claims += [(where, span, option) for option in OPTION.findall(span)]
    return claims


def test_every_option_the_docs_show_exists():
    """An option a doc shows beside a command is that command's; a bare one is some command's or bench script's."""
    every = set().union(*map(_options, cli_group.commands), *(p.opts for p in cli_group.params))
    wrong = []
    for name, text in DOCS.items():
        for where, span, option in _claims(text):
            if where.startswith("newstrace "):
                ok = where.split()[1] in cli_group.commands and option in _options(where.split()[1])
            elif where != "any":
                ok = f'"{option}"' in BENCH.get(where, "")
            else:
                ok = option in every or any(f'"{option}"' in source for source in BENCH.values())
            if not ok:
                wrong.append((name, where, option, span))
    assert not wrong, wrong


def test_every_command_is_in_the_readme():
    shown = set(re.findall(r"\bnewstrace (\w+)", DOCS["README.md"]))
    assert set(cli_group.commands) <= shown, sorted(set(cli_group.commands) - shown)


def test_every_command_and_option_has_a_help_text():
    for name, command in cli_group.commands.items():
        assert (command.help or "").strip(), name
        for param in command.params:
            if param.param_type_name == "option":
                assert (getattr(param, "help", "") or "").strip(), (name, param.name)


def test_the_readme_defaults_of_the_environment_are_the_settings():
    """Each row of the Configuration table gives the default `Settings` really has."""
    from newstrace.settings import Settings, env_name

    rows = dict(re.findall(r"^\| `(NEWSTRACE_[A-Z_]+)` \| ([^|]+) \|", DOCS["README.md"], flags=re.M))
    defaults = Settings()
    for field in dataclasses.fields(Settings):
        documented = rows[env_name(field.name)].strip().strip("`")
        value = getattr(defaults, field.name)
        if documented == "(none)":
            assert value == "", field.name
        elif field.name == "cache":
            assert value == "" and str(defaults.cache_dir) == str(Path(documented).expanduser())
        else:
            assert type(value)(documented) == value, (field.name, documented, value)


def test_every_variable_the_benches_and_tests_read_is_documented():
    """Beside Settings (checked in tests/test_house.py): the benches' and the tests' own NEWSTRACE_* variables."""
    pattern = re.compile(r"NEWSTRACE_[A-Z_]*[A-Z]")
    read = {m for folder in ("bench", "tests") for p in (ROOT / folder).rglob("*.py")
            for m in pattern.findall(p.read_text("utf-8"))}
    documented = set(pattern.findall(DOCS["README.md"] + DOCS["DEVELOPERS.md"]))
    assert read - {"NEWSTRACE_"} <= documented, sorted(read - documented)


def test_every_file_the_docs_name_exists():
    """Paths in code spans: from the repository's root, or from src/newstrace/ (`data/...`, `link/stories.py`)."""
    named = {s for text in DOCS.values() for s in re.findall(r"`([\w./-]+)`", text)
             if "/" in s and not s.startswith(("../", "/", "http")) and "*" not in s
             and re.search(r"(\.\w{1,5}|/)$", s) and not s.startswith(("api/", "tcp:"))}
    missing = sorted(s for s in named if not any((base / s).exists() for base in (ROOT, ROOT / "src" / "newstrace")))
    assert named and not missing, missing


def test_the_python_api_the_readme_shows():
    import inspect

    import newstrace
    from newstrace import web
    from newstrace.corpus import Corpus
    from newstrace.store import Store

    def params(fn) -> dict:
        return dict(inspect.signature(fn).parameters)

    serve = params(web.serve)
    assert list(serve)[:3] == ["db", "host", "port"]
    assert (serve["token"].default, serve["workers"].default, serve["threads"].default) == (None, 1, None)
    assert list(params(web.create_app))[0] == "db"
    assert {"pool_size", "max_overflow"} <= set(params(Store))
    assert "url" in params(newstrace.analyze) and "sort" in params(Corpus.search)
    assert {"ingest", "link", "search", "trace", "export"} <= set(dir(Corpus))


def test_every_option_an_error_hint_names_is_an_ingest_option():
    """`newstrace errors` and the /errors page show these hints about a corpus: options must be ingest's."""
    hints = (ROOT / "src" / "newstrace" / "data" / "error_hints.tsv").read_text(encoding="utf-8")
    named = set(OPTION.findall(hints))
    assert named and named <= _options("ingest"), sorted(named - _options("ingest"))
    codes = {line.split("\t")[0] for line in hints.splitlines() if line.startswith("NT")}
    assert codes <= set(CATALOGUE), sorted(codes - set(CATALOGUE))


def test_no_error_hint_retries_with_resume():
    """`--resume` skips every unit an earlier run tried, failed ones included (README): a hint that says to ingest
    again "with --resume" would retry nothing (NT402's did)."""
    hints = (ROOT / "src" / "newstrace" / "data" / "error_hints.tsv").read_text(encoding="utf-8")
    assert "skips every input unit an earlier run finished, failed ones included" in DOCS["README.md"]
    wrong = [line.split("\t")[0] for line in hints.splitlines() if "again with --resume" in line]
    assert not wrong, wrong


def _readme_block(heading: str) -> list[list[str]]:
    """The `newstrace` command lines of the first code block under a README heading, split as a shell would."""
    import shlex

    block = DOCS["README.md"].split(heading, 1)[1].split("```")[1]
    lines = [line.split(" #")[0].strip() for line in block.splitlines()[1:]]
    return [shlex.split(line)[1:] for line in lines if line.startswith(".venv/bin/newstrace ")]


def test_the_readme_corpus_examples_run_as_written(tmp_path, monkeypatch):
    """The read commands of "Build a corpus, link it, search it" on the sample pages, word for word (the corpus is
    ingested with --stages extract to keep it quick; an id stands for ARTICLE-ID-or-URL)."""
    import shutil

    from .conftest import SAMPLE, run_cli

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLE, tmp_path / "pages")
    built = run_cli("ingest", "pages/", "--db", "corpus.db", "--stages", "extract", "--no-progress")
    assert built.returncode == 0, built.stderr
    reads = {"link", "stats", "errors", "search", "trace", "export"}
    ran = []
    for args in _readme_block("## Build a corpus, link it, search it"):
        if args[0] in reads and "--db" in args:
            args = ["pages/01-wire-scoop.html" if a == "ARTICLE-ID-or-URL" else a for a in args]
            done = run_cli(*args)
            assert done.returncode == 0, (args, done.stderr.decode())
            ran.append(args[0])
    assert set(ran) == reads and (tmp_path / "quotes.parquet").exists()


def test_the_readme_analysis_examples_run_as_written(tmp_path, monkeypatch):
    """The quick lines of "Analyse pages" (stages, schema, the extract stage) on a sample page, word for word."""
    from .conftest import SAMPLE, run_cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_bytes((SAMPLE / "01-wire-scoop.html").read_bytes())
    ran = []
    for args in _readme_block("## Analyse pages"):
        if args[0] in {"stages", "schema"} or "extract" in args:
            done = run_cli(*args)
            assert done.returncode == 0 and done.stdout.strip(), (args, done.stderr.decode())
            ran.append(args[0])
    assert ran.count("analyze") == 1 and {"stages", "schema"} <= set(ran)
