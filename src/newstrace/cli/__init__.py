"""The ``newstrace`` command: thin wrappers over library functions.

One click group, ``main`` (the console-script entry point ``newstrace.cli:main``), with its commands in
modules by what they work on: ``analysis`` (analyze, stages, schema: no database), ``corpus`` (ingest,
stats, search, trace, export), ``link`` and ``serve`` (serve, demo). ``common`` holds what they share: the
one ``--db`` option and the one mapping from error codes to exit status. Imports run one way: this module
imports the command modules, they import ``common``, never this module.
"""

from __future__ import annotations

import click

from ..version import __version__
from . import analysis, corpus, link, serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newstrace")
def main() -> None:
    """Trace news stories to their sources: pages in, checkable records out."""


for _command in (*analysis.COMMANDS, *corpus.COMMANDS, link.link, *serve.COMMANDS):
    main.add_command(_command)

__all__ = ["main"]
