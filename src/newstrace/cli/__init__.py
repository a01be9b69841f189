"""The ``newstrace`` command: thin wrappers over library functions.

One click group, ``main`` (the console-script entry point ``newstrace.cli:main``), with its commands in
modules by what they work on: ``analysis`` (analyze, stages, schema: no database), ``corpus`` (ingest,
stats, search, trace, export), ``link`` and ``serve`` (serve, demo). ``common`` holds what they share: the
one ``--db`` option and the one mapping from error codes to exit status. Imports run one way: this module
imports the command modules, they import ``common``, never this module.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from ..version import __version__
from . import analysis, corpus, link, serve

# Commands after which the program leaves without tearing the interpreter down (``_Program``).
QUICK_EXIT_COMMANDS = frozenset({"analyze"})


class _Program(click.Group):
    """The ``newstrace`` group. Run as the program (no ``args``: the command line is ``sys.argv``, as the console
    script and ``python -m newstrace`` run it), a finished ``analyze`` ends the process with ``os._exit`` once its
    output is closed and the standard streams are flushed: the interpreter's teardown (freeing every module,
    pattern and table loaded, one by one) cost ~35 ms of CPU on every run, 3 % of the extract CLI's time on
    the eval set A (issue 15, speed). The exit status is the same. Called with ``args`` (tests, click's
    ``CliRunner``, other programs), it returns or raises as any click group does."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        if args is not None or len(sys.argv) < 2 or sys.argv[1] not in QUICK_EXIT_COMMANDS:
            return super().main(args, *rest, **kwargs)
        try:
            return super().main(args, *rest, **kwargs)
        except SystemExit as done:
            status = done.code
            if status is None or (isinstance(status, int) and not isinstance(status, bool)):
                _quick_exit(status or 0)
            raise


def _quick_exit(status: int) -> None:
    """Flush what is buffered (the standard streams, logging's handlers: what the teardown would flush) and
    leave; returns only when a flush fails (a closed pipe), for the normal exit to report it."""
    try:
        if "logging" in sys.modules:
            sys.modules["logging"].shutdown()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


@click.group(cls=_Program, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newstrace")
def main() -> None:
    """Trace news stories to their sources: pages in, checkable records out."""


for _command in (*analysis.COMMANDS, *corpus.COMMANDS, link.link, *serve.COMMANDS):
    main.add_command(_command)

__all__ = ["main"]
