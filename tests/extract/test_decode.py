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


@pytest.mark.parametrize("declared", ["windows-1251", "iso-8859-1", "windows-1252", "shift_jis", "koi8-r"])
def test_a_page_saved_as_utf8_under_a_legacy_declaration_is_read_as_utf8(declared):
    """A page that declares a legacy charset but was saved as UTF-8 came out as mojibake ('вЂњ' for a quote
    mark under windows-1251): its bytes are valid UTF-8 with non-ASCII in them, which text really written in
    a legacy charset almost never is."""
    page = f'<html><head><meta charset="{declared}"></head><body><p>{TEXT} Жители Токио.</p></body></html>'
    text, encoding = decode_bytes(page.encode("utf-8"))
    assert TEXT in text and "Жители Токио" in text and encoding == "utf-8"


@pytest.mark.parametrize("declared,written", [("windows-1251", "Жители Токио сказали, что мост откроется."),
                                               ("shift_jis", "東京都の知事は新しい橋を開通すると述べた。"),
                                               ("iso-8859-2", "Zöld híd Győrben, mondta a polgármester.")])
def test_a_page_really_written_in_its_declared_legacy_charset_keeps_it(declared, written):
    page = f'<html><head><meta charset="{declared}"></head><body><p>{written}</p></body></html>'
    text, encoding = decode_bytes(page.encode(declared))
    assert written in text and encoding != "utf-8"


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
