"""Who may write from the browser: a login form, an HttpOnly SameSite=Strict cookie, a CSRF field.

No JavaScript can set an ``Authorization`` header, so the browser side of ``serve --token`` works so: the
user types the server's token (and a name, kept with each correction) into ``/login``; the server answers
with a cookie that holds the name, the time and an HMAC of both keyed by the token (HttpOnly: no script can
read it; SameSite=Strict: no other site's page can send it; a new token on the server voids every cookie).
Every writing form carries a CSRF field, an HMAC of the cookie's signature, and the server checks it and the
request's ``Origin`` (when the browser sends one) before it writes. Without a token nothing writes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from urllib.parse import parse_qs, urlsplit

from fastapi import Request

from .errors import WebError

COOKIE = "newstrace_session"
LIFETIME = 12 * 3600  # seconds a login lasts
MAX_FORM_BYTES = 20_000


def _sign(token: str, message: str) -> str:
    return hmac.new(token.encode(), message.encode(), hashlib.sha256).hexdigest()


def session_cookie(token: str, who: str, now: float | None = None) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"who": who, "t": int(now or time.time())}).encode()).decode()
    return f"{payload}.{_sign(token, 'session:' + payload)}"


def session(request: Request) -> dict | None:
    """``{"who", "csrf"}`` of a valid login cookie on a server with a token, else None."""
    token = request.app.state.token
    raw = request.cookies.get(COOKIE) or ""
    if not token or "." not in raw or len(raw) > 2000:
        return None
    payload, signature = raw.rsplit(".", 1)
    if not hmac.compare_digest(signature, _sign(token, "session:" + payload)):
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(payload))
        who, when = str(data["who"]), int(data["t"])
    except (ValueError, KeyError, TypeError):
        return None
    if not 0 <= time.time() - when <= LIFETIME:
        return None
    return {"who": who, "csrf": _sign(token, "csrf:" + signature)}


def token_matches(request: Request, given: str) -> bool:
    token = request.app.state.token
    return bool(token and given) and hmac.compare_digest(given.encode(), token.encode())


async def form(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body as ``{name: first value}`` (no multipart needed)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise WebError("NT602", "send the form as application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise WebError("NT602", f"form over {MAX_FORM_BYTES} bytes")
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=40)
    except (UnicodeDecodeError, ValueError):
        raise WebError("NT602", "the form could not be read") from None
    return {k: v[0] for k, v in parsed.items()}


def require_editor(request: Request, fields: dict[str, str]) -> dict:
    """The session of a writing form: the server has a token, the cookie is valid, the CSRF field and the
    ``Origin`` fit. NT603 when writing is off, NT604 otherwise."""
    if not request.app.state.token:
        raise WebError("NT603", "writing is off: start the server with --token (or NEWSTRACE_TOKEN) to allow it")
    found = session(request)
    if found is None:
        raise WebError("NT604", "log in first (/login) with the server's token")
    if not hmac.compare_digest(fields.get("csrf", ""), found["csrf"]) or not same_origin(request):
        raise WebError("NT604", "the form is stale or came from another site: reload the page and send it again")
    return found


def same_origin(request: Request) -> bool:
    """False when the browser says the request came from another site: ``Sec-Fetch-Site`` other than
    same-origin (or none: typed or bookmarked), or an ``Origin`` naming another host. Under the pages'
    ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` on same-site form posts, so ``null`` alone
    proves nothing either way; the SameSite=Strict cookie and the CSRF field still have to fit."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return True
    try:
        netloc = urlsplit(origin).netloc
    except ValueError:  # issue 18: "Origin: http://[x" was a 500; a malformed origin is no same origin
        return False
    return netloc == request.headers.get("host", "")
