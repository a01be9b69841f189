"""The web UI and HTTP API (``newstrace serve``): server-rendered pages, JSON under ``/api``, no JavaScript.

    >>> from newstrace.web import create_app, serve
    >>> app = create_app("corpus.db")            # an ASGI app (FastAPI)
    >>> serve("corpus.db", host="127.0.0.1", port=8000)
"""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
