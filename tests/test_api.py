"""The Python API: ``newstrace.analyze()`` as CONTRACT documents it."""

import subprocess
import sys

PAGE = ("<html><body><article><p>The ferry to Skye ran late on Friday after a storm closed the harbour "
        "for the night, a spokeswoman for the port said.</p></article></body></html>")


def test_analyze_is_still_callable_after_the_analysis_stages_were_loaded():
    """Regression: importing the analysis subpackage (once ``newstrace.analyze``) rebound the name to the
    module, so the second ``newstrace.analyze()`` call of a session failed; it is ``newstrace.analysis``
    now (issue 16) and never shadows the function."""
    script = (
        "import newstrace\n"
        f"page = {PAGE!r}\n"
        "first = newstrace.analyze(page, stages=['extract', 'parse', 'entities'])\n"
        "import newstrace.analysis.quotes\n"
        "second = newstrace.analyze(page, stages=['extract'])\n"
        "assert first.body == second.body and 'ferry to Skye' in second.body, second\n"
        "assert newstrace.analysis.quotes.__name__ == 'newstrace.analysis.quotes'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
