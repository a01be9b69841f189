"""Bytes in, correct text out."""

from __future__ import annotations

import codecs

import pytest

from newstrace.errors import NewstraceError
from newstrace.extract.decode import decode_bytes, looks_like_html

TEXT = "Café “Zürich” — Ça va? naïve résumé, the minister said on Monday."


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""), ("utf-16-be", b""),
])
def test_unicode_encodings_with_and_without_bom(encoding, bom):
    page = f"<html><body><p>{TEXT}</p></body></html>"
    text, _ = decode_bytes(bom + page.encode(encoding))
    assert TEXT in text


def test_declared_windows_1252_is_honoured():
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{TEXT}</p></body></html>'
    text, encoding = decode_bytes(page.encode("cp1252"))
    assert TEXT in text and encoding == "cp1252"


def test_declared_latin1_is_read_as_windows_1252_like_browsers():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>{TEXT}</p></body></html>'
    text, _ = decode_bytes(page.encode("cp1252"))
    assert "“Zürich”" in text


def test_undeclared_windows_1252_is_detected():
    page = f"<html><body><p>{TEXT} {TEXT} {TEXT}</p></body></html>"
    text, _ = decode_bytes(page.encode("cp1252"))
    assert "Café" in text and "naïve" in text


def test_wrong_declaration_falls_back_to_what_decodes():
    page = f'<html><head><meta charset="utf-8"></head><body><p>{TEXT}</p></body></html>'
    text, _ = decode_bytes(page.encode("cp1252"))
    assert "Café" in text


@pytest.mark.parametrize("data,code", [(b"", "NT101"), (b"   \n\t ", "NT101"), (b"%PDF-1.7\n...", "NT103"),
                                       (bytes(range(32)) * 50, "NT103")])
def test_refusals_are_coded(data, code):
    with pytest.raises(NewstraceError) as info:
        decode_bytes(data)
    assert info.value.code == code


def test_html_vs_text_detection():
    assert looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    assert looks_like_html("<div>a</div><p>b</p>")
    assert not looks_like_html("Home\nWorld\nA plain line of scraped text that mentions 3 < 4.\n")
