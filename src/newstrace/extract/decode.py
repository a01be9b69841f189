"""Bytes in, correct text out: BOM, declared charset, detection; binary junk refused.

A page whose bytes are valid UTF-8 with some non-ASCII in them is read as UTF-8 whatever charset it declares:
pages that declare a legacy charset (windows-1251, iso-8859-1 …) but were saved as UTF-8 are common, and text
really written in a legacy single- or double-byte charset is almost never valid UTF-8 (as trafilatura also reads it).

Also decides whether a page is HTML or plain text when the caller did not say.
"""

from __future__ import annotations

import codecs
import re

from ..errors import error

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (  # file signatures of things that are certainly not pages
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF file"), (b"PK\x03\x04", "a ZIP archive"), (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "an executable"), (b"RIFF", "a RIFF media file"), (b"BZh", "bzip2 data"),
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_HTML_RE = re.compile(r"<(?:!doctype\s+html|html|head|body|div|p|article|meta|title|script|span|a\s|br|section|main)\b",
                      re.I)
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*[^<>]*>")
_LEGACY = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252",
           "us-ascii": "windows-1252", "ascii": "windows-1252", "x-sjis": "shift_jis"}


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise NT101 (empty), NT103 (binary) or NT104 (undecodable)."""
    if not data or not data.strip():
        raise error("NT101", "the document is empty; give a page with some text or HTML in it")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding), encoding
    utf16 = _sniff_utf16(data)
    if utf16:
        return _strict(data, utf16), utf16
    _refuse_binary(data)
    declared = _declared_charset(data[:4096])
    if declared not in (None, "utf-8") and not data.isascii() and _decodes(data, "utf-8"):
        return clean_text(data.decode("utf-8")), "utf-8"  # declared legacy, written in UTF-8 (a common slip)
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return clean_text(data.decode(encoding)), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return clean_text(data.decode(encoding))
    except UnicodeDecodeError:
        return clean_text(data.decode(encoding, "replace"))


def _sniff_utf16(data: bytes) -> str | None:
    head = data[:2000]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0) / max(1, len(head[0::2]))
    odd_nuls = head[1::2].count(0) / max(1, len(head[1::2]))
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise error("NT103", f"the document is {what}, not a page; give HTML or text")
    head = data[:8192]
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if control / len(head) > 0.10:
        raise error("NT103", f"the document looks binary ({control} control bytes in the first "
                             f"{len(head)}); give HTML or text")


def _declared_charset(head: bytes) -> str | None:
    match = _CHARSET_RE.search(head) or _XML_ENC_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").strip().lower()
    name = _LEGACY.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        encoding = _LEGACY.get(best.encoding.lower(), best.encoding)
        if _latin_single_byte(encoding) and _decodes(data, "cp1252"):
            encoding = "cp1252"  # the web's default legacy encoding wins a near tie
        try:
            return clean_text(data.decode(encoding, "replace")), encoding
        except LookupError:
            pass
    return clean_text(data.decode("windows-1252", "replace")), "windows-1252"


def _latin_single_byte(encoding: str) -> bool:
    name = encoding.lower().replace("_", "-")
    return name.startswith(("cp125", "windows-125", "iso8859", "iso-8859", "latin", "mac-")) \
        and name not in ("cp1251", "windows-1251", "cp1253", "cp1255", "cp1256", "iso8859-5", "iso8859-7")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def clean_text(text: str) -> str:
    """Drop NUL bytes and unify line ends (not used for ``body`` input, which is kept as given)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    if _HTML_RE.search(head):
        return True
    return len(_TAG_RE.findall(head)) >= 5
