"""Readers that turn files, folders, stdin and JSONL batches into ``Page`` objects.

A reader yields ``Page`` for every readable document and an error ``Record`` for every
document it could not read, so a batch never stops on one bad input.
"""

from .files import pages_from_paths
from .jsonl import pages_from_jsonl

__all__ = ["pages_from_paths", "pages_from_jsonl"]
