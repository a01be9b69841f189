"""The ``newstrace`` command: thin wrappers over library functions.

One click group, ``main`` (the console-script entry point ``newstrace.cli:main``), with its commands in
modules by what they work on: ``analysis`` (analyze, stages, schema: no database), ``corpus`` (ingest,
stats, search, trace, export), ``link`` and ``serve`` (serve, demo). ``common`` holds what they share: the
one ``--db`` option and the one mapping from error codes to exit status. Imports run one way: this module
imports the command modules, they import ``common``, never this module.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

import click

from ..version import __version__
from . import analysis, corpus, link, serve

# Commands after which the program leaves without tearing the interpreter down (``_Program``).
QUICK_EXIT_COMMANDS = frozenset({"analyze"})
# Allocations between two young collections of the cyclic garbage collector while such a command runs as the
# program (Python's default: 700). Loading the stages is done with the collector paused and its objects frozen
# out of its sight (pipeline._start_up); a page's own objects are mostly freed by reference counting, so the
# collections at 700 found little and walked the long-lived tables loaded after start-up (jusText's stop-list
# union, caches) again and again: gc time of an extract CLI run on eval set A 13.9 -> 6.2 ms, set B 27.0 -> 6.3
# ms (issue 15, speed), peak RSS unchanged (80 / 95 MB).
PROGRAM_GC_GEN0 = 10_000


class _Program(click.Group):
    """The ``newstrace`` group. Run as the program (no ``args``: the command line is ``sys.argv``, as the console
    script and ``python -m newstrace`` run it), a finished ``analyze`` ends the process with ``os._exit`` once its
    output is closed and the standard streams are flushed: the interpreter's teardown (freeing every module,
    pattern and table loaded, one by one) cost ~35 ms of CPU on every run, 3 % of the extract CLI's time on
    the eval set A (issue 15, speed). The exit status is the same. Called with ``args`` (tests, click's
    ``CliRunner``, other programs), it returns or raises as any click group does. Run as the program, such a
    command also runs with fewer young collections of the garbage collector (``PROGRAM_GC_GEN0``)."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        if args is not None or len(sys.argv) < 2 or sys.argv[1] not in QUICK_EXIT_COMMANDS:
            return super().main(args, *rest, **kwargs)
        gc.set_threshold(PROGRAM_GC_GEN0, *gc.get_threshold()[1:])
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
