"""Datelines at the start of a body and the outlet they name (issue 3)."""

from __future__ import annotations

import pytest

from newstrace.extract.dateline import find_dateline

CASES = [
    ("MOSCOW (Sputnik) — French special forces are", "Moscow", "Sputnik"),
    ("BAGHDAD, Aug 4 (Reuters) - Iraqi officials said", "Baghdad", "Reuters"),
    ("WASHINGTON (AP) — The city council voted", "Washington", "AP"),
    ("PARIS, Texas — A man was arrested", "Paris, Texas", None),
    ("HOUSTON, Texas (KTRK) -- A beauty salon", "Houston, Texas", "KTRK"),
    ("NEW DELHI: Nearly 150 people returned", "New Delhi", None),
    ("BOGOTÁ, 5 ago (EFE).- El presidente dijo", "Bogotá", "EFE"),
    ("SÃO PAULO, 3 de agosto (Reuters) - O governo", "São Paulo", "Reuters"),
    ("Berlin (dpa) - Die Bundesregierung will", "Berlin", "dpa"),
    ("UNITED NATIONS (AP) — The Security Council", "United Nations", "AP"),
]


@pytest.mark.parametrize("body, place, outlet", CASES)
def test_dateline_place_and_outlet(body, place, outlet):
    dateline = find_dateline(body)
    assert dateline is not None
    assert (dateline.place, dateline.outlet) == (place, outlet)
    start, end = dateline.span
    assert body[start:end] == dateline.text
    assert body[end:].lstrip()[0].isalpha()


@pytest.mark.parametrize("body", [
    "The city council (AP) - said nothing",
    "Moscow — the city where",
    "BREAKING: Parliament votes",
    "UPDATE - The vote was delayed",
    "A BIG day — for us all",
    "Officials said on Monday that the canal would reopen.",
])
def test_not_a_dateline(body):
    assert find_dateline(body) is None
