"""Geometry for the server-rendered SVG drawings: the provenance tree, the anonymous-share chart and the
story timeline. Only numbers and plain strings come out; the templates draw them (and escape the text).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

COL_WIDTH, ROW_HEIGHT, BOX_WIDTH, BOX_HEIGHT = 275, 46, 240, 34
MAX_LABEL = 27


def clip(text: str | None, limit: int = MAX_LABEL) -> str:
    text = " ".join((text or "").split()) or "(unnamed)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class TreeNode:
    name: str
    kind: str
    description: str | None
    x: float = 0
    y: float = 0
    children: list[TreeNode] = field(default_factory=list)

    @property
    def label(self) -> str:
        return clip(self.name)


def provenance_drawing(tree: dict | None) -> dict | None:
    """Boxes and edges of the provenance tree laid out left to right (depth) and top to bottom (leaves)."""
    if not tree:
        return None
    root = _node(tree, 0)
    leaves = [0]
    depth = [0]

    def place(node: TreeNode, level: int) -> None:
        depth[0] = max(depth[0], level)
        node.x = 10 + level * COL_WIDTH
        for child in node.children:
            place(child, level + 1)
        if node.children:
            node.y = (node.children[0].y + node.children[-1].y) / 2
        else:
            node.y = 10 + leaves[0] * ROW_HEIGHT
            leaves[0] += 1

    place(root, 0)
    nodes: list = []
    edges: list = []
    _collect(root, nodes, edges)
    return {"width": 20 + depth[0] * COL_WIDTH + BOX_WIDTH, "height": 20 + max(1, leaves[0]) * ROW_HEIGHT,
            "nodes": nodes, "edges": edges, "box_w": BOX_WIDTH, "box_h": BOX_HEIGHT}


def _node(tree: dict, level: int) -> TreeNode:
    children = [_node(c, level + 1) for c in tree.get("children") or ()] if level < 8 else []
    return TreeNode(tree.get("name") or "", tree.get("kind") or "", tree.get("description"), children=children)


def _collect(node: TreeNode, nodes: list, edges: list) -> None:
    nodes.append(node)
    for child in node.children:
        x1, y1 = node.x + BOX_WIDTH, node.y + BOX_HEIGHT / 2
        x2, y2 = child.x, child.y + BOX_HEIGHT / 2
        mid = (x1 + x2) / 2
        edges.append(f"M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} {x2:.0f},{y2:.0f}")
        _collect(child, nodes, edges)


def share_chart(months: list[dict], width: int = 640, height: int = 220) -> dict | None:
    """Bars: per month, the share of the outlet's cited sources that are anonymous (0-100 %)."""
    if not months:
        return None
    left, bottom, top = 44, 40, 12
    plot_h = height - bottom - top
    step = (width - left - 10) / len(months)
    bars = []
    for i, month in enumerate(months):
        share = month["anonymous"] / month["sources"] if month["sources"] else 0.0
        bar_h = plot_h * share
        bars.append({"x": round(left + i * step + step * 0.15, 1), "w": round(step * 0.7, 1),
                     "y": round(top + plot_h - bar_h, 1), "h": round(bar_h, 1), "share": round(share * 100),
                     "month": month["month"], "anonymous": month["anonymous"], "sources": month["sources"],
                     "label_x": round(left + i * step + step / 2, 1), "show_label": _show_label(i, len(months))})
    grid = [{"y": round(top + plot_h * (1 - f), 1), "label": f"{int(f * 100)}%"} for f in (0, 0.25, 0.5, 0.75, 1)]
    return {"width": width, "height": height, "bars": bars, "grid": grid, "left": left,
            "axis_y": top + plot_h, "right": width - 10}


def _show_label(i: int, n: int) -> bool:
    every = max(1, n // 8)
    return i % every == 0 or i == n - 1


def _moment(value: str | None) -> datetime | None:
    """A publication time as an aware UTC datetime (a bare date is its midnight UTC)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value) if "T" in value else datetime.fromisoformat(value[:10])
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


HOURLY_UP_TO = timedelta(days=3)  # a story spanning less than this is drawn on an hour scale


def _scale(moments: list[datetime]) -> tuple[datetime, float, str, list[datetime]]:
    """Start, length in seconds, grain (``hour`` or ``day``) and tick times (whole hours or days between the
    first and the last article) of the time axis; the first article sits at its left end, the last at its right."""
    first, last = min(moments), max(moments)
    grain = "hour" if last - first < HOURLY_UP_TO else "day"
    unit = timedelta(hours=1) if grain == "hour" else timedelta(days=1)
    length = max((last - first).total_seconds(), unit.total_seconds())
    units = length / unit.total_seconds()
    steps = (1, 2, 3, 6, 12, 24) if grain == "hour" else (1, 2, 7, 14, 30, 61, 91, 182, 365)
    step = next((n for n in steps if units / n <= 8), steps[-1] * math.ceil(units / (8 * steps[-1])))
    tick = first.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if grain == "day":
        tick = first.replace(hour=0, minute=0, second=0, microsecond=0) + unit
    ticks: list = []
    while tick <= first + timedelta(seconds=length) and len(ticks) < 60:
        if grain == "day" or tick.hour % step == 0:
            ticks.append(tick)
        tick += unit if grain == "hour" else unit * step
    return first, length, grain, ticks


def timeline(entries: list[dict], width: int = 760) -> dict | None:
    """Story timeline: one row per article placed by its publication time (by the hour when the story spans
    less than ``HOURLY_UP_TO``, else by the day, UTC); arrows from each copy to its original."""
    if not entries:
        return None
    row_h, left, right, top = 38, 260, 30, 56
    moments = [m for m in (_moment(e.get("published")) for e in entries) if m]
    start, length, grain, ticks = _scale(moments) if moments else (None, 1.0, "day", [])
    inner = width - left - right

    def x_of(moment: datetime | None) -> float:
        if moment is None or start is None:
            return width - right
        return left + inner * (moment - start).total_seconds() / length

    label = "%H:%M" if grain == "hour" else "%Y-%m-%d"
    tick_marks = [{"x": round(x_of(t), 1), "label": t.strftime("%d %b %H:%M" if grain == "hour" else label)}
                  for t in ticks]
    rows, where = [], {}
    for i, entry in enumerate(entries):
        moment = _moment(entry.get("published"))
        x, y = x_of(moment), top + i * row_h
        where[entry["id"]] = (x, y)
        when = moment.strftime("%Y-%m-%d %H:%M") if moment and grain == "hour" else (entry.get("published")
                                                                                     or "undated")[:10]
        rows.append({"x": round(x, 1), "y": y, "label": clip(entry.get("outlet") or "(no outlet)", 22),
                     "date": when, "id": entry["id"], "first": entry.get("first", False)})
    arrows = []
    for entry in entries:
        original = entry.get("duplicate_of")
        if original in where and entry["id"] in where:
            (x1, y1), (x2, y2) = where[entry["id"]], where[original]
            bend = max(x1, x2) + 40
            arrows.append(f"M{x1:.0f},{y1:.0f} C{bend:.0f},{y1:.0f} {bend:.0f},{y2:.0f} {x2 + 7:.0f},{y2:.0f}")
    return {"width": width, "height": top + 10 + len(entries) * row_h, "axis_y": 34, "rows": rows,
            "arrows": arrows, "left": left, "right": width - right, "grain": grain, "ticks": tick_marks,
            "first": min(moments).strftime("%Y-%m-%d %H:%M UTC") if moments else None,
            "last": max(moments).strftime("%Y-%m-%d %H:%M UTC") if moments else None}