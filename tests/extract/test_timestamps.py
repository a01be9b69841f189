"""Timestamp lines of scraped text -> ISO 8601 values with their time zones (issue 3)."""

from __future__ import annotations

import pytest

from newstrace.extract.timestamps import parse_timestamp

CASES = [
    ("18:41 GMT04 August 2021", "2021-08-04T18:41:00+00:00", False),
    ("18:41 GMT+4, 04.08.2021", "2021-08-04T18:41:00+04:00", False),
    ("Aug. 2, 2021 9:15 pm ET", "2021-08-02T21:15:00-04:00", False),  # summer: EDT
    ("Jan. 12, 2021 9:15 pm ET", "2021-01-12T21:15:00-05:00", False),  # winter: EST
    ("Dec. 1, 2020 12:30 a.m. PT", "2020-12-01T00:30:00-08:00", False),
    ("Published 3 August 2021", "2021-08-03", False),
    ("04.08.2021 18:41", "2021-08-04T18:41:00", False),
    ("Updated 04.08.2021, 19:02 Uhr", "2021-08-04T19:02:00", True),
    ("Veröffentlicht am 3. August 2021 um 14:05 Uhr", "2021-08-03T14:05:00", False),
    ("Actualizado el 5 de agosto de 2021 a las 10:30 CEST", "2021-08-05T10:30:00+02:00", True),
    ("2021-08-04T18:41:00+04:00", "2021-08-04T18:41:00+04:00", False),
    ("Thursday, November 9, 2023 4:41AM", "2023-11-09T04:41:00", False),
    ("By Jane Doe - 2018-09-16", "2018-09-16", False),
]


@pytest.mark.parametrize("line, value, updated", CASES)
def test_timestamp_line(line, value, updated):
    stamp = parse_timestamp(line)
    assert stamp is not None
    assert (stamp.value, stamp.updated) == (value, updated)


def test_month_first_numeric_dates_when_asked():
    assert parse_timestamp("08/04/2021 6:41 PM", month_first=True).value == "2021-08-04T18:41:00"
    assert parse_timestamp("08/04/2021 6:41 PM").value == "2021-04-08T18:41:00"


@pytest.mark.parametrize("line", [
    "The council met on 3 August 2021 to discuss the budget and the new bus routes for the city.",
    "Weather",
    "Call 03-5829-8082 between 9:00 and 18:00",
    "31.02.2021 10:00",
])
def test_not_a_timestamp_line(line):
    assert parse_timestamp(line) is None


def test_dotted_numeric_dates_stay_day_first():
    assert parse_timestamp("04.08.2021 18:41", month_first=True).value == "2021-08-04T18:41:00"
