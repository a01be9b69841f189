"""Storage: SQLite (default) or PostgreSQL behind one small interface, migrated on open.

    >>> from newstrace.store import Store
    >>> store = Store("corpus.db")            # or "postgresql://user@host/db"
"""

from .database import Entry, Store, database_url
from .queries import Filters, citation_edges, quote_appearances, related_articles, search, stats
from .rows import unit_key

__all__ = ["Store", "Entry", "Filters", "database_url", "search", "stats", "quote_appearances",
           "related_articles", "citation_edges", "unit_key"]
