"""The package version, in a module of its own so that any module can import it without importing
``newstrace`` (whose ``__init__`` reaches the corpus lazily)."""

__version__ = "0.1.0"
