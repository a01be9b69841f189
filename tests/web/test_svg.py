"""Geometry of the server-rendered drawings (newstrace.web.svg)."""

from __future__ import annotations

from newstrace.web.svg import BOX_WIDTH, provenance_drawing, share_chart, timeline


def test_provenance_tree_children_right_of_parents_parent_centred():
    tree = {"name": "Wire", "kind": "outlet", "children": [
        {"name": "Ledger", "kind": "outlet", "children": [{"name": "an official", "kind": "anonymous", "children": []},
                                                          {"name": "a minister", "kind": "government", "children": []}]},
        {"name": "Ana Lopes", "kind": "person", "children": []}]}
    drawing = provenance_drawing(tree)
    nodes = {n.name: n for n in drawing["nodes"]}
    assert nodes["Ledger"].x > nodes["Wire"].x and nodes["an official"].x > nodes["Ledger"].x
    assert nodes["Ledger"].y == (nodes["an official"].y + nodes["a minister"].y) / 2
    assert len({n.y for n in drawing["nodes"] if not n.children}) == 3  # leaves never overlap
    assert len(drawing["edges"]) == 4
    assert drawing["width"] >= nodes["an official"].x + BOX_WIDTH
    assert provenance_drawing(None) is None


def test_long_names_are_clipped_in_the_box():
    drawing = provenance_drawing({"name": "x" * 80, "kind": "outlet", "children": []})
    assert len(drawing["nodes"][0].label) <= 27 and drawing["nodes"][0].label.endswith("…")


def test_share_chart_bar_heights_follow_the_share():
    chart = share_chart([{"month": "2024-01", "sources": 4, "anonymous": 1},
                         {"month": "2024-02", "sources": 2, "anonymous": 2},
                         {"month": "2024-03", "sources": 3, "anonymous": 0}])
    low, full, none = chart["bars"]
    assert (low["share"], full["share"], none["share"]) == (25, 100, 0)
    assert abs(full["h"] - 4 * low["h"]) < 0.5 and none["h"] == 0
    assert full["y"] + full["h"] == chart["axis_y"]
    assert share_chart([]) is None


def test_timeline_places_by_date_and_draws_copy_arrows():
    entries = [{"id": "a", "outlet": "Wire", "published": "2024-05-01T08:00:00+00:00", "first": True},
               {"id": "b", "outlet": "Ledger", "published": "2024-05-03", "duplicate_of": None},
               {"id": "c", "outlet": "Post", "published": "2024-05-05", "duplicate_of": "b"},
               {"id": "d", "outlet": "Undated", "published": None}]
    drawn = timeline(entries)
    xs = [row["x"] for row in drawn["rows"]]
    assert xs[0] == drawn["left"] and xs[2] == drawn["right"] and xs[0] < xs[1] < xs[2]
    assert abs(xs[1] - (xs[0] + (xs[2] - xs[0]) * 40 / 88)) < 0.2  # 08:00 on the 1st, midnight on the 3rd, the 5th
    assert len(drawn["arrows"]) == 1 and drawn["grain"] == "day"
    assert (drawn["first"][:10], drawn["last"][:10]) == ("2024-05-01", "2024-05-05")
    assert drawn["rows"][3]["date"] == "undated"


def test_issue17_timeline_spaces_a_one_day_story_by_the_hour():
    """issue 17: nine articles of one day no longer stand in one column: within a day they are placed by
    the hour (UTC, offsets applied), with hour ticks, and the order of their x follows their times."""
    times = ["2024-05-01T06:10:00+00:00", "2024-05-01T09:00:00+02:00", "2024-05-01T08:30:00+00:00",
             "2024-05-01T12:00:00Z", "2024-05-01T17:45:00+00:00"]
    drawn = timeline([{"id": str(i), "outlet": f"Outlet {i}", "published": t} for i, t in enumerate(times)])
    xs = [row["x"] for row in drawn["rows"]]
    assert drawn["grain"] == "hour" and len(set(xs)) == 5
    assert xs[0] == drawn["left"] and xs[4] == drawn["right"]
    assert xs[0] < xs[1] < xs[2] < xs[3] < xs[4]  # 06:10, 07:00 UTC, 08:30, 12:00, 17:45
    assert drawn["ticks"] and all(drawn["left"] <= t["x"] <= drawn["right"] for t in drawn["ticks"])
    assert drawn["rows"][1]["date"] == "2024-05-01 07:00"
