"""Run every benchmark under bench/ (each prints ours beside the peers'); ``make bench``."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["extraction", "dates", "quotes", "attribution", "geo", "events", "stories", "ingest", "speed", "web"]


def main(names: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    failed: list[str] = []
    chosen = names or [n for n in ORDER if (HERE / f"{n}.py").exists()]
    for name in chosen:
        print(f"\n===== bench/{name}.py =====")
        try:
            runpy.run_path(str(HERE / f"{name}.py"), run_name="__main__")
        except SystemExit as exc:
            if exc.code:
                failed.append(name)
    if failed:
        print(f"benchmarks below their gate: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
