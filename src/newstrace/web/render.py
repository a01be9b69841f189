"""Templates and rendering: the Jinja environment, ``render`` for pages, ``error_response`` for errors (the
JSON envelope under ``/api``, the error page elsewhere). ``app`` and ``pages`` both import this module;
it imports neither."""

from __future__ import annotations

from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader

from ..version import __version__
from .errors import envelope
from .paths import install as install_path_filters

HERE = Path(__file__).resolve().parent

templates = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                        trim_blocks=True, lstrip_blocks=True)
install_path_filters(templates)  # ids and names in links are encoded as whole path segments (issue 18)


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    page = templates.get_template(name).render(request=request, version=__version__, **context)
    return HTMLResponse(page, status_code=status)


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict | None = None) -> JSONResponse | HTMLResponse:
    if wants_json(request):
        return JSONResponse(envelope(code, message), status_code=status, headers=headers)
    response = render(request, "error.html", status=status, code=code, message=message, title=f"{status} {code}")
    response.headers.update(headers or {})
    return response
