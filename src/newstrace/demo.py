"""``newstrace demo``: the main job on the bundled sample corpus, written by the project."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console


def sample_dir() -> Path:
    return Path(str(resources.files("newstrace") / "data" / "sample"))


def run_demo(*, report: bool = True, console: Console | None = None) -> dict[str, int]:
    """Analyse the sample corpus and print a report (the corpus database and web UI come later)."""
    from .batch import analyze_inputs
    from .report import print_report

    console = console or Console()
    folder = sample_dir()
    console.rule(f"[bold]newstrace demo[/] — sample corpus in {folder}")
    counts = print_report(analyze_inputs([str(folder)]), console=console)
    console.rule(f"{counts['documents']} pages analysed, {counts['errors']} errors")
    return counts
