"""The page dates of an HTML page as the extract stage finds them (shared by the issue-15 date tests)."""

from __future__ import annotations

from datetime import date

from newstrace.extract import metadata
from newstrace.extract.dates import find_dates
from newstrace.extract.html import parse_html

TODAY = date(2026, 11, 25)


def page_dates(html: str, today: date = TODAY):
    """``(published, modified)`` of ``html``, read as on ``today``."""
    tree = parse_html(html)
    return find_dates(metadata.read_page_meta(tree), tree, html, None, today=today)
