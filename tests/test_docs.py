"""The README stays in step with the code: every error code is documented, every command listed exists."""

from __future__ import annotations

import re

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
