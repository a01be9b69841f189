"""Path-safe links in templates (issue 18): a value put into a URL is encoded as one whole segment.

Jinja's own ``urlencode`` keeps ``/``, so an article id like ``../../docs`` rendered
``href="/article/../../docs"`` (the browser resolves it to ``/docs``) and ``../article/OTHER`` linked to
another article. ``segment`` encodes every character but the unreserved ones (``/`` becomes ``%2F``), and
``install`` also makes ``urlencode`` do so for strings, so templates written either way are safe; dicts and
lists still become query strings as with Jinja's filter.
"""

from __future__ import annotations

from urllib.parse import quote

from jinja2 import Environment
from jinja2.filters import do_urlencode


def segment(value) -> str:
    """``value`` as one URL path segment (or query value): no ``/``, ``?``, ``#`` or ``%`` in it survives, so
    it cannot end its segment or climb out of it. (An id that is only dots, ``..``, still reads as a dot
    segment in a browser however it is spelt; such a link leads to the page above, never elsewhere.)"""
    text = "" if value is None else str(value)
    return quote(text, safe="-_.~")


def urlencode(value) -> str:
    if isinstance(value, (dict, list, tuple)):
        return do_urlencode(value)
    return segment(value)


def install(env: Environment) -> None:
    env.filters["segment"] = segment
    env.filters["urlencode"] = urlencode
