"""The newstrace exception family.

Every error has a stable code and a message that says what to do:

- ``NT1xx`` input: the bytes or the batch line could not be read as a page;
- ``NT2xx`` extraction: a page was read but no article could be found in it;
- ``NT3xx`` analysis: an NLP stage failed on an article;
- ``NT4xx`` storage and corpus;
- ``NT5xx`` usage and configuration (bad options, missing models);
- ``NT6xx`` the web UI and HTTP API, each with its HTTP status (``HTTP_STATUS``).

This is the one catalogue: the README's table of codes is checked against it (tests/test_house.py).

A failing document becomes a record with ``error = {code, message}``; the batch goes on.
"""

from __future__ import annotations


class NewstraceError(Exception):
    """Base class: carries a stable ``code`` and an actionable ``message``."""

    code = "NT000"

    def __init__(self, message: str, *, code: str | None = None, fields: dict | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.fields = fields or {}  # record fields found before the failure, kept on the error record

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class InputError(NewstraceError):
    code = "NT100"


class ExtractionError(NewstraceError):
    code = "NT200"


class AnalysisError(NewstraceError):
    code = "NT300"


class StoreError(NewstraceError):
    code = "NT400"


class UsageError(NewstraceError):
    code = "NT500"


class WebError(NewstraceError):
    """An error answered over HTTP: a NT6xx code, its HTTP status and an actionable message."""

    code = "NT699"

    def __init__(self, code: str, message: str):
        super().__init__(message, code=code)
        self.status = http_status(code)


# The catalogue: code -> (class, short title). Keep in step with the README's table of codes.
CATALOGUE: dict[str, tuple[type[NewstraceError], str]] = {
    "NT101": (InputError, "empty input"),
    "NT102": (InputError, "input larger than the size budget"),
    "NT103": (InputError, "binary data, not a text or HTML page"),
    "NT104": (InputError, "text could not be decoded"),
    "NT105": (InputError, "invalid JSON line"),
    "NT106": (InputError, "JSONL line without exactly one content key"),
    "NT107": (InputError, "file could not be read"),
    "NT108": (InputError, "invalid field value in a JSONL line"),
    "NT120": (InputError, "fetch failed (network error or HTTP error status after retries)"),
    "NT121": (InputError, "fetch refused by robots.txt"),
    "NT122": (InputError, "fetch refused: private, loopback or link-local address (use --allow-private)"),
    "NT123": (InputError, "fetch failed: too many redirects or a bad redirect"),
    "NT124": (InputError, "archived or fetched page has a non-success HTTP status"),
    "NT125": (InputError, "damaged archive record (truncated or unreadable)"),
    "NT126": (InputError, "archive, feed or batch file could not be read whole"),
    "NT127": (InputError, "feed item without content to store"),
    "NT201": (ExtractionError, "no article text found"),
    "NT202": (ExtractionError, "HTML could not be parsed"),
    "NT203": (ExtractionError, "page is too deeply nested or has too many elements"),
    "NT204": (ExtractionError, "document exceeded the time budget"),
    "NT205": (ExtractionError, "document exceeded the memory budget"),
    "NT299": (ExtractionError, "unexpected extraction failure"),
    "NT301": (AnalysisError, "analysis stage failed"),
    "NT401": (StoreError, "database could not be opened or migrated"),
    "NT402": (StoreError, "record could not be stored"),
    "NT403": (StoreError, "article not found in the corpus"),
    "NT404": (StoreError, "no database at that path (read commands never create one)"),
    "NT501": (UsageError, "unknown stage"),
    "NT502": (UsageError, "language model not installed"),
    "NT503": (UsageError, "gazetteer data package not installed"),
    "NT504": (UsageError, "unknown export format or missing output file"),
    "NT505": (UsageError, "invalid value in a NEWSTRACE_* environment variable"),
    "NT601": (WebError, "not found"),
    "NT602": (WebError, "invalid request"),
    "NT603": (WebError, "writing is off"),
    "NT604": (WebError, "missing or wrong token"),
    "NT605": (WebError, "method not allowed"),
    "NT606": (WebError, "request body too large"),
    "NT607": (WebError, "another ingest is running"),
    "NT699": (WebError, "unexpected server error"),
}

# The HTTP status of each web code; a library error reaching the web is answered by ``http_status``.
HTTP_STATUS: dict[str, int] = {"NT601": 404, "NT602": 422, "NT603": 403, "NT604": 401, "NT605": 405,
                               "NT606": 413, "NT607": 409, "NT699": 500}
_CODE_OF_STATUS = {status: code for code, status in HTTP_STATUS.items()}


def error(code: str, message: str, *, fields: dict | None = None) -> NewstraceError:
    """Build the right exception for a catalogue code (``fields``: what was found before the failure)."""
    cls = CATALOGUE.get(code, (NewstraceError, ""))[0]
    if cls is WebError:
        return WebError(code, message)
    return cls(message, code=code, fields=fields)


def http_status(code: str) -> int:
    """The HTTP status answering an error code: a web code's own; NT403 (not in the corpus) 404; a usage
    error (NT5xx) 422; anything else 500."""
    if code in HTTP_STATUS:
        return HTTP_STATUS[code]
    return 404 if code == "NT403" else 422 if code.startswith("NT5") else 500


def code_for_status(status: int) -> str:
    """The NT6xx code of an HTTP error status (anything unlisted: 4xx -> NT602, 5xx -> NT699)."""
    return _CODE_OF_STATUS.get(status, "NT602" if 400 <= status < 500 else "NT699")


def not_found(what: str) -> WebError:
    return WebError("NT601", what)
