"""The package API: link_records over plain record dicts."""

import pytest

from newstrace.link import link_records

from .articles import ALL


def test_link_records_rows_follow_input_order_in_both_modes():
    for mode in ("batch", "online"):
        result = link_records(ALL, mode=mode)
        assert [row["id"] for row in result.rows()] == [a["id"] for a in ALL]
        assert result.rows()[1]["duplicate_of"] == "ledger-1"


def test_link_records_refuses_an_unknown_mode():
    with pytest.raises(ValueError):
        link_records(ALL, mode="weekly")
