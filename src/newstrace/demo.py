"""``newstrace demo``: the main job on the bundled sample corpus, written by the project.

By default it builds a SQLite corpus from the sample pages (``Corpus.ingest`` + ``Corpus.link``) and
serves the web UI on it; ``--report`` prints the readable report of the same pages instead.
"""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path

from rich.console import Console


def sample_dir() -> Path:
    return Path(str(resources.files("newstrace") / "data" / "sample"))


def run_demo(*, report: bool = True, console: Console | None = None, db: str | None = None,
             host: str = "127.0.0.1", port: int = 8000) -> dict[str, int] | None:
    """Print the sample corpus report (``report=True``), or build the sample database and serve the web UI."""
    from .report import report_console

    console = console or report_console()
    if report:
        return print_sample_report(console)
    with tempfile.TemporaryDirectory(prefix="newstrace-demo-") as tmp:
        target = db or str(Path(tmp) / "demo.db")
        summary = build_sample_db(target)
        console.rule(f"[bold]newstrace demo[/] — {summary['stored']} sample articles in {target}, "
                     f"{summary['stories']} stories")
        console.print(f"Open [bold]http://{host}:{port}/[/] in a browser (Ctrl-C stops the server).")
        from .web import serve

        serve(target, host=host, port=port)
    return None


def print_sample_report(console: Console) -> dict[str, int]:
    from .batch import analyze_inputs
    from .report import print_report

    folder = sample_dir()
    console.rule(f"[bold]newstrace demo[/] — sample corpus in {folder}")
    counts = print_report(analyze_inputs([str(folder)]), console=console)
    console.rule(f"{counts['documents']} pages analysed, {counts['errors']} errors")
    return counts


def sample_jsonl(out: Path) -> Path:
    """The sample pages as one JSONL batch, ids from the file names (``01-wire-scoop`` ...)."""
    lines = []
    for page in sorted(sample_dir().iterdir()):
        if page.suffix in (".html", ".htm", ".txt"):
            key = "text" if page.suffix == ".txt" else "html"
            lines.append(json.dumps({"id": page.stem, key: page.read_text(encoding="utf-8")}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def build_sample_db(db: str) -> dict:
    """Ingest and link the sample corpus into ``db``; returns the ingest summary with the link counts."""
    from .corpus import Corpus

    with tempfile.TemporaryDirectory(prefix="newstrace-sample-") as tmp, Corpus(db) as corpus:
        summary = corpus.ingest(str(sample_jsonl(Path(tmp) / "sample.jsonl")), workers=1, fetch=False)
        linked = corpus.link()
    return {**summary, **{k: v for k, v in linked.items() if k != "articles"}}
